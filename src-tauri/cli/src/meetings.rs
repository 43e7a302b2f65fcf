//! `convene meetings NETWORK` and `convene meeting show|add|update|cancel|delete`.
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

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use clap::{Args, Subcommand};
use convene_core::calendar::PartnerLocalTime;
use convene_core::local_times::meeting_local_times;
use convene_core::meeting::{
    create_meeting, delete_meeting, find_meeting, list_meetings, set_meeting_status,
    update_meeting, Attendee, DateRange, Meeting, MeetingInput, MeetingKind, MeetingMode,
    MeetingStatus, ScheduleInput,
};
use convene_core::network::{find_network, get_network, Network};
use convene_core::validate::parse_date;
use convene_core::{Error, Result};
use serde::Serialize;

use crate::networks::{optional_date, relabel};
use crate::output::{self, clock_span, fields, opt, schedule, short_date, table};
use crate::partners::find_partner;
use crate::{usage_error, Ctx};

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
        /// The meeting's id or UID
        id: String,
    },
    /// Add a meeting to a network
    Add(AddArgs),
    /// Change a meeting; only the options given change
    Update(UpdateArgs),
    /// Mark a meeting cancelled (it stays, so calendars learn of the cancellation)
    Cancel {
        /// The meeting's id or UID
        id: String,
    },
    /// Delete a meeting with its agenda and attendance
    Delete {
        /// The meeting's id or UID
        id: String,
    },
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
    /// The meeting's id or UID
    pub id: String,
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

fn parse_datetime(field: &str, text: &str) -> Result<NaiveDateTime> {
    let t = text.trim();
    for format in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ] {
        if let Ok(v) = NaiveDateTime::parse_from_str(t, format) {
            return Ok(v);
        }
    }
    Err(Error::invalid(
        field,
        format!("\"{text}\" is not a date and time; write it as \"YYYY-MM-DD HH:MM\""),
    ))
}

/// `--end`: a full date and time, or a time on `day`.
fn parse_end(text: &str, day: NaiveDate) -> Result<NaiveDateTime> {
    if let Ok(t) = NaiveTime::parse_from_str(text.trim(), "%H:%M") {
        return Ok(day.and_time(t));
    }
    parse_datetime("end", text)
}

fn parse_month(text: &str) -> Result<(Option<i32>, Option<u32>)> {
    let t = text.trim();
    if t.is_empty() {
        return Ok((None, None));
    }
    let bad = || {
        Error::invalid(
            "month",
            format!("\"{text}\" is not a month; write it as YYYY-MM (or a year, YYYY)"),
        )
    };
    let (year, month) = match t.split_once('-') {
        Some((y, m)) => (
            y.parse::<i32>().map_err(|_| bad())?,
            Some(m.parse::<u32>().map_err(|_| bad())?),
        ),
        None => (t.parse::<i32>().map_err(|_| bad())?, None),
    };
    Ok((Some(year), month))
}

