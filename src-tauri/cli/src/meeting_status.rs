//! `convene meeting confirm|postpone|held|cancel`: the steps of a meeting's life.
//!
//! Each step is one core function of `convene_core::meeting_status`, which decides whether
//! the step makes sense (a held meeting is not cancelled, an undated one not confirmed) and
//! raises the SEQUENCE so calendars replace their copy. `postpone` needs either `--to` (the
//! new, later date) or `--undated`; either way the old date is kept as a line "Postponed
//! from ..." at the end of the meeting's description (see docs/cli.md). With `--to` the
//! meeting becomes tentative again; with `--undated` it is postponed and keeps its old date
//! in the schedule, where calendars are told it will not take place.

use chrono::{NaiveDate, Utc};
use clap::{ArgGroup, Args};
use convene_core::meeting::{Meeting, MeetingInput, MeetingStatus};
use convene_core::meeting_status::{
    cancel_meeting, confirm_meeting, mark_meeting_held, postpone_meeting, Postponement,
};
use convene_core::{Error, Result};

use crate::language::text_with;
use crate::meetings::MeetingRef;
use crate::output::{self, schedule, short_date};
use crate::schedule_options::new_schedule;
use crate::Ctx;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("new_date").required(true).args(["to", "undated"])))]
pub struct PostponeArgs {
    #[command(flatten)]
    pub meeting: MeetingRef,
    /// The new date: "YYYY-MM-DD HH:MM" (keeps the length unless --end is given) or
    /// YYYY-MM-DD for whole days (keeps the number of days unless --until is given)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// End of the new date: "YYYY-MM-DD HH:MM", or "HH:MM" on the day of --to
    #[arg(long, value_name = "DATETIME", requires = "to", conflicts_with = "until")]
    pub end: Option<String>,
    /// Last day of the new dates, YYYY-MM-DD
    #[arg(long, value_name = "DATE", requires = "to")]
    pub until: Option<String>,
    /// IANA time zone of --to and --end [default: the meeting's]
    #[arg(long, value_name = "ZONE", requires = "to")]
    pub tz: Option<String>,
    /// No new date yet: the meeting is marked postponed and calendars cancel the old date
    #[arg(long)]
    pub undated: bool,
}

/// Runs one step and prints what happened (the message `done`: `cli-meeting-confirmed`,
/// with whether calendars will see the change), or that it had been done already.
fn step(
    ctx: &mut Ctx,
    which: &MeetingRef,
    status: MeetingStatus,
    done: &str,
    save: impl FnOnce(&mut Ctx, i64) -> Result<Meeting>,
) -> Result<()> {
    let before = which.find(&ctx.db)?;
    let after = save(ctx, before.id).map_err(about_the_meeting)?;
    if ctx.json {
        return output::json(&after);
    }
    if before.status == status {
        let args =
            [("id", after.id.to_string().into()), ("title", (&after.title).into()), ("status", status.as_str().into())];
        return output::print(&format!("{}\n", text_with("cli-meeting-already", &args)));
    }
    let changed = if after.sequence != before.sequence { "yes" } else { "no" };
    let args = [
        ("id", after.id.to_string().into()),
        ("title", (&after.title).into()),
        ("when", short_date(&after.schedule).into()),
        ("changed", changed.into()),
        ("sequence", after.sequence.to_string().into()),
    ];
    output::print(&format!("{}\n", text_with(done, &args)))
}

pub fn confirm(ctx: &mut Ctx, which: &MeetingRef) -> Result<()> {
    step(ctx, which, MeetingStatus::Confirmed, "cli-meeting-confirmed", |ctx, id| confirm_meeting(&mut ctx.db, id))
}

pub fn held(ctx: &mut Ctx, which: &MeetingRef) -> Result<()> {
    step(ctx, which, MeetingStatus::Held, "cli-meeting-marked-held", |ctx, id| {
        mark_meeting_held(&mut ctx.db, id, Utc::now())
    })
}

pub fn cancel(ctx: &mut Ctx, which: &MeetingRef) -> Result<()> {
    step(ctx, which, MeetingStatus::Cancelled, "cli-meeting-cancelled", |ctx, id| cancel_meeting(&mut ctx.db, id))
}

/// A step the meeting's state refuses is about the meeting, not about an option.
fn about_the_meeting(err: Error) -> Error {
    match err {
        Error::Invalid { field, reason } if field == "status" || field == "schedule" => {
            Error::invalid("meeting", reason)
        }
        other => other,
    }
}

/// An error about the new start or first day, re-attached to `--to`.
fn to_option(err: Error) -> Error {
    match err {
        Error::Invalid { field, reason } if field == "start" || field == "first" => Error::invalid("to", reason),
        other => other,
    }
}

pub fn postpone(ctx: &mut Ctx, args: PostponeArgs) -> Result<()> {
    let before = args.meeting.find(&ctx.db)?;
    let to = match args.to {
        None => Postponement::Undated,
        Some(to) => {
            let current = MeetingInput::from(&before).schedule;
            let whole_days = NaiveDate::parse_from_str(to.trim(), "%Y-%m-%d").is_ok();
            let (start, date) = if whole_days { (None, Some(to)) } else { (Some(to), None) };
            let schedule = new_schedule(&current, start, args.end, args.tz, date, args.until, None, None, false)
                .map_err(to_option)?;
            Postponement::To(schedule)
        }
    };
    let after = postpone_meeting(&mut ctx.db, before.id, to).map_err(to_option).map_err(about_the_meeting)?;
    if ctx.json {
        return output::json(&after);
    }
    let record = after.description.lines().last().unwrap_or_default();
    let (id, when) = match after.status {
        MeetingStatus::Postponed => ("cli-meeting-postponed-undated", short_date(&after.schedule)),
        _ => ("cli-meeting-postponed-to", schedule(&after.schedule)),
    };
    let args = [
        ("id", after.id.to_string().into()),
        ("title", (&after.title).into()),
        ("when", when.into()),
        ("sequence", after.sequence.to_string().into()),
    ];
    output::print(&format!("{}\n{record}\n", text_with(id, &args)))
}
