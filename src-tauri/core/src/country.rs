//! Countries: ISO 3166-1 codes, how page text names them, and each one's default zone.
//!
//! A partner's country is stored as its alpha-2 code. People and pages write countries in
//! many ways ("Latvia", "lv", "Lettonie", "Łotwa", "Saxony-Anhalt"); [`resolve`] turns any of
//! them into a code or says it does not know the name. Regions resolve to the country they
//! belong to. A typed name may be in any of Convene's ten languages, whatever the reader's.
//!
//! A person reads a country in their own language: [`Country::local_name`] (the process's
//! language, `i18n::current`) or [`Country::name_in`], CLDR's names (`country_names.rs`).
//! [`Country::name`] stays the tz database's English name, for logs and the JSON a script reads.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono_tz::Tz;

use crate::country_names;
use crate::country_table::COUNTRIES;
use crate::error::{Error, Result};
use crate::i18n::{self, Locale, Message};
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
    /// The tz database's English name ("Samoa (American)"); a reader sees [`Country::local_name`].
    pub name: &'static str,
    pub default_zone: &'static str,
}

impl Country {
    /// CLDR's name of the country in `locale`: "Lettonie" for LV in French.
    pub fn name_in(self, locale: Locale) -> &'static str {
        country_names::name_in(self.code, locale).unwrap_or(self.name)
    }

    /// The country's name in the process's language ([`i18n::current`]).
    pub fn local_name(self) -> &'static str {
        self.name_in(i18n::current())
    }
}

/// The name of the country `code` in `locale`, or the code itself when Convene does not
/// know it (a stored value from an older or hand-edited database).
pub fn display_name(code: &str, locale: Locale) -> String {
    by_code(code).map_or_else(|| code.trim().to_string(), |c| c.name_in(locale).to_string())
}

/// "Lettonie (LV)": the country's name in `locale` and its code, or the code alone when
/// Convene does not know it.
pub fn name_with_code(code: &str, locale: Locale) -> String {
    by_code(code).map_or_else(|| code.trim().to_string(), |c| format!("{} ({})", c.name_in(locale), c.code))
}

/// Folded names in every language (and the tz database's English) -> code.
fn names_index() -> &'static HashMap<String, &'static str> {
    static INDEX: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for (code, names) in country_names::all_names() {
            for name in names {
                index.insert(fold(name), code);
            }
        }
        for &(code, name, _) in COUNTRIES {
            index.insert(fold(name), code);
        }
        index
    })
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

/// Finds a country from a code, its name in any of Convene's languages or a known region,
/// ignoring case and accents.
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
    if let Some(code) = names_index().get(&folded) {
        return by_code(code);
    }
    if let Some(&(_, code)) = ALIASES.iter().find(|(alias, _)| *alias == folded) {
        return by_code(code);
    }
    None
}

/// Like [`lookup`], but an unknown name is an [`Error::Invalid`] on `field`.
pub fn resolve(field: &str, text: &str) -> Result<Country> {
    lookup(text).ok_or_else(|| Error::invalid(field, Message::new("error-unknown-country").arg("text", text.trim())))
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
    fn a_name_typed_in_any_language_resolves() {
        assert_eq!(lookup("Lettonie").unwrap().code, "LV");
        assert_eq!(lookup("Lettland").unwrap().code, "LV");
        assert_eq!(lookup("łotwa").unwrap().code, "LV");
        assert_eq!(lookup("Λετονία").unwrap().code, "LV");
        assert_eq!(lookup("Allemagne").unwrap().code, "DE");
        assert_eq!(lookup("Niemcy").unwrap().code, "DE");
        assert_eq!(lookup("Vereinigtes Königreich").unwrap().code, "GB");
        assert_eq!(lookup("Samoa (American)").unwrap().code, "AS");
    }

    #[test]
    fn a_country_reads_in_the_reader_s_language() {
        let lv = by_code("LV").unwrap();
        assert_eq!(lv.name_in(Locale::En), "Latvia");
        assert_eq!(lv.name_in(Locale::Fr), "Lettonie");
        assert_eq!(lv.name_in(Locale::De), "Lettland");
        assert_eq!(lv.name_in(Locale::Pl), "Łotwa");
        assert_eq!(display_name("de", Locale::Fr), "Allemagne");
        assert_eq!(display_name("ZZ", Locale::Fr), "ZZ");
    }

    #[test]
    fn no_name_in_any_language_means_two_countries() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (code, names) in country_names::all_names() {
            for name in names {
                if let Some(other) = seen.insert(fold(name), code) {
                    assert_eq!(other, code, "\"{name}\" names both {other} and {code}");
                }
            }
        }
    }

    #[test]
    fn every_default_zone_is_known_to_chrono_tz() {
        for c in all() {
            assert!(default_zone(c.code).is_some(), "{} {}", c.code, c.default_zone);
        }
    }
}
