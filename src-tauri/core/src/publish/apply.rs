//! Taking the server's version of a meeting, and settling conflicts: the two ways a sync
//! changes local data. Each runs in one transaction.
//!
//! The server's version is read by the calendar importer (one reader,
//! [`crate::ical::import`]), which updates a meeting only when the event's SEQUENCE is
//! higher than the saved one. A calendar client that moves an event does not always raise
//! it, and a change the sync has decided to take must be taken: so the saved sequence is
//! lowered for the import, and afterwards set to one above the old one (or the event's,
//! if higher), so that invitations already sent are still superseded.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::resource::{fingerprint, meeting_resource};
use super::state::{forget, get_conflict, remember, Remembered};
use crate::error::{Error, Result};
use crate::i18n::{self, Message};
use crate::ical::import::import_ics;
use crate::ical::reader;
use crate::meeting::{delete_meeting, get_meeting, Meeting};
use crate::network::get_network;
use crate::schedule_text::schedule_text_in;
use crate::store::Db;
use crate::time_text::DateStyle;

/// What taking a server version did to one meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemoteApplied {
    pub meeting_id: i64,
    pub uid: String,
    pub title: String,
    /// `true`: the event was new here and became a meeting.
    pub created: bool,
    /// What changed, for people: "time: 2027-03-10 10:00-12:00 -> 2027-03-11 10:00-12:00".
    pub changes: Vec<String>,
    /// The fingerprint of the meeting as Convene now publishes it.
    pub fingerprint: String,
}

/// The UIDs of the VEVENTs of a calendar resource.
pub fn event_uids(text: &str) -> Result<Vec<String>> {
    let components = reader::components(reader::unfold(text.as_bytes())?)?;
    let mut uids = Vec::new();
    for calendar in &components {
        for event in calendar.children.iter().filter(|c| c.name == "VEVENT") {
            if let Some(uid) = event.property("UID") {
                let uid = uid.text();
                if !uids.contains(&uid) {
                    uids.push(uid);
                }
            }
        }
    }
    Ok(uids)
}

