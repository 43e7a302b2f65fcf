//! Import notes: lines of an imported page that could not be placed, kept word for word
//! with their line number and the reason, so nothing a page said is lost.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Arg, Locale};
use crate::origin::Origin;
use crate::store::Db;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportNote {
    pub id: i64,
    /// `None` for a note that belongs to no network. In an export, the network the note
    /// is listed under (absent in files of schema version 1).
    #[serde(default)]
    pub network_id: Option<i64>,
    /// 1-based line number in the imported file.
    pub line: i64,
    pub text: String,
    pub reason: String,
    /// The importer's key of the note, so importing the same page again adds it once.
    #[serde(default)]
    pub source_ref: Option<String>,
}

/// The reasons the URBACT importer stores without variables (`import-reason-*` of
/// `import.ftl`): a stored reason that is one of them in English is said in the reader's
/// language.
const REASONS_SAID_AGAIN: [&str; 6] = [
    "import-reason-after-last-record",
    "import-reason-not-network-content",
    "import-reason-early-paragraph",
    "import-reason-address",
    "import-reason-lone-plan-line",
    "import-reason-practice-header",
];

/// The reasons it stores with variables, each with its variables: a stored reason read
/// back as one of them (its English with the values put in) is said in the reader's
/// language with the same values. The values of `import-reason-both` are reasons
/// themselves, said again in turn; other values (a partner's name, an e-mail address, the
/// words of a refusal) stay as stored.
const REASONS_WITH_VARIABLES: [(&str, &[&str]); 5] = [
    ("import-reason-both", &["first", "second"]),
    ("import-reason-unknown-record", &["line"]),
    ("import-reason-other-email", &["email"]),
    ("import-reason-refused", &["error"]),
    ("import-reason-partner-without-country", &["partner"]),
];

impl ImportNote {
    /// Why the line could not be placed, in `locale` when the reason is one the importer
    /// words ([`REASONS_SAID_AGAIN`], [`REASONS_WITH_VARIABLES`]); else as stored (English,
    /// or the words of an older version). The stored reason itself stays English: exports
    /// and other versions read it.
    pub fn reason_in(&self, locale: Locale) -> String {
        said_again(&self.reason, locale).unwrap_or_else(|| self.reason.clone())
    }
}

/// `stored` in `locale`, when it is the English of one of the importer's reasons.
fn said_again(stored: &str, locale: Locale) -> Option<String> {
    if let Some(id) = REASONS_SAID_AGAIN.iter().find(|id| i18n::catalogue::text(Locale::En, id) == stored) {
        return Some(i18n::catalogue::text(locale, id));
    }
    REASONS_WITH_VARIABLES.iter().find_map(|(id, variables)| {
        let nested = *id == "import-reason-both";
        let readings = read_back(id, variables, stored);
        // "a; b; c" splits in more than one place: the reading whose parts are all
        // reasons the importer words is the one it wrote.
        let values = match nested {
            true => readings.iter().find(|values| values.iter().all(|v| said_again(v, Locale::En).is_some()))?,
            false => readings.first()?,
        };
        let args: Vec<(&str, Arg)> = variables
            .iter()
            .zip(values)
            .map(|(name, value)| {
                let value =
                    if nested { said_again(value, locale).unwrap_or_else(|| value.clone()) } else { value.clone() };
                (*name, Arg::Text(value))
            })
            .collect();
        Some(i18n::catalogue::translate(locale, id, &args))
    })
}

/// Every way `stored` reads as the English of `id` with some values of its `variables`
/// (each value not empty), in the order of the variables.
fn read_back(id: &str, variables: &[&str], stored: &str) -> Vec<Vec<String>> {
    const MARK: char = '\u{E000}';
    let marked: Vec<(&str, Arg)> =
        variables.iter().enumerate().map(|(i, name)| (*name, Arg::Text(format!("{MARK}{i}{MARK}")))).collect();
    let english = i18n::catalogue::translate(Locale::En, id, &marked);
    // Literal text and variable indexes, alternating: "refused: " 0 "".
    let pieces: Vec<&str> = english.split(MARK).collect();
    let literals: Vec<&str> = pieces.iter().step_by(2).copied().collect();
    let order: Vec<usize> = pieces.iter().skip(1).step_by(2).filter_map(|i| i.parse().ok()).collect();
    if order.len() != variables.len() || literals.len() != order.len() + 1 {
        return Vec::new();
    }
    let Some(rest) = stored.strip_prefix(literals[0]) else { return Vec::new() };
    let mut found = Vec::new();
    matches(rest, &literals[1..], &mut Vec::new(), &mut found);
    found
        .into_iter()
        .map(|values| {
            let mut ordered = vec![String::new(); variables.len()];
            for (value, index) in values.into_iter().zip(&order) {
                ordered[*index] = value;
            }
            ordered
        })
        .collect()
}

