//! Milestones: dated events of a network that are not meetings ("Phase 2 approved").

use chrono::NaiveDate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::network::get_network;
use crate::store::Db;
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub id: i64,
    pub network_id: i64,
    pub date: NaiveDate,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MilestoneInput {
    pub date: NaiveDate,
    pub title: String,
    #[serde(default)]
    pub description: String,
}

pub fn create_milestone(db: &mut Db, network_id: i64, input: MilestoneInput) -> Result<Milestone> {
    let id = insert_milestone(db, network_id, &input, None)?;
    get_milestone(db, id)
}

pub(crate) fn insert_milestone(
    db: &mut Db,
    network_id: i64,
    input: &MilestoneInput,
    source_ref: Option<&str>,
) -> Result<i64> {
    get_network(db, network_id)?;
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    let description = validate::optional("description", &input.description, TEXT_MAX)?;
    validate::date("date", input.date)?;
    db.conn().execute(
        "INSERT INTO milestones (network_id, date, title, description, source_ref) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![network_id, input.date, title, description, source_ref],
    )?;
    Ok(db.conn().last_insert_rowid())
}

pub fn update_milestone(db: &mut Db, id: i64, input: MilestoneInput) -> Result<Milestone> {
    get_milestone(db, id)?;
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    let description = validate::optional("description", &input.description, TEXT_MAX)?;
    validate::date("date", input.date)?;
    db.conn().execute(
        "UPDATE milestones SET date = ?2, title = ?3, description = ?4 WHERE id = ?1",
        params![id, input.date, title, description],
    )?;
    get_milestone(db, id)
}

pub fn get_milestone(db: &Db, id: i64) -> Result<Milestone> {
    db.conn()
        .query_row(
            "SELECT id, network_id, date, title, description FROM milestones WHERE id = ?1",
            [id],
            |r| Ok(Milestone { id: r.get(0)?, network_id: r.get(1)?, date: r.get(2)?, title: r.get(3)?, description: r.get(4)? }),
        )
        .optional()?
        .ok_or_else(|| Error::not_found(format!("there is no milestone with id {id}")))
}

pub fn list_milestones(db: &Db, network_id: i64) -> Result<Vec<Milestone>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, network_id, date, title, description FROM milestones WHERE network_id = ?1 ORDER BY date, id",
    )?;
    let rows = stmt
        .query_map([network_id], |r| {
            Ok(Milestone { id: r.get(0)?, network_id: r.get(1)?, date: r.get(2)?, title: r.get(3)?, description: r.get(4)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_milestone(db: &mut Db, id: i64) -> Result<()> {
    get_milestone(db, id)?;
    db.conn().execute("DELETE FROM milestones WHERE id = ?1", [id])?;
    Ok(())
}