fn meeting_by_uid(db: &Db, network_id: i64, uid: &str) -> Result<Option<(i64, i64)>> {
    Ok(db
        .conn()
        .query_row(
            "SELECT id, sequence FROM meetings WHERE network_id = ?1 AND uid = ?2",
            params![network_id, uid],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// What the server changed, one phrase a field, in the process's language.
fn differences(before: &Meeting, after: &Meeting) -> Vec<String> {
    let mut changes = Vec::new();
    let locale = i18n::current();
    let when = |m: &Meeting| schedule_text_in(locale, &m.schedule, None, DateStyle::Iso);
    let change = |id: &'static str, from: String, to: String| Message::new(id).arg("before", from).arg("after", to);
    if before.schedule != after.schedule {
        changes.push(change("publish-change-time", when(before), when(after)));
    }
    if before.title != after.title {
        changes.push(change("publish-change-title", before.title.clone(), after.title.clone()));
    }
    if before.venue != after.venue || before.host_partner_id != after.host_partner_id {
        changes.push(change("publish-change-place", before.venue.clone(), after.venue.clone()));
    }
    if before.status != after.status {
        changes.push(change("publish-change-status", before.status.as_str().into(), after.status.as_str().into()));
    }
    if before.description != after.description {
        changes.push(Message::new("publish-change-description"));
    }
    if before.online_url != after.online_url {
        changes.push(change("publish-change-online-link", before.online_url.clone(), after.online_url.clone()));
    }
    changes.iter().map(|c| c.render(locale)).collect()
}

/// Reads a server's calendar resource into the network's meetings: an event already here
/// becomes its new version whatever its SEQUENCE, a new one becomes a meeting. One entry
/// per VEVENT UID found; an event the importer cannot read fails the whole call, nothing
/// changed.
pub fn accept_remote(db: &mut Db, network_id: i64, text: &str) -> Result<Vec<RemoteApplied>> {
    let network = get_network(db, network_id)?;
    let uids = event_uids(text)?;
    if uids.is_empty() {
        return Err(Error::bad_input(Message::new("error-server-resource-no-uid")));
    }
    db.in_transaction(|db| {
        let mut before = Vec::new();
        for uid in &uids {
            let found = meeting_by_uid(db, network_id, uid)?;
            if let Some((id, _)) = found {
                before.push(Some(get_meeting(db, id)?));
                db.conn().execute("UPDATE meetings SET sequence = -1 WHERE id = ?1", [id])?;
            } else {
                before.push(None);
            }
        }
        let report = import_ics(db, network_id, text)?;
        if let Some(skipped) = report.skipped.first() {
            let unreadable = Message::new("error-server-version-unreadable").arg("skipped", skipped.describe());
            return Err(Error::bad_input(unreadable));
        }
        let mut applied = Vec::new();
        for (uid, old) in uids.iter().zip(before) {
            let Some((id, imported_sequence)) = meeting_by_uid(db, network_id, uid)? else { continue };
            if let Some(old) = &old {
                let sequence = imported_sequence.max(old.sequence + 1);
                db.conn().execute("UPDATE meetings SET sequence = ?2 WHERE id = ?1", params![id, sequence])?;
            }
            let after = get_meeting(db, id)?;
            let fingerprint =
                meeting_resource(&after, &network.name, network.language).map(|r| r.fingerprint).unwrap_or_default();
            applied.push(RemoteApplied {
                meeting_id: id,
                uid: uid.clone(),
                title: after.title.clone(),
                created: old.is_none(),
                changes: old.as_ref().map(|o| differences(o, &after)).unwrap_or_default(),
                fingerprint,
            });
        }
        Ok(applied)
    })
}

/// Which side a conflict keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Keep {
    Local,
    Remote,
}

/// Settles a conflict. `Local`: the meeting as it is here is written to the server by the
/// next publish (over the server's version, with its ETag; or created again if the server
/// deleted it; or deleted there if it was deleted here). `Remote`: the server's version is
/// taken here now (or the meeting deleted here, if the server deleted it). Returns one
/// sentence saying what was done and what comes next, in the process's language.
pub fn resolve_conflict(db: &mut Db, id: i64, keep: Keep) -> Result<String> {
    let conflict = get_conflict(db, id)?;
    let network_id = conflict.network_id;
    db.in_transaction(|db| {
        let message = match (keep, &conflict.remote_ics) {
            (Keep::Local, None) => {
                forget(db, network_id, &conflict.uid)?;
                Message::new("publish-kept-local-create")
            }
            (Keep::Local, Some(_)) => {
                let again = Remembered {
                    uid: conflict.uid.clone(),
                    href: conflict.href.clone(),
                    etag: conflict.remote_etag.clone(),
                    fingerprint: String::new(),
                };
                remember(db, network_id, &again)?;
                match conflict.local_ics {
                    Some(_) => Message::new("publish-kept-local-overwrite"),
                    None => Message::new("publish-kept-local-deleted"),
                }
            }
            (Keep::Remote, None) => {
                if let Some((meeting_id, _)) = meeting_by_uid(db, network_id, &conflict.uid)? {
                    delete_meeting(db, meeting_id)?;
                }
                forget(db, network_id, &conflict.uid)?;
                Message::new("publish-kept-remote-deleted")
            }
            (Keep::Remote, Some(text)) => {
                let applied = accept_remote(db, network_id, text)?;
                for a in &applied {
                    remember(
                        db,
                        network_id,
                        &Remembered {
                            uid: a.uid.clone(),
                            href: conflict.href.clone(),
                            etag: conflict.remote_etag.clone(),
                            fingerprint: a.fingerprint.clone(),
                        },
                    )?;
                }
                Message::new("publish-kept-remote")
            }
        };
        db.conn().execute("DELETE FROM dav_conflicts WHERE id = ?1", [id])?;
        Ok(message.arg("title", &conflict.title).render(i18n::current()))
    })
}

/// sha256 of a server resource's text (to tell whether it is the same bytes as ours).
pub fn remote_fingerprint(text: &str) -> String {
    fingerprint(text)
}
