//! A meeting as the calendar resource published for it: one VCALENDAR holding its one
//! VEVENT, written by the `.ics` export's writer, and the fingerprint that tells whether it
//! changed since it was last synced.
//!
//! The DTSTAMP is the meeting's `updated_at` (not the time of publishing), so an unchanged
//! meeting gives the same bytes and the same fingerprint on every run; the file equals what
//! `export_meetings` gives for that meeting with that `now`, the network's name and its
//! working language.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::i18n::Locale;
use crate::ical::export::{export_meetings, ExportOptions};
use crate::meeting::{get_meeting, list_meetings, DateRange, Meeting};
use crate::network::get_network;
use crate::store::Db;

/// One meeting as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalResource {
    pub meeting_id: i64,
    pub uid: String,
    pub title: String,
    /// The VCALENDAR text (CRLF lines).
    pub text: String,
    /// sha256 of `text`, hex.
    pub fingerprint: String,
}

/// The resource's file name in the calendar collection: the UID with every byte outside
/// RFC 3986's unreserved characters percent-encoded, then `.ics` (a UID may hold `/` or
/// `@`, as the occurrences of an imported series do).
pub fn resource_name(uid: &str) -> String {
    let mut name = String::with_capacity(uid.len() + 4);
    for b in uid.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            name.push(b as char);
        } else {
            name.push_str(&format!("%{b:02X}"));
        }
    }
    name.push_str(".ics");
    name
}

/// sha256 of the text, as hex.
pub fn fingerprint(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The resource of one meeting of a network called `calendar_name` working in `language`;
/// `None` when the meeting is not dated (an undated meeting has no place in a calendar).
pub fn meeting_resource(meeting: &Meeting, calendar_name: &str, language: Locale) -> Option<LocalResource> {
    let stamp = DateTime::parse_from_rfc3339(&meeting.updated_at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
    let export = export_meetings(
        std::slice::from_ref(meeting),
        &ExportOptions { language, ..ExportOptions::new(calendar_name, stamp) },
    );
    (export.events == 1).then(|| LocalResource {
        meeting_id: meeting.id,
        uid: meeting.uid.clone(),
        title: meeting.title.clone(),
        fingerprint: fingerprint(&export.text),
        text: export.text,
    })
}

/// Every dated meeting of the network as its resource, in the export's order.
pub fn local_resources(db: &Db, network_id: i64) -> Result<Vec<LocalResource>> {
    let network = get_network(db, network_id)?;
    let mut resources = Vec::new();
    for summary in list_meetings(db, network_id, DateRange::default())? {
        if let Some(resource) = meeting_resource(&get_meeting(db, summary.id)?, &network.name, network.language) {
            resources.push(resource);
        }
    }
    Ok(resources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uid_becomes_a_safe_file_name() {
        assert_eq!(resource_name("5f0c-aa@convene"), "5f0c-aa%40convene.ics");
        assert_eq!(resource_name("abc/20270315"), "abc%2F20270315.ics");
        assert_eq!(resource_name("Võru"), "V%C3%B5ru.ics");
    }
}
