//! Reading other programs' iCalendar files (Outlook, Google Calendar, Thunderbird, Apple)
//! into a network's meetings: `convene import ics FILE --network NETWORK`.
//!
//! Each VEVENT becomes a meeting whose `uid` is the event's UID as written and whose
//! `sequence` is its SEQUENCE, so the meeting and the coordinator's calendar entry stay
//! one thing: a later export from Convene supersedes it, and importing a newer version of
//! the event updates it.
//!
//! How the file's parts become a meeting:
//! - SUMMARY -> title, DESCRIPTION -> description, LOCATION -> venue; a LOCATION naming
//!   one of the network's partner cities makes that partner the host. URL (or Google's
//!   X-GOOGLE-CONFERENCE, Teams' X-MICROSOFT-SKYPETEAMSMEETINGURL, or a LOCATION that is
//!   a web address) -> online link, and the mode becomes online (no venue) or hybrid. An
//!   update keeps the saved mode when neither the event nor the saved meeting has a link:
//!   a calendar event cannot say that a meeting with a venue and no link is online or
//!   hybrid, so a file Convene wrote (or a server's copy of it) reads it back as it was.
//!   STATUS -> status (CONFIRMED when absent; a file with METHOD:CANCEL cancels). The kind
//!   is the CATEGORIES value that names one ("Transnational meeting", as Convene's export
//!   writes it), else guessed from the title's words as the URBACT importer does
//!   ("Kick-off meeting", "Final event", "3rd transnational meeting"), else "other"; an
//!   update keeps the kind already saved.
//! - Times: a TZID is read as an IANA zone, a Windows zone ("W. Europe Standard Time") or
//!   the file's VTIMEZONE ([`super::tzid`]); the meeting keeps that zone. A VTIMEZONE
//!   whose rules no IANA zone matches still gives the instants, by its own rules; the
//!   meeting then keeps them in UTC, with a warning. A UTC time (Z)
//!   keeps its instant and takes the host's zone, else the lead partner's, else UTC. A
//!   floating time (no zone at all) is read in the calendar's X-WR-TIMEZONE, else the
//!   host's zone, else the lead partner's, else UTC, with a warning. A DATE is an all-day meeting: DTEND is the
//!   day after the last (RFC 5545), DURATION counts days, neither means one day. A timed
//!   event with neither DTEND nor DURATION is given one hour, with a warning.
//! - Recurring events (RRULE, RDATE, EXDATE) become one meeting per occurrence within the
//!   network's dates, UID `<UID>/<YYYYMMDD>` ([`super::recurrence`]), with a warning that
//!   counts them; a RECURRENCE-ID override replaces its occurrence. A network without a
//!   start date bounds the series from its first occurrence; without an end date, three
//!   years after the start (an URBACT network runs about two and a half years).
//!
//! Files are read the way mail clients read them ([`IcsImportMode::Lenient`], the
//! default): an event that cannot be read (no start, a date that is not one, an unknown
//! zone, an unreadable RRULE, a series too long) or that a meeting's rules refuse (a year
//! outside the supported range, text over a limit) is left out and listed in
//! [`IcsImportReport::skipped`] with its line and reason, and every other event is
//! imported. [`IcsImportMode::Strict`] keeps all or nothing: the first such event refuses
//! the file. Either way a file that is not iCalendar, or whose structure is broken (a
//! line that is not `NAME:value`, BEGIN/END not matching), is refused whole. What real
//! files carry is tolerated by the reader ([`super::reader`]): a leading BOM, CRLF, LF or
//! lone CR line ends, lowercase names, blanks around `:` and `;`, `X-` lines outside the
//! calendar, several VCALENDARs in one file.
//!
//! Invariants:
//! - **All or nothing.** Everything is read and checked before the database is touched,
//!   and the writing runs in one transaction (a savepoint inside a caller's); any error
//!   leaves the database as it was. A skipped event is left out of the plan before
//!   anything is saved, so the file is imported without it, never half. A refused file
//!   is named with `line N: ...`, the physical line that broke it, and every refusal ends
//!   "Nothing was imported."
//! - **Idempotent.** A UID already in the network with an equal or higher sequence is
//!   left alone (so local edits, which raise the sequence, are not overwritten); a higher
//!   SEQUENCE updates the meeting, which then has exactly the imported sequence. Importing
//!   the same file twice changes nothing the second time.
//! - **Rules once.** Meetings are created and updated through [`crate::meeting`], so the
//!   same validation applies; text over a limit is refused naming the event, never cut.
mod event;
mod plan;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::reader::{self, Component};
use crate::error::{Error, Result};
use crate::i18n::{self, Arg, Message};
use crate::meeting::{self, MeetingKind, MeetingMode, MeetingStatus};
use crate::network::get_network;
use crate::origin::Origin;
use crate::partner::{list_partners, match_partner, Partner};
use crate::progress::{report_every, Progress, Silent};
use crate::store::Db;

