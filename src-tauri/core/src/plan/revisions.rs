//! Never lose a word: every change of a plan's content is a new revision.
//!
//! Invariants:
//! - Every write of content goes through [`commit`], inside one transaction: the content
//!   is validated, written to the `plan_*` tables and stored as a snapshot (a manifest of
//!   parts kept once, see [`super::snapshot`]) in a new `plan_revisions` row numbered one
//!   more than the head. So the tables always equal
//!   the newest revision (the head), and any revision can be compared or restored.
//! - A save whose content equals the head's creates nothing and returns the head
//!   (`created: false`): the editor's debounced autosaves do not fill the history with
//!   copies, and reopening shows exactly what the last revision holds.
//! - Nothing is deleted or rewritten: restoring revision 3 creates revision N+1 whose
//!   content equals revision 3's.
//! - Revisions are signed with the author name of [`super::author`] and the UTC time.

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::labels::text_enum;
use crate::store::{now_text, Db};
use crate::validate::{self, LINE_MAX};

use super::author::{author_name, shown_author};
use super::content::{read_content, write_content, PlanContent};
use super::get_plan;
use super::revision_summary::summary_in;
use super::snapshot::{load_snapshot, store_snapshot};
use crate::i18n::{self, Locale, Message};

text_enum! {
    pub enum RevisionKind {
        Created = "created" / "Created",
        Edit = "edit" / "Edited",
        Restore = "restore" / "Restored",
        Received = "received" / "Received",
        Merge = "merge" / "Merged",
        Resolve = "resolve" / "Conflict resolved",
    }
}

/// One saved state of a plan (without its content; see [`revision_content`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Revision {
    /// 1, 2, 3 ... in the order this database received them. A database that receives the
    /// revision numbers it anew (`.convene-plan` files of version 1 carry none).
    #[serde(default)]
    pub number: i64,
    /// The revision's identity on every machine.
    pub uuid: String,
    /// The revision this one was made from (none for the first).
    #[serde(default)]
    pub parent_uuid: Option<String>,
    /// For a merge: the other copy's newest revision that it brought in.
    #[serde(default)]
    pub merged_uuid: Option<String>,
    pub kind: RevisionKind,
    pub author: String,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub created_at: String,
    #[serde(default)]
    pub message: String,
}

/// What a save did: the plan's head revision afterwards, and whether the save created it
/// (false when the content was already saved as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedRevision {
    pub revision: Revision,
    pub created: bool,
    /// The id of the action, indicator or risk added, or the key of the section added.
    pub item_id: Option<String>,
}

const COLUMNS: &str = "number, uuid, parent_uuid, merged_uuid, kind, author, created_at, message";

fn revision_from_row(r: &Row<'_>) -> rusqlite::Result<Revision> {
    Ok(Revision {
        number: r.get(0)?,
        uuid: r.get(1)?,
        parent_uuid: r.get(2)?,
        merged_uuid: r.get(3)?,
        kind: r.get(4)?,
        author: r.get(5)?,
        created_at: r.get(6)?,
        message: r.get(7)?,
    })
}

/// The newest revision of a plan, if it has any.
pub(crate) fn head(conn: &Connection, plan_id: i64) -> Result<Option<Revision>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM plan_revisions WHERE plan_id = ?1 ORDER BY number DESC LIMIT 1"),
        [plan_id],
        revision_from_row,
    )
    .optional()
}

pub(crate) fn head_of(conn: &Connection, plan_id: i64) -> Result<Revision> {
    head(conn, plan_id)?.ok_or_else(|| {
        Error::not_found(crate::i18n::Message::new("error-plan-no-revisions").arg("id", plan_id.to_string()))
    })
}

/// A revision with its snapshot, as stored (a manifest; see [`super::snapshot`]).
#[derive(Debug, Clone)]
pub(crate) struct StoredRevision {
    pub revision: Revision,
    pub snapshot: String,
}

