//! The home screen in one read: the next meetings across all networks, each network's
//! timeline of meetings and milestones, and what needs someone's attention.
//!
//! Invariants:
//! - Everything is read in one call against one connection, so the three parts agree.
//! - A timeline item's dates are the meeting's dates on its own clock (a timed meeting at
//!   00:30 in Riga is on the Riga date, whatever UTC says); milestones last one day.
//! - A network's span is its own start and end dates; a missing one is taken from its
//!   items, so every item falls inside the span.
//! - The home screen stays quick on very large databases (1,000 networks and 100,000
//!   meetings answer in tens of milliseconds with a payload of a few hundred kilobytes,
//!   where drawing everything took 0.6 s and 16 MB): it draws the timelines of at most
//!   [`TIMELINES_MAX`] networks (those with the nearest coming meeting or milestone; then
//!   those most recently active) and says how many it left out; a timeline carries at most
//!   [`TIMELINE_MAX`] items (those nearest to today) and [`UNDATED_MAX`] undated meetings,
//!   and says how many it left out; each kind of attention item is listed at most
//!   [`ATTENTION_MAX`] times, followed by one line counting the rest. The queries walk the
//!   `(network_id, sort_start)` index instead of reading every meeting.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::meeting::{upcoming_meetings, MeetingStatus, MeetingSummary, Schedule};
use crate::schedule_text::{schedule_parts, DateStyle};
use crate::store::Db;
use crate::time_text::utc_text;
use crate::wording::count;