use plan::{plan_meetings, Planned};

/// A meeting the import created or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingRef {
    pub id: i64,
    /// The iCalendar UID (for an occurrence of a recurring event, `UID/YYYYMMDD`).
    pub uid: String,
    pub title: String,
}

/// An event of the file that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SkippedEvent {
    /// The physical line the problem is on (the event's BEGIN:VEVENT, or the line of the
    /// property that could not be read).
    pub line: usize,
    /// The event's UID as written (for an occurrence of a series, `UID/YYYYMMDD`); for an
    /// event without one that could be read, the UID made up for it
    /// (`convene-import-...`); empty when it has none and could not be read.
    pub uid: String,
    /// The event's SUMMARY; empty when it has none.
    pub title: String,
    /// What was wrong, without the line: "DTSTART \"2027-13-01\" is not a date (...)".
    pub reason: String,
}

impl SkippedEvent {
    /// "line 14: \"Kick-off meeting\" (UID abc@example.org) was skipped: reason", in the
    /// process's language ([`i18n::current`]).
    pub fn describe(&self) -> String {
        let id = match (self.title.is_empty(), self.uid.is_empty()) {
            (false, false) => "ical-skipped-titled-uid",
            (false, true) => "ical-skipped-titled",
            (true, false) => "ical-skipped-uid",
            (true, true) => "ical-skipped",
        };
        Message::new(id)
            .arg("line", self.line.to_string())
            .arg("title", shown(&self.title))
            .arg("uid", shown(&self.uid))
            .arg("reason", &self.reason)
            .render(i18n::current())
    }
}

/// How an event that cannot be imported is treated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum IcsImportMode {
    /// Left out and listed in [`IcsImportReport::skipped`]; the other events are imported.
    #[default]
    Lenient,
    /// The whole file is refused ("Nothing was imported.").
    Strict,
}

/// What an iCalendar import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IcsImportReport {
    pub created: Vec<MeetingRef>,
    pub updated: Vec<MeetingRef>,
    /// Events already saved with the same or a newer sequence, left as they were.
    pub unchanged: usize,
    /// Each begins with the line it is about: "line 12: ...".
    pub warnings: Vec<String>,
    /// Events left out because they could not be read or saved, in the file's order.
    #[serde(default)]
    pub skipped: Vec<SkippedEvent>,
}

impl IcsImportReport {
    /// One sentence: "Created 3 meetings, updated 1, 2 unchanged; 1 event skipped.", in the
    /// process's language ([`i18n::current`]).
    pub fn summary(&self) -> String {
        let skipped = self.skipped.len();
        let message = if self.nothing_imported() {
            Message::new("ical-summary-nothing-imported")
        } else if self.created.is_empty() && self.updated.is_empty() && self.unchanged == 0 {
            Message::new("ical-summary-no-events")
        } else if self.created.is_empty() && self.updated.is_empty() {
            Message::new("ical-summary-unchanged").arg("unchanged", self.unchanged)
        } else {
            Message::new("ical-summary")
                .arg("created", self.created.len())
                .arg("updated", self.updated.len())
                .arg("unchanged", self.unchanged)
        };
        message.arg("skipped", skipped).render(i18n::current())
    }

