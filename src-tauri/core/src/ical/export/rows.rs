//! A network's calendar written straight from SQLite's rows: one pass over the network's
//! dated meetings, in date order, each row becoming its VEVENT while it is current.
//!
//! Why: `convene export ics` of 20,000 meetings spent most of its time building values it
//! threw away: a `Meeting` per row with a `String` per text column, a 20,000-element list
//! of them and an index over it, the attendance of every meeting (which a calendar file
//! never shows), then the file. Here each text column is borrowed from the row
//! (`Row::get_ref`) until its event is copied into a batch ([`Event`]), the agenda is
//! read once per network into a map (most meetings have none) and the attendance only for
//! a partner's view, which needs it to choose.
//!
//! The VTIMEZONEs come before the first event but depend on every event (the zones used
//! and the years they touch), so the events are written into one buffer while the zones are
//! gathered ([`ZoneYears`]), and the head is written last, into its own small buffer: the
//! caller writes head, events and tail to the file one after the other
//! ([`CalendarParts::write_to`]) or joins them for the window ([`CalendarParts::into_text`]).
//!
//! Reading and writing run on two threads: this one steps SQLite through the rows and
//! works out each event's times, a writer thread writes the VEVENTs, and the events go from
//! one to the other in batches that own their texts ([`super::batch`]). On two cores the
//! halves, of about the same cost, overlap.
//!
//! The dated meetings come in the order of the `meetings_network_start` index (network,
//! start, then id), so SQLite walks the index instead of sorting; the undated ones are only
//! counted (a calendar has no place for them). Everything is read in one read transaction,
//! so the events, the agenda and the counts are one snapshot even while the app writes. The
//! read is not memory-mapped (`PRAGMA mmap_size`), although that took a tenth off: an I/O
//! error while reading a mapped file is a signal that ends the process (the whole window,
//! for the app's "Export calendar") instead of an error a person can read.
//!
//! Invariant: the bytes are those [`super::write_calendar`] writes for the same selection of
//! `get_meeting` values in `list_meetings`' order (`tests/core/ical_from_database.rs`
//! checks it on a network of every kind of meeting, for the whole network, partner views
//! and date ranges).

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::mpsc::{self, SyncSender};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::types::Type;
use rusqlite::Row;

use super::batch::{EventBatch, EVENTS_PER_BATCH};
use super::event::{Event, EventTime};
use super::selection::{concerns, in_range, timed_days, undated_days, Days};
use super::write::{write_event, write_head, write_tail, EventContext};
use super::zones::ZoneYears;
use super::ExportOptions;
use crate::agenda::AgendaItem;
use crate::error::{Error, Result};
use crate::ical::line_writer::Lines;
use crate::meeting::{AttendanceStatus, Attendee, MeetingKind, MeetingMode, MeetingStatus};
use crate::partner::Partner;
use crate::progress::{report_every, Progress};
use crate::store::Db;

/// Which of a network's meetings go into the file.
pub(super) struct RowSelection<'a> {
    pub network_id: i64,
    pub partner: Option<&'a Partner>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A calendar in its three parts, in file order.
pub(super) struct CalendarParts {
    /// `BEGIN:VCALENDAR`, the calendar's properties and VTIMEZONEs.
    head: String,
    events: String,
    /// `END:VCALENDAR`.
    tail: String,
    pub events_written: usize,
    pub left_out_undated: usize,
}

impl CalendarParts {
    /// The whole file as one text.
    pub(super) fn into_text(self) -> String {
        let mut text = self.head;
        text.reserve_exact(self.events.len() + self.tail.len());
        text.push_str(&self.events);
        text.push_str(&self.tail);
        text
    }

    /// Writes the whole file to `out`, part after part.
    pub(super) fn write_to(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.head.as_bytes())?;
        out.write_all(self.events.as_bytes())?;
        out.write_all(self.tail.as_bytes())
    }
}

/// How many batches the reader may be ahead of the writer.
const BATCHES_IN_FLIGHT: usize = 4;

/// The octets of one event of a typical meeting: the events buffer is sized from it.
const EVENT_OCTETS: usize = 700;

/// The calendar of `selection`: see the module docs.
pub(super) fn network_calendar(
    db: &Db,
    selection: &RowSelection<'_>,
    options: &ExportOptions,
    progress: &dyn Progress,
) -> Result<CalendarParts> {
    let conn = db.conn();
    if !conn.is_autocommit() {
        return read_and_write(db, selection, options, progress);
    }
    conn.execute_batch("BEGIN DEFERRED")?;
    let parts = read_and_write(db, selection, options, progress);
    let ended = conn.execute_batch("COMMIT");
    let parts = parts?;
    ended?;
    Ok(parts)
}

