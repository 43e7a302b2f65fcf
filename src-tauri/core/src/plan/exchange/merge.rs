//! The three-way merge of two copies of a plan against their last common revision: per
//! section and per action, indicator or risk, a change made on one side only is taken; a
//! change made on both sides differently keeps ours and becomes a conflict to settle.

use std::collections::HashSet;

use serde::Serialize;

use super::super::content::{Action, Indicator, PlanContent, Risk, Section};

pub(super) struct ConflictDraft {
    pub item_key: String,
    pub label: String,
    pub base: Option<String>,
    pub ours: Option<String>,
    pub theirs: Option<String>,
}

pub(super) struct Merged {
    pub content: PlanContent,
    pub taken: Vec<String>,
    pub conflicts: Vec<ConflictDraft>,
}

/// Three-way merge of one list of keyed items. Returns the merged list in our order (with
/// items only they added inserted after their predecessor in their order).
fn merge_list<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> String,
    mut on_conflict: impl FnMut(Option<&T>, Option<&T>, Option<&T>),
    taken: &mut Vec<String>,
) -> Vec<T> {
    let find = |list: &[T], k: &str| list.iter().find(|x| key(x) == k).cloned();
    let mut keys: Vec<String> = ours.iter().map(&key).collect();
    for (i, t) in theirs.iter().enumerate() {
        let k = key(t);
        if !keys.contains(&k) {
            let after = theirs[..i].iter().rev().map(&key).find_map(|p| keys.iter().position(|x| *x == p));
            keys.insert(after.map_or(keys.len(), |p| p + 1), k);
        }
    }
    for b in base {
        let k = key(b);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out = Vec::new();
    for k in keys {
        let (b, o, t) = (find(base, &k), find(ours, &k), find(theirs, &k));
        let chosen = if o == t || t == b {
            o
        } else if o == b {
            taken.push(k.clone());
            t
        } else {
            on_conflict(b.as_ref(), o.as_ref(), t.as_ref());
            o
        };
        out.extend(chosen);
    }
    out
}

fn row_text<T: Serialize>(row: Option<&T>) -> Option<String> {
    row.map(|r| serde_json::to_string_pretty(r).expect("rows serialize"))
}

pub(super) fn merge_contents(base: &PlanContent, ours: &PlanContent, theirs: &PlanContent) -> Merged {
    let mut taken = Vec::new();
    let mut conflicts = Vec::new();
    let sections = merge_list(
        &base.sections,
        &ours.sections,
        &theirs.sections,
        |s: &Section| s.key.clone(),
        |b, o, t| {
            let any = o.or(t).or(b).expect("one side has the section");
            conflicts.push(ConflictDraft {
                item_key: any.key.clone(),
                label: o.or(t).map_or(any.title.clone(), |s| s.title.clone()),
                base: b.map(|s| s.body.clone()),
                ours: o.map(|s| s.body.clone()),
                theirs: t.map(|s| s.body.clone()),
            })
        },
        &mut taken,
    );
    macro_rules! rows {
        ($field:ident, $ty:ty, $prefix:literal, $label:expr) => {
            merge_list(
                &base.$field,
                &ours.$field,
                &theirs.$field,
                |r: &$ty| format!(concat!($prefix, ":{}"), r.id),
                |b, o, t| {
                    let any: &$ty = o.or(t).or(b).expect("one side has the row");
                    conflicts.push(ConflictDraft {
                        item_key: format!(concat!($prefix, ":{}"), any.id),
                        label: $label(any),
                        base: row_text(b),
                        ours: row_text(o),
                        theirs: row_text(t),
                    })
                },
                &mut taken,
            )
        };
    }
    let indicators = rows!(indicators, Indicator, "indicator", |r: &Indicator| r.name.clone());
    let mut actions = rows!(actions, Action, "action", |r: &Action| r.title.clone());
    let risks = rows!(risks, Risk, "risk", |r: &Risk| r.description.clone());
    let indicator_ids: HashSet<&str> = indicators.iter().map(|i| i.id.as_str()).collect();
    for a in &mut actions {
        a.indicator_ids.retain(|id| indicator_ids.contains(id.as_str()));
    }
    Merged { content: PlanContent { sections, actions, indicators, risks }, taken, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(content: &PlanContent, edit: impl FnOnce(&mut PlanContent)) -> PlanContent {
        let mut c = content.clone();
        edit(&mut c);
        c
    }

    fn custom(key: &str, body: &str) -> Section {
        Section { key: key.into(), title: key.to_uppercase(), body: body.into(), custom: true }
    }

    #[test]
    fn one_sided_changes_are_taken_and_added_sections_keep_their_place() {
        let base = with(&PlanContent::standard("ctx"), |c| c.sections.push(custom("annex", "a")));
        let ours = with(&base, |c| c.section_mut("vision").unwrap().body = "ours".into());
        let theirs = with(&base, |c| {
            c.sections.insert(2, custom("skills", "theirs"));
            c.sections.retain(|s| s.key != "annex");
        });
        let merged = merge_contents(&base, &ours, &theirs);
        assert!(merged.conflicts.is_empty());
        let keys: Vec<&str> = merged.content.sections.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys[..4], ["context", "vision", "skills", "approach"], "their new section follows its predecessor");
        assert!(!keys.contains(&"annex"), "their removal of an untouched section is taken");
        assert_eq!(merged.content.section("vision").unwrap().body, "ours");
        assert_eq!(merged.taken, ["skills", "annex"]);
    }

    #[test]
    fn removed_on_one_side_and_changed_on_the_other_is_a_conflict_keeping_ours() {
        let base = with(&PlanContent::standard(""), |c| c.sections.push(custom("annex", "a")));
        let ours = with(&base, |c| c.sections.retain(|s| s.key != "annex"));
        let theirs = with(&base, |c| c.section_mut("annex").unwrap().body = "longer annex".into());
        let merged = merge_contents(&base, &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        let c = &merged.conflicts[0];
        assert_eq!(
            (c.ours.as_deref(), c.theirs.as_deref(), c.base.as_deref()),
            (None, Some("longer annex"), Some("a"))
        );
        assert!(merged.content.section("annex").is_none(), "ours (removed) stays until the user chooses");
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let base = PlanContent::standard("");
        let both = with(&base, |c| c.section_mut("risks").unwrap().body = "same".into());
        let merged = merge_contents(&base, &both, &both);
        assert!(merged.conflicts.is_empty() && merged.taken.is_empty());
        assert_eq!(merged.content, both);
    }
}
