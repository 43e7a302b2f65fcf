//! `convene`: Convene's data without the window.
//!
//! Every command calls the same `convene-core` functions the desktop app calls, on one
//! SQLite file chosen by `--db PATH`, else the `CONVENE_DB` environment variable, else
//! the desktop app's own `convene.db` (in the platform data directory, folder
//! `eu.convene.app`), so what the CLI imports shows in the window. Human output is plain
//! lines and tables; `--json` prints the core's types as JSON instead (documented in `docs/cli.md`).
//!
//! Exit codes, with the reason on stderr and nothing saved on any failure:
//! - 0 on success;
//! - 2 when the input is wrong: the command line itself (a missing or unknown option, as
//!   clap reports it), or a value the core refuses, typed or in a file being imported (an
//!   unknown zone, a malformed e-mail, a date that does not exist, a title too long:
//!   `Error::Invalid`, named by its field and option);
//! - 1 when the command was well formed but cannot be done: a network or meeting that does
//!   not exist, a delete refused because of what depends on it, a file that cannot be read
//!   or written, a database from a newer Convene;
//! - 101 when Convene hit an internal error (a bug): a plain message names the log file
//!   (`convene-errors.log` in the app's data directory) that holds the details.

mod accounts;
mod agenda;
mod attendance;
mod calendar;
mod conflicts;
mod data;
mod help;
mod holidays;
mod ics_import;
mod labels;
mod language;
mod meeting_status;
mod meetings;
mod milestones;
mod networks;
mod output;
mod partners;
mod people;
mod plan_export;
mod plan_history;
mod plan_tables;
mod plans;
mod polls;
mod practice_edit;
mod practices;
mod publish;
mod schedule_options;
mod scheduling;
mod usage_errors;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};
use convene_core::i18n::{self, Locale, Message};
use convene_core::{Db, Error, Result};

#[derive(Debug, Parser)]
#[command(
    name = "convene",
    version,
    about = "Networks, partner cities, meetings, action plans and good practices of transnational city networks",
    after_help = "NETWORK is a network's short name (slug) or name, in any case, with or without accents.\n\
                  The database is --db PATH, else $CONVENE_DB, else the desktop app's convene.db\n\
                  (on Linux ~/.local/share/eu.convene.app/convene.db)."
)]
pub struct Cli {
    /// The database file [default: $CONVENE_DB, else the desktop app's convene.db]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Print machine-readable JSON instead of text
    #[arg(long, global = true)]
    pub json: bool,

