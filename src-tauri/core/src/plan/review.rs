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
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::store::{now_text, Db};
use crate::validate::{self, NAME_MAX, TEXT_MAX};

use super::author::author_name;
use super::content::read_content;
use super::{get_plan, ActionPlan, PlanStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    pub from: PlanStatus,
    pub to: PlanStatus,
    pub adoption_date: Option<NaiveDate>,
    pub author: String,
    pub changed_at: String,
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

/// Moves the plan to `to`; see the module docs for the rules.
pub fn set_plan_status(db: &mut Db, plan_id: i64, to: PlanStatus, adoption_date: Option<NaiveDate>) -> Result<ActionPlan> {
    let plan = get_plan(db, plan_id)?;
    let from = plan.status;
    if from == to {
        if to == PlanStatus::Adopted && adoption_date.is_some() && adoption_date != plan.adoption_date {
            return Err(Error::invalid("status", "the plan is already adopted; move it back to final to record another adoption date"));
        }
        return Ok(plan);
    }
    if !allowed_next(from).contains(&to) {
        let choices: Vec<&str> = allowed_next(from).iter().map(|s| s.label()).collect();
        return Err(Error::invalid(
            "status",
            format!("a plan that is {} can move to {} only, not to {}", from.label().to_lowercase(), choices.join(" or ").to_lowercase(), to.label().to_lowercase()),
        ));
    }
    let adoption_date = match (to, adoption_date) {
        (PlanStatus::Adopted, Some(date)) => Some(validate::date("adoption_date", date)?),
        (PlanStatus::Adopted, None) => {
            return Err(Error::invalid("adoption_date", "give the date the city council adopted the plan (YYYY-MM-DD)"))
        }
        (_, Some(_)) => return Err(Error::invalid("adoption_date", "only an adopted plan has an adoption date")),
        (_, None) => None,
    };
    let tx = db.conn_mut().transaction()?;
    let now = now_text();
    tx.execute(
        "UPDATE action_plans SET status = ?2, adoption_date = ?3, updated_at = ?4 WHERE id = ?1",
        params![plan_id, to, adoption_date, now],
    )?;
    tx.execute(
        "INSERT INTO plan_status_changes (plan_id, from_status, to_status, adoption_date, author, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![plan_id, from, to, adoption_date, author_name(&tx)?, now],
    )?;
    tx.commit()?;
    get_plan(db, plan_id)
}

/// Every status change of a plan, oldest first.
pub fn list_status_changes(db: &Db, plan_id: i64) -> Result<Vec<StatusChange>> {
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
    pub id: i64,
    pub plan_id: i64,
    pub section_key: String,
    pub author: String,
    pub text: String,
    pub created_at: String,
    pub resolved_at: Option<String>,
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
        return Err(Error::invalid(
            "section_key",
            format!("this plan has no section \"{}\"; its sections are {}", input.section_key, keys.join(", ")),
        ));
    }
    let text = validate::required("text", &input.text, TEXT_MAX)?;
    let author = match validate::optional("author", &input.author, NAME_MAX)? {
        a if a.is_empty() => author_name(db.conn())?,
        a => a,
    };
    db.conn().execute(
        "INSERT INTO plan_comments (plan_id, uuid, section_key, author, text, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![plan_id, uuid::Uuid::new_v4().to_string(), input.section_key, author, text, now_text()],
    )?;
    get_comment(db, db.conn().last_insert_rowid())
}

pub fn get_comment(db: &Db, id: i64) -> Result<Comment> {
    db.conn()
        .query_row("SELECT * FROM plan_comments WHERE id = ?1", [id], comment_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("there is no comment with id {id}")))
}

/// A plan's comments, oldest first; resolved ones only when `include_resolved`.
pub fn list_comments(db: &Db, plan_id: i64, include_resolved: bool) -> Result<Vec<Comment>> {
    get_plan(db, plan_id)?;
    let mut stmt = db.conn().prepare_cached(
        "SELECT * FROM plan_comments WHERE plan_id = ?1 AND (?2 OR resolved_at IS NULL) ORDER BY id",
    )?;
    let rows = stmt.query_map(params![plan_id, include_resolved], comment_from_row)?.collect::<rusqlite::Result<_>>()?;
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