pub(crate) fn all_stored(conn: &Connection, plan_id: i64) -> Result<Vec<StoredRevision>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, snapshot FROM plan_revisions WHERE plan_id = ?1 ORDER BY number"
    ))?;
    let rows = stmt
        .query_map([plan_id], |r| Ok(StoredRevision { revision: revision_from_row(r)?, snapshot: r.get(8)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Stores a revision row as given (used for received revisions, which keep their own
/// identity, author and time) and returns it with its local number.
pub(crate) fn insert_revision(
    conn: &Connection,
    plan_id: i64,
    revision: &Revision,
    snapshot: &str,
) -> Result<Revision> {
    let number = head(conn, plan_id)?.map_or(1, |h| h.number + 1);
    conn.execute(
        "INSERT INTO plan_revisions (plan_id, number, uuid, parent_uuid, merged_uuid, kind, author, created_at, message, snapshot)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            plan_id,
            number,
            revision.uuid,
            revision.parent_uuid,
            revision.merged_uuid,
            revision.kind,
            revision.author,
            revision.created_at,
            revision.message,
            snapshot
        ],
    )?;
    Ok(Revision { number, ..revision.clone() })
}

/// Saves `content` as the plan's new head: see the module docs. `merged_uuid` is set by
/// merges only.
pub(crate) fn commit(
    conn: &Connection,
    plan_id: i64,
    content: PlanContent,
    kind: RevisionKind,
    message: &str,
    merged_uuid: Option<&str>,
) -> Result<SavedRevision> {
    let content = content.validate()?;
    let message = validate::optional("message", message, LINE_MAX)?;
    let head = head(conn, plan_id)?;
    if let Some(head) = &head {
        if merged_uuid.is_none() && read_content(conn, plan_id)? == content {
            return Ok(SavedRevision { revision: head.clone(), created: false, item_id: None });
        }
    }
    write_content(conn, plan_id, &content)?;
    let revision = Revision {
        number: 0,
        uuid: uuid::Uuid::new_v4().to_string(),
        parent_uuid: head.map(|h| h.uuid),
        merged_uuid: merged_uuid.map(str::to_string),
        kind,
        author: author_name(conn)?,
        created_at: now_text(),
        message,
    };
    let snapshot = store_snapshot(conn, plan_id, &content)?;
    let revision = insert_revision(conn, plan_id, &revision, &snapshot)?;
    conn.execute("UPDATE action_plans SET updated_at = ?2 WHERE id = ?1", params![plan_id, revision.created_at])?;
    Ok(SavedRevision { revision, created: true, item_id: None })
}

/// Applies `change` to the head content and saves the result as one revision, in one
/// transaction. `change` returns the default message (used when `message` is empty) and
/// the id of the item it added, if any.
pub(crate) fn edit(
    db: &mut Db,
    plan_id: i64,
    message: Option<&str>,
    change: impl FnOnce(&mut PlanContent) -> Result<(String, Option<String>)>,
) -> Result<SavedRevision> {
    get_plan(db, plan_id)?;
    let tx = db.conn_mut().transaction()?;
    let mut content = read_content(&tx, plan_id)?;
    let (default_message, item_id) = change(&mut content)?;
    let message = message.map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).unwrap_or(default_message);
    let saved = commit(&tx, plan_id, content, RevisionKind::Edit, &message, None)?;
    tx.commit()?;
    Ok(SavedRevision { item_id, revision: shown(saved.revision, i18n::current()), ..saved })
}

/// A plan's revisions, newest first, as [`list_revisions_in`] in the reader's language.
pub fn list_revisions(db: &Db, plan_id: i64) -> Result<Vec<Revision>> {
    list_revisions_in(db, plan_id, i18n::current())
}

/// A plan's revisions, newest first, for a reader of `locale`: the summaries Convene wrote
/// and the "Unknown" of an unsigned change in that language ([`shown`]).
pub fn list_revisions_in(db: &Db, plan_id: i64, locale: Locale) -> Result<Vec<Revision>> {
    get_plan(db, plan_id)?;
    let mut stmt = db
        .conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM plan_revisions WHERE plan_id = ?1 ORDER BY number DESC"))?;
    let rows = stmt.query_map([plan_id], revision_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(|r| shown(r, locale)).collect())
}

/// A revision as a reader of `locale` reads it: its summary through
/// [`super::revision_summary`], its author through [`super::author::shown_author`]. What is
/// stored (and written to files) is unchanged.
pub fn shown(revision: Revision, locale: Locale) -> Revision {
    Revision {
        message: summary_in(&revision.message, locale),
        author: shown_author(&revision.author, locale),
        ..revision
    }
}

impl RevisionKind {
    /// The kind's name in `locale` ("Edited", "Modifié"), for a history's column.
    pub fn label_in(self, locale: Locale) -> String {
        let id = match self {
            RevisionKind::Created => "plan-revision-kind-created",
            RevisionKind::Edit => "plan-revision-kind-edit",
            RevisionKind::Restore => "plan-revision-kind-restore",
            RevisionKind::Received => "plan-revision-kind-received",
            RevisionKind::Merge => "plan-revision-kind-merge",
            RevisionKind::Resolve => "plan-revision-kind-resolve",
        };
        Message::new(id).render(locale)
    }
}

/// Revision `number` of the plan, as a reader in [`i18n::current`] reads it ([`shown`]).
pub fn get_revision(db: &Db, plan_id: i64, number: i64) -> Result<Revision> {
    get_plan(db, plan_id)?;
    db.conn()
        .query_row(
            &format!("SELECT {COLUMNS} FROM plan_revisions WHERE plan_id = ?1 AND number = ?2"),
            params![plan_id, number],
            revision_from_row,
        )
        .optional()?
        .map(|r| shown(r, i18n::current()))
        .ok_or_else(|| not_found(db, plan_id, number))
}

fn not_found(db: &Db, plan_id: i64, number: i64) -> Error {
    let newest = head(db.conn(), plan_id).ok().flatten().map_or(0, |h| h.number);
    Error::not_found(
        crate::i18n::Message::new("error-plan-no-revision")
            .arg("number", number.to_string())
            .arg("newest", newest.to_string()),
    )
}

/// What revision `number` of the plan holds.
pub fn revision_content(db: &Db, plan_id: i64, number: i64) -> Result<PlanContent> {
    get_plan(db, plan_id)?;
    let text: String = db
        .conn()
        .query_row(
            "SELECT snapshot FROM plan_revisions WHERE plan_id = ?1 AND number = ?2",
            params![plan_id, number],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| not_found(db, plan_id, number))?;
    load_snapshot(db.conn(), plan_id, &text)
}

/// Makes the content of revision `number` the plan's content again, as a new revision;
/// when the plan already holds exactly that content nothing is created.
pub fn restore_revision(db: &mut Db, plan_id: i64, number: i64) -> Result<SavedRevision> {
    let content = revision_content(db, plan_id, number)?;
    let tx = db.conn_mut().transaction()?;
    let message = super::revision_summary::stored("plan-revision-restored", &[("number", &number.to_string())]);
    let saved = commit(&tx, plan_id, content, RevisionKind::Restore, &message, None)?;
    tx.commit()?;
    Ok(SavedRevision { revision: shown(saved.revision, i18n::current()), ..saved })
}
