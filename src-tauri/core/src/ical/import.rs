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
//!   a web address) -> online link, and the mode becomes online (no venue) or hybrid.
//!   STATUS -> status (CONFIRMED when absent; a file with METHOD:CANCEL cancels). The kind
//!   is the CATEGORIES value that names one ("Transnational meeting", as Convene's export
//!   writes it), else guessed from the title's words as the URBACT importer does
//!   ("Kick-off meeting", "Final event", "3rd transnational meeting"), else "other"; an
//!   update keeps the kind already saved.
//! - Times: a TZID is read as an IANA zone, a Windows zone ("W. Europe Standard Time") or
//!   the file's VTIMEZONE ([`super::tzid`]); the meeting keeps that zone. A UTC time (Z)
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
//! Invariants:
//! - **All or nothing.** Everything is read and checked before the database is touched,
//!   and the writing runs in one transaction (a savepoint inside a caller's); any error
//!   leaves the database as it was. A broken file is refused with `line N: ...` naming
//!   the physical line that broke it, and every refusal ends "Nothing was imported."
//! - **Idempotent.** A UID already in the network with an equal or higher sequence is
//!   left alone (so local edits, which raise the sequence, are not overwritten); a higher
//!   SEQUENCE updates the meeting, which then has exactly the imported sequence. Importing
//!   the same file twice changes nothing the second time.
//! - **Rules once.** Meetings are created and updated through [`crate::meeting`], so the
//!   same validation applies; text over a limit is refused naming the event, never cut.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::reader::{self, split_values, Component, ContentLine};
use super::recurrence::{self, occurrence_key, Series, Start};
use super::tzid::{ZoneResolver, ZoneSource};
use crate::error::{Error, OptionalExt, Result};
use crate::meeting::{self, MeetingInput, MeetingKind, MeetingMode, MeetingStatus, ScheduleInput};
use crate::network::get_network;
use crate::partner::{list_partners, match_partner, Partner};
use crate::store::Db;
use crate::validate::{self, LINE_MAX};

/// A meeting the import created or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingRef {
    pub id: i64,
    /// The iCalendar UID (for an occurrence of a recurring event, `UID/YYYYMMDD`).
    pub uid: String,
    pub title: String,
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
}

impl IcsImportReport {
    /// One sentence: "Created 3 meetings, updated 1, 2 unchanged."
    pub fn summary(&self) -> String {
        let plural = |n: usize| if n == 1 { "meeting" } else { "meetings" };
        if self.created.is_empty() && self.updated.is_empty() {
            return match self.unchanged {
                0 => "The calendar holds no events for this network; nothing was imported.".into(),
                n => format!("Nothing changed: the {n} {} of this file {} already saved.", if n == 1 { "event" } else { "events" }, if n == 1 { "is" } else { "are" }),
            };
        }
        format!(
            "Created {} {}, updated {}, {} unchanged.",
            self.created.len(),
            plural(self.created.len()),
            self.updated.len(),
            self.unchanged
        )
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
    let refused = |e: Error| match e {
        Error::BadInput(m) => Error::BadInput(format!("{m}. Nothing was imported.")),
        other => other,
    };
    let network = get_network(db, network_id)?;
    let partners = list_partners(db, network_id)?;
    let calendars = read_calendars(bytes).map_err(refused)?;
    let context = Context::new(&network, &partners, db)?;
    let mut report = IcsImportReport::default();
    let plan = plan_meetings(&calendars, &context, &mut report).map_err(refused)?;
    db.in_transaction(|db| save(db, network_id, &plan, &mut report)).map_err(refused)?;
    Ok(report)
}

fn bad(line: usize, message: impl std::fmt::Display) -> Error {
    Error::BadInput(format!("line {line}: {message}"))
}

fn shown(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if text.chars().count() > 60 {
        s.push('…');
    }
    s
}

/// Refuses what is not an iCalendar file before reading it line by line.
fn read_calendars(bytes: &[u8]) -> Result<Vec<Component>> {
    let first = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .split(|b| *b == b'\n')
        .enumerate()
        .find(|(_, l)| !l.iter().all(u8::is_ascii_whitespace));
    let Some((index, first)) = first else {
        return Err(Error::BadInput("the file is empty; expected an iCalendar file (.ics) starting with BEGIN:VCALENDAR".into()));
    };
    let first = String::from_utf8_lossy(first);
    if !first.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR") || bytes.contains(&0) {
        return Err(Error::BadInput(format!(
            "this is not an iCalendar file: it should start with BEGIN:VCALENDAR, but line {} reads \"{}\"",
            index + 1,
            shown(first.trim())
        )));
    }
    let calendars = reader::components(reader::unfold(bytes)?)?;
    if let Some(other) = calendars.iter().find(|c| c.name != "VCALENDAR") {
        return Err(bad(other.begin_line, format!("BEGIN:{} is outside BEGIN:VCALENDAR ... END:VCALENDAR", other.name)));
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
        })
    }

    /// The partner a LOCATION names: the whole text, or one of its comma-separated parts.
    fn host_in(&self, location: &str) -> Option<i64> {
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

/// A date or date-time value as written.
#[derive(Debug, Clone)]
enum RawTime {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    Zoned(NaiveDateTime, String),
    Floating(NaiveDateTime),
}

fn parse_date(line: &ContentLine, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y%m%d").ok().filter(|_| text.len() == 8).ok_or_else(|| {
        bad(line.line, format!("{} \"{text}\" is not a date (iCalendar writes dates as YYYYMMDD, such as 20270310)", line.name))
    })
}

