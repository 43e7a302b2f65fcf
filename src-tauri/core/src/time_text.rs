//! How Convene writes instants, dates and months, in one place.
//!
//! Three readers, three styles of the same dates (see [`DateStyle`]): the command line
//! prints `2027-03-10` (sortable, easy to grep and to type back), the window prints
//! `Wed 10 Mar 2027` (a weekday for lists and grids), and sentences (attention messages,
//! import warnings, errors) print `10 March 2027`. A range of days names the month and
//! year once when they are shared: `10–12 Mar 2027`, `30 Mar – 2 Apr 2027`,
//! `30 Dec 2027 – 2 Jan 2028`.
//!
//! The `Short` and `Long` styles are written in the reader's language ([`date_text_in`],
//! [`date_range_text_in`]): the window's and the command line's ([`crate::i18n::current`]),
//! or a network's working language for what its partners read. Outside English the words
//! and their order are CLDR's, through ICU4X ([`crate::i18n::format`]): "mer. 10 mars
//! 2027", "Mi., 10. März 2027", "10 mars 2027"; a range is written as the sentences'
//! ranges are ([`crate::scheduling::days_text`]): "10–12 mars 2027", "30. März – 2. April
//! 2027". English keeps Convene's own words ([`MONTH_NAMES`], [`WEEKDAY_ABBREVIATIONS`]:
//! CLDR's British English would write "Wed, 10 Mar 2027" and "Sept"), which the window's
//! generated `calendarWords.ts` carries too (see `tests/core/bindings.rs`), and which the
//! URBACT page reader matches (its pages are English). [`date_text`] and
//! [`date_range_text`] are the English ones. The command line's `Iso` style is the same in
//! every language but for one word, the "to" of a range.
//!
//! Instants are stored and compared in SQLite as [`utc_text`]: RFC 3339 in UTC, whole
//! seconds, with `Z`; every such column uses this one form, so text order is time order.

use crate::i18n::{format, translate, Locale};
use crate::scheduling::days_text::days_text;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Month names, January first: English's (the other languages' come from CLDR).
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

/// Three-letter weekday names, Monday first: English's.
pub const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The dash between the ends of a range of days or times.
pub const RANGE_DASH: &str = "–";

/// An instant as stored: `2027-03-10T08:00:00Z`.
pub(crate) fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// "March" for 3 (English); "?" for a number that is not a month.
pub fn month_name(month: u32) -> &'static str {
    month.checked_sub(1).and_then(|i| MONTH_NAMES.get(i as usize)).copied().unwrap_or("?")
}

/// "Mar" for 3 (English).
pub fn month_abbreviation(month: u32) -> &'static str {
    let name = month_name(month);
    name.get(..3).unwrap_or(name)
}

/// How a date is written; see the module docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// `2027-03-10`: the command line.
    Iso,
    /// `Wed 10 Mar 2027`, `mer. 10 mars 2027`: the window.
    Short,
    /// `10 March 2027`, `10 mars 2027`: sentences.
    Long,
}

/// One day in `style`, in English.
pub fn date_text(d: NaiveDate, style: DateStyle) -> String {
    date_text_in(Locale::En, d, style)
}

/// One day in `style` as `locale` writes it: "Wed 10 Mar 2027", "mer. 10 mars 2027",
/// "Mi., 10. März 2027"; "10 March 2027", "10 mars 2027", "10. März 2027".
pub fn date_text_in(locale: Locale, d: NaiveDate, style: DateStyle) -> String {
    match (style, locale) {
        (DateStyle::Iso, _) => d.to_string(),
        (DateStyle::Short, Locale::En) => format!(
            "{} {} {} {}",
            WEEKDAY_ABBREVIATIONS[d.weekday().num_days_from_monday() as usize],
            d.day(),
            month_abbreviation(d.month()),
            d.year()
        ),
        (DateStyle::Long, Locale::En) => format!("{} {} {}", d.day(), month_name(d.month()), d.year()),
        (DateStyle::Short, _) => format::date_short_with_weekday(locale, d),
        (DateStyle::Long, _) => format::date_long(locale, d),
    }
}

