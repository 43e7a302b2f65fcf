//! The calendar-server state as the window's commands carry it (issue 15, "In the
//! window"): accounts, what a test's discovery found, a network's publish state with its
//! open conflicts, and what a publish did. The shell fills these from the same functions
//! the CLI calls (this module's [`publish_state`] from [`super::binding`] and
//! [`super::list_conflicts`]); their TypeScript bindings are generated with the others.
//!
//! Invariant: no type here that goes to the window has a password field. The only one
//! that carries a password is [`DavAccountInput`], which the window sends once, on add,
//! and the shell hands straight to the keyring.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::state::{binding, get_account, list_conflicts, Account, Conflict};
use crate::error::Result;
use crate::ical::reader::unescape_text;
use crate::store::Db;

/// An account as the window lists it (never its password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavAccount {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub user: String,
    /// The certificate authority file given with `convene account add --ca-file`.
    pub ca_file: Option<String>,
    pub created_at: String,
}

impl From<Account> for DavAccount {
    fn from(a: Account) -> Self {
        DavAccount { id: a.id, name: a.name, url: a.url, user: a.user, ca_file: a.ca_file, created_at: a.created_at }
    }
}

/// What the window's "Add account" form sends. The password goes to the keyring and
/// nowhere else; an empty one is the same as none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavAccountInput {
    pub name: String,
    pub url: String,
    pub user: String,
    pub password: Option<String>,
    /// Use the certificate authority's PEM file chosen in the open dialog (the CLI's
    /// `--ca-file`, for a server with its own certificate). The shell keeps the chosen
    /// path: the window never sends one.
    #[serde(default)]
    pub with_chosen_ca_file: bool,
}

/// An added account and where its password went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavAccountAdded {
    pub account: DavAccount,
    /// The keyring took the password: publishing will not ask for it.
    pub password_stored: bool,
    /// One sentence for the person: where the password is, or why it is not stored.
    pub note: String,
}

/// One calendar discovery found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavCalendarFound {
    pub href: String,
    pub name: Option<String>,
}

/// What testing an account found on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavDiscovery {
    pub principal: String,
    pub calendar_home: String,
    pub calendars: Vec<DavCalendarFound>,
}

/// One open conflict, both versions as the lines a person compares ("Title: ...",
/// "Starts: 2027-03-01 10:00 (Europe/Riga)", "Place: ...", status, description);
/// `None`: that side deleted the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavConflict {
    pub id: i64,
    pub title: String,
    pub found_at: String,
    pub local: Option<Vec<String>>,
    pub remote: Option<Vec<String>>,
}

/// The properties of an event a person compares in a conflict, in this order, with the
/// words the window shows for them.
const COMPARED: [(&str, &str); 6] = [
    ("SUMMARY", "Title"),
    ("DTSTART", "Starts"),
    ("DTEND", "Ends"),
    ("LOCATION", "Place"),
    ("STATUS", "Status"),
    ("DESCRIPTION", "Description"),
];

/// `20270301T100000` as `2027-03-01 10:00`, `...Z` with ` UTC`, a date as `2027-03-01`;
/// anything else as it is.
pub(super) fn readable_time(value: &str) -> String {
    let (digits, utc) = match value.strip_suffix('Z') {
        Some(v) => (v, true),
        None => (value, false),
    };
    let b = digits.as_bytes();
    let all_digits = |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    if digits.len() == 8 && all_digits(0..8) {
        return format!("{}-{}-{}", &digits[0..4], &digits[4..6], &digits[6..8]);
    }
    if digits.len() == 15 && all_digits(0..8) && b[8] == b'T' && all_digits(9..15) {
        let when =
            format!("{}-{}-{} {}:{}", &digits[0..4], &digits[4..6], &digits[6..8], &digits[9..11], &digits[11..13]);
        return if utc { format!("{when} UTC") } else { when };
    }
    value.to_string()
}

/// One compared line, `Label: value`: times made readable (with their TZID), text unescaped.
fn readable_line(label: &str, params: &str, value: &str) -> String {
    if label == "Starts" || label == "Ends" {
        let zone = params.split(';').find_map(|p| p.strip_prefix("TZID="));
        let when = readable_time(value);
        return match zone {
            Some(z) => format!("{label}: {when} ({z})"),
            None => format!("{label}: {when}"),
        };
    }
    format!("{label}: {}", unescape_text(value))
}

/// The compared lines of one side's VEVENT (unfolded, the VTIMEZONE's left out).
fn compared_lines(ics: &str) -> Vec<String> {
    let unfolded = ics.replace("\r\n ", "").replace("\n ", "");
    let event = unfolded.split("BEGIN:VEVENT").nth(1).unwrap_or(&unfolded);
    let mut out = Vec::new();
    for (property, label) in COMPARED {
        for line in event.lines() {
            let Some(rest) = line.trim_end().strip_prefix(property) else { continue };
            let Some((params, value)) = rest.split_once(':') else { continue };
            if params.is_empty() || params.starts_with(';') {
                out.push(readable_line(label, params, value));
            }
        }
    }
    out
}

impl From<Conflict> for DavConflict {
    fn from(c: Conflict) -> Self {
        DavConflict {
            id: c.id,
            title: c.title,
            found_at: c.found_at,
            local: c.local_ics.as_deref().map(compared_lines),
            remote: c.remote_ics.as_deref().map(compared_lines),
        }
    }
}

/// A network's calendar-server state for its page: where it was last published, when and
/// with what result, and the conflicts waiting for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DavPublishState {
    /// The account of the last publish; `None`: never published.
    pub account: Option<String>,
    pub calendar: Option<String>,
    pub last_sync_at: Option<String>,
    pub last_result: Option<String>,
    pub conflicts: Vec<DavConflict>,
}

/// The network's publish state (see [`DavPublishState`]).
pub fn publish_state(db: &Db, network_id: i64) -> Result<DavPublishState> {
    let bound = binding(db, network_id)?;
    let account = match &bound {
        Some(b) => get_account(db, b.account_id).ok().map(|a| a.name),
        None => None,
    };
    let conflicts = list_conflicts(db, Some(network_id))?.into_iter().map(DavConflict::from).collect();
    Ok(DavPublishState {
        account,
        calendar: bound.as_ref().map(|b| b.display_name.clone()),
        last_sync_at: bound.as_ref().and_then(|b| b.last_sync_at.clone()),
        last_result: bound.and_then(|b| b.last_result),
        conflicts,
    })
}

/// What a publish did, for the window (convene-dav's report, field for field).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct DavSyncReport {
    /// One sentence: created, updated, deleted, taken from the server, conflicts.
    pub summary: String,
    pub calendar_created: bool,
    /// Meetings changed or created from the server, one line each.
    pub taken_from_server: Vec<String>,
    pub deleted_on_server: Vec<String>,
    pub conflicts: Vec<String>,
    pub warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conflict_side_shows_the_events_compared_lines_in_order() {
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nDTSTART:19700101T000000\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Europe/Riga:20270301T100000\r\nSUMMARY:Transnational meeting in \r\n Riga\r\n\
DTEND:20270301T120000Z\r\nLOCATION:City hall\\, floor 2\r\nSUMMARYX:no\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(
            compared_lines(ics),
            [
                "Title: Transnational meeting in Riga",
                "Starts: 2027-03-01 10:00 (Europe/Riga)",
                "Ends: 2027-03-01 12:00 UTC",
                "Place: City hall, floor 2"
            ]
        );
    }
}
