//! `--help` that lists commands grouped by the object they act on.
//!
//! clap lists subcommands under one heading; with some thirty commands that is a wall.
//! [`command`] gives `convene`, `convene meeting` and `convene plan` a help text whose
//! command list is made from the commands' own names and one-line descriptions, under one
//! heading per object ([`TOP`], [`MEETING`], [`PLAN`]), so it cannot drift from what the
//! commands are. Every subcommand belongs to exactly one group: a unit test fails when a
//! new command is not placed.
//!
//! The help is in the CLI's language (`--lang` is read before parsing, see
//! [`crate::language::before_parsing`]), at every level: the headings, `convene`'s own
//! description, options and note, and for every command below it (`convene network add`,
//! `convene plan action add`) its one-line description, its arguments' help and its note
//! are `cli-help-*` messages of `cli.ftl`:
//! - a command's description is `cli-help-command-<path>` (`cli-help-command-network-add`);
//! - an argument's help is `cli-help-arg-<path>-<argument>`
//!   (`cli-help-arg-network-add-name`), or, for the words many commands share ("The
//!   network's short name or name"), `cli-help-arg-<argument>` (`cli-help-arg-network`);
//! - a note after the options is `cli-help-note-<path>`, or one of [`NOTES`].
//!
//! The doc comments of [`crate::Cli`] stay the English source. A message is used only where
//! its English is exactly the doc comment, so a changed doc comment never shows an outdated
//! translation; a unit test fails when any text of the command line has no such message.

use std::fmt::Write;

use clap::{Arg, ArgAction, Command, CommandFactory};

use convene_core::i18n::{self, Locale};

use crate::language::text;
use crate::Cli;

/// A heading (its catalogue message) and the names of the commands under it, in order.
pub type Groups = &'static [(&'static str, &'static [&'static str])];

pub const TOP: Groups = &[
    ("cli-help-group-networks", &["networks", "network", "milestone"]),
    ("cli-help-group-partners", &["partners", "partner", "contacts", "contact", "local-group"]),
    (
        "cli-help-group-meetings",
        &["meetings", "meeting", "agenda", "attendance", "invite", "slots", "rotation", "poll"],
    ),
    ("cli-help-group-holidays", &["holidays", "dayoff"]),
    ("cli-help-group-plans", &["plans", "plan"]),
    ("cli-help-group-practices", &["practices", "practice"]),
    ("cli-help-group-data", &["search", "import", "export", "backup", "help"]),
    ("cli-help-group-servers", &["account", "publish", "pull", "conflicts", "conflict"]),
];

pub const MEETING: Groups = &[
    ("cli-help-group-meeting", &["show", "add", "update", "delete"]),
    ("cli-help-group-meeting-life", &["confirm", "postpone", "held", "cancel", "help"]),
];

pub const PLAN: Groups = &[
    ("cli-help-group-plan", &["show", "create", "status", "language", "export", "author"]),
    ("cli-help-group-plan-content", &["section", "action", "indicator", "risk"]),
    ("cli-help-group-plan-review", &["comment", "revisions", "diff", "restore"]),
    ("cli-help-group-plan-exchange", &["send", "receive", "push", "pull", "conflicts", "resolve", "help"]),
];

/// The catalogue message of a top-level command's one-line description.
fn command_message(name: &str) -> String {
    format!("cli-help-command-{name}")
}

/// The note after `convene meeting --help`'s options.
pub const MEETING_NOTE: &str =
    "A meeting's agenda and who comes: `convene agenda NETWORK MEETING`, `convene attendance NETWORK MEETING`.";

/// Notes after the options of deeper commands (English, as in the code) and their
/// catalogue messages: wherever a command has one of these notes, it is translated.
const NOTES: [(&str, &str); 2] =
    [(crate::accounts::PASSWORD_HELP, "cli-help-password"), (MEETING_NOTE, "cli-help-meeting-note")];

/// The catalogue messages of `convene`'s own options, by the options' ids.
const OPTION_MESSAGES: [(&str, &str); 3] =
    [("db", "cli-help-option-db"), ("json", "cli-help-option-json"), ("lang", "cli-help-option-lang")];

