//! The rules every value passes before it is saved, in one place.
//!
//! Each check returns [`Error::Invalid`] naming the input field, so a form can show the
//! message beside the right box. Text is never cut to fit: over its limit it is refused.

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::error::{Error, Result};
use crate::i18n::Message;

/// Names of people, cities, networks.
pub const NAME_MAX: usize = 200;
/// Titles of meetings, plans, practices.
pub const TITLE_MAX: usize = 300;
/// One-line texts: taglines, venues, roles, phone numbers, links.
pub const LINE_MAX: usize = 1_000;
/// Descriptions, summaries, notes, sections.
pub const TEXT_MAX: usize = 50_000;

pub const FIRST_YEAR: i32 = 1990;
pub const LAST_YEAR: i32 = 2100;

/// A required text: trimmed, not empty, at most `max` characters.
pub fn required(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, Message::new("error-required")));
    }
    limit(field, value, max)
}

/// An optional text: trimmed, at most `max` characters (empty is fine).
pub fn optional(field: &str, value: &str, max: usize) -> Result<String> {
    limit(field, value.trim(), max)
}

fn limit(field: &str, value: &str, max: usize) -> Result<String> {
    let count = value.chars().count();
    if count > max {
        return Err(Error::invalid(field, Message::new("error-too-long").arg("count", count).arg("max", max)));
    }
    Ok(value.to_string())
}

/// An optional e-mail address; empty is allowed.
pub fn email(field: &str, value: &str) -> Result<String> {
    let value = optional(field, value, NAME_MAX)?;
    if value.is_empty() {
        return Ok(value);
    }
    let bad = || Error::invalid(field, Message::new("error-not-an-email").arg("value", &value));
    let (local, domain) = value.split_once('@').ok_or_else(bad)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if local.is_empty() || domain.contains('@') || value.chars().any(char::is_whitespace) || !domain_ok {
        return Err(bad());
    }
    Ok(value)
}

/// An optional web address; empty is allowed, otherwise it must be http(s).
pub fn url(field: &str, value: &str) -> Result<String> {
    let value = optional(field, value, LINE_MAX)?;
    if value.is_empty() {
        return Ok(value);
    }
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or_else(|| Error::invalid(field, Message::new("error-url-scheme").arg("value", &value)))?;
    if rest.is_empty() || value.chars().any(char::is_whitespace) {
        return Err(Error::invalid(field, Message::new("error-not-a-url").arg("value", &value)));
    }
    Ok(value)
}

/// A date between 1990 and 2100.
pub fn date(field: &str, value: NaiveDate) -> Result<NaiveDate> {
    year(field, chrono::Datelike::year(&value))?;
    Ok(value)
}

pub fn year(field: &str, value: i32) -> Result<i32> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&value) {
        return Err(Error::invalid(
            field,
            Message::new("error-year-out-of-range")
                .arg("year", value.to_string())
                .arg("first", FIRST_YEAR.to_string())
                .arg("last", LAST_YEAR.to_string()),
        ));
    }
    Ok(value)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, Message::new("error-not-a-date").arg("value", value)))?;
    date(field, parsed)
}

/// An optional pair of dates where the end, when both are given, is not before the start.
pub fn date_range(start_field: &str, start: Option<NaiveDate>, end_field: &str, end: Option<NaiveDate>) -> Result<()> {
    if let Some(s) = start {
        date(start_field, s)?;
    }
    if let Some(e) = end {
        date(end_field, e)?;
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            return Err(Error::invalid(
                end_field,
                Message::new("error-end-before-start").arg("end", e.to_string()).arg("start", s.to_string()),
            ));
        }
    }
    Ok(())
}

/// An IANA time zone name such as `Europe/Riga`.
pub fn zone(field: &str, value: &str) -> Result<Tz> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| Error::invalid(field, Message::new("error-unknown-zone").arg("value", value)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(email("email", "DMC@Barnsley.gov.uk").is_ok());
        assert!(email("email", "").is_ok());
        for bad in ["dmc", "dmc@", "@barnsley.gov.uk", "a b@c.org", "a@b", "a@@b.org", "a@b..org"] {
            let err = email("email", bad).unwrap_err();
            assert_eq!(err.field(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn limits_refuse_rather_than_cut() {
        let long = "x".repeat(NAME_MAX + 1);
        let err = required("name", &long, NAME_MAX).unwrap_err();
        assert!(err.to_string().contains("limit is 200"), "{err}");
        assert_eq!(required("name", "  Gävle ", NAME_MAX).unwrap(), "Gävle");
        assert!(required("name", "   ", NAME_MAX).is_err());
    }

    #[test]
    fn dates_and_zones() {
        assert!(parse_date("start", "1989-12-31").is_err());
        assert!(parse_date("start", "2101-01-01").is_err());
        assert!(parse_date("start", "2020-02-30").is_err());
        assert!(parse_date("start", "2020-02-29").is_ok());
        assert!(zone("tz", "Europe/Riga").is_ok());
        assert!(zone("tz", "Europe/Atlantis").is_err());
        let d = |s| parse_date("x", s).ok();
        assert!(date_range("start", d("2020-01-02"), "end", d("2020-01-01")).is_err());
        assert!(date_range("start", d("2020-01-02"), "end", d("2020-01-02")).is_ok());
    }
}
