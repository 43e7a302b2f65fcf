//! Milestones: steps of a network that are not meetings ("Phase 2 approved", "IAP due").
//!
//! A milestone has a kind, a done flag and a date known to the day or only to the month.
//! Invariant: a month-precision milestone is stored on the first day of its month, so
//! sorting by date puts "June 2027" before "15 June 2027" and the timeline can place it;
//! [`MilestoneInput`] with [`DatePrecision::Month`] accepts any day of the month and keeps
//! the first.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;
use crate::labels::text_enum;
use crate::network::get_network;
use crate::origin::Origin;
use crate::store::Db;
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

text_enum! {
    /// What sort of step a milestone is.
    pub enum MilestoneKind {
        Phase = "phase" / "Phase start or end",
        Deadline = "deadline" / "Deadline",
        Deliverable = "deliverable" / "Deliverable",
        Decision = "decision" / "Decision",
        Event = "event" / "Event",
        Other = "other" / "Other",
    }
}

// `text_enum!` variants cannot carry `#[default]`, so the impl is written out.
#[allow(clippy::derivable_impls)]
impl Default for MilestoneKind {
    fn default() -> Self {
        MilestoneKind::Other
    }
}

text_enum! {
    /// How exactly a milestone's date is known.
    pub enum DatePrecision {
        Day = "day" / "Day",
        Month = "month" / "Month",
    }
}

#[allow(clippy::derivable_impls)]
impl Default for DatePrecision {
    fn default() -> Self {
        DatePrecision::Day
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub id: i64,
    /// In an export, the network the milestone is listed under (absent in schema version 1).
    #[serde(default)]
    pub network_id: i64,
    /// The day, or the first day of the month when `precision` is `month`.
    pub date: NaiveDate,
    /// Absent in files written before milestones had a precision: `day`.
    #[serde(default)]
    pub precision: DatePrecision,
    /// Absent in files written before milestones had a kind: `other`.
    #[serde(default)]
    pub kind: MilestoneKind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub done: bool,
    /// The URBACT page the milestone was imported from.
    #[serde(default)]
    pub source_ref: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MilestoneInput {
    /// With `precision` `month`, any day of the month; the first is kept.
    pub date: NaiveDate,
    #[serde(default)]
    pub precision: DatePrecision,
    #[serde(default)]
    pub kind: MilestoneKind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub done: bool,
}

impl MilestoneInput {
    /// A milestone on a day, of kind other, not done.
    pub fn on(date: NaiveDate, title: &str) -> Self {
        MilestoneInput {
            date,
            precision: DatePrecision::Day,
            kind: MilestoneKind::Other,
            title: title.into(),
            description: String::new(),
            done: false,
        }
    }
}

impl From<&Milestone> for MilestoneInput {
    fn from(m: &Milestone) -> Self {
        MilestoneInput {
            date: m.date,
            precision: m.precision,
            kind: m.kind,
            title: m.title.clone(),
            description: m.description.clone(),
            done: m.done,
        }
    }
}

/// A milestone's values after the rules: what is stored.
struct CleanMilestone {
    date: NaiveDate,
    title: String,
    description: String,
}

fn clean_milestone(input: &MilestoneInput) -> Result<CleanMilestone> {
    validate::date("date", input.date)?;
    let date = match input.precision {
        DatePrecision::Day => input.date,
        DatePrecision::Month => input.date.with_day(1).expect("the first day of a month exists"),
    };
    Ok(CleanMilestone {
        date,
        title: validate::required("title", &input.title, TITLE_MAX)?,
        description: validate::optional("description", &input.description, TEXT_MAX)?,
    })
}

pub fn create_milestone(db: &mut Db, network_id: i64, input: MilestoneInput) -> Result<Milestone> {
    let id = insert_milestone(db, network_id, &input, &Origin::Form)?;
    get_milestone(db, id)
}

pub(crate) fn insert_milestone(db: &mut Db, network_id: i64, input: &MilestoneInput, origin: &Origin) -> Result<i64> {
    get_network(db, network_id)?;
    let clean = clean_milestone(input)?;
    db.conn().execute(
        "INSERT INTO milestones (id, network_id, date, precision, kind, title, description, done, source_ref)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            origin.id(),
            network_id,
            clean.date,
            input.precision,
            input.kind,
            clean.title,
            clean.description,
            input.done,
            origin.source_ref()?
        ],
    )?;
    Ok(db.conn().last_insert_rowid())
}

pub fn update_milestone(db: &mut Db, id: i64, input: MilestoneInput) -> Result<Milestone> {
    get_milestone(db, id)?;
    let clean = clean_milestone(&input)?;
    db.conn().execute(
        "UPDATE milestones SET date = ?2, precision = ?3, kind = ?4, title = ?5, description = ?6, done = ?7
         WHERE id = ?1",
        params![id, clean.date, input.precision, input.kind, clean.title, clean.description, input.done],
    )?;
    get_milestone(db, id)
}

const COLUMNS: &str = "id, network_id, date, precision, kind, title, description, done, source_ref";

fn from_row(r: &Row) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: r.get(0)?,
        network_id: r.get(1)?,
        date: r.get(2)?,
        precision: r.get(3)?,
        kind: r.get(4)?,
        title: r.get(5)?,
        description: r.get(6)?,
        done: r.get(7)?,
        source_ref: r.get(8)?,
    })
}

