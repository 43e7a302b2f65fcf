//! Who is asked to a meeting and what they answered: a partner as a whole or one of its
//! contacts, each at most once per meeting, always of the meeting's own network.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::partner::{get_contact, get_partner};
use crate::store::Db;

use super::{get_meeting, AttendanceStatus, Meeting};

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
    /// The partner's or contact's name: derived, so a file's value (absent in schema
    /// version 1) is not read back.
    #[serde(default)]
    pub name: String,
    pub status: AttendanceStatus,
}

/// A meeting's attendance, by name (then in the order it was recorded).
pub(crate) fn attendance_of(db: &Db, meeting_id: i64) -> Result<Vec<Attendance>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT a.partner_id, a.contact_id, a.status, coalesce(p.name, c.name)
         FROM attendance a
         LEFT JOIN partners p ON p.id = a.partner_id
         LEFT JOIN contacts c ON c.id = a.contact_id
         WHERE a.meeting_id = ?1 ORDER BY coalesce(p.name, c.name) COLLATE NOCASE, a.id",
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

/// The `(partner_id, contact_id)` columns of an attendee, who must belong to `network_id`.
fn attendee_columns(db: &Db, network_id: i64, attendee: Attendee) -> Result<(Option<i64>, Option<i64>)> {
    match attendee {
        Attendee::Partner(id) => {
            let p = get_partner(db, id).map_err(|_| {
                Error::invalid("attendee", Message::new("error-no-partner-id").arg("id", id.to_string()))
            })?;
            if p.network_id != network_id {
                let message = Message::new("error-not-a-partner-here").arg("partner", p.name);
                return Err(Error::invalid("attendee", message));
            }
            Ok((Some(id), None))
        }
        Attendee::Contact(id) => {
            let c = get_contact(db, id).map_err(|_| {
                Error::invalid("attendee", Message::new("error-no-contact-id").arg("id", id.to_string()))
            })?;
            if get_partner(db, c.partner_id)?.network_id != network_id {
                let message = Message::new("error-not-a-contact-here").arg("contact", c.name);
                return Err(Error::invalid("attendee", message));
            }
            Ok((None, Some(id)))
        }
    }
}

/// Records a partner's or contact's answer; `None` removes them from the meeting.
pub fn set_attendance(
    db: &mut Db,
    meeting_id: i64,
    attendee: Attendee,
    status: Option<AttendanceStatus>,
) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let (partner, contact) = attendee_columns(db, meeting.network_id, attendee)?;
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

/// Adds an exported meeting's attendance, in the file's order; an attendee listed twice
/// is refused rather than one answer dropped.
pub(crate) fn import_attendance(db: &Db, meeting_id: i64, network_id: i64, list: &[Attendance]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for (i, a) in list.iter().enumerate() {
        let at = format!("attendance[{i}]");
        let columns = attendee_columns(db, network_id, a.attendee).map_err(|e| e.within(&at))?;
        if !seen.insert(columns) {
            return Err(Error::invalid(format!("{at}.attendee"), Message::new("error-attendee-twice")));
        }
        db.conn().execute(
            "INSERT INTO attendance (meeting_id, partner_id, contact_id, status) VALUES (?1, ?2, ?3, ?4)",
            params![meeting_id, columns.0, columns.1, a.status],
        )?;
    }
    Ok(())
}
