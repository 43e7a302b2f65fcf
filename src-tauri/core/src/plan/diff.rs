//! What changed between two revisions of a plan, word by word.
//!
//! A [`PlanDiff`] lists every section whose title or text differs (added, removed or
//! changed), each with its text as segments `{kind: equal | insert | delete, text}` from a
//! word-level diff (the `similar` crate, Myers' algorithm over words and the whitespace
//! between them). Concatenating the `equal` and `delete` segments gives the old text, the
//! `equal` and `insert` ones the new text, exactly, so the CLI can print `[-old-]{+new+}`
//! and the UI can lay the two sides next to each other. Rows of the action, indicator and
//! risk tables are compared by id and listed as added, removed or changed (with the names
//! of the fields that changed).

use std::time::Duration;

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

use super::content::PlanContent;
use super::revisions::{get_revision, revision_content, Revision};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Equal,
    Insert,
    Delete,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiffSegment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SectionDiff {
    pub key: String,
    /// The title in the newer revision (the older one's for a removed section).
    pub title: String,
    /// The older title when the section was renamed.
    pub old_title: Option<String>,
    pub change: ChangeKind,
    /// The body, old to new.
    pub segments: Vec<DiffSegment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RowTable {
    Action,
    Indicator,
    Risk,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RowDiff {
    pub table: RowTable,
    pub id: String,
    /// The action's title, the indicator's name or the risk's description.
    pub label: String,
    pub change: ChangeKind,
    /// For a changed row: the names of the fields that differ (`cost`, `funding`, ...).
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContentDiff {
    pub sections: Vec<SectionDiff>,
    /// True when the sections common to both revisions are in another order.
    pub sections_reordered: bool,
    pub rows: Vec<RowDiff>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanDiff {
    pub from: Revision,
    pub to: Revision,
    pub sections: Vec<SectionDiff>,
    pub sections_reordered: bool,
    pub rows: Vec<RowDiff>,
}

/// The word-level diff of two texts, adjacent pieces of the same kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffSegment> {
    let diff = TextDiff::configure().timeout(Duration::from_secs(2)).diff_words(old, new);
    let mut segments: Vec<DiffSegment> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SegmentKind::Equal,
            ChangeTag::Insert => SegmentKind::Insert,
            ChangeTag::Delete => SegmentKind::Delete,
        };
        match segments.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => segments.push(DiffSegment { kind, text: change.value().to_string() }),
        }
    }
    segments
}

/// The text on one side of a diff: `old` keeps equal and deleted pieces, new keeps equal
/// and inserted ones.
pub fn side(segments: &[DiffSegment], old: bool) -> String {
    let skip = if old { SegmentKind::Insert } else { SegmentKind::Delete };
    segments.iter().filter(|s| s.kind != skip).map(|s| s.text.as_str()).collect()
}

/// Compares two contents; see the module docs.
pub fn diff_contents(old: &PlanContent, new: &PlanContent) -> ContentDiff {
    let mut sections = Vec::new();
    for n in &new.sections {
        match old.section(&n.key) {
            None => sections.push(SectionDiff {
                key: n.key.clone(),
                title: n.title.clone(),
                old_title: None,
                change: ChangeKind::Added,
                segments: word_diff("", &n.body),
            }),
            Some(o) if o.title != n.title || o.body != n.body => sections.push(SectionDiff {
                key: n.key.clone(),
                title: n.title.clone(),
                old_title: (o.title != n.title).then(|| o.title.clone()),
                change: ChangeKind::Changed,
                segments: word_diff(&o.body, &n.body),
            }),
            Some(_) => {}
        }
    }
    for o in &old.sections {
        if new.section(&o.key).is_none() {
            sections.push(SectionDiff {
                key: o.key.clone(),
                title: o.title.clone(),
                old_title: None,
                change: ChangeKind::Removed,
                segments: word_diff(&o.body, ""),
            });
        }
    }
    let common = |a: &PlanContent, b: &PlanContent| -> Vec<String> {
        a.sections.iter().filter(|s| b.section(&s.key).is_some()).map(|s| s.key.clone()).collect()
    };
    let sections_reordered = common(old, new) != common(new, old);

    let mut rows = Vec::new();
    rows_diff(&mut rows, RowTable::Action, &old.actions, &new.actions, |a| (&a.id, &a.title));
    rows_diff(&mut rows, RowTable::Indicator, &old.indicators, &new.indicators, |i| (&i.id, &i.name));
    rows_diff(&mut rows, RowTable::Risk, &old.risks, &new.risks, |r| (&r.id, &r.description));
    ContentDiff { sections, sections_reordered, rows }
}

fn rows_diff<T: Serialize>(
    out: &mut Vec<RowDiff>,
    table: RowTable,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> (&String, &String),
) {
    let find = |rows: &[T], id: &str| {
        rows.iter().find(|r| key(r).0 == id).map(|r| serde_json::to_value(r).unwrap_or_default())
    };
    for n in new {
        let (id, label) = key(n);
        let new_value = serde_json::to_value(n).unwrap_or_default();
        match find(old, id) {
            None => out.push(RowDiff {
                table,
                id: id.clone(),
                label: label.clone(),
                change: ChangeKind::Added,
                fields: vec![],
            }),
            Some(old_value) if old_value != new_value => {
                let fields = new_value
                    .as_object()
                    .map(|o| {
                        o.iter().filter(|(k, v)| old_value.get(k.as_str()) != Some(v)).map(|(k, _)| k.clone()).collect()
                    })
                    .unwrap_or_default();
                out.push(RowDiff { table, id: id.clone(), label: label.clone(), change: ChangeKind::Changed, fields });
            }
            Some(_) => {}
        }
    }
    for o in old {
        let (id, label) = key(o);
        if find(new, id).is_none() {
            out.push(RowDiff {
                table,
                id: id.clone(),
                label: label.clone(),
                change: ChangeKind::Removed,
                fields: vec![],
            });
        }
    }
}

/// What changed from revision `from` to revision `to` (either may be the older).
pub fn diff_revisions(db: &Db, plan_id: i64, from: i64, to: i64) -> Result<PlanDiff> {
    let from_revision = get_revision(db, plan_id, from)?;
    let to_revision = get_revision(db, plan_id, to)?;
    let diff = diff_contents(&revision_content(db, plan_id, from)?, &revision_content(db, plan_id, to)?);
    Ok(PlanDiff {
        from: from_revision,
        to: to_revision,
        sections: diff.sections,
        sections_reordered: diff.sections_reordered,
        rows: diff.rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_diff_marks_words_and_both_sides_are_exact() {
        let old = "The city will green five schoolyards by 2026.\n\nSecond paragraph.";
        let new = "The city will green seven schoolyards by 2027.\n\nSecond paragraph.";
        let segments = word_diff(old, new);
        assert_eq!(side(&segments, true), old);
        assert_eq!(side(&segments, false), new);
        let deleted: Vec<&str> =
            segments.iter().filter(|s| s.kind == SegmentKind::Delete).map(|s| s.text.as_str()).collect();
        let inserted: Vec<&str> =
            segments.iter().filter(|s| s.kind == SegmentKind::Insert).map(|s| s.text.as_str()).collect();
        assert_eq!(deleted, vec!["five", "2026."]);
        assert_eq!(inserted, vec!["seven", "2027."]);
    }

    #[test]
    fn unicode_words_survive() {
        let segments = word_diff("Gävle och Võru", "Gävle och Nyíregyháza");
        assert_eq!(side(&segments, false), "Gävle och Nyíregyháza");
        assert!(segments.iter().any(|s| s.kind == SegmentKind::Delete && s.text == "Võru"));
    }
}