/// How many upcoming meetings the home screen lists.
pub const UPCOMING_MAX: usize = 20;
/// The most networks whose timelines the home screen draws.
pub const TIMELINES_MAX: usize = 20;
/// The most items one network's timeline carries.
pub const TIMELINE_MAX: usize = 100;
/// The most undated meetings one network's timeline carries.
pub const UNDATED_MAX: usize = 20;
/// The most attention items of one kind.
pub const ATTENTION_MAX: usize = 50;
/// Tentative meetings starting within this many days need attention.
pub const TENTATIVE_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Overview {
    /// The next meetings across every network, cancelled ones left out.
    pub upcoming: Vec<MeetingSummary>,
    /// One per network, by network name; at most [`TIMELINES_MAX`], those with the
    /// nearest coming meeting or milestone.
    pub timelines: Vec<NetworkTimeline>,
    /// Networks whose timelines were left out (the Networks screen lists them all).
    pub omitted_timelines: i64,
    pub attention: Vec<AttentionItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkTimeline {
    pub network_id: i64,
    pub network_name: String,
    pub slug: String,
    /// The first day the timeline covers: the network's start, else its first item.
    pub start: Option<NaiveDate>,
    /// The last day the timeline covers: the network's end, else its last item.
    pub end: Option<NaiveDate>,
    /// Dated meetings and milestones in date order.
    pub items: Vec<TimelineItem>,
    /// Meetings without dates yet, shown apart from the timeline.
    pub undated: Vec<MeetingSummary>,
    /// Dated items left out of `items` because the network has more than the home screen
    /// draws (those farthest from today go first).
    pub omitted_items: i64,
    /// Undated meetings left out of `undated`.
    pub omitted_undated: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Meeting,
    Milestone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineItem {
    pub kind: TimelineKind,
    /// The meeting's or the milestone's id.
    pub id: i64,
    /// First day, on the meeting's own clock.
    pub date: NaiveDate,
    /// Last day (the same as `date` for a one-day item).
    pub last_date: NaiveDate,
    pub title: String,
    /// The meeting's status; none for milestones.
    pub status: Option<MeetingStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttentionKind {
    /// Lines of imported pages that could not be placed (import notes).
    ImportWarning,
    /// A tentative meeting starting within the next 30 days.
    TentativeSoon,
    /// A meeting in person or hybrid, not yet held, without a host city.
    NoHost,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttentionItem {
    pub kind: AttentionKind,
    /// The network concerned; none for import notes that belong to no network, and for
    /// the line counting items not listed.
    pub network_id: Option<i64>,
    /// The meeting concerned, when the item is about one.
    pub meeting_id: Option<i64>,
    /// What needs doing, in plain words.
    pub message: String,
}

/// Everything the home screen shows, as of `now`.
pub fn home_overview(db: &Db, now: DateTime<Utc>) -> Result<Overview> {
    overview_within(db, now, TIMELINES_MAX, TIMELINE_MAX, UNDATED_MAX)
}

fn overview_within(
    db: &Db,
    now: DateTime<Utc>,
    networks_cap: usize,
    items_cap: usize,
    undated_cap: usize,
) -> Result<Overview> {
    let upcoming = upcoming_meetings(db, now, UPCOMING_MAX)?;
    let (chosen, omitted_timelines) = networks(db, now, networks_cap)?;
    let mut timelines = Vec::new();
    for network in chosen {
        timelines.push(timeline(db, network, now, items_cap, undated_cap)?);
    }
    let mut attention = import_warnings(db)?;
    attention.extend(tentative_soon(db, now)?);
    attention.extend(without_host(db, now)?);
    Ok(Overview { upcoming, timelines, omitted_timelines, attention })
}

struct NetworkRow {
    id: i64,
    name: String,
    slug: String,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

/// The networks whose timelines are drawn, by name, and how many were left out: those
/// with the nearest coming meeting or milestone first, then the most recently active.
fn networks(db: &Db, now: DateTime<Utc>, cap: usize) -> Result<(Vec<NetworkRow>, i64)> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT n.id, n.name, n.slug, n.start_date, n.end_date,
            (SELECT min(sort_start) FROM meetings m WHERE m.network_id = n.id AND m.sort_start >= ?1),
            (SELECT min(date) FROM milestones s WHERE s.network_id = n.id AND s.date >= ?2),
            (SELECT max(sort_start) FROM meetings m WHERE m.network_id = n.id AND m.sort_start < ?1),
            (SELECT max(date) FROM milestones s WHERE s.network_id = n.id AND s.date < ?2)
         FROM networks n",
    )?;
    let mut rows = stmt
        .query_map(params![utc_text(now), now.date_naive()], |r| {
            let day = |i: usize| -> rusqlite::Result<Option<String>> {
                Ok(r.get::<_, Option<String>>(i)?.map(|t| t.chars().take(10).collect()))
            };
            let next = [day(5)?, day(6)?].into_iter().flatten().min();
            let last = [day(7)?, day(8)?].into_iter().flatten().max();
            let row = NetworkRow { id: r.get(0)?, name: r.get(1)?, slug: r.get(2)?, start: r.get(3)?, end: r.get(4)? };
            Ok((row, next, last))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Coming soonest first; then without anything coming, the most recent first; then the rest.
    rows.sort_by(|(a, a_next, a_last), (b, b_next, b_last)| {
        let coming = |n: &Option<String>| (n.is_none(), n.clone());
        coming(a_next)
            .cmp(&coming(b_next))
            .then_with(|| b_last.cmp(a_last))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a.id.cmp(&b.id))
    });
    let omitted = rows.len().saturating_sub(cap) as i64;
    let mut chosen: Vec<NetworkRow> = rows.into_iter().take(cap).map(|(row, _, _)| row).collect();
    chosen.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    Ok((chosen, omitted))
}

/// The schedule of a meeting row that has the schedule columns.
fn schedule_of(row: &Row<'_>) -> rusqlite::Result<Schedule> {
    let kind: String = row.get("schedule_kind")?;
    Ok(match kind.as_str() {
        "all_day" => Schedule::AllDay { first: row.get("first_date")?, last: row.get("last_date")? },
        "timed" => {
            let time_zone: String = row.get("time_zone")?;
            let zone: Tz = time_zone.parse().unwrap_or(Tz::UTC);
            let instant = |col: &str| -> rusqlite::Result<DateTime<Utc>> {
                let text: String = row.get(col)?;
                DateTime::parse_from_rfc3339(&text).map(|t| t.with_timezone(&Utc)).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
                })
            };
            let (start, end) = (instant("start_utc")?, instant("end_utc")?);
            Schedule::Timed {
                start,
                end,
                start_local: start.with_timezone(&zone).naive_local(),
                end_local: end.with_timezone(&zone).naive_local(),
                time_zone,
            }
        }
        _ => Schedule::Undated {
            year: row.get("undated_year")?,
            month: row.get("undated_month")?,
            wording: row.get::<_, Option<String>>("undated_wording")?.unwrap_or_default(),
        },
    })
}

/// The first and last day of a dated meeting on its own clock.
fn meeting_days(row: &Row<'_>) -> rusqlite::Result<(NaiveDate, NaiveDate)> {
    let parts = schedule_parts(&schedule_of(row)?, None, DateStyle::Long);
    match (parts.first_date, parts.last_date) {
        (Some(first), Some(last)) => Ok((first, last)),
        _ => Err(rusqlite::Error::InvalidColumnType(0, "schedule_kind".into(), rusqlite::types::Type::Text)),
    }
}

/// An item with the instant used to measure its distance from today.
struct Placed {
    at: DateTime<Utc>,
    item: TimelineItem,
}

fn at_midnight(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

fn meeting_item(row: &Row<'_>) -> rusqlite::Result<Placed> {
    let (date, last_date) = meeting_days(row)?;
    let sort: String = row.get("sort_start")?;
    let at = DateTime::parse_from_rfc3339(&sort).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|_| at_midnight(date));
    Ok(Placed {
        at,
        item: TimelineItem {
            kind: TimelineKind::Meeting,
            id: row.get("id")?,
            date,
            last_date,
            title: row.get("title")?,
            status: Some(row.get("status")?),
        },
    })
}

fn milestone_item(row: &Row<'_>) -> rusqlite::Result<Placed> {
    let date: NaiveDate = row.get("date")?;
    Ok(Placed {
        at: at_midnight(date),
        item: TimelineItem {
            kind: TimelineKind::Milestone,
            id: row.get("id")?,
            date,
            last_date: date,
            title: row.get("title")?,
            status: None,
        },
    })
}

const DATED_COLUMNS: &str =
    "id, title, status, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date, sort_start";

fn timeline(
    db: &Db,
    network: NetworkRow,
    now: DateTime<Utc>,
    cap: usize,
    undated_cap: usize,
) -> Result<NetworkTimeline> {
    let conn = db.conn();
    let now_text = utc_text(now);
    let cap_sql = cap as i64;
    let mut placed: Vec<Placed> = Vec::new();
    // Up to `cap` items on each side of now, read along the index; the nearest `cap` stay.
    for sql in [
        format!("SELECT {DATED_COLUMNS} FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL AND sort_start < ?2 ORDER BY sort_start DESC, id DESC LIMIT ?3"),
        format!("SELECT {DATED_COLUMNS} FROM meetings WHERE network_id = ?1 AND sort_start >= ?2 ORDER BY sort_start, id LIMIT ?3"),
    ] {
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![network.id, now_text, cap_sql], meeting_item)?;
        for row in rows {
            placed.push(row?);
        }
    }
    let today = now.date_naive();
    for sql in [
        "SELECT id, date, title FROM milestones WHERE network_id = ?1 AND date < ?2 ORDER BY date DESC, id DESC LIMIT ?3",
        "SELECT id, date, title FROM milestones WHERE network_id = ?1 AND date >= ?2 ORDER BY date, id LIMIT ?3",
    ] {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![network.id, today, cap_sql], milestone_item)?;
        for row in rows {
            placed.push(row?);
        }
    }
    let total_dated: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL)
              + (SELECT count(*) FROM milestones WHERE network_id = ?1)",
        [network.id],
        |r| r.get(0),
    )?;
    placed.sort_by_key(|p| ((p.at - now).num_seconds().abs(), p.item.id));
    placed.truncate(cap);
    let mut items: Vec<TimelineItem> = placed.into_iter().map(|p| p.item).collect();
    items.sort_by(|a, b| {
        (a.date, a.last_date, a.kind == TimelineKind::Meeting, a.id).cmp(&(
            b.date,
            b.last_date,
            b.kind == TimelineKind::Meeting,
            b.id,
        ))
    });
    let omitted_items = total_dated - items.len() as i64;

    let (first_day, last_day) = dated_span(db, network.id)?;
    let start = network.start.or(first_day).map(|d| items.first().map_or(d, |i| d.min(i.date)));
    let end = network.end.or(last_day).map(|d| items.iter().map(|i| i.last_date).max().map_or(d, |l| d.max(l)));

    let (undated, total_undated) = undated_meetings(db, network.id, &network.name, undated_cap)?;
    Ok(NetworkTimeline {
        network_id: network.id,
        network_name: network.name,
        slug: network.slug,
        start,
        end,
        items,
        omitted_undated: total_undated - undated.len() as i64,
        undated,
        omitted_items,
    })
}

