//! Recurring events (RRULE, RDATE, EXDATE) expanded into the occurrences that fall within
//! a span of dates, with the `rrule` crate.
//!
//! Convene has no recurring meetings: a network meets a handful of times, each meeting
//! with its own agenda and attendance. So a recurring event in an imported file becomes
//! one meeting per occurrence inside the network's dates. Each occurrence is named by
//! [`occurrence_key`] (its start date, or date and time when a series meets twice a day),
//! which is stable across imports, so importing the same file again finds the same
//! meetings.
//!
//! Invariants: at most [`MAX_OCCURRENCES`] occurrences per series (more is refused, not
//! cut); occurrences come out in time order without duplicates; an EXDATE removes the
//! occurrence starting at that instant (or on that date, for all-day series).

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::i18n::Message;

/// The most occurrences one recurring event may produce within the network's dates.
pub const MAX_OCCURRENCES: usize = 1_000;

/// When an occurrence starts: an instant in its zone, or a whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Timed(DateTime<Tz>),
    Day(NaiveDate),
}

impl Start {
    /// The calendar date the occurrence starts on, on its own clock.
    pub fn date(&self) -> NaiveDate {
        match self {
            Start::Timed(t) => t.date_naive(),
            Start::Day(d) => *d,
        }
    }

    fn as_rrule(&self) -> DateTime<rrule::Tz> {
        match self {
            Start::Timed(t) => t.with_timezone(&rrule::Tz::Tz(t.timezone())),
            Start::Day(d) => rrule::Tz::UTC.from_utc_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default()),
        }
    }
}

/// A recurring event's rules, as read from the file.
pub struct Series<'a> {
    pub start: Start,
    /// RRULE values ("FREQ=WEEKLY;COUNT=6").
    pub rules: &'a [String],
    pub rdates: &'a [Start],
    pub exdates: &'a [Start],
}

