//! Review: a plan's status on its way to adoption, and reviewers' comments on sections.
//!
//! Allowed status changes (anything else is refused, saying which moves are possible):
//!
//! | from      | to                                   |
//! |-----------|--------------------------------------|
//! | draft     | in review                            |
//! | in review | draft (back to writing), final       |
//! | final     | in review (reopened), adopted        |
//! | adopted   | final (an adoption recorded by mistake) |
//!
//! Adopting needs the date the city council adopted the plan; leaving `adopted` clears it.
//! Every change is recorded with who (the author name of [`super::author`]), when, from
//! and to; setting the status the plan already has records nothing.
//!
//! Comments are anchored to a section key by a named reviewer and can be resolved and
//! reopened; they are never deleted. They travel with the plan in `.convene-plan` files
//! (see [`super::exchange`]), so a lead expert can comment on a copy and send it back. A comment may name a section that was later removed:
//! it stays, and is listed under that key.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::{self, Locale, Message};
use crate::origin::instant;
use crate::store::{now_text, Db};
use crate::validate::{self, NAME_MAX, TEXT_MAX};

use super::author::{author_name, shown_author};
use super::content::read_content;
use super::{get_plan, ActionPlan, PlanStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    pub from: PlanStatus,
    pub to: PlanStatus,
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    pub author: String,
    pub changed_at: String,
}

/// Writes a status change as given (by [`set_plan_status`], or from an export).
pub(crate) fn record_status_change(conn: &Connection, plan_id: i64, change: &StatusChange) -> Result<()> {
    let author = validate::optional("author", &change.author, NAME_MAX)?;
    instant("changed_at", &change.changed_at)?;
    conn.execute(
        "INSERT INTO plan_status_changes (plan_id, from_status, to_status, adoption_date, author, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![plan_id, change.from, change.to, change.adoption_date, author, change.changed_at],
    )?;
    Ok(())
}

/// The statuses a plan in `from` may move to.
pub fn allowed_next(from: PlanStatus) -> &'static [PlanStatus] {
    use PlanStatus::*;
    match from {
        Draft => &[InReview],
        InReview => &[Draft, Final],
        Final => &[InReview, Adopted],
        Adopted => &[Final],
    }
}

/// The adoption date a plan in `status` keeps: only an adopted plan has one. (A plan from
/// an export may be adopted without a known date.)
pub(crate) fn adoption_date_for(status: PlanStatus, date: Option<NaiveDate>) -> Result<Option<NaiveDate>> {
    match (status, date) {
        (PlanStatus::Adopted, Some(date)) => Ok(Some(validate::date("adoption_date", date)?)),
        (_, Some(_)) => Err(Error::invalid("adoption_date", Message::new("error-plan-adoption-date-not-adopted"))),
        (_, None) => Ok(None),
    }
}

/// Moves the plan to `to`; see the module docs for the rules.
pub fn set_plan_status(
    db: &mut Db,
    plan_id: i64,
    to: PlanStatus,
    adoption_date: Option<NaiveDate>,
) -> Result<ActionPlan> {
    let plan = get_plan(db, plan_id)?;
    let from = plan.status;
    if from == to {
        if to == PlanStatus::Adopted && adoption_date.is_some() && adoption_date != plan.adoption_date {
            return Err(Error::invalid("status", Message::new("error-plan-already-adopted")));
        }
        return Ok(plan);
    }
    if !allowed_next(from).contains(&to) {
        // The moves allowed from each status are in the message, one sentence per status.
        let refused = Message::new("error-plan-status-move").arg("from", from.as_str()).arg("to", to.as_str());
        return Err(Error::invalid("status", refused));
    }
    if to == PlanStatus::Adopted && adoption_date.is_none() {
        return Err(Error::invalid("adoption_date", Message::new("error-plan-adoption-date-needed")));
    }
    let adoption_date = adoption_date_for(to, adoption_date)?;
    let tx = db.conn_mut().transaction()?;
    let now = now_text();
    tx.execute(
        "UPDATE action_plans SET status = ?2, adoption_date = ?3, updated_at = ?4 WHERE id = ?1",
        params![plan_id, to, adoption_date, now],
    )?;
    let change = StatusChange { from, to, adoption_date, author: author_name(&tx)?, changed_at: now };
    record_status_change(&tx, plan_id, &change)?;
    tx.commit()?;
    get_plan(db, plan_id)
}