/// The first and last day any meeting or milestone of the network touches (UTC dates for
/// timed meetings; [`timeline`] widens the span to cover the items' local dates).
fn dated_span(db: &Db, network_id: i64) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let conn = db.conn();
    let first: Option<String> = conn.query_row(
        "SELECT min(d) FROM (
            SELECT (SELECT substr(min(sort_start), 1, 10) FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL) AS d
            UNION ALL SELECT min(date) FROM milestones WHERE network_id = ?1)",
        [network_id],
        |r| r.get(0),
    )?;
    let last: Option<String> = conn.query_row(
        "SELECT max(d) FROM (
            SELECT (SELECT coalesce(last_date, substr(end_utc, 1, 10)) FROM meetings
                    WHERE network_id = ?1 AND sort_start IS NOT NULL ORDER BY sort_start DESC LIMIT 1) AS d
            UNION ALL SELECT max(date) FROM milestones WHERE network_id = ?1)",
        [network_id],
        |r| r.get(0),
    )?;
    let parse = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    Ok((parse(first), parse(last)))
}

fn undated_meetings(db: &Db, network_id: i64, network_name: &str, cap: usize) -> Result<(Vec<MeetingSummary>, i64)> {
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.uid, m.kind, m.title, m.host_partner_id, p.name, m.venue, m.mode, m.status,
                m.undated_year, m.undated_month, m.undated_wording
         FROM meetings m LEFT JOIN partners p ON p.id = m.host_partner_id
         WHERE m.network_id = ?1 AND m.sort_start IS NULL
         ORDER BY m.undated_year IS NULL, m.undated_year, m.undated_month, m.id LIMIT ?2",
    )?;
    let list = stmt
        .query_map(params![network_id, cap as i64], |r| {
            Ok(MeetingSummary {
                id: r.get(0)?,
                uid: r.get(1)?,
                network_id,
                network_name: network_name.to_string(),
                kind: r.get(2)?,
                title: r.get(3)?,
                host_partner_id: r.get(4)?,
                host_name: r.get(5)?,
                venue: r.get(6)?,
                mode: r.get(7)?,
                status: r.get(8)?,
                schedule: Schedule::Undated {
                    year: r.get(9)?,
                    month: r.get(10)?,
                    wording: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn.query_row(
        "SELECT count(*) FROM meetings WHERE network_id = ?1 AND sort_start IS NULL",
        [network_id],
        |r| r.get(0),
    )?;
    Ok((list, total))
}

fn import_warnings(db: &Db) -> Result<Vec<AttentionItem>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT i.network_id, n.name, count(*) FROM import_notes i LEFT JOIN networks n ON n.id = i.network_id
         GROUP BY i.network_id ORDER BY n.name IS NULL, n.name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .map(|(network_id, name, unplaced)| {
            let lines = count(unplaced, "line", "lines");
            let message = match name {
                Some(name) => format!(
                    "{name}: {lines} of the imported page could not be placed; read them under the network's import notes and add what matters by hand."
                ),
                None => format!("{lines} of imported pages belong to no network; read them under Import notes."),
            };
            AttentionItem { kind: AttentionKind::ImportWarning, network_id, meeting_id: None, message }
        })
        .collect())
}

/// A meeting found by an attention query, with how to describe its date.
struct Flagged {
    id: i64,
    network_id: i64,
    network_name: String,
    title: String,
    when: String,
}

const FLAGGED_COLUMNS: &str = "m.id, m.network_id, n.name AS network_name, m.title, m.schedule_kind, m.start_utc,
    m.end_utc, m.time_zone, m.first_date, m.last_date, m.undated_wording, m.undated_year, m.undated_month";

fn flagged(row: &Row<'_>) -> rusqlite::Result<Flagged> {
    let parts = schedule_parts(&schedule_of(row)?, None, DateStyle::Long);
    let when = match parts.first_date {
        Some(_) => format!("on {}", parts.dates),
        None => parts.text,
    };
    Ok(Flagged {
        id: row.get("id")?,
        network_id: row.get("network_id")?,
        network_name: row.get("network_name")?,
        title: row.get("title")?,
        when,
    })
}

/// Lists up to [`ATTENTION_MAX`] flagged meetings, then one line for the rest.
fn attention_list(
    found: Vec<Flagged>,
    total: i64,
    kind: AttentionKind,
    say: impl Fn(&Flagged) -> String,
    rest: impl Fn(i64) -> String,
) -> Vec<AttentionItem> {
    let shown = found.len() as i64;
    let mut list: Vec<AttentionItem> = found
        .iter()
        .map(|f| AttentionItem { kind, network_id: Some(f.network_id), meeting_id: Some(f.id), message: say(f) })
        .collect();
    if total > shown {
        list.push(AttentionItem { kind, network_id: None, meeting_id: None, message: rest(total - shown) });
    }
    list
}

fn tentative_soon(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let until = utc_text(now + Duration::days(TENTATIVE_DAYS));
    let condition = "m.status = 'tentative' AND m.sort_start >= ?1 AND m.sort_start < ?3
        AND (m.schedule_kind = 'all_day' OR m.sort_start >= ?2)";
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {FLAGGED_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         WHERE {condition} ORDER BY m.sort_start, m.id LIMIT ?4"
    ))?;
    let found = stmt
        .query_map(params![today, utc_text(now), until, ATTENTION_MAX as i64], flagged)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM meetings m WHERE {condition}"),
        params![today, utc_text(now), until],
        |r| r.get(0),
    )?;
    Ok(attention_list(
        found,
        total,
        AttentionKind::TentativeSoon,
        |f| format!("{} ({}), {}, is still tentative: confirm it, or postpone it.", f.title, f.network_name, f.when),
        |n| format!("{} more tentative in the next {TENTATIVE_DAYS} days.", count(n, "meeting is", "meetings are")),
    ))
}

