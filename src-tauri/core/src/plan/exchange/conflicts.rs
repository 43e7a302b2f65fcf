//! Conflicts a merge leaves: an item both copies changed differently, with the base, our
//! and their text, kept until the user settles it (ours, theirs or a merged text), which
//! makes a revision. Nothing is overwritten before that.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::origin::instant;
use crate::store::{now_text, Db};
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

use super::super::content::{read_content, Action, Indicator, PlanContent, Risk, Section};
use super::super::revisions::{commit, RevisionKind, SavedRevision};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanConflict {
    pub id: i64,
    /// In an export, the plan the conflict is listed under (absent in schema version 1).
    #[serde(default)]
    pub plan_id: i64,
    /// A section key (`context`), or `action:ID`, `indicator:ID`, `risk:ID`.
    pub item_key: String,
    /// The section's title, or the row's title, name or description.
    pub label: String,
    /// The text at the last common revision (none when the item did not exist then).
    #[serde(default)]
    pub base_text: Option<String>,
    /// Our text (none when we removed the item). The plan holds this until resolved.
    #[serde(default)]
    pub ours_text: Option<String>,
    /// Their text (none when they removed the item).
    #[serde(default)]
    pub their_text: Option<String>,
    /// Their newest revision when the conflict arose (`their_uuid` in schema version 1).
    pub their_revision_uuid: String,
    pub created_at: String,
    #[serde(default)]
    pub resolved_at: Option<String>,
    /// `ours`, `theirs` or `merged` once resolved.
    #[serde(default)]
    pub resolution: Option<String>,
}

