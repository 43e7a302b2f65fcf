//! The search index of meetings inserted in bulk ([`super::insert_meetings`], what
//! `convene import ics` does with 20,000 events), filled by two set-based statements
//! after the rows are written instead of by the row trigger `meetings_ai`.
//!
//! Why: the trigger feeds FTS5 one row at a time, inside the INSERT statements of the
//! meetings (a thousand rows each). FTS5 writes what it holds in memory to a new segment
//! at every statement of a transaction and whenever it holds more than its `hashsize`
//! (1 MB), then merges those segments, four at a time, level by level: for 20,000 new
//! meetings, some forty segments in the two tables and each byte of the index written
//! two or three times, a third of the whole import. Here the rows of both tables are
//! given to FTS5 in one statement each, with a `hashsize` large enough for the whole
//! import and `automerge` off, so each table writes one segment for the import and does
//! not merge it at once: FTS5 merges it later, a little at each write, as it does any
//! segment (until then a search reads one more segment per table).
//!
//! Invariants:
//! - **The index is the trigger's.** While the meetings are inserted the connection's
//!   triggers are off ([`TriggersOff`], `SQLITE_DBCONFIG_ENABLE_TRIGGER`), and then
//!   [`index_new_meetings`] adds to `search_index` and `search_titles` exactly the rows
//!   `meetings_ai` (migrations 0009_search_folded, 0012_meeting_text_kept_once) would have
//!   added: the same rowids (`3 * 2^40 + id`), the same expressions over the same columns,
//!   in the same order (ascending id). A search finds and ranks them as it would have; a
//!   test compares an index filled here with one filled by the trigger. `meetings_ai` is
//!   the only trigger an INSERT into `meetings` fires (a test fails when another is added,
//!   so that its set-based counterpart is added here too); every other write keeps its
//!   triggers.
//! - **Nothing else changes.** The triggers are turned back on when the insert ends,
//!   whether it succeeded or not (the guard's `Drop`), and FTS5's `hashsize` and
//!   `automerge` are put back as they were: a setting the import changed for itself is
//!   removed from `search_index_config` and `search_titles_config` when it was not there
//!   before (a test checks that only `version` is left).
//! - Both statements run inside the caller's transaction: an error rolls the rows and
//!   their index back together.
//!
//! The folding of the texts (`fold_text`, what the trigger calls) needs no database, so
//! it is done before the two statements, in Rust ([`FoldedMeetings`]): `insert_meetings`
//! folds on another thread while its INSERTs run, and the statements read each folded text
//! back through `bulk_folded(id, part)`, a function that lives only while they run. The
//! texts folded are the values the INSERTs bound, joined as the trigger joins them, and
//! folded by the function `fold_text` calls ([`crate::names::fold`]), so the words indexed
//! are the trigger's.

use rusqlite::config::DbConfig;
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::names::fold;
use crate::store::Db;

/// The FTS5 `hashsize` while the new meetings are indexed: what 100,000 meetings' index
/// entries take in memory at most (about 1 KB each in each table, measured when the index
/// kept word positions; without them, since migration 0011, less), so a whole import is
/// written as one segment; a larger import flushes every this many bytes, as FTS5 always
/// does.
const BULK_HASH_BYTES: i64 = 128 * 1024 * 1024;

/// FTS5's own `hashsize` when its config table names none (`FTS5_DEFAULT_HASHSIZE`).
const DEFAULT_HASH_BYTES: i64 = 1024 * 1024;

/// FTS5's own `automerge` when its config table names none (`FTS5_DEFAULT_AUTOMERGE`).
const DEFAULT_AUTOMERGE: i64 = 4;

/// The connection's triggers, off until this is dropped.
pub(super) struct TriggersOff<'a> {
    conn: &'a Connection,
}

impl<'a> TriggersOff<'a> {
    pub(super) fn new(conn: &'a Connection) -> Result<TriggersOff<'a>> {
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
        Ok(TriggersOff { conn })
    }
}

impl Drop for TriggersOff<'_> {
    fn drop(&mut self) {
        // Cannot fail for a valid option on an open connection; if it ever did, the next
        // write of the connection would miss its index, so stop rather than go on.
        self.conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)
            .expect("turning the connection's triggers back on");
    }
}

/// A new meeting's texts that the search index holds, as its row was written.
pub(super) struct MeetingText<'a> {
    pub id: i64,
    pub title: &'a str,
    pub venue: &'a str,
    pub description: &'a str,
    pub undated_wording: Option<&'a str>,
}

/// The folded title and body of each new meeting, what `meetings_ai` gives FTS5:
/// `fold_text(title)` and `fold_text(venue || ' ' || description || ' ' ||
/// coalesce(undated_wording, ''))`.
pub(super) struct FoldedMeetings {
    /// (id, folded title, folded body), ascending id.
    rows: Vec<(i64, String, String)>,
}

impl FoldedMeetings {
    pub(super) fn of<'a>(meetings: impl Iterator<Item = MeetingText<'a>>) -> FoldedMeetings {
        let mut rows: Vec<(i64, String, String)> = meetings
            .map(|m| {
                let body = [m.venue, m.description, m.undated_wording.unwrap_or_default()].join(" ");
                (m.id, fold(m.title), fold(&body))
            })
            .collect();
        rows.sort_unstable_by_key(|(id, _, _)| *id);
        FoldedMeetings { rows }
    }

    /// The folded title (`part` 0) or body (`part` 1) of the meeting `id`.
    fn text(&self, id: i64, part: i64) -> Option<&str> {
        let at = self.rows.binary_search_by_key(&id, |(id, _, _)| *id).ok()?;
        let (_, title, body) = &self.rows[at];
        match part {
            0 => Some(title),
            1 => Some(body),
            _ => None,
        }
    }
}

