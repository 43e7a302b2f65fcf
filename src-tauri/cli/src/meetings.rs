//! `convene meetings NETWORK` and `convene meeting show|add|update|delete` (the steps of a
//! meeting's life, confirm|postpone|held|cancel, are in `meeting_status`).
//!
//! MEETING is `NETWORK MEETING`, where MEETING is the meeting's id, UID or whole title
//! (ignoring case and accents) in that network, or the id or UID alone, as `convene
//! meetings NETWORK` prints them.
//!
//! A meeting is timed (`--start "YYYY-MM-DD HH:MM" --end "YYYY-MM-DD HH:MM"`, on the clock of
//! `--tz`, which defaults to the host's zone), all-day (`--date YYYY-MM-DD [--until DATE]`) or
//! not dated yet (neither; `--month YYYY-MM` and `--wording TEXT` say what is known). `--end`
//! may be just `HH:MM` for the start's day.
//!
//! `update` loads the meeting, converts it to its input (`MeetingInput::from`), changes only
//! what was given and saves the whole, so the core decides whether the sequence grows.
//! Moving a timed meeting with `--start` alone keeps its length; so does `--date` alone for
//! an all-day one. `--tz` alone keeps the wall-clock times and reads them in the new zone.

use std::collections::HashMap;

use clap::{Args, Subcommand};
use convene_core::calendar::PartnerLocalTime;
use convene_core::i18n::{self, Message};
use convene_core::local_times::meeting_local_times;
use convene_core::meeting::{
    create_meeting, delete_meeting, find_meeting, get_meeting, list_meetings, update_meeting, Attendee, DateRange,
    Meeting, MeetingInput, MeetingKind, MeetingMode, MeetingStatus, MeetingSummary, ScheduleInput,
};
use convene_core::names::fold;
use convene_core::network::{find_network, get_network, Network};
use convene_core::scheduling::warnings::meeting_warnings;
use convene_core::scheduling::MeetingWarning;
use convene_core::{Db, Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::networks::{optional_date, relabel};
use crate::output::{self, clock_span, fields, opt, schedule, short_date, table};
use crate::partners::find_partner;
use crate::schedule_options::new_schedule;
use crate::{agenda, meeting_status, usage_error, Ctx};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// The network's short name or name
    pub network: String,
    /// Only meetings on or after this day (YYYY-MM-DD); undated ones are left out
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only meetings on or before this day (YYYY-MM-DD); undated ones are left out
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum MeetingCommand {
    /// A meeting with its agenda, attendance and the time on every partner's clock
    Show {
        #[command(flatten)]
        meeting: MeetingRef,
    },
    /// Add a meeting to a network
    Add(AddArgs),
    /// Change a meeting; only the options given change
    Update(UpdateArgs),
    /// Mark a meeting confirmed: it takes place at its date
    Confirm {
        #[command(flatten)]
        meeting: MeetingRef,
    },
    /// Move a meeting to a later date, or off the calendar until one is known (the old date is kept in its description)
    Postpone(meeting_status::PostponeArgs),
    /// Mark a meeting held (it must have begun)
    Held {
        #[command(flatten)]
        meeting: MeetingRef,
    },
    /// Mark a meeting cancelled (it stays, so calendars learn of the cancellation)
    Cancel {
        #[command(flatten)]
        meeting: MeetingRef,
    },
    /// Delete a meeting with its agenda and attendance
    Delete {
        #[command(flatten)]
        meeting: MeetingRef,
    },
}

/// Names a meeting: `NETWORK MEETING`, or the meeting's id or UID alone.
#[derive(Debug, Args)]
pub struct MeetingRef {
    /// The network's short name or name (or, given alone, the meeting's id or UID)
    #[arg(value_name = "NETWORK")]
    pub network: String,
    /// The meeting's id, UID or title in that network
    #[arg(value_name = "MEETING")]
    pub meeting: Option<String>,
}

impl MeetingRef {
    pub fn find(&self, db: &Db) -> Result<Meeting> {
        match &self.meeting {
            Some(key) => find_in_network(db, &find_network(db, &self.network)?, key),
            None => find_meeting(db, &self.network).map_err(|err| match err {
                Error::NotFound(message) => Error::NotFound(
                    Message::new("cli-meeting-title-needs-network").arg("message", message.render(i18n::current())),
                ),
                other => other,
            }),
        }
    }
}

/// Finds a meeting of `network` by id, UID or title (whole, ignoring case and accents).
pub fn find_in_network(db: &Db, network: &Network, key: &str) -> Result<Meeting> {
    let key = key.trim();
    let not_found = || {
        Error::NotFound(
            Message::new("cli-no-meeting").arg("network", &network.name).arg("key", key).arg("slug", &network.slug),
        )
    };
    if let Ok(meeting) = find_meeting(db, key) {
        return if meeting.network_id == network.id { Ok(meeting) } else { Err(not_found()) };
    }
    let titled: Vec<MeetingSummary> = list_meetings(db, network.id, DateRange::default())?
        .into_iter()
        .filter(|m| fold(&m.title) == fold(key))
        .collect();
    match titled.as_slice() {
        [one] => get_meeting(db, one.id),
        [] => Err(not_found()),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|m| {
                    text_with(
                        "cli-meeting-id-and-date",
                        &[("id", m.id.to_string().into()), ("date", short_date(&m.schedule).into())],
                    )
                })
                .collect();
            let message = Message::new("cli-meetings-same-title")
                .arg("count", many.len())
                .arg("network", &network.name)
                .arg("key", key)
                .arg("meetings", each.join(", "));
            let ambiguous = Error::invalid("meeting", message);
            Err(ambiguous)
        }
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The network's short name or name
    pub network: String,
    /// What the meeting is called ("Transnational Meeting Nr. 3")
    #[arg(long)]
    pub title: String,
    /// kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review or other
    #[arg(long)]
    pub kind: String,
    #[command(flatten)]
    pub options: MeetingOptions,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub meeting: MeetingRef,
    /// A new title
    #[arg(long)]
    pub title: Option<String>,
    /// kick-off, transnational, city-visit, final-event, local-group, online-touch-base, phase-review or other
    #[arg(long)]
    pub kind: Option<String>,
    /// Make the meeting not dated again (keeps --month and --wording if given)
    #[arg(long, conflicts_with_all = ["start", "end", "tz", "date", "until"])]
    pub undated: bool,
    #[command(flatten)]
    pub options: MeetingOptions,
}