/// Each way `text` splits into a value followed by `literals[0]`, a value followed by
/// `literals[1]`, and so on, the last literal ending the text.
fn matches(text: &str, literals: &[&str], values: &mut Vec<String>, found: &mut Vec<Vec<String>>) {
    let Some((literal, later)) = literals.split_first() else {
        if text.is_empty() {
            found.push(values.clone());
        }
        return;
    };
    let ends: Vec<usize> = if later.is_empty() {
        text.strip_suffix(literal).map(str::len).into_iter().collect()
    } else {
        text.match_indices(literal).map(|(at, _)| at).collect()
    };
    for end in ends.into_iter().filter(|end| *end > 0) {
        values.push(text[..end].to_string());
        matches(&text[end + literal.len()..], later, values, found);
        values.pop();
    }
}

pub(crate) fn insert_note(
    db: &Db,
    network_id: Option<i64>,
    line: i64,
    text: &str,
    reason: &str,
    origin: &Origin,
) -> Result<i64> {
    if line < 0 {
        return Err(Error::invalid("line", crate::i18n::Message::new("error-negative")));
    }
    db.conn().execute(
        "INSERT INTO import_notes (id, network_id, line, text, reason, source_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![origin.id(), network_id, line, text, reason, origin.source_ref()?],
    )?;
    Ok(db.conn().last_insert_rowid())
}

/// The notes of one network, or every note when `network_id` is `None`.
pub fn list_import_notes(db: &Db, network_id: Option<i64>) -> Result<Vec<ImportNote>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, network_id, line, text, reason, source_ref FROM import_notes
         WHERE ?1 IS NULL OR network_id = ?1 ORDER BY line, id",
    )?;
    let rows = stmt.query_map([network_id], note_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn note_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ImportNote> {
    Ok(ImportNote {
        id: r.get("id")?,
        network_id: r.get("network_id")?,
        line: r.get("line")?,
        text: r.get("text")?,
        reason: r.get("reason")?,
        source_ref: r.get("source_ref")?,
    })
}

/// The notes of one network, or those of no network when `network_id` is `None`, in id
/// order (as an export lists them).
pub(crate) fn notes_of(db: &Db, network_id: Option<i64>) -> Result<Vec<ImportNote>> {
    let mut stmt = db.conn().prepare_cached("SELECT * FROM import_notes WHERE network_id IS ?1 ORDER BY id")?;
    let rows = stmt.query_map([network_id], note_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_import_note(db: &mut Db, id: i64) -> Result<()> {
    db.conn().execute("DELETE FROM import_notes WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(reason: &str) -> ImportNote {
        ImportNote { id: 1, network_id: None, line: 3, text: "x".into(), reason: reason.into(), source_ref: None }
    }

    #[test]
    fn a_stored_reason_with_values_is_said_in_the_readers_language_with_them() {
        let stored = i18n::Message::new("import-reason-partner-without-country").arg("partner", "Vaasa").to_string();
        assert_eq!(stored, "partner without a country: Vaasa");
        assert_eq!(note(&stored).reason_in(Locale::Fr), "partenaire sans pays : Vaasa");
        assert_eq!(note(&stored).reason_in(Locale::En), stored);

        let record = i18n::Message::new("import-reason-unknown-record").arg("line", "42").to_string();
        assert!(note(&record).reason_in(Locale::De).contains("42"));
        assert_ne!(note(&record).reason_in(Locale::De), record);
    }

    #[test]
    fn two_reasons_one_after_the_other_are_each_said_again() {
        let address = i18n::Message::new("import-reason-address");
        let email = i18n::Message::new("import-reason-other-email").arg("email", "a@b.eu; c@d.eu");
        let both = i18n::Message::new("import-reason-both").arg("first", &address).arg("second", &email);
        let expected = i18n::Message::new("import-reason-both").arg("first", address).arg("second", email);
        assert_eq!(note(&both.to_string()).reason_in(Locale::Fr), expected.render(Locale::Fr));
    }

    #[test]
    fn a_reason_the_importer_does_not_word_is_shown_as_stored() {
        for stored in ["no date", "refused", "partner without a country: ", "x; y"] {
            assert_eq!(note(stored).reason_in(Locale::Fr), stored);
        }
    }
}
