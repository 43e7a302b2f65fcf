//! Date phrases as URBACT pages write them: "25 June, 2019", "14–16 October, 2019",
//! "27-28 January, 2020", "30 June - 2 July, 2020", and bare month names ("June", "Sept").
//!
//! Invariant: a phrase is read as exactly the days it names, or not at all. A phrase that
//! looks like a date but names no real day ("31 June, 2020", a range that ends before it
//! starts) is a [`DateError`], never a nearby day. Ranges accept hyphens, en and em dashes.
//! Nothing here guesses a missing year: [`sequence_years`] gives years to month-only
//! meetings only when the person importing names the first year, and says what it did.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use crate::i18n::Message;
use crate::time_text::{date_range_text, DateStyle, MONTH_NAMES};

/// The days a dated line names, first to last inclusive (one day when equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl DateSpan {
    /// "14–16 October 2019", "25 June 2019", "30 June – 2 July 2020" (plain English).
    pub fn describe(&self) -> String {
        date_range_text(self.first, self.last, DateStyle::Long)
    }

    /// [`DateSpan::describe`] as a catalogue message (`import-day*` of `import.ftl`), in
    /// whichever language reads it: "17.–19. Februar 2021". Its English is `describe`'s.
    pub fn said(&self) -> Message {
        let (first, last) = (self.first, self.last);
        if first >= last {
            return day_said(first);
        }
        if first.year() != last.year() {
            Message::new("import-days-across-years").arg("first", day_said(first)).arg("last", day_said(last))
        } else if first.month() != last.month() {
            let day_and_month = Message::new("import-day-and-month")
                .arg("day", first.day().to_string())
                .arg("month", month_of_day_said(first.month()));
            Message::new("import-days-in-year").arg("first", day_and_month).arg("last", day_said(last))
        } else {
            Message::new("import-days-in-month").arg("first_day", first.day().to_string()).arg("last", day_said(last))
        }
    }
}

/// One day written out, "17 February 2021", in whichever language reads it.
fn day_said(day: NaiveDate) -> Message {
    Message::new("import-day")
        .arg("day", day.day().to_string())
        .arg("month", month_of_day_said(day.month()))
        .arg("year", day.year().to_string())
}

/// Why a phrase that reads like a date names no day (`import-date-*` of `import.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct DateError(pub Message);

/// The month `month` (1-12) standing alone, as a warning names a month and year ("June
/// 2019", Polish "czerwiec 2019"), in whichever language reads it.
pub(crate) fn month_said(month: u32) -> Message {
    const IDS: [&str; 12] = [
        "import-month-1",
        "import-month-2",
        "import-month-3",
        "import-month-4",
        "import-month-5",
        "import-month-6",
        "import-month-7",
        "import-month-8",
        "import-month-9",
        "import-month-10",
        "import-month-11",
        "import-month-12",
    ];
    Message::new(IDS[(month.clamp(1, 12) - 1) as usize])
}

/// The month `month` (1-12) inside a day's date ("31 February 2021", Polish "31 lutego
/// 2021"), in whichever language reads it.
fn month_of_day_said(month: u32) -> Message {
    const IDS: [&str; 12] = [
        "import-month-of-day-1",
        "import-month-of-day-2",
        "import-month-of-day-3",
        "import-month-of-day-4",
        "import-month-of-day-5",
        "import-month-of-day-6",
        "import-month-of-day-7",
        "import-month-of-day-8",
        "import-month-of-day-9",
        "import-month-of-day-10",
        "import-month-of-day-11",
        "import-month-of-day-12",
    ];
    Message::new(IDS[(month.clamp(1, 12) - 1) as usize])
}

/// The month a word names: full English names and the usual abbreviations ("Sept", "Oct."),
/// in any case.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim().trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTH_NAMES
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            w == m || (w.len() == 3 && m.starts_with(&w))
        })
        .map(|i| i as u32 + 1)
}

/// A regex alternative matching any month word [`month_number`] accepts.
pub(crate) const MONTH_PATTERN: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";

