//! Calendar files that are broken, odd or at the edges of the rules, imported with
//! `convene_core::ical::import`: files whose structure is broken refused by line with
//! nothing saved; events that cannot be imported skipped and listed with their line and
//! reason while the rest of the file is imported (and, with the strict mode, refusing the
//! whole file, an event refused late rolling it all back); what real files carry (a BOM,
//! LF or lone CR line ends, lowercase names, blanks around separators, `X-` lines outside
//! the calendar, several calendars in one file); unknown zones named, a fold inside a
//! character, zero-length events, a cancellation notice, a broken recurrence rule, and a
//! time on the second pass of the autumn hour.
//!
//! The input files are in tests/core/ics/; every expected instant is worked out from what the
//! file says, not read back from the importer.

mod common;

use common::iotxchange::*;
use convene_core::ical::import::{import_ics, import_ics_bytes, import_ics_bytes_in, IcsImportMode, IcsImportReport};
use convene_core::meeting::*;
use convene_core::progress::Silent;
use convene_core::Error;

/// All or nothing: the first event that cannot be imported refuses the file.
fn import_strict(net: &mut Net, text: &str) -> convene_core::Result<IcsImportReport> {
    import_ics_bytes_in(&mut net.db, net.id, text.as_bytes(), IcsImportMode::Strict, &Silent)
}

/// Each broken file is refused naming its line, and what was saved before stays as it was:
/// a broken structure in either mode, a date that is not one in the strict mode.
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
        let err = if name == "broken-bad-date.ics" {
            import_strict(&mut net, &text).unwrap_err()
        } else {
            import_ics(&mut net.db, net.id, &text).unwrap_err()
        };
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

/// Strict mode: a check that only the meeting rules make (the title's length) fails on
/// the second event; the first one, already written inside the transaction, is rolled
/// back too.
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
    let err = import_strict(&mut net, &text).unwrap_err().to_string();
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
    let err = import_strict(&mut net, &text).unwrap_err().to_string();
    let line = line_of(&text, "DTSTART");
    assert!(err.starts_with(&format!("line {line}: DTSTART uses the time zone \"Atlantis Standard Time\"")), "{err}");
    assert!(net.snapshot().is_empty());
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert_eq!(report.skipped.len(), 1, "{report:?}");
    assert_eq!(report.skipped[0].line, line);
    assert!(report.skipped[0].reason.starts_with("DTSTART uses the time zone \"Atlantis Standard Time\""));
    assert!(report.nothing_imported());
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
    let err = import_strict(&mut net, &backwards).unwrap_err().to_string();
    assert!(
        err.starts_with(&format!(
            "line {}: \"Coordinators' call (no zone)\" ends before it starts",
            line_of(&backwards, "DTEND")
        )),
        "{err}"
    );
    let text =
        fixture("thunderbird.ics").replace("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6", "RRULE:FREQ=FORTNIGHTLY;COUNT=6");
    let err = import_strict(&mut net, &text).unwrap_err().to_string();
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

/// The 1-based line of the BEGIN:VEVENT of the event whose line holds `needle`.
fn begin_of(text: &str, needle: &str) -> usize {
    let at = line_of(text, needle);
    text.lines().take(at).enumerate().filter(|(_, l)| l.trim() == "BEGIN:VEVENT").last().unwrap().0 + 1
}

