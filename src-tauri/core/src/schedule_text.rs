//! A meeting's when, as people read it: one formatter for the home screen's messages, the
//! command line and the window.
//!
//! [`schedule_parts`] turns a [`Schedule`] into [`ScheduleParts`]: the day or days, the
//! time range, the zone and its offset, how many days later the end falls, and the whole
//! as one line (`text`) and as a few words for lists (`short`). The same parts are printed
//! in the command line's style (`2027-03-10 10:00-12:00 Europe/Riga`) or the window's
//! (`Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)`); see [`DateStyle`].
//!
//! [`schedule_parts_in`] writes the whole in a given language: the reader's
//! ([`crate::i18n::current`]: the window's poll grid and meeting lists, the command line)
//! or a network's working language. The words ("all day", "not dated yet", "+1 day", "to")
//! come from the catalogue (`when-*` in `export.ftl`), the dates from
//! [`crate::time_text`] ("mer. 10 mars 2027, 10:00–12:00 (Europe/Riga)"). [`schedule_parts`]
//! writes English, for text that is kept rather than read at once: the record an English
//! network's postponed meeting keeps in its description (see [`crate::meeting_status`]).
//! Code that only needs a meeting's days, to place or count it, asks [`schedule_days`],
//! which has no words.
//!
//! Invariants:
//! - A timed meeting is read on one clock: the zone asked for, else the zone it was
//!   entered in. Its days and times are that clock's, so 22:00-02:00 in Lisbon is
//!   07:00-11:00 the next morning in Tokyo, and the same meeting seen from Lisbon ends
//!   "+1 day". A clock change inside the meeting shows as the clock shows it (01:00-04:00
//!   on the night Paris moves to summer time lasts two hours).
//! - A meeting ending at midnight does not occupy the next day: `last_date` is the day
//!   before (the end still reads `00:00 +1 day`).
//! - An all-day meeting has no clock: its dates are the same in every zone.
//! - An undated meeting keeps what is known (a year, a month) and the source's own words;
//!   it is always said to be "not dated yet", never given a made-up day.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{format, translate, Arg, Locale};
use crate::meeting::Schedule;
pub use crate::time_text::DateStyle;
use crate::time_text::{date_range_text_in, date_text_in, month_name, RANGE_DASH};

/// A meeting's when, in parts and whole. The default (all empty) stands for parts not
/// worked out yet, such as those of a meeting read from an export file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScheduleParts {
    /// The whole when in one line: "Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)",
    /// "1–2 Jun 2027, all days", "not dated yet (September 2027)".
    pub text: String,
    /// A few words for lists: "Wed 10 Mar 2027, 10:00", "10–12 Mar 2027", or an undated
    /// meeting's own words ("in September (Limerick)").
    pub short: String,
    /// The day or days ("Wed 10 Mar 2027", "10–12 Mar 2027"); for an undated meeting what
    /// is known of it ("September 2027", "2027"), else empty.
    pub dates: String,
    /// Start and end on the clock: "10:00–12:00"; none without a clock time.
    pub times: Option<String>,
    /// How many days after the start's day the end falls on this clock (0: the same day).
    pub end_days_later: i64,
    /// "+1 day", "+2 days" when the end falls on a later day; empty otherwise.
    pub end_day_note: String,
    /// The clock's IANA zone, for a timed meeting.
    pub time_zone: Option<String>,
    /// Its offset from UTC at the start, such as "+02:00".
    pub utc_offset: Option<String>,
    /// The first day on this clock; none for an undated meeting.
    pub first_date: Option<NaiveDate>,
    /// The last day on this clock (a midnight end does not count); none when undated.
    pub last_date: Option<NaiveDate>,
}

/// The parts of `schedule` on the clock of `clock` (the zone it was entered in when none),
/// written in `style`, in English.
pub fn schedule_parts(schedule: &Schedule, clock: Option<Tz>, style: DateStyle) -> ScheduleParts {
    schedule_parts_in(Locale::En, schedule, clock, style)
}