fn read_and_write(
    db: &Db,
    selection: &RowSelection<'_>,
    options: &ExportOptions,
    progress: &dyn Progress,
) -> Result<CalendarParts> {
    let network_id = selection.network_id;
    let conn = db.conn();
    let total: i64 = conn
        .prepare_cached("SELECT count(*) FROM meetings WHERE network_id = ?1")?
        .query_row([network_id], |r| r.get(0))?;
    let total = total.max(0) as u64;
    progress.advance(0, total);
    if progress.is_cancelled() {
        return Err(Error::Cancelled);
    }
    let partner_names = partner_names(db, network_id)?;
    let agendas = agendas(db, network_id)?;
    let attendance = match selection.partner {
        Some(_) => attendance(db, network_id)?,
        None => HashMap::new(),
    };
    let chosen = |kind: MeetingKind, host: Option<i64>, id: i64, days: Days| -> bool {
        in_range(days, selection.from, selection.to)
            && selection.partner.is_none_or(|p| {
                let attending = attendance.get(&id).map(Vec::as_slice).unwrap_or(&[]);
                concerns(p, kind, host, attending)
            })
    };

    let (batches, received) = mpsc::sync_channel::<EventBatch>(BATCHES_IN_FLIGHT);
    let agendas = &agendas;
    let (read, (events, written)) = std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            let context = EventContext::new(options.now, options.reminder, None, options.language);
            let mut events = Lines::with_capacity(total as usize * EVENT_OCTETS);
            let mut written = 0;
            for batch in received {
                for event in batch.events(agendas) {
                    write_event(&mut events, &event, &context);
                }
                written += batch.len();
            }
            (events, written)
        });
        let read = read_dated(db, network_id, total, &chosen, &partner_names, progress, batches);
        let wrote = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (read, wrote)
    });
    let (zones, mut undated) = read?;

    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.kind, m.host_partner_id, m.undated_year, m.undated_month FROM meetings m
         WHERE m.network_id = ?1 AND m.sort_start IS NULL",
    )?;
    let mut rows = stmt.query([network_id])?;
    while let Some(row) = rows.next()? {
        if chosen(row.get(1)?, row.get(2)?, row.get(0)?, undated_days(row.get(3)?, row.get(4)?)) {
            undated += 1;
        }
    }

    let zones = zones.into_rules();
    let mut head = Lines::with_capacity(1024 + zones.len() * 1024);
    write_head(&mut head, Some(&options.calendar_name), None, &zones);
    let mut tail = Lines::with_capacity(16);
    write_tail(&mut tail);
    progress.advance(total, total);
    Ok(CalendarParts {
        head: head.into_string(),
        events: events.into_string(),
        tail: tail.into_string(),
        events_written: written,
        left_out_undated: undated,
    })
}

/// Reads the network's meetings that have a sort date, in date order, sending those
/// `chosen` to the writer in batches ([`EventBatch`]); returns the zones they use and how
/// many of the chosen have no date of their own (an undated meeting can have a sort date;
/// the undated meetings without one are counted after).
#[allow(clippy::too_many_arguments)]
fn read_dated(
    db: &Db,
    network_id: i64,
    total: u64,
    chosen: &dyn Fn(MeetingKind, Option<i64>, i64, Days) -> bool,
    partner_names: &HashMap<i64, String>,
    progress: &dyn Progress,
    batches: SyncSender<EventBatch>,
) -> Result<(ZoneYears, usize)> {
    let conn = db.conn();
    let mut zones = ZoneYears::default();
    let mut undated = 0;
    let mut done = 0;
    let every = report_every(total);
    let mut batch = EventBatch::new();
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.uid, m.sequence, m.kind, m.title, m.host_partner_id, m.venue, m.mode, m.status,
                m.online_url, m.description, m.schedule_kind, m.start_utc, m.end_utc, m.time_zone,
                m.first_date, m.last_date, m.undated_year, m.undated_month
         FROM meetings m INDEXED BY meetings_network_start
         WHERE m.network_id = ?1 AND m.sort_start IS NOT NULL ORDER BY m.sort_start, m.id",
    )?;
    let mut rows = stmt.query([network_id])?;
    while let Some(row) = rows.next()? {
        done += 1;
        if done % every == 0 {
            progress.advance(done, total);
            if progress.is_cancelled() {
                return Err(Error::Cancelled);
            }
        }
        let id: i64 = row.get(0)?;
        let kind: MeetingKind = row.get(3)?;
        let host: Option<i64> = row.get(5)?;
        let time = match text(row, 11)? {
            "timed" => {
                let start = instant(row, 12)?;
                let end = instant(row, 13)?;
                let (seen, zone) = zones.find(text(row, 14)?);
                let zone = zone.ok_or_else(|| bad(14, "time_zone"))?;
                let start_local = start.with_timezone(&zone).naive_local();
                let end_local = end.with_timezone(&zone).naive_local();
                if !chosen(kind, host, id, timed_days(start_local, end_local)) {
                    continue;
                }
                zones.note_years(seen, start_local.year(), end_local.year());
                EventTime::Timed { start, end, zone: Some(zone), start_local, end_local }
            }
            "all_day" => {
                let (first, last): (NaiveDate, NaiveDate) = (row.get(15)?, row.get(16)?);
                if !chosen(kind, host, id, Days::Span(first, last)) {
                    continue;
                }
                EventTime::AllDay { first, last }
            }
            _ => {
                if chosen(kind, host, id, undated_days(row.get(17)?, row.get(18)?)) {
                    undated += 1;
                }
                continue;
            }
        };
        let unknown_host;
        let host_name = match host {
            None => None,
            Some(h) => match partner_names.get(&h) {
                Some(name) => Some(name.as_str()),
                None => {
                    unknown_host = crate::partner::get_partner(db, h).ok().map(|p| p.name);
                    unknown_host.as_deref()
                }
            },
        };
        let event = Event {
            uid: text(row, 1)?,
            sequence: row.get(2)?,
            time,
            title: text(row, 4)?,
            status: row.get::<_, MeetingStatus>(8)?,
            kind,
            venue: text(row, 6)?,
            host_name,
            mode: row.get::<_, MeetingMode>(7)?,
            online_url: text(row, 9)?,
            description: text(row, 10)?,
            agenda: &[],
        };
        batch.push(id, &event);
        // A send fails only when the writer thread has panicked; the caller's join then
        // raises that panic, so the read just stops.
        if batch.len() == EVENTS_PER_BATCH && batches.send(std::mem::replace(&mut batch, EventBatch::new())).is_err() {
            break;
        }
    }
    if batch.len() > 0 {
        let _ = batches.send(batch);
    }
    Ok((zones, undated))
}