/// One value of a DTSTART, DTEND, RECURRENCE-ID, RDATE or EXDATE line.
fn parse_time(line: &ContentLine, text: &str) -> Result<RawTime> {
    let text = text.trim();
    let is_date = line.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || !text.contains(['T', 't']);
    if is_date {
        return parse_date(line, text).map(RawTime::Date);
    }
    let (local, utc) = match text.strip_suffix(['Z', 'z']) {
        Some(t) => (t, true),
        None => (text, false),
    };
    let parsed = NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S").ok().filter(|_| local.len() == 15).ok_or_else(|| {
        bad(
            line.line,
            format!(
                "{} \"{text}\" is not a date and time (iCalendar writes YYYYMMDDTHHMMSS, such as 20270310T100000, with Z for UTC)",
                line.name
            ),
        )
    })?;
    Ok(match (utc, line.param("TZID")) {
        (true, _) => RawTime::Utc(parsed),
        (false, Some(tzid)) => RawTime::Zoned(parsed, tzid.to_string()),
        (false, None) => RawTime::Floating(parsed),
    })
}

/// DURATION (RFC 5545 3.3.6): `P1D`, `PT1H30M`, `P2W`, `P1DT2H`.
fn parse_duration(line: &ContentLine) -> Result<TimeDelta> {
    let text = line.value.trim();
    let wrong = || bad(line.line, format!("DURATION \"{text}\" is not a duration (such as PT1H30M or P2D)"));
    let body = text.strip_prefix('+').unwrap_or(text).strip_prefix('P').ok_or_else(wrong)?;
    let (mut total, mut number, mut in_time, mut any) = (TimeDelta::zero(), String::new(), false, false);
    for c in body.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() && !in_time => in_time = true,
            'W' | 'D' | 'H' | 'M' | 'S' if !number.is_empty() => {
                let n: i64 = number.parse().map_err(|_| wrong())?;
                let unit = match (c, in_time) {
                    ('W', false) => TimeDelta::try_weeks(n),
                    ('D', false) => TimeDelta::try_days(n),
                    ('H', true) => TimeDelta::try_hours(n),
                    ('M', true) => TimeDelta::try_minutes(n),
                    ('S', true) => TimeDelta::try_seconds(n),
                    _ => None,
                };
                total += unit.ok_or_else(wrong)?;
                number.clear();
                any = true;
            }
            _ => return Err(wrong()),
        }
    }
    if !any || !number.is_empty() {
        return Err(wrong());
    }
    Ok(total)
}

/// When an event takes place, read and resolved to zones.
#[derive(Debug, Clone)]
enum When {
    /// `start` on the clock the series repeats on; `store_zone` is the zone the meeting
    /// keeps (`None`: the host's, else the lead's, else UTC; for UTC times).
    Timed { start: DateTime<Tz>, length: TimeDelta, store_zone: Option<Tz> },
    AllDay { first: NaiveDate, days: u64 },
}

impl When {
    fn start(&self) -> Start {
        match self {
            When::Timed { start, .. } => Start::Timed(*start),
            When::AllDay { first, .. } => Start::Day(*first),
        }
    }

    fn moved_to(&self, start: Start) -> When {
        match (self, start) {
            (When::Timed { length, store_zone, .. }, Start::Timed(t)) => When::Timed { start: t, length: *length, store_zone: *store_zone },
            (When::AllDay { days, .. }, Start::Day(d)) => When::AllDay { first: d, days: *days },
            (_, _) => self.clone(),
        }
    }
}

