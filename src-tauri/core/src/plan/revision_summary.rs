//! A revision's summary in the reader's language.
//!
//! When a person saves without saying why, Convene writes the summary itself ("Edited
//! Context", "Added action Bike lanes", "Restored revision 3"). That summary is stored in
//! `plan_revisions.message` in one fixed form, the English of [`SUMMARIES`], as it always
//! was: it is what `.convene-plan` files carry to partners, and what any Convene, old or
//! new, shows when it does not know better. It is a storage format, not display text.
//!
//! When a history is listed ([`super::list_revisions`], [`super::get_revision`]), a stored
//! summary of one of these forms is recognised and written in the reader's language from
//! `export.ftl` (`plan-revision-*`): old rows, new rows and revisions received from
//! partners alike. Anything else (a person's own words) is shown as written. In English the
//! rendering equals the stored text, byte for byte.
//!
//! A form is recognised only when it reads one way: "Renamed section A to B to C" could be
//! either rename, so it is shown as stored.

use crate::i18n::{Locale, Message};

/// The summaries Convene writes, as stored: a catalogue id and its stored form, where
/// `{name}` is a value (a section title, an action's title, a number) that becomes the
/// message's `$name`.
const SUMMARIES: &[(&str, &str)] = &[
    ("plan-revision-created", "Created"),
    ("plan-revision-created-from-page", "Created from the imported IAP summary"),
    ("plan-revision-sections-reordered", "Reordered sections"),
    ("plan-revision-edited", "Edited {section}"),
    ("plan-revision-section-added", "Added section {section}"),
    ("plan-revision-section-renamed", "Renamed section {old} to {new}"),
    ("plan-revision-section-removed", "Removed section {section}"),
    ("plan-revision-action-added", "Added action {action}"),
    ("plan-revision-action-changed", "Changed action {action}"),
    ("plan-revision-action-deleted", "Deleted action {action}"),
    ("plan-revision-action-moved", "Moved action {action}"),
    ("plan-revision-indicator-added", "Added indicator {indicator}"),
    ("plan-revision-indicator-changed", "Changed indicator {indicator}"),
    ("plan-revision-indicator-deleted", "Deleted indicator {indicator}"),
    ("plan-revision-risk-added", "Added risk {risk}"),
    ("plan-revision-risk-changed", "Changed risk {risk}"),
    ("plan-revision-risk-deleted", "Deleted risk {risk}"),
    ("plan-revision-restored", "Restored revision {number}"),
    ("plan-revision-settled-ours", "Settled the conflict in {label}: kept our text"),
    ("plan-revision-settled-theirs", "Settled the conflict in {label}: kept their text"),
    ("plan-revision-settled-merged", "Settled the conflict in {label}: kept a merged text"),
];

/// The stored form of the summary `id` with its values (`id` is one of [`SUMMARIES`]).
pub(crate) fn stored(id: &str, values: &[(&str, &str)]) -> String {
    let template = SUMMARIES.iter().find(|(i, _)| *i == id).map_or(id, |(_, t)| t);
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replacen(&format!("{{{name}}}"), value, 1);
    }
    text
}

/// The stored form of a merge's summary: "Merged 2 revisions from Ana's copy; 1 conflict
/// to settle".
pub(crate) fn stored_merge(revisions: usize, author: &str, conflicts: usize) -> String {
    let revisions = if revisions == 1 { "1 revision".to_string() } else { format!("{revisions} revisions") };
    let conflicts = match conflicts {
        0 => String::new(),
        1 => "; 1 conflict to settle".to_string(),
        n => format!("; {n} conflicts to settle"),
    };
    format!("Merged {revisions} from {author}'s copy{conflicts}")
}

/// A template's pieces: literal text, and `{name}` values.
enum Piece<'a> {
    Literal(&'a str),
    Value(&'a str),
}

fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Literal(&rest[..open]));
        }
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        out.push(Piece::Value(&rest[open + 1..close]));
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    if !rest.is_empty() {
        out.push(Piece::Literal(rest));
    }
    out
}