/// The help text's command list: each group's heading, then its commands with their
/// descriptions, aligned.
fn listing(cmd: &Command, groups: Groups) -> String {
    let styles = cmd.get_styles();
    let (header, literal) = (styles.get_header(), styles.get_literal());
    let about = |name: &str| -> String {
        cmd.find_subcommand(name)
            .and_then(|s| s.get_about())
            .map(|a| a.to_string())
            .unwrap_or_else(|| text(&command_message("help")))
    };
    let width = groups.iter().flat_map(|(_, names)| names.iter()).map(|n| n.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (heading, names) in groups {
        let _ = writeln!(out, "{header}{}{header:#}", text(heading));
        for name in *names {
            let pad = " ".repeat(width - name.len());
            let _ = writeln!(out, "  {literal}{name}{literal:#}{pad}  {}", about(name));
        }
        out.push('\n');
    }
    out
}

fn with_groups(cmd: Command, groups: Groups) -> Command {
    let header = cmd.get_styles().get_header();
    let (on, off) = (header.render().to_string(), header.render_reset().to_string());
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{on}{}{off} {{usage}}\n\n{}{on}{}{off}\n{{options}}{{after-help}}",
        text("cli-help-usage"),
        listing(&cmd, groups),
        text("cli-help-options"),
    );
    cmd.help_template(template)
}

/// `cmd`'s and its subcommands' notes of [`NOTES`] in the CLI's language.
fn notes_in_language(cmd: Command) -> Command {
    let note = cmd.get_after_help().map(|n| n.to_string());
    let cmd = match NOTES.iter().find(|(english, _)| note.as_deref() == Some(*english)) {
        Some((_, message)) => cmd.after_help(text(message)),
        None => cmd,
    };
    cmd.mut_subcommands(notes_in_language)
}

/// The catalogue message `id` in the CLI's language when its English is `english` (the
/// doc comment it stands for), else `None`.
fn translated(id: &str, english: &str) -> Option<String> {
    (i18n::translate(Locale::En, id, &[]) == english).then(|| text(id))
}

/// The messages that may carry the help of argument `arg` of the command at `path`, most
/// specific first.
fn argument_messages(path: &str, arg: &str) -> [String; 2] {
    let arg = arg.replace('_', "-");
    [format!("cli-help-arg-{path}-{arg}"), format!("cli-help-arg-{arg}")]
}

/// The message standing for the help `english` of argument `arg` at `path`, if any.
fn argument_message(path: &str, arg: &str, english: &str) -> Option<String> {
    argument_messages(path, arg).into_iter().find(|id| i18n::translate(Locale::En, id, &[]) == english)
}

/// The command at `path` (`network-add`) and everything under it in the CLI's language:
/// its description, its arguments' help and its note (see the module docs).
fn command_in_language(cmd: Command, path: &str) -> Command {
    let mut cmd = cmd;
    if let Some(about) = cmd.get_about().and_then(|a| translated(&command_message(path), &a.to_string())) {
        cmd = cmd.about(about);
    }
    let note = cmd.get_after_help().map(|n| n.to_string());
    if let Some(note) = note.and_then(|n| translated(&format!("cli-help-note-{path}"), &n)) {
        cmd = cmd.after_help(note);
    }
    let helps: Vec<(String, String)> = cmd
        .get_arguments()
        .filter(|a| !a.is_global_set())
        .filter_map(|a| {
            Some((a.get_id().to_string(), argument_message(path, a.get_id().as_str(), &a.get_help()?.to_string())?))
        })
        .collect();
    for (id, message) in helps {
        cmd = cmd.mut_arg(id, |a| a.help(text(&message)));
    }
    cmd = headings_in_language(cmd);
    cmd.mut_subcommands(|s| {
        let path = format!("{path}-{}", s.get_name());
        command_in_language(s, &path)
    })
}