    /// The language of messages: en, fr, de, es, it, pt, pl, nl, el, ro [default: from $LC_ALL, $LC_MESSAGES, $LANG]
    #[arg(long, global = true, value_name = "CODE", value_parser = language::parse_lang)]
    pub lang: Option<Locale>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import URBACT network pages, a Convene JSON export or an iCalendar file
    #[command(subcommand)]
    Import(ImportCommand),
    /// List every network
    Networks,
    /// Show, add, change or delete a network
    #[command(subcommand)]
    Network(networks::NetworkCommand),
    /// List, add, change or remove a network's milestones
    #[command(subcommand)]
    Milestone(milestones::MilestoneCommand),
    /// List the partners of a network
    Partners {
        /// The network's short name or name
        network: String,
    },
    /// Show, add, change or delete a partner of a network
    #[command(subcommand)]
    Partner(partners::PartnerCommand),
    /// List the contact people of a network's partners
    Contacts(people::ContactsArgs),
    /// Add, change or remove a partner's contact person
    #[command(subcommand)]
    Contact(people::ContactCommand),
    /// List a network's local group members, or add, change or remove one
    LocalGroup(people::LocalGroupArgs),
    /// List the meetings of a network in date order (undated ones last)
    Meetings(meetings::ListArgs),
    /// Show, add, change, confirm, postpone, mark held, cancel or delete a meeting
    #[command(subcommand, after_help = help::MEETING_NOTE)]
    Meeting(meetings::MeetingCommand),
    /// Show a meeting's agenda, or add, change, move or remove an item
    Agenda(agenda::AgendaArgs),
    /// Show who is invited to a meeting, or record a partner's or contact's answer
    Attendance(attendance::AttendanceArgs),
    /// List the action plans of a network with their status and last change
    Plans {
        /// The network's short name or name
        network: String,
    },
    /// Draft, review, compare, restore, send and receive an Integrated Action Plan
    #[command(subcommand)]
    Plan(plans::PlanCommand),
    /// List the good practices
    Practices,
    /// Show, add, change or remove a good practice
    #[command(subcommand)]
    Practice(practices::PracticeCommand),
    /// Search networks, partners, meetings, action plans and good practices
    Search(practices::SearchArgs),
    /// Copy the whole database to FILE (SQLite online backup; safe while the app runs)
    Backup {
        /// Where to write the copy
        file: PathBuf,
    },
    /// Export the whole database, or meetings as an iCalendar file
    #[command(subcommand)]
    Export(ExportCommand),
    /// A country's public holidays, or the days a network's partners do not work
    Holidays(holidays::HolidaysArgs),
    /// List, add or remove a partner's own days off (a patron saint's day, a local election)
    #[command(subcommand)]
    Dayoff(holidays::DayOffCommand),
    /// Write an email invitation to a meeting (a cancellation if it is cancelled or postponed)
    Invite(calendar::InviteArgs),
    /// Find times that suit a network's partners: working hours, weekends, holidays, other meetings
    Slots(scheduling::SlotsArgs),
    /// Who has hosted the network's in-person meetings, and who should host next
    Rotation(scheduling::RotationArgs),
    /// Ask the partners which dates suit them, read their answers, and turn the chosen date into a meeting
    #[command(subcommand)]
    Poll(polls::PollCommand),
    /// Add, list, test or remove a CalDAV/WebDAV server account (passwords stay in the keyring)
    #[command(subcommand)]
    Account(accounts::AccountCommand),
    /// Publish a network's meetings to a calendar on a CalDAV server (and read its changes first)
    Publish(publish::PublishArgs),
    /// Read changes made on the CalDAV server into a published network
    Pull(publish::PullArgs),
    /// List meetings changed both here and on the server, with both versions
    Conflicts,
    /// Settle a conflict: keep local or remote
    #[command(subcommand)]
    Conflict(conflicts::ConflictCommand),
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import networks, partners, meetings, plans and practices from URBACT pages
    Urbact(data::UrbactArgs),
    /// Import a file written by `convene export json` into an empty database
    Json {
        /// The JSON export to read
        file: PathBuf,
    },
    /// Import the events of an iCalendar file (.ics) as meetings of a network
    Ics(ics_import::IcsArgs),
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Everything, as one JSON document (see docs/json.md); to stdout unless --out is given
    Json(data::ExportJsonArgs),
    /// Meetings of a network as an iCalendar file (.ics); to stdout unless --out is given
    Ics(calendar::ExportIcsArgs),
}

/// What every command receives: the open database and how to print.
pub struct Ctx {
    pub db: Db,
    pub json: bool,
}

/// Where the database is: `--db`, else `$CONVENE_DB`, else the desktop app's own file
/// ([`convene_core::store::default_database_path`]), so both see the same data.
fn database_path(flag: Option<PathBuf>) -> Result<PathBuf> {
    match flag {
        Some(path) => Ok(path),
        None => convene_core::store::database_path_from_env_or_default(),
    }
}

fn run(cli: Cli) -> Result<()> {
    let path = database_path(cli.db)?;
    run_on(&path, cli.json, cli.command).map_err(|e| convene_core::disk_errors::about_database(&path, e))
}

