//! Import notes: lines of an imported page that could not be placed, kept word for word
//! with their line number and the reason, so nothing a page said is lost.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Locale};
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
/// language; any other reason is shown as it was stored.
const REASONS_SAID_AGAIN: [&str; 6] = [
    "import-reason-after-last-record",
    "import-reason-not-network-content",
    "import-reason-early-paragraph",
    "import-reason-address",
    "import-reason-lone-plan-line",
    "import-reason-practice-header",
];

impl ImportNote {
    /// Why the line could not be placed, in `locale` when the reason is one the importer
    /// words without variables; else as stored (English, or the words of an older version).
    /// The stored reason itself stays English: exports and other versions read it.
    pub fn reason_in(&self, locale: Locale) -> String {
        REASONS_SAID_AGAIN
            .iter()
            .find(|id| i18n::catalogue::text(Locale::En, id) == self.reason)
            .map_or_else(|| self.reason.clone(), |id| i18n::catalogue::text(locale, id))
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