/// A VEVENT as read.
#[derive(Debug, Clone)]
struct Event {
    line: usize,
    uid: String,
    uid_made_up: bool,
    recurrence_id: Option<Start>,
    sequence: i64,
    title: String,
    description: String,
    venue: String,
    online_url: String,
    /// CATEGORIES naming a kind of meeting, as Convene's own export writes it.
    kind: Option<MeetingKind>,
    /// LOCATION only named the call ("Microsoft Teams Meeting", "Online").
    online: bool,
    host: Option<i64>,
    status: MeetingStatus,
    when: When,
    rules: Vec<String>,
    /// The line of the first RRULE (or RDATE), for errors about the series.
    rule_line: usize,
    rdates: Vec<Start>,
    exdates: Vec<Start>,
}

/// Reads times against the calendar's zones.
struct TimeReader<'a> {
    zones: ZoneResolver<'a>,
    /// The calendar's own zone (X-WR-TIMEZONE), for floating times.
    calendar_zone: Option<Tz>,
    /// The lead partner's name and zone.
    lead: Option<(String, Tz)>,
    /// TZIDs already reported as matched by their offsets (one warning per TZID).
    reported: std::cell::RefCell<HashSet<String>>,
}

impl TimeReader<'_> {
    /// Reads `raw`; a floating time is read in `floating_as` when given (the zone of the
    /// event's DTSTART, for its DTEND, EXDATE, RDATE and RECURRENCE-ID), else in the
    /// calendar's floating zone with a warning.
    fn start(
        &self,
        line: &ContentLine,
        raw: RawTime,
        host: Option<(&str, Tz)>,
        floating_as: Option<Tz>,
        warnings: &mut Vec<String>,
        title: &str,
    ) -> Result<Start> {
        let in_zone = |local: NaiveDateTime, tz: Tz| -> Result<Start> {
            tz.from_local_datetime(&local).earliest().map(Start::Timed).ok_or_else(|| {
                bad(line.line, format!("{} {} does not exist in {} (the clocks change then)", line.name, local.format("%Y-%m-%d %H:%M"), tz.name()))
            })
        };
        match raw {
            RawTime::Date(d) => Ok(Start::Day(d)),
            RawTime::Utc(t) => Ok(Start::Timed(chrono_tz::UTC.from_utc_datetime(&t))),
            RawTime::Floating(local) if floating_as.is_some() => in_zone(local, floating_as.unwrap_or(chrono_tz::UTC)),
            RawTime::Floating(local) => {
                let (tz, why) = match (self.calendar_zone, host, &self.lead) {
                    (Some(tz), _, _) => (tz, "the calendar's own zone (X-WR-TIMEZONE)".to_string()),
                    (None, Some((name, tz)), _) => (tz, format!("the zone of the host, {name}")),
                    (None, None, Some((name, tz))) => (*tz, format!("the zone of the lead partner {name}")),
                    (None, None, None) => (chrono_tz::UTC, "UTC, as the network has no lead partner".to_string()),
                };
                if line.name == "DTSTART" {
                    warnings.push(format!(
                        "line {}: \"{}\" has no time zone (a floating time); it was read in {}, {why}",
                        line.line,
                        shown(title),
                        tz.name()
                    ));
                }
                in_zone(local, tz)
            }
            RawTime::Zoned(local, tzid) => {
                let (tz, source) = self.zones.resolve(&tzid, local, host.map(|(_, tz)| tz)).ok_or_else(|| {
                    bad(
                        line.line,
                        format!(
                            "{} uses the time zone \"{tzid}\", which is neither an IANA zone (such as Europe/Riga) nor a Windows zone name, and the file's VTIMEZONE for it does not match any zone",
                            line.name
                        ),
                    )
                })?;
                if source == ZoneSource::Observances && self.reported.borrow_mut().insert(tzid.clone()) {
                    warnings.push(format!(
                        "line {}: the time zone \"{tzid}\" is not a zone name; its VTIMEZONE's offsets match {}, which was used (here and for every event using it)",
                        line.line,
                        tz.name()
                    ));
                }
                in_zone(local, tz)
            }
        }
    }
}

/// The kind a CATEGORIES value names: its label ("Transnational meeting") or word.
fn kind_named(category: &str) -> Option<MeetingKind> {
    let category = super::reader::unescape_text(category);
    let category = category.trim();
    MeetingKind::ALL
        .iter()
        .copied()
        .find(|k| k.label().eq_ignore_ascii_case(category) || k.as_str().eq_ignore_ascii_case(&category.replace(['-', ' '], "_")))
        .filter(|k| *k != MeetingKind::Other || category.eq_ignore_ascii_case("other"))
}