fn apply(
    ctx: &Ctx,
    network: &Network,
    input: &mut MeetingInput,
    o: MeetingOptions,
    undated: bool,
) -> Result<()> {
    if let Some(h) = o.host {
        input.host_partner_id = if h.trim().is_empty() {
            None
        } else {
            Some(
                find_partner(&ctx.db, network, &h)
                    .map_err(|e| relabel(e, "host"))?
                    .id,
            )
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
    input.schedule = new_schedule(
        &input.schedule,
        o.start,
        o.end,
        o.tz,
        o.date,
        o.until,
        o.month,
        o.wording,
        undated,
    )?;
    Ok(())
}

/// The schedule after the given options are applied to `current`.
#[allow(clippy::too_many_arguments)]
fn new_schedule(
    current: &ScheduleInput,
    start: Option<String>,
    end: Option<String>,
    tz: Option<String>,
    date: Option<String>,
    until: Option<String>,
    month: Option<String>,
    wording: Option<String>,
    undated: bool,
) -> Result<ScheduleInput> {
    if start.is_some() || end.is_some() || tz.is_some() {
        let (old_start, old_end, old_zone) = match current {
            ScheduleInput::Timed {
                start_local,
                end_local,
                time_zone,
            } => (Some(*start_local), Some(*end_local), time_zone.clone()),
            _ => (None, None, String::new()),
        };
        let start_local = match &start {
            Some(s) => parse_datetime("start", s)?,
            None => old_start.ok_or_else(|| {
                Error::invalid(
                    "start",
                    "the meeting has no start time yet; give --start and --end",
                )
            })?,
        };
        let end_local = match (&end, old_start, old_end) {
            (Some(e), _, _) => parse_end(e, start_local.date())?,
            (None, Some(s), Some(e)) => start_local + (e - s),
            _ => {
                return Err(Error::invalid(
                    "end",
                    "give --end with --start (\"YYYY-MM-DD HH:MM\" or \"HH:MM\")",
                ))
            }
        };
        let time_zone = tz.unwrap_or(old_zone);
        return Ok(ScheduleInput::Timed {
            start_local,
            end_local,
            time_zone,
        });
    }
    if date.is_some() || until.is_some() {
        let (old_first, old_last) = match current {
            ScheduleInput::AllDay { first, last } => (Some(*first), Some(*last)),
            _ => (None, None),
        };
        let first = match &date {
            Some(d) => parse_date("first", d)?,
            None => old_first.ok_or_else(|| {
                Error::invalid(
                    "first",
                    "the meeting has no day yet; give --date (and --until)",
                )
            })?,
        };
        let last = match (&until, old_first, old_last) {
            (Some(u), _, _) => parse_date("last", u)?,
            (None, Some(f), Some(l)) if date.is_some() => {
                first + Duration::days((l - f).num_days())
            }
            (None, _, Some(l)) => l,
            _ => first,
        };
        return Ok(ScheduleInput::AllDay { first, last });
    }
    if undated || month.is_some() || wording.is_some() {
        let (old_year, old_month, old_wording) = match current {
            ScheduleInput::Undated {
                year,
                month,
                wording,
            } => (*year, *month, wording.clone()),
            _ => (None, None, String::new()),
        };
        let (year, month) = match month {
            Some(m) => parse_month(&m)?,
            None => (old_year, old_month),
        };
        return Ok(ScheduleInput::Undated {
            year,
            month,
            wording: wording.unwrap_or(old_wording),
        });
    }
    Ok(current.clone())
}

pub fn run(ctx: &mut Ctx, cmd: MeetingCommand) -> Result<()> {
    match cmd {
        MeetingCommand::Show { id } => show(ctx, &id),
        MeetingCommand::Add(args) => add(ctx, args),
        MeetingCommand::Update(args) => update(ctx, args),
        MeetingCommand::Cancel { id } => cancel(ctx, &id),
        MeetingCommand::Delete { id } => delete(ctx, &id),
    }
}

pub fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let range = DateRange {
        from: args
            .from
            .as_deref()
            .map(|d| optional_date("from", d))
            .transpose()?
            .flatten(),
        to: args
            .to
            .as_deref()
            .map(|d| optional_date("to", d))
            .transpose()?
            .flatten(),
    };
    if let (Some(f), Some(t)) = (range.from, range.to) {
        if t < f {
            return Err(Error::invalid("to", format!("{t} is before --from {f}")));
        }
    }
    let meetings = list_meetings(&ctx.db, network.id, range)?;
    if ctx.json {
        return output::json(&meetings);
    }
    if meetings.is_empty() {
        return output::print(&format!(
            "{} has no meetings{}.\n",
            network.name,
            if range == DateRange::default() {
                ""
            } else {
                " in that period"
            }
        ));
    }
    let rows: Vec<Vec<String>> = meetings
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                schedule(&m.schedule),
                m.kind.label().to_string(),
                m.title.clone(),
                m.host_name.clone().unwrap_or_else(|| m.venue.clone()),
                m.mode.label().to_string(),
                m.status.label().to_string(),
            ]
        })
        .collect();
    output::print(&table(
        &["#ID", "WHEN", "KIND", "TITLE", "WHERE", "MODE", "STATUS"],
        &rows,
    ))
}

/// `meeting show --json`: the meeting, and for a timed one its times on each partner's clock.
#[derive(Serialize)]
struct MeetingDetail {
    #[serde(flatten)]
    meeting: Meeting,
    network_name: String,
    local_times: Vec<PartnerLocalTime>,
}

fn show(ctx: &Ctx, key: &str) -> Result<()> {
    let meeting = find_meeting(&ctx.db, key)?;
    let network = get_network(&ctx.db, meeting.network_id)?;
    let local = meeting_local_times(&ctx.db, meeting.id)?;
    let detail = MeetingDetail {
        meeting,
        network_name: network.name.clone(),
        local_times: local,
    };
    if ctx.json {
        return output::json(&detail);
    }
    output::print(&describe(&detail))
}

