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

/// The language asked for before the command line is parsed, so that `--help` and clap's
/// usage errors' texts of ours are in it: `--lang CODE` or `--lang=CODE` (before a `--`)
/// when it is a language Convene speaks, else the environment's. The parsed `--lang`
/// decides afterwards, and refuses a code it does not know.
pub fn before_parsing(args: impl IntoIterator<Item = std::ffi::OsString>) -> Locale {
    let args: Vec<String> = args.into_iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let mut asked = None;
    for (i, arg) in args.iter().enumerate() {
        if arg == "--" {
            break;
        }
        if let Some(code) = arg.strip_prefix("--lang=") {
            asked = Some(code.to_string());
        } else if arg == "--lang" {
            asked = args.get(i + 1).cloned();
        }
    }
    asked.and_then(|code| Locale::parse("lang", &code).ok()).unwrap_or_else(i18n::from_environment)
}

/// The catalogue message `id` in the CLI's language.
pub fn text(id: &str) -> String {
    i18n::translate(i18n::current(), id, &[])
}

/// The catalogue message `id` with its arguments, in the CLI's language.
pub fn text_with(id: &str, args: &[(&str, Arg)]) -> String {
    i18n::translate(i18n::current(), id, args)
}