/// A LOCATION that only says where the call happens ("Microsoft Teams Meeting", "Zoom").
fn is_online_label(venue: &str) -> bool {
    let folded = crate::names::fold(venue);
    matches!(
        folded.as_str(),
        "microsoft teams meeting" | "microsoft teams" | "teams" | "teams meeting" | "zoom" | "zoom meeting" | "google meet"
            | "webex" | "webex meeting" | "online" | "online meeting" | "skype meeting"
    )
}

fn status_of(line: &ContentLine) -> Option<MeetingStatus> {
    match line.value.trim().to_ascii_uppercase().as_str() {
        "CONFIRMED" => Some(MeetingStatus::Confirmed),
        "TENTATIVE" => Some(MeetingStatus::Tentative),
        "CANCELLED" | "CANCELED" => Some(MeetingStatus::Cancelled),
        _ => None,
    }
}

fn sequence_of(line: &ContentLine) -> Result<i64> {
    line.value.trim().parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| {
        bad(line.line, format!("SEQUENCE \"{}\" is not a whole number (0, 1, 2, ...)", line.value.trim()))
    })
}

/// Where an event happens, read from LOCATION and the link properties.
struct Place {
    venue: String,
    online_url: String,
    /// Online or hybrid: a link, or a LOCATION that only names the call.
    online: bool,
}

/// The venue and online link of an event: URL, else Google's X-GOOGLE-CONFERENCE, else
/// Teams' X-MICROSOFT-SKYPETEAMSMEETINGURL, else a LOCATION that is a web address. A
/// LOCATION such as "Microsoft Teams Meeting" makes the meeting online, with no venue.
fn place_of(component: &Component, title: &str, warnings: &mut Vec<String>) -> Place {
    let mut venue = component.property("LOCATION").map(|p| p.text().trim().to_string()).unwrap_or_default();
    let mut link: Option<(String, usize)> = ["URL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL"]
        .iter()
        .find_map(|name| component.property(name).map(|p| (p.text().trim().to_string(), p.line)))
        .filter(|(url, _)| !url.is_empty());
    if link.is_none() && validate::url("location", &venue).is_ok_and(|url| !url.is_empty()) {
        let line = component.property("LOCATION").map_or(component.begin_line, |p| p.line);
        link = Some((std::mem::take(&mut venue), line));
    }
    let online_url = match link {
        Some((url, line)) => validate::url("online_url", &url).unwrap_or_else(|_| {
            warnings.push(format!(
                "line {line}: \"{}\" is not a web address (http or https); the online link of \"{}\" was left empty",
                shown(&url),
                shown(title)
            ));
            String::new()
        }),
        None => String::new(),
    };
    let named_call = is_online_label(&venue);
    if named_call {
        venue.clear();
    }
    Place { online: named_call || !online_url.is_empty(), venue, online_url }
}

/// A stable made-up UID for an event without one: FNV-1a over its start and title.
fn made_up_uid(component: &Component) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for name in ["DTSTART", "SUMMARY", "LOCATION"] {
        for b in component.property(name).map_or("", |p| p.value.as_str()).bytes().chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("convene-import-{hash:016x}")
}