/// [`schedule_parts`] with its words and dates in `locale`.
pub fn schedule_parts_in(locale: Locale, schedule: &Schedule, clock: Option<Tz>, style: DateStyle) -> ScheduleParts {
    match schedule {
        Schedule::Timed { start, end, time_zone, start_local, end_local } => {
            let zone = clock.or_else(|| time_zone.parse::<Tz>().ok());
            timed_parts(locale, *start, *end, (*start_local, *end_local), time_zone, zone, style)
        }
        Schedule::AllDay { first, last } => {
            let dates = date_range_text_in(locale, *first, *last, style);
            let text = match (style, first == last) {
                (DateStyle::Iso, _) => dates.clone(),
                (_, true) => translate(locale, "when-all-day", &[("dates", dates.clone().into())]),
                (_, false) => translate(locale, "when-all-days", &[("dates", dates.clone().into())]),
            };
            ScheduleParts {
                short: dates.clone(),
                text,
                dates,
                first_date: Some(*first),
                last_date: Some(*last),
                ..ScheduleParts::empty()
            }
        }
        Schedule::Undated { year, month, wording } => undated_parts(locale, *year, *month, wording.trim()),
    }
}

/// The first and last day of `schedule` on the clock of `clock` (the zone it was entered in
/// when none), a midnight end not counting; none for an undated meeting. No words: for
/// placing and counting meetings by day whatever the reader's language.
pub fn schedule_days(schedule: &Schedule, clock: Option<Tz>) -> Option<(NaiveDate, NaiveDate)> {
    let parts = schedule_parts_in(Locale::En, schedule, clock, DateStyle::Iso);
    parts.first_date.zip(parts.last_date)
}

/// The whole when of `schedule` in one line, in English; see [`ScheduleParts::text`].
pub fn schedule_text(schedule: &Schedule, clock: Option<Tz>, style: DateStyle) -> String {
    schedule_parts(schedule, clock, style).text
}

/// [`schedule_text`] with its words and dates in `locale`.
pub fn schedule_text_in(locale: Locale, schedule: &Schedule, clock: Option<Tz>, style: DateStyle) -> String {
    schedule_parts_in(locale, schedule, clock, style).text
}

/// Two wall-clock times in `style`: "2027-03-10 10:00-12:00", "Wed 10 Mar 2027,
/// 22:00–02:00 +1 day".
pub fn clock_range_text(start: NaiveDateTime, end: NaiveDateTime, style: DateStyle) -> String {
    clock_range_text_in(Locale::En, start, end, style)
}

/// [`clock_range_text`] in `locale`: "mer. 10 mars 2027, 22:00–02:00 +1 jour".
pub fn clock_range_text_in(locale: Locale, start: NaiveDateTime, end: NaiveDateTime, style: DateStyle) -> String {
    let (times, days_later) = time_range(start, end, style);
    let date = date_text_in(locale, start.date(), style);
    let note = end_day_note(locale, days_later);
    let separator = if style == DateStyle::Iso { " " } else { ", " };
    format!("{date}{separator}{times}{}", if note.is_empty() { String::new() } else { format!(" {note}") })
}

impl ScheduleParts {
    fn empty() -> Self {
        ScheduleParts {
            text: String::new(),
            short: String::new(),
            dates: String::new(),
            times: None,
            end_days_later: 0,
            end_day_note: String::new(),
            time_zone: None,
            utc_offset: None,
            first_date: None,
            last_date: None,
        }
    }
}

fn time_range(start: NaiveDateTime, end: NaiveDateTime, style: DateStyle) -> (String, i64) {
    let dash = if style == DateStyle::Iso { "-" } else { RANGE_DASH };
    let times = format!("{}{dash}{}", start.format("%H:%M"), end.format("%H:%M"));
    (times, (end.date() - start.date()).num_days())
}

fn end_day_note(locale: Locale, days_later: i64) -> String {
    if days_later > 0 {
        translate(locale, "when-end-days-later", &[("count", days_later.into())])
    } else {
        String::new()
    }
}

