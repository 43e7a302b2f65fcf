//! How the CLI prints: plain tables and `Label: value` lines for people, pretty JSON of the
//! core's types for scripts. Dates read as `2019-10-14`; a timed meeting as
//! `2027-03-10 10:00-12:00 Europe/Riga` (the clock of the zone it was entered in).
//!
//! Everything is written through [`print`], so a closed pipe (`convene networks | head`)
//! ends the command quietly instead of with a panic.

use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};
use convene_core::meeting::Schedule;
use convene_core::{Error, Result};
use serde::Serialize;

/// Writes `text` to stdout.
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Prints `value` as pretty JSON followed by a newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| Error::BadInput(format!("cannot write JSON: {e}")))?;
    text.push('\n');
    print(&text)
}

/// A table with a header row; columns padded to their widest cell (counted in characters).
/// Columns whose header starts with `#` are right-aligned (and the `#` dropped).
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let right: Vec<bool> = headers.iter().map(|h| h.starts_with('#')).collect();
    let headers: Vec<String> = headers.iter().map(|h| h.trim_start_matches('#').to_string()).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            let last = i + 1 == cells.len();
            if right[i] {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                if !last {
                    out.push_str(&" ".repeat(pad));
                }
            }
            if !last {
                out.push_str("  ");
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(&headers);
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

/// `Label: value` lines for the values that are not empty, labels aligned.
pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(l, _)| l.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for (label, value) in pairs.iter().filter(|(_, v)| !v.is_empty()) {
        let pad = width - label.chars().count();
        let mut lines = value.lines();
        out.push_str(&format!("{label}:{} {}\n", " ".repeat(pad), lines.next().unwrap_or("")));
        for more in lines {
            out.push_str(&format!("{} {more}\n", " ".repeat(width + 1)));
        }
    }
    out
}

pub fn date_span(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) if s == e => s.to_string(),
        (Some(s), Some(e)) => format!("{s} to {e}"),
        (Some(s), None) => format!("from {s}"),
        (None, Some(e)) => format!("until {e}"),
        (None, None) => String::new(),
    }
}

/// Start and end on one clock: `2027-03-10 10:00-12:00`, or both in full across days.
pub fn clock_span(start: NaiveDateTime, end: NaiveDateTime) -> String {
    if start.date() == end.date() {
        format!("{} {}-{}", start.date(), start.format("%H:%M"), end.format("%H:%M"))
    } else {
        format!("{} to {}", start.format("%Y-%m-%d %H:%M"), end.format("%Y-%m-%d %H:%M"))
    }
}

const MONTHS: [&str; 12] = [
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

pub fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("?")
}

/// A schedule in one line, as people read it.
pub fn schedule(s: &Schedule) -> String {
    match s {
        Schedule::Timed { time_zone, start_local, end_local, .. } => {
            format!("{} {time_zone}", clock_span(*start_local, *end_local))
        }
        Schedule::AllDay { first, last } => date_span(Some(*first), Some(*last)),
        Schedule::Undated { year, month, wording } => {
            let known = match (year, month) {
                (Some(y), Some(m)) => format!("{} {y}", month_name(*m)),
                (Some(y), None) => y.to_string(),
                (None, Some(m)) => format!("{}, year unknown", month_name(*m)),
                (None, None) => String::new(),
            };
            match (known.is_empty(), wording.is_empty()) {
                (true, true) => "not dated yet".into(),
                (false, true) => format!("not dated yet ({known})"),
                (true, false) => format!("not dated yet (\"{wording}\")"),
                (false, false) => format!("not dated yet ({known}: \"{wording}\")"),
            }
        }
    }
}

/// The date a meeting list sorts by, for short columns: its first day, or "undated".
pub fn short_date(s: &Schedule) -> String {
    match s {
        Schedule::Timed { start_local, .. } => start_local.date().to_string(),
        Schedule::AllDay { first, .. } => first.to_string(),
        Schedule::Undated { year: Some(y), month: Some(m), .. } => {
            format!("{y}-{m:02} (undated)")
        }
        Schedule::Undated { .. } => "undated".into(),
    }
}

pub fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_pad_by_characters_not_bytes() {
        let t = table(&["NAME", "#N"], &[vec!["Gävle".into(), "3".into()], vec!["Oulu".into(), "12".into()]]);
        assert_eq!(t, "NAME    N\nGävle   3\nOulu   12\n");
    }

    #[test]
    fn undated_schedules_keep_their_words() {
        let s = Schedule::Undated { year: Some(2016), month: Some(6), wording: "June (Basingstoke)".into() };
        assert_eq!(schedule(&s), "not dated yet (June 2016: \"June (Basingstoke)\")");
        assert_eq!(schedule(&Schedule::Undated { year: None, month: None, wording: String::new() }), "not dated yet");
    }
}
