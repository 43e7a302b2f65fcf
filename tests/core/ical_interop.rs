//! Convene's iCalendar files read by parsers nobody here wrote: python `icalendar` and
//! ical.js (the parser of Thunderbird and Nextcloud). A coordinator sends the file to
//! partners in a dozen countries; what they rely on is that every client puts every
//! meeting at the instant the database holds, with the words as typed.
//!
//! The database holds timed meetings that start before and end after a clock change
//! (spring and autumn, in 2025, 2026 and 2027, in zones at UTC+0, +1 and +2), ones that
//! start or end in the hour an autumn change repeats, ordinary summer and winter days, all-day
//! events of one and several days (one over the new year, one over a clock change), texts
//! in Hungarian, Swedish, Slovak, Estonian, Greek, Russian, Japanese and emoji with commas,
//! semicolons, backslashes (`C:\new` is not a line break) and line breaks, a description
//! long enough to be folded many times, cancelled, postponed and held meetings, an updated
//! one (SEQUENCE 1) and an undated one that must be left out and counted.
//!
//! Both readers (tests/interop/ical/) print every VEVENT as JSON with the instants their
//! parser resolved: ical.js through the file's VTIMEZONE (it has no zone database); python
//! icalendar through its IANA database for known TZIDs, so its reader also resolves every
//! time through the file's VTIMEZONE with dateutil, and both answers are compared. Every
//! event is compared with the database: UID, UTC instants to the second, TZID (the
//! meeting's zone; UTC for a time in the repeated autumn hour, which ical.js would read as
//! its second pass), all-day
//! dates (DTEND the day after the last day), SUMMARY, DESCRIPTION, LOCATION, URL, STATUS
//! and SEQUENCE. A reader's parse errors and warnings fail the test. A second test breaks
//! one VTIMEZONE offset in the file and checks that both readers' answers then disagree
//! with the database, so a wrong VTIMEZONE cannot pass unseen.
//!
//! Run by scripts/test-interop.sh, which installs the readers and sets
//! CONVENE_INTEROP_PYTHON and CONVENE_INTEROP_NODE_MODULES.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::ical::export::{export_ics, CalendarExport, ExportOptions, IcsSelection};
use convene_core::meeting::*;
use convene_core::Db;

mod ical_interop_network;
use ical_interop_network::*;

// ---------------------------------------------------------------------------------------
// The readers

mod ical_readers;
use ical_readers::{read_with_both, Reading};

// ---------------------------------------------------------------------------------------
// What the file must say

fn utc_text(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// RFC 5545 STATUS for a meeting's status; postponed meetings are not held on the date
/// shown, so calendars must not show them as planned.
fn expected_status(status: MeetingStatus) -> &'static str {
    match status {
        MeetingStatus::Tentative => "TENTATIVE",
        MeetingStatus::Confirmed | MeetingStatus::Held => "CONFIRMED",
        MeetingStatus::Postponed | MeetingStatus::Cancelled => "CANCELLED",
    }
}

/// The zone a time is written in: the meeting's, except a local time the clocks show
/// twice (the autumn hour), which a TZID cannot pin down for every reader (ical.js takes
/// the second pass, RFC 5545 the first): it is written in UTC.
fn expected_tzid(time_zone: &str, local: &NaiveDateTime) -> Option<String> {
    let zone: Tz = time_zone.parse().unwrap();
    match zone.from_local_datetime(local) {
        chrono::LocalResult::Ambiguous(..) => None,
        _ => Some(time_zone.to_string()),
    }
}

/// DESCRIPTION: the postponement notice, the description, the online link and the agenda,
/// as paragraphs.
fn expected_description(m: &Meeting) -> Option<String> {
    let mut paragraphs = Vec::new();
    if m.status == MeetingStatus::Postponed {
        paragraphs.push("Postponed: a new date will follow.".to_string());
    }
    if !m.description.is_empty() {
        paragraphs.push(m.description.clone());
    }
    if !m.online_url.is_empty() {
        paragraphs.push(format!("Join online: {}", m.online_url));
    }
    if !m.agenda.is_empty() {
        let mut agenda = String::from("Agenda:");
        for item in &m.agenda {
            agenda.push('\n');
            match (item.start_time, item.end_time) {
                (Some(s), Some(e)) => agenda.push_str(&format!("{}-{} ", s.format("%H:%M"), e.format("%H:%M"))),
                (Some(s), None) => agenda.push_str(&format!("{} ", s.format("%H:%M"))),
                _ => agenda.push_str("- "),
            }
            agenda.push_str(&item.title);
        }
        paragraphs.push(agenda);
    }
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
}