/// Column `i` as text borrowed from the row.
fn text<'r>(row: &'r Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?.as_str().map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

fn bad(i: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, Type::Text, format!("bad {what}").into())
}

/// Column `i`, an instant as stored (`2027-03-10T08:00:00Z`, [`crate::time_text::utc_text`]):
/// read by hand in that form, by chrono's RFC 3339 reader in any other.
fn instant(row: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text = text(row, i)?;
    stored_instant(text)
        .or_else(|| DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc)))
        .ok_or_else(|| bad(i, "instant"))
}

/// `YYYY-MM-DDTHH:MM:SSZ`, or `None` for any other text (and for a second of 60).
fn stored_instant(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z'
    {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')))
    };
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    Some(date.and_hms_opt(number(11..13)?, number(14..16)?, number(17..19)?)?.and_utc())
}

/// The names of the network's partners, by id: a meeting's host is one of them.
fn partner_names(db: &Db, network_id: i64) -> Result<HashMap<i64, String>> {
    Ok(db
        .conn()
        .prepare_cached("SELECT id, name FROM partners WHERE network_id = ?1")?
        .query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// The agenda of every meeting of the network that has one, each in its order.
fn agendas(db: &Db, network_id: i64) -> Result<HashMap<i64, Vec<AgendaItem>>> {
    let mut agendas: HashMap<i64, Vec<AgendaItem>> = HashMap::new();
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.meeting_id, a.id, a.position, a.start_time, a.end_time, a.title, a.lead_partner_id, a.notes
         FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
         WHERE m.network_id = ?1 ORDER BY a.meeting_id, a.position, a.id",
    )?;
    let mut rows = stmt.query([network_id])?;
    while let Some(r) = rows.next()? {
        let item = AgendaItem {
            id: r.get(1)?,
            position: r.get(2)?,
            start_time: r.get(3)?,
            end_time: r.get(4)?,
            title: r.get(5)?,
            lead_partner_id: r.get(6)?,
            notes: r.get(7)?,
        };
        agendas.entry(r.get(0)?).or_default().push(item);
    }
    Ok(agendas)
}

/// Who attends each meeting of the network and how they answered: what a partner's view
/// chooses by.
fn attendance(db: &Db, network_id: i64) -> Result<HashMap<i64, Vec<(Attendee, AttendanceStatus)>>> {
    let mut attendance: HashMap<i64, Vec<(Attendee, AttendanceStatus)>> = HashMap::new();
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.meeting_id, a.partner_id, a.contact_id, a.status
         FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.network_id = ?1",
    )?;
    let mut rows = stmt.query([network_id])?;
    while let Some(r) = rows.next()? {
        let attendee = match (r.get::<_, Option<i64>>(1)?, r.get::<_, Option<i64>>(2)?) {
            (Some(p), _) => Attendee::Partner(p),
            (None, c) => Attendee::Contact(c.unwrap_or_default()),
        };
        attendance.entry(r.get(0)?).or_default().push((attendee, r.get(3)?));
    }
    Ok(attendance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_instants_read_by_hand_as_chrono_reads_them() {
        for text in ["2027-03-10T08:00:00Z", "1999-12-31T23:59:59Z", "2028-02-29T00:00:00Z"] {
            let chrono = DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc);
            assert_eq!(stored_instant(text), Some(chrono), "{text}");
        }
        for other in
            ["2027-03-10T08:00:00+01:00", "2027-03-10t08:00:00z", "2027-02-30T08:00:00Z", "2016-12-31T23:59:60Z"]
        {
            assert_eq!(stored_instant(other), None, "{other}");
        }
    }
}