static LEADING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let m = MONTH_PATTERN;
    Regex::new(&format!(
        r"(?ix)^\s*
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?
        (?:\s+(?P<m1>{m})(?:,?\s+(?P<y1>\d{{4}}))?)?
        (?:\s*[-–—]\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?
        (?:\s+(?P<m2>{m}))?
        ,?\s+(?P<y2>\d{{4}})
        \b"
    ))
    .expect("date pattern")
});

/// Reads a date phrase at the start of `text` and returns it with the rest of the text.
///
/// `None` when `text` does not start with a day, month and year; `Some(Err)` when it does
/// but they name no real day.
pub fn leading_date(text: &str) -> Option<Result<(DateSpan, &str), DateError>> {
    let caps = LEADING_DATE.captures(text)?;
    let whole = caps.get(0)?;
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let month = |name: &str| caps.name(name).and_then(|m| month_number(m.as_str()));
    let d1 = num("d1")?;
    let d2 = num("d2");
    let y2 = caps.name("y2")?.as_str().parse::<i32>().ok()?;
    let y1 = caps.name("y1").and_then(|m| m.as_str().parse::<i32>().ok());
    let (m1, m2) = (month("m1"), month("m2"));
    // Forms: "25 June, 2019"; "14-16 October, 2019"; "30 June - 2 July, 2020";
    // "30 December 2019 - 2 January 2020". Two months with no second day is not a date.
    let (first, last) = match (m1, d2, m2) {
        (Some(m), None, None) if y1.is_none() => ((y2, m, d1), (y2, m, d1)),
        (None, Some(d2), Some(m)) => ((y2, m, d1), (y2, m, d2)),
        (Some(m1), Some(d2), Some(m2)) => ((y1.unwrap_or(y2), m1, d1), (y2, m2, d2)),
        (Some(m1), Some(d2), None) if y1.is_none() => ((y2, m1, d1), (y2, m1, d2)),
        _ => return None,
    };
    let day = |(y, m, d): (i32, u32, u32)| {
        NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
            DateError(
                Message::new("import-date-not-a-day")
                    .arg("day", d.to_string())
                    .arg("month", month_of_day_said(m))
                    .arg("year", y.to_string()),
            )
        })
    };
    let span = match (day(first), day(last)) {
        (Ok(first), Ok(last)) if last >= first => DateSpan { first, last },
        (Ok(first), Ok(last)) => {
            let backwards = Message::new("import-date-range-backwards")
                .arg("end", DateSpan { first: last, last }.said())
                .arg("start", DateSpan { first, last: first }.said());
            return Some(Err(DateError(backwards)));
        }
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    Some(Ok((span, &text[whole.end()..])))
}

/// One meeting known only by its month, in page order.
pub trait MonthOnly {
    fn month(&self) -> u32;
    fn set_year(&mut self, year: i32);
}