/// Every way in which the readers' view of `export` differs from the database's meetings
/// `expected` (and from the LOCATION the cases name).
fn disagreements(db: &Db, export: &CalendarExport, readings: &[Reading], expected: &BTreeSet<i64>) -> Vec<String> {
    let locations: BTreeMap<String, Option<String>> =
        cases().iter().map(|c| (c.title.to_string(), c.location.map(str::to_string))).collect();
    let meetings: Vec<Meeting> = expected.iter().map(|id| get_meeting(db, *id).unwrap()).collect();
    let dated: Vec<&Meeting> = meetings.iter().filter(|m| !matches!(m.schedule, Schedule::Undated { .. })).collect();
    let mut wrong = Vec::new();
    if export.events != dated.len() {
        wrong.push(format!("the export says it wrote {} events; {} meetings are dated", export.events, dated.len()));
    }
    for reading in readings {
        let r = &reading.reader;
        for p in &reading.problems {
            wrong.push(format!("{r}: {p}"));
        }
        if reading.events.len() != dated.len() {
            wrong.push(format!("{r}: read {} events, expected {}", reading.events.len(), dated.len()));
        }
        let mut seen = BTreeSet::new();
        for e in &reading.events {
            let uid = e.uid.clone().unwrap_or_default();
            if !seen.insert(uid.clone()) {
                wrong.push(format!("{r}: UID {uid} appears twice"));
            }
            if !dated.iter().any(|m| m.uid == uid) {
                let what =
                    meetings.iter().find(|m| m.uid == uid).map(|m| m.title.as_str()).unwrap_or("no such meeting");
                wrong.push(format!("{r}: an event with UID {uid} ({what}) should not be in this file"));
            }
        }
        for m in &dated {
            let Some(e) = reading.events.iter().find(|e| e.uid.as_deref() == Some(m.uid.as_str())) else {
                wrong.push(format!("{r}: \"{}\" ({}) is missing", m.title, m.uid));
                continue;
            };
            let mut check = |what: &str, got: Option<String>, want: Option<String>| {
                if got != want {
                    wrong.push(format!("{r}: \"{}\": {what} is {got:?}, the database says {want:?}", m.title));
                }
            };
            check("SUMMARY", e.summary.clone(), Some(m.title.clone()));
            check("DESCRIPTION", e.description.clone(), expected_description(m));
            check("LOCATION", e.location.clone(), locations.get(&m.title).cloned().flatten());
            check("URL", e.url.clone(), (!m.online_url.is_empty()).then(|| m.online_url.clone()));
            check("STATUS", e.status.clone(), Some(expected_status(m.status).to_string()));
            check("SEQUENCE", e.sequence.map(|s| s.to_string()), Some(m.sequence.to_string()));
            match &m.schedule {
                Schedule::Timed { start, end, time_zone, start_local, .. } => {
                    check("all-day", Some(e.all_day.to_string()), Some("false".into()));
                    check("DTSTART's TZID", e.tzid.clone(), expected_tzid(time_zone, start_local));
                    check("start (UTC)", e.start_utc.clone(), Some(utc_text(start)));
                    check("end (UTC)", e.end_utc.clone(), Some(utc_text(end)));
                    if reading.reader.starts_with("python") {
                        check(
                            "start through the file's VTIMEZONE (UTC)",
                            e.start_utc_vtimezone.clone(),
                            Some(utc_text(start)),
                        );
                        check(
                            "end through the file's VTIMEZONE (UTC)",
                            e.end_utc_vtimezone.clone(),
                            Some(utc_text(end)),
                        );
                    }
                }
                Schedule::AllDay { first, last } => {
                    check("all-day", Some(e.all_day.to_string()), Some("true".into()));
                    check("first day", e.start_date.clone(), Some(first.to_string()));
                    check(
                        "DTEND (the day after the last)",
                        e.end_date.clone(),
                        Some((*last + Duration::days(1)).to_string()),
                    );
                }
                Schedule::Undated { .. } => unreachable!(),
            }
        }
    }
    wrong
}