/// The days `first` to `last` inclusive in `style`, in English; one day when they are
/// equal.
pub fn date_range_text(first: NaiveDate, last: NaiveDate, style: DateStyle) -> String {
    date_range_text_in(Locale::En, first, last, style)
}

/// [`date_range_text`] as `locale` writes it: "10–12 mars 2027", "30. März – 2. April
/// 2027", "2019-10-14 bis 2019-10-16". A range in the `Short` style outside English names
/// its months in full, as the `Long` style does: CLDR's short dates are digits in some
/// languages (German `10.03.2027`), which would make "30. März – 02.04.2027".
pub fn date_range_text_in(locale: Locale, first: NaiveDate, last: NaiveDate, style: DateStyle) -> String {
    if first == last {
        return date_text_in(locale, first, style);
    }
    let (a, b) = (first, last);
    if style == DateStyle::Iso {
        return translate(locale, "when-days-iso", &[("first", a.to_string().into()), ("last", b.to_string().into())]);
    }
    if locale != Locale::En {
        return days_text(locale, a, b);
    }
    let month = |d: NaiveDate| match style {
        DateStyle::Long => month_name(d.month()),
        _ => month_abbreviation(d.month()),
    };
    if a.year() != b.year() {
        format!("{} {} {} {RANGE_DASH} {} {} {}", a.day(), month(a), a.year(), b.day(), month(b), b.year())
    } else if a.month() != b.month() {
        format!("{} {} {RANGE_DASH} {} {} {}", a.day(), month(a), b.day(), month(b), b.year())
    } else {
        format!("{}{RANGE_DASH}{} {} {}", a.day(), b.day(), month(a), a.year())
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

    #[test]
    fn one_day_in_the_reader_s_language() {
        let d = day("2027-03-10");
        let text = |l, s| date_text_in(l, d, s);
        assert_eq!(text(Locale::Fr, DateStyle::Short), "mer. 10 mars 2027");
        assert_eq!(text(Locale::Fr, DateStyle::Long), "10 mars 2027");
        assert_eq!(text(Locale::De, DateStyle::Short), "Mi., 10. März 2027");
        assert_eq!(text(Locale::De, DateStyle::Long), "10. März 2027");
        assert_eq!(text(Locale::It, DateStyle::Short), "mer 10 mar 2027");
        assert_eq!(text(Locale::It, DateStyle::Long), "10 marzo 2027");
        assert_eq!(text(Locale::Pl, DateStyle::Long), "10 marca 2027", "a month inside a date takes its case");
        assert_eq!(text(Locale::En, DateStyle::Short), date_text(d, DateStyle::Short));
        for locale in Locale::ALL {
            assert_eq!(text(locale, DateStyle::Iso), "2027-03-10", "{locale}: the command line's dates stay ISO");
        }
    }

    #[test]
    fn ranges_in_the_reader_s_language_name_a_shared_month_and_year_once() {
        let r = |l, a, b, s| date_range_text_in(l, day(a), day(b), s);
        assert_eq!(r(Locale::Fr, "2027-03-10", "2027-03-12", DateStyle::Short), "10–12 mars 2027");
        assert_eq!(r(Locale::Fr, "2027-03-30", "2027-04-02", DateStyle::Long), "30 mars – 2 avril 2027");
        assert_eq!(r(Locale::De, "2027-03-10", "2027-03-12", DateStyle::Short), "10.–12. März 2027");
        assert_eq!(r(Locale::De, "2027-12-30", "2028-01-02", DateStyle::Long), "30. Dezember 2027 – 2. Januar 2028");
        assert_eq!(r(Locale::It, "2027-03-30", "2027-04-02", DateStyle::Short), "30 marzo – 2 aprile 2027");
        assert_eq!(r(Locale::De, "2027-03-10", "2027-03-12", DateStyle::Iso), "2027-03-10 bis 2027-03-12");
        assert_eq!(
            r(Locale::Fr, "2027-03-10", "2027-03-10", DateStyle::Short),
            "mer. 10 mars 2027",
            "one day is a date"
        );
    }
}
