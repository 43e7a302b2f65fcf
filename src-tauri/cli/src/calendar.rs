//! `convene export ics NETWORK` (an iCalendar file of meetings) and `convene invite MEETING`
//! (an email invitation or cancellation), over [`convene_core::ical`].
//!
//! Both write to stdout unless `--out FILE` is given, so `convene export ics techtown >
//! techtown.ics` works, and say what they wrote on stderr ("Wrote 12 meetings to
//! techtown.ics; 2 not yet dated were left out."), which keeps stdout the file itself.
//! With `--json` they print the core's result instead (`CalendarExport`, `Invitation`),
//! or, with `--out`, what was written where.
//!
//! The calendar is named after the network, and after the partner for a partner's view
//! ("IoTXchange – Fundão"); `now` is the DTSTAMP and the message's date. With `--out`, the
//! calendar goes into the file as the core writes it ([`export_ics_to`]), through
//! [`write_file_from`]: the old file stays until the new one is whole.

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use clap::Args;
use convene_core::file_write::write_file_from;
use convene_core::i18n::Message;
use convene_core::ical::export::{
    export_ics, export_ics_to, CalendarCounts, CalendarExport, ExportOptions, IcsSelection,
};
use convene_core::ical::invite::{invitation, InviteInput, InviteMethod};
use convene_core::meeting::find_meeting;
use convene_core::network::find_network;
use convene_core::progress::Silent;
use convene_core::{Error, Result};
use serde::Serialize;

use crate::language::text_with;
use crate::meetings::MeetingRef;
use crate::networks::optional_date;
use crate::output;
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct ExportIcsArgs {
    /// The network's short name or name
    pub network: String,
    /// Only this partner's view: what it hosts or attends, and the network-wide meetings
    #[arg(long, value_name = "CITY")]
    pub partner: Option<String>,
    /// Only this meeting (its id or UID)
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Only meetings with a day on or after this one (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only meetings with a day on or before this one (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// A reminder this long before each meeting: 1d, 2h, 30m, 1w, or combined (1d12h)
    #[arg(long, value_name = "DURATION")]
    pub reminder: Option<String>,
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    #[command(flatten)]
    pub meeting: MeetingRef,
    /// The organizer's e-mail address (the sender; replies come back to it)
    #[arg(long, value_name = "EMAIL")]
    pub organizer: String,
    /// An attendee's e-mail address; repeat the option, or separate addresses with commas
    #[arg(long = "to", value_name = "EMAIL", required = true, num_args = 1.., value_delimiter = ',')]
    pub to: Vec<String>,
    /// Write the message to this file (.eml) instead of stdout
    #[arg(long, value_name = "FILE.eml")]
    pub out: Option<PathBuf>,
}

/// `1d`, `2h`, `30m`, `1w`, `1d12h`: a span of weeks, days, hours and minutes.
pub fn parse_reminder(text: &str) -> Result<Duration> {
    let bad = || Error::invalid("reminder", Message::new("cli-reminder-not-a-duration").arg("text", text));
    let t = text.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Err(bad());
    }
    let mut total = Duration::zero();
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: i64 = number.parse().map_err(|_| bad())?;
        number.clear();
        total += match c {
            'w' => Duration::weeks(n),
            'd' => Duration::days(n),
            'h' => Duration::hours(n),
            'm' => Duration::minutes(n),
            _ => return Err(bad()),
        };
    }
    if !number.is_empty() {
        return Err(bad());
    }
    let limited = convene_core::calendar::reminder(Some(total.num_minutes()))?;
    Ok(limited.expect("a reminder was given"))
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    convene_core::file_write::write_file(path, text.as_bytes())
}

#[derive(Serialize)]
struct Written<'a, T: Serialize> {
    file: &'a Path,
    #[serde(flatten)]
    what: T,
}

