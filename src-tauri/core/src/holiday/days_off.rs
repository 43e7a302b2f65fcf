//! A partner's own days off, recorded by its coordinator: a city's patron saint's day, a
//! local election, a strike. They count like public holidays ([`super::partner_days_off`]).
//!
//! Invariant: a partner has a given day off under a given name once (adding it again is a
//! [`Error::Conflict`]); deleting the partner deletes its days off.

use chrono::NaiveDate;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;
use crate::network::get_network;
use crate::origin::Origin;
use crate::partner::get_partner;
use crate::store::Db;
use crate::validate::{self, NAME_MAX};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DayOff {
    pub id: i64,
    /// In an export, the partner the day off is listed under.
    #[serde(default)]
    pub partner_id: i64,
    pub date: NaiveDate,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DayOffInput {
    pub date: NaiveDate,
    /// What the day is ("Saint John's Day", "Municipal election").
    pub name: String,
}

impl From<&DayOff> for DayOffInput {
    fn from(d: &DayOff) -> Self {
        DayOffInput { date: d.date, name: d.name.clone() }
    }
}

fn day_off_from_row(row: &Row<'_>) -> rusqlite::Result<DayOff> {
    Ok(DayOff {
        id: row.get("id")?,
        partner_id: row.get("partner_id")?,
        date: row.get("date")?,
        name: row.get("name")?,
    })
}

/// Records a day off for a partner.
pub fn add_day_off(db: &mut Db, partner_id: i64, input: DayOffInput) -> Result<DayOff> {
    let id = insert_day_off(db, partner_id, &input, &Origin::Form)?;
    get_day_off(db, id)
}

pub(crate) fn insert_day_off(db: &Db, partner_id: i64, input: &DayOffInput, origin: &Origin) -> Result<i64> {
    let date = validate::date("date", input.date)?;
    let name = validate::required("name", &input.name, NAME_MAX)?;
    let partner = get_partner(db, partner_id)?;
    let taken: bool = db.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM partner_days_off WHERE partner_id = ?1 AND date = ?2 AND name = ?3)",
        params![partner_id, date, name],
        |r| r.get(0),
    )?;
    if taken {
        let clash = Message::new("error-day-off-twice")
            .arg("partner", &partner.name)
            .arg("name", name)
            .arg("date", date.to_string());
        return Err(Error::conflict(clash));
    }
    db.conn().execute(
        "INSERT INTO partner_days_off (id, partner_id, date, name) VALUES (?1, ?2, ?3, ?4)",
        params![origin.id(), partner_id, date, name],
    )?;
    Ok(db.conn().last_insert_rowid())
}

pub fn get_day_off(db: &Db, id: i64) -> Result<DayOff> {
    db.conn()
        .query_row("SELECT * FROM partner_days_off WHERE id = ?1", [id], day_off_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-day-off-id").arg("id", id.to_string())))
}

pub fn delete_day_off(db: &mut Db, id: i64) -> Result<()> {
    get_day_off(db, id)?;
    db.conn().execute("DELETE FROM partner_days_off WHERE id = ?1", [id])?;
    Ok(())
}

/// The days off recorded for one partner, by date.
pub fn days_off_of(db: &Db, partner_id: i64) -> Result<Vec<DayOff>> {
    let mut stmt =
        db.conn().prepare_cached("SELECT * FROM partner_days_off WHERE partner_id = ?1 ORDER BY date, name, id")?;
    let rows = stmt.query_map([partner_id], day_off_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The days off recorded for the partners of a network, by date, then partner name.
pub fn list_days_off(db: &Db, network_id: i64) -> Result<Vec<DayOff>> {
    get_network(db, network_id)?;
    let mut stmt = db.conn().prepare_cached(
        "SELECT d.* FROM partner_days_off d JOIN partners p ON p.id = d.partner_id
         WHERE p.network_id = ?1 ORDER BY d.date, p.name COLLATE NOCASE, d.name, d.id",
    )?;
    let rows = stmt.query_map([network_id], day_off_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The days off of a network's partners from `from` to `to` inclusive.
pub(crate) fn days_off_between(db: &Db, network_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayOff>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT d.* FROM partner_days_off d JOIN partners p ON p.id = d.partner_id
         WHERE p.network_id = ?1 AND d.date BETWEEN ?2 AND ?3 ORDER BY d.date, d.id",
    )?;
    let rows = stmt.query_map(params![network_id, from, to], day_off_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