#[derive(Debug, Args)]
pub struct MeetingOptions {
    /// The hosting partner's id or name (empty to remove the host)
    #[arg(long, value_name = "CITY")]
    pub host: Option<String>,
    /// Start, "YYYY-MM-DD HH:MM" on the clock of --tz
    #[arg(long, value_name = "DATETIME", conflicts_with_all = ["date", "until", "month", "wording"])]
    pub start: Option<String>,
    /// End, "YYYY-MM-DD HH:MM" or "HH:MM" on the start's day
    #[arg(long, value_name = "DATETIME", conflicts_with_all = ["date", "until", "month", "wording"])]
    pub end: Option<String>,
    /// IANA time zone of --start and --end [default: the host's]
    #[arg(long, value_name = "ZONE", conflicts_with_all = ["date", "until", "month", "wording"])]
    pub tz: Option<String>,
    /// All-day meeting: its (first) day, YYYY-MM-DD
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "wording"])]
    pub date: Option<String>,
    /// All-day meeting: its last day, YYYY-MM-DD [default: --date]
    #[arg(long, value_name = "DATE", conflicts_with_all = ["month", "wording"])]
    pub until: Option<String>,
    /// Not dated yet, but planned for this month: YYYY-MM (or just the year, YYYY)
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
    /// Not dated yet: when it is planned, in words ("after the summer")
    #[arg(long)]
    pub wording: Option<String>,
    /// in-person, online or hybrid [add: in-person]
    #[arg(long)]
    pub mode: Option<String>,
    /// Link to join online (https://...)
    #[arg(long, value_name = "URL")]
    pub online: Option<String>,
    /// Where it takes place, when that is not simply the host city ("Town hall, Jelgava")
    #[arg(long)]
    pub venue: Option<String>,
    /// Free text about the meeting
    #[arg(long)]
    pub description: Option<String>,
    /// tentative, confirmed, held, postponed or cancelled [add: tentative]
    #[arg(long)]
    pub status: Option<String>,
}

fn apply(ctx: &Ctx, network: &Network, input: &mut MeetingInput, o: MeetingOptions, undated: bool) -> Result<()> {
    if let Some(h) = o.host {
        input.host_partner_id = if h.trim().is_empty() {
            None
        } else {
            Some(find_partner(&ctx.db, network, &h).map_err(|e| relabel(e, "host"))?.id)
        };
    }
    if let Some(m) = o.mode {
        input.mode = MeetingMode::parse("mode", &m)?;
    }
    if let Some(u) = o.online {
        input.online_url = u;
    }
    if let Some(v) = o.venue {
        input.venue = v;
    }
    if let Some(d) = o.description {
        input.description = d;
    }
    if let Some(s) = o.status {
        input.status = MeetingStatus::parse("status", &s)?;
    }
    input.schedule = new_schedule(&input.schedule, o.start, o.end, o.tz, o.date, o.until, o.month, o.wording, undated)?;
    Ok(())
}