    /// Every event was skipped: nothing was created, updated or found already saved.
    pub fn nothing_imported(&self) -> bool {
        !self.skipped.is_empty() && self.created.is_empty() && self.updated.is_empty() && self.unchanged == 0
    }
}

/// How long after its start a series is expanded when the network has no end date.
pub const OPEN_SERIES_YEARS: u32 = 3;

/// Imports the iCalendar text into the network's meetings; see the module docs.
pub fn import_ics(db: &mut Db, network_id: i64, text: &str) -> Result<IcsImportReport> {
    import_ics_bytes(db, network_id, text.as_bytes())
}

/// [`import_ics`] for the raw bytes of a file (a fold may split a UTF-8 character).
pub fn import_ics_bytes(db: &mut Db, network_id: i64, bytes: &[u8]) -> Result<IcsImportReport> {
    import_ics_bytes_with(db, network_id, bytes, &Silent)
}

/// [`import_ics_bytes`] reporting each saved event to `progress`; a cancel rolls the
/// whole import back ([`Error::Cancelled`]).
pub fn import_ics_bytes_with(
    db: &mut Db,
    network_id: i64,
    bytes: &[u8],
    progress: &dyn Progress,
) -> Result<IcsImportReport> {
    import_ics_bytes_in(db, network_id, bytes, IcsImportMode::Lenient, progress)
}

/// [`import_ics_bytes_with`] in the given mode: [`IcsImportMode::Strict`] refuses the
/// file at its first event that cannot be imported.
pub fn import_ics_bytes_in(
    db: &mut Db,
    network_id: i64,
    bytes: &[u8],
    mode: IcsImportMode,
    progress: &dyn Progress,
) -> Result<IcsImportReport> {
    let refused = |e: Error| match e {
        Error::BadInput(m) => Error::bad_input(Message::new("error-ical-nothing-imported").arg("message", m)),
        other => other,
    };
    let network = get_network(db, network_id)?;
    let partners = list_partners(db, network_id)?;
    let calendars = read_calendars(bytes).map_err(refused)?;
    let context = Context::new(&network, &partners, db)?;
    let mut report = IcsImportReport::default();
    let mut skips = Skips { mode, list: Vec::new() };
    let plan = plan_meetings(&calendars, &context, &mut report, &mut skips).map_err(refused)?;
    // The plan owns its texts: the file's tree is let go before the database work, whose
    // page cache and search index then reuse its memory rather than fault in more.
    drop(calendars);
    db.with_bulk_cache(|db| db.in_transaction(|db| save(db, network_id, &plan, &mut report, &mut skips, progress)))
        .map_err(refused)?;
    skips.list.sort_by_key(|s| s.line);
    report.skipped = skips.list;
    Ok(report)
}

/// The events left out so far, or the refusal of the file in strict mode.
pub(super) struct Skips {
    mode: IcsImportMode,
    list: Vec<SkippedEvent>,
}

impl Skips {
    /// Records `error` against the event at `line` (lenient), or returns it (strict, or an
    /// error that is not about the file's content, such as the database's).
    pub(super) fn skip(&mut self, line: usize, uid: &str, title: &str, error: Error) -> Result<()> {
        if self.mode == IcsImportMode::Strict {
            return Err(error);
        }
        let locale = i18n::current();
        let (line, reason) = match error {
            Error::BadInput(message) => match line_and_reason(&message) {
                Some((at, reason)) => (at, reason.render(locale)),
                None => (line, message.render(locale)),
            },
            Error::Invalid { field, reason } => (line, format!("{field}: {}", reason.render(locale))),
            other => return Err(other),
        };
        self.list.push(SkippedEvent { line, uid: uid.to_string(), title: title.to_string(), reason });
        Ok(())
    }
}

