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

use rust_decimal::{Decimal, RoundingStrategy};

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
    /// The column's share of the table's width, relative to the other columns.
    pub weight: u16,
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
    pub fn left(header: &str, weight: u16) -> Self {
        Column { header: header.to_string(), align: Align::Left, weight }
    }

    pub fn right(header: &str, weight: u16) -> Self {
        Column { header: header.to_string(), align: Align::Right, weight }
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
    /// Each column's share of `width`, in proportion to the weights.
    pub fn column_widths(&self, width: f32) -> Vec<f32> {
        let sum: f32 = self.columns.iter().map(|c| f32::from(c.weight.max(1))).sum();
        self.columns.iter().map(|c| width * f32::from(c.weight.max(1)) / sum).collect()
    }
}

/// An amount in euros as every export writes it: `€12,500.00`, `-€300.50`, `€0.00`
/// (rounded half away from zero to cents, comma between thousands).
pub fn euros(amount: Decimal) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let text = format!("{:.2}", rounded.abs());
    let (whole, cents) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{}€{grouped}.{cents}", if negative { "-" } else { "" })
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

    #[test]
    fn column_widths_follow_the_weights() {
        let table = Table {
            columns: vec![Column::left("A", 3), Column::right("B", 1)],
            rows: vec![],
        };
        assert_eq!(table.column_widths(400.0), vec![300.0, 100.0]);
    }
}