/// Writes a conflict as given (a merge's, or one from an export, whose `id` is kept).
pub(crate) fn insert_conflict(conn: &Connection, plan_id: i64, c: &PlanConflict, id: Option<i64>) -> Result<i64> {
    let label = validate::required("label", &c.label, TEXT_MAX)?;
    validate::required("item_key", &c.item_key, TITLE_MAX)?;
    instant("created_at", &c.created_at)?;
    if let Some(at) = &c.resolved_at {
        instant("resolved_at", at)?;
    }
    conn.execute(
        "INSERT INTO plan_conflicts (id, plan_id, item_key, label, base_text, ours_text, theirs_text, their_uuid, created_at, resolved_at, resolution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id, plan_id, c.item_key, label, c.base_text, c.ours_text, c.their_text, c.their_revision_uuid, c.created_at,
            c.resolved_at, c.resolution
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Every conflict of a plan, settled or not, oldest first (what an export carries).
pub(crate) fn all_conflicts(db: &Db, plan_id: i64) -> Result<Vec<PlanConflict>> {
    let mut stmt = db.conn().prepare_cached("SELECT * FROM plan_conflicts WHERE plan_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([plan_id], conflict_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// How a conflict is settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "choice", rename_all = "snake_case")]
pub enum ConflictChoice {
    Ours,
    Theirs,
    /// A text the user merged by hand (for a row: its JSON, as shown in the conflict).
    Merged {
        text: String,
    },
}

fn conflict_from_row(r: &Row<'_>) -> rusqlite::Result<PlanConflict> {
    Ok(PlanConflict {
        id: r.get("id")?,
        plan_id: r.get("plan_id")?,
        item_key: r.get("item_key")?,
        label: r.get("label")?,
        base_text: r.get("base_text")?,
        ours_text: r.get("ours_text")?,
        their_text: r.get("theirs_text")?,
        their_revision_uuid: r.get("their_uuid")?,
        created_at: r.get("created_at")?,
        resolved_at: r.get("resolved_at")?,
        resolution: r.get("resolution")?,
    })
}

pub(super) fn get_conflict_in(conn: &Connection, id: i64) -> Result<PlanConflict> {
    conn.query_row("SELECT * FROM plan_conflicts WHERE id = ?1", [id], conflict_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-conflict-id").arg("id", id.to_string())))
}

/// The conflicts of a plan still waiting for a choice, oldest first.
pub fn list_conflicts(db: &Db, plan_id: i64) -> Result<Vec<PlanConflict>> {
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT * FROM plan_conflicts WHERE plan_id = ?1 AND resolved_at IS NULL ORDER BY id")?;
    let rows = stmt.query_map([plan_id], conflict_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Settles a conflict: keeps our version, takes theirs, or puts a merged text in place,
/// as one revision (none when the plan already reads so), and marks the conflict resolved.
pub fn resolve_conflict(db: &mut Db, conflict_id: i64, choice: ConflictChoice) -> Result<SavedRevision> {
    let conflict = get_conflict_in(db.conn(), conflict_id)?;
    if conflict.resolved_at.is_some() {
        let settled = Message::new("error-plan-conflict-settled")
            .arg("label", &conflict.label)
            .arg("resolution", conflict.resolution.as_deref().unwrap_or(""));
        return Err(Error::conflict(settled));
    }
    let plan_id = conflict.plan_id;
    let (text, resolution) = match &choice {
        ConflictChoice::Ours => (conflict.ours_text.clone(), "ours"),
        ConflictChoice::Theirs => (conflict.their_text.clone(), "theirs"),
        ConflictChoice::Merged { text } => (Some(text.clone()), "merged"),
    };
    let tx = db.conn_mut().transaction()?;
    let mut content = read_content(&tx, plan_id)?;
    apply_choice(&mut content, &conflict, text)?;
    let summary = match resolution {
        "ours" => "plan-revision-settled-ours",
        "theirs" => "plan-revision-settled-theirs",
        _ => "plan-revision-settled-merged",
    };
    let message = crate::plan::revision_summary::stored(summary, &[("label", &conflict.label)]);
    let saved = commit(&tx, plan_id, content, RevisionKind::Resolve, &message, None)?;
    tx.execute(
        "UPDATE plan_conflicts SET resolved_at = ?2, resolution = ?3 WHERE id = ?1",
        params![conflict_id, now_text(), resolution],
    )?;
    tx.commit()?;
    Ok(saved)
}

fn apply_choice(content: &mut PlanContent, conflict: &PlanConflict, text: Option<String>) -> Result<()> {
    fn put<T: for<'de> Deserialize<'de>>(
        rows: &mut Vec<T>,
        id: &str,
        id_of: impl Fn(&T) -> &str,
        text: Option<String>,
    ) -> Result<()> {
        let at = rows.iter().position(|r| id_of(r) == id);
        match text {
            None => {
                if let Some(at) = at {
                    rows.remove(at);
                }
            }
            Some(text) => {
                let row: T = serde_json::from_str(&text).map_err(|e| {
                    Error::invalid("text", Message::new("error-merged-row-invalid").arg("reason", e.to_string()))
                })?;
                if id_of(&row) != id {
                    return Err(Error::invalid("text", Message::new("error-merged-row-id-changed")));
                }
                match at {
                    Some(at) => rows[at] = row,
                    None => rows.push(row),
                }
            }
        }
        Ok(())
    }
    let key = conflict.item_key.as_str();
    if let Some(id) = key.strip_prefix("action:") {
        put(&mut content.actions, id, |a: &Action| &a.id, text)
    } else if let Some(id) = key.strip_prefix("indicator:") {
        put(&mut content.indicators, id, |i: &Indicator| &i.id, text)?;
        let ids: HashSet<String> = content.indicators.iter().map(|i| i.id.clone()).collect();
        for a in &mut content.actions {
            a.indicator_ids.retain(|i| ids.contains(i));
        }
        Ok(())
    } else if let Some(id) = key.strip_prefix("risk:") {
        put(&mut content.risks, id, |r: &Risk| &r.id, text)
    } else {
        match (content.sections.iter().position(|s| s.key == key), text) {
            (Some(at), Some(body)) => content.sections[at].body = body,
            (Some(at), None) => {
                content.sections.remove(at);
            }
            (None, Some(body)) => content.sections.push(Section {
                key: key.to_string(),
                title: conflict.label.clone(),
                body,
                custom: true,
            }),
            (None, None) => {}
        }
        Ok(())
    }
}

/// Settles a conflict found by plan and item key (the command line's way).
pub fn resolve_conflict_by_key(
    db: &mut Db,
    plan_id: i64,
    item_key: &str,
    choice: ConflictChoice,
) -> Result<SavedRevision> {
    let open = list_conflicts(db, plan_id)?;
    let found = open.iter().find(|c| c.item_key == item_key).ok_or_else(|| {
        let keys: Vec<&str> = open.iter().map(|c| c.item_key.as_str()).collect();
        let missing = if keys.is_empty() {
            Message::new("error-plan-no-conflicts")
        } else {
            Message::new("error-plan-no-conflict-in").arg("key", item_key).arg("keys", keys.join(", "))
        };
        Error::not_found(missing)
    })?;
    resolve_conflict(db, found.id, choice)
}
