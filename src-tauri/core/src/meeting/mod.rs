//! Meetings of a network: when, where, who hosts, who comes, and the agenda.
//!
//! Invariants:
//! - A meeting's schedule is exactly one of timed (UTC instants plus the IANA zone they were
//!   entered in), all-day (first and last date) or not yet dated (maybe a year and month,
//!   always the original words); see [`schedule`]. Who comes is in [`attendance`], the
//!   agenda in [`crate::agenda`].
//! - `uid` is a random UUID given at creation that never changes (the iCalendar UID).
//! - `sequence` grows by one with every saved change to the time, the place (host, venue,
//!   mode, online link) or the status, so calendar clients replace their old copy.
//! - A meeting read from an export keeps its UID, sequence, timestamps and saved instants
//!   ([`import_meeting`]); it passes the same checks as one typed in.
//! - `when` (on [`Meeting`] and [`MeetingSummary`]) is the schedule as the window reads it,
//!   worked out by the core's one formatter ([`crate::schedule_text`]) each time a meeting
//!   is read, so the window shows the core's words. Like `host_name` it is derived: an
//!   export writes it, and a file's value is never read back (nor needed).

pub mod attendance;
mod bulk_index;
pub mod schedule;

pub use crate::agenda::{set_agenda, AgendaItem, AgendaItemInput};
pub use attendance::{set_attendance, Attendance, Attendee};
pub use schedule::{local_to_utc, schedule_instants, Schedule, ScheduleInput};

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::agenda::agenda_of;
use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;
use crate::labels::text_enum;
use crate::network::get_network;
use crate::origin::Origin;
use crate::schedule_text::{schedule_parts_in, DateStyle, ScheduleParts};
use crate::store::{now_text, Db};
use crate::time_text::utc_text;
use crate::validate::{self, LINE_MAX, TEXT_MAX, TITLE_MAX};

use attendance::attendance_of;
use schedule::{row_of, schedule_at, schedule_row, ScheduleRow, SCHEDULE_COLUMNS};

text_enum! {
    pub enum MeetingKind {
        KickOff = "kick_off" / "Kick-off",
        Transnational = "transnational" / "Transnational meeting",
        CityVisit = "city_visit" / "City visit",
        FinalEvent = "final_event" / "Final event",
        LocalGroup = "local_group" / "Local group",
        OnlineTouchBase = "online_touch_base" / "Online touch-base",
        PhaseReview = "phase_review" / "Phase review",
        Other = "other" / "Other",
    }
}

text_enum! {
    pub enum MeetingMode {
        InPerson = "in_person" / "In person",
        Online = "online" / "Online",
        Hybrid = "hybrid" / "Hybrid",
    }
}

text_enum! {
    pub enum MeetingStatus {
        Tentative = "tentative" / "Tentative",
        Confirmed = "confirmed" / "Confirmed",
        Held = "held" / "Held",
        Postponed = "postponed" / "Postponed",
        Cancelled = "cancelled" / "Cancelled",
    }
}

