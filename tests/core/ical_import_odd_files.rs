//! Calendar files that are broken, odd or at the edges of the rules, imported with
//! `convene_core::ical::import`: broken files refused by line with nothing saved, an event
//! refused late rolling the whole file back, unknown zones named, a fold inside a character,
//! zero-length events, a cancellation notice, a broken recurrence rule, and a time on the
//! second pass of the autumn hour.
//!
//! The input files are in tests/core/ics/; every expected instant is worked out from what the
//! file says, not read back from the importer.

mod common;

use common::iotxchange::*;
use convene_core::ical::import::{import_ics, import_ics_bytes};
use convene_core::meeting::*;
use convene_core::Error;

/// Each broken file is refused naming its line, and what was saved before stays as it was.
#[test]
fn broken_files_are_refused_by_line_and_nothing_is_saved() {
    let mut net = Net::new();
    net.import("outlook-export.ics");
    let before = net.snapshot();

    let cases = [
        ("broken-bad-date.ics", "DTSTART;VALUE=DATE:2027-13-01", "DTSTART \"2027-13-01\" is not a date"),
        (
            "broken-garbage-line.ics",
            "<p>Please find the agenda attached</p>",
            "\"<p>Please find the agenda attached</p>\" is not an iCalendar line",
        ),
        ("broken-unterminated.ics", "END:VCALENDAR", "END:VCALENDAR does not match BEGIN:VEVENT of line"),
    ];
    for (name, bad_line, says) in cases {
        let text = fixture(name);
        let err = import_ics(&mut net.db, net.id, &text).unwrap_err();
        let message = err.to_string();
        assert!(matches!(err, Error::BadInput(_)), "{name}: {err:?}");
        let line = line_of(&text, bad_line);
        assert!(message.starts_with(&format!("line {line}: ")), "{name} should name line {line}: {message}");
        assert!(message.contains(says), "{name}: {message}");
        assert!(message.ends_with("Nothing was imported."), "{name}: {message}");
        assert_eq!(net.snapshot(), before, "{name} changed saved data");
    }

    // A file cut off in the middle of an event.
    let full = fixture("google-calendar.ics");
    let cut = &full[..full.find("SUMMARY:Study visit").unwrap()];
    let err = import_ics(&mut net.db, net.id, cut).unwrap_err().to_string();
    let begin = line_of(&full, "UID:5h2j4l6n8p0r2t4v6x8z0b2d4f") - 4;
    assert!(err.starts_with(&format!("line {begin}: BEGIN:VEVENT is never closed by END:VEVENT")), "{err}");

    // Not iCalendar at all.
    for (text, says) in [
        ("Title,Start,End\nKick-off,2027-03-10 10:00,2027-03-10 17:00\n", "not an iCalendar file"),
        ("{\"format\": \"convene\"}", "not an iCalendar file"),
        ("", "the file is empty"),
        ("\n  \n", "the file is empty"),
    ] {
        let err = import_ics(&mut net.db, net.id, text).unwrap_err().to_string();
        assert!(err.contains(says), "{text:?}: {err}");
    }
    assert_eq!(net.snapshot(), before);
}

/// A check that only the database can make (the title's length) fails on the second
/// event: the first one, already written inside the transaction, is rolled back too.
#[test]
fn an_event_refused_late_rolls_back_the_whole_file() {
    let mut net = Net::new();
    let long_title = "Transnational meeting ".repeat(15);
    let text = fixture("floating-times.ics").replace(
        "END:VEVENT",
        &format!(
            "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:too-long@example.org\r\nDTSTART:20270801T090000Z\r\nDTEND:20270801T100000Z\r\nSUMMARY:{}\r\nEND:VEVENT",
            long_title.trim()
        ),
    );
    let err = import_ics(&mut net.db, net.id, &text).unwrap_err().to_string();
    let line = line_of(&text, "UID:too-long") - 1;
    assert!(err.starts_with(&format!("line {line}: the event \"Transnational meeting Transnational")), "{err}");
    assert!(err.contains("title: is 329 characters long; the limit is 300"), "{err}");
    assert!(net.snapshot().is_empty(), "the first event was not kept");
}

#[test]
fn unknown_zones_are_refused_naming_them() {
    let mut net = Net::new();
    let text = fixture("floating-times.ics")
        .replace("DTSTART:20270705T093000", "DTSTART;TZID=Atlantis Standard Time:20270705T093000");
    let err = import_ics(&mut net.db, net.id, &text).unwrap_err().to_string();
    let line = line_of(&text, "DTSTART");
    assert!(err.starts_with(&format!("line {line}: DTSTART uses the time zone \"Atlantis Standard Time\"")), "{err}");
    assert!(net.snapshot().is_empty());
}

