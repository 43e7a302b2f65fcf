//! Euros and months: the two value types of an action table.
//!
//! Money is a [`Decimal`], never a float: "0.10 + 0.20" is exactly "0.30" here. An amount
//! has at most two decimals and is never negative ([`check_amount`] refuses otherwise,
//! naming the field); the database keeps it as whole cents ([`to_cents`], [`from_cents`]).
//! In JSON and TypeScript an amount is a string such as `"12500.50"`.
//!
//! A [`Month`] is a calendar month written `YYYY-MM` (actions are planned to the month).

use std::fmt;

pub use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::validate::{FIRST_YEAR, LAST_YEAR};

/// The largest amount accepted: a hundred billion euros, far above any city's plan and
/// well inside the cents an `i64` holds.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_215_752_192, 23, 0, false, 0); // 100_000_000_000

/// Refuses a negative amount, more than two decimals, or an absurdly large one; returns it
/// with exactly two decimals ("20000" becomes 20000.00), so the same amount always reads
/// and serializes the same, typed or stored.
pub fn check_amount(field: &str, amount: Decimal) -> Result<Decimal> {
    if amount.is_sign_negative() && !amount.is_zero() {
        return Err(Error::invalid(field, Message::new("error-amount-negative").arg("amount", amount.to_string())));
    }
    if amount.normalize().scale() > 2 {
        return Err(Error::invalid(
            field,
            Message::new("error-amount-too-many-decimals").arg("amount", amount.to_string()),
        ));
    }
    if amount > MAX_AMOUNT {
        let too_large =
            Message::new("error-amount-too-large").arg("amount", amount.to_string()).arg("max", MAX_AMOUNT.to_string());
        return Err(Error::invalid(field, too_large));
    }
    let mut amount = amount.abs();
    amount.rescale(2);
    Ok(amount)
}

/// Reads an amount a person typed: `1250`, `1250.5`, `1 250,50`, `€1,250.50` are refused
/// or accepted by one rule: digits with an optional `.` and at most two decimals; spaces
/// and a leading `€` are ignored; a comma is refused as ambiguous.
pub fn parse_amount(field: &str, text: &str) -> Result<Decimal> {
    let cleaned: String =
        text.trim().trim_start_matches('€').chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    if cleaned.contains(',') {
        return Err(Error::invalid(field, Message::new("error-amount-has-comma").arg("text", text.trim())));
    }
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-') {
        return Err(not_an_amount(field, text));
    }
    let value: Decimal = cleaned.parse().map_err(|_| not_an_amount(field, text))?;
    check_amount(field, value)
}

/// Whole cents of an amount already checked with [`check_amount`].
pub fn to_cents(amount: Decimal) -> i64 {
    let cents = (amount.round_dp(2) * Decimal::ONE_HUNDRED).trunc();
    i64::try_from(cents).unwrap_or(i64::MAX)
}

pub fn from_cents(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// An amount as people read it in a table: two decimals, `.` for the cents.
pub fn format_euros(amount: Decimal) -> String {
    format!("{:.2}", amount.round_dp(2))
}

fn not_an_amount(field: &str, text: &str) -> Error {
    Error::invalid(field, Message::new("error-not-an-amount").arg("text", text.trim()))
}

/// A calendar month, `YYYY-MM` in JSON, TypeScript and the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct Month {
    year: i32,
    month: u32,
}

impl Month {
    pub fn new(field: &str, year: i32, month: u32) -> Result<Month> {
        if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
            let outside = Message::new("error-year-out-of-range")
                .arg("year", year.to_string())
                .arg("first", FIRST_YEAR.to_string())
                .arg("last", LAST_YEAR.to_string());
            return Err(Error::invalid(field, outside));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::invalid(
                field,
                Message::new("error-not-a-month-number").arg("month", month.to_string()),
            ));
        }
        Ok(Month { year, month })
    }

    /// Reads `YYYY-MM`; a full date `YYYY-MM-DD` is accepted and kept to its month.
    pub fn parse(field: &str, text: &str) -> Result<Month> {
        let text = text.trim();
        let bad = || Error::invalid(field, Message::new("error-not-a-month").arg("text", text));
        let mut parts = text.splitn(3, '-');
        let year = parts.next().filter(|y| y.len() == 4).and_then(|y| y.parse::<i32>().ok()).ok_or_else(bad)?;
        let month = parts.next().filter(|m| m.len() == 2).and_then(|m| m.parse::<u32>().ok()).ok_or_else(bad)?;
        if parts.next().is_some() {
            chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
        }
        Month::new(field, year, month)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(text: String) -> std::result::Result<Self, String> {
        Month::parse("month", &text).map_err(|e| e.to_string())
    }
}

impl From<Month> for String {
    fn from(m: Month) -> String {
        m.to_string()
    }
}

/// `end` is not before `start` when both are given; the error names `end_field`.
pub fn check_months(start: Option<Month>, end_field: &str, end: Option<Month>) -> Result<()> {
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            let before = Message::new("error-end-before-start").arg("end", e.to_string()).arg("start", s.to_string());
            return Err(Error::invalid(end_field, before));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn amounts_are_exact_and_refuse_what_is_not_euros_and_cents() {
        assert_eq!(parse_amount("cost", "0.10").unwrap() + parse_amount("cost", "0.20").unwrap(), d("0.30"));
        assert_eq!(parse_amount("cost", " €1250.5 ").unwrap(), d("1250.50"));
        assert_eq!(parse_amount("cost", "1 250 000").unwrap(), d("1250000"));
        let err = parse_amount("cost", "12.345").unwrap_err();
        assert_eq!(err.field(), Some("cost"));
        assert!(err.to_string().contains("more than two decimals"), "{err}");
        let err = parse_amount("funding", "-5").unwrap_err();
        assert!(err.to_string().contains("negative"), "{err}");
        assert!(parse_amount("cost", "1,5").unwrap_err().to_string().contains("comma"));
        assert!(parse_amount("cost", "ten").is_err());
        assert!(parse_amount("cost", "1e5").is_err());
        assert!(check_amount("cost", d("100000000000.01")).is_err());
        assert_eq!(check_amount("cost", d("12.300")).unwrap(), d("12.30"), "trailing zeros are not decimals");
        assert_eq!(check_amount("cost", d("20000")).unwrap().to_string(), "20000.00");
    }

    #[test]
    fn cents_round_trip() {
        for text in ["0", "0.01", "12.5", "99999999999.99", "1250000"] {
            let v = d(text);
            assert_eq!(from_cents(to_cents(v)), v);
        }
        assert_eq!(format_euros(d("12.5")), "12.50");
        assert_eq!(MAX_AMOUNT, d("100000000000"));
    }

    #[test]
    fn months() {
        assert_eq!(Month::parse("start", "2025-03").unwrap().to_string(), "2025-03");
        assert_eq!(Month::parse("start", "2025-03-31").unwrap().to_string(), "2025-03");
        for bad in ["2025-13", "2025-3", "25-03", "2025/03", "2025-02-30", "1900-01", ""] {
            assert_eq!(Month::parse("start", bad).unwrap_err().field(), Some("start"), "{bad}");
        }
        let m = |t| Some(Month::parse("x", t).unwrap());
        assert_eq!(check_months(m("2025-05"), "end", m("2025-04")).unwrap_err().field(), Some("end"));
        assert!(check_months(m("2025-05"), "end", m("2025-05")).is_ok());
        let json = serde_json::to_string(&m("2026-01")).unwrap();
        assert_eq!(json, "\"2026-01\"");
        assert!(serde_json::from_str::<Month>("\"2026-00\"").is_err());
    }
}
