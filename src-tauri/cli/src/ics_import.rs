//! `convene import ics FILE --network NETWORK`: another program's calendar file (Outlook,
//! Google Calendar, Thunderbird, Apple) into a network's meetings, through
//! [`convene_core::ical::import`].
//!
//! Prints the summary sentence, the meetings created and updated with their times (the
//! first [`LISTED_MAX`] of each; a 20,000-event file is not read line by line, and
//! `convene meetings` lists them all), each event skipped with its line and reason, and
//! each warning with its line; `--json` prints the core's `IcsImportReport`.
//!
//! Exit codes: 0 when something was imported or was already saved, even with events
//! skipped; 1 when nothing could be (every event skipped: the report is printed, then the
//! error), or when the file is refused whole (not iCalendar, broken structure), naming the
//! file and the line, with nothing saved. `--strict` refuses the file at its first event
//! that cannot be imported, as all or nothing. Importing the same file again changes
//! nothing and says so.

use std::path::{Path, PathBuf};

use clap::Args;
use convene_core::calendar::read_calendar_file;
use convene_core::i18n::Message;
use convene_core::ical::import::{import_ics_bytes_in, IcsImportMode, IcsImportReport, MeetingRef};
use convene_core::meeting::get_meeting;
use convene_core::network::find_network;
use convene_core::progress::Silent;
use convene_core::{Error, Result};

use crate::language::{text, text_with};
use crate::output;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// An iCalendar file (.ics) exported by a calendar program
    pub file: PathBuf,
    /// The network whose meetings the events become (short name or name)
    #[arg(long, value_name = "NETWORK")]
    pub network: String,
    /// Refuse the whole file at its first event that cannot be imported, instead of
    /// importing the others and listing the ones skipped
    #[arg(long)]
    pub strict: bool,
}

/// Puts the file's name in front of the core's `line N: ...` messages.
fn naming_the_file(file: &Path, err: Error) -> Error {
    match err {
        Error::BadInput(message) => Error::bad_input(
            Message::new("cli-file-error").arg("file", file.display().to_string()).arg("message", message),
        ),
        other => other,
    }
}

pub fn import_ics(ctx: &mut Ctx, args: IcsArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let bytes = read_calendar_file(&args.file)?;
    let mode = if args.strict { IcsImportMode::Strict } else { IcsImportMode::Lenient };
    let report = import_ics_bytes_in(&mut ctx.db, network.id, &bytes, mode, &Silent)
        .map_err(|e| naming_the_file(&args.file, e))?;
    if ctx.json {
        output::json(&report)?;
    } else {
        output::print(&text_report(ctx, &report, &network.slug)?)?;
    }
    if report.nothing_imported() {
        return Err(Error::bad_input(
            Message::new("cli-ics-nothing-imported")
                .arg("file", args.file.display().to_string())
                .arg("count", report.skipped.len()),
        ));
    }
    Ok(())
}

/// How many created (and updated) meetings the text report lists.
pub const LISTED_MAX: usize = 50;

fn text_report(ctx: &Ctx, report: &IcsImportReport, network: &str) -> Result<String> {
    let mut out = format!("{}\n", report.summary());
    let list = |heading: &str, meetings: &[MeetingRef], out: &mut String| -> Result<()> {
        if meetings.is_empty() {
            return Ok(());
        }
        let rows = meetings
            .iter()
            .take(LISTED_MAX)
            .map(|m| {
                let saved = get_meeting(&ctx.db, m.id)?;
                Ok(vec![m.id.to_string(), output::schedule(&saved.schedule), saved.status.to_string(), m.title.clone()])
            })
            .collect::<Result<Vec<_>>>()?;
        out.push_str(&format!("\n{heading}\n"));
        let headers = [
            format!("#{}", text("cli-ics-column-id")),
            text("cli-ics-column-when"),
            text("cli-ics-column-status"),
            text("cli-ics-column-title"),
        ];
        out.push_str(&output::table(&headers.each_ref().map(String::as_str), &rows));
        if meetings.len() > LISTED_MAX {
            let more = [("count", (meetings.len() - LISTED_MAX).into()), ("slug", network.into())];
            out.push_str(&format!("{}\n", text_with("cli-ics-and-more", &more)));
        }
        Ok(())
    };
    list(&text("cli-ics-created"), &report.created, &mut out)?;
    list(&text("cli-ics-updated"), &report.updated, &mut out)?;
    if !report.skipped.is_empty() {
        out.push_str(&format!("\n{}\n", text_with("cli-ics-skipped", &[("count", report.skipped.len().into())])));
        for s in &report.skipped {
            out.push_str(&s.describe());
            out.push('\n');
        }
    }
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-warnings-heading")));
        for w in &report.warnings {
            out.push_str(w);
            out.push('\n');
        }
    }
    Ok(out)
}
