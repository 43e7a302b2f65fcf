//! The plan as one neutral document that every format renders.
//!
//! A [`Report`] is a title page ([`Report::title`], [`Report::facts`]) followed by
//! [`Chapter`]s, each a heading and [`Part`]s: Markdown text as the plan's author wrote it,
//! a [`Table`], or a short plain note ("No risks recorded yet."). Tables hold plain text
//! cells already formatted for reading (amounts as `€12,500.00`, months as `Mar 2027`), so
//! Word, PDF, Markdown and HTML show the very same figures; a cell may hold several lines
//! separated by `\n`.
//!
//! `Report::from_plan` (in `assemble.rs`) builds it from a plan; renderers never look at
//! the plan itself.

use rust_decimal::Decimal;

/// A whole exported plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The plan's title, the document's title.
    pub title: String,
    /// What the document is, printed above the title ("Integrated Action Plan").
    pub kind: String,
    /// The title page's facts in reading order: city, network, status, adoption date, revision.
    pub facts: Vec<Fact>,
    /// Short text for page footers and document metadata ("Kežmarok · Integrated Action Plan").
    pub running_title: String,
    /// When the exported revision was saved, UTC `YYYY-MM-DDTHH:MM:SSZ`: the document's
    /// date in its properties (never the time of the export, so exporting the same
    /// revision twice gives the same bytes).
    pub saved_at: Option<String>,
    pub chapters: Vec<Chapter>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chapter {
    pub heading: String,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Text written by people, in Markdown; never trusted.
    Markdown(String),
    /// A small heading inside a chapter (the captions of the budget tables).
    Subheading(String),
    Table(Table),
    /// One plain sentence, shown in italics ("No actions yet.").
    Note(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub align: Align,
    /// The column that names the row (an action's title): it gets twice the share of
    /// the spare width, so that names wrap least.
    pub main: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// One text per column; `\n` separates lines inside a cell.
    pub cells: Vec<String>,
    /// A total line, set in bold.
    pub total: bool,
}

impl Column {
    pub fn left(header: &str) -> Self {
        Column { header: header.to_string(), align: Align::Left, main: false }
    }

    /// A left-aligned column that names the row (see [`Column::main`]).
    pub fn main(header: &str) -> Self {
        Column { header: header.to_string(), align: Align::Left, main: true }
    }

    pub fn right(header: &str) -> Self {
        Column { header: header.to_string(), align: Align::Right, main: false }
    }
}

impl Report {
    /// [`Report::saved_at`] as numbers (year, month, day, hour, minute, second), when it
    /// is a well-formed UTC time.
    pub fn saved_at_parts(&self) -> Option<(u16, u8, u8, u8, u8, u8)> {
        let text = self.saved_at.as_deref()?;
        let time = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%SZ").ok()?;
        use chrono::{Datelike, Timelike};
        Some((
            u16::try_from(time.year()).ok()?,
            time.month() as u8,
            time.day() as u8,
            time.hour() as u8,
            time.minute() as u8,
            time.second() as u8,
        ))
    }
}

impl Row {
    pub fn new(cells: Vec<String>) -> Self {
        Row { cells, total: false }
    }

    pub fn total(cells: Vec<String>) -> Self {
        Row { cells, total: true }
    }
}

impl Table {
    /// Column widths for a table at most `width` wide, from the text each column holds,
    /// much as a browser lays out a table: every column gets at least its longest word
    /// (at most 30 % of the table; amounts, right-aligned, are never wrapped), and the
    /// space left goes to the columns whose text is longer than that, in proportion to
    /// how much longer. A table whose cells all fit on one line is not stretched across
    /// the page: it gets a quarter more than its text needs, and at least half the width.
    ///
    /// `measure(text, bold)` is the printed width of a text; `padding` is added on both
    /// sides of each cell. Header and total rows are measured in bold.
    pub fn column_widths(&self, width: f32, padding: f32, measure: impl Fn(&str, bool) -> f32) -> Vec<f32> {
        let count = self.columns.len();
        if count == 0 {
            return Vec::new();
        }
        let mut natural = vec![0.0f32; count];
        let mut minimum = vec![0.0f32; count];
        let mut widen = |column: usize, text: &str, bold: bool| {
            for line in text.lines() {
                natural[column] = natural[column].max(measure(line.trim(), bold));
                for word in line.split(|c: char| c.is_whitespace() && c != '\u{a0}').filter(|w| !w.is_empty()) {
                    minimum[column] = minimum[column].max(measure(word, bold));
                }
            }
        };
        for (i, column) in self.columns.iter().enumerate() {
            widen(i, &column.header, true);
        }
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate().take(count) {
                widen(i, cell, row.total);
            }
        }
        let cap = width * 0.3;
        let natural: Vec<f32> = natural.iter().map(|w| w + 2.0 * padding).collect();
        let minimum: Vec<f32> = minimum
            .iter()
            .zip(&natural)
            .zip(&self.columns)
            .map(|((m, n), column)| {
                let least = if column.align == Align::Right { *n } else { m + 2.0 * padding };
                least.min(cap).min(*n).max(2.0 * padding + 1.0)
            })
            .collect();
        let natural_sum: f32 = natural.iter().sum();
        if natural_sum <= width {
            let table = (natural_sum * 1.25).max(width * 0.5).min(width);
            return natural.iter().map(|n| n * table / natural_sum).collect();
        }
        let minimum_sum: f32 = minimum.iter().sum();
        if minimum_sum >= width {
            return minimum.iter().map(|m| m * width / minimum_sum).collect();
        }
        let grow: Vec<f32> = self.columns.iter().map(|c| if c.main { 2.0 } else { 1.0 }).collect();
        let wanted: Vec<f32> = natural.iter().zip(&minimum).zip(&grow).map(|((n, m), g)| (n - m) * g).collect();
        let wanted_sum: f32 = wanted.iter().sum();
        let spare = width - minimum_sum;
        let mut widths: Vec<f32> = minimum.iter().zip(&wanted).map(|(m, w)| m + w * spare / wanted_sum).collect();
        // A main column may get more than its text needs: hand the excess back to the others.
        let excess: f32 = widths.iter().zip(&natural).map(|(w, n)| (w - n).max(0.0)).sum();
        if excess > 0.0 {
            let short: Vec<f32> = widths.iter().zip(&natural).map(|(w, n)| (n - w).max(0.0)).collect();
            let short_sum: f32 = short.iter().sum();
            for ((w, n), s) in widths.iter_mut().zip(&natural).zip(&short) {
                *w = w.min(*n) + if short_sum > 0.0 { excess * s / short_sum } else { 0.0 };
            }
        }
        widths
    }
}