pub fn run(ctx: &mut Ctx, cmd: MeetingCommand) -> Result<()> {
    match cmd {
        MeetingCommand::Show { meeting } => show(ctx, &meeting),
        MeetingCommand::Add(args) => add(ctx, args),
        MeetingCommand::Update(args) => update(ctx, args),
        MeetingCommand::Confirm { meeting } => meeting_status::confirm(ctx, &meeting),
        MeetingCommand::Postpone(args) => meeting_status::postpone(ctx, args),
        MeetingCommand::Held { meeting } => meeting_status::held(ctx, &meeting),
        MeetingCommand::Cancel { meeting } => meeting_status::cancel(ctx, &meeting),
        MeetingCommand::Delete { meeting } => delete(ctx, &meeting),
    }
}

pub fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let range = DateRange {
        from: args.from.as_deref().map(|d| optional_date("from", d)).transpose()?.flatten(),
        to: args.to.as_deref().map(|d| optional_date("to", d)).transpose()?.flatten(),
    };
    if let (Some(f), Some(t)) = (range.from, range.to) {
        if t < f {
            let message = Message::new("cli-to-before-from").arg("to", t.to_string()).arg("from", f.to_string());
            return Err(Error::invalid("to", message));
        }
    }
    let meetings = list_meetings(&ctx.db, network.id, range)?;
    if ctx.json {
        return output::json(&meetings);
    }
    if meetings.is_empty() {
        let id = if range == DateRange::default() { "cli-meetings-none" } else { "cli-meetings-none-in-period" };
        return output::print(&format!("{}\n", text_with(id, &[("network", (&network.name).into())])));
    }
    let rows: Vec<Vec<String>> = meetings
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                schedule(&m.schedule),
                label(m.kind),
                m.title.clone(),
                m.host_name.clone().unwrap_or_else(|| m.venue.clone()),
                label(m.mode),
                label(m.status),
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-when"),
        text("cli-column-kind"),
        text("cli-column-title"),
        text("cli-column-where"),
        text("cli-column-mode"),
        text("cli-column-status"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

/// `meeting show --json`: the meeting, and for a timed one its times on each partner's clock.
#[derive(Serialize)]
struct MeetingDetail {
    #[serde(flatten)]
    meeting: Meeting,
    network_name: String,
    local_times: Vec<PartnerLocalTime>,
    /// What is unwise about it: the same host twice, travel too close, its host's holiday.
    warnings: Vec<MeetingWarning>,
    /// The network's partners by id, to name the speakers of the agenda.
    #[serde(skip)]
    partner_names: HashMap<i64, String>,
}

fn show(ctx: &Ctx, which: &MeetingRef) -> Result<()> {
    let meeting = which.find(&ctx.db)?;
    let network = get_network(&ctx.db, meeting.network_id)?;
    let local = meeting_local_times(&ctx.db, meeting.id)?;
    let detail = MeetingDetail {
        warnings: meeting_warnings(&ctx.db, meeting.id)?,
        meeting,
        network_name: network.name.clone(),
        local_times: local,
        partner_names: agenda::partner_names(&ctx.db, network.id)?,
    };
    if ctx.json {
        return output::json(&detail);
    }
    output::print(&describe(&detail))
}

fn describe(d: &MeetingDetail) -> String {
    let m = &d.meeting;
    let mut out = format!("{}\n\n", m.title);
    let mode = match m.mode {
        MeetingMode::InPerson => label(m.mode),
        _ if m.online_url.is_empty() => label(m.mode),
        _ => format!("{} ({})", label(m.mode), m.online_url),
    };
    let labels = [
        "cli-label-id",
        "cli-label-network",
        "cli-label-kind",
        "cli-label-when",
        "cli-label-host",
        "cli-label-venue",
        "cli-label-mode",
        "cli-label-status",
        "cli-label-uid",
        "cli-label-sequence",
    ]
    .map(text);
    let values = [
        m.id.to_string(),
        d.network_name.clone(),
        label(m.kind),
        schedule(&m.schedule),
        opt(m.host_name.clone()),
        m.venue.clone(),
        mode,
        label(m.status),
        m.uid.clone(),
        m.sequence.to_string(),
    ];
    let pairs: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    out.push_str(&fields(&pairs));
    if !m.description.is_empty() {
        out.push_str(&format!("\n{}\n", m.description));
    }
    if !d.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-meeting-warnings")));
        for w in &d.warnings {
            out.push_str(&format!("  ! {}\n", w.message));
        }
    }
    if !d.local_times.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-meeting-local-times")));
        let rows: Vec<Vec<String>> = d
            .local_times
            .iter()
            .map(|t| {
                let mut notes = Vec::new();
                if t.outside_working_hours {
                    notes.push(text("cli-local-time-outside-working-hours"));
                }
                if t.on_weekend {
                    notes.push(text("cli-local-time-weekend"));
                }
                vec![
                    format!("  {}", t.partner_name),
                    t.country.clone(),
                    t.time_zone.clone(),
                    format!("UTC{}", t.utc_offset),
                    clock_span(t.start_local, t.end_local),
                    notes.join(", "),
                ]
            })
            .collect();
        let headers = [
            format!("  {}", text("cli-column-partner")),
            text("cli-column-country"),
            text("cli-column-zone"),
            text("cli-column-offset"),
            text("cli-column-local-time"),
            text("cli-column-note"),
        ];
        out.push_str(&table(&headers.each_ref().map(String::as_str), &rows));
    }
    if !m.agenda.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-meeting-agenda")));
        out.push_str(&agenda::numbered(&m.agenda, &d.partner_names));
    }
    if !m.attendance.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-meeting-attendance")));
        for a in &m.attendance {
            let answer = crate::attendance::status_word(a.status);
            let line = match a.attendee {
                Attendee::Partner(_) => format!("{}: {answer}", a.name),
                Attendee::Contact(_) => text_with(
                    "cli-meeting-attendance-contact",
                    &[("name", (&a.name).into()), ("answer", answer.into())],
                ),
            };
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    let o = &args.options;
    if o.start.is_some() != o.end.is_some() {
        usage_error(&["meeting", "add"], text("cli-meeting-needs-start-and-end"));
    }
    if o.tz.is_some() && o.start.is_none() {
        usage_error(&["meeting", "add"], text("cli-meeting-tz-needs-times"));
    }
    if o.until.is_some() && o.date.is_none() {
        usage_error(&["meeting", "add"], text("cli-meeting-until-needs-date"));
    }
    let network = find_network(&ctx.db, &args.network)?;
    let mut input = MeetingInput::new(
        MeetingKind::parse("kind", &args.kind)?,
        &args.title,
        ScheduleInput::Undated { year: None, month: None, wording: String::new() },
    );
    apply(ctx, &network, &mut input, args.options, false)?;
    let meeting = create_meeting(&mut ctx.db, network.id, input)?;
    if ctx.json {
        return output::json(&meeting);
    }
    let words = text_with(
        "cli-meeting-added",
        &[
            ("id", meeting.id.to_string().into()),
            ("network", (&network.name).into()),
            ("title", (&meeting.title).into()),
            ("when", schedule(&meeting.schedule).into()),
        ],
    );
    output::print(&format!("{words}\n"))
}

fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let before = args.meeting.find(&ctx.db)?;
    let network = get_network(&ctx.db, before.network_id)?;
    let mut input = MeetingInput::from(&before);
    if let Some(t) = args.title {
        input.title = t;
    }
    if let Some(k) = args.kind {
        input.kind = MeetingKind::parse("kind", &k)?;
    }
    apply(ctx, &network, &mut input, args.options, args.undated)?;
    let after = update_meeting(&mut ctx.db, before.id, input)?;
    if ctx.json {
        return output::json(&after);
    }
    let mut args = vec![
        ("id", after.id.to_string().into()),
        ("title", (&after.title).into()),
        ("when", schedule(&after.schedule).into()),
    ];
    let id = if after.sequence != before.sequence {
        args.push(("sequence", after.sequence.to_string().into()));
        "cli-meeting-updated-sequence"
    } else {
        "cli-meeting-updated"
    };
    output::print(&format!("{}\n", text_with(id, &args)))
}

#[derive(Serialize)]
struct Deleted {
    deleted: String,
    id: i64,
    uid: String,
}

fn delete(ctx: &mut Ctx, which: &MeetingRef) -> Result<()> {
    let meeting = which.find(&ctx.db)?;
    delete_meeting(&mut ctx.db, meeting.id)?;
    if ctx.json {
        return output::json(&Deleted { deleted: meeting.title, id: meeting.id, uid: meeting.uid });
    }
    let words =
        text_with("cli-meeting-deleted", &[("id", meeting.id.to_string().into()), ("title", (&meeting.title).into())]);
    output::print(&format!("{words}\n"))
}
