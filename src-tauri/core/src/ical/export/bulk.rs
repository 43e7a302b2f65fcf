//! Every meeting of a network with its agenda and attendance, read in five queries
//! whatever the number of meetings: what the calendar export writes from.
//!
//! Why: reading each meeting again by id ([`crate::meeting::get_meeting`]) costs a query
//! set per meeting, which at 20,000 meetings was most of `convene export ics`. Here the
//! meetings, the agenda items and the attendance of the whole network are each read once,
//! in meeting order, and the items are dealt out to their meetings in one pass.
//!
//! The dated meetings come in the order of the `meetings_network_start` index (network,
//! start, then id), so SQLite walks the index instead of sorting 20,000 rows into a
//! temporary file; the undated ones, few, are sorted after them.
//!
//! Invariant: each [`Meeting`] is the value `get_meeting` returns for the same id (same
//! columns, same host name, agenda in its order, attendance by name then as recorded)
//! except `when`, the window's wording, which a calendar file never shows; and
//! the list is in `list_meetings`' order (dated by start, then undated by year and month,
//! then by id). The tests of the export compare the files this makes with golden files.
//! This reader could move into `meeting/` as a `pub(crate)` bulk loader.

use std::collections::HashMap;

use crate::agenda::AgendaItem;
use crate::error::Result;
use crate::meeting::{meeting_at, meeting_columns_unnamed, Attendance, Attendee, Meeting};
use crate::store::Db;

/// The network's meetings, each complete, in date order.
pub(super) fn network_meetings(db: &Db, network_id: i64) -> Result<Vec<Meeting>> {
    let columns = meeting_columns_unnamed();
    let partner_names: HashMap<i64, String> = db
        .conn()
        .prepare_cached("SELECT id, name FROM partners WHERE network_id = ?1")?
        .query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut meetings = Vec::new();
    for sql in [
        format!(
            "SELECT {columns} FROM meetings m INDEXED BY meetings_network_start
             WHERE m.network_id = ?1 AND m.sort_start IS NOT NULL ORDER BY m.sort_start, m.id"
        ),
        format!(
            "SELECT {columns} FROM meetings m
             WHERE m.network_id = ?1 AND m.sort_start IS NULL ORDER BY m.undated_year, m.undated_month, m.id"
        ),
    ] {
        let mut stmt = db.conn().prepare_cached(&sql)?;
        for meeting in stmt.query_map([network_id], meeting_at)? {
            let mut meeting = meeting?;
            if let Some(host) = meeting.host_partner_id {
                meeting.host_name = match partner_names.get(&host) {
                    Some(name) => Some(name.clone()),
                    None => crate::partner::get_partner(db, host).ok().map(|p| p.name),
                };
            }
            meetings.push(meeting);
        }
    }
    let index: HashMap<i64, usize> = meetings.iter().enumerate().map(|(i, m)| (m.id, i)).collect();

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
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            meetings[i].agenda.push(item);
        }
    }

    let mut stmt = db.conn().prepare_cached(
        "SELECT a.meeting_id, a.partner_id, a.contact_id, a.status, coalesce(p.name, c.name)
         FROM attendance a
         JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN partners p ON p.id = a.partner_id
         LEFT JOIN contacts c ON c.id = a.contact_id
         WHERE m.network_id = ?1 ORDER BY a.meeting_id, coalesce(p.name, c.name) COLLATE NOCASE, a.id",
    )?;
    let mut rows = stmt.query([network_id])?;
    while let Some(r) = rows.next()? {
        let partner: Option<i64> = r.get(1)?;
        let contact: Option<i64> = r.get(2)?;
        let attendance = Attendance {
            attendee: match (partner, contact) {
                (Some(p), _) => Attendee::Partner(p),
                (None, c) => Attendee::Contact(c.unwrap_or_default()),
            },
            status: r.get(3)?,
            name: r.get(4)?,
        };
        if let Some(&i) = index.get(&r.get::<_, i64>(0)?) {
            meetings[i].attendance.push(attendance);
        }
    }
    Ok(meetings)
}