fn timed_parts(
    locale: Locale,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    entered: (NaiveDateTime, NaiveDateTime),
    entered_zone: &str,
    zone: Option<Tz>,
    style: DateStyle,
) -> ScheduleParts {
    let (start_local, end_local, zone_name, utc_offset) = match zone {
        Some(tz) => {
            let (s, e) = (start.with_timezone(&tz), end.with_timezone(&tz));
            (s.naive_local(), e.naive_local(), tz.name().to_string(), Some(s.format("%:z").to_string()))
        }
        // A zone the database no longer knows: the wall clock saved with the meeting.
        None => (entered.0, entered.1, entered_zone.to_string(), None),
    };
    let (times, end_days_later) = time_range(start_local, end_local, style);
    let end_day_note = end_day_note(locale, end_days_later);
    let ends_at_midnight = end_days_later > 0 && end_local.time() == NaiveTime::MIN;
    let last_date = if ends_at_midnight { end_local.date().pred_opt() } else { Some(end_local.date()) };
    let dates = date_text_in(locale, start_local.date(), style);
    let clock = clock_range_text_in(locale, start_local, end_local, style);
    let text = if style == DateStyle::Iso { format!("{clock} {zone_name}") } else { format!("{clock} ({zone_name})") };
    let short =
        if style == DateStyle::Iso { dates.clone() } else { format!("{dates}, {}", start_local.format("%H:%M")) };
    ScheduleParts {
        text,
        short,
        dates,
        times: Some(times),
        end_days_later,
        end_day_note,
        time_zone: Some(zone_name),
        utc_offset,
        first_date: Some(start_local.date()),
        last_date,
    }
}

