//! `convene import ics FILE --network NETWORK`: another program's calendar file (Outlook,
//! Google Calendar, Thunderbird, Apple) into a network's meetings, through
//! [`convene_core::ical::import`].
//!
//! Prints the summary sentence, the meetings created and updated with their times (the
//! first [`LISTED_MAX`] of each; a 20,000-event file is not read line by line, and
//! `convene meetings` lists them all), and each warning with its line; `--json` prints the core's `IcsImportReport`. A broken file is
//! refused (exit 1) naming the file and the line, and nothing is saved. Importing the same
//! file again changes nothing and says so.

use std::path::{Path, PathBuf};

use clap::Args;
use convene_core::calendar::read_calendar_file;
use convene_core::ical::import::{import_ics_bytes, IcsImportReport, MeetingRef};
use convene_core::meeting::get_meeting;
use convene_core::network::find_network;
use convene_core::{Error, Result};

use crate::output;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// An iCalendar file (.ics) exported by a calendar program
    pub file: PathBuf,
    /// The network whose meetings the events become (short name or name)
    #[arg(long, value_name = "NETWORK")]
    pub network: String,
}

/// Puts the file's name in front of the core's `line N: ...` messages.
fn naming_the_file(file: &Path, err: Error) -> Error {
    match err {
        Error::BadInput(message) => Error::BadInput(format!("{}: {message}", file.display())),
        other => other,
    }
}

pub fn import_ics(ctx: &mut Ctx, args: IcsArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let bytes = read_calendar_file(&args.file)?;
    let report = import_ics_bytes(&mut ctx.db, network.id, &bytes).map_err(|e| naming_the_file(&args.file, e))?;
    if ctx.json {
        return output::json(&report);
    }
    output::print(&text_report(ctx, &report, &network.slug)?)
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
        out.push_str(&format!("\n{heading}:\n"));
        out.push_str(&output::table(&["#id", "when", "status", "title"], &rows));
        if meetings.len() > LISTED_MAX {
            out.push_str(&format!(
                "... and {} more; `convene meetings {network}` lists every meeting.\n",
                meetings.len() - LISTED_MAX
            ));
        }
        Ok(())
    };
    list("Created", &report.created, &mut out)?;
    list("Updated", &report.updated, &mut out)?;
    if !report.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &report.warnings {
            out.push_str(w);
            out.push('\n');
        }
    }
    Ok(out)
}
