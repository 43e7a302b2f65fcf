//! A poll's messages read by a parser nobody here wrote: python's `email` package and
//! python `icalendar` (tests/interop/ical/read_itip_messages.py) read every message
//! `poll invite` and `poll close` write, and the REPLY fixtures shaped as Outlook,
//! Thunderbird, Apple Mail and Gmail send them (tests/core/fixtures/poll-replies/).
//!
//! What partners and the coordinator rely on:
//! - each invitation is an iTIP REQUEST (MIME `method` and `METHOD` agree) holding one
//!   tentative hold per date, with the date's UID, at the instant the database holds (the
//!   all-day date as dates), addressed to the recipient with RSVP;
//! - closing gives a REQUEST for the meeting with the chosen hold's UID and a higher
//!   SEQUENCE, and for every recipient a CANCEL of the other holds;
//! - every REPLY fixture imports into those invitations: its UID is one of the holds, its
//!   DTSTART (as python resolves it, Outlook's Windows zone included) is that hold's, its
//!   attendee one of the recipients (in any case), and what Convene records is what its
//!   PARTSTAT says.
//!
//! Run by scripts/test-interop.sh (CONVENE_INTEROP_PYTHON).

mod polls;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{TimeZone, Utc};
use convene_core::ical::invite::{invitation, InviteInput};
use convene_core::meeting::Schedule;
use convene_core::poll::invite::poll_cancellations;
use convene_core::poll::{close_poll, read_replies, PollOption};
use polls::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Attendee {
    address: String,
    partstat: Option<String>,
    rsvp: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Event {
    uid: String,
    summary: Option<String>,
    status: Option<String>,
    sequence: Option<i64>,
    start_utc: Option<String>,
    end_utc: Option<String>,
    start_date: Option<String>,
    end_date: Option<String>,
    attendees: Vec<Attendee>,
}

#[derive(Debug, Deserialize)]
struct Part {
    mime_method: Option<String>,
    method: Option<String>,
    events: Vec<Event>,
    errors: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Read {
    file: String,
    parts: Vec<Part>,
}

fn python_reads(files: &[PathBuf]) -> BTreeMap<String, Vec<Part>> {
    let python = std::env::var("CONVENE_INTEROP_PYTHON").unwrap_or_else(|_| {
        panic!("CONVENE_INTEROP_PYTHON is not set: run scripts/test-interop.sh (or `source scripts/setup.sh && ensure_interop`)")
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/interop/ical/read_itip_messages.py");
    let out = Command::new(python).arg(script).args(files).output().unwrap();
    assert!(out.status.success(), "python could not read the messages:\n{}", String::from_utf8_lossy(&out.stderr));
    let read: Vec<Read> = serde_json::from_slice(&out.stdout).unwrap();
    read.into_iter()
        .map(|r| {
            for p in &r.parts {
                assert!(p.errors.is_empty(), "{}: icalendar reported {:?}", r.file, p.errors);
            }
            let name = Path::new(&r.file).file_name().unwrap().to_string_lossy().into_owned();
            (name, r.parts)
        })
        .collect()
}

fn utc(t: &chrono::DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The hold of `option` as the database says it.
fn assert_hold_is(e: &Event, o: &PollOption) {
    assert_eq!(e.uid, o.uid);
    match &o.schedule {
        Schedule::Timed { start, end, .. } => {
            assert_eq!(
                (e.start_utc.as_deref(), e.end_utc.as_deref()),
                (Some(utc(start).as_str()), Some(utc(end).as_str()))
            )
        }
        Schedule::AllDay { first, last } => {
            let after = last.succ_opt().unwrap().to_string();
            assert_eq!((e.start_date.clone(), e.end_date.clone()), (Some(first.to_string()), Some(after)))
        }
        Schedule::Undated { .. } => unreachable!(),
    }
}

#[test]
fn python_reads_every_poll_message_and_the_replies_import_into_them() {
    let mut f = poll_fixture();
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for m in &f.invitations {
        let path = dir.path().join(&m.file_name);
        std::fs::write(&path, &m.eml).unwrap();
        files.push(path);
    }
    let replies = [
        "outlook-jelgava-date1.eml",
        "outlook-jelgava-date2.eml",
        "thunderbird-nevers-date3.eml",
        "applemail-voru-date1.eml",
        "gmail-fundao-date1-accepted.eml",
        "gmail-fundao-date1-declined-later.eml",
    ];
    files.extend(replies.iter().map(|n| fixture_dir().join(n)));

    // What Convene records from the replies, before the poll is closed.
    let report = read_replies(&mut f.db, f.poll_id, &replies.map(reply)).unwrap();
    assert!(report.saved, "{:?}", report.problems);
    let recorded = f.answers();

    let poll = f.poll();
    let closed = close_poll(&mut f.db, f.poll_id, 2).unwrap();
    let now = Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
    let emails: Vec<String> = poll.recipients.iter().map(|r| r.email.clone()).collect();
    let input = InviteInput { organizer: "joao@cm-fundao.pt".into(), attendees: emails.clone(), now };
    let meeting_invitation = invitation(&f.db, closed.meeting.id, &input).unwrap();
    let path = dir.path().join("meeting-invitation.eml");
    std::fs::write(&path, &meeting_invitation.eml).unwrap();
    files.push(path);
    let releases = poll_cancellations(&f.db, f.poll_id, now).unwrap();
    for m in &releases {
        let path = dir.path().join(&m.file_name);
        std::fs::write(&path, &m.eml).unwrap();
        files.push(path);
    }

    let read = python_reads(&files);

    // The invitations: one REQUEST each, a tentative hold per date.
    let mut holds: BTreeMap<String, (Option<String>, Option<String>)> = BTreeMap::new();
    for m in &f.invitations {
        let parts = &read[&m.file_name];
        assert_eq!(parts.len(), 1, "{}", m.file_name);
        let part = &parts[0];
        assert_eq!((part.mime_method.as_deref(), part.method.as_deref()), (Some("REQUEST"), Some("REQUEST")));
        assert_eq!(part.events.len(), poll.options.len());
        for (e, o) in part.events.iter().zip(&poll.options) {
            assert_hold_is(e, o);
            assert_eq!(e.status.as_deref(), Some("TENTATIVE"));
            assert_eq!(e.sequence, Some(0));
            assert_eq!(e.summary.as_deref(), Some(format!("[Poll {}/3] Transnational meeting 3", o.number).as_str()));
            assert_eq!(e.attendees.len(), 1);
            assert!(e.attendees[0].address.eq_ignore_ascii_case(&format!("mailto:{}", m.email)));
            assert_eq!(e.attendees[0].rsvp.as_deref(), Some("TRUE"));
            holds.insert(e.uid.clone(), (e.start_utc.clone(), e.start_date.clone()));
        }
    }

    // The replies import into them.
    let word = |partstat: &str| match partstat {
        "ACCEPTED" => "yes",
        "TENTATIVE" => "maybe",
        "DECLINED" => "no",
        other => panic!("unexpected PARTSTAT {other}"),
    };
    for name in replies {
        for part in &read[name] {
            assert_eq!(part.method.as_deref(), Some("REPLY"), "{name}");
            for e in &part.events {
                let hold = holds.get(&e.uid).unwrap_or_else(|| panic!("{name}: UID {} is none of the holds", e.uid));
                assert_eq!(
                    hold,
                    &(e.start_utc.clone(), e.start_date.clone()),
                    "{name}: the reply is for the hold's time"
                );
                let number = poll.options.iter().find(|o| o.uid == e.uid).unwrap().number;
                for a in &e.attendees {
                    let address = a.address.to_lowercase().replace("mailto:", "");
                    assert!(
                        emails.iter().any(|x| x.eq_ignore_ascii_case(&address)),
                        "{name}: {address} was not invited"
                    );
                    if name != "gmail-fundao-date1-accepted.eml" {
                        let partstat = a.partstat.as_deref().unwrap();
                        assert!(
                            recorded.iter().any(|(_, n, w)| *n == number && w == word(partstat)),
                            "{name}: {partstat} for date {number} is not what Convene recorded: {recorded:?}"
                        );
                    }
                }
            }
        }
    }

    // Closing: the meeting replaces hold 2; the other holds are cancelled.
    let part = &read["meeting-invitation.eml"][0];
    assert_eq!(part.method.as_deref(), Some("REQUEST"));
    assert_eq!(part.events.len(), 1);
    assert_hold_is(&part.events[0], &poll.options[1]);
    assert_eq!(part.events[0].sequence, Some(1), "higher than the hold's 0, so calendars replace it");
    assert_eq!(part.events[0].status.as_deref(), Some("CONFIRMED"));
    assert_eq!(releases.len(), emails.len());
    for m in &releases {
        let part = &read[&m.file_name][0];
        assert_eq!((part.mime_method.as_deref(), part.method.as_deref()), (Some("CANCEL"), Some("CANCEL")));
        let uids: Vec<&str> = part.events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids, [UIDS[0], UIDS[2]]);
        for (e, o) in part.events.iter().zip([&poll.options[0], &poll.options[2]]) {
            assert_hold_is(e, o);
            assert_eq!((e.status.as_deref(), e.sequence), (Some("CANCELLED"), Some(1)));
        }
    }
}