fn run_on(path: &std::path::Path, json: bool, command: Command) -> Result<()> {
    let db = Db::open(path)?;
    let mut ctx = Ctx { db, json };
    match command {
        Command::Import(ImportCommand::Urbact(args)) => data::import_urbact(&mut ctx, args),
        Command::Import(ImportCommand::Json { file }) => data::import_json(&mut ctx, &file),
        Command::Import(ImportCommand::Ics(args)) => ics_import::import_ics(&mut ctx, args),
        Command::Networks => networks::list(&ctx),
        Command::Network(cmd) => networks::run(&mut ctx, cmd),
        Command::Milestone(cmd) => milestones::run(&mut ctx, cmd),
        Command::Partners { network } => partners::list(&ctx, &network),
        Command::Partner(cmd) => partners::run(&mut ctx, cmd),
        Command::Contacts(args) => people::list_contacts(&ctx, args),
        Command::Contact(cmd) => people::run_contact(&mut ctx, cmd),
        Command::LocalGroup(args) => people::run_local_group(&mut ctx, args),
        Command::Meetings(args) => meetings::list(&ctx, args),
        Command::Meeting(cmd) => meetings::run(&mut ctx, cmd),
        Command::Agenda(args) => agenda::run(&mut ctx, args),
        Command::Attendance(args) => attendance::run(&mut ctx, args),
        Command::Plans { network } => plans::list(&ctx, &network),
        Command::Plan(cmd) => plans::run(&mut ctx, cmd),
        Command::Practices => practices::list(&ctx),
        Command::Practice(cmd) => practices::run(&mut ctx, cmd),
        Command::Search(args) => practices::search(&ctx, args),
        Command::Backup { file } => data::backup(&ctx, &file),
        Command::Export(ExportCommand::Json(args)) => data::export_json(&ctx, args),
        Command::Export(ExportCommand::Ics(args)) => calendar::export(&ctx, args),
        Command::Holidays(args) => holidays::holidays(&ctx, args),
        Command::Dayoff(cmd) => holidays::dayoff(&mut ctx, cmd),
        Command::Invite(args) => calendar::invite(&ctx, args),
        Command::Slots(args) => scheduling::slots(&ctx, args),
        Command::Rotation(args) => scheduling::rotation(&ctx, args),
        Command::Poll(cmd) => polls::run(&mut ctx, cmd),
        Command::Account(cmd) => accounts::run(&mut ctx, cmd),
        Command::Publish(args) => publish::publish(&mut ctx, args),
        Command::Pull(args) => publish::pull(&mut ctx, args),
        Command::Conflicts => conflicts::list(&ctx),
        Command::Conflict(cmd) => conflicts::run(&mut ctx, cmd),
    }
}

/// Stops with a usage error (exit code 2) of the subcommand at `path` (such as
/// `["meeting", "add"]`), as clap does for its own checks.
pub fn usage_error(path: &[&str], message: impl std::fmt::Display) -> ! {
    let mut command = help::command().bin_name("convene");
    command.build();
    let mut current = &mut command;
    for name in path {
        current = current.find_subcommand_mut(name).expect("the subcommand exists");
    }
    usage_errors::exit_with(current, &message.to_string())
}

/// A yes-or-no option (`--transfer yes`, `--done no`) for the core field `field`.
pub fn yes_or_no(field: &str, text: &str) -> Result<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" => Ok(true),
        "no" | "n" | "false" => Ok(false),
        other => Err(Error::invalid(field, Message::new("error-not-yes-or-no").arg("value", other))),
    }
}

