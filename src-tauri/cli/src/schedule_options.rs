//! Reading a meeting's date and time from the command line: the options `--start`, `--end`,
//! `--tz`, `--date`, `--until`, `--month` and `--wording` of `meeting add|update`, and
//! `--to` of `meeting postpone`, turned into the core's [`ScheduleInput`].
//!
//! Times are "YYYY-MM-DD HH:MM" on the clock of the meeting's zone; an end may be just
//! "HH:MM" on the start's day. A new start alone keeps the meeting's length; a new first
//! day alone keeps its number of days. The core checks the result (zone, order, years).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use convene_core::i18n::Message;
use convene_core::meeting::ScheduleInput;
use convene_core::validate::parse_date;
use convene_core::{Error, Result};

pub fn parse_datetime(field: &str, text: &str) -> Result<NaiveDateTime> {
    let t = text.trim();
    for format in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(v) = NaiveDateTime::parse_from_str(t, format) {
            return Ok(v);
        }
    }
    Err(Error::invalid(field, Message::new("cli-not-a-date-time").arg("text", text)))
}

/// `--end`: a full date and time, or a time on `day`.
fn parse_end(text: &str, day: NaiveDate) -> Result<NaiveDateTime> {
    let text = text.trim();
    if let Ok(t) = NaiveTime::parse_from_str(text, "%H:%M") {
        return Ok(day.and_time(t));
    }
    parse_datetime("end", text)
}

fn parse_month(text: &str) -> Result<(Option<i32>, Option<u32>)> {
    let t = text.trim();
    if t.is_empty() {
        return Ok((None, None));
    }
    let bad = || Error::invalid("month", Message::new("cli-not-a-month").arg("text", text));
    let (year, month) = match t.split_once('-') {
        Some((y, m)) => (y.parse::<i32>().map_err(|_| bad())?, Some(m.parse::<u32>().map_err(|_| bad())?)),
        None => (t.parse::<i32>().map_err(|_| bad())?, None),
    };
    Ok((Some(year), month))
}

/// The schedule after the given options are applied to `current`.
#[allow(clippy::too_many_arguments)]
pub fn new_schedule(
    current: &ScheduleInput,
    start: Option<String>,
    end: Option<String>,
    tz: Option<String>,
    date: Option<String>,
    until: Option<String>,
    month: Option<String>,
    wording: Option<String>,
    undated: bool,
) -> Result<ScheduleInput> {
    if start.is_some() || end.is_some() || tz.is_some() {
        let (old_start, old_end, old_zone) = match current {
            ScheduleInput::Timed { start_local, end_local, time_zone } => {
                (Some(*start_local), Some(*end_local), time_zone.clone())
            }
            _ => (None, None, String::new()),
        };
        let start_local = match &start {
            Some(s) => parse_datetime("start", s)?,
            None => old_start.ok_or_else(|| Error::invalid("start", Message::new("cli-meeting-no-start-yet")))?,
        };
        let end_local = match (&end, old_start, old_end) {
            (Some(e), _, _) => parse_end(e, start_local.date())?,
            (None, Some(s), Some(e)) => start_local + (e - s),
            _ => return Err(Error::invalid("end", Message::new("cli-meeting-end-needed"))),
        };
        let time_zone = tz.unwrap_or(old_zone);
        return Ok(ScheduleInput::Timed { start_local, end_local, time_zone });
    }
    if date.is_some() || until.is_some() {
        let (old_first, old_last) = match current {
            ScheduleInput::AllDay { first, last } => (Some(*first), Some(*last)),
            _ => (None, None),
        };
        let first = match &date {
            Some(d) => parse_date("first", d)?,
            None => old_first.ok_or_else(|| Error::invalid("first", Message::new("cli-meeting-no-day-yet")))?,
        };
        let last = match (&until, old_first, old_last) {
            (Some(u), _, _) => parse_date("last", u)?,
            (None, Some(f), Some(l)) if date.is_some() => first + Duration::days((l - f).num_days()),
            (None, _, Some(l)) => l,
            _ => first,
        };
        return Ok(ScheduleInput::AllDay { first, last });
    }
    if undated || month.is_some() || wording.is_some() {
        let (old_year, old_month, old_wording) = match current {
            ScheduleInput::Undated { year, month, wording } => (*year, *month, wording.clone()),
            _ => (None, None, String::new()),
        };
        let (year, month) = match month {
            Some(m) => parse_month(&m)?,
            None => (old_year, old_month),
        };
        return Ok(ScheduleInput::Undated { year, month, wording: wording.unwrap_or(old_wording) });
    }
    Ok(current.clone())
}