impl Skips {
    /// An event the meeting rules refused: left out and listed (lenient), or the refusal
    /// of the file naming the event and its line (strict).
    fn leave_out(&mut self, p: &Planned, error: Error) -> Result<()> {
        match self.mode {
            IcsImportMode::Strict => Err(refused_event(p, error)),
            IcsImportMode::Lenient => self.skip(p.line, &p.uid, &p.input.title, error),
        }
    }
}

/// The line and the reason of an `error-ical-line` message ("line 12: reason").
fn line_and_reason(message: &Message) -> Option<(usize, Message)> {
    if message.id() != Some("error-ical-line") {
        return None;
    }
    let line = match message.arg_named("line")? {
        Arg::Text(text) => text.parse().ok()?,
        Arg::Number(number) => *number as usize,
        Arg::Message(_) | Arg::List(_) => return None,
    };
    match message.arg_named("reason")? {
        Arg::Message(reason) => Some((line, reason.clone())),
        Arg::Text(text) => Some((line, Message::from(text.as_str()))),
        Arg::Number(_) | Arg::List(_) => None,
    }
}

/// "line 12: REASON" (`error-ical-line`, as the reader says it).
fn bad(line: usize, reason: impl Into<Message>) -> Error {
    Error::bad_input(Message::new("error-ical-line").arg("line", line.to_string()).arg("reason", reason.into()))
}

fn shown(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        s.push('…');
    }
    s
}

/// Refuses what is not an iCalendar file before reading it line by line.
fn read_calendars(bytes: &[u8]) -> Result<Vec<Component<'_>>> {
    let is_x_line = |l: &[u8]| l.len() > 2 && l[..2].eq_ignore_ascii_case(b"X-");
    let first = reader::physical_lines(bytes)
        .enumerate()
        .find(|(_, l)| !l.iter().all(u8::is_ascii_whitespace) && !is_x_line(l));
    let Some((index, first)) = first else {
        return Err(Error::bad_input(Message::new("error-ical-empty")));
    };
    let first = String::from_utf8_lossy(first);
    if !first.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") || bytes.contains(&0) {
        return Err(Error::bad_input(
            Message::new("error-ical-not-icalendar")
                .arg("line", (index + 1).to_string())
                .arg("text", shown(first.trim())),
        ));
    }
    let calendars = reader::file_components(bytes)?;
    if let Some(other) = calendars.iter().find(|c| c.name != "VCALENDAR") {
        return Err(bad(
            other.begin_line,
            Message::new("error-ical-outside-calendar").arg("name", format!("BEGIN:{}", other.name)),
        ));
    }
    Ok(calendars)
}

/// What the network says about zones and places.
struct Context {
    partners: Vec<(i64, String)>,
    zones_by_partner: HashMap<i64, Tz>,
    lead: Option<(String, Tz)>,
    preferred: Vec<Tz>,
    network_dates: (Option<NaiveDate>, Option<NaiveDate>),
    existing_kinds: HashMap<String, MeetingKind>,
    /// [`Context::host_in`]'s answers: a file repeats the same few LOCATIONs thousands
    /// of times, and matching one against the partners' names is not cheap.
    hosts_by_location: Mutex<HashMap<String, Option<i64>>>,
}