/// An amount in euros as an English export writes it: `€12,500.00`, `-€300.50`, `€0.00`
/// (rounded half away from zero to cents). A plan's export writes amounts in the plan's
/// language ([`convene_core::i18n::format::money`]).
pub fn euros(amount: Decimal) -> String {
    convene_core::i18n::format::money(convene_core::i18n::Locale::En, &amount)
}

/// The report the renderers' tests draw: Kežmarok's plan with the given chapters.
#[cfg(test)]
pub(crate) fn kezmarok_report(chapters: Vec<Chapter>) -> Report {
    Report {
        title: "Kežmarok Green Plan".into(),
        kind: "Integrated Action Plan".into(),
        facts: vec![Fact { label: "City".into(), value: "Kežmarok, Slovakia".into() }],
        running_title: "Kežmarok Green Plan · Kežmarok".into(),
        saved_at: Some("2027-02-14T09:30:00Z".into()),
        chapters,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn euros_have_thousands_separators_and_cents() {
        assert_eq!(euros(d("12500")), "€12,500.00");
        assert_eq!(euros(d("0")), "€0.00");
        assert_eq!(euros(d("999.5")), "€999.50");
        assert_eq!(euros(d("1000")), "€1,000.00");
        assert_eq!(euros(d("1234567.891")), "€1,234,567.89");
        assert_eq!(euros(d("100000")), "€100,000.00");
    }

    #[test]
    fn euros_round_half_cents_away_from_zero_and_show_a_minus() {
        assert_eq!(euros(d("0.005")), "€0.01");
        assert_eq!(euros(d("-2500.125")), "-€2,500.13");
        assert_eq!(euros(d("-0.001")), "€0.00");
    }

    fn by_length(text: &str, _bold: bool) -> f32 {
        text.chars().count() as f32
    }

    fn table(rows: &[[&str; 3]]) -> Table {
        Table {
            columns: vec![Column::left("#"), Column::left("Action"), Column::right("Cost")],
            rows: rows.iter().map(|r| Row::new(r.iter().map(|c| c.to_string()).collect())).collect(),
        }
    }

    #[test]
    fn short_tables_are_not_stretched_across_the_page() {
        let widths = table(&[["A1", "Green roofs", "€1.00"]]).column_widths(100.0, 0.0, by_length);
        assert_eq!(widths.iter().sum::<f32>().round(), 50.0, "a small table takes half the width: {widths:?}");
        assert!(widths[1] > widths[2] && widths[2] > widths[0], "{widths:?}");
        let wider = table(&[["A1", "Green roofs on all schools", "€1.00"]]).column_widths(40.0, 0.0, by_length);
        assert_eq!(
            wider.iter().sum::<f32>().round(),
            40.0,
            "a quarter more than the text, within the width: {wider:?}"
        );
    }

    #[test]
    fn long_text_wraps_in_its_own_column_and_short_columns_stay_whole() {
        let long = "A long description of green roofs on every school and library of the city";
        let widths = table(&[["A1", long, "€12,500.00"]]).column_widths(60.0, 1.0, by_length);
        assert!((widths.iter().sum::<f32>() - 60.0).abs() < 0.01);
        assert!(widths[2] >= 12.0, "the amount is not wrapped: {widths:?}");
        assert!(widths[0] >= 4.0, "{widths:?}");
        assert!(widths[1] > widths[2], "{widths:?}");
    }

    #[test]
    fn the_main_column_gets_the_larger_share_but_no_more_than_it_needs() {
        let plain = table(&[["A1", "Green roofs on every school of the old town", "€12,500.00"]]);
        let mut named = plain.clone();
        named.columns[1] = Column::main("Action");
        let (before, after) = (plain.column_widths(40.0, 0.0, by_length), named.column_widths(40.0, 0.0, by_length));
        assert!(after[1] >= before[1], "{before:?} {after:?}");
        assert!((after.iter().sum::<f32>() - 40.0).abs() < 0.01);
        let short = {
            let mut t = table(&[["A1", "Roofs", "A rather long comment about the cost of it all"]]);
            t.columns[1] = Column::main("Action");
            t.columns[2] = Column::left("Note");
            t.column_widths(30.0, 0.0, by_length)
        };
        assert!(short[1] <= 6.0 + 0.01, "{short:?}");
        assert!((short.iter().sum::<f32>() - 30.0).abs() < 0.01, "{short:?}");
    }

    #[test]
    fn a_no_break_space_keeps_its_words_in_one_piece() {
        let t = Table {
            columns: vec![Column::left("Period"), Column::left("Notes")],
            rows: vec![Row::new(vec!["Aug\u{a0}2027 – Nov\u{a0}2029".into(), "word ".repeat(40)])],
        };
        let widths = t.column_widths(60.0, 0.0, by_length);
        assert!(widths[0] >= 8.0, "\"Aug 2027\" stays whole: {widths:?}");
    }

    #[test]
    fn when_even_words_do_not_fit_columns_shrink_together() {
        let widths = table(&[["A1", "Supercalifragilistic", "€12,500.00"]]).column_widths(10.0, 0.0, by_length);
        assert!((widths.iter().sum::<f32>() - 10.0).abs() < 0.01, "{widths:?}");
    }
}
