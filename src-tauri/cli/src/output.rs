//! How the CLI prints: plain tables and `Label: value` lines for people, pretty JSON of the
//! core's types for scripts. Dates read as `2019-10-14`; a timed meeting as
//! `2027-03-10 10:00-12:00 Europe/Riga` (the clock of the zone it was entered in), written
//! by the core's one schedule formatter ([`convene_core::schedule_text`]) in its `Iso` style.
//!
//! Everything is written through [`print`], so a closed pipe (`convene networks | head`)
//! ends the command quietly instead of with a panic.

use crate::language::text_with;
use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};
use convene_core::i18n::{current, Message};
use convene_core::meeting::Schedule;
use convene_core::schedule_text::{clock_range_text_in, schedule_parts_in, schedule_text_in, DateStyle};
use convene_core::time_text::date_range_text_in;
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
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| Error::bad_input(Message::new("cli-cannot-write-json").arg("reason", e.to_string())))?;
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

/// A network's or a phase's dates: `2019-10-14 to 2022-06-30`, `from 2019-10-14`.
pub fn date_span(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => date_range_text_in(current(), s, e, DateStyle::Iso),
        (Some(s), None) => text_with("cli-date-from", &[("date", s.to_string().into())]),
        (None, Some(e)) => text_with("cli-date-until", &[("date", e.to_string().into())]),
        (None, None) => String::new(),
    }
}

/// Start and end on one clock: `2027-03-10 10:00-12:00`, `2027-03-10 22:00-02:00 +1 day`.
pub fn clock_span(start: NaiveDateTime, end: NaiveDateTime) -> String {
    clock_range_text_in(current(), start, end, DateStyle::Iso)
}

/// A schedule in one line, on the clock it was entered in (the core's formatter), in the
/// command line's language.
pub fn schedule(s: &Schedule) -> String {
    schedule_text_in(current(), s, None, DateStyle::Iso)
}

/// A schedule in a few words, for short columns and messages: its first day, or what is
/// known of an undated one.
pub fn short_date(s: &Schedule) -> String {
    schedule_parts_in(current(), s, None, DateStyle::Iso).short
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