fn read_event(component: &Component, method_cancel: bool, reader: &TimeReader<'_>, context: &Context, warnings: &mut Vec<String>) -> Result<Event> {
    let line = component.begin_line;
    let text = |name: &str| component.property(name).map(|p| p.text().trim().to_string()).unwrap_or_default();
    let title = match text("SUMMARY") {
        t if t.is_empty() => {
            warnings.push(format!("line {line}: an event has no title (SUMMARY); it was called \"Untitled meeting\""));
            "Untitled meeting".to_string()
        }
        t => t,
    };
    let (uid, uid_made_up) = match component.property("UID").map(|p| p.value.trim().to_string()).filter(|u| !u.is_empty()) {
        Some(uid) => (uid, false),
        None => (made_up_uid(component), true),
    };
    if uid.chars().count() > LINE_MAX {
        return Err(bad(component.property("UID").map_or(line, |p| p.line), format!("the UID of \"{}\" is longer than {LINE_MAX} characters", shown(&title))));
    }
    let place = place_of(component, &title, warnings);
    let (venue, online_url, online) = (place.venue, place.online_url, place.online);
    let host = context.host_in(&venue);
    let host_name = host.and_then(|h| context.partners.iter().find(|(id, _)| *id == h)).map(|(_, name)| name.as_str());
    let host_zone = host.and_then(|h| context.zones_by_partner.get(&h).copied());
    let host_zone = host_name.zip(host_zone);
    let status = match component.property("STATUS") {
        _ if method_cancel => MeetingStatus::Cancelled,
        Some(p) => status_of(p).unwrap_or(MeetingStatus::Confirmed),
        None => MeetingStatus::Confirmed,
    };
    let sequence = component.property("SEQUENCE").map(sequence_of).transpose()?.unwrap_or(0);

    let dtstart = component.property("DTSTART").ok_or_else(|| bad(line, format!("the event \"{}\" has no DTSTART (no start)", shown(&title))))?;
    let start = reader.start(dtstart, parse_time(dtstart, &dtstart.value)?, host_zone, None, warnings, &title)?;
    let start_zone = match start {
        Start::Timed(t) => Some(t.timezone()),
        Start::Day(_) => None,
    };
    let end = match (component.property("DTEND"), component.property("DURATION")) {
        (Some(dtend), _) => Some(reader.start(dtend, parse_time(dtend, &dtend.value)?, host_zone, start_zone, warnings, &title)?),
        (None, Some(duration)) => {
            let length = parse_duration(duration)?;
            Some(match start {
                Start::Timed(t) => Start::Timed(t + length),
                Start::Day(d) => Start::Day(d + Days::new(length.num_days().max(0) as u64)),
            })
        }
        (None, None) => None,
    };
    let when = match (start, end) {
        (Start::Day(first), None) => When::AllDay { first, days: 1 },
        (Start::Day(first), Some(Start::Day(after_last))) => {
            When::AllDay { first, days: (after_last - first).num_days().max(1) as u64 }
        }
        (Start::Timed(s), None) => {
            warnings.push(format!("line {}: \"{}\" has no end (DTEND or DURATION); it was given one hour", dtstart.line, shown(&title)));
            When::Timed { start: s, length: TimeDelta::hours(1), store_zone: None }
        }
        (Start::Timed(s), Some(Start::Timed(e))) => When::Timed { start: s, length: e.signed_duration_since(s), store_zone: None },
        (Start::Day(_), Some(Start::Timed(_))) | (Start::Timed(_), Some(Start::Day(_))) => {
            let end_line = component.property("DTEND").map_or(line, |p| p.line);
            return Err(bad(end_line, format!("\"{}\" starts on a date but ends at a time, or the other way round; DTSTART and DTEND must both be dates or both date-times", shown(&title))));
        }
    };
    let when = match when {
        When::Timed { start, length, .. } => {
            let written_utc = matches!(parse_time(dtstart, &dtstart.value)?, RawTime::Utc(_));
            let end_line = component.property("DTEND").map_or(line, |p| p.line);
            if length < TimeDelta::zero() {
                return Err(bad(end_line, format!("\"{}\" ends before it starts", shown(&title))));
            }
            let length = if length.is_zero() {
                warnings.push(format!("line {end_line}: \"{}\" ends when it starts; it was given one hour", shown(&title)));
                TimeDelta::hours(1)
            } else {
                length
            };
            let store_zone = if written_utc { None } else { Some(start.timezone()) };
            When::Timed { start, length, store_zone }
        }
        all_day => all_day,
    };

    let recurrence_id = component
        .property("RECURRENCE-ID")
        .map(|p| parse_time(p, &p.value).and_then(|raw| reader.start(p, raw, host_zone, start_zone, warnings, &title)))
        .transpose()?;
    let mut times = |name: &str| -> Result<Vec<Start>> {
        let mut out = Vec::new();
        for p in component.properties_named(name) {
            for value in split_values(&p.value) {
                let value = value.split('/').next().unwrap_or(value);
                out.push(reader.start(p, parse_time(p, value)?, host_zone, start_zone, warnings, &title)?);
            }
        }
        Ok(out)
    };
    let rdates = times("RDATE")?;
    let exdates = times("EXDATE")?;
    let rules = component.properties_named("RRULE").map(|p| p.value.trim().to_string()).collect();
    let rule_line = component.property("RRULE").or(component.property("RDATE")).map_or(line, |p| p.line);
    Ok(Event {
        line,
        uid,
        uid_made_up,
        recurrence_id,
        sequence,
        title,
        description: text("DESCRIPTION"),
        venue,
        online_url,
        kind: component.properties_named("CATEGORIES").flat_map(|p| split_values(&p.value)).find_map(kind_named),
        online,
        host,
        status,
        when,
        rules,
        rule_line,
        rdates,
        exdates,
    })
}

/// A meeting to create or update, with the line of its VEVENT for messages.
#[derive(Debug)]
struct Planned {
    line: usize,
    uid: String,
    sequence: i64,
    input: MeetingInput,
    /// For the master of a recurring event: the UID prefix of its occurrences, to cancel
    /// those no longer in the series.
    series_prefix: Option<String>,
}

