//! Calendars across a network: a meeting's times on every partner's clock, and the limits
//! of the calendar files Convene writes and reads.
//!
//! Coordinators pick times that work in Riga and in Lisbon; [`local_times`] shows each
//! partner's wall clock for a start and end instant, and marks what is awkward there:
//! outside 08:00-19:00, or on a Saturday or Sunday.
//!
//! The rules of calendar files hold for the window and the command line alike: a reminder
//! is between a minute and [`REMINDER_MAX_MINUTES`] before the start ([`reminder`]), and a
//! calendar file to import is at most [`IMPORT_MAX_BYTES`], checked before it is read
//! ([`read_calendar_file`]), so a wrong choice (a video, a disk image) is refused at once
//! with a message saying why, and nothing is imported. A calendar export with no event at
//! all is refused, saying why ([`refuse_empty_export`]): an empty calendar helps nobody.

use std::path::Path;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::partner::Partner;
use crate::validate;

/// The longest reminder offered: four weeks before the start.
pub const REMINDER_MAX_MINUTES: i64 = 4 * 7 * 24 * 60;

/// Calendar files larger than this are refused before reading. A network's calendar for
/// years is well under 1 MB, a person's whole Outlook calendar a few MB; 100,000 meetings
/// written by Convene are about 60 MB, which still reads (in about 15 s and 600 MB on a
/// loaded 2-core machine).
pub const IMPORT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A reminder of `minutes` before each start, or none; refused outside 1 minute to 4 weeks.
pub fn reminder(minutes: Option<i64>) -> Result<Option<Duration>> {
    match minutes {
        None => Ok(None),
        Some(m) if (1..=REMINDER_MAX_MINUTES).contains(&m) => Ok(Some(Duration::minutes(m))),
        Some(m) => Err(Error::invalid("reminder", Message::new("error-reminder-out-of-range").arg("minutes", m))),
    }
}

