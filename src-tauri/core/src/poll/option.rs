//! A date a poll offers, as typed and as saved.
//!
//! Written the way the CLI and the window take it:
//! - `2027-03-15 10:00/12:00`: a timed option on the clock of the poll's zone (`--tz`, else
//!   the host's), saved as UTC instants with that zone, like a meeting;
//! - `2027-03-15`, or `2027-03-15/2027-03-17` for several days: an all-day option, saved
//!   as dates only, so it is the same days in every partner's zone.
//!
//! A time the clocks skip is refused; a time they repeat means its first pass (the rule of
//! [`local_to_utc`]). Dates lie within Convene's years (1990-2100).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::meeting::schedule::row_of;
use crate::meeting::{local_to_utc, Schedule};
use crate::partner::get_partner;
use crate::schedule_text::ScheduleParts;
use crate::store::Db;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollOption {
    pub id: i64,
    #[serde(default)]
    pub poll_id: i64,
    /// 1, 2, 3 in the poll's order: how people and the CLI name an option.
    pub number: i64,
    /// The iCalendar UID of the option's tentative hold.
    pub uid: String,
    /// Timed or all-day, never undated.
    pub schedule: Schedule,
    /// The option on the poll's clock, as the window reads it: derived, not read back.
    #[serde(default, skip_deserializing)]
    pub when: ScheduleParts,
}

/// A refused option: `id` says what is wrong with `whole` (the option as typed), and the
/// message goes on with the forms an option is written in.
fn refused(field: &str, id: &'static str, whole: &str) -> Error {
    Error::invalid(field, Message::new(id).arg("option", whole))
}

/// The zone timed options are entered in: `time_zone` when given, else the host's.
pub(crate) fn poll_zone(db: &Db, time_zone: &str, host: Option<i64>) -> Result<Option<Tz>> {
    if !time_zone.trim().is_empty() {
        return validate::zone("time_zone", time_zone).map(Some);
    }
    match host {
        Some(id) => validate::zone("time_zone", &get_partner(db, id)?.time_zone).map(Some),
        None => Ok(None),
    }
}

fn date(field: &str, text: &str) -> Result<NaiveDate> {
    let d = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| refused(field, "error-poll-option-not-a-date", text.trim()))?;
    validate::date(field, d)
}

fn clock(field: &str, text: &str, whole: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::invalid(field, Message::new("error-poll-option-no-clock").arg("option", whole).arg("time", text.trim()))
    })
}

/// Reads one option (see the module docs); `zone` is needed for a timed one.
pub fn parse_option(field: &str, text: &str, zone: Option<Tz>) -> Result<Schedule> {
    let whole = text.trim();
    if whole.is_empty() {
        return Err(Error::invalid(field, Message::new("error-poll-option-empty")));
    }
    let Some((day, times)) = whole.split_once(' ') else {
        let (first, last) = match whole.split_once('/') {
            Some((a, b)) => (date(field, a)?, date(field, b)?),
            None => {
                let d = date(field, whole)?;
                (d, d)
            }
        };
        if last < first {
            return Err(Error::invalid(
                field,
                Message::new("error-poll-option-last-before-first").arg("option", whole),
            ));
        }
        return Ok(Schedule::AllDay { first, last });
    };
    let day = date(field, day)?;
    let (start, end) = times.trim().split_once('/').ok_or_else(|| refused(field, "error-poll-option-no-end", whole))?;
    let (start, end) = (clock(field, start, whole)?, clock(field, end, whole)?);
    if end <= start {
        return Err(refused(field, "error-poll-option-end-not-after-start", whole));
    }
    let zone = zone.ok_or_else(|| {
        Error::invalid("time_zone", Message::new("error-poll-option-needs-zone").arg("option", whole))
    })?;
    let (start_local, end_local): (NaiveDateTime, NaiveDateTime) = (day.and_time(start), day.and_time(end));
    Ok(Schedule::Timed {
        start: local_to_utc(field, start_local, zone)?,
        end: local_to_utc(field, end_local, zone)?,
        time_zone: zone.name().to_string(),
        start_local,
        end_local,
    })
}

/// Saves an option; `id` is kept from an export.
pub(crate) fn insert_option(
    db: &Db,
    poll_id: i64,
    id: Option<i64>,
    number: i64,
    uid: &str,
    schedule: &Schedule,
) -> Result<()> {
    if matches!(schedule, Schedule::Undated { .. }) {
        return Err(Error::invalid("schedule", Message::new("error-poll-option-undated")));
    }
    let uid = validate::required("uid", uid, validate::LINE_MAX)?;
    let s = row_of(schedule)?;
    db.conn().execute(
        "INSERT INTO poll_options (id, poll_id, position, uid, schedule_kind, start_utc, end_utc, time_zone,
            first_date, last_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![id, poll_id, number, uid, s.kind, s.start_utc, s.end_utc, s.time_zone, s.first_date, s.last_date],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn riga() -> Option<Tz> {
        Some(chrono_tz::Europe::Riga)
    }

    #[test]
    fn timed_options_are_instants_on_the_zones_clock() {
        let Schedule::Timed { start, end, time_zone, .. } =
            parse_option("o", "2027-03-15 10:00/12:00", riga()).unwrap()
        else {
            panic!("timed")
        };
        assert_eq!(start.to_rfc3339(), "2027-03-15T08:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2027-03-15T10:00:00+00:00");
        assert_eq!(time_zone, "Europe/Riga");
    }

    #[test]
    fn all_day_options_are_dates_whatever_the_zone() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            parse_option("o", "2027-03-15", None).unwrap(),
            Schedule::AllDay { first: d("2027-03-15"), last: d("2027-03-15") }
        );
        assert_eq!(
            parse_option("o", "2027-03-15/2027-03-17", riga()).unwrap(),
            Schedule::AllDay { first: d("2027-03-15"), last: d("2027-03-17") }
        );
    }

    #[test]
    fn bad_options_are_refused_naming_the_field() {
        for bad in
            ["", "15/03/2027", "2027-02-30", "2027-03-15 10:00", "2027-03-15 12:00/10:00", "2027-03-15 25:00/26:00"]
        {
            assert_eq!(parse_option("options[1]", bad, riga()).unwrap_err().field(), Some("options[1]"), "{bad}");
        }
        let err = parse_option("options[0]", "2027-03-28 03:30/04:30", riga()).unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = parse_option("options[0]", "2027-03-15 10:00/12:00", None).unwrap_err();
        assert_eq!(err.field(), Some("time_zone"));
    }
}
