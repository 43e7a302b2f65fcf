//! When a meeting takes place: as entered ([`ScheduleInput`], wall-clock times in a zone),
//! as saved ([`Schedule`], instants in UTC and the zone), and the columns it occupies.
//!
//! Invariants:
//! - A schedule is exactly one of timed, all-day or not yet dated (the table's CHECK
//!   constraint holds the same rule).
//! - [`row_of`] checks a saved schedule (real dates, a known zone, the end after the start,
//!   a month 1 to 12) whoever gives it: a form through [`schedule_row`], which first turns
//!   its wall-clock times into instants, or an export, whose instants are kept as they are
//!   (so a time that occurs twice when the clocks go back keeps the occurrence it was).

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::Row;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::partner::get_partner;
use crate::store::Db;
use crate::time_text::utc_text;
use crate::validate::{self, LINE_MAX};

/// When a meeting takes place, as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Schedule {
    /// Start and end instants, and the zone they were entered in (the host's, usually).
    Timed {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        time_zone: String,
        /// `start` and `end` read on the clock of `time_zone`: derived, so a file's values
        /// (absent in schema version 1) are not read back.
        #[serde(default)]
        start_local: NaiveDateTime,
        #[serde(default)]
        end_local: NaiveDateTime,
    },
    /// Whole days, first to last inclusive.
    AllDay { first: NaiveDate, last: NaiveDate },
    /// Not dated yet; perhaps the month is known. `wording` keeps what the source said.
    Undated {
        #[serde(default)]
        year: Option<i32>,
        #[serde(default)]
        month: Option<u32>,
        #[serde(default)]
        wording: String,
    },
}

/// When a meeting takes place, as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ScheduleInput {
    /// Local wall-clock times in `time_zone`; an empty zone means the host's zone.
    Timed {
        start_local: NaiveDateTime,
        end_local: NaiveDateTime,
        #[serde(default)]
        time_zone: String,
    },
    AllDay {
        first: NaiveDate,
        last: NaiveDate,
    },
    Undated {
        #[serde(default)]
        year: Option<i32>,
        #[serde(default)]
        month: Option<u32>,
        #[serde(default)]
        wording: String,
    },
}

impl From<&Schedule> for ScheduleInput {
    fn from(s: &Schedule) -> Self {
        match s {
            Schedule::Timed { start_local, end_local, time_zone, .. } => {
                ScheduleInput::Timed { start_local: *start_local, end_local: *end_local, time_zone: time_zone.clone() }
            }
            Schedule::AllDay { first, last } => ScheduleInput::AllDay { first: *first, last: *last },
            Schedule::Undated { year, month, wording } => {
                ScheduleInput::Undated { year: *year, month: *month, wording: wording.clone() }
            }
        }
    }
}

/// The columns a schedule occupies.
#[derive(Default)]
pub(crate) struct ScheduleRow {
    pub kind: &'static str,
    pub start_utc: Option<String>,
    pub end_utc: Option<String>,
    pub time_zone: Option<String>,
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub wording: Option<String>,
    pub sort_start: Option<String>,
}

/// The instant a wall-clock time in `zone` denotes. A time skipped by a clock change is an
/// error; a repeated one (autumn) means its first occurrence.
pub fn local_to_utc(field: &str, local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        chrono::LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        chrono::LocalResult::None => Err(Error::invalid(
            field,
            Message::new("error-time-skipped")
                .arg("time", local.format("%Y-%m-%d %H:%M").to_string())
                .arg("zone", zone.name()),
        )),
    }
}

/// The saved schedule a form's entry denotes (the zone defaults to the host's), checked.
pub(crate) fn schedule_row(db: &Db, input: &ScheduleInput, host: Option<i64>) -> Result<ScheduleRow> {
    let schedule = match input {
        ScheduleInput::Timed { start_local, end_local, time_zone } => {
            let zone = if time_zone.trim().is_empty() {
                let host = host.ok_or_else(|| Error::invalid("time_zone", Message::new("error-meeting-needs-zone")))?;
                validate::zone("time_zone", &get_partner(db, host)?.time_zone)?
            } else {
                validate::zone("time_zone", time_zone)?
            };
            validate::date("start", start_local.date())?;
            validate::date("end", end_local.date())?;
            Schedule::Timed {
                start: local_to_utc("start", *start_local, zone)?,
                end: local_to_utc("end", *end_local, zone)?,
                time_zone: zone.name().to_string(),
                start_local: *start_local,
                end_local: *end_local,
            }
        }
        ScheduleInput::AllDay { first, last } => Schedule::AllDay { first: *first, last: *last },
        ScheduleInput::Undated { year, month, wording } => {
            if month.is_some() && year.is_none() && wording.trim().is_empty() {
                return Err(Error::invalid("wording", Message::new("error-undated-needs-words")));
            }
            Schedule::Undated { year: *year, month: *month, wording: wording.clone() }
        }
    };
    row_of(&schedule)
}