fn export_to_file(
    db: &Db,
    selection: &IcsSelection,
    options: &ExportOptions,
    dir: &Path,
    name: &str,
) -> (CalendarExport, PathBuf) {
    let export = export_ics(db, selection, options).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, &export.text).unwrap();
    (export, path)
}

fn options(name: &str, reminder: Option<Duration>) -> ExportOptions {
    ExportOptions { reminder, ..ExportOptions::new(name, Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap()) }
}

#[test]
fn both_parsers_read_every_meeting_of_the_network_as_the_database_holds_it() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let selection = IcsSelection { network_id: f.network.id, ..Default::default() };
    let (export, path) = export_to_file(
        &f.db,
        &selection,
        &options(&f.network.name, Some(Duration::days(1))),
        dir.path(),
        "network.ics",
    );
    assert_eq!(export.left_out_undated, 1, "the undated final event is left out and counted");
    let all: BTreeSet<i64> = f.meetings.values().copied().collect();
    let wrong = disagreements(&f.db, &export, &read_with_both(&path), &all);
    assert!(wrong.is_empty(), "{} disagreements with the database:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn both_parsers_read_a_partners_view_as_the_database_holds_it() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let kezmarok = f.partners["Kežmarok"].id;
    let selection = IcsSelection { network_id: f.network.id, partner_id: Some(kezmarok), ..Default::default() };
    let (export, path) = export_to_file(&f.db, &selection, &options("Kežmarok", None), dir.path(), "kezmarok.ics");
    // Network-wide meetings, what Kežmarok hosts and what it accepted; not Gävle's city
    // visit (nothing to do with it) nor Oulu's (declined).
    let view: BTreeSet<i64> = f
        .meetings
        .iter()
        .filter(|(title, _)| !["City visit to Gävle", "City visit to Oulu"].contains(&title.as_str()))
        .map(|(_, id)| *id)
        .collect();
    assert_eq!(export.left_out_undated, 1, "the undated final event concerns every partner: left out and counted");
    let wrong = disagreements(&f.db, &export, &read_with_both(&path), &view);
    assert!(wrong.is_empty(), "{} disagreements with the database:\n{}", wrong.len(), wrong.join("\n"));
}

/// The first observance in the file that gives `zone` the offset `offset` (`+0100`),
/// changed to `wrong`: a file whose VTIMEZONE lies about one of the zone's offsets.
fn break_offset(text: &str, zone: &str, offset: &str, wrong: &str) -> String {
    let begin = text.find(&format!("TZID:{zone}\r\n")).unwrap_or_else(|| panic!("no VTIMEZONE for {zone}"));
    let end = begin + text[begin..].find("END:VTIMEZONE").unwrap();
    let line = format!("TZOFFSETTO:{offset}\r\n");
    let at = begin + text[begin..end].find(&line).unwrap_or_else(|| panic!("{zone} has no observance at {offset}"));
    format!("{}TZOFFSETTO:{wrong}\r\n{}", &text[..at], &text[at + line.len()..])
}

#[test]
fn a_wrong_vtimezone_makes_both_parsers_disagree_with_the_database() {
    let f = fixture();
    let dir = tempfile::tempdir().unwrap();
    let selection = IcsSelection { network_id: f.network.id, ..Default::default() };
    let export = export_ics(&f.db, &selection, &options(&f.network.name, None)).unwrap();
    // Lisbon's summer time said to be UTC+2 instead of UTC+1.
    let broken = CalendarExport { text: break_offset(&export.text, "Europe/Lisbon", "+0100", "+0200"), ..export };
    let path = dir.path().join("broken.ics");
    std::fs::write(&path, &broken.text).unwrap();
    let all: BTreeSet<i64> = f.meetings.values().copied().collect();
    let wrong = disagreements(&f.db, &broken, &read_with_both(&path), &all);
    for reader in ["python icalendar", "ical.js"] {
        assert!(
            wrong.iter().any(|w| w.starts_with(reader) && w.contains("Kick-off in Fundão") && w.contains("UTC")),
            "{reader} should place the kick-off in Fundão (Lisbon, summer time at its end) elsewhere when the \
             VTIMEZONE is wrong; disagreements found:\n{}",
            wrong.join("\n")
        );
    }
}