pub fn get_milestone(db: &Db, id: i64) -> Result<Milestone> {
    db.conn()
        .query_row(&format!("SELECT {COLUMNS} FROM milestones WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-milestone-id").arg("id", id.to_string())))
}

pub fn list_milestones(db: &Db, network_id: i64) -> Result<Vec<Milestone>> {
    let mut stmt = db
        .conn()
        .prepare_cached(&format!("SELECT {COLUMNS} FROM milestones WHERE network_id = ?1 ORDER BY date, id"))?;
    let rows = stmt.query_map([network_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_milestone(db: &mut Db, id: i64) -> Result<()> {
    get_milestone(db, id)?;
    db.conn().execute("DELETE FROM milestones WHERE id = ?1", [id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::{create_network, NetworkInput, NetworkKind};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_month_milestone_is_kept_on_the_first_of_its_month_and_sorts_before_its_days() {
        let mut db = Db::open_in_memory().unwrap();
        let network = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
        create_milestone(&mut db, network.id, MilestoneInput::on(day("2027-06-15"), "Peer review")).unwrap();
        let due = create_milestone(
            &mut db,
            network.id,
            MilestoneInput {
                precision: DatePrecision::Month,
                kind: MilestoneKind::Deadline,
                ..MilestoneInput::on(day("2027-06-20"), "IAP due")
            },
        )
        .unwrap();
        assert_eq!(due.date, day("2027-06-01"));
        assert_eq!(due.precision, DatePrecision::Month);
        assert_eq!(due.kind, MilestoneKind::Deadline);
        let titles: Vec<String> = list_milestones(&db, network.id).unwrap().into_iter().map(|m| m.title).collect();
        assert_eq!(titles, ["IAP due", "Peer review"]);
    }

    #[test]
    fn marking_a_milestone_done_keeps_the_rest_and_a_bad_title_changes_nothing() {
        let mut db = Db::open_in_memory().unwrap();
        let network = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
        let m =
            create_milestone(&mut db, network.id, MilestoneInput::on(day("2027-05-07"), "Phase 2 approved")).unwrap();
        assert!(!m.done);
        let done =
            update_milestone(&mut db, m.id, MilestoneInput { done: true, ..MilestoneInput::on(m.date, &m.title) })
                .unwrap();
        assert!(done.done);
        assert_eq!(done.title, "Phase 2 approved");
        let err = update_milestone(&mut db, m.id, MilestoneInput::on(m.date, "  ")).unwrap_err();
        assert!(matches!(err, Error::Invalid { ref field, .. } if field == "title"), "{err:?}");
        assert_eq!(get_milestone(&db, m.id).unwrap(), done);
    }
}