/// Checks a saved schedule and gives the columns it occupies; see the module docs.
pub(crate) fn row_of(schedule: &Schedule) -> Result<ScheduleRow> {
    match schedule {
        Schedule::Timed { start, end, time_zone, .. } => {
            let zone = validate::zone("time_zone", time_zone)?;
            validate::date("start", start.date_naive())?;
            validate::date("end", end.date_naive())?;
            if end <= start {
                return Err(Error::invalid("end", Message::new("error-meeting-ends-before")));
            }
            Ok(ScheduleRow {
                kind: "timed",
                start_utc: Some(utc_text(*start)),
                end_utc: Some(utc_text(*end)),
                time_zone: Some(zone.name().to_string()),
                sort_start: Some(utc_text(*start)),
                ..Default::default()
            })
        }
        Schedule::AllDay { first, last } => {
            validate::date("first", *first)?;
            validate::date("last", *last)?;
            if last < first {
                let message = Message::new("error-last-day-before-first")
                    .arg("last", last.to_string())
                    .arg("first", first.to_string());
                return Err(Error::invalid("last", message));
            }
            Ok(ScheduleRow {
                kind: "all_day",
                first_date: Some(*first),
                last_date: Some(*last),
                sort_start: Some(format!("{first}T00:00:00Z")),
                ..Default::default()
            })
        }
        Schedule::Undated { year, month, wording } => {
            if let Some(y) = year {
                validate::year("year", *y)?;
            }
            if let Some(m) = month {
                if !(1..=12).contains(m) {
                    return Err(Error::invalid(
                        "month",
                        Message::new("error-not-a-month-number").arg("month", m.to_string()),
                    ));
                }
            }
            Ok(ScheduleRow {
                kind: "undated",
                year: *year,
                month: *month,
                wording: Some(validate::optional("wording", wording, LINE_MAX)?),
                ..Default::default()
            })
        }
    }
}

/// The start and end instants a schedule denotes, checked exactly as saving a meeting
/// checks it (the zone defaults to the host's); `None` for all-day and undated schedules.
pub fn schedule_instants(
    db: &Db,
    input: &ScheduleInput,
    host_partner_id: Option<i64>,
) -> Result<Option<(DateTime<Utc>, DateTime<Utc>)>> {
    let row = schedule_row(db, input, host_partner_id)?;
    let parse = |t: &Option<String>| {
        t.as_deref().and_then(|t| DateTime::parse_from_rfc3339(t).ok()).map(|t| t.with_timezone(&Utc))
    };
    Ok(parse(&row.start_utc).zip(parse(&row.end_utc)))
}

/// The schedule columns of `meetings`, in table order: a reader that selects them in this
/// order can read them by position ([`schedule_at`]), which a 20,000-meeting export feels.
pub(crate) const SCHEDULE_COLUMNS: &str =
    "m.schedule_kind, m.start_utc, m.end_utc, m.time_zone, m.first_date, m.last_date, m.undated_year, m.undated_month, m.undated_wording";

/// The schedule of a row that names its columns as the table does, in any order.
pub(crate) fn schedule_from_row(row: &Row<'_>) -> rusqlite::Result<Schedule> {
    read_schedule(
        row,
        [
            "schedule_kind",
            "start_utc",
            "end_utc",
            "time_zone",
            "first_date",
            "last_date",
            "undated_year",
            "undated_month",
            "undated_wording",
        ],
    )
}

/// The schedule of a row holding [`SCHEDULE_COLUMNS`] from position `first` on.
pub(crate) fn schedule_at(row: &Row<'_>, first: usize) -> rusqlite::Result<Schedule> {
    read_schedule(row, std::array::from_fn(|i| first + i))
}

/// `columns`: where the row holds each of [`SCHEDULE_COLUMNS`], by name or by position.
fn read_schedule<I: rusqlite::RowIndex + Copy>(row: &Row<'_>, columns: [I; 9]) -> rusqlite::Result<Schedule> {
    let [kind, start_utc, end_utc, time_zone, first_date, last_date, year, month, wording] = columns;
    let kind: String = row.get(kind)?;
    let bad = |what: &str| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("bad {what}").into())
    };
    Ok(match kind.as_str() {
        "timed" => {
            let parse = |col: I, name: &str| -> rusqlite::Result<DateTime<Utc>> {
                let text: String = row.get(col)?;
                DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).map_err(|_| bad(name))
            };
            let start = parse(start_utc, "start_utc")?;
            let end = parse(end_utc, "end_utc")?;
            let time_zone: String = row.get(time_zone)?;
            let zone: Tz = time_zone.parse().map_err(|_| bad("time_zone"))?;
            Schedule::Timed {
                start,
                end,
                start_local: start.with_timezone(&zone).naive_local(),
                end_local: end.with_timezone(&zone).naive_local(),
                time_zone,
            }
        }
        "all_day" => Schedule::AllDay { first: row.get(first_date)?, last: row.get(last_date)? },
        _ => Schedule::Undated {
            year: row.get(year)?,
            month: row.get(month)?,
            wording: row.get::<_, Option<String>>(wording)?.unwrap_or_default(),
        },
    })
}