text_enum! {
    pub enum AttendanceStatus {
        Invited = "invited" / "Invited",
        Accepted = "accepted" / "Accepted",
        Declined = "declined" / "Declined",
        Tentative = "tentative" / "Tentative",
        Attended = "attended" / "Attended",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Meeting {
    pub id: i64,
    /// Stable iCalendar UID.
    pub uid: String,
    pub sequence: i64,
    /// In an export, the network the meeting is listed under (absent in schema version 1).
    #[serde(default)]
    pub network_id: i64,
    pub kind: MeetingKind,
    pub title: String,
    #[serde(default)]
    pub host_partner_id: Option<i64>,
    /// The host's name: derived, so a file's value (absent in schema version 1) is not
    /// read back.
    #[serde(default)]
    pub host_name: Option<String>,
    #[serde(default)]
    pub venue: String,
    pub mode: MeetingMode,
    #[serde(default)]
    pub online_url: String,
    pub status: MeetingStatus,
    #[serde(default)]
    pub description: String,
    pub schedule: Schedule,
    /// The schedule as the window reads it: derived, so a file's value is not read back.
    #[serde(default, skip_deserializing)]
    pub when: ScheduleParts,
    /// In the agenda's order.
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    /// The URBACT page the meeting was imported from.
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub kind: MeetingKind,
    pub title: String,
    #[serde(default)]
    pub host_partner_id: Option<i64>,
    #[serde(default)]
    pub venue: String,
    pub mode: MeetingMode,
    #[serde(default)]
    pub online_url: String,
    pub status: MeetingStatus,
    #[serde(default)]
    pub description: String,
    pub schedule: ScheduleInput,
}

impl MeetingInput {
    /// A tentative in-person meeting with this kind, title and schedule, and nothing else.
    pub fn new(kind: MeetingKind, title: &str, schedule: ScheduleInput) -> Self {
        MeetingInput {
            kind,
            title: title.into(),
            host_partner_id: None,
            venue: String::new(),
            mode: MeetingMode::InPerson,
            online_url: String::new(),
            status: MeetingStatus::Tentative,
            description: String::new(),
            schedule,
        }
    }
}

/// Checks that `host` is a partner of the network: the rule of a meeting's host, shared by
/// saving a meeting and by the local-times preview of one not saved yet.
pub(crate) fn check_host(db: &Db, network_id: i64, host: i64) -> Result<()> {
    let partner: Option<(i64, String)> = db
        .conn()
        .prepare_cached("SELECT network_id, name FROM partners WHERE id = ?1")?
        .query_row([host], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((partner_network, name)) = partner else {
        return Err(Error::invalid("host_partner_id", Message::new("error-host-gone")));
    };
    if partner_network != network_id {
        return Err(Error::invalid("host_partner_id", Message::new("error-not-a-partner-here").arg("partner", name)));
    }
    Ok(())
}

impl From<&Meeting> for MeetingInput {
    fn from(m: &Meeting) -> Self {
        MeetingInput {
            kind: m.kind,
            title: m.title.clone(),
            host_partner_id: m.host_partner_id,
            venue: m.venue.clone(),
            mode: m.mode,
            online_url: m.online_url.clone(),
            status: m.status,
            description: m.description.clone(),
            schedule: ScheduleInput::from(&m.schedule),
        }
    }
}

/// A line of a meeting list: the meeting without agenda and attendance, with its network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeetingSummary {
    pub id: i64,
    pub uid: String,
    pub network_id: i64,
    pub network_name: String,
    pub kind: MeetingKind,
    pub title: String,
    pub host_partner_id: Option<i64>,
    pub host_name: Option<String>,
    pub venue: String,
    pub mode: MeetingMode,
    pub status: MeetingStatus,
    pub schedule: Schedule,
    /// The schedule as the window reads it.
    #[serde(default, skip_deserializing)]
    pub when: ScheduleParts,
}

struct Clean {
    title: String,
    venue: String,
    online_url: String,
    description: String,
    schedule: ScheduleRow,
}

/// `input`'s values as saved, with the schedule's columns already checked.
fn clean(db: &Db, network_id: i64, input: &MeetingInput, schedule: ScheduleRow) -> Result<Clean> {
    if let Some(host) = input.host_partner_id {
        check_host(db, network_id, host)?;
    }
    clean_fields(input, schedule)
}

/// [`clean`] once the host is known to be the network's.
fn clean_fields(input: &MeetingInput, schedule: ScheduleRow) -> Result<Clean> {
    Ok(Clean {
        title: validate::required("title", &input.title, TITLE_MAX)?,
        venue: validate::optional("venue", &input.venue, LINE_MAX)?,
        online_url: validate::url("online_url", &input.online_url)?,
        description: validate::optional("description", &input.description, TEXT_MAX)?,
        schedule,
    })
}

pub fn create_meeting(db: &mut Db, network_id: i64, input: MeetingInput) -> Result<Meeting> {
    let id = insert_meeting(db, network_id, &input, &Origin::Form)?;
    get_meeting(db, id)
}

pub(crate) fn insert_meeting(db: &mut Db, network_id: i64, input: &MeetingInput, origin: &Origin) -> Result<i64> {
    let schedule = schedule_row(db, &input.schedule, input.host_partner_id)?;
    insert_with(db, network_id, input, schedule, origin)
}

/// Inserts an exported meeting (not its agenda and attendance, which refer to it), its
/// schedule as saved; errors about the schedule name `schedule.FIELD`.
pub(crate) fn import_meeting(db: &mut Db, network_id: i64, meeting: &Meeting, origin: &Origin) -> Result<i64> {
    let schedule = row_of(&meeting.schedule).map_err(|e| e.within("schedule"))?;
    insert_with(db, network_id, &MeetingInput::from(meeting), schedule, origin)
}

fn insert_with(
    db: &mut Db,
    network_id: i64,
    input: &MeetingInput,
    schedule: ScheduleRow,
    origin: &Origin,
) -> Result<i64> {
    get_network(db, network_id)?;
    let row = NewRow::checked(network_id, input, clean(db, network_id, input, schedule)?, origin)?;
    let mut stmt = db.conn().prepare_cached(&insert_sql(1))?;
    row.bind(&mut stmt, 1)?;
    let mut written = stmt.raw_query();
    let id = written.next()?.ok_or_else(|| Error::not_found(Message::new("error-inserted-meeting-missing")))?.get(0)?;
    Ok(id)
}

/// New meetings from one calendar file, inserted together: what `convene import ics`
/// does with 20,000 events. The rules are [`insert_meeting`]'s, checked for every meeting
/// before any is written. A meeting the rules refuse is handed to `refused` with its
/// index: returning the error stops the work with nothing written, returning `Ok` leaves
/// that meeting out (a lenient import lists it as skipped). The rows are written a
/// thousand to a statement, so SQLite opens one statement journal per batch instead of
/// one per meeting, with the triggers off: their search index is then filled in two
/// set-based statements ([`bulk_index`], which says why and what stays the same), with
/// their texts folded on another thread while the rows are written. `on_batch` hears how
/// many were written and may stop the work (a cancel) by failing.
/// Returns each meeting's new id in `meetings`' order, `None` for those left out.
pub(crate) fn insert_meetings(
    db: &mut Db,
    network_id: i64,
    meetings: &[(&MeetingInput, Origin)],
    refused: &mut dyn FnMut(usize, Error) -> Result<()>,
    on_batch: &mut dyn FnMut(usize) -> Result<()>,
) -> Result<Vec<Option<i64>>> {
    get_network(db, network_id)?;
    let hosts: HashSet<i64> = db
        .conn()
        .prepare_cached("SELECT id FROM partners WHERE network_id = ?1")?
        .query_map([network_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut rows: Vec<(usize, NewRow)> = Vec::with_capacity(meetings.len());
    for (i, (input, origin)) in meetings.iter().enumerate() {
        let checked = || -> Result<NewRow> {
            if let Some(host) = input.host_partner_id.filter(|h| !hosts.contains(h)) {
                check_host(db, network_id, host)?;
            }
            let schedule = schedule_row(db, &input.schedule, input.host_partner_id)?;
            NewRow::checked(network_id, input, clean_fields(input, schedule)?, origin)
        };
        match checked() {
            Ok(row) => rows.push((i, row)),
            Err(e) => refused(i, e)?,
        }
    }
    give_new_ids(db, &mut rows)?;
    let mut ids = vec![None; meetings.len()];
    let fold = || bulk_index::FoldedMeetings::of(rows.iter().map(|(_, row)| row.text()));
    let folded = std::thread::scope(|scope| -> Result<bulk_index::FoldedMeetings> {
        let folding = std::thread::Builder::new().spawn_scoped(scope, fold);
        insert_rows(db, &rows, &mut ids, on_batch)?;
        Ok(match folding {
            Ok(folding) => folding.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => fold(),
        })
    })?;
    bulk_index::index_new_meetings(db, folded)?;
    Ok(ids)
}

/// Writes the checked `rows` (each with its id) with the triggers off, a thousand to a
/// statement, and puts each row's id at its index in `ids`.
fn insert_rows(
    db: &Db,
    rows: &[(usize, NewRow)],
    ids: &mut [Option<i64>],
    on_batch: &mut dyn FnMut(usize) -> Result<()>,
) -> Result<()> {
    let _triggers_off = bulk_index::TriggersOff::new(db.conn())?;
    // One statement for every full batch, prepared once and not cached: its text is
    // 100 KB and it holds 25,000 parameters, which the statement cache would hash,
    // clear and keep.
    let mut full_batch: Option<rusqlite::Statement<'_>> = None;
    for batch in rows.chunks(INSERT_BATCH) {
        let mut last_batch;
        let stmt = if batch.len() == INSERT_BATCH {
            match &mut full_batch {
                Some(stmt) => stmt,
                None => full_batch.insert(db.conn().prepare(&insert_sql_without_returning(INSERT_BATCH))?),
            }
        } else {
            last_batch = db.conn().prepare(&insert_sql_without_returning(batch.len()))?;
            &mut last_batch
        };
        for (n, (_, row)) in batch.iter().enumerate() {
            row.bind(stmt, n * NewRow::COLUMNS + 1)?;
        }
        stmt.raw_execute()?;
        for (i, row) in batch {
            ids[*i] = row.id;
        }
        on_batch(batch.len())?;
    }
    Ok(())
}

/// How many meetings one INSERT statement writes in [`insert_meetings`] (25 parameters
/// each, 25,000 in all, under SQLite's 32,766): each statement opens a statement journal.
/// (While the search index's trigger still ran in these statements, it also wrote a new
/// segment at each: at 250 a statement, those flushes and merges were a third of an
/// import of 20,000 events; [`bulk_index`] now writes one.)
const INSERT_BATCH: usize = 1000;

/// `INSERT ... VALUES` for `rows` meetings, returning each new id with its UID.
fn insert_sql(rows: usize) -> String {
    format!("{} RETURNING id, uid", insert_sql_without_returning(rows))
}

/// `INSERT ... VALUES` for `rows` meetings whose ids are given.
fn insert_sql_without_returning(rows: usize) -> String {
    let one = format!("({})", vec!["?"; NewRow::COLUMNS].join(", "));
    format!(
        "INSERT INTO meetings (id, uid, sequence, network_id, kind, title, host_partner_id, venue, mode, online_url,
            status, description, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date,
            undated_year, undated_month, undated_wording, sort_start, source_ref, created_at, updated_at)
         VALUES {}",
        vec![one; rows].join(", ")
    )
}

/// Gives each new row without an id the one SQLite would give it, in order: one more
/// than the largest id in the table (or among the rows), as `meetings.id` is an
/// INTEGER PRIMARY KEY without AUTOINCREMENT. With the ids known, the bulk INSERT needs no
/// RETURNING clause, which made SQLite keep every new row's id and UID in a temporary
/// table, and the rows are matched to their ids without looking each UID up.
fn give_new_ids(db: &Db, rows: &mut [(usize, NewRow)]) -> Result<()> {
    let largest: i64 = db.conn().query_row("SELECT coalesce(max(id), 0) FROM meetings", [], |r| r.get(0))?;
    let mut next = rows.iter().filter_map(|(_, row)| row.id).fold(largest, i64::max);
    for (_, row) in rows.iter_mut().filter(|(_, row)| row.id.is_none()) {
        // Only a table whose ids reach i64::MAX runs out, where SQLite would pick
        // unused ids at random; Convene never writes such ids.
        next = next.checked_add(1).ok_or_else(|| Error::not_found(Message::new("error-inserted-meeting-missing")))?;
        row.id = Some(next);
    }
    Ok(())
}

/// One meeting's columns, checked, ready to be bound to an INSERT.
struct NewRow {
    id: Option<i64>,
    uid: String,
    sequence: i64,
    network_id: i64,
    kind: MeetingKind,
    host_partner_id: Option<i64>,
    mode: MeetingMode,
    status: MeetingStatus,
    clean: Clean,
    source_ref: Option<String>,
    created_at: String,
    updated_at: String,
}

impl NewRow {
    const COLUMNS: usize = 25;

    fn checked(network_id: i64, input: &MeetingInput, clean: Clean, origin: &Origin) -> Result<NewRow> {
        let stamps = origin.stamps()?;
        let (uid, sequence) = match origin {
            Origin::Export(kept) => kept_identity(kept.uid.as_deref().unwrap_or_default(), kept.sequence)?,
            Origin::Calendar { uid, sequence } => kept_identity(uid, *sequence)?,
            Origin::Form | Origin::Page(_) => (uuid::Uuid::new_v4().to_string(), 0),
        };
        Ok(NewRow {
            id: stamps.id,
            uid,
            sequence,
            network_id,
            kind: input.kind,
            host_partner_id: input.host_partner_id,
            mode: input.mode,
            status: input.status,
            clean,
            source_ref: stamps.source_ref,
            created_at: stamps.created_at,
            updated_at: stamps.updated_at,
        })
    }

    /// What the search index holds of the row, as bound ([`NewRow::bind`]).
    fn text(&self) -> bulk_index::MeetingText<'_> {
        bulk_index::MeetingText {
            id: self.id.expect("the row's id is given before its text is indexed"),
            title: &self.clean.title,
            venue: &self.clean.venue,
            description: &self.clean.description,
            undated_wording: self.clean.schedule.wording.as_deref(),
        }
    }

    /// Binds the 25 columns to the parameters from `first` on.
    fn bind(&self, stmt: &mut rusqlite::Statement<'_>, first: usize) -> Result<()> {
        let (c, s) = (&self.clean, &self.clean.schedule);
        let values: [&dyn rusqlite::ToSql; NewRow::COLUMNS] = [
            &self.id,
            &self.uid,
            &self.sequence,
            &self.network_id,
            &self.kind,
            &c.title,
            &self.host_partner_id,
            &c.venue,
            &self.mode,
            &c.online_url,
            &self.status,
            &c.description,
            &s.kind,
            &s.start_utc,
            &s.end_utc,
            &s.time_zone,
            &s.first_date,
            &s.last_date,
            &s.year,
            &s.month,
            &s.wording,
            &s.sort_start,
            &self.source_ref,
            &self.created_at,
            &self.updated_at,
        ];
        for (i, value) in values.into_iter().enumerate() {
            stmt.raw_bind_parameter(first + i, value)?;
        }
        Ok(())
    }
}

/// The UID and sequence a meeting from a file keeps, checked.
fn kept_identity(uid: &str, sequence: i64) -> Result<(String, i64)> {
    if sequence < 0 {
        return Err(Error::invalid("sequence", Message::new("error-negative")));
    }
    Ok((validate::required("uid", uid, LINE_MAX)?, sequence))
}

/// Saves a whole new version of the meeting; `sequence` grows when the time, place or
/// status changed. One transaction: the new values and the new sequence are saved
/// together or not at all (a calendar program must never see a changed venue under the
/// old sequence).
pub fn update_meeting(db: &mut Db, id: i64, input: MeetingInput) -> Result<Meeting> {
    db.in_transaction(|db| update_meeting_now(db, id, input))
}

fn update_meeting_now(db: &mut Db, id: i64, input: MeetingInput) -> Result<Meeting> {
    let before = get_meeting(db, id)?;
    let schedule = schedule_row(db, &input.schedule, input.host_partner_id)?;
    let c = clean(db, before.network_id, &input, schedule)?;
    let s = &c.schedule;
    db.conn().execute(
        "UPDATE meetings SET kind = ?2, title = ?3, host_partner_id = ?4, venue = ?5, mode = ?6, online_url = ?7,
            status = ?8, description = ?9, schedule_kind = ?10, start_utc = ?11, end_utc = ?12, time_zone = ?13,
            first_date = ?14, last_date = ?15, undated_year = ?16, undated_month = ?17, undated_wording = ?18,
            sort_start = ?19, updated_at = ?20
         WHERE id = ?1",
        params![
            id,
            input.kind,
            c.title,
            input.host_partner_id,
            c.venue,
            input.mode,
            c.online_url,
            input.status,
            c.description,
            s.kind,
            s.start_utc,
            s.end_utc,
            s.time_zone,
            s.first_date,
            s.last_date,
            s.year,
            s.month,
            s.wording,
            s.sort_start,
            now_text()
        ],
    )?;
    let after = get_meeting(db, id)?;
    let calendar_relevant = before.schedule != after.schedule
        || before.host_partner_id != after.host_partner_id
        || before.venue != after.venue
        || before.mode != after.mode
        || before.online_url != after.online_url
        || before.status != after.status;
    if calendar_relevant {
        db.conn().execute("UPDATE meetings SET sequence = sequence + 1 WHERE id = ?1", [id])?;
        return get_meeting(db, id);
    }
    Ok(after)
}

/// Confirms, postpones, cancels or marks a meeting held.
pub fn set_meeting_status(db: &mut Db, id: i64, status: MeetingStatus) -> Result<Meeting> {
    let mut input = MeetingInput::from(&get_meeting(db, id)?);
    input.status = status;
    update_meeting(db, id, input)
}

pub fn delete_meeting(db: &mut Db, id: i64) -> Result<()> {
    get_meeting(db, id)?;
    db.conn().execute("DELETE FROM meetings WHERE id = ?1", [id])?;
    Ok(())
}

/// What every meeting reader selects (from `meetings m`), in the order [`meeting_at`]
/// reads it: by position, since looking 25 columns up by name was a fifth of a
/// 20,000-meeting export.
pub(crate) fn meeting_columns() -> String {
    columns_naming(
        "(SELECT name FROM partners p WHERE p.id = m.host_partner_id)",
        "(SELECT name FROM networks n WHERE n.id = m.network_id)",
    )
}

fn columns_naming(host_name: &str, network_name: &str) -> String {
    format!(
        "m.id, m.uid, m.sequence, m.network_id, m.kind, m.title, m.host_partner_id, m.venue, m.mode, m.online_url,
         m.status, m.description, m.source_ref, m.created_at, m.updated_at,
         {host_name} AS host_name, {network_name} AS network_name, {SCHEDULE_COLUMNS}"
    )
}

/// Where [`SCHEDULE_COLUMNS`] begin in [`meeting_columns`].
const SCHEDULE_FIRST: usize = 17;

/// A schedule as the window reads it: on the clock it was entered in, in the window's style
/// and language ([`crate::i18n::current`]).
pub(crate) fn window_when(schedule: &Schedule) -> ScheduleParts {
    schedule_parts_in(crate::i18n::current(), schedule, None, DateStyle::Short)
}

/// A meeting from a row of [`meeting_columns`], without its agenda and attendance.
pub(crate) fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    let mut meeting = meeting_at(row)?;
    meeting.when = window_when(&meeting.schedule);
    Ok(meeting)
}

/// [`meeting_from_row`] without `when`, the window's wording of the schedule.
pub(crate) fn meeting_at(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get(0)?,
        uid: row.get(1)?,
        sequence: row.get(2)?,
        network_id: row.get(3)?,
        kind: row.get(4)?,
        title: row.get(5)?,
        host_partner_id: row.get(6)?,
        venue: row.get(7)?,
        mode: row.get(8)?,
        online_url: row.get(9)?,
        status: row.get(10)?,
        description: row.get(11)?,
        source_ref: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        host_name: row.get(15)?,
        schedule: schedule_at(row, SCHEDULE_FIRST)?,
        when: ScheduleParts::default(),
        agenda: Vec::new(),
        attendance: Vec::new(),
    })
}

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<MeetingSummary> {
    let schedule = schedule_at(row, SCHEDULE_FIRST)?;
    Ok(MeetingSummary {
        id: row.get(0)?,
        uid: row.get(1)?,
        network_id: row.get(3)?,
        network_name: row.get(16)?,
        kind: row.get(4)?,
        title: row.get(5)?,
        host_partner_id: row.get(6)?,
        host_name: row.get(15)?,
        venue: row.get(7)?,
        mode: row.get(8)?,
        status: row.get(10)?,
        when: window_when(&schedule),
        schedule,
    })
}

