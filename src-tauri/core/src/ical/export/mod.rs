//! Meetings as an iCalendar file (RFC 5545) that every calendar program opens the same way.
//!
//! What every file holds, and why:
//! - `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, the calendar's name as both `NAME`
//!   (RFC 7986) and `X-WR-CALNAME` (what Google and Apple read); never `X-WR-TIMEZONE`,
//!   which some clients apply to times that already carry a zone.
//! - One VEVENT per dated meeting, in the order given: `UID` is the meeting's UUID (so a
//!   re-imported file updates rather than duplicates), `SEQUENCE` the meeting's (the core
//!   raises it with every change of time, place or status), `DTSTAMP` the export's `now`.
//! - Timed meetings as `DTSTART;TZID=Europe/Riga:20270315T100000` on the clock of the zone
//!   they were entered in, with one VTIMEZONE per zone used, correct for every year the
//!   events touch ([`super::vtimezone`]). The one exception is a time in the hour the clocks
//!   repeat in autumn: RFC 5545 reads such a TZID time as the first pass, ical.js as the
//!   second, so it is written in UTC (`...Z`), which every reader takes alike. Never a
//!   floating time.
//! - All-day and multi-day meetings as `VALUE=DATE` with an exclusive `DTEND`, the day after
//!   the last day; every event has a `DTEND`.
//! - `STATUS`: tentative -> TENTATIVE; confirmed and held -> CONFIRMED; cancelled ->
//!   CANCELLED; postponed -> CANCELLED too, because a postponed meeting will not take place
//!   at the date shown, with "Postponed: a new date will follow." opening the
//!   DESCRIPTION. Once it is dated again and confirmed, its higher SEQUENCE brings it back.
//! - `LOCATION`: "venue, host city" (only the venue when it already names the city; the
//!   city alone without a venue; "Online" for an online meeting with neither). The online
//!   link is the `URL` and a "Join online:" line of the DESCRIPTION, which also holds the
//!   meeting's description and agenda. `CATEGORIES` is the kind ("Transnational meeting").
//! - The words around the meetings' own text (the postponed notice, "Join online:", the
//!   agenda's heading, "Online", the kind) are in the network's working language
//!   ([`ExportOptions::language`], rendered once per file by [`words`]); the English quoted
//!   here is what an English network's file holds, unchanged since before translation.
//! - A `VALARM` (DISPLAY) when [`ExportOptions::reminder`] is set, except on cancelled
//!   events.
//! - Not-yet-dated meetings have no place in a calendar: they are left out and counted in
//!   [`CalendarExport::left_out_undated`].
//!
//! Lines are written by [`super::line_writer`] (folding at 75 octets, CRLF, escaping). The
//! writer formats dates by hand and writes straight into one buffer. A network's calendar
//! is written straight from SQLite's rows ([`rows`]): no `Meeting` value is built, the rows
//! are read on one thread while the events are written on another ([`batch`]), and
//! `convene export ics --out` writes the parts to the file as they are ([`export_ics_to`])
//! instead of joining them first. Both sources describe an
//! event the same way ([`event::Event`]) to the one writer ([`write`]), so they write the
//! same bytes.
//!
//! The selection ([`export_ics`]): a network's meetings, or one meeting, or one partner's
//! view, optionally within a date range. A partner's view holds the meetings it hosts,
//! those it (or one of its contacts) attends unless it declined, and the network-wide
//! meetings ([`is_network_wide`]). A meeting is in a range when any of its days (on its own
//! zone's clock) is; an undated meeting counts as left out unless its known year or month
//! lies outside the range. The rules are in [`selection`], shared by both sources.
//!
//! Progress ([`export_ics_with`], [`export_ics_to`]): a network's export reports its
//! meetings read about a hundred times and stops with [`Error::Cancelled`] at a cancel,
//! before or while it writes; written through [`crate::file_write`], a cancelled export
//! leaves no file and the one it would have replaced as it was.

use std::io::Write;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use ts_rs::TS;