/// The values of `text` read against `template`, when it reads one way only.
fn read<'a>(template: &'static str, text: &'a str) -> Option<Vec<(&'static str, &'a str)>> {
    let pieces = pieces(template);
    let mut values = Vec::new();
    let mut rest = text;
    for (i, piece) in pieces.iter().enumerate() {
        match piece {
            Piece::Literal(literal) => rest = rest.strip_prefix(literal)?,
            Piece::Value(name) => {
                let value = match pieces.get(i + 1) {
                    None => std::mem::take(&mut rest),
                    Some(Piece::Literal(next)) if i + 2 == pieces.len() => {
                        let value = rest.strip_suffix(next)?;
                        rest = &rest[value.len()..];
                        value
                    }
                    Some(Piece::Literal(next)) => {
                        let mut found = rest.match_indices(next);
                        let (at, _) = found.next()?;
                        if found.next().is_some() {
                            return None;
                        }
                        let value = &rest[..at];
                        rest = &rest[at..];
                        value
                    }
                    Some(Piece::Value(_)) => return None,
                };
                if value.trim().is_empty() {
                    return None;
                }
                values.push((*name, value));
            }
        }
    }
    rest.is_empty().then_some(values)
}

/// A stored merge summary read back (see [`stored_merge`]).
fn read_merge(text: &str) -> Option<Message> {
    let rest = text.strip_prefix("Merged ")?;
    let (count, rest) = rest.split_once(' ')?;
    let revisions: u64 = count.parse().ok()?;
    let rest = rest.strip_prefix(if revisions == 1 { "revision from " } else { "revisions from " })?;
    let (author, conflicts) = match rest.rsplit_once("'s copy; ") {
        Some((author, tail)) => {
            let n: u64 = match tail {
                "1 conflict to settle" => 1,
                _ => tail.strip_suffix(" conflicts to settle")?.parse().ok().filter(|n| *n != 1)?,
            };
            (author, n)
        }
        None => (rest.strip_suffix("'s copy")?, 0),
    };
    let id = if conflicts == 0 { "plan-revision-merged" } else { "plan-revision-merged-conflicts" };
    let message = Message::new(id).arg("count", revisions).arg("author", author);
    Some(if conflicts == 0 { message } else { message.arg("conflicts", conflicts) })
}

/// The catalogue message a stored summary is, if it is one Convene writes.
pub fn summary_message(stored: &str) -> Option<Message> {
    if let Some(message) = read_merge(stored) {
        return Some(message);
    }
    SUMMARIES.iter().find_map(|(id, template)| {
        let values = read(template, stored)?;
        Some(values.into_iter().fold(Message::new(id), |message, (name, value)| message.arg(name, value)))
    })
}

/// A stored summary as a reader of `locale` reads it: see the module docs.
pub fn summary_in(stored: &str, locale: Locale) -> String {
    match summary_message(stored) {
        Some(message) => message.render(locale),
        None => stored.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_summary_reads_back_and_is_its_stored_form_in_english() {
        for (id, template) in SUMMARIES {
            let text = template
                .replace("{section}", "Context: the city")
                .replace("{old}", "Old")
                .replace("{new}", "New")
                .replace("{number}", "3")
                .replace(['{', '}'], "");
            let message = summary_message(&text).unwrap_or_else(|| panic!("{id}: {text}"));
            assert_eq!(message.id(), Some(*id), "{text}");
            assert_eq!(message.render(Locale::En), text, "{id}");
        }
        for (revisions, conflicts) in [(1, 0), (2, 0), (1, 1), (3, 4)] {
            let text = stored_merge(revisions, "Ana's laptop", conflicts);
            assert_eq!(summary_in(&text, Locale::En), text);
            assert_ne!(summary_in(&text, Locale::Fr), text);
        }
    }

    #[test]
    fn a_persons_own_words_and_ambiguous_forms_stay_as_written() {
        for text in
            ["Tidied the budget", "Edited", "Renamed section A to B to C", "Merged 2 revision from X's copy", ""]
        {
            assert_eq!(summary_message(text), None, "{text}");
            assert_eq!(summary_in(text, Locale::De), text);
        }
        assert_eq!(stored("plan-revision-section-renamed", &[("old", "A"), ("new", "B")]), "Renamed section A to B");
    }
}
