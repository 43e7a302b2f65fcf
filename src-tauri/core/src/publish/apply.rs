//! Taking the server's version of a meeting, and settling conflicts: the two ways a sync
//! changes local data. Each runs in one transaction.
//!
//! The server's version is read by the calendar importer (one reader,
//! [`crate::ical::import`]), which updates a meeting only when the event's SEQUENCE is
//! higher than the saved one. A calendar client that moves an event does not always raise
//! it, and a change the sync has decided to take must be taken: so the saved sequence is
//! lowered for the import, and afterwards set to one above the old one (or the event's,
//! if higher), so that invitations already sent are still superseded.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::resource::{fingerprint, meeting_resource};
use super::state::{forget, get_conflict, remember, Remembered};
use crate::error::{Error, Result};
use crate::i18n::Locale;
use crate::i18n::{self, Message};
use crate::ical::export::location;
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
    /// For an occurrence of a recurring event on the server: the series' UID (the
    /// occurrence is remembered as the server's, never written back).
    pub series: Option<String>,
    /// What changed, for people: "time: 2027-03-10 10:00-12:00 -> 2027-03-11 10:00-12:00".
    pub changes: Vec<String>,
    /// Who changed it and when, as far as the server's event says ([`provenance`]).
    pub provenance: Vec<String>,
    /// The fingerprint of the meeting as Convene now publishes it.
    pub fingerprint: String,
}