/// Adds the meetings `folded` (inserted with triggers off) to the search index, as
/// `meetings_ai` would have; see the module docs.
pub(super) fn index_new_meetings(db: &Db, folded: FoldedMeetings) -> Result<()> {
    if folded.rows.is_empty() {
        return Ok(());
    }
    let conn = db.conn();
    let ids: Vec<i64> = folded.rows.iter().map(|(id, _, _)| *id).collect();
    let ids = serde_json::to_string(&ids).map_err(|e| crate::error::Error::bad_input(e.to_string()))?;
    let _folded = FoldedFunction::register(conn, folded)?;
    let index = BulkSettings::set(conn, "search_index")?;
    conn.prepare_cached(
        "INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
         SELECT 3 * 1099511627776 + t.id, bulk_folded(t.id, 0), bulk_folded(t.id, 1),
                'meeting', t.id, t.network_id, t.title, NULL
         FROM meetings t WHERE t.id IN (SELECT value FROM json_each(?1)) ORDER BY t.id",
    )?
    .execute([&ids])?;
    index.restore(conn)?;
    let titles = BulkSettings::set(conn, "search_titles")?;
    conn.prepare_cached(
        "INSERT INTO search_titles(rowid, title)
         SELECT 3 * 1099511627776 + t.id, bulk_folded(t.id, 0)
         FROM meetings t WHERE t.id IN (SELECT value FROM json_each(?1)) ORDER BY t.id",
    )?
    .execute([&ids])?;
    titles.restore(conn)?;
    Ok(())
}

/// `bulk_folded(id, part)`: [`FoldedMeetings::text`] as an SQL function, on the
/// connection until this is dropped. A meeting that was not folded is an error, which
/// fails the statement (and the import with it) rather than indexing it wrongly.
struct FoldedFunction<'a> {
    conn: &'a Connection,
}

impl<'a> FoldedFunction<'a> {
    const NAME: &'static str = "bulk_folded";

    fn register(conn: &'a Connection, folded: FoldedMeetings) -> Result<FoldedFunction<'a>> {
        conn.create_scalar_function(
            Self::NAME,
            2,
            FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY,
            move |ctx| {
                let (id, part): (i64, i64) = (ctx.get(0)?, ctx.get(1)?);
                folded.text(id, part).map(str::to_owned).ok_or_else(|| {
                    rusqlite::Error::UserFunctionError(
                        format!("meeting {id} has no folded text {part} to index").into(),
                    )
                })
            },
        )?;
        Ok(FoldedFunction { conn })
    }
}

impl Drop for FoldedFunction<'_> {
    fn drop(&mut self) {
        // Removing a function this connection registered cannot fail; if it did, the
        // function would only stay unused until the connection closes.
        let _ = self.conn.remove_function(Self::NAME, 2);
    }
}

/// An FTS5 table's settings for one bulk statement, and what they were: `hashsize`
/// large enough to hold the whole import, and `automerge` off, so that writing the one
/// new segment is not followed at once by merging it with the table's small ones (FTS5
/// merges it later, a little at each write, as it does any segment).
struct BulkSettings {
    table: &'static str,
    /// Each setting with the value its config table held, `None` when it held none.
    before: Vec<(&'static str, Option<i64>)>,
}

impl BulkSettings {
    /// The settings, in the order they are put back: `hashsize` first, since putting it
    /// back writes the pending index, which must happen while `automerge` is still off.
    const BULK: [(&'static str, i64); 2] = [("hashsize", BULK_HASH_BYTES), ("automerge", 0)];

    fn set(conn: &Connection, table: &'static str) -> Result<BulkSettings> {
        let mut before = Vec::new();
        for (name, value) in Self::BULK {
            let kept = conn
                .prepare_cached(&format!("SELECT v FROM {table}_config WHERE k = ?1"))?
                .query_row([name], |r| r.get::<_, i64>(0))
                .optional()?;
            conn.prepare_cached(&format!("INSERT INTO {table}({table}, rank) VALUES (?1, ?2)"))?
                .execute(rusqlite::params![name, value])?;
            before.push((name, kept));
        }
        Ok(BulkSettings { table, before })
    }

    /// Puts the settings back; a setting the config table did not hold is removed from
    /// it again (FTS5 then uses its default, the value it is given back here).
    fn restore(self, conn: &Connection) -> Result<()> {
        let table = self.table;
        for (name, kept) in self.before {
            conn.prepare_cached(&format!("INSERT INTO {table}({table}, rank) VALUES (?1, ?2)"))?
                .execute(rusqlite::params![name, kept.unwrap_or(default_of(name))])?;
            if kept.is_none() {
                conn.prepare_cached(&format!("DELETE FROM {table}_config WHERE k = ?1"))?.execute([name])?;
            }
        }
        Ok(())
    }
}

/// FTS5's default for a setting its config table does not name.
fn default_of(setting: &str) -> i64 {
    match setting {
        "hashsize" => DEFAULT_HASH_BYTES,
        _ => DEFAULT_AUTOMERGE,
    }
}