/// A help template with the headings (usage, arguments, commands, options) in the CLI's
/// language; clap's own `{all-args}` would write them in English.
fn headings_in_language(cmd: Command) -> Command {
    let header = cmd.get_styles().get_header();
    let (on, off) = (header.render().to_string(), header.render_reset().to_string());
    let mut template =
        format!("{{before-help}}{{about-with-newline}}\n{on}{}{off} {{usage}}\n", text("cli-help-usage"));
    if cmd.get_positionals().next().is_some() {
        template.push_str(&format!("\n{on}{}{off}\n{{positionals}}\n", text("cli-help-arguments")));
    }
    if cmd.has_subcommands() {
        template.push_str(&format!("\n{on}{}{off}\n{{subcommands}}\n", text("cli-help-commands")));
    }
    template.push_str(&format!("\n{on}{}{off}\n{{options}}{{after-help}}", text("cli-help-options")));
    cmd.help_template(template)
}

/// `convene`'s description, its options and the note after them in the CLI's language, and
/// every command below it ([`command_in_language`]); the password and meeting notes too.
fn in_language(cmd: Command) -> Command {
    let mut cmd = cmd.about(text("cli-help-about")).after_help(text("cli-help-after")).mut_subcommands(|s| {
        let name = s.get_name().to_string();
        notes_in_language(command_in_language(s, &name))
    });
    for (id, message) in OPTION_MESSAGES {
        cmd = cmd.mut_arg(id, |a| a.help(text(message)));
    }
    cmd.disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(text("cli-help-option-help")),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text("cli-help-option-version")),
        )
}

/// The command line's matches, parsed from `args` (the program's name first).
///
/// A line that parses is parsed once, against the plain [`Cli::command`]: putting every
/// help text of some two hundred commands and arguments into the CLI's language (and
/// reading the catalogue for it) is most of the program's start, and a line that parses
/// shows none of them. Only when clap has something to say (help, the version, an error)
/// is the line parsed again against [`command`], so that it says it in the CLI's language.
/// The two commands accept the same lines: [`command`] changes texts only, which a test
/// holds it to.
pub fn matches_from(args: Vec<std::ffi::OsString>) -> Result<clap::ArgMatches, clap::Error> {
    match Cli::command().try_get_matches_from(&args) {
        Ok(matches) => Ok(matches),
        Err(_) => command().try_get_matches_from(args),
    }
}

/// The `convene` command line with grouped help in the CLI's language.
pub fn command() -> Command {
    let mut cmd = with_groups(in_language(Cli::command()), TOP);
    cmd = cmd.mut_subcommand("meeting", |m| with_groups(m, MEETING));
    cmd = cmd.mut_subcommand("plan", |p| with_groups(p, PLAN));
    cmd.build();
    help_commands_in_language(cmd)
}

