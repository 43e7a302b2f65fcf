//! `convene attendance NETWORK MEETING [--partner CITY | --contact PERSON] --status S`: who
//! is invited to a meeting and what they answered.
//!
//! Without `--status` it lists the meeting's attendance. The statuses are the core's
//! (invited, accepted, declined, tentative, attended); "confirmed" is read as accepted, the
//! word coordinators use, and "none" takes the partner or contact off the meeting's list.
//! `--json` prints the meeting's attendance after the change.

use clap::{ArgGroup, Args};
use convene_core::i18n::Message;
use convene_core::meeting::{set_attendance, Attendance, AttendanceStatus, Attendee};
use convene_core::network::find_network;
use convene_core::{Error, Result};

use crate::language::{text, text_with};
use crate::meetings::find_in_network;
use crate::networks::relabel;
use crate::output::{self, table};
use crate::partners::find_partner;
use crate::people::find_contact;
use crate::Ctx;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("attendee").args(["partner", "contact"]).requires("status")))]
pub struct AttendanceArgs {
    /// The network's short name or name
    pub network: String,
    /// The meeting's id, UID or title
    pub meeting: String,
    /// The partner (id or name) whose answer this is
    #[arg(long, value_name = "CITY")]
    pub partner: Option<String>,
    /// A contact person (id or name) whose answer this is
    #[arg(long, value_name = "PERSON")]
    pub contact: Option<String>,
    /// invited, confirmed (accepted), declined, tentative, attended, or none to take them off the list
    #[arg(long, requires = "attendee")]
    pub status: Option<String>,
}

/// The status a person typed; `None` for "none".
fn parse_status(text: &str) -> Result<Option<AttendanceStatus>> {
    match text.trim().to_ascii_lowercase().as_str() {
        "none" => Ok(None),
        "confirmed" => Ok(Some(AttendanceStatus::Accepted)),
        _ => AttendanceStatus::parse("status", text).map(Some).map_err(|_| {
            Error::invalid("status", Message::new("cli-not-an-attendance-status").arg("text", text.trim()))
        }),
    }
}

/// An answer to an invitation in words: accepted, acceptée, zugesagt.
pub fn status_word(status: AttendanceStatus) -> String {
    text_with("cli-attendance-status", &[("status", status.as_str().into())])
}

fn print_list(ctx: &Ctx, attendance: &[Attendance], headline: &str) -> Result<()> {
    if ctx.json {
        return output::json(&attendance);
    }
    if attendance.is_empty() {
        return output::print(&format!("{headline}\n{}\n", text("cli-attendance-none")));
    }
    let rows: Vec<Vec<String>> = attendance
        .iter()
        .map(|a| {
            let kind = match a.attendee {
                Attendee::Partner(_) => text("cli-attendee-partner"),
                Attendee::Contact(_) => text("cli-attendee-contact"),
            };
            vec![a.name.clone(), kind, status_word(a.status)]
        })
        .collect();
    let headers = ["cli-column-name", "cli-column-who", "cli-column-status"].map(text);
    output::print(&format!("{headline}\n{}", table(&headers.each_ref().map(String::as_str), &rows)))
}

pub fn run(ctx: &mut Ctx, args: AttendanceArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let meeting = find_in_network(&ctx.db, &network, &args.meeting)?;
    let Some(status) = args.status else {
        let headline = text_with(
            "cli-attendance-heading",
            &[("title", (&meeting.title).into()), ("meeting", meeting.id.to_string().into())],
        );
        return print_list(ctx, &meeting.attendance, &headline);
    };
    let status = parse_status(&status)?;
    let (attendee, name) = match (args.partner, args.contact) {
        (Some(p), _) => {
            let partner = find_partner(&ctx.db, &network, &p).map_err(|e| relabel(e, "partner"))?;
            (Attendee::Partner(partner.id), partner.name)
        }
        (None, Some(c)) => {
            let contact = find_contact(&ctx.db, &network, &c)?;
            (Attendee::Contact(contact.id), contact.name)
        }
        (None, None) => unreachable!("clap requires --partner or --contact with --status"),
    };
    let after = set_attendance(&mut ctx.db, meeting.id, attendee, status)?;
    let headline = match status {
        Some(s) => text_with(
            "cli-attendance-set",
            &[("name", name.into()), ("answer", status_word(s).into()), ("title", (&meeting.title).into())],
        ),
        None => text_with("cli-attendance-removed", &[("name", name.into()), ("title", (&meeting.title).into())]),
    };
    print_list(ctx, &after.attendance, &headline)
}