fn without_host(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
    let today = format!("{}T00:00:00Z", now.date_naive());
    let condition = "m.host_partner_id IS NULL AND m.mode <> 'online' AND m.status NOT IN ('cancelled', 'held')
        AND (m.sort_start IS NULL OR m.sort_start >= ?1)";
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {FLAGGED_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         WHERE {condition} ORDER BY m.sort_start IS NULL, m.sort_start, m.undated_year, m.undated_month, m.id LIMIT ?2"
    ))?;
    let found = stmt.query_map(params![today, ATTENTION_MAX as i64], flagged)?.collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 =
        conn.query_row(&format!("SELECT count(*) FROM meetings m WHERE {condition}"), params![today], |r| r.get(0))?;
    Ok(attention_list(
        found,
        total,
        AttentionKind::NoHost,
        |f| format!("{} ({}), {}, has no host city: choose the partner that hosts it.", f.title, f.network_name, f.when),
        |n| format!("{} without a host city.", count(n, "more meeting", "more meetings")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import_note::insert_note;
    use crate::origin::Origin;
    use crate::meeting::{create_meeting, MeetingInput, MeetingKind, MeetingMode, ScheduleInput};
    use crate::milestone::{create_milestone, MilestoneInput};
    use crate::network::{create_network, NetworkInput, NetworkKind};
    use crate::partner::{create_partner, PartnerInput, PartnerRole};
    use chrono::{NaiveDateTime, TimeZone};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn meeting(
        title: &str,
        host: Option<i64>,
        mode: MeetingMode,
        status: MeetingStatus,
        schedule: ScheduleInput,
    ) -> MeetingInput {
        MeetingInput {
            kind: MeetingKind::Transnational,
            title: title.into(),
            host_partner_id: host,
            venue: String::new(),
            mode,
            online_url: String::new(),
            status,
            description: String::new(),
            schedule,
        }
    }

    fn all_day(first: &str, last: &str) -> ScheduleInput {
        ScheduleInput::AllDay { first: day(first), last: day(last) }
    }

    fn partner(db: &mut Db, network: i64, name: &str, country: &str) -> i64 {
        let input = PartnerInput {
            name: name.into(),
            country: country.into(),
            role: PartnerRole::Partner,
            time_zone: String::new(),
            population: None,
            notes: String::new(),
        };
        create_partner(db, network, input).unwrap().id
    }

    /// 1 March 2027, 12:00 UTC.
    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap()
    }

    #[test]
    fn home_lists_upcoming_timelines_and_what_needs_attention() {
        let mut db = Db::open_in_memory().unwrap();
        let iot = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap().id;
        let jelgava = partner(&mut db, iot, "Jelgava", "LV");
        let quiet = create_network(&mut db, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap().id;

        // Tentative, hosted, in ten days: needs confirming. 00:30 on 11 March in Riga is 10 March in UTC.
        let soon = create_meeting(
            &mut db,
            iot,
            meeting(
                "Transnational meeting in Jelgava",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Tentative,
                ScheduleInput::Timed {
                    start_local: local("2027-03-11 00:30"),
                    end_local: local("2027-03-11 02:00"),
                    time_zone: String::new(),
                },
            ),
        )
        .unwrap();
        // In person, no host, confirmed, in April: needs a host.
        let hostless = create_meeting(
            &mut db,
            iot,
            meeting(
                "Thematic seminar",
                None,
                MeetingMode::InPerson,
                MeetingStatus::Confirmed,
                all_day("2027-04-20", "2027-04-21"),
            ),
        )
        .unwrap();
        // Online without a host is fine; held in the past without a host is history.
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Online touch-base",
                None,
                MeetingMode::Online,
                MeetingStatus::Tentative,
                all_day("2027-03-05", "2027-03-05"),
            ),
        )
        .unwrap();
        let past = create_meeting(
            &mut db,
            iot,
            meeting("Kick-off", None, MeetingMode::InPerson, MeetingStatus::Held, all_day("2026-10-01", "2026-10-02")),
        )
        .unwrap();
        // Tentative but two months away: not yet pressing. Cancelled: not upcoming.
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Final event",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Tentative,
                all_day("2027-05-10", "2027-05-10"),
            ),
        )
        .unwrap();
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Cancelled visit",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Cancelled,
                all_day("2027-03-03", "2027-03-03"),
            ),
        )
        .unwrap();
        let undated = create_meeting(
            &mut db,
            iot,
            meeting(
                "Study visit",
                None,
                MeetingMode::Hybrid,
                MeetingStatus::Tentative,
                ScheduleInput::Undated { year: None, month: None, wording: "autumn".into() },
            ),
        )
        .unwrap();
        let milestone = create_milestone(
            &mut db,
            iot,
            MilestoneInput::on(day("2027-06-30"), "Phase 2 ends"),
        )
        .unwrap();
        insert_note(&db, Some(iot), 12, "Meeting in Oulo, date tbc", "no date", &Origin::Form).unwrap();
        insert_note(&db, Some(iot), 14, "Partner: Vaasa", "not a partner", &Origin::Form).unwrap();
        insert_note(&db, None, 3, "stray line", "no network", &Origin::Form).unwrap();

        let o = home_overview(&db, now()).unwrap();

        let upcoming: Vec<&str> = o.upcoming.iter().map(|m| m.title.as_str()).collect();
        assert_eq!(
            upcoming,
            ["Online touch-base", "Transnational meeting in Jelgava", "Thematic seminar", "Final event"]
        );

        assert_eq!(o.timelines.len(), 2);
        assert_eq!(o.timelines[0].network_name, "DigiPlace", "timelines are in name order");
        assert!(o.timelines[0].items.is_empty() && o.timelines[0].start.is_none() && o.timelines[0].end.is_none());
        assert_eq!(o.timelines[0].network_id, quiet);

        let t = &o.timelines[1];
        let dated: Vec<(&str, NaiveDate)> = t.items.iter().map(|i| (i.title.as_str(), i.date)).collect();
        assert_eq!(dated[0], ("Kick-off", day("2026-10-01")));
        let jelgava_item = t.items.iter().find(|i| i.id == soon.id && i.kind == TimelineKind::Meeting).unwrap();
        assert_eq!(jelgava_item.date, day("2027-03-11"), "the date on the meeting's own clock, not UTC's 10 March");
        assert_eq!(jelgava_item.status, Some(MeetingStatus::Tentative));
        let m = t.items.iter().find(|i| i.kind == TimelineKind::Milestone).unwrap();
        assert_eq!((m.id, m.date, m.last_date, m.status), (milestone.id, day("2027-06-30"), day("2027-06-30"), None));
        assert_eq!(t.items.len(), 7, "six dated meetings and one milestone");
        assert!(t.items.windows(2).all(|w| w[0].date <= w[1].date), "items in date order");
        assert_eq!(t.start, Some(day("2026-10-01")), "no network dates: the span starts with the first item");
        assert_eq!(t.end, Some(day("2027-06-30")));
        assert_eq!(t.undated.iter().map(|m| m.id).collect::<Vec<_>>(), [undated.id]);
        assert_eq!((t.omitted_items, t.omitted_undated), (0, 0));

        let kinds = |k: AttentionKind| o.attention.iter().filter(|a| a.kind == k).collect::<Vec<_>>();
        let warnings = kinds(AttentionKind::ImportWarning);
        assert_eq!(warnings.len(), 2);
        assert_eq!(warnings[0].network_id, Some(iot));
        assert!(warnings[0].message.contains("2 lines"), "{}", warnings[0].message);
        assert_eq!(warnings[1].network_id, None);
        assert!(warnings[1].message.contains("1 line "), "{}", warnings[1].message);

        let tentative = kinds(AttentionKind::TentativeSoon);
        let ids: Vec<_> = tentative.iter().map(|a| a.meeting_id).collect();
        assert!(ids.contains(&Some(soon.id)));
        assert!(!tentative.iter().any(|a| a.message.contains("Final event")), "two months away is not soon");
        assert!(
            !tentative.iter().any(|a| a.message.contains("Study visit")),
            "undated meetings have no start to be near"
        );
        let a = tentative.iter().find(|a| a.meeting_id == Some(soon.id)).unwrap();
        assert!(a.message.contains("11 March 2027"), "{}", a.message);

        let hostless_ids: Vec<_> = kinds(AttentionKind::NoHost).iter().map(|a| a.meeting_id.unwrap()).collect();
        assert_eq!(hostless_ids, [hostless.id, undated.id], "not the online one, not the held one, undated last");
        assert!(!hostless_ids.contains(&past.id));
    }

    #[test]
    fn network_dates_win_and_the_span_still_covers_every_item() {
        let mut db = Db::open_in_memory().unwrap();
        let mut input = NetworkInput::named("TechTown", NetworkKind::ActionPlanning);
        input.start_date = Some(day("2027-01-01"));
        let id = create_network(&mut db, input).unwrap().id;
        create_meeting(
            &mut db,
            id,
            meeting("Early", None, MeetingMode::Online, MeetingStatus::Held, all_day("2026-12-01", "2026-12-01")),
        )
        .unwrap();
        create_meeting(
            &mut db,
            id,
            meeting("Last", None, MeetingMode::Online, MeetingStatus::Confirmed, all_day("2028-02-01", "2028-02-03")),
        )
        .unwrap();
        let t = &home_overview(&db, now()).unwrap().timelines[0];
        assert_eq!(t.start, Some(day("2026-12-01")), "a meeting before the network's start widens the span");
        assert_eq!(t.end, Some(day("2028-02-03")), "no end date: the last item's last day");
    }

    #[test]
    fn large_timelines_keep_the_items_nearest_today_and_count_the_rest() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
        for month in 1..=12 {
            let d = format!("2027-{month:02}-15");
            create_meeting(
                &mut db,
                id,
                meeting(&format!("M{month}"), None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(&d, &d)),
            )
            .unwrap();
        }
        for n in 0..4 {
            create_meeting(
                &mut db,
                id,
                meeting(
                    &format!("U{n}"),
                    None,
                    MeetingMode::Online,
                    MeetingStatus::Tentative,
                    ScheduleInput::Undated { year: Some(2028), month: None, wording: String::new() },
                ),
            )
            .unwrap();
        }
        let network = networks(&db, now(), 10).unwrap().0.remove(0);
        let t = timeline(&db, network, now(), 4, 3).unwrap();
        let titles: Vec<&str> = t.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["M1", "M2", "M3", "M4"], "the four nearest 1 March, in date order");
        assert_eq!(t.omitted_items, 8);
        assert_eq!((t.undated.len(), t.omitted_undated), (3, 1));
        assert_eq!(
            (t.start, t.end),
            (Some(day("2027-01-15")), Some(day("2027-12-15"))),
            "the span covers all, shown or not"
        );
    }

    #[test]
    fn with_many_networks_the_ones_with_something_coming_are_drawn() {
        let mut db = Db::open_in_memory().unwrap();
        let mut network = |name: &str, dates: &[&str]| {
            let id = create_network(&mut db, NetworkInput::named(name, NetworkKind::Other)).unwrap().id;
            for d in dates {
                let m = meeting(name, None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(d, d));
                create_meeting(&mut db, id, m).unwrap();
            }
        };
        network("Zagreb soon", &["2027-03-03"]);
        network("Ended", &["2027-01-20"]);
        network("Ended long ago", &["2021-05-01"]);
        network("Next year", &["2026-01-01", "2028-03-01"]);
        network("Empty", &[]);
        let names = |cap: usize| {
            let o = overview_within(&db, now(), cap, 10, 10).unwrap();
            let names: Vec<String> = o.timelines.iter().map(|t| t.network_name.clone()).collect();
            (names, o.omitted_timelines)
        };
        assert_eq!(names(2), (vec!["Next year".to_string(), "Zagreb soon".to_string()], 3), "coming first, by name");
        assert_eq!(names(3).0, ["Ended", "Next year", "Zagreb soon"], "then the most recently active");
        assert_eq!(names(4).0, ["Ended", "Ended long ago", "Next year", "Zagreb soon"]);
        assert_eq!(
            names(9),
            (
                vec!["Empty", "Ended", "Ended long ago", "Next year", "Zagreb soon"]
                    .into_iter()
                    .map(String::from)
                    .collect(),
                0
            )
        );
    }

    #[test]
    fn attention_lists_are_capped_with_a_line_for_the_rest() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
        for n in 0..(ATTENTION_MAX + 3) {
            create_meeting(
                &mut db,
                id,
                meeting(
                    &format!("Visit {n}"),
                    None,
                    MeetingMode::InPerson,
                    MeetingStatus::Confirmed,
                    all_day("2027-09-01", "2027-09-01"),
                ),
            )
            .unwrap();
        }
        let o = home_overview(&db, now()).unwrap();
        let no_host: Vec<_> = o.attention.iter().filter(|a| a.kind == AttentionKind::NoHost).collect();
        assert_eq!(no_host.len(), ATTENTION_MAX + 1);
        let last = no_host.last().unwrap();
        assert_eq!(last.meeting_id, None);
        assert!(last.message.starts_with("3 more meetings"), "{}", last.message);
    }
}
