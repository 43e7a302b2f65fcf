//! Countries: ISO 3166-1 codes, how page text names them, and each one's default zone.
//!
//! A partner's country is stored as its alpha-2 code. People and pages write countries in
//! many ways ("Latvia", "lv", "Saxony-Anhalt"); [`resolve`] turns any of them into a code or
//! says it does not know the name. Regions resolve to the country they belong to.

use chrono_tz::Tz;

use crate::country_table::COUNTRIES;
use crate::error::{Error, Result};
use crate::names::fold;

/// Regions and other names people use for a country, folded (see [`fold`]).
const ALIASES: &[(&str, &str)] = &[
    ("saxony anhalt", "DE"),
    ("sachsen anhalt", "DE"),
    ("bavaria", "DE"),
    ("flanders", "BE"),
    ("wallonia", "BE"),
    ("catalonia", "ES"),
    ("basque country", "ES"),
    ("andalusia", "ES"),
    ("canary islands", "ES"),
    ("sicily", "IT"),
    ("sardinia", "IT"),
    ("crete", "GR"),
    ("scotland", "GB"),
    ("wales", "GB"),
    ("england", "GB"),
    ("northern ireland", "GB"),
    ("uk", "GB"),
    ("great britain", "GB"),
    ("britain", "GB"),
    ("czech republic", "CZ"),
    ("czechia", "CZ"),
    ("holland", "NL"),
    ("the netherlands", "NL"),
    ("republic of ireland", "IE"),
    ("slovak republic", "SK"),
    ("north macedonia", "MK"),
    ("macedonia", "MK"),
    ("moldova", "MD"),
    ("turkiye", "TR"),
    ("russia", "RU"),
];

/// A country: its code, English name and default zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub default_zone: &'static str,
}

/// All countries with a time zone, ordered by code.
pub fn all() -> impl Iterator<Item = Country> {
    COUNTRIES.iter().map(|&(code, name, default_zone)| Country { code, name, default_zone })
}

/// The country with this alpha-2 code.
pub fn by_code(code: &str) -> Option<Country> {
    let code = code.trim().to_ascii_uppercase();
    all().find(|c| c.code == code)
}

/// Finds a country from a code, an English name or a known region, ignoring case and accents.
pub fn lookup(text: &str) -> Option<Country> {
    let trimmed = text.trim();
    if trimmed.len() == 2 {
        if let Some(c) = by_code(trimmed) {
            return Some(c);
        }
    }
    let folded = fold(trimmed);
    if folded.is_empty() {
        return None;
    }
    if let Some(c) = all().find(|c| fold(c.name) == folded) {
        return Some(c);
    }
    if let Some(&(_, code)) = ALIASES.iter().find(|(alias, _)| *alias == folded) {
        return by_code(code);
    }
    None
}

/// Like [`lookup`], but an unknown name is an [`Error::Invalid`] on `field`.
pub fn resolve(field: &str, text: &str) -> Result<Country> {
    lookup(text).ok_or_else(|| {
        Error::invalid(
            field,
            format!(
                "\"{}\" is not a country Convene knows; use an ISO 3166-1 code such as LV or a name such as Latvia",
                text.trim()
            ),
        )
    })
}

/// The default zone of a country code.
pub fn default_zone(code: &str) -> Option<Tz> {
    by_code(code).and_then(|c| c.default_zone.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_codes_and_regions() {
        assert_eq!(lookup("Latvia").unwrap().code, "LV");
        assert_eq!(lookup("lv").unwrap().code, "LV");
        assert_eq!(lookup("Saxony-Anhalt").unwrap().code, "DE");
        assert_eq!(lookup("United Kingdom").unwrap().code, "GB");
        assert_eq!(lookup(" Portugal ").unwrap().default_zone, "Europe/Lisbon");
        assert!(lookup("Atlantis").is_none());
        assert!(resolve("country", "Atlantis").unwrap_err().to_string().contains("Atlantis"));
    }

    #[test]
    fn every_default_zone_is_known_to_chrono_tz() {
        for c in all() {
            assert!(default_zone(c.code).is_some(), "{} {}", c.code, c.default_zone);
        }
    }
}
