//! A meeting's days written out in the reader's language, for the sentences the core
//! writes about meetings: the travel warnings and Home's "Needs attention" lines.
//!
//! One day is the language's long date from CLDR ("21 April 2027", "21 avril 2027",
//! "21. April 2027"). A range names a shared month and year once, in words each language
//! chooses (`overview-days-*` in `locales/<code>/overview.ftl`): "20–21 April 2027",
//! "20.–21. April 2027", "30 mars – 2 avril 2027". This is what
//! [`crate::time_text::date_range_text_in`] writes for a range in every language but
//! English (whose long style it matches word for word).

use chrono::{Datelike, NaiveDate};

use crate::i18n::{format, translate, Locale};

/// The days `first` to `last` (one day when they are equal) in `locale`.
pub fn days_text(locale: Locale, first: NaiveDate, last: NaiveDate) -> String {
    if first >= last {
        return format::date_long(locale, first);
    }
    let last_text = format::date_long(locale, last).into();
    if first.year() != last.year() {
        let first_text = format::date_long(locale, first).into();
        translate(locale, "overview-days-across-years", &[("first", first_text), ("last", last_text)])
    } else if first.month() != last.month() {
        let first_text = format::day_and_month(locale, first).into();
        translate(locale, "overview-days-in-year", &[("first", first_text), ("last", last_text)])
    } else {
        let first_day = first.day().to_string().into();
        translate(locale, "overview-days-in-month", &[("first_day", first_day), ("last", last_text)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time_text::{date_range_text, DateStyle};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn english_is_the_long_style_of_the_date_formatter() {
        for (first, last) in [
            ("2027-03-10", "2027-03-10"),
            ("2027-03-10", "2027-03-12"),
            ("2027-03-30", "2027-04-02"),
            ("2027-12-30", "2028-01-02"),
            ("2027-05-01", "2027-05-09"),
        ] {
            let (first, last) = (day(first), day(last));
            assert_eq!(days_text(Locale::En, first, last), date_range_text(first, last, DateStyle::Long));
        }
    }

    #[test]
    fn other_languages_name_a_shared_month_and_year_once_in_their_own_way() {
        let days = |l, a, b| days_text(l, day(a), day(b));
        assert_eq!(days(Locale::Fr, "2027-04-20", "2027-04-21"), "20–21 avril 2027");
        assert_eq!(days(Locale::De, "2027-04-20", "2027-04-21"), "20.–21. April 2027");
        assert_eq!(days(Locale::Fr, "2027-03-30", "2027-04-02"), "30 mars – 2 avril 2027");
        assert_eq!(days(Locale::De, "2027-03-30", "2027-04-02"), "30. März – 2. April 2027");
        assert_eq!(days(Locale::Fr, "2027-12-30", "2028-01-02"), "30 décembre 2027 – 2 janvier 2028");
        assert_eq!(days(Locale::De, "2027-06-24", "2027-06-24"), "24. Juni 2027");
    }
}
