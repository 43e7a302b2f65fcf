//! How Convene writes instants, dates and months, in one place.
//!
//! Three readers, three styles of the same dates (see [`DateStyle`]): the command line
//! prints `2027-03-10` (sortable, easy to grep and to type back), the window prints
//! `Wed 10 Mar 2027` (built from parts, so every webview prints it the same way), and
//! sentences (attention messages, import warnings) print `10 March 2027`. A range of days
//! names the month and year once when they are shared: `10–12 Mar 2027`,
//! `30 Mar – 2 Apr 2027`, `30 Dec 2027 – 2 Jan 2028`.
//!
//! Instants are stored and compared in SQLite as [`utc_text`]: RFC 3339 in UTC, whole
//! seconds, with `Z`; every such column uses this one form, so text order is time order.
//!
//! The words of the `Short` and `Long` styles are English; the window's generated
//! `calendarWords.ts` carries the same month and weekday names (see
//! `tests/core/bindings.rs`). The command line's `Iso` style has one word, the "to" of a
//! range, which [`date_range_text_in`] writes in the reader's language.

use crate::i18n::{translate, Locale};

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Three-letter weekday names, Monday first.
pub const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The dash between the ends of a range of days or times.
pub const RANGE_DASH: &str = "–";

/// An instant as stored: `2027-03-10T08:00:00Z`.
pub(crate) fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// "March" for 3; "?" for a number that is not a month.
pub fn month_name(month: u32) -> &'static str {
    month.checked_sub(1).and_then(|i| MONTH_NAMES.get(i as usize)).copied().unwrap_or("?")
}

/// "Mar" for 3.
pub fn month_abbreviation(month: u32) -> &'static str {
    let name = month_name(month);
    name.get(..3).unwrap_or(name)
}

/// How a date is written; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `2027-03-10`: the command line.
    Iso,
    /// `Wed 10 Mar 2027`: the window.
    Short,
    /// `10 March 2027`: sentences.
    Long,
}

/// One day in `style`.
pub fn date_text(d: NaiveDate, style: DateStyle) -> String {
    match style {
        DateStyle::Iso => d.to_string(),
        DateStyle::Short => format!(
            "{} {} {} {}",
            WEEKDAY_ABBREVIATIONS[d.weekday().num_days_from_monday() as usize],
            d.day(),
            month_abbreviation(d.month()),
            d.year()
        ),
        DateStyle::Long => format!("{} {} {}", d.day(), month_name(d.month()), d.year()),
    }
}

/// The days `first` to `last` inclusive in `style`; one day when they are equal.
pub fn date_range_text(first: NaiveDate, last: NaiveDate, style: DateStyle) -> String {
    date_range_text_in(Locale::En, first, last, style)
}

/// [`date_range_text`] with the `Iso` style's "to" in `locale`: "2019-10-14 bis
/// 2019-10-16".
pub fn date_range_text_in(locale: Locale, first: NaiveDate, last: NaiveDate, style: DateStyle) -> String {
    if first == last {
        return date_text(first, style);
    }
    let month = |d: NaiveDate| match style {
        DateStyle::Long => month_name(d.month()),
        _ => month_abbreviation(d.month()),
    };
    let (a, b) = (first, last);
    match style {
        DateStyle::Iso => {
            translate(locale, "when-days-iso", &[("first", a.to_string().into()), ("last", b.to_string().into())])
        }
        _ if a.year() != b.year() => {
            format!("{} {} {} {RANGE_DASH} {} {} {}", a.day(), month(a), a.year(), b.day(), month(b), b.year())
        }
        _ if a.month() != b.month() => {
            format!("{} {} {RANGE_DASH} {} {} {}", a.day(), month(a), b.day(), month(b), b.year())
        }
        _ => format!("{}{RANGE_DASH}{} {} {}", a.day(), b.day(), month(a), a.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn instants_are_stored_as_utc_seconds_with_z() {
        let t = DateTime::parse_from_rfc3339("2027-03-10T10:00:00.750+02:00").unwrap().with_timezone(&Utc);
        assert_eq!(utc_text(t), "2027-03-10T08:00:00Z");
    }

    #[test]
    fn months_by_number() {
        assert_eq!((month_name(1), month_name(12), month_abbreviation(9)), ("January", "December", "Sep"));
        assert_eq!((month_name(0), month_name(13)), ("?", "?"));
    }

    #[test]
    fn one_day_in_each_style() {
        let d = day("2027-03-10");
        assert_eq!(date_text(d, DateStyle::Iso), "2027-03-10");
        assert_eq!(date_text(d, DateStyle::Short), "Wed 10 Mar 2027");
        assert_eq!(date_text(d, DateStyle::Long), "10 March 2027");
    }

    #[test]
    fn ranges_name_a_shared_month_and_year_once() {
        let r = |a, b, s| date_range_text(day(a), day(b), s);
        assert_eq!(r("2027-03-10", "2027-03-12", DateStyle::Short), "10–12 Mar 2027");
        assert_eq!(r("2027-03-30", "2027-04-02", DateStyle::Short), "30 Mar – 2 Apr 2027");
        assert_eq!(r("2027-12-30", "2028-01-02", DateStyle::Short), "30 Dec 2027 – 2 Jan 2028");
        assert_eq!(r("2027-12-30", "2028-01-02", DateStyle::Long), "30 December 2027 – 2 January 2028");
        assert_eq!(r("2027-12-30", "2028-01-02", DateStyle::Iso), "2027-12-30 to 2028-01-02");
        assert_eq!(r("2027-03-10", "2027-03-10", DateStyle::Short), "Wed 10 Mar 2027", "one day is a date");
    }
}