/// Rewrites the UNTIL of `rule` as a UTC instant (`20270630T215959Z`), which the `rrule`
/// crate requires when the start has a zone. A date means the end of that day; a floating
/// time is converted with `to_utc`; a UTC time is kept.
pub fn rule_with_utc_until(rule: &str, to_utc: impl Fn(NaiveDateTime) -> Option<DateTime<Utc>>) -> String {
    rule.split(';')
        .map(|part| {
            let Some((key, value)) = part.split_once('=') else { return part.to_string() };
            if !key.trim().eq_ignore_ascii_case("UNTIL") || value.ends_with('Z') {
                return part.to_string();
            }
            let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
                .ok()
                .or_else(|| NaiveDate::parse_from_str(value, "%Y%m%d").ok().and_then(|d| d.and_hms_opt(23, 59, 59)));
            match local.and_then(&to_utc) {
                Some(utc) => format!("UNTIL={}", utc.format("%Y%m%dT%H%M%SZ")),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// The occurrences of `series` that start on a date within `from..=to`, in time order.
/// An error says what is wrong with a rule (the caller adds the line).
pub fn occurrences(series: &Series<'_>, from: NaiveDate, to: NaiveDate) -> Result<Vec<Start>, Message> {
    let zone = match series.start {
        Start::Timed(t) => Some(t.timezone()),
        Start::Day(_) => None,
    };
    let to_utc = |local: NaiveDateTime| match zone {
        Some(tz) => tz.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc)),
        None => Some(Utc.from_utc_datetime(&local)),
    };
    let dt_start = series.start.as_rrule();
    let mut set = rrule::RRuleSet::new(dt_start);
    for rule in series.rules {
        let rule = rule_with_utc_until(rule, to_utc);
        let parsed = rule.parse::<rrule::RRule<rrule::Unvalidated>>().map_err(|e| {
            Message::new("error-ical-rule-unreadable")
                .arg("rule", &rule)
                .arg("detail", e.to_string().trim_end_matches('.'))
        })?;
        let valid = parsed.validate(dt_start).map_err(|e| {
            Message::new("error-ical-rule-unusable")
                .arg("rule", &rule)
                .arg("detail", e.to_string().trim_end_matches('.'))
        })?;
        set = set.rrule(valid);
    }
    for rdate in series.rdates {
        set = set.rdate(rdate.as_rrule());
    }
    for exdate in series.exdates {
        set = set.exdate(exdate.as_rrule());
    }
    let margin = chrono::Days::new(2);
    let after = from.checked_sub_days(margin).unwrap_or(from).and_hms_opt(0, 0, 0).unwrap_or_default();
    let before = to.checked_add_days(margin).unwrap_or(to).and_hms_opt(0, 0, 0).unwrap_or_default();
    let result = set
        .after(rrule::Tz::UTC.from_utc_datetime(&after))
        .before(rrule::Tz::UTC.from_utc_datetime(&before))
        .all((MAX_OCCURRENCES + 10) as u16);
    let mut starts: Vec<Start> = result
        .dates
        .into_iter()
        .map(|d| match series.start {
            Start::Timed(t) => Start::Timed(d.with_timezone(&t.timezone())),
            Start::Day(_) => Start::Day(d.date_naive()),
        })
        .filter(|s| (from..=to).contains(&s.date()))
        .filter(|s| !excluded_day(s, series.exdates))
        .collect();
    starts.dedup();
    if starts.len() > MAX_OCCURRENCES {
        return Err(Message::new("error-ical-too-many-occurrences")
            .arg("max", MAX_OCCURRENCES.to_string())
            .arg("from", from.to_string())
            .arg("to", to.to_string()));
    }
    Ok(starts)
}

/// An all-day EXDATE removes its day even when written as a date-time.
fn excluded_day(start: &Start, exdates: &[Start]) -> bool {
    matches!(start, Start::Day(day) if exdates.iter().any(|e| e.date() == *day))
}

/// The stable name of an occurrence, appended to the event's UID: `20270315`, or
/// `20270315T100000` when `same_day_twice` (two occurrences on one date).
pub fn occurrence_key(start: &Start, same_day_twice: bool) -> String {
    match start {
        Start::Timed(t) if same_day_twice => t.naive_local().format("%Y%m%dT%H%M%S").to_string(),
        other => other.date().format("%Y%m%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn riga(y: i32, m: u32, d: u32, h: u32) -> Start {
        let tz: Tz = "Europe/Riga".parse().unwrap();
        Start::Timed(tz.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap())
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekly_with_exdate_and_until_in_local_time_keeps_wall_clock_across_dst() {
        let rules = vec!["FREQ=WEEKLY;BYDAY=WE;UNTIL=20270414T100000".to_string()];
        let ex = vec![riga(2027, 3, 24, 10)];
        let s = Series { start: riga(2027, 3, 10, 10), rules: &rules, rdates: &[], exdates: &ex };
        let got = occurrences(&s, day(2027, 1, 1), day(2027, 12, 31)).unwrap();
        let dates: Vec<_> = got.iter().map(|s| s.date().to_string()).collect();
        assert_eq!(dates, ["2027-03-10", "2027-03-17", "2027-03-31", "2027-04-07", "2027-04-14"]);
        for s in &got {
            let Start::Timed(t) = s else { panic!() };
            assert_eq!(t.format("%H:%M").to_string(), "10:00", "Riga wall clock after the March change too");
        }
    }

    #[test]
    fn bounded_by_the_network_dates_and_refused_when_endless_daily() {
        let rules = vec!["FREQ=MONTHLY;BYDAY=1MO".to_string()];
        let s = Series { start: Start::Day(day(2026, 1, 5)), rules: &rules, rdates: &[], exdates: &[] };
        let got = occurrences(&s, day(2027, 1, 1), day(2027, 3, 31)).unwrap();
        assert_eq!(got, vec![Start::Day(day(2027, 1, 4)), Start::Day(day(2027, 2, 1)), Start::Day(day(2027, 3, 1))]);
        let daily = vec!["FREQ=HOURLY".to_string()];
        let s = Series { start: riga(2027, 1, 1, 10), rules: &daily, rdates: &[], exdates: &[] };
        let err = occurrences(&s, day(2027, 1, 1), day(2029, 12, 31)).unwrap_err();
        assert!(err.contains("more than 1000 times"), "{err}");
    }

    #[test]
    fn keys() {
        assert_eq!(occurrence_key(&riga(2027, 3, 10, 10), false), "20270310");
        assert_eq!(occurrence_key(&riga(2027, 3, 10, 10), true), "20270310T100000");
        assert_eq!(occurrence_key(&Start::Day(day(2027, 3, 10)), true), "20270310");
        assert_eq!(
            rule_with_utc_until("FREQ=DAILY;UNTIL=20270630", |l| Some(Utc.from_utc_datetime(&l))),
            "FREQ=DAILY;UNTIL=20270630T235959Z"
        );
    }
}