use super::line_writer::Lines;
use super::vtimezone::ZoneRules;
use crate::error::{Error, Result};
use crate::i18n::{Locale, Message};
use crate::meeting::{get_meeting, Meeting, MeetingMode, MeetingStatus, Schedule};
use crate::network::{get_network, Network};
use crate::partner::{get_partner, Partner};
use crate::progress::{Progress, Silent};
use crate::store::Db;
use crate::validate;

mod batch;
mod event;
mod rows;
mod selection;
mod words;
mod write;
mod zones;

pub use words::kind_label;
pub use write::location;
pub(crate) use write::write_calendar;

/// How a calendar is written.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// `NAME` and `X-WR-CALNAME`: what the calendar program calls the calendar.
    pub calendar_name: String,
    /// A `VALARM` this long before each start.
    pub reminder: Option<chrono::Duration>,
    /// The `DTSTAMP` of every event.
    pub now: DateTime<Utc>,
    /// The language of the words around the meetings' own text (the postponed notice, the
    /// "Join online:" line, the kind as CATEGORIES): the network's working language.
    /// [`export_ics`] takes it from the network; English unless set.
    pub language: Locale,
}

impl ExportOptions {
    pub fn new(calendar_name: impl Into<String>, now: DateTime<Utc>) -> Self {
        ExportOptions { calendar_name: calendar_name.into(), reminder: None, now, language: Locale::En }
    }
}

/// Which meetings of a network go into the file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IcsSelection {
    pub network_id: i64,
    /// One partner's view: what it hosts or attends, and the network-wide meetings.
    pub partner_id: Option<i64>,
    /// Only this meeting.
    pub meeting_id: Option<i64>,
    /// First day, inclusive.
    pub from: Option<NaiveDate>,
    /// Last day, inclusive.
    pub to: Option<NaiveDate>,
}

/// An iCalendar file and what went into it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CalendarExport {
    /// The whole file: UTF-8 without BOM, CRLF line endings.
    pub text: String,
    /// Events written.
    pub events: usize,
    /// Meetings left out because they are not dated yet.
    pub left_out_undated: usize,
}

/// The iCalendar `STATUS` of a meeting's status (see the module docs for postponed).
pub fn ical_status(status: MeetingStatus) -> &'static str {
    match status {
        MeetingStatus::Tentative => "TENTATIVE",
        MeetingStatus::Confirmed | MeetingStatus::Held => "CONFIRMED",
        MeetingStatus::Postponed | MeetingStatus::Cancelled => "CANCELLED",
    }
}

/// Whether a meeting concerns every partner of its network: kick-off, transnational,
/// online touch-base, phase review and final event meetings, and any meeting that names
/// nobody in particular (no host and no attendance recorded).
pub fn is_network_wide(meeting: &Meeting) -> bool {
    selection::network_wide(meeting.kind, meeting.host_partner_id, !meeting.attendance.is_empty())
}

/// Whether a partner hosts the meeting, attends it (itself or through a contact, unless it
/// declined), or the meeting is network-wide.
pub fn concerns_partner(meeting: &Meeting, partner: &Partner) -> bool {
    selection::meeting_concerns(meeting, partner)
}

/// How many events a calendar file holds and how many meetings it left out.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CalendarCounts {
    /// Events written.
    pub events: usize,
    /// Meetings left out because they are not dated yet.
    pub left_out_undated: usize,
}

/// The file for `meetings`, in their order; undated ones are counted and left out.
pub fn export_meetings(meetings: &[Meeting], options: &ExportOptions) -> CalendarExport {
    write_calendar(meetings, options.now, Some(&options.calendar_name), options.reminder, None, options.language)
}

/// The file for a selection of a network's meetings (see the module docs), in the
/// network's working language whatever `options.language` says.
pub fn export_ics(db: &Db, selection: &IcsSelection, options: &ExportOptions) -> Result<CalendarExport> {
    export_ics_with(db, selection, options, &Silent)
}