/// The `help` commands clap adds when it builds the command line, described in the CLI's
/// language at every level.
fn help_commands_in_language(cmd: Command) -> Command {
    let cmd = if cmd.find_subcommand("help").is_some() {
        cmd.mut_subcommand("help", |h| h.about(text(&command_message("help"))))
    } else {
        cmd
    };
    cmd.mut_subcommands(|s| if s.get_name() == "help" { s } else { help_commands_in_language(s) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(cmd: &Command) -> Vec<String> {
        let mut cmd = cmd.clone();
        cmd.build();
        cmd.get_subcommands().map(|s| s.get_name().to_string()).collect()
    }

    fn check(cmd: &Command, groups: Groups) {
        let mut grouped: Vec<&str> = groups.iter().flat_map(|(_, n)| n.iter().copied()).collect();
        let mut actual = names(cmd);
        grouped.sort_unstable();
        actual.sort_unstable();
        assert_eq!(grouped, actual, "every subcommand of `{}` is in exactly one group", cmd.get_name());
    }

    /// The doc comments are the English source of the `cli-help-*` messages.
    #[test]
    fn the_english_help_messages_are_the_doc_comments() {
        use convene_core::i18n::{self, Locale};
        let english = |id: &str| i18n::translate(Locale::En, id, &[]);
        let cli = Cli::command();
        let mut problems = Vec::new();
        let mut same = |id: String, source: Option<String>| {
            if Some(english(&id)) != source {
                problems.push(format!("{id}: \"{}\" in cli.ftl, {source:?} in the code", english(&id)));
            }
        };
        same("cli-help-about".into(), cli.get_about().map(|a| a.to_string()));
        same("cli-help-after".into(), cli.get_after_help().map(|a| a.to_string()));
        fn walk(cmd: &Command, path: &str, same: &mut dyn FnMut(String, Option<String>), problems: &mut Vec<String>) {
            for s in cmd.get_subcommands() {
                let path = if path.is_empty() { s.get_name().to_string() } else { format!("{path}-{}", s.get_name()) };
                same(command_message(&path), s.get_about().map(|a| a.to_string()));
                let note = s.get_after_help().map(|n| n.to_string());
                if let Some(note) = note.filter(|n| !NOTES.iter().any(|(english, _)| english == n)) {
                    same(format!("cli-help-note-{path}"), Some(note));
                }
                for arg in s.get_arguments().filter(|a| !a.is_global_set()) {
                    let Some(help) = arg.get_help().map(|h| h.to_string()) else { continue };
                    if argument_message(&path, arg.get_id().as_str(), &help).is_none() {
                        let [specific, _] = argument_messages(&path, arg.get_id().as_str());
                        problems.push(format!("{specific}: no message whose English is \"{help}\""));
                    }
                }
                walk(s, &path, same, problems);
            }
        }
        let mut deeper = Vec::new();
        walk(&cli, "", &mut same, &mut deeper);
        for (id, message) in OPTION_MESSAGES {
            let arg = cli.get_arguments().find(|a| a.get_id() == id).expect("the option exists");
            same(message.into(), arg.get_help().map(|h| h.to_string()));
        }
        for (note, message) in NOTES {
            same(message.into(), Some(note.to_string()));
        }
        problems.extend(deeper);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// [`matches_from`] may take the plain command's matches only because the command in
    /// the CLI's language accepts and refuses the same lines: every command with no
    /// arguments, and lines that parse, in two languages.
    #[test]
    fn the_command_in_a_language_parses_every_line_as_the_plain_one() {
        use clap::FromArgMatches;
        use convene_core::i18n::{self, Locale};
        fn paths(cmd: &Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
            for s in cmd.get_subcommands() {
                let mut path = prefix.to_vec();
                path.push(s.get_name().to_string());
                out.push(path.clone());
                paths(s, &path, out);
            }
        }
        let mut lines = Vec::new();
        paths(&Cli::command(), &[], &mut lines);
        assert!(lines.len() > 100, "{} commands", lines.len());
        for line in [
            "export ics bench --out meetings.ics",
            "--db x.db --json import ics file.ics --network bench",
            "import ics file.ics --network bench --strict",
            "meeting add bench --title Kick-off --start 2027-03-10T10:00 --end 2027-03-10T12:00",
            "--lang fr networks",
            "--lang xx networks",
            "plan export bench/gavle --format docx --out plan.docx",
            "search gävle",
            "networks --no-such-option",
        ] {
            lines.push(line.split(' ').map(String::from).collect());
        }
        let mut parsed = 0;
        for locale in [Locale::En, Locale::De] {
            i18n::set_current(locale);
            for line in &lines {
                let args: Vec<String> = std::iter::once("convene".to_string()).chain(line.iter().cloned()).collect();
                let plain = Cli::command().try_get_matches_from(&args);
                let in_language = command().try_get_matches_from(&args);
                match (plain, in_language) {
                    (Ok(plain), Ok(in_language)) => {
                        let plain = Cli::from_arg_matches(&plain).map(|c| format!("{c:?}"));
                        let in_language = Cli::from_arg_matches(&in_language).map(|c| format!("{c:?}"));
                        assert_eq!(plain.ok(), in_language.ok(), "{line:?}");
                        parsed += 1;
                    }
                    (Err(plain), Err(in_language)) => assert_eq!(plain.kind(), in_language.kind(), "{line:?}"),
                    (plain, in_language) => panic!("{line:?}: plain {plain:?}, in {locale:?} {in_language:?}"),
                }
            }
        }
        assert!(parsed >= 10, "{parsed} lines parsed");
    }

    #[test]
    fn every_command_has_its_group() {
        let cli = Cli::command();
        check(&cli, TOP);
        check(cli.find_subcommand("meeting").unwrap(), MEETING);
        check(cli.find_subcommand("plan").unwrap(), PLAN);
    }
}