impl Context {
    fn new(network: &crate::network::Network, partners: &[Partner], db: &Db) -> Result<Context> {
        let zone_of = |p: &Partner| p.time_zone.parse::<Tz>().ok();
        let lead = network
            .lead_partner_id
            .and_then(|id| partners.iter().find(|p| p.id == id))
            .and_then(|p| zone_of(p).map(|z| (p.name.clone(), z)));
        let mut preferred: Vec<Tz> = lead.iter().map(|(_, z)| *z).collect();
        preferred.extend(partners.iter().filter_map(zone_of));
        let mut stmt = db.conn().prepare("SELECT uid, kind FROM meetings WHERE network_id = ?1")?;
        let existing_kinds = stmt
            .query_map([network.id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, MeetingKind>(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Context {
            partners: partners.iter().map(|p| (p.id, p.name.clone())).collect(),
            zones_by_partner: partners.iter().filter_map(|p| zone_of(p).map(|z| (p.id, z))).collect(),
            lead,
            preferred,
            network_dates: (network.start_date, network.end_date),
            existing_kinds,
            hosts_by_location: Mutex::default(),
        })
    }

    /// The partner a LOCATION names: the whole text, or one of its comma-separated parts.
    fn host_in(&self, location: &str) -> Option<i64> {
        // A poisoned cache only means another thread panicked while inserting: its
        // answers are still right.
        let hosts = || self.hosts_by_location.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(known) = hosts().get(location) {
            return *known;
        }
        let host = self.match_host(location);
        hosts().insert(location.to_string(), host);
        host
    }

    fn match_host(&self, location: &str) -> Option<i64> {
        let whole = match_partner(location, &self.partners).map(|(id, _, _)| id);
        if whole.is_some() {
            return whole;
        }
        let hits: HashSet<i64> = location
            .split([',', ';', '\n', '(', ')'])
            .filter_map(|part| match_partner(part.trim(), &self.partners).map(|(id, _, _)| id))
            .collect();
        (hits.len() == 1).then(|| hits.into_iter().next()).flatten()
    }
}

fn refused_event(p: &Planned, e: Error) -> Error {
    match e {
        Error::Invalid { field, reason } => bad(
            p.line,
            Message::new("error-ical-event-refused")
                .arg("title", shown(&p.input.title))
                .arg("field", field)
                .arg("reason", reason),
        ),
        other => other,
    }
}

struct Existing {
    id: i64,
    network_id: i64,
    sequence: i64,
}

/// The meetings already saved under the plan's UIDs, found in one query.
fn existing(db: &Db, plan: &[Planned]) -> Result<HashMap<String, Existing>> {
    let uids = serde_json::to_string(&plan.iter().map(|p| p.uid.as_str()).collect::<Vec<_>>())
        .map_err(|e| Error::bad_input(e.to_string()))?;
    let mut stmt = db.conn().prepare_cached(
        "SELECT m.uid, m.id, m.network_id, m.sequence FROM json_each(?1) j JOIN meetings m ON m.uid = j.value",
    )?;
    let found = stmt
        .query_map([uids], |r| Ok((r.get(0)?, Existing { id: r.get(1)?, network_id: r.get(2)?, sequence: r.get(3)? })))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// Writes the plan: events already saved are updated or left alone one by one, in the
/// file's order; the new ones are inserted together ([`meeting::insert_meetings`]).
/// An event the meeting rules refuse (a year outside the supported range, text over a
/// limit) is left out and listed in a lenient import, and refuses the file in a strict one.
fn save(
    db: &mut Db,
    network_id: i64,
    plan: &[Planned],
    report: &mut IcsImportReport,
    skips: &mut Skips,
    progress: &dyn Progress,
) -> Result<()> {
    let planned_uids: HashSet<&str> = plan.iter().map(|p| p.uid.as_str()).collect();
    let total = plan.len() as u64;
    let every = report_every(total);
    let mut done = 0u64;
    let mut advance = |n: usize| -> Result<()> {
        let before = done;
        done += n as u64;
        if before / every != done / every || done == total {
            if progress.is_cancelled() {
                return Err(Error::Cancelled);
            }
            progress.advance(done, total);
        }
        Ok(())
    };
    progress.advance(0, total);
    let saved = existing(db, plan)?;
    let mut new: Vec<&Planned> = Vec::new();
    let mut new_uids: HashSet<&str> = HashSet::with_capacity(plan.len());
    let mut again: Vec<&Planned> = Vec::new();
    for p in plan {
        match saved.get(&p.uid) {
            None if new_uids.insert(&p.uid) => new.push(p),
            None => again.push(p),
            Some(found) => {
                save_over(db, network_id, p, found, report, skips)?;
                advance(1)?;
            }
        }
    }
    let inputs: Vec<(&meeting::MeetingInput, Origin)> =
        new.iter().map(|p| (&p.input, Origin::Calendar { uid: p.uid.clone(), sequence: p.sequence })).collect();
    let mut refused = |i: usize, e: Error| skips.leave_out(new[i], e);
    let ids = meeting::insert_meetings(db, network_id, &inputs, &mut refused, &mut advance)?;
    for (p, id) in new.iter().zip(ids) {
        if let Some(id) = id {
            report.created.push(MeetingRef { id, uid: p.uid.clone(), title: p.input.title.clone() });
        }
    }
    for p in again {
        let found = existing(db, std::slice::from_ref(p))?.remove(&p.uid).ok_or_else(|| Error::not_found(&p.uid))?;
        save_over(db, network_id, p, &found, report, skips)?;
        advance(1)?;
    }
    for p in plan {
        if let Some(prefix) = &p.series_prefix {
            cancel_dropped_occurrences(db, network_id, prefix, p, &planned_uids, report)?;
        }
    }
    if progress.is_cancelled() {
        return Err(Error::Cancelled);
    }
    progress.advance(total, total);
    Ok(())
}

/// An event whose UID is already saved: updated when its sequence is newer, else left.
fn save_over(
    db: &mut Db,
    network_id: i64,
    p: &Planned,
    found: &Existing,
    report: &mut IcsImportReport,
    skips: &mut Skips,
) -> Result<()> {
    let reference = |id: i64| MeetingRef { id, uid: p.uid.clone(), title: p.input.title.clone() };
    if found.network_id != network_id {
        let other = get_network(db, found.network_id)?.name;
        report.warnings.push(
            Message::new("ical-warning-other-network")
                .arg("line", p.line.to_string())
                .arg("title", shown(&p.input.title))
                .arg("uid", &p.uid)
                .arg("network", other)
                .render(i18n::current()),
        );
    } else if p.sequence > found.sequence {
        let saved = meeting::get_meeting(db, found.id)?;
        let mut input = p.input.clone();
        if input.host_partner_id.is_none() {
            input.host_partner_id = saved.host_partner_id;
        }
        if input.mode == MeetingMode::InPerson && input.online_url.is_empty() && saved.online_url.is_empty() {
            input.mode = saved.mode;
        }
        match meeting::update_meeting(db, found.id, input) {
            Ok(_) => {
                db.conn().execute("UPDATE meetings SET sequence = ?2 WHERE id = ?1", params![found.id, p.sequence])?;
                report.updated.push(reference(found.id));
            }
            Err(e) => skips.leave_out(p, e)?,
        }
    } else {
        report.unchanged += 1;
    }
    Ok(())
}

/// A newer version of a series that no longer has an occurrence (a new EXDATE, a shorter
/// UNTIL) cancels the meeting made for it, rather than leaving it on the calendar.
fn cancel_dropped_occurrences(
    db: &mut Db,
    network_id: i64,
    prefix: &str,
    p: &Planned,
    planned: &HashSet<&str>,
    report: &mut IcsImportReport,
) -> Result<()> {
    let mut stmt = db.conn().prepare(
        "SELECT id, uid, title FROM meetings
         WHERE network_id = ?1 AND substr(uid, 1, length(?2)) = ?2 AND sequence < ?3 AND status <> 'cancelled'",
    )?;
    let dropped: Vec<(i64, String, String)> = stmt
        .query_map(params![network_id, prefix, p.sequence], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, uid, _)| !planned.contains(uid.as_str()))
        .collect();
    drop(stmt);
    for (id, uid, title) in dropped {
        meeting::set_meeting_status(db, id, MeetingStatus::Cancelled)?;
        db.conn().execute("UPDATE meetings SET sequence = max(sequence, ?2) WHERE id = ?1", params![id, p.sequence])?;
        report.warnings.push(
            Message::new("ical-warning-occurrence-cancelled")
                .arg("line", p.line.to_string())
                .arg("uid", &uid)
                .render(i18n::current()),
        );
        report.updated.push(MeetingRef { id, uid, title });
    }
    Ok(())
}