/// Refuses an export that holds no event, saying why: every meeting of the selection is
/// undated (`left_out_undated` of them), or none lies in `from..=to`, or there is none.
pub fn refuse_empty_export(
    events: usize,
    left_out_undated: usize,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<()> {
    if events > 0 {
        return Ok(());
    }
    let message = if left_out_undated > 0 {
        Message::new("error-export-all-undated").arg("count", left_out_undated)
    } else {
        match (from, to) {
            (Some(f), Some(t)) => {
                Message::new("error-export-none-between").arg("from", f.to_string()).arg("to", t.to_string())
            }
            (Some(f), None) => Message::new("error-export-none-from").arg("from", f.to_string()),
            (None, Some(t)) => Message::new("error-export-none-until").arg("to", t.to_string()),
            (None, None) => Message::new("error-export-none"),
        }
    };
    Err(Error::bad_input(message))
}

/// The bytes of the calendar file at `path`, refused unread when it is larger than
/// [`IMPORT_MAX_BYTES`]; a file that cannot be read says why.
pub fn read_calendar_file(path: &Path) -> Result<Vec<u8>> {
    let cannot = |e: std::io::Error| crate::input_file::cannot_read(path, &e);
    let size = std::fs::metadata(path).map_err(cannot)?.len();
    if size > IMPORT_MAX_BYTES {
        return Err(Error::bad_input(
            Message::new("error-calendar-too-large")
                .arg("file", path.display().to_string())
                .arg("size", size / (1024 * 1024))
                .arg("max", IMPORT_MAX_BYTES / (1024 * 1024)),
        ));
    }
    std::fs::read(path).map_err(cannot)
}

/// Working hours used to flag awkward local times.
pub const WORKDAY_START: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};
pub const WORKDAY_END: NaiveTime = match NaiveTime::from_hms_opt(19, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerLocalTime {
    pub partner_id: i64,
    pub partner_name: String,
    pub country: String,
    pub time_zone: String,
    pub start_local: NaiveDateTime,
    pub end_local: NaiveDateTime,
    /// The start or the end falls outside 08:00-19:00 there.
    pub outside_working_hours: bool,
    /// The start or end date is a Saturday or Sunday there.
    pub on_weekend: bool,
    /// Offset from UTC at the start, such as "+02:00".
    pub utc_offset: String,
}

fn awkward_hours(start: NaiveDateTime, end: NaiveDateTime) -> bool {
    let spans_days = end.date() > start.date()
        && !(end.date() == start.date().succ_opt().unwrap_or(end.date()) && end.time() == NaiveTime::MIN);
    start.time() < WORKDAY_START
        || start.time() > WORKDAY_END
        || end.time() > WORKDAY_END
        || (end.time() < WORKDAY_START && end.time() != NaiveTime::MIN)
        || spans_days
}

fn weekend(d: NaiveDateTime) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Start and end on the clock of each partner, in the order given.
pub fn local_times(start: DateTime<Utc>, end: DateTime<Utc>, partners: &[Partner]) -> Result<Vec<PartnerLocalTime>> {
    partners
        .iter()
        .map(|p| {
            let zone: Tz = validate::zone("time_zone", &p.time_zone)?;
            let s = start.with_timezone(&zone);
            let e = end.with_timezone(&zone);
            let (sl, el) = (s.naive_local(), e.naive_local());
            Ok(PartnerLocalTime {
                partner_id: p.id,
                partner_name: p.name.clone(),
                country: p.country.clone(),
                time_zone: p.time_zone.clone(),
                start_local: sl,
                end_local: el,
                outside_working_hours: awkward_hours(sl, el),
                on_weekend: weekend(sl) || weekend(el),
                utc_offset: s.format("%:z").to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partner::{Partner, PartnerRole};
    use chrono::TimeZone;

    fn partner(id: i64, name: &str, zone: &str) -> Partner {
        Partner {
            id,
            network_id: 1,
            name: name.into(),
            country: String::new(),
            region: String::new(),
            role: PartnerRole::Partner,
            time_zone: zone.into(),
            population: None,
            notes: String::new(),
            created_at: String::new(),
            updated_at: String::new(),
            contacts: vec![],
            local_group: vec![],
        }
    }

    #[test]
    fn riga_ten_oclock_is_nine_in_nevers_and_eight_in_fundao() {
        let riga: Tz = "Europe/Riga".parse().unwrap();
        let start = riga.with_ymd_and_hms(2027, 3, 10, 10, 0, 0).unwrap().with_timezone(&Utc);
        let end = riga.with_ymd_and_hms(2027, 3, 10, 12, 0, 0).unwrap().with_timezone(&Utc);
        let ps = [
            partner(1, "Jelgava", "Europe/Riga"),
            partner(2, "Nevers", "Europe/Paris"),
            partner(3, "Fundão", "Europe/Lisbon"),
        ];
        let t = local_times(start, end, &ps).unwrap();
        assert_eq!(t[1].start_local.format("%H:%M").to_string(), "09:00");
        assert_eq!(t[2].start_local.format("%H:%M").to_string(), "08:00");
        assert!(!t[2].outside_working_hours);
        let early = riga.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap().with_timezone(&Utc);
        let t = local_times(early, end, &ps).unwrap();
        assert!(t[2].outside_working_hours, "07:00 in Fundão is before the working day");
        assert!(!t[0].outside_working_hours);
    }

    #[test]
    fn reminders_are_none_or_between_a_minute_and_four_weeks() {
        assert_eq!(reminder(None).unwrap(), None);
        assert_eq!(reminder(Some(60)).unwrap(), Some(Duration::hours(1)));
        assert_eq!(reminder(Some(REMINDER_MAX_MINUTES)).unwrap(), Some(Duration::weeks(4)));
        for bad in [0, -60, REMINDER_MAX_MINUTES + 1] {
            let e = reminder(Some(bad)).unwrap_err();
            assert_eq!(e.field(), Some("reminder"), "{bad}: {e}");
        }
    }

    #[test]
    fn an_empty_export_says_why_nothing_was_saved() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let why = |events, undated, from, to| refuse_empty_export(events, undated, from, to).unwrap_err().to_string();
        assert!(refuse_empty_export(1, 5, None, None).is_ok(), "one event is worth saving");
        assert!(why(0, 1, None, None).contains("The meeting here is not dated yet"));
        assert!(why(0, 3, None, None).contains("All 3 meetings here are not dated yet"));
        assert!(why(0, 0, d("2027-01-01"), d("2027-06-30"))
            .contains("There is no meeting between 2027-01-01 and 2027-06-30. Nothing was saved."));
        assert!(why(0, 0, None, None).contains("There is no meeting to put in a calendar yet."));
    }

    #[test]
    fn a_calendar_file_over_the_cap_is_refused_unread_and_a_missing_one_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let small = dir.path().join("small.ics");
        std::fs::write(&small, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap();
        assert_eq!(read_calendar_file(&small).unwrap(), b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        let just_over = dir.path().join("just-over.ics");
        std::fs::File::create(&just_over).unwrap().set_len(IMPORT_MAX_BYTES + 1).unwrap();
        assert!(read_calendar_file(&just_over).is_err());
        let big = dir.path().join("film.ics");
        std::fs::File::create(&big).unwrap().set_len(100 * 1024 * 1024).unwrap();
        let e = read_calendar_file(&big).unwrap_err().to_string();
        assert!(
            e.contains("film.ics is 100 MB") && e.contains("64 MB at most") && e.contains("Nothing was imported"),
            "{e}"
        );
        let e = read_calendar_file(&dir.path().join("gone.ics")).unwrap_err().to_string();
        assert!(e.contains("gone.ics: there is no such file"), "{e}");
    }

    #[test]
    fn weekend_depends_on_the_local_date() {
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        // Friday 23:00 UTC is already Saturday in Tokyo.
        let start = Utc.with_ymd_and_hms(2027, 3, 12, 23, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2027, 3, 12, 23, 30, 0).unwrap();
        let t = local_times(start, end, &[partner(1, "Lisbon", "Europe/Lisbon"), partner(2, "Tokyo", tokyo.name())])
            .unwrap();
        assert!(!t[0].on_weekend);
        assert!(t[1].on_weekend);
    }
}