fn plan_meetings(calendars: &[Component], context: &Context, report: &mut IcsImportReport) -> Result<Vec<Planned>> {
    let mut events: Vec<Event> = Vec::new();
    let mut skipped: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for calendar in calendars {
        let method_cancel = calendar.property("METHOD").is_some_and(|m| m.value.trim().eq_ignore_ascii_case("CANCEL"));
        let reader = TimeReader {
            zones: ZoneResolver::new(calendar, context.preferred.clone()),
            calendar_zone: calendar.property("X-WR-TIMEZONE").and_then(|p| p.value.trim().parse::<Tz>().ok()),
            lead: context.lead.clone(),
            reported: Default::default(),
        };
        for child in &calendar.children {
            match child.name.as_str() {
                "VEVENT" => events.push(read_event(child, method_cancel, &reader, context, &mut report.warnings)?),
                "VTIMEZONE" => {}
                other => {
                    let entry = skipped.entry(other.to_string()).or_insert((child.begin_line, 0));
                    entry.1 += 1;
                }
            }
        }
    }
    for (name, (line, count)) in skipped {
        let what = match name.as_str() {
            "VTODO" => "a task",
            "VJOURNAL" => "a journal entry",
            "VFREEBUSY" => "free/busy time",
            _ => "not an event",
        };
        report.warnings.push(format!("line {line}: {count} {name} ({what}) skipped; only events (VEVENT) become meetings"));
    }
    for e in events.iter().filter(|e| e.uid_made_up && e.recurrence_id.is_none()) {
        report.warnings.push(format!(
            "line {}: \"{}\" has no UID; it was given {} (made from its start and title), so importing the file again finds it",
            e.line,
            shown(&e.title),
            e.uid
        ));
    }

    let mut masters: Vec<Event> = Vec::new();
    let mut overrides: BTreeMap<String, Vec<Event>> = BTreeMap::new();
    for e in events {
        if e.recurrence_id.is_some() {
            overrides.entry(e.uid.clone()).or_default().push(e);
        } else if let Some(i) = masters.iter().position(|m| m.uid == e.uid) {
            let kept = if e.sequence > masters[i].sequence { e.clone() } else { masters[i].clone() };
            report.warnings.push(format!(
                "line {}: the UID {} appears twice (lines {} and {}); the version with the higher SEQUENCE was kept",
                e.line, e.uid, masters[i].line, e.line
            ));
            masters[i] = kept;
        } else {
            masters.push(e);
        }
    }

    let mut planned = Vec::new();
    for master in &masters {
        let own_overrides = overrides.remove(&master.uid).unwrap_or_default();
        if master.rules.is_empty() && master.rdates.is_empty() {
            for o in &own_overrides {
                report.warnings.push(format!("line {}: this RECURRENCE-ID changes an occurrence of {}, which does not repeat; skipped", o.line, master.uid));
            }
            planned.push(plan(master, master.uid.clone(), &master.when, context, &mut report.warnings));
            continue;
        }
        planned.extend(expand(master, own_overrides, context, report)?);
    }
    for (uid, lone) in overrides {
        for o in lone {
            let key = occurrence_key(&o.recurrence_id.unwrap_or(o.when.start()), false);
            planned.push(plan(&o, format!("{uid}/{key}"), &o.when, context, &mut report.warnings));
        }
    }
    Ok(planned)
}

/// The span a series is expanded over: the network's dates, else bounds from the series.
fn series_bounds(master: &Event, context: &Context) -> (NaiveDate, NaiveDate) {
    let first = master.when.start().date();
    let from = context.network_dates.0.unwrap_or(first);
    let to = context.network_dates.1.unwrap_or_else(|| {
        let base = context.network_dates.0.map_or(first, |s| s.max(first));
        base.checked_add_months(chrono::Months::new(12 * OPEN_SERIES_YEARS)).unwrap_or(base)
    });
    (from, to)
}

