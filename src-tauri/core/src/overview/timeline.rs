//! A network's timeline: its dated meetings (on their own clock) and milestones nearest to
//! today, its span, and its undated meetings; see the invariants in [`super`].

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Row};

use crate::error::Result;
use crate::meeting::schedule::schedule_from_row;
use crate::meeting::{MeetingSummary, Schedule};
use crate::schedule_text::{schedule_parts, DateStyle};
use crate::store::Db;
use crate::time_text::utc_text;

use super::{NetworkRow, NetworkTimeline, TimelineItem, TimelineKind};

/// The first and last day of a dated meeting on its own clock.
fn meeting_days(row: &Row<'_>) -> rusqlite::Result<(NaiveDate, NaiveDate)> {
    let parts = schedule_parts(&schedule_from_row(row)?, None, DateStyle::Long);
    match (parts.first_date, parts.last_date) {
        (Some(first), Some(last)) => Ok((first, last)),
        _ => Err(rusqlite::Error::InvalidColumnType(
            0,
            "schedule_kind".into(),
            rusqlite::types::Type::Text,
        )),
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
    let at = DateTime::parse_from_rfc3339(&sort)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|_| at_midnight(date));
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

pub(super) fn timeline(
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
    let start = network
        .start
        .or(first_day)
        .map(|d| items.first().map_or(d, |i| d.min(i.date)));
    let end = network.end.or(last_day).map(|d| {
        items
            .iter()
            .map(|i| i.last_date)
            .max()
            .map_or(d, |l| d.max(l))
    });

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

fn undated_meetings(
    db: &Db,
    network_id: i64,
    network_name: &str,
    cap: usize,
) -> Result<(Vec<MeetingSummary>, i64)> {
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
