//! Meetings of a network: when, where, who hosts, who comes, and the agenda.
//!
//! Invariants:
//! - A meeting's schedule is exactly one of timed (UTC instants plus the IANA zone they were
//!   entered in), all-day (first and last date) or not yet dated (maybe a year and month,
//!   always the original words). The table's CHECK constraint holds the same rule.
//! - `uid` is a random UUID given at creation that never changes (the iCalendar UID).
//! - `sequence` grows by one with every saved change to the time, the place (host, venue,
//!   mode, online link) or the status, so calendar clients replace their old copy.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::labels::text_enum;
use crate::network::get_network;
use crate::partner::get_partner;
use crate::store::{now_text, Db};
use crate::validate::{self, LINE_MAX, TEXT_MAX, TITLE_MAX};

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

/// When a meeting takes place, as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Schedule {
    /// Start and end instants, and the zone they were entered in (the host's, usually).
    Timed {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        time_zone: String,
        /// `start` and `end` read on the clock of `time_zone`.
        start_local: NaiveDateTime,
        end_local: NaiveDateTime,
    },
    /// Whole days, first to last inclusive.
    AllDay { first: NaiveDate, last: NaiveDate },
    /// Not dated yet; perhaps the month is known. `wording` keeps what the source said.
    Undated { year: Option<i32>, month: Option<u32>, wording: String },
}

/// When a meeting takes place, as entered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ScheduleInput {
    /// Local wall-clock times in `time_zone`; an empty zone means the host's zone.
    Timed { start_local: NaiveDateTime, end_local: NaiveDateTime, #[serde(default)] time_zone: String },
    AllDay { first: NaiveDate, last: NaiveDate },
    Undated {
        #[serde(default)]
        year: Option<i32>,
        #[serde(default)]
        month: Option<u32>,
        #[serde(default)]
        wording: String,
    },
}