#[test]
fn a_fold_inside_a_character_is_joined() {
    let mut net = Net::new();
    let mut bytes = fixture("floating-times.ics").into_bytes();
    let at = bytes.windows(6).position(|w| w == b"(no zo").unwrap();
    let tail = bytes.split_off(at);
    bytes.extend_from_slice("Koordinatoru zvans \u{0101}".as_bytes());
    let split = bytes.len() - 1;
    bytes.splice(split..split, b"\r\n ".iter().copied());
    bytes.extend_from_slice(b" ");
    bytes.extend_from_slice(&tail);
    import_ics_bytes(&mut net.db, net.id, &bytes).unwrap();
    assert_eq!(net.snapshot()[0].title, "Coordinators' call Koordinatoru zvans ā (no zone)");
}

#[test]
fn odd_but_real_events_zero_length_a_cancellation_notice_and_a_broken_rule() {
    let mut net = Net::new();
    // A deadline written as an event that ends when it starts gets an hour, with a warning.
    let deadline = fixture("floating-times.ics").replace("DTEND:20270705T120000", "DTEND:20270705T093000");
    let report = import_ics(&mut net.db, net.id, &deadline).unwrap();
    assert!(
        report.warnings.iter().any(|w| w.contains("ends when it starts; it was given one hour")),
        "{:?}",
        report.warnings
    );
    let call = net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!(timed(&call).1 - timed(&call).0, chrono::TimeDelta::hours(1));

    // A link that is not a web address is left out, with a warning; the meeting stays in person.
    let mut net2 = Net::new();
    let ftp = fixture("floating-times.ics")
        .replace("LOCATION:Riga", "LOCATION:Riga\r\nURL:ftp://files.example.org/agenda.pdf");
    let report = import_ics(&mut net2.db, net2.id, &ftp).unwrap();
    assert!(
        report.warnings.iter().any(|w| w.contains("\"ftp://files.example.org/agenda.pdf\" is not a web address")),
        "{:?}",
        report.warnings
    );
    let call = net2.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!((call.mode, call.online_url.as_str(), call.venue.as_str()), (MeetingMode::InPerson, "", "Riga"));

    // Outlook's cancellation notice: METHOD:CANCEL, a higher SEQUENCE, no STATUS line.
    net.import("outlook-export.ics");
    let notice =
        fixture("outlook-update.ics").replace("METHOD:PUBLISH", "METHOD:CANCEL").replace("STATUS:CANCELLED\r\n", "");
    let report = import_ics(&mut net.db, net.id, &notice).unwrap();
    assert_eq!(report.updated.len(), 2, "{report:?}");
    assert_eq!(net.meeting(KICK_OFF_UID).status, MeetingStatus::Cancelled);
    assert_eq!(net.meeting(RIGA_UID).status, MeetingStatus::Cancelled);

    // An end before the start, and a rule that cannot be read, are refused by their line.
    let mut net = Net::new();
    let backwards = fixture("floating-times.ics").replace("DTEND:20270705T120000", "DTEND:20270705T080000");
    let err = import_ics(&mut net.db, net.id, &backwards).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "line {}: \"Coordinators' call (no zone)\" ends before it starts",
            line_of(&backwards, "DTEND")
        )),
        "{err}"
    );
    let text =
        fixture("thunderbird.ics").replace("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6", "RRULE:FREQ=FORTNIGHTLY;COUNT=6");
    let err = import_ics(&mut net.db, net.id, &text).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "line {}: \"Local group meeting Nyíregyháza\" RRULE \"FREQ=FORTNIGHTLY;COUNT=6\" cannot be read",
            line_of(&text, "FORTNIGHTLY")
        )),
        "{err}"
    );
    assert!(net.snapshot().is_empty());

    // A series wholly outside the network's dates makes nothing, and says so.
    let late = fixture("thunderbird.ics").replace("20270601T1", "20310601T1");
    let report = import_ics(&mut net.db, net.id, &late).unwrap();
    assert!(
        report.warnings.iter().any(|w| w
            .contains("no occurrence of \"Local group meeting Nyíregyháza\" falls between 2027-01-01 and 2029-06-30")),
        "{:?}",
        report.warnings
    );
}

/// A UTC time in the hour the clocks repeat (02:30 in Gävle on 31 October 2027, second
/// pass) cannot be kept on Convene's local clock; the import says so instead of moving it
/// silently.
#[test]
fn a_time_on_the_second_pass_of_the_autumn_hour_is_reported() {
    let mut net = Net::new();
    let text = fixture("floating-times.ics")
        .replace("DTSTART:20270705T093000", "DTSTART:20271031T013000Z")
        .replace("DTEND:20270705T120000", "DTEND:20271031T030000Z")
        .replace("LOCATION:Riga", "LOCATION:Gävle");
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("starts at 2027-10-31 02:30 in Europe/Stockholm, in the hour the clocks repeat")),
        "{:?}",
        report.warnings
    );
    assert!(!report.warnings.iter().any(|w| w.contains("\" ends at")), "04:00 is not ambiguous: {:?}", report.warnings);
}
