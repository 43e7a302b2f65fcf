//! The names of every country in Convene's ten languages, from CLDR.
//!
//! `country_names.txt` is written by `scripts/generate-country-names.py` from CLDR (through
//! the Python package `babel`) at development time and compiled in with `include_str!`:
//! nothing here is translated by hand, and a language's name for a country is exactly what
//! CLDR gives for that language's locale (`Locale::bcp47`: British English, Portugal's
//! Portuguese). Parsed once, on first use.
//!
//! Invariant: the table has a name in every language for every code of
//! `country_table.rs` (the generator refuses to write it otherwise; a unit test checks).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Locale;

const TEXT: &str = include_str!("country_names.txt");

/// Code -> its names in the order of [`Locale::ALL`].
fn table() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        TEXT.lines()
            .filter(|line| !line.starts_with('#') && !line.is_empty())
            .map(|line| {
                let mut fields = line.split('\t');
                let code = fields.next().unwrap_or_default();
                (code, fields.collect())
            })
            .collect()
    })
}

/// CLDR's name of the country `code` (upper case) in `locale`, when the table has it.
pub(crate) fn name_in(code: &str, locale: Locale) -> Option<&'static str> {
    let index = Locale::ALL.iter().position(|l| *l == locale)?;
    table().get(code).and_then(|names| names.get(index)).copied()
}

/// Every code with its names in all ten languages.
pub(crate) fn all_names() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    table().iter().map(|(code, names)| (*code, names.as_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for (code, _, _) in crate::country_table::COUNTRIES {
            for locale in Locale::ALL {
                let name = name_in(code, locale).unwrap_or_else(|| panic!("{code} has no {locale} name"));
                assert!(!name.trim().is_empty(), "{code} {locale}");
            }
        }
    }
}