/// [`export_ics`] telling `progress` how far it has got (in meetings of the network read);
/// a cancel fails with [`Error::Cancelled`].
pub fn export_ics_with(
    db: &Db,
    selection: &IcsSelection,
    options: &ExportOptions,
    progress: &dyn Progress,
) -> Result<CalendarExport> {
    Ok(match calendar(db, selection, options, progress)? {
        Calendar::Meetings(export) => export,
        Calendar::Parts(parts) => {
            let (events, left_out_undated) = (parts.events_written, parts.left_out_undated);
            CalendarExport { text: parts.into_text(), events, left_out_undated }
        }
    })
}

/// [`export_ics_with`] writing the file to `out` instead of returning its text: a network's
/// calendar goes to `out` in its parts, never joined into one text. A failed or cancelled
/// export may have written part of it: write through [`crate::file_write`], which keeps the
/// old file until the new one is whole.
pub fn export_ics_to(
    db: &Db,
    selection: &IcsSelection,
    options: &ExportOptions,
    progress: &dyn Progress,
    out: &mut dyn Write,
) -> Result<CalendarCounts> {
    Ok(match calendar(db, selection, options, progress)? {
        Calendar::Meetings(export) => {
            out.write_all(export.text.as_bytes())?;
            CalendarCounts { events: export.events, left_out_undated: export.left_out_undated }
        }
        Calendar::Parts(parts) => {
            parts.write_to(out)?;
            CalendarCounts { events: parts.events_written, left_out_undated: parts.left_out_undated }
        }
    })
}

/// A calendar as its source gives it: one meeting's file, or a network's in parts.
enum Calendar {
    Meetings(CalendarExport),
    Parts(rows::CalendarParts),
}

/// The calendar of a selection, in the network's working language (see the module docs).
fn calendar(db: &Db, selection: &IcsSelection, options: &ExportOptions, progress: &dyn Progress) -> Result<Calendar> {
    let network = get_network(db, selection.network_id)?;
    validate::date_range("from", selection.from, "to", selection.to)?;
    let partner = match selection.partner_id {
        Some(id) => {
            let p = get_partner(db, id)?;
            if p.network_id != network.id {
                let message =
                    Message::new("error-partner-not-in-network").arg("partner", p.name).arg("network", &network.name);
                return Err(Error::invalid("partner", message));
            }
            Some(p)
        }
        None => None,
    };
    let options = ExportOptions { language: network.language, ..options.clone() };
    match selection.meeting_id {
        Some(id) => {
            Ok(Calendar::Meetings(one_meeting(db, &network, id, partner.as_ref(), selection, &options, progress)?))
        }
        None => {
            let rows = rows::RowSelection {
                network_id: network.id,
                partner: partner.as_ref(),
                from: selection.from,
                to: selection.to,
            };
            Ok(Calendar::Parts(rows::network_calendar(db, &rows, &options, progress)?))
        }
    }
}

/// The file of one meeting of `network`, if the selection's partner and range keep it.
fn one_meeting(
    db: &Db,
    network: &Network,
    id: i64,
    partner: Option<&Partner>,
    selection: &IcsSelection,
    options: &ExportOptions,
    progress: &dyn Progress,
) -> Result<CalendarExport> {
    let m = get_meeting(db, id)?;
    if m.network_id != network.id {
        let message = Message::new("error-meeting-of-another-network")
            .arg("id", id.to_string())
            .arg("title", &m.title)
            .arg("network", &network.name);
        return Err(Error::invalid("meeting", message));
    }
    let kept = selection::in_range(selection::schedule_days(&m.schedule), selection.from, selection.to)
        && partner.is_none_or(|p| concerns_partner(&m, p));
    let meetings = if kept { vec![m] } else { Vec::new() };
    let total = meetings.len() as u64;
    progress.advance(0, total);
    if progress.is_cancelled() {
        return Err(Error::Cancelled);
    }
    let export = export_meetings(&meetings, options);
    progress.advance(total, total);
    Ok(export)
}

/// Someone named in an iTIP message: an address and perhaps a display name.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Party {
    pub email: String,
    pub name: Option<String>,
}

/// What turns a calendar into an iTIP message (RFC 5546).
pub(crate) struct Itip<'a> {
    /// `REQUEST` or `CANCEL`.
    pub method: &'static str,
    pub organizer: &'a Party,
    pub attendees: &'a [Party],
}
