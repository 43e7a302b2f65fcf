//! The language of the command line's words: `--lang CODE`, else `LC_ALL`, `LC_MESSAGES`,
//! `LANG`, else English. Set once in `main` ([`convene_core::i18n::set_current`]); every
//! text the CLI prints comes from `locales/<code>/cli.ftl` (or `errors.ftl` for the
//! core's errors) through [`text`] and [`text_with`]. Commands, options and JSON keys are
//! never translated: scripts depend on them.

use convene_core::i18n::{self, Arg, Locale};

/// `--lang`'s parser: a code Convene speaks, or an error listing the codes there are (in
/// the environment's language, since `--lang` itself is what went wrong).
pub fn parse_lang(code: &str) -> Result<Locale, String> {
    Locale::parse("lang", code).map_err(|e| e.message(i18n::from_environment()))
}

/// The catalogue message `id` in the CLI's language.
pub fn text(id: &str) -> String {
    i18n::translate(i18n::current(), id, &[])
}

/// The catalogue message `id` with its arguments, in the CLI's language.
pub fn text_with(id: &str, args: &[(&str, Arg)]) -> String {
    i18n::translate(i18n::current(), id, args)
}