impl From<&Schedule> for ScheduleInput {
    fn from(s: &Schedule) -> Self {
        match s {
            Schedule::Timed { start_local, end_local, time_zone, .. } => ScheduleInput::Timed {
                start_local: *start_local,
                end_local: *end_local,
                time_zone: time_zone.clone(),
            },
            Schedule::AllDay { first, last } => ScheduleInput::AllDay { first: *first, last: *last },
            Schedule::Undated { year, month, wording } => {
                ScheduleInput::Undated { year: *year, month: *month, wording: wording.clone() }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgendaItem {
    pub id: i64,
    pub position: i64,
    pub start_time: Option<NaiveTime>,
    pub end_time: Option<NaiveTime>,
    pub title: String,
    pub lead_partner_id: Option<i64>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgendaItemInput {
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub end_time: Option<NaiveTime>,
    pub title: String,
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
    #[serde(default)]
    pub notes: String,
}

/// Who is asked to come: a partner as a whole, or one of its contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum Attendee {
    Partner(i64),
    Contact(i64),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Attendance {
    pub attendee: Attendee,
    /// The partner's or contact's name.
    pub name: String,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Meeting {
    pub id: i64,
    /// Stable iCalendar UID.
    pub uid: String,
    pub sequence: i64,
    pub network_id: i64,
    pub kind: MeetingKind,
    pub title: String,
    pub host_partner_id: Option<i64>,
    pub host_name: Option<String>,
    pub venue: String,
    pub mode: MeetingMode,
    pub online_url: String,
    pub status: MeetingStatus,
    pub description: String,
    pub schedule: Schedule,
    pub agenda: Vec<AgendaItem>,
    pub attendance: Vec<Attendance>,
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
}

/// The columns a schedule occupies.
#[derive(Default)]
struct ScheduleRow {
    kind: &'static str,
    start_utc: Option<String>,
    end_utc: Option<String>,
    time_zone: Option<String>,
    first_date: Option<NaiveDate>,
    last_date: Option<NaiveDate>,
    year: Option<i32>,
    month: Option<u32>,
    wording: Option<String>,
    sort_start: Option<String>,
}

fn utc_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The instant a wall-clock time in `zone` denotes. A time skipped by a clock change is an
/// error; a repeated one (autumn) means its first occurrence.
pub fn local_to_utc(field: &str, local: NaiveDateTime, zone: Tz) -> Result<DateTime<Utc>> {
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        chrono::LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        chrono::LocalResult::None => Err(Error::invalid(
            field,
            format!("{} does not exist in {} (the clocks change then); choose another time", local.format("%Y-%m-%d %H:%M"), zone.name()),
        )),
    }
}

fn schedule_row(db: &Db, input: &ScheduleInput, host: Option<i64>) -> Result<ScheduleRow> {
    match input {
        ScheduleInput::Timed { start_local, end_local, time_zone } => {
            let zone = if time_zone.trim().is_empty() {
                let host = host.ok_or_else(|| {
                    Error::invalid("time_zone", "choose a time zone, or a host whose zone the meeting takes")
                })?;
                validate::zone("time_zone", &get_partner(db, host)?.time_zone)?
            } else {
                validate::zone("time_zone", time_zone)?
            };
            validate::date("start", start_local.date())?;
            validate::date("end", end_local.date())?;
            let start = local_to_utc("start", *start_local, zone)?;
            let end = local_to_utc("end", *end_local, zone)?;
            if end <= start {
                return Err(Error::invalid("end", "the meeting must end after it starts"));
            }
            Ok(ScheduleRow {
                kind: "timed",
                start_utc: Some(utc_text(start)),
                end_utc: Some(utc_text(end)),
                time_zone: Some(zone.name().to_string()),
                sort_start: Some(utc_text(start)),
                ..Default::default()
            })
        }
        ScheduleInput::AllDay { first, last } => {
            validate::date("first", *first)?;
            validate::date("last", *last)?;
            if last < first {
                return Err(Error::invalid("last", format!("the last day, {last}, is before the first, {first}")));
            }
            Ok(ScheduleRow {
                kind: "all_day",
                first_date: Some(*first),
                last_date: Some(*last),
                sort_start: Some(format!("{first}T00:00:00Z")),
                ..Default::default()
            })
        }
        ScheduleInput::Undated { year, month, wording } => {
            if let Some(y) = year {
                validate::year("year", *y)?;
            }
            if let Some(m) = month {
                if !(1..=12).contains(m) {
                    return Err(Error::invalid("month", format!("{m} is not a month (1-12)")));
                }
            }
            if month.is_some() && year.is_none() && wording.trim().is_empty() {
                return Err(Error::invalid("wording", "say in words when it is planned, or give the year"));
            }
            Ok(ScheduleRow {
                kind: "undated",
                year: *year,
                month: *month,
                wording: Some(validate::optional("wording", wording, LINE_MAX)?),
                ..Default::default()
            })
        }
    }
}

/// The start and end instants a schedule denotes, checked exactly as saving a meeting
/// checks it (the zone defaults to the host's); `None` for all-day and undated schedules.
pub fn schedule_instants(
    db: &Db,
    input: &ScheduleInput,
    host_partner_id: Option<i64>,
) -> Result<Option<(DateTime<Utc>, DateTime<Utc>)>> {
    let row = schedule_row(db, input, host_partner_id)?;
    let parse = |t: &Option<String>| {
        t.as_deref().and_then(|t| DateTime::parse_from_rfc3339(t).ok()).map(|t| t.with_timezone(&Utc))
    };
    Ok(parse(&row.start_utc).zip(parse(&row.end_utc)))
}

struct Clean {
    title: String,
    venue: String,
    online_url: String,
    description: String,
    schedule: ScheduleRow,
}

fn clean(db: &Db, network_id: i64, input: &MeetingInput) -> Result<Clean> {
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    if let Some(host) = input.host_partner_id {
        let partner = get_partner(db, host).map_err(|_| Error::invalid("host_partner_id", "the host is not a partner any more"))?;
        if partner.network_id != network_id {
            return Err(Error::invalid("host_partner_id", format!("{} is not a partner of this network", partner.name)));
        }
    }
    let online_url = validate::url("online_url", &input.online_url)?;
    Ok(Clean {
        title,
        venue: validate::optional("venue", &input.venue, LINE_MAX)?,
        online_url,
        description: validate::optional("description", &input.description, TEXT_MAX)?,
        schedule: schedule_row(db, &input.schedule, input.host_partner_id)?,
    })
}

pub fn create_meeting(db: &mut Db, network_id: i64, input: MeetingInput) -> Result<Meeting> {
    let id = insert_meeting(db, network_id, &input, None)?;
    get_meeting(db, id)
}

pub(crate) fn insert_meeting(
    db: &mut Db,
    network_id: i64,
    input: &MeetingInput,
    source_ref: Option<&str>,
) -> Result<i64> {
    get_network(db, network_id)?;
    let c = clean(db, network_id, input)?;
    let s = &c.schedule;
    let now = now_text();
    db.conn().execute(
        "INSERT INTO meetings (uid, sequence, network_id, kind, title, host_partner_id, venue, mode, online_url,
            status, description, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date,
            undated_year, undated_month, undated_wording, sort_start, source_ref, created_at, updated_at)
         VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?22)",
        params![
            uuid::Uuid::new_v4().to_string(),
            network_id,
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
            source_ref,
            now
        ],
    )?;
    Ok(db.conn().last_insert_rowid())
}

/// Saves a whole new version of the meeting; `sequence` grows when the time, place or
/// status changed.
pub fn update_meeting(db: &mut Db, id: i64, input: MeetingInput) -> Result<Meeting> {
    let before = get_meeting(db, id)?;
    let c = clean(db, before.network_id, &input)?;
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

fn schedule_from_row(row: &Row<'_>) -> rusqlite::Result<Schedule> {
    let kind: String = row.get("schedule_kind")?;
    let bad = |what: &str| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("bad {what}").into())
    };
    Ok(match kind.as_str() {
        "timed" => {
            let parse = |col: &str| -> rusqlite::Result<DateTime<Utc>> {
                let text: String = row.get(col)?;
                DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).map_err(|_| bad(col))
            };
            let start = parse("start_utc")?;
            let end = parse("end_utc")?;
            let time_zone: String = row.get("time_zone")?;
            let zone: Tz = time_zone.parse().map_err(|_| bad("time_zone"))?;
            Schedule::Timed {
                start,
                end,
                start_local: start.with_timezone(&zone).naive_local(),
                end_local: end.with_timezone(&zone).naive_local(),
                time_zone,
            }
        }
        "all_day" => Schedule::AllDay { first: row.get("first_date")?, last: row.get("last_date")? },
        _ => Schedule::Undated {
            year: row.get("undated_year")?,
            month: row.get("undated_month")?,
            wording: row.get::<_, Option<String>>("undated_wording")?.unwrap_or_default(),
        },
    })
}

const MEETING_COLUMNS: &str = "m.*, (SELECT name FROM partners p WHERE p.id = m.host_partner_id) AS host_name,
    (SELECT name FROM networks n WHERE n.id = m.network_id) AS network_name";

fn meeting_from_row(row: &Row<'_>) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get("id")?,
        uid: row.get("uid")?,
        sequence: row.get("sequence")?,
        network_id: row.get("network_id")?,
        kind: row.get("kind")?,
        title: row.get("title")?,
        host_partner_id: row.get("host_partner_id")?,
        host_name: row.get("host_name")?,
        venue: row.get("venue")?,
        mode: row.get("mode")?,
        online_url: row.get("online_url")?,
        status: row.get("status")?,
        description: row.get("description")?,
        schedule: schedule_from_row(row)?,
        agenda: Vec::new(),
        attendance: Vec::new(),
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
    })
}

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<MeetingSummary> {
    Ok(MeetingSummary {
        id: row.get("id")?,
        uid: row.get("uid")?,
        network_id: row.get("network_id")?,
        network_name: row.get("network_name")?,
        kind: row.get("kind")?,
        title: row.get("title")?,
        host_partner_id: row.get("host_partner_id")?,
        host_name: row.get("host_name")?,
        venue: row.get("venue")?,
        mode: row.get("mode")?,
        status: row.get("status")?,
        schedule: schedule_from_row(row)?,
    })
}