/// The command-line option that sets a core input field, to name it in errors.
fn flag_of(field: &str) -> Option<&'static str> {
    let last = field.rsplit('.').next().unwrap_or(field);
    Some(match last {
        "name" => "--name",
        "slug" => "--slug",
        "kind" => "--kind",
        "tagline" => "--tagline",
        "description" => "--description",
        "programme" => "--programme",
        "start_date" | "start" | "start_local" => "--start",
        "end_date" | "end" | "end_local" => "--end",
        "contact_email" | "email" => "--email",
        "phone" => "--phone",
        "organisation" => "--organisation",
        "website" => "--website",
        "language" => "--language",
        "lead_partner_id" if field.starts_with("agenda[") => "--speaker",
        "lead_partner_id" => "--lead",
        "speaker" => "--speaker",
        "start_time" => "--start",
        "end_time" => "--end",
        "position" => "--at",
        "heading" | "body" if field.starts_with("sections[") => "--sections",
        "city" => "--city",
        "author_role" => "--author-role",
        "headline_figure" => "--figure",
        "is_transfer" => "--transfer",
        "network_ids" => "--networks",
        "country" => "--country",
        "region" => "--region",
        "role" => "--role",
        "time_zone" => "--tz",
        "population" => "--population",
        "notes" => "--notes",
        "title" => "--title",
        "host_partner_id" | "host" => "--host",
        "venue" => "--venue",
        "mode" => "--mode",
        "online_url" => "--online",
        "status" => "--status",
        "first" | "date" => "--date",
        "done" => "--done",
        "last" => "--until",
        "year" | "month" => "--month",
        "wording" => "--wording",
        "from" => "--from",
        "to" => "--to",
        "limit" => "--limit",
        "start_year" => "--start-year",
        "organizer" => "--organizer",
        "reminder" => "--reminder",
        attendee if attendee.starts_with("to[") => "--to",
        "objective" => "--objective",
        "lead" => "--lead",
        "partners" => "--partners",
        "cost" => "--cost",
        "funding" | "amount" => "--funding",
        "body" | "text" => "--text",
        "message" => "--message",
        "author" => "--author",
        "adoption_date" => "--date",
        "target_date" => "--by",
        "likelihood" => "--likelihood",
        "impact" => "--impact",
        "mitigation" => "--mitigation",
        "owner" => "--owner",
        "verification" => "--verification",
        "baseline" => "--baseline",
        "target" => "--target",
        "unit" => "--unit",
        "duration" => "--duration",
        "hours" => "--hours",
        "days" => "--days",
        "partner" | "partner_ids" => "--partner",
        "deadline" => "--deadline",
        "option" | "options" => "--option",
        option if option.starts_with("options[") => "--option",
        _ => return None,
    })
}

/// The error in the CLI's language, naming the option that set a wrong field.
fn describe(err: &Error) -> String {
    use language::text_with;
    match err {
        Error::Invalid { field, .. } => {
            let reason = err.message(i18n::current());
            match flag_of(field) {
                Some(flag) => text_with(
                    "cli-error-field-with-flag",
                    &[("field", field.into()), ("flag", flag.into()), ("reason", reason.into())],
                ),
                None => text_with("cli-error-field", &[("field", field.into()), ("reason", reason.into())]),
            }
        }
        Error::HasDependents { message, .. } => text_with("cli-error-run-with-cascade", &[("message", message.into())]),
        other => other.message(i18n::current()),
    }
}

fn main() -> ExitCode {
    use convene_core::panic_report;
    let log =
        panic_report::default_log_path().unwrap_or_else(|| std::env::temp_dir().join(panic_report::LOG_FILE_NAME));
    panic_report::install(log, true);
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    i18n::set_current(language::before_parsing(args.iter().cloned()));
    let matches = help::matches_from(args).unwrap_or_else(|e| usage_errors::exit(e));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| usage_errors::exit(e));
    i18n::set_current(cli.lang.unwrap_or_else(i18n::from_environment));
    let result = match panic_report::catch_panic(|| run(cli)) {
        Ok(result) => result,
        Err(internal) => {
            let message = internal.render(i18n::current());
            eprintln!("{}", language::text_with("cli-error", &[("message", message.into())]));
            return ExitCode::from(101);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}", language::text_with("cli-error", &[("message", describe(&err).into())]));
            match err {
                Error::Invalid { .. } => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}
