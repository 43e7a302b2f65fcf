//! Convene's languages: the ten locales, the message catalogue and the locale formats.
//!
//! Every text a person reads that Rust writes (CLI output, errors, plan exports,
//! invitations, Home's "Needs attention" lines and the travel warnings) comes from the one
//! Fluent catalogue at the repository's root,
//! `locales/<code>/{cli,dav,errors,export,import,overview}.ftl`, embedded in the binary at build time
//! ([`catalogue`]). The window's own text (`ui.ftl`) is read by the UI, not here.
//!
//! Invariants:
//! - [`translate`] never panics and never returns nothing: a message missing from a
//!   language falls back to English, and an id missing from English comes back as itself.
//! - Errors carry a [`Message`] (an id and its arguments) and render it in the caller's
//!   locale ([`crate::Error::message`]); their `Display` stays English, for logs.
//! - The locale a process speaks is [`current`]: the CLI sets it from `--lang` or the
//!   environment ([`from_environment`]), the desktop shell from the window's choice.
//! - Dates, times, numbers and money are formatted from CLDR data by ICU4X ([`format`]);
//!   money stays an exact decimal up to formatting.

pub mod catalogue;
pub mod format;
mod message;

use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::translate;
pub use message::{Arg, Message};

use crate::error::{Error, Result};

/// The languages Convene ships, in the order they are offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
    Pl,
    Nl,
    El,
    Ro,
}

impl Locale {
    /// Every shipped language. Adding one: a folder `locales/xx`, a variant here, its line
    /// in [`catalogue`] (docs/translating.md).
    pub const ALL: [Locale; 10] = [
        Locale::En,
        Locale::Fr,
        Locale::De,
        Locale::Es,
        Locale::It,
        Locale::Pt,
        Locale::Pl,
        Locale::Nl,
        Locale::El,
        Locale::Ro,
    ];

    /// The two-letter code of `locales/<code>/` and of `--lang CODE`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::De => "de",
            Locale::Es => "es",
            Locale::It => "it",
            Locale::Pt => "pt",
            Locale::Pl => "pl",
            Locale::Nl => "nl",
            Locale::El => "el",
            Locale::Ro => "ro",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::De => "Deutsch",
            Locale::Es => "Español",
            Locale::It => "Italiano",
            Locale::Pt => "Português",
            Locale::Pl => "Polski",
            Locale::Nl => "Nederlands",
            Locale::El => "Ελληνικά",
            Locale::Ro => "Română",
        }
    }

    /// The BCP 47 tag whose CLDR data and plural rules apply. Convene's English is
    /// Europe's (British: "14 February 2027", 24-hour times, "programme"), and Portuguese
    /// is Portugal's (URBACT's Portuguese partners), which formats "12 500,10 €" where
    /// Brazil writes "€ 12.500,10".
    pub fn bcp47(self) -> &'static str {
        match self {
            Locale::En => "en-GB",
            Locale::Pt => "pt-PT",
            other => other.code(),
        }
    }

    /// The locale of a code such as `fr`, `fr-BE` or `pt_BR` (its language decides), if
    /// Convene speaks it.
    pub fn from_code(code: &str) -> Option<Locale> {
        let tag = code.trim().replace('_', "-");
        let language = tag.parse::<unic_langid::LanguageIdentifier>().ok()?.language;
        Locale::ALL.into_iter().find(|l| l.code() == language.as_str())
    }

    /// [`Locale::from_code`], or an error naming the codes there are (for `--lang`,
    /// `--language` and `set_language`).
    pub fn parse(field: &str, code: &str) -> Result<Locale> {
        Locale::from_code(code).ok_or_else(|| {
            Error::invalid(
                field,
                Message::new("error-unknown-language").arg("code", code.trim()).arg("codes", codes_list()),
            )
        })
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Locale {
    type Err = Error;
    fn from_str(code: &str) -> Result<Locale> {
        Locale::parse("language", code)
    }
}

/// Stored as its code (`networks.language`, `action_plans.language`).
impl rusqlite::ToSql for Locale {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.code().into())
    }
}

impl rusqlite::types::FromSql for Locale {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = value.as_str()?;
        Locale::from_code(code)
            .ok_or_else(|| rusqlite::types::FromSqlError::Other(format!("unknown language {code}").into()))
    }
}

/// `en, fr, de, ...`: the codes an error about a language lists.
pub fn codes_list() -> String {
    Locale::ALL.map(Locale::code).join(", ")
}

/// The language the environment asks for, as POSIX programs read it: the first set of
/// `LC_ALL`, `LC_MESSAGES`, `LANG`. English when none is set, when it is `C`/`POSIX`, or
/// when Convene does not speak that language.
pub fn from_environment() -> Locale {
    negotiate(["LC_ALL", "LC_MESSAGES", "LANG"].map(|name| std::env::var(name).ok()))
}

/// [`from_environment`] on given values of `LC_ALL`, `LC_MESSAGES`, `LANG` (in that order):
/// `fr_FR.UTF-8` and `de_AT@euro` name French and German.
pub fn negotiate(values: [Option<String>; 3]) -> Locale {
    let Some(value) = values.into_iter().flatten().find(|v| !v.trim().is_empty()) else {
        return Locale::En;
    };
    let tag = value.split(['.', '@']).next().unwrap_or_default();
    Locale::from_code(tag).unwrap_or(Locale::En)
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language this process speaks to its person (English until [`set_current`]).
pub fn current() -> Locale {
    Locale::ALL.get(usize::from(CURRENT.load(Ordering::Relaxed))).copied().unwrap_or_default()
}

/// Sets [`current`]: the CLI's `--lang` or environment, the window's `set_language`.
pub fn set_current(locale: Locale) {
    let index = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    CURRENT.store(index as u8, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_environment() {
        assert_eq!(Locale::from_code("fr-BE"), Some(Locale::Fr));
        assert_eq!(Locale::from_code("pt_BR"), Some(Locale::Pt));
        assert_eq!(Locale::from_code("xx"), None);
        let env = |a: Option<&str>, b: Option<&str>, c: Option<&str>| negotiate([a, b, c].map(|v| v.map(String::from)));
        assert_eq!(env(None, None, Some("de_DE.UTF-8")), Locale::De);
        assert_eq!(env(Some("el_GR.UTF-8"), Some("fr_FR"), Some("de_DE")), Locale::El);
        assert_eq!(env(Some(""), Some("ro_RO@latin"), None), Locale::Ro);
        assert_eq!(env(None, None, Some("C.UTF-8")), Locale::En);
        assert_eq!(env(None, None, Some("ja_JP.UTF-8")), Locale::En);
        assert_eq!(env(None, None, None), Locale::En);
        let err = Locale::parse("lang", "xx").unwrap_err().to_string();
        assert!(err.contains("en, fr, de, es, it, pt, pl, nl, el, ro"), "{err}");
    }
}