fn expand(master: &Event, own_overrides: Vec<Event>, context: &Context, report: &mut IcsImportReport) -> Result<Vec<Planned>> {
    let (from, to) = series_bounds(master, context);
    let series = Series { start: master.when.start(), rules: &master.rules, rdates: &master.rdates, exdates: &master.exdates };
    let rule_line = master.rule_line;
    let starts = recurrence::occurrences(&series, from, to).map_err(|e| bad(rule_line, format!("\"{}\" {e}", shown(&master.title))))?;
    let mut per_day: HashMap<NaiveDate, usize> = HashMap::new();
    for s in &starts {
        *per_day.entry(s.date()).or_default() += 1;
    }
    let twice = per_day.values().any(|n| *n > 1);
    let key_of = |s: &Start| occurrence_key(s, twice);
    let mut by_key: BTreeMap<String, Event> = BTreeMap::new();
    for s in &starts {
        let mut occurrence = master.clone();
        occurrence.when = master.when.moved_to(*s);
        by_key.insert(key_of(s), occurrence);
    }
    for o in own_overrides {
        let key = key_of(&o.recurrence_id.unwrap_or(o.when.start()));
        if by_key.contains_key(&key) || (from..=to).contains(&o.when.start().date()) {
            by_key.insert(key, o);
        }
    }
    if by_key.is_empty() {
        report.warnings.push(format!("line {}: no occurrence of \"{}\" falls between {from} and {to}; nothing was made of it", master.line, shown(&master.title)));
        return Ok(Vec::new());
    }
    let why = match context.network_dates {
        (Some(_), Some(_)) => String::new(),
        (None, _) => " (the network has no start date, so the series was read from its first occurrence)".to_string(),
        (Some(_), None) => format!(" (the network has no end date, so the series was read up to {OPEN_SERIES_YEARS} years on)"),
    };
    report.warnings.push(format!(
        "line {}: \"{}\" repeats; its {} occurrence{} between {from} and {to} became separate meetings{why}",
        master.line,
        shown(&master.title),
        by_key.len(),
        if by_key.len() == 1 { "" } else { "s" },
    ));
    let mut planned: Vec<Planned> = by_key
        .into_iter()
        .map(|(key, e)| {
            let mut p = plan(&e, format!("{}/{key}", master.uid), &e.when, context, &mut report.warnings);
            p.series_prefix = None;
            p
        })
        .collect();
    if let Some(first) = planned.first_mut() {
        first.series_prefix = Some(format!("{}/", master.uid));
    }
    Ok(planned)
}

fn plan(e: &Event, uid: String, when: &When, context: &Context, warnings: &mut Vec<String>) -> Planned {
    let schedule = match when {
        When::AllDay { first, days } => ScheduleInput::AllDay { first: *first, last: *first + Days::new(days.saturating_sub(1)) },
        When::Timed { start, length, store_zone } => {
            let zone = store_zone
                .or_else(|| e.host.and_then(|h| context.zones_by_partner.get(&h).copied()))
                .or_else(|| context.lead.as_ref().map(|(_, z)| *z))
                .unwrap_or(chrono_tz::UTC);
            let start_utc = start.with_timezone(&Utc);
            let end_utc: DateTime<Utc> = start_utc + *length;
            for (what, instant) in [("starts", start_utc), ("ends", end_utc)] {
                let local = instant.with_timezone(&zone).naive_local();
                if let chrono::LocalResult::Ambiguous(first, _) = zone.from_local_datetime(&local) {
                    if first.with_timezone(&Utc) != instant {
                        warnings.push(format!(
                            "line {}: \"{}\" {what} at {} in {}, in the hour the clocks repeat, on its second pass; Convene saves such a time on the first pass, an hour earlier",
                            e.line,
                            shown(&e.title),
                            local.format("%Y-%m-%d %H:%M"),
                            zone.name()
                        ));
                    }
                }
            }
            ScheduleInput::Timed {
                start_local: start_utc.with_timezone(&zone).naive_local(),
                end_local: end_utc.with_timezone(&zone).naive_local(),
                time_zone: zone.name().to_string(),
            }
        }
    };
    let mode = match (e.online, e.venue.is_empty()) {
        (false, _) => MeetingMode::InPerson,
        (true, true) => MeetingMode::Online,
        (true, false) => MeetingMode::Hybrid,
    };
    let kind = context.existing_kinds.get(&uid).copied().or(e.kind).unwrap_or_else(|| crate::urbact::events::kind_of(&e.title));
    Planned {
        line: e.line,
        uid,
        sequence: e.sequence,
        input: MeetingInput {
            kind,
            title: e.title.clone(),
            host_partner_id: e.host,
            venue: e.venue.clone(),
            mode,
            online_url: e.online_url.clone(),
            status: e.status,
            description: e.description.clone(),
            schedule,
        },
        series_prefix: None,
    }
}

fn refused_event(p: &Planned, e: Error) -> Error {
    match e {
        Error::Invalid { field, reason } => {
            bad(p.line, format!("the event \"{}\" cannot be imported: {field}: {reason}", shown(&p.input.title)))
        }
        other => other,
    }
}

struct Existing {
    id: i64,
    network_id: i64,
    sequence: i64,
}

