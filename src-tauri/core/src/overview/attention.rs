//! What needs someone's attention on the home screen: imported lines not placed, tentative
//! meetings starting soon, meetings in person without a host city, and the travel warnings
//! of coming meetings (same host twice, too close, on the host's holiday). Each kind lists at most
//! [`ATTENTION_MAX`] meetings and then one line counting the rest.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Row};

use super::{AttentionItem, AttentionKind, ATTENTION_MAX, TENTATIVE_DAYS};
use crate::error::Result;
use crate::meeting::schedule::schedule_from_row;
use crate::schedule_text::{schedule_parts, DateStyle};
use crate::scheduling::warnings::upcoming_warnings;
use crate::store::Db;
use crate::time_text::utc_text;
use crate::wording::{count, count_of};

pub(super) fn import_warnings(db: &Db) -> Result<Vec<AttentionItem>> {
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
    let parts = schedule_parts(&schedule_from_row(row)?, None, DateStyle::Long);
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

pub(super) fn tentative_soon(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
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

pub(super) fn without_host(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
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
        |f| {
            format!("{} ({}), {}, has no host city: choose the partner that hosts it.", f.title, f.network_name, f.when)
        },
        |n| format!("{} without a host city.", count(n, "more meeting", "more meetings")),
    ))
}

pub(super) fn travel_warnings(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
    let found = upcoming_warnings(db, now.date_naive())?;
    let total = found.len();
    let mut list: Vec<AttentionItem> = found
        .into_iter()
        .take(ATTENTION_MAX)
        .map(|u| AttentionItem {
            kind: AttentionKind::TravelWarning,
            network_id: Some(u.network_id),
            meeting_id: Some(u.warning.meeting_id),
            message: format!("{}: {}", u.network_name, u.warning.message),
        })
        .collect();
    if total > ATTENTION_MAX {
        list.push(AttentionItem {
            kind: AttentionKind::TravelWarning,
            network_id: None,
            meeting_id: None,
            message: format!(
                "{} about where and when networks meet.",
                count_of(total - ATTENTION_MAX, "more warning", "more warnings")
            ),
        });
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::*;
    use crate::meeting::{create_meeting, MeetingMode, MeetingStatus};
    use crate::network::{create_network, NetworkInput, NetworkKind};

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