pub fn get_meeting(db: &Db, id: i64) -> Result<Meeting> {
    let mut meeting = db
        .conn()
        .prepare_cached(&format!("SELECT {} FROM meetings m WHERE m.id = ?1", meeting_columns()))?
        .query_row([id], meeting_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-meeting-id").arg("id", id.to_string())))?;
    meeting.agenda = agenda_of(db, id)?;
    meeting.attendance = attendance_of(db, id)?;
    Ok(meeting)
}

/// Finds a meeting by id or by its UID.
pub fn find_meeting(db: &Db, key: &str) -> Result<Meeting> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        return get_meeting(db, id);
    }
    let id: Option<i64> =
        db.conn().query_row("SELECT id FROM meetings WHERE uid = ?1", [key], |r| r.get(0)).optional()?;
    match id {
        Some(id) => get_meeting(db, id),
        None => Err(Error::not_found(Message::new("error-no-meeting-key").arg("key", key))),
    }
}

/// The span of dates a meeting list covers; both ends inclusive and optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// A network's meetings in date order; undated ones come last (and are left out when a
/// range is given, since they have no date to compare).
pub fn list_meetings(db: &Db, network_id: i64, range: DateRange) -> Result<Vec<MeetingSummary>> {
    get_network(db, network_id)?;
    let from = range.from.map(|d| format!("{d}T00:00:00Z"));
    let to = range.to.map(|d| format!("{}T00:00:00Z", d.succ_opt().unwrap_or(d)));
    let ranged = from.is_some() || to.is_some();
    let sql = format!(
        "SELECT {} FROM meetings m
         WHERE m.network_id = ?1
           AND (?2 IS NULL OR m.sort_start >= ?2 OR (m.schedule_kind = 'all_day' AND m.last_date >= substr(?2, 1, 10)))
           AND (?3 IS NULL OR m.sort_start < ?3)
           AND (?4 = 0 OR m.sort_start IS NOT NULL)
         ORDER BY m.sort_start IS NULL, m.sort_start, m.undated_year, m.undated_month, m.id",
        meeting_columns()
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows =
        stmt.query_map(params![network_id, from, to, ranged], summary_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The next `limit` meetings across every network that start at or after `now` (all-day
/// meetings count from the start of their first day), leaving out cancelled ones.
pub fn upcoming_meetings(db: &Db, now: DateTime<Utc>, limit: usize) -> Result<Vec<MeetingSummary>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let sql = format!(
        "SELECT {} FROM meetings m
         WHERE m.sort_start >= ?1 AND m.status <> 'cancelled'
           AND (m.schedule_kind = 'all_day' OR m.sort_start >= ?2)
         ORDER BY m.sort_start, m.id LIMIT ?3",
        meeting_columns()
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params![today, utc_text(now), limit as i64], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::{create_network, NetworkInput, NetworkKind};

    #[test]
    fn a_meeting_is_read_with_the_cores_when_and_a_files_when_is_not_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path().join("t.db")).unwrap();
        let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Other)).unwrap();
        let at = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").unwrap();
        let input = MeetingInput::new(
            MeetingKind::Transnational,
            "Meeting in Jelgava",
            ScheduleInput::Timed {
                start_local: at("2027-03-10 10:00"),
                end_local: at("2027-03-10 12:00"),
                time_zone: "Europe/Riga".into(),
            },
        );
        let id = create_meeting(&mut db, network.id, input).unwrap().id;
        let meeting = get_meeting(&db, id).unwrap();
        assert_eq!(meeting.when.text, "Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)");
        let listed = list_meetings(&db, network.id, DateRange::default()).unwrap();
        assert_eq!(listed[0].when, meeting.when);

        let mut file = serde_json::to_value(&meeting).unwrap();
        assert_eq!(file["when"]["text"], "Wed 10 Mar 2027, 10:00–12:00 (Europe/Riga)", "an export writes it");
        file["when"] = serde_json::json!({ "text": "whatever the file says" });
        let read: Meeting = serde_json::from_value(file.clone()).unwrap();
        assert_eq!(read.when, ScheduleParts::default(), "a file's when is not read back");
        file.as_object_mut().unwrap().remove("when");
        assert!(serde_json::from_value::<Meeting>(file).is_ok(), "a file without when is read");
    }
}