fn describe(d: &MeetingDetail) -> String {
    let m = &d.meeting;
    let mut text = format!("{}\n\n", m.title);
    let mode = match m.mode {
        MeetingMode::InPerson => m.mode.label().to_string(),
        _ if m.online_url.is_empty() => m.mode.label().to_string(),
        _ => format!("{} ({})", m.mode.label(), m.online_url),
    };
    text.push_str(&fields(&[
        ("Id", m.id.to_string()),
        ("Network", d.network_name.clone()),
        ("Kind", m.kind.label().to_string()),
        ("When", schedule(&m.schedule)),
        ("Host", opt(m.host_name.clone())),
        ("Venue", m.venue.clone()),
        ("Mode", mode),
        ("Status", m.status.label().to_string()),
        ("UID", m.uid.clone()),
        ("Sequence", m.sequence.to_string()),
    ]));
    if !m.description.is_empty() {
        text.push_str(&format!("\n{}\n", m.description));
    }
    if !d.local_times.is_empty() {
        text.push_str("\nLocal times\n");
        let rows: Vec<Vec<String>> = d
            .local_times
            .iter()
            .map(|t| {
                let mut notes = Vec::new();
                if t.outside_working_hours {
                    notes.push("outside working hours");
                }
                if t.on_weekend {
                    notes.push("weekend");
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
        text.push_str(&table(
            &[
                "  PARTNER",
                "COUNTRY",
                "ZONE",
                "OFFSET",
                "LOCAL TIME",
                "NOTE",
            ],
            &rows,
        ));
    }
    if !m.agenda.is_empty() {
        text.push_str("\nAgenda\n");
        for (i, a) in m.agenda.iter().enumerate() {
            let time = match (a.start_time, a.end_time) {
                (Some(s), Some(e)) => format!("{}-{}  ", s.format("%H:%M"), e.format("%H:%M")),
                (Some(s), None) => format!("{}        ", s.format("%H:%M")),
                _ => String::new(),
            };
            text.push_str(&format!("  {}. {time}{}\n", i + 1, a.title));
            if !a.notes.is_empty() {
                text.push_str(&format!("     {}\n", a.notes));
            }
        }
    }
    if !m.attendance.is_empty() {
        text.push_str("\nAttendance\n");
        for a in &m.attendance {
            let who = match a.attendee {
                Attendee::Partner(_) => "",
                Attendee::Contact(_) => " (contact)",
            };
            text.push_str(&format!(
                "  {}{who}: {}\n",
                a.name,
                a.status.label().to_lowercase()
            ));
        }
    }
    text
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    let o = &args.options;
    if o.start.is_some() != o.end.is_some() {
        usage_error(
            &["meeting", "add"],
            "a timed meeting needs both --start and --end",
        );
    }
    if o.tz.is_some() && o.start.is_none() {
        usage_error(
            &["meeting", "add"],
            "--tz applies to --start and --end; give them too",
        );
    }
    if o.until.is_some() && o.date.is_none() {
        usage_error(&["meeting", "add"], "--until needs --date (the first day)");
    }
    let network = find_network(&ctx.db, &args.network)?;
    let mut input = MeetingInput {
        kind: MeetingKind::parse("kind", &args.kind)?,
        title: args.title,
        host_partner_id: None,
        venue: String::new(),
        mode: MeetingMode::InPerson,
        online_url: String::new(),
        status: MeetingStatus::Tentative,
        description: String::new(),
        schedule: ScheduleInput::Undated {
            year: None,
            month: None,
            wording: String::new(),
        },
    };
    apply(ctx, &network, &mut input, args.options, false)?;
    let meeting = create_meeting(&mut ctx.db, network.id, input)?;
    if ctx.json {
        return output::json(&meeting);
    }
    output::print(&format!(
        "Added meeting {} to {}: {}, {}.\n",
        meeting.id,
        network.name,
        meeting.title,
        schedule(&meeting.schedule)
    ))
}

fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let before = find_meeting(&ctx.db, &args.id)?;
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
    let seq = if after.sequence != before.sequence {
        format!(
            "; calendars will see the change (sequence {})",
            after.sequence
        )
    } else {
        String::new()
    };
    output::print(&format!(
        "Updated meeting {}: {} ({}){seq}.\n",
        after.id,
        after.title,
        schedule(&after.schedule)
    ))
}

fn cancel(ctx: &mut Ctx, key: &str) -> Result<()> {
    let meeting = find_meeting(&ctx.db, key)?;
    let after = set_meeting_status(&mut ctx.db, meeting.id, MeetingStatus::Cancelled)?;
    if ctx.json {
        return output::json(&after);
    }
    if meeting.status == MeetingStatus::Cancelled {
        return output::print(&format!(
            "Meeting {} ({}) was already cancelled.\n",
            after.id, after.title
        ));
    }
    output::print(&format!(
        "Cancelled meeting {}: {} ({}).\n",
        after.id,
        after.title,
        short_date(&after.schedule)
    ))
}

#[derive(Serialize)]
struct Deleted {
    deleted: String,
    id: i64,
    uid: String,
}

fn delete(ctx: &mut Ctx, key: &str) -> Result<()> {
    let meeting = find_meeting(&ctx.db, key)?;
    delete_meeting(&mut ctx.db, meeting.id)?;
    if ctx.json {
        return output::json(&Deleted {
            deleted: meeting.title,
            id: meeting.id,
            uid: meeting.uid,
        });
    }
    output::print(&format!(
        "Deleted meeting {}: {}.\n",
        meeting.id, meeting.title
    ))
}
