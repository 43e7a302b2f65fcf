//! Integrated Action Plans: what each partner city commits to (drafting comes later).

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::labels::text_enum;
use crate::network::get_network;
use crate::partner::get_partner;
use crate::store::{now_text, Db};
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

text_enum! {
    pub enum PlanStatus {
        Draft = "draft" / "Draft",
        InReview = "in_review" / "In review",
        Final = "final" / "Final",
        Adopted = "adopted" / "Adopted",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionPlan {
    pub id: i64,
    pub network_id: i64,
    pub partner_id: Option<i64>,
    pub partner_name: Option<String>,
    pub title: String,
    pub summary: String,
    pub status: PlanStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionPlanInput {
    #[serde(default)]
    pub partner_id: Option<i64>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: PlanStatus,
}

fn check(db: &Db, network_id: i64, input: &ActionPlanInput) -> Result<(String, String)> {
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    let summary = validate::optional("summary", &input.summary, TEXT_MAX)?;
    if let Some(p) = input.partner_id {
        let partner = get_partner(db, p).map_err(|_| Error::invalid("partner_id", "that partner does not exist"))?;
        if partner.network_id != network_id {
            return Err(Error::invalid("partner_id", format!("{} is not a partner of this network", partner.name)));
        }
    }
    Ok((title, summary))
}

pub fn create_plan(db: &mut Db, network_id: i64, input: ActionPlanInput) -> Result<ActionPlan> {
    let id = insert_plan(db, network_id, &input, None)?;
    get_plan(db, id)
}

pub(crate) fn insert_plan(db: &mut Db, network_id: i64, input: &ActionPlanInput, source_ref: Option<&str>) -> Result<i64> {
    get_network(db, network_id)?;
    let (title, summary) = check(db, network_id, input)?;
    let now = now_text();
    db.conn().execute(
        "INSERT INTO action_plans (network_id, partner_id, title, summary, status, source_ref, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![network_id, input.partner_id, title, summary, input.status, source_ref, now],
    )?;
    Ok(db.conn().last_insert_rowid())
}

pub fn update_plan(db: &mut Db, id: i64, input: ActionPlanInput) -> Result<ActionPlan> {
    let before = get_plan(db, id)?;
    let (title, summary) = check(db, before.network_id, &input)?;
    db.conn().execute(
        "UPDATE action_plans SET partner_id = ?2, title = ?3, summary = ?4, status = ?5, updated_at = ?6 WHERE id = ?1",
        params![id, input.partner_id, title, summary, input.status, now_text()],
    )?;
    get_plan(db, id)
}

fn plan_from_row(r: &Row<'_>) -> rusqlite::Result<ActionPlan> {
    Ok(ActionPlan {
        id: r.get("id")?,
        network_id: r.get("network_id")?,
        partner_id: r.get("partner_id")?,
        partner_name: r.get("partner_name")?,
        title: r.get("title")?,
        summary: r.get("summary")?,
        status: r.get("status")?,
    })
}

const PLAN_COLUMNS: &str = "a.*, (SELECT name FROM partners p WHERE p.id = a.partner_id) AS partner_name";

pub fn get_plan(db: &Db, id: i64) -> Result<ActionPlan> {
    db.conn()
        .query_row(&format!("SELECT {PLAN_COLUMNS} FROM action_plans a WHERE a.id = ?1"), [id], plan_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("there is no action plan with id {id}")))
}

pub fn list_plans(db: &Db, network_id: i64) -> Result<Vec<ActionPlan>> {
    let mut stmt = db.conn().prepare_cached(&format!(
        "SELECT {PLAN_COLUMNS} FROM action_plans a WHERE a.network_id = ?1 ORDER BY partner_name COLLATE NOCASE, a.id"
    ))?;
    let rows = stmt.query_map([network_id], plan_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_plan(db: &mut Db, id: i64) -> Result<()> {
    get_plan(db, id)?;
    db.conn().execute("DELETE FROM action_plans WHERE id = ?1", [id])?;
    Ok(())
}
