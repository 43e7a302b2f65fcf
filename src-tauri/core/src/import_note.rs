//! Import notes: lines of an imported page that could not be placed, kept word for word
//! with their line number and the reason, so nothing a page said is lost.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportNote {
    pub id: i64,
    pub network_id: Option<i64>,
    /// 1-based line number in the imported file.
    pub line: i64,
    pub text: String,
    pub reason: String,
}

pub(crate) fn insert_note(
    db: &Db,
    network_id: Option<i64>,
    line: i64,
    text: &str,
    reason: &str,
    source_ref: Option<&str>,
) -> Result<i64> {
    db.conn().execute(
        "INSERT INTO import_notes (network_id, line, text, reason, source_ref) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![network_id, line, text, reason, source_ref],
    )?;
    Ok(db.conn().last_insert_rowid())
}

/// The notes of one network, or every note when `network_id` is `None`.
pub fn list_import_notes(db: &Db, network_id: Option<i64>) -> Result<Vec<ImportNote>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, network_id, line, text, reason FROM import_notes
         WHERE ?1 IS NULL OR network_id = ?1 ORDER BY line, id",
    )?;
    let rows = stmt
        .query_map([network_id], |r| {
            Ok(ImportNote { id: r.get(0)?, network_id: r.get(1)?, line: r.get(2)?, text: r.get(3)?, reason: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_import_note(db: &mut Db, id: i64) -> Result<()> {
    db.conn().execute("DELETE FROM import_notes WHERE id = ?1", [id])?;
    Ok(())
}