/// Every status change of a plan, oldest first, as a reader in [`i18n::current`] reads it
/// (an unsigned change by "Unknown" in that language, [`shown_author`]).
pub fn list_status_changes(db: &Db, plan_id: i64) -> Result<Vec<StatusChange>> {
    let locale = i18n::current();
    let changes = stored_status_changes(db, plan_id)?;
    Ok(changes.into_iter().map(|c| StatusChange { author: shown_author(&c.author, locale), ..c }).collect())
}

/// Every status change of a plan, oldest first, as stored (for files).
pub(crate) fn stored_status_changes(db: &Db, plan_id: i64) -> Result<Vec<StatusChange>> {
    get_plan(db, plan_id)?;
    let mut stmt = db.conn().prepare_cached(
        "SELECT from_status, to_status, adoption_date, author, changed_at FROM plan_status_changes WHERE plan_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([plan_id], |r| {
            Ok(StatusChange {
                from: r.get(0)?,
                to: r.get(1)?,
                adoption_date: r.get(2)?,
                author: r.get(3)?,
                changed_at: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Comment {
    /// This database's number for the comment (a file's value is kept by an export's
    /// import, not by a received plan).
    #[serde(default)]
    pub id: i64,
    /// In a file, the plan the comment is listed under (absent in older files).
    #[serde(default)]
    pub plan_id: i64,
    /// The comment's identity on every machine; files written before comments travelled
    /// have none, and one is made up.
    #[serde(default)]
    pub uuid: String,
    pub section_key: String,
    pub author: String,
    pub text: String,
    pub created_at: String,
    #[serde(default)]
    pub resolved_at: Option<String>,
    #[serde(default)]
    pub resolved_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CommentInput {
    pub section_key: String,
    /// The reviewer's name; empty means the author name of the settings.
    #[serde(default)]
    pub author: String,
    pub text: String,
}

fn comment_from_row(r: &Row<'_>) -> rusqlite::Result<Comment> {
    Ok(Comment {
        id: r.get("id")?,
        plan_id: r.get("plan_id")?,
        uuid: r.get("uuid")?,
        section_key: r.get("section_key")?,
        author: r.get("author")?,
        text: r.get("text")?,
        created_at: r.get("created_at")?,
        resolved_at: r.get("resolved_at")?,
        resolved_by: r.get("resolved_by")?,
    })
}

pub fn add_comment(db: &mut Db, plan_id: i64, input: CommentInput) -> Result<Comment> {
    get_plan(db, plan_id)?;
    let content = read_content(db.conn(), plan_id)?;
    if content.section(&input.section_key).is_none() {
        let keys: Vec<&str> = content.sections.iter().map(|s| s.key.as_str()).collect();
        let missing =
            Message::new("error-plan-no-section-of").arg("key", &input.section_key).arg("keys", keys.join(", "));
        return Err(Error::invalid("section_key", missing));
    }
    let author = match validate::optional("author", &input.author, NAME_MAX)? {
        a if a.is_empty() => author_name(db.conn())?,
        a => a,
    };
    let comment = Comment {
        id: 0,
        plan_id,
        uuid: String::new(),
        section_key: input.section_key,
        author,
        text: input.text,
        created_at: now_text(),
        resolved_at: None,
        resolved_by: None,
    };
    let id = insert_comment(db.conn(), plan_id, &comment, None)?;
    get_comment(db, id)
}

/// Writes a comment as given (a new one, or one from a file), checked: section key,
/// author and text present and within their limits, times RFC 3339 instants. `id` keeps
/// an export's number; an empty `uuid` gets a new one.
pub(crate) fn insert_comment(conn: &Connection, plan_id: i64, c: &Comment, id: Option<i64>) -> Result<i64> {
    let c = clean_comment(c)?;
    conn.execute(
        "INSERT INTO plan_comments (id, plan_id, uuid, section_key, author, text, created_at, resolved_at, resolved_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![id, plan_id, c.uuid, c.section_key, c.author, c.text, c.created_at, c.resolved_at, c.resolved_by],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A comment as it is saved; see [`insert_comment`].
pub(crate) fn clean_comment(c: &Comment) -> Result<Comment> {
    instant("created_at", &c.created_at)?;
    if let Some(at) = &c.resolved_at {
        instant("resolved_at", at)?;
    }
    Ok(Comment {
        section_key: validate::required("section_key", &c.section_key, NAME_MAX)?,
        // Empty when its writer had no name (plan::author); shown as "Unknown".
        author: validate::optional("author", &c.author, NAME_MAX)?,
        text: validate::required("text", &c.text, TEXT_MAX)?,
        resolved_by: match &c.resolved_by {
            Some(by) => Some(validate::optional("resolved_by", by, NAME_MAX)?),
            None => None,
        },
        uuid: match c.uuid.trim() {
            "" => uuid::Uuid::new_v4().to_string(),
            u => uuid::Uuid::parse_str(u)
                .map_err(|_| Error::invalid("uuid", Message::new("error-not-a-uuid").arg("value", u)))?
                .to_string(),
        },
        ..c.clone()
    })
}

/// A comment as a reader in [`i18n::current`] reads it ([`shown_comment`]).
pub fn get_comment(db: &Db, id: i64) -> Result<Comment> {
    db.conn()
        .query_row("SELECT * FROM plan_comments WHERE id = ?1", [id], comment_from_row)
        .optional()?
        .map(|c| shown_comment(c, i18n::current()))
        .ok_or_else(|| Error::not_found(Message::new("error-no-comment-id").arg("id", id.to_string())))
}

/// A comment as a reader of `locale` reads it: written or resolved by no known name, it says
/// "Unknown" in that language ([`shown_author`]).
fn shown_comment(c: Comment, locale: Locale) -> Comment {
    Comment {
        author: shown_author(&c.author, locale),
        resolved_by: c.resolved_by.as_deref().map(|by| shown_author(by, locale)),
        ..c
    }
}

/// A plan's comments, oldest first; resolved ones only when `include_resolved`; as a
/// reader in [`i18n::current`] reads them ([`shown_comment`]).
pub fn list_comments(db: &Db, plan_id: i64, include_resolved: bool) -> Result<Vec<Comment>> {
    let locale = i18n::current();
    Ok(stored_comments(db, plan_id, include_resolved)?.into_iter().map(|c| shown_comment(c, locale)).collect())
}

/// A plan's comments as stored (for files).
pub(crate) fn stored_comments(db: &Db, plan_id: i64, include_resolved: bool) -> Result<Vec<Comment>> {
    get_plan(db, plan_id)?;
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT * FROM plan_comments WHERE plan_id = ?1 AND (?2 OR resolved_at IS NULL) ORDER BY id")?;
    let rows =
        stmt.query_map(params![plan_id, include_resolved], comment_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Marks a comment resolved by `by` (empty: the settings' author name); resolving a
/// resolved comment changes nothing.
pub fn resolve_comment(db: &mut Db, id: i64, by: &str) -> Result<Comment> {
    let comment = get_comment(db, id)?;
    if comment.resolved_at.is_some() {
        return Ok(comment);
    }
    let by = match validate::optional("resolved_by", by, NAME_MAX)? {
        b if b.is_empty() => author_name(db.conn())?,
        b => b,
    };
    db.conn().execute(
        "UPDATE plan_comments SET resolved_at = ?2, resolved_by = ?3 WHERE id = ?1",
        params![id, now_text(), by],
    )?;
    get_comment(db, id)
}

pub fn unresolve_comment(db: &mut Db, id: i64) -> Result<Comment> {
    get_comment(db, id)?;
    db.conn().execute("UPDATE plan_comments SET resolved_at = NULL, resolved_by = NULL WHERE id = ?1", [id])?;
    get_comment(db, id)
}
