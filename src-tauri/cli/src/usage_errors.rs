//! clap's own errors (an unknown option, a missing value, a value not among the choices)
//! in the CLI's language.
//!
//! clap writes its errors in English. [`exit`] takes the facts clap records on an error (its
//! [`ErrorKind`] and context: the offending argument as typed, the value, the valid values,
//! a similar option) and writes them with the `cli-clap-*` messages of `cli.ftl`, then the
//! command's usage line and the hint to try `--help`, and exits with clap's own code (2).
//! Help and version requests go through clap unchanged (their text is already ours), and so
//! does an error clap recorded no context for, which cannot be said otherwise.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use convene_core::i18n::Arg;

use crate::language::{text, text_with};

/// Prints `err` in the CLI's language and exits with clap's exit code.
pub fn exit(err: clap::Error) -> ! {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        err.exit()
    }
    let Some(message) = message(&err) else { err.exit() };
    let mut out = text_with("cli-error", &[("message", message.into())]);
    for tip in tips(&err) {
        out.push_str("\n\n  ");
        out.push_str(&tip);
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        out.push_str("\n\n");
        out.push_str(&usage_in_language(&usage.to_string()));
    }
    out.push_str("\n\n");
    out.push_str(&text("cli-clap-more-information"));
    eprintln!("{out}");
    std::process::exit(err.exit_code())
}

/// Prints `message` (already in the CLI's language) as a usage error of `cmd`, with its
/// usage line, and exits with code 2: for the checks of ours that clap cannot express.
pub fn exit_with(cmd: &mut clap::Command, message: &str) -> ! {
    let usage = cmd.render_usage().to_string();
    let out = format!(
        "{}\n\n{}\n\n{}",
        text_with("cli-error", &[("message", message.into())]),
        usage_in_language(&usage),
        text("cli-clap-more-information")
    );
    eprintln!("{out}");
    std::process::exit(2)
}

/// clap's "Usage: convene ..." with the catalogue's word for "Usage:".
fn usage_in_language(usage: &str) -> String {
    match usage.strip_prefix("Usage:") {
        Some(rest) => format!("{}{rest}", text("cli-help-usage")),
        None => usage.to_string(),
    }
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::Strings(list)) => list.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// The error's sentence, or `None` when clap recorded nothing to say it with.
fn message(err: &clap::Error) -> Option<String> {
    let arg = string(err, ContextKind::InvalidArg);
    let value = string(err, ContextKind::InvalidValue);
    let with = |id: &str, args: &[(&str, Arg)]| Some(text_with(id, args));
    let possible = |sentence: String| -> String {
        let values = strings(err, ContextKind::ValidValue);
        if values.is_empty() {
            sentence
        } else {
            let list = text_with("cli-clap-possible-values", &[("values", values.join(", ").into())]);
            format!("{sentence}\n  [{list}]")
        }
    };
    match err.kind() {
        ErrorKind::UnknownArgument => with("cli-clap-unknown-argument", &[("arg", arg?.into())]),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg?, value?);
            let sentence = if value.is_empty() {
                text_with("cli-clap-missing-value", &[("arg", arg.into())])
            } else {
                text_with("cli-clap-invalid-value", &[("arg", arg.into()), ("value", value.into())])
            };
            Some(possible(sentence))
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg?, value?);
            let source = std::error::Error::source(err);
            let reason = match source.and_then(|s| s.downcast_ref::<std::num::ParseIntError>()) {
                Some(_) => Some(text("cli-clap-not-a-whole-number")),
                None => source.map(|s| s.to_string()),
            };
            Some(match reason {
                Some(reason) => text_with(
                    "cli-clap-invalid-value-reason",
                    &[("arg", arg.into()), ("value", value.into()), ("reason", reason.into())],
                ),
                None => text_with("cli-clap-invalid-value", &[("arg", arg.into()), ("value", value.into())]),
            })
        }
        ErrorKind::InvalidSubcommand => {
            with("cli-clap-unknown-subcommand", &[("command", string(err, ContextKind::InvalidSubcommand)?.into())])
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(err, ContextKind::InvalidArg);
            if missing.is_empty() {
                return None;
            }
            let list: String = missing.iter().map(|a| format!("\n  {a}")).collect();
            with("cli-clap-missing-arguments", &[("args", list.into())])
        }
        ErrorKind::MissingSubcommand => {
            let command = string(err, ContextKind::InvalidSubcommand)?;
            let sentence = text_with("cli-clap-missing-subcommand", &[("command", command.into())]);
            let values = strings(err, ContextKind::ValidSubcommand);
            Some(if values.is_empty() {
                sentence
            } else {
                let list = text_with("cli-clap-subcommands", &[("values", values.join(", ").into())]);
                format!("{sentence}\n  [{list}]")
            })
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            let prior = strings(err, ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                return with("cli-clap-used-twice", &[("arg", arg.into())]);
            }
            let others: Vec<String> = prior.iter().map(|p| format!("'{p}'")).collect();
            with("cli-clap-conflict", &[("arg", arg.into()), ("other", others.join(", ").into())])
        }
        ErrorKind::TooManyValues => with("cli-clap-too-many-values", &[("arg", arg?.into()), ("value", value?.into())]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected =
                string(err, ContextKind::ExpectedNumValues).or_else(|| string(err, ContextKind::MinValues))?;
            let actual = string(err, ContextKind::ActualNumValues)?;
            with(
                "cli-clap-wrong-number-of-values",
                &[("arg", arg?.into()), ("expected", expected.into()), ("actual", actual.into())],
            )
        }
        ErrorKind::NoEquals => with("cli-clap-no-equals", &[("arg", arg?.into())]),
        ErrorKind::InvalidUtf8 => Some(text("cli-clap-invalid-utf8")),
        _ => Some(text("cli-clap-not-valid")).filter(|_| err.context().next().is_some()),
    }
}

/// clap's suggestions, in the CLI's language.
fn tips(err: &clap::Error) -> Vec<String> {
    let mut out = Vec::new();
    let quoted = |list: Vec<String>| list.join(", ");
    let args = strings(err, ContextKind::SuggestedArg);
    if !args.is_empty() {
        out.push(text_with("cli-clap-tip-similar-argument", &[("arg", quoted(args).into())]));
    }
    let commands = strings(err, ContextKind::SuggestedSubcommand);
    if !commands.is_empty() {
        out.push(text_with("cli-clap-tip-similar-subcommand", &[("command", quoted(commands).into())]));
    }
    for arg in strings(err, ContextKind::TrailingArg) {
        out.push(text_with("cli-clap-tip-escape", &[("arg", arg.into())]));
    }
    out
}