/// An Outlook export with one event of each kind that cannot be imported: the two good
/// events are imported, each other one is listed with its line, UID, title and reason; a
/// second import changes nothing; the strict mode refuses the file at the first.
#[test]
fn every_readable_event_is_imported_and_each_skipped_one_is_listed() {
    let text = fixture("lenient-outlook-some-unreadable.ics");
    let mut net = Net::new();
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    let titles: Vec<&str> = report.created.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(titles, ["Transnational meeting Gävle", "Final event Riga"]);
    assert_eq!(report.summary(), "Created 2 meetings, updated 0, 0 unchanged; 6 events skipped.");
    assert!(!report.nothing_imported());
    let long_title = "Transnational meeting ".repeat(15);
    let expected = [
        (
            begin_of(&text, "lenient-no-start"),
            "lenient-no-start",
            "Thematic webinar: data sharing",
            "the event \"Thematic webinar: data sharing\" has no DTSTART (no start)",
        ),
        (
            line_of(&text, "FORTNIGHTLY"),
            "lenient-bad-rule",
            "Steering group call",
            "\"Steering group call\" RRULE \"FREQ=FORTNIGHTLY;COUNT=10\" cannot be read",
        ),
        (
            begin_of(&text, "lenient-far-future"),
            "lenient-far-future",
            "Network centenary",
            "first: the year 2127 is outside 1990-2100",
        ),
        (
            line_of(&text, "FREQ=HOURLY"),
            "lenient-too-many",
            "Data upload reminder",
            "\"Data upload reminder\" repeats more than 1000 times between 2027-01-01 and 2029-06-30",
        ),
        (
            begin_of(&text, "lenient-long-title"),
            "lenient-long-title",
            long_title.trim(),
            "title: is 329 characters long; the limit is 300",
        ),
        (
            line_of(&text, "2027-13-01"),
            "lenient-bad-date",
            "Study visit Tartu",
            "DTSTART \"2027-13-01\" is not a date (iCalendar writes dates as YYYYMMDD",
        ),
    ];
    assert_eq!(report.skipped.len(), expected.len(), "{:#?}", report.skipped);
    for (skipped, (line, uid, title, reason)) in report.skipped.iter().zip(expected) {
        assert_eq!(skipped.line, line, "{skipped:?}");
        assert_eq!(skipped.uid, format!("{uid}@iotxchange.example.eu"));
        assert_eq!(skipped.title, title);
        assert!(skipped.reason.starts_with(reason), "{reason}\n{skipped:?}");
    }
    assert_eq!(
        report.skipped[0].describe(),
        format!(
            "line {}: \"Thematic webinar: data sharing\" (UID lenient-no-start@iotxchange.example.eu) was skipped: the event \"Thematic webinar: data sharing\" has no DTSTART (no start)",
            expected_line(&text)
        )
    );
    assert!(
        report.warnings.iter().all(|w| !w.contains("Data upload reminder") && !w.contains("Steering group")),
        "a skipped event leaves no warning: {:?}",
        report.warnings
    );
    let gavle = net.by_title("Transnational meeting Gävle");
    assert_eq!(timed(&gavle).0, utc("2027-09-14T07:00:00Z"));
    let saved = net.snapshot();
    assert_eq!(saved.len(), 2);

    let again = import_ics(&mut net.db, net.id, &text).unwrap();
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged, again.skipped.len()), (0, 0, 2, 6));
    assert_eq!(again.summary(), "Nothing changed: the 2 events of this file are already saved; 6 events skipped.");
    assert_eq!(net.snapshot(), saved);

    let mut strict = Net::new();
    let err = import_strict(&mut strict, &text).unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "line {}: the event \"Thematic webinar: data sharing\" has no DTSTART (no start). Nothing was imported.",
            expected_line(&text)
        )
    );
    assert!(strict.snapshot().is_empty());
}

fn expected_line(text: &str) -> usize {
    begin_of(text, "lenient-no-start")
}

/// A file whose every event is skipped imports nothing and says so; one whose events are
/// all saved already is not such a file.
#[test]
fn a_file_of_unreadable_events_imports_nothing_and_says_so() {
    let mut net = Net::new();
    let text = fixture("floating-times.ics").replace("DTSTART:20270705T093000\r\n", "");
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert!(report.nothing_imported());
    assert!(report.summary().starts_with("None of the file's events could be imported: 1 event was skipped"));
    assert!(net.snapshot().is_empty());
}