pub fn get_meeting(db: &Db, id: i64) -> Result<Meeting> {
    let mut meeting = db
        .conn()
        .query_row(&format!("SELECT {MEETING_COLUMNS} FROM meetings m WHERE m.id = ?1"), [id], meeting_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("there is no meeting with id {id}")))?;
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
        None => Err(Error::not_found(format!("there is no meeting with id or UID \"{key}\""))),
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
        "SELECT {MEETING_COLUMNS} FROM meetings m
         WHERE m.network_id = ?1
           AND (?2 IS NULL OR m.sort_start >= ?2 OR (m.schedule_kind = 'all_day' AND m.last_date >= substr(?2, 1, 10)))
           AND (?3 IS NULL OR m.sort_start < ?3)
           AND (?4 = 0 OR m.sort_start IS NOT NULL)
         ORDER BY m.sort_start IS NULL, m.sort_start, m.undated_year, m.undated_month, m.id"
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params![network_id, from, to, ranged], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The next `limit` meetings across every network that start at or after `now` (all-day
/// meetings count from the start of their first day), leaving out cancelled ones.
pub fn upcoming_meetings(db: &Db, now: DateTime<Utc>, limit: usize) -> Result<Vec<MeetingSummary>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let sql = format!(
        "SELECT {MEETING_COLUMNS} FROM meetings m
         WHERE m.sort_start >= ?1 AND m.status <> 'cancelled'
           AND (m.schedule_kind = 'all_day' OR m.sort_start >= ?2)
         ORDER BY m.sort_start, m.id LIMIT ?3"
    );
    let mut stmt = db.conn().prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params![today, utc_text(now), limit as i64], summary_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn agenda_of(db: &Db, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, position, start_time, end_time, title, lead_partner_id, notes
         FROM agenda_items WHERE meeting_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([meeting_id], |r| {
            Ok(AgendaItem {
                id: r.get(0)?,
                position: r.get(1)?,
                start_time: r.get(2)?,
                end_time: r.get(3)?,
                title: r.get(4)?,
                lead_partner_id: r.get(5)?,
                notes: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Replaces the agenda with `items`, in that order.
pub fn set_agenda(db: &mut Db, meeting_id: i64, items: Vec<AgendaItemInput>) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let mut clean = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("agenda[{i}]");
        let title = validate::required(&format!("{field}.title"), &item.title, TITLE_MAX)?;
        let notes = validate::optional(&format!("{field}.notes"), &item.notes, TEXT_MAX)?;
        if let (Some(s), Some(e)) = (item.start_time, item.end_time) {
            if e <= s {
                return Err(Error::invalid(format!("{field}.end_time"), "the item must end after it starts"));
            }
        }
        if let Some(lead) = item.lead_partner_id {
            let p = get_partner(db, lead)
                .map_err(|_| Error::invalid(format!("{field}.lead_partner_id"), "that partner does not exist"))?;
            if p.network_id != meeting.network_id {
                return Err(Error::invalid(format!("{field}.lead_partner_id"), format!("{} is not a partner of this network", p.name)));
            }
        }
        clean.push((title, notes, item));
    }
    let tx = db.conn_mut().transaction()?;
    tx.execute("DELETE FROM agenda_items WHERE meeting_id = ?1", [meeting_id])?;
    {
        let mut stmt = tx.prepare(
            "INSERT INTO agenda_items (meeting_id, position, start_time, end_time, title, lead_partner_id, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (i, (title, notes, item)) in clean.iter().enumerate() {
            stmt.execute(params![meeting_id, i as i64, item.start_time, item.end_time, title, item.lead_partner_id, notes])?;
        }
    }
    tx.execute("UPDATE meetings SET updated_at = ?2 WHERE id = ?1", params![meeting_id, now_text()])?;
    tx.commit()?;
    get_meeting(db, meeting_id)
}

fn attendance_of(db: &Db, meeting_id: i64) -> Result<Vec<Attendance>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.partner_id, a.contact_id, a.status, coalesce(p.name, c.name)
         FROM attendance a
         LEFT JOIN partners p ON p.id = a.partner_id
         LEFT JOIN contacts c ON c.id = a.contact_id
         WHERE a.meeting_id = ?1 ORDER BY coalesce(p.name, c.name) COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([meeting_id], |r| {
            let partner: Option<i64> = r.get(0)?;
            let contact: Option<i64> = r.get(1)?;
            Ok(Attendance {
                attendee: match (partner, contact) {
                    (Some(p), _) => Attendee::Partner(p),
                    (None, c) => Attendee::Contact(c.unwrap_or_default()),
                },
                status: r.get(2)?,
                name: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Records a partner's or contact's answer; `None` removes them from the meeting.
pub fn set_attendance(
    db: &mut Db,
    meeting_id: i64,
    attendee: Attendee,
    status: Option<AttendanceStatus>,
) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let (partner, contact) = match attendee {
        Attendee::Partner(id) => {
            let p = get_partner(db, id)?;
            if p.network_id != meeting.network_id {
                return Err(Error::invalid("attendee", format!("{} is not a partner of this network", p.name)));
            }
            (Some(id), None)
        }
        Attendee::Contact(id) => {
            let c = crate::partner::get_contact(db, id)?;
            if get_partner(db, c.partner_id)?.network_id != meeting.network_id {
                return Err(Error::invalid("attendee", format!("{} is not a contact of this network", c.name)));
            }
            (None, Some(id))
        }
    };
    let tx = db.conn_mut().transaction()?;
    tx.execute(
        "DELETE FROM attendance WHERE meeting_id = ?1 AND partner_id IS ?2 AND contact_id IS ?3",
        params![meeting_id, partner, contact],
    )?;
    if let Some(status) = status {
        tx.execute(
            "INSERT INTO attendance (meeting_id, partner_id, contact_id, status) VALUES (?1, ?2, ?3, ?4)",
            params![meeting_id, partner, contact, status],
        )?;
    }
    tx.commit()?;
    get_meeting(db, meeting_id)
}