fn undated_parts(locale: Locale, year: Option<i32>, month: Option<u32>, wording: &str) -> ScheduleParts {
    // English names its months as it always did; other languages as CLDR does.
    let month_in = |m: u32| match locale {
        Locale::En => month_name(m).to_string(),
        _ => format::month_name(locale, m),
    };
    let known = match (year, month) {
        (Some(y), Some(m)) if locale == Locale::En => format!("{} {y}", month_name(m)),
        (Some(y), Some(m)) => format::month_and_year(locale, y, m),
        (Some(y), None) => y.to_string(),
        (None, Some(m)) => translate(locale, "when-month-year-unknown", &[("month", month_in(m).into())]),
        (None, None) => String::new(),
    };
    let say = |id: &str| {
        let args = [("known", Arg::from(&known)), ("wording", Arg::from(wording))];
        translate(locale, id, &args)
    };
    let text = match (known.is_empty(), wording.is_empty()) {
        (true, true) => say("when-not-dated"),
        (false, true) => say("when-not-dated-known"),
        (true, false) => say("when-not-dated-wording"),
        (false, false) => say("when-not-dated-known-wording"),
    };
    let short = if !wording.is_empty() {
        wording.to_string()
    } else if !known.is_empty() {
        say("when-known-not-dated")
    } else {
        say("when-not-dated")
    };
    ScheduleParts { text, short, dates: known, ..ScheduleParts::empty() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn zone(name: &str) -> Tz {
        name.parse().unwrap()
    }

    /// A meeting entered as `start`-`end` on the clock of `entered_in`.
    fn timed(start: &str, end: &str, entered_in: &str) -> Schedule {
        let tz = zone(entered_in);
        let local = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let at = |s: &str| tz.from_local_datetime(&local(s)).earliest().unwrap().with_timezone(&Utc);
        Schedule::Timed {
            start: at(start),
            end: at(end),
            time_zone: entered_in.into(),
            start_local: local(start),
            end_local: local(end),
        }
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_timed_meeting_on_its_own_clock_in_both_styles() {
        let s = timed("2027-03-10 10:00", "2027-03-10 12:00", "Europe/Riga");
        let p = schedule_parts(&s, None, DateStyle::Short);
        assert_eq!(p.text, "Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)");
        assert_eq!(p.short, "Wed 10 Mar 2027, 10:00");
        assert_eq!((p.times.as_deref(), p.utc_offset.as_deref()), (Some("10:00–12:00"), Some("+02:00")));
        assert_eq!((p.end_days_later, p.end_day_note.as_str()), (0, ""));
        assert_eq!((p.first_date, p.last_date), (Some(day("2027-03-10")), Some(day("2027-03-10"))));
        assert_eq!(schedule_text(&s, None, DateStyle::Iso), "2027-03-10 10:00-12:00 Europe/Riga");
    }

    #[test]
    fn in_another_zone_the_end_can_fall_on_the_next_day() {
        let s = timed("2027-06-15 14:00", "2027-06-15 17:00", "Europe/Lisbon");
        let tokyo = schedule_parts(&s, Some(zone("Asia/Tokyo")), DateStyle::Short);
        assert_eq!(tokyo.text, "Tue 15 Jun 2027, 22:00–01:00 +1 day (Asia/Tokyo)");
        assert_eq!((tokyo.end_days_later, tokyo.end_day_note.as_str()), (1, "+1 day"));
        assert_eq!(tokyo.utc_offset.as_deref(), Some("+09:00"));
        assert_eq!((tokyo.first_date, tokyo.last_date), (Some(day("2027-06-15")), Some(day("2027-06-16"))));

        let late = timed("2027-06-15 22:00", "2027-06-16 02:00", "Europe/Lisbon");
        let there = schedule_parts(&late, Some(zone("Asia/Tokyo")), DateStyle::Iso);
        assert_eq!(there.text, "2027-06-16 06:00-10:00 Asia/Tokyo", "the whole meeting is on the next morning there");
        assert_eq!(
            schedule_text(&late, None, DateStyle::Iso),
            "2027-06-15 22:00-02:00 +1 day Europe/Lisbon",
            "on its own clock it ends the next day"
        );
    }

    #[test]
    fn clock_changes_show_as_the_clock_shows_them() {
        // 28 March 2027: Paris moves from 02:00 to 03:00; 01:00-04:00 lasts two hours.
        let spring = timed("2027-03-28 01:00", "2027-03-28 04:00", "Europe/Paris");
        let Schedule::Timed { start, end, .. } = &spring else { unreachable!() };
        assert_eq!((*end - *start).num_hours(), 2);
        let p = schedule_parts(&spring, None, DateStyle::Short);
        assert_eq!(p.text, "Sun 28 Mar 2027, 01:00–04:00 (Europe/Paris)");
        assert_eq!(p.utc_offset.as_deref(), Some("+01:00"), "the offset at the start, before the change");
        // The same instants in New York, which changed two weeks earlier: a 5-hour difference.
        let ny = schedule_parts(&spring, Some(zone("America/New_York")), DateStyle::Short);
        assert_eq!(ny.text, "Sat 27 Mar 2027, 20:00–22:00 (America/New_York)");
        // 31 October 2027: Riga moves from 04:00 back to 03:00; 02:00-05:00 lasts four hours.
        let autumn = timed("2027-10-31 02:00", "2027-10-31 05:00", "Europe/Riga");
        let p = schedule_parts(&autumn, Some(zone("UTC")), DateStyle::Iso);
        assert_eq!(p.text, "2027-10-30 23:00-03:00 +1 day UTC");
    }

    #[test]
    fn a_meeting_ending_at_midnight_does_not_occupy_the_next_day() {
        let s = timed("2027-03-10 19:00", "2027-03-11 00:00", "Europe/Riga");
        let p = schedule_parts(&s, None, DateStyle::Short);
        assert_eq!(p.text, "Wed 10 Mar 2027, 19:00–00:00 +1 day (Europe/Riga)");
        assert_eq!(p.last_date, Some(day("2027-03-10")));
    }

    #[test]
    fn all_day_ranges_across_months_and_years() {
        let all_day = |a: &str, b: &str| Schedule::AllDay { first: day(a), last: day(b) };
        let text = |s: &Schedule, style| schedule_text(s, None, style);
        assert_eq!(text(&all_day("2027-06-01", "2027-06-01"), DateStyle::Short), "Tue 1 Jun 2027, all day");
        assert_eq!(text(&all_day("2027-06-01", "2027-06-02"), DateStyle::Short), "1–2 Jun 2027, all days");
        assert_eq!(text(&all_day("2027-03-30", "2027-04-02"), DateStyle::Short), "30 Mar – 2 Apr 2027, all days");
        let new_year = all_day("2027-12-30", "2028-01-02");
        assert_eq!(text(&new_year, DateStyle::Short), "30 Dec 2027 – 2 Jan 2028, all days");
        assert_eq!(text(&new_year, DateStyle::Iso), "2027-12-30 to 2028-01-02");
        let tokyo = schedule_parts(&new_year, Some(zone("Asia/Tokyo")), DateStyle::Short);
        assert_eq!((tokyo.first_date, tokyo.last_date), (Some(day("2027-12-30")), Some(day("2028-01-02"))));
        assert_eq!((tokyo.short.as_str(), tokyo.times), ("30 Dec 2027 – 2 Jan 2028", None));
    }

    #[test]
    fn undated_meetings_keep_what_is_known_and_their_words() {
        let undated = |year, month, wording: &str| {
            schedule_parts(&Schedule::Undated { year, month, wording: wording.into() }, None, DateStyle::Short)
        };
        let p = undated(Some(2016), Some(6), "June (Basingstoke)");
        assert_eq!(p.text, "not dated yet (June 2016: \"June (Basingstoke)\")");
        assert_eq!((p.short.as_str(), p.dates.as_str()), ("June (Basingstoke)", "June 2016"));
        let p = undated(Some(2027), Some(9), "");
        assert_eq!(
            (p.text.as_str(), p.short.as_str()),
            ("not dated yet (September 2027)", "September 2027, not dated yet")
        );
        assert_eq!(undated(Some(2028), None, "").text, "not dated yet (2028)");
        assert_eq!(undated(None, Some(5), "").text, "not dated yet (May, year not known)");
        assert_eq!(undated(None, None, "  after the summer ").text, "not dated yet (\"after the summer\")");
        let nothing = undated(None, None, "");
        assert_eq!((nothing.text.as_str(), nothing.short.as_str()), ("not dated yet", "not dated yet"));
        assert_eq!((nothing.first_date, nothing.times), (None, None));
    }

    #[test]
    fn in_german_the_words_and_dates_are_german() {
        let de = |s: &Schedule, clock, style| schedule_parts_in(Locale::De, s, clock, style);
        let one_day = Schedule::AllDay { first: day("2027-06-01"), last: day("2027-06-01") };
        assert_eq!(de(&one_day, None, DateStyle::Short).text, "Di., 1. Juni 2027, ganztägig");
        let three_days = Schedule::AllDay { first: day("2019-10-14"), last: day("2019-10-16") };
        assert_eq!(de(&three_days, None, DateStyle::Iso).text, "2019-10-14 bis 2019-10-16");
        let late = timed("2027-06-15 22:00", "2027-06-16 02:00", "Europe/Lisbon");
        let p = de(&late, None, DateStyle::Iso);
        assert_eq!(
            (p.text.as_str(), p.end_day_note.as_str()),
            ("2027-06-15 22:00-02:00 +1 Tag Europe/Lisbon", "+1 Tag")
        );
        let undated = |year, month, wording: &str| {
            de(&Schedule::Undated { year, month, wording: wording.into() }, None, DateStyle::Iso)
        };
        let p = undated(Some(2027), Some(9), "");
        assert_eq!(
            (p.text.as_str(), p.short.as_str()),
            ("noch nicht terminiert (September 2027)", "September 2027, noch nicht terminiert")
        );
        assert_eq!(undated(None, Some(3), "").text, "noch nicht terminiert (März, Jahr unbekannt)");
        assert_eq!(undated(None, None, "nach dem Sommer").text, "noch nicht terminiert („nach dem Sommer“)");
        assert_eq!(undated(None, None, "").short, "noch nicht terminiert");
    }

    #[test]
    fn the_window_s_style_writes_dates_in_the_reader_s_language() {
        let s = timed("2027-03-10 10:00", "2027-03-10 12:00", "Europe/Riga");
        let fr = schedule_parts_in(Locale::Fr, &s, None, DateStyle::Short);
        assert_eq!(fr.text, "mer. 10 mars 2027, 10:00–12:00 (Europe/Riga)");
        assert_eq!((fr.short.as_str(), fr.dates.as_str()), ("mer. 10 mars 2027, 10:00", "mer. 10 mars 2027"));
        let late = timed("2027-06-15 22:00", "2027-06-16 02:00", "Europe/Lisbon");
        assert_eq!(
            schedule_text_in(Locale::De, &late, None, DateStyle::Short),
            "Di., 15. Juni 2027, 22:00–02:00 +1 Tag (Europe/Lisbon)"
        );
        let days = Schedule::AllDay { first: day("2027-03-30"), last: day("2027-04-02") };
        assert_eq!(schedule_text_in(Locale::De, &days, None, DateStyle::Short), "30. März – 2. April 2027, ganztägig");
        assert_eq!(schedule_days(&days, Some(zone("Asia/Tokyo"))), Some((day("2027-03-30"), day("2027-04-02"))));
        assert_eq!(schedule_days(&late, Some(zone("Asia/Tokyo"))), Some((day("2027-06-16"), day("2027-06-16"))));
    }
}