/// Files as other programs write them, each read as its program means it.
#[test]
fn what_real_files_carry_is_read() {
    // Office 365's published calendar saved by a browser: a byte-order mark, LF line ends.
    let mut net = Net::new();
    let bytes =
        std::fs::read(format!("{}/../../tests/core/ics/tolerated-bom-lf.ics", env!("CARGO_MANIFEST_DIR"))).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF") && !bytes.contains(&b'\r'));
    let report = import_ics_bytes(&mut net.db, net.id, &bytes).unwrap();
    assert!(report.skipped.is_empty(), "{report:?}");
    let call = net.meeting("040000008200E00074C5B7101A82E0080000000011AA22BB33CC44DD0000000000000000100000005566778899AABBCCDDEEFF0011223344");
    assert_eq!((timed(&call).0, timed(&call).1), (utc("2027-06-15T08:00:00Z"), utc("2027-06-15T09:30:00Z")));
    assert_eq!(call.mode, MeetingMode::Online);

    // Classic Mac OS iCal: lone CR line ends; a folded description; lines still counted.
    let mut net = Net::new();
    let text = fixture("tolerated-lone-cr.ics");
    assert!(!text.contains('\n') && text.matches('\r').count() > 10);
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert!(report.skipped.is_empty(), "{report:?}");
    let voru = net.meeting("A7C1F2E4-93B0-11DB-8C5A-000393B1C1E2");
    assert_eq!((timed(&voru).0, timed(&voru).1), (utc("2027-09-08T06:30:00Z"), utc("2027-09-08T13:00:00Z")));
    assert_eq!(voru.description, "Working session on the Integrated Action Plan: actions 3 to 7 and their budget.");
    let mut net = Net::new();
    let report = import_ics(&mut net.db, net.id, &text.replace("20270908T093000", "2027-09-08 09:30")).unwrap();
    assert_eq!(report.skipped[0].line, 8, "{report:?}");

    // Written by hand or a script: lowercase names, blanks around ':' '=' and ';'.
    let mut net = Net::new();
    let report = net.import("tolerated-lowercase-blanks.ics");
    assert!(report.skipped.is_empty(), "{report:?}");
    let committee = net.meeting("secretariat-2027-03@iotxchange.example.eu");
    assert_eq!((timed(&committee).0, timed(&committee).2), (utc("2027-03-22T12:00:00Z"), "Europe/Riga"));
    assert_eq!((committee.title.as_str(), committee.venue.as_str()), ("Steering committee", "Riga, City Council"));
    assert_eq!(committee.status, MeetingStatus::Tentative);
    let holiday = net.meeting("secretariat-2027-04@iotxchange.example.eu");
    assert!(
        matches!(holiday.schedule, Schedule::AllDay { first, last } if first == date("2027-03-29") && last == first)
    );

    // X- lines outside the calendar (a name before it, a checksum after) are ignored.
    let mut net = Net::new();
    let report = net.import("tolerated-x-lines-outside.ics");
    assert_eq!(report.created.len(), 1, "{report:?}");
    assert_eq!(timed(&net.meeting("6b1d0c2e-ff20-4e8b-a9d1-3a4f5e6d7c8b")).0, utc("2028-03-07T07:00:00Z"));
    let err = import_ics(&mut net.db, net.id, &fixture("tolerated-x-lines-outside.ics").replace("X-EXPORT", "EXPORT"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("EXPORT-CHECKSUM is outside BEGIN:VCALENDAR"), "{err}");

    // A CalDAV collection saved resource by resource: one VCALENDAR per event.
    let mut net = Net::new();
    let report = net.import("tolerated-two-calendars.ics");
    assert_eq!(report.created.len(), 2, "{report:?}");
    let webinar = net.meeting("0c1b2a39-4857-4665-8473-928171605f4e");
    assert_eq!(
        (timed(&webinar).0, webinar.online_url.as_str()),
        (utc("2027-04-19T08:00:00Z"), "https://meet.example.eu/iotxchange-lighting")
    );
    let braganca = net.meeting("9e8d7c6b-5a49-4837-a261-50f4e3d2c1b0");
    assert_eq!((timed(&braganca).0, timed(&braganca).2), (utc("2027-10-20T08:30:00Z"), "Europe/Lisbon"));
}

/// TZIDs that are neither IANA nor Windows names ("(GMT +01:00)", "Western/Central
/// Europe") are read through the file's own VTIMEZONE: the instants follow its rules and
/// the meeting takes the IANA zone those rules match (a partner's first); rules that no
/// IANA zone has keep the instant in UTC, with a warning.
#[test]
fn custom_zone_names_are_read_by_the_files_own_rules() {
    let mut net = Net::new();
    let report = net.import("outlook-named-zones.ics");
    assert!(report.skipped.is_empty(), "{report:?}");
    let workshop = net.by_title("Thematic workshop: sensors in public space");
    assert_eq!(timed(&workshop), (utc("2027-05-12T08:00:00Z"), utc("2027-05-12T14:00:00Z"), "Europe/Stockholm"));
    let review = net.by_title("Peer review of the action plans");
    assert_eq!(timed(&review), (utc("2027-11-03T13:00:00Z"), utc("2027-11-03T16:00:00Z"), "Europe/Stockholm"));
    let walk = net.by_title("Harbour walk");
    assert_eq!(timed(&walk), (utc("2027-06-01T08:45:00Z"), utc("2027-06-01T10:15:00Z"), "UTC"));
    let text = fixture("outlook-named-zones.ics");
    let line = line_of(&text, "DTSTART;TZID=\"(GMT+01:15)");
    assert!(
        report.warnings.contains(&format!("line {line}: the time zone \"(GMT+01:15) Harbour time\" matches no IANA zone; its times were read by the file's own VTIMEZONE rules and kept in UTC (here and for every event using it)")),
        "{:?}",
        report.warnings
    );
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("\"(GMT +01:00)\" is not a zone name; its VTIMEZONE's offsets match Europe/Stockholm")),
        "{:?}",
        report.warnings
    );
}