/// The UIDs of the VEVENTs of a calendar resource.
pub fn event_uids(text: &str) -> Result<Vec<String>> {
    let components = reader::file_components(text.as_bytes())?;
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

/// What the server changed, one phrase a field, in the process's language; the place as
/// the network's `language` writes it in the calendar.
fn differences(before: &Meeting, after: &Meeting, language: Locale) -> Vec<String> {
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
    // The place as the calendar shows it (LOCATION: venue and host city), not the venue
    // field: an event read back sets the venue to its LOCATION, which is no change to a
    // person when it is the host city that was shown before.
    let (place_before, place_after) = (location(before, language), location(after, language));
    if place_before != place_after {
        changes.push(change("publish-change-place", place_before.unwrap_or_default(), place_after.unwrap_or_default()));
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

/// `ORGANIZER;CN=Anna Bērziņa:mailto:anna@jelgava.example` as `Anna Bērziņa
/// <anna@jelgava.example>`; without a CN, the address alone.
fn person(line: &reader::ContentLine) -> String {
    let address = line.value.trim();
    let address = address.strip_prefix("mailto:").or_else(|| address.strip_prefix("MAILTO:")).unwrap_or(address);
    match line.param("CN").map(str::trim).filter(|cn| !cn.is_empty()) {
        Some(cn) if !address.is_empty() => format!("{cn} <{address}>"),
        Some(cn) => cn.to_string(),
        None => address.to_string(),
    }
}

/// Who changed the event `uid` of a server's resource and when, as far as the event says,
/// one phrase each in the process's language: its LAST-MODIFIED (RFC 5545, set by calendar
/// programs when they save an event), an `X-...-MODIFIED-BY` property naming who changed
/// it (no standard property does, and Nextcloud, SOGo and Radicale add none: it is read
/// when a server or a script adds one), and its ORGANIZER (Convene writes none, so one
/// here was set by another calendar program, usually its user's). With no one named, and
/// `changed` set, a phrase says the event does not tell who changed it.
pub fn provenance(text: &str, uid: &str, changed: bool) -> Vec<String> {
    let Ok(components) = reader::file_components(text.as_bytes()) else {
        return Vec::new();
    };
    let events = components.iter().flat_map(|c| c.children.iter()).filter(|c| c.name == "VEVENT");
    let mut of_uid = events.filter(|e| e.property("UID").is_some_and(|u| u.text() == uid)).collect::<Vec<_>>();
    of_uid.sort_by_key(|e| e.property("RECURRENCE-ID").is_some());
    let Some(event) = of_uid.first() else { return Vec::new() };
    let mut said = Vec::new();
    if let Some(when) = event.property("LAST-MODIFIED") {
        let when = super::window::readable_time(when.value.trim());
        said.push(Message::new("publish-said-last-modified").arg("when", when));
    }
    let by = event
        .properties
        .iter()
        .find(|p| p.name.starts_with("X-") && p.name.ends_with("MODIFIED-BY"))
        .map(person)
        .filter(|who| !who.is_empty());
    let organiser = event.property("ORGANIZER").map(person).filter(|who| !who.is_empty());
    if let Some(who) = &by {
        said.push(Message::new("publish-said-changed-by").arg("who", who));
    }
    if let Some(who) = &organiser {
        said.push(Message::new("publish-said-organiser").arg("who", who));
    }
    if changed && by.is_none() && organiser.is_none() {
        said.push(Message::new("publish-said-who-unknown"));
    }
    let locale = i18n::current();
    said.iter().map(|m| m.render(locale)).collect()
}

/// The UIDs of the recurring events (RRULE or RDATE) of a calendar resource.
fn series_uids(text: &str) -> Result<Vec<String>> {
    let components = reader::file_components(text.as_bytes())?;
    let events = components.iter().flat_map(|c| c.children.iter()).filter(|c| c.name == "VEVENT");
    Ok(events
        .filter(|e| e.property("RECURRENCE-ID").is_none())
        .filter(|e| e.property("RRULE").is_some() || e.property("RDATE").is_some())
        .filter_map(|e| e.property("UID").map(|u| u.text()))
        .collect())
}

/// The meetings an event `uid` of the server stands for: the one with that UID, and for a
/// recurring event its occurrences (UID `<uid>/<YYYYMMDD>`, as the importer names them).
fn meetings_of(db: &Db, network_id: i64, uid: &str, series: bool) -> Result<Vec<(i64, i64, String)>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, sequence, uid FROM meetings WHERE network_id = ?1
         AND (uid = ?2 OR (?3 AND substr(uid, 1, length(?2) + 1) = ?2 || '/')) ORDER BY uid",
    )?;
    let rows = stmt.query_map(params![network_id, uid, series], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Reads a server's calendar resource into the network's meetings: an event already here
/// becomes its new version whatever its SEQUENCE, a new one becomes a meeting, a recurring
/// one a meeting per occurrence within the network's dates (the importer's rule, at most
/// [`crate::ical::recurrence::MAX_OCCURRENCES`]). One entry per meeting made or updated;
/// an event the importer cannot read fails the whole call, nothing changed.
pub fn accept_remote(db: &mut Db, network_id: i64, text: &str) -> Result<Vec<RemoteApplied>> {
    let network = get_network(db, network_id)?;
    let uids = event_uids(text)?;
    if uids.is_empty() {
        return Err(Error::bad_input(Message::new("error-server-resource-no-uid")));
    }
    let series = series_uids(text)?;
    db.in_transaction(|db| {
        let mut before: HashMap<String, Meeting> = HashMap::new();
        for uid in &uids {
            for (id, _, meeting_uid) in meetings_of(db, network_id, uid, series.contains(uid))? {
                before.insert(meeting_uid, get_meeting(db, id)?);
                db.conn().execute("UPDATE meetings SET sequence = -1 WHERE id = ?1", [id])?;
            }
        }
        let report = import_ics(db, network_id, text)?;
        if let Some(skipped) = report.skipped.first() {
            let unreadable = Message::new("error-server-version-unreadable").arg("skipped", skipped.describe());
            return Err(Error::bad_input(unreadable));
        }
        let mut applied = Vec::new();
        for uid in &uids {
            let recurring = series.contains(uid);
            for (id, imported_sequence, meeting_uid) in meetings_of(db, network_id, uid, recurring)? {
                let old = before.get(&meeting_uid);
                if let Some(old) = old {
                    let sequence = imported_sequence.max(old.sequence + 1);
                    db.conn().execute("UPDATE meetings SET sequence = ?2 WHERE id = ?1", params![id, sequence])?;
                }
                let after = get_meeting(db, id)?;
                let fingerprint = meeting_resource(&after, &network.name, network.language)
                    .map(|r| r.fingerprint)
                    .unwrap_or_default();
                applied.push(RemoteApplied {
                    meeting_id: id,
                    series: (meeting_uid != *uid).then(|| uid.clone()),
                    uid: meeting_uid,
                    title: after.title.clone(),
                    created: old.is_none(),
                    changes: old.map(|o| differences(o, &after, network.language)).unwrap_or_default(),
                    provenance: provenance(text, uid, old.is_some()),
                    fingerprint,
                });
            }
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
                    from_series: false,
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
                            from_series: a.series.is_some(),
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