pub fn export(ctx: &Ctx, args: ExportIcsArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let partner = args.partner.as_deref().map(|p| find_partner(&ctx.db, &network, p)).transpose()?;
    let meeting = args.meeting.as_deref().map(|m| find_meeting(&ctx.db, m)).transpose()?;
    let selection = IcsSelection {
        network_id: network.id,
        partner_id: partner.as_ref().map(|p| p.id),
        meeting_id: meeting.as_ref().map(|m| m.id),
        from: args.from.as_deref().map(|d| optional_date("from", d)).transpose()?.flatten(),
        to: args.to.as_deref().map(|d| optional_date("to", d)).transpose()?.flatten(),
    };
    let name = match &partner {
        Some(p) => format!("{} – {}", network.name, p.name),
        None => network.name.clone(),
    };
    let mut options = ExportOptions::new(name, Utc::now());
    options.reminder = args.reminder.as_deref().map(parse_reminder).transpose()?;
    let counts = match &args.out {
        Some(path) => {
            let counts = write_file_from(path, |out| export_ics_to(&ctx.db, &selection, &options, &Silent, out))?;
            if ctx.json {
                return output::json(&Written { file: path, what: counts });
            }
            counts
        }
        None => {
            let export: CalendarExport = export_ics(&ctx.db, &selection, &options)?;
            if ctx.json {
                return output::json(&export);
            }
            output::print(&export.text)?;
            CalendarCounts { events: export.events, left_out_undated: export.left_out_undated }
        }
    };
    let file = args.out.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
    let id = match (args.out.is_some(), counts.left_out_undated > 0) {
        (false, false) => "cli-ics-export-written",
        (true, false) => "cli-ics-export-written-to",
        (false, true) => "cli-ics-export-written-left-out",
        (true, true) => "cli-ics-export-written-to-left-out",
    };
    let words = text_with(
        id,
        &[("count", counts.events.into()), ("file", file.into()), ("undated", counts.left_out_undated.into())],
    );
    eprintln!("{words}");
    Ok(())
}

#[derive(Serialize)]
struct InviteWritten {
    method: InviteMethod,
    subject: String,
}

pub fn invite(ctx: &Ctx, args: InviteArgs) -> Result<()> {
    let meeting = args.meeting.find(&ctx.db)?;
    let to: Vec<String> = args.to.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    let input = InviteInput { organizer: args.organizer, attendees: to, now: Utc::now() };
    let invitation = invitation(&ctx.db, meeting.id, &input)?;
    match &args.out {
        Some(path) => write_file(path, &invitation.eml)?,
        None if ctx.json => return output::json(&invitation),
        None => output::print(&invitation.eml)?,
    }
    if ctx.json {
        if let Some(path) = &args.out {
            let what = InviteWritten { method: invitation.method, subject: invitation.subject };
            return output::json(&Written { file: path, what });
        }
    }
    let method = match invitation.method {
        InviteMethod::Request => "request",
        InviteMethod::Cancel => "cancel",
    };
    let words = match &args.out {
        Some(path) => text_with(
            "cli-invite-written-to",
            &[
                ("method", method.into()),
                ("file", path.display().to_string().into()),
                ("subject", (&invitation.subject).into()),
            ],
        ),
        None => {
            text_with("cli-invite-written", &[("method", method.into()), ("subject", (&invitation.subject).into())])
        }
    };
    eprintln!("{words}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminders() {
        assert_eq!(parse_reminder("1d").unwrap(), Duration::days(1));
        assert_eq!(parse_reminder("2h").unwrap(), Duration::hours(2));
        assert_eq!(parse_reminder("30m").unwrap(), Duration::minutes(30));
        assert_eq!(parse_reminder("1D12H").unwrap(), Duration::hours(36));
        assert_eq!(parse_reminder("1w").unwrap(), Duration::days(7));
        assert_eq!(parse_reminder("4w").unwrap(), Duration::weeks(4));
        for bad in ["", "1", "d", "1x", "1.5h", "-1d", "5w", "0m"] {
            assert_eq!(parse_reminder(bad).unwrap_err().field(), Some("reminder"), "{bad}");
        }
    }
}