fn existing(db: &Db, uid: &str) -> Result<Option<Existing>> {
    db.conn()
        .query_row("SELECT id, network_id, sequence FROM meetings WHERE uid = ?1", [uid], |r| {
            Ok(Existing { id: r.get(0)?, network_id: r.get(1)?, sequence: r.get(2)? })
        })
        .optional()
}

fn save(db: &mut Db, network_id: i64, plan: &[Planned], report: &mut IcsImportReport) -> Result<()> {
    let planned_uids: HashSet<&str> = plan.iter().map(|p| p.uid.as_str()).collect();
    for p in plan {
        let reference = |id: i64| MeetingRef { id, uid: p.uid.clone(), title: p.input.title.clone() };
        match existing(db, &p.uid)? {
            None => {
                let id = meeting::insert_meeting(db, network_id, &p.input, &crate::origin::Origin::Form).map_err(|e| refused_event(p, e))?;
                db.conn().execute("UPDATE meetings SET uid = ?2, sequence = ?3 WHERE id = ?1", params![id, p.uid, p.sequence])?;
                report.created.push(reference(id));
            }
            Some(found) if found.network_id != network_id => {
                let other = get_network(db, found.network_id)?.name;
                report.warnings.push(format!(
                    "line {}: \"{}\" (UID {}) is already a meeting of {other}; it was left there and not imported here",
                    p.line,
                    shown(&p.input.title),
                    p.uid
                ));
            }
            Some(found) if p.sequence > found.sequence => {
                let mut input = p.input.clone();
                if input.host_partner_id.is_none() {
                    input.host_partner_id = meeting::get_meeting(db, found.id)?.host_partner_id;
                }
                meeting::update_meeting(db, found.id, input).map_err(|e| refused_event(p, e))?;
                db.conn().execute("UPDATE meetings SET sequence = ?2 WHERE id = ?1", params![found.id, p.sequence])?;
                report.updated.push(reference(found.id));
            }
            Some(_) => report.unchanged += 1,
        }
        if let Some(prefix) = &p.series_prefix {
            cancel_dropped_occurrences(db, network_id, prefix, p, &planned_uids, report)?;
        }
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
        .query_map(params![network_id, prefix, p.sequence], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|(_, uid, _)| !planned.contains(uid.as_str()))
        .collect();
    drop(stmt);
    for (id, uid, title) in dropped {
        meeting::set_meeting_status(db, id, MeetingStatus::Cancelled)?;
        db.conn().execute("UPDATE meetings SET sequence = max(sequence, ?2) WHERE id = ?1", params![id, p.sequence])?;
        report.warnings.push(format!("line {}: the occurrence {uid} is no longer in the series; its meeting was cancelled", p.line));
        report.updated.push(MeetingRef { id, uid, title });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(name: &str, value: &str) -> ContentLine {
        ContentLine { line: 9, name: name.into(), params: vec![], value: value.into() }
    }

    #[test]
    fn durations() {
        let d = |v: &str| parse_duration(&line("DURATION", v));
        assert_eq!(d("PT1H30M").unwrap(), TimeDelta::minutes(90));
        assert_eq!(d("P2D").unwrap(), TimeDelta::days(2));
        assert_eq!(d("P1W").unwrap(), TimeDelta::days(7));
        assert_eq!(d("P1DT2H").unwrap(), TimeDelta::hours(26));
        for wrong in ["1H", "PT", "P1H", "PT1D", "-PT1H", "P1.5D"] {
            let err = d(wrong).unwrap_err().to_string();
            assert!(err.starts_with("line 9: DURATION"), "{wrong}: {err}");
        }
    }

    #[test]
    fn times_as_written() {
        let mut l = line("DTSTART", "");
        assert!(matches!(parse_time(&l, "20270310").unwrap(), RawTime::Date(_)));
        assert!(matches!(parse_time(&l, "20270310T100000Z").unwrap(), RawTime::Utc(_)));
        assert!(matches!(parse_time(&l, "20270310T100000").unwrap(), RawTime::Floating(_)));
        l.params.push(("TZID".into(), vec!["Europe/Riga".into()]));
        assert!(matches!(parse_time(&l, "20270310T100000").unwrap(), RawTime::Zoned(_, ref z) if z == "Europe/Riga"));
        let err = parse_time(&l, "2027-13-01").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"2027-13-01\" is not a date ("), "{err}");
        let err = parse_time(&l, "20270310T250000").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"20270310T250000\" is not a date and time"), "{err}");
        let err = parse_time(&l, "20271301").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"20271301\" is not a date"), "{err}");
    }
}