/// Gives years to month-only meetings listed in page order, starting with `start_year`:
/// each month that does not come after the one before it starts the next year (June,
/// September, November, March -> 2019, 2019, 2019, 2020). Returns the years given.
pub fn sequence_years<T: MonthOnly>(items: &mut [T], start_year: i32) -> Vec<i32> {
    let mut year = start_year;
    let mut previous: Option<u32> = None;
    let mut given = Vec::with_capacity(items.len());
    for item in items.iter_mut() {
        let month = item.month();
        if previous.is_some_and(|p| month <= p) {
            year += 1;
        }
        previous = Some(month);
        item.set_year(year);
        given.push(year);
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn span(text: &str) -> (DateSpan, &str) {
        leading_date(text).expect("a date").expect("a real date")
    }

    #[test]
    fn single_days() {
        let (s, rest) = span("25 June, 2019 - IoTXchange Phase 1 APPROVED!");
        assert_eq!(s, DateSpan { first: d(2019, 6, 25), last: d(2019, 6, 25) });
        assert_eq!(rest, " - IoTXchange Phase 1 APPROVED!");
        assert_eq!(span("8 June 2021: touch base").0.first, d(2021, 6, 8));
        assert_eq!(span("1st Sept. 2020").0.first, d(2020, 9, 1));
    }

    #[test]
    fn ranges_with_hyphens_and_dashes() {
        let (s, rest) = span("14–16 October, 2019 - Kick-Off Meeting, Fundão");
        assert_eq!(s, DateSpan { first: d(2019, 10, 14), last: d(2019, 10, 16) });
        assert_eq!(rest, " - Kick-Off Meeting, Fundão");
        let (s, rest) = span("27-28 January, 2020 – Phase 1 Final Meeting");
        assert_eq!(s, DateSpan { first: d(2020, 1, 27), last: d(2020, 1, 28) });
        assert_eq!(rest, " – Phase 1 Final Meeting");
        assert_eq!(span("2 — 3 December, 2021").0.last, d(2021, 12, 3));
    }

    #[test]
    fn ranges_across_months_and_years() {
        assert_eq!(span("30 June - 2 July, 2020").0, DateSpan { first: d(2020, 6, 30), last: d(2020, 7, 2) });
        assert_eq!(
            span("30 December 2019 - 2 January 2020").0,
            DateSpan { first: d(2019, 12, 30), last: d(2020, 1, 2) }
        );
    }

    #[test]
    fn impossible_days_are_errors_not_neighbours() {
        let err = leading_date("31 June, 2020 - meeting").unwrap().unwrap_err();
        assert!(err.0.contains("31 June 2020"), "{err:?}");
        let err = leading_date("16-14 October, 2019").unwrap().unwrap_err();
        assert!(err.0.contains("before it starts"), "{err:?}");
        assert!(leading_date("29 February, 2020").unwrap().is_ok());
        assert!(leading_date("29 February, 2021").unwrap().is_err());
    }

    #[test]
    fn text_that_is_not_a_date() {
        for text in [
            "Kick-Off Meeting",
            "2nd Transnational Meeting",
            "22nd district of Budapest (Budafok-Tétény) - Hungary",
            "521 946",
            "June (Basingstoke)",
            "25 June - no year",
            "Alba Iulia Municipality, Calea Motilor 5A, 510134, Romania",
        ] {
            assert!(leading_date(text).is_none(), "{text}");
        }
    }

    #[test]
    fn month_words() {
        assert_eq!(month_number("June"), Some(6));
        assert_eq!(month_number("sept"), Some(9));
        assert_eq!(month_number("Oct."), Some(10));
        assert_eq!(month_number("NOVEMBER"), Some(11));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
    }

    #[test]
    fn describes_spans() {
        assert_eq!(span("17-19 February, 2021").0.describe(), "17–19 February 2021");
        assert_eq!(span("7 May, 2020").0.describe(), "7 May 2020");
        assert_eq!(span("30 June - 2 July, 2020").0.describe(), "30 June – 2 July 2020");
        for text in
            ["17-19 February, 2021", "7 May, 2020", "30 June - 2 July, 2020", "30 December 2019 - 2 January 2020"]
        {
            let (days, _) = span(text);
            assert_eq!(days.said().to_string(), days.describe(), "{text}");
        }
        let (days, _) = span("17-19 February, 2021");
        assert_eq!(days.said().render(crate::i18n::Locale::De), "17.–19. Februar 2021");
        let (days, _) = span("30 June - 2 July, 2020");
        assert_eq!(days.said().render(crate::i18n::Locale::Pl), "30 czerwca – 2 lipca 2020");
    }

    struct M(u32, Option<i32>);
    impl MonthOnly for M {
        fn month(&self) -> u32 {
            self.0
        }
        fn set_year(&mut self, year: i32) {
            self.1 = Some(year);
        }
    }

    #[test]
    fn month_only_meetings_get_years_in_sequence() {
        // TechTown: June, September, November, March, June, September, November, April.
        let mut items: Vec<M> = [6, 9, 11, 3, 6, 9, 11, 4].iter().map(|&m| M(m, None)).collect();
        let years = sequence_years(&mut items, 2019);
        assert_eq!(years, vec![2019, 2019, 2019, 2020, 2020, 2020, 2020, 2021]);
        assert_eq!(items[3].1, Some(2020));
        // The same month twice in a row means a year later.
        let mut twice = vec![M(6, None), M(6, None)];
        assert_eq!(sequence_years(&mut twice, 2020), vec![2020, 2021]);
    }
}
