//! `--help` that lists commands grouped by the object they act on.
//!
//! clap lists subcommands under one heading; with some thirty commands that is a wall.
//! [`command`] gives `convene`, `convene meeting` and `convene plan` a help text whose
//! command list is made from the commands' own names and one-line descriptions, under one
//! heading per object ([`TOP`], [`MEETING`], [`PLAN`]), so it cannot drift from what the
//! commands are. Every subcommand belongs to exactly one group: a unit test fails when a
//! new command is not placed.

use std::fmt::Write;

use clap::{Command, CommandFactory};

use crate::Cli;

/// A heading and the names of the commands under it, in order.
pub type Groups = &'static [(&'static str, &'static [&'static str])];

pub const TOP: Groups = &[
    ("Networks", &["networks", "network", "milestone"]),
    ("Partners and their people", &["partners", "partner", "contacts", "contact", "local-group"]),
    ("Meetings", &["meetings", "meeting", "agenda", "attendance", "invite", "slots", "rotation", "poll"]),
    ("Holidays and days off", &["holidays", "dayoff"]),
    ("Action plans", &["plans", "plan"]),
    ("Good practices", &["practices", "practice"]),
    ("All data", &["search", "import", "export", "backup", "help"]),
    ("Calendar servers (CalDAV, WebDAV)", &["account", "publish", "pull", "conflicts", "conflict"]),
];

pub const MEETING: Groups = &[
    ("The meeting", &["show", "add", "update", "delete"]),
    ("Its life", &["confirm", "postpone", "held", "cancel", "help"]),
];

pub const PLAN: Groups = &[
    ("The plan", &["show", "create", "status", "language", "export", "author"]),
    ("Its content", &["section", "action", "indicator", "risk"]),
    ("Review and history", &["comment", "revisions", "diff", "restore"]),
    ("Exchange with partner cities", &["send", "receive", "push", "pull", "conflicts", "resolve", "help"]),
];

/// The help text's command list: each group's heading, then its commands with their
/// descriptions, aligned.
fn listing(cmd: &Command, groups: Groups) -> String {
    let styles = cmd.get_styles();
    let (header, literal) = (styles.get_header(), styles.get_literal());
    let about = |name: &str| -> String {
        cmd.find_subcommand(name)
            .and_then(|s| s.get_about())
            .map(|a| a.to_string())
            .unwrap_or_else(|| "Print this message or the help of the given subcommand(s)".to_string())
    };
    let width = groups.iter().flat_map(|(_, names)| names.iter()).map(|n| n.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (heading, names) in groups {
        let _ = writeln!(out, "{header}{heading}:{header:#}");
        for name in *names {
            let pad = " ".repeat(width - name.len());
            let _ = writeln!(out, "  {literal}{name}{literal:#}{pad}  {}", about(name));
        }
        out.push('\n');
    }
    out
}

fn with_groups(cmd: Command, groups: Groups) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{}{}{{after-help}}",
        listing(&cmd, groups),
        "{header}Options:{header:#}\n{options}"
            .replace("{header}", &cmd.get_styles().get_header().render().to_string())
            .replace("{header:#}", &cmd.get_styles().get_header().render_reset().to_string()),
    );
    cmd.help_template(template)
}

/// The `convene` command line with grouped help.
pub fn command() -> Command {
    let mut cmd = with_groups(Cli::command(), TOP);
    cmd = cmd.mut_subcommand("meeting", |m| with_groups(m, MEETING));
    cmd.mut_subcommand("plan", |p| with_groups(p, PLAN))
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

    #[test]
    fn every_command_has_its_group() {
        let cli = Cli::command();
        check(&cli, TOP);
        check(cli.find_subcommand("meeting").unwrap(), MEETING);
        check(cli.find_subcommand("plan").unwrap(), PLAN);
    }
}
