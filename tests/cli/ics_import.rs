//! `convene import ics FILE --network NETWORK` as a coordinator runs it on calendar files
//! from Outlook and Google: what it prints, `--json`, re-import, updates, broken files
//! refused with the file and line named and nothing saved, and events that cannot be
//! imported skipped and listed (exit 0 when something was imported, 1 when nothing could
//! be; `--strict` refuses the whole file).

mod common;

use common::{text, Convene};

fn ics(name: &str) -> String {
    format!("{}/../../tests/core/ics/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A network running 2027-2029 led by Riga, with partners in Sweden, the UK and Estonia.
fn network(c: &Convene) {
    c.ok(&[
        "network",
        "add",
        "--name",
        "IoTXchange",
        "--kind",
        "action-planning",
        "--start",
        "2027-01-01",
        "--end",
        "2029-06-30",
    ]);
    for (name, country) in [("Riga", "LV"), ("Gävle", "SE"), ("Barnsley", "GB"), ("Tartu", "EE"), ("Võru", "EE")] {
        c.ok(&["partner", "add", "iotxchange", "--name", name, "--country", country]);
    }
    c.ok(&["network", "update", "iotxchange", "--lead", "Riga"]);
}

#[test]
fn prints_the_summary_the_meetings_with_their_times_and_the_warnings() {
    let c = Convene::new();
    network(&c);
    let out = c.ok(&["import", "ics", &ics("outlook-export.ics"), "--network", "IoTXchange"]);
    assert!(out.starts_with("Created 4 meetings, updated 0, 0 unchanged.\n"), "{out}");
    assert!(out.contains("2027-03-10 10:00-17:00 Europe/Stockholm  confirmed  Kick-off meeting"), "{out}");
    assert!(out.contains("2027-06-15 09:30-16:00 Europe/Riga"), "{out}");

    let listed = c.json(&["meetings", "iotxchange"]);
    let titles: Vec<&str> = listed.as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        ["Kick-off meeting", "Transnational meeting in Riga", "Thematic webinar: data for small cities", "Final event"]
    );

    let out = c.ok(&["import", "ics", &ics("google-calendar.ics"), "--network", "iotxchange"]);
    assert!(out.contains("\nWarnings:\n"), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("line ") && l.contains("\"Weekly touch-base\" repeats; its 4 occurrences")),
        "{out}"
    );
}

#[test]
fn json_report_and_importing_again_changes_nothing() {
    let c = Convene::new();
    network(&c);
    let report = c.json(&["import", "ics", &ics("google-calendar.ics"), "--network", "iotxchange"]);
    assert_eq!(report["created"].as_array().unwrap().len(), 7, "{report}");
    assert_eq!(report["unchanged"], 0);
    let first = &report["created"][0];
    assert_eq!(first["uid"], "3q7v1k9d0m2n4p6r8t0v2x4z6b@google.com");
    assert_eq!(first["title"], "City visit to Tartu");
    assert!(first["id"].is_i64());
    assert!(report["warnings"].as_array().unwrap().iter().all(|w| w.as_str().unwrap().starts_with("line ")));

    let before = c.snapshot();
    let out = c.ok(&["import", "ics", &ics("google-calendar.ics"), "--network", "iotxchange"]);
    assert!(out.starts_with("Nothing changed: the 7 events of this file are already saved."), "{out}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_newer_sequence_updates_the_meeting() {
    let c = Convene::new();
    network(&c);
    c.ok(&["import", "ics", &ics("outlook-export.ics"), "--network", "iotxchange"]);
    let report = c.json(&["import", "ics", &ics("outlook-update.ics"), "--network", "iotxchange"]);
    assert_eq!(report["updated"].as_array().unwrap().len(), 2, "{report}");
    assert_eq!(report["unchanged"], 1);
    let riga = report["updated"][1]["id"].to_string();
    let shown = c.json(&["meeting", "show", &riga]);
    assert_eq!(shown["title"], "Transnational meeting in Riga (moved)");
    assert_eq!(shown["sequence"], 2);
    assert_eq!(shown["schedule"]["start"], "2027-06-16T07:00:00Z");
}

#[test]
fn a_broken_file_is_refused_naming_the_file_and_line_and_nothing_is_saved() {
    let c = Convene::new();
    network(&c);
    c.ok(&["import", "ics", &ics("outlook-export.ics"), "--network", "iotxchange"]);
    let before = c.snapshot();
    let file = ics("broken-garbage-line.ics");
    let line = std::fs::read_to_string(&file).unwrap().lines().position(|l| l.starts_with("<p>")).unwrap() + 1;
    let err = c.fails(&["import", "ics", &file, "--network", "iotxchange"], 1);
    assert!(
        err.starts_with(&format!(
            "error: {file}: line {line}: \"<p>Please find the agenda attached</p>\" is not an iCalendar line"
        )),
        "{err}"
    );
    assert!(err.trim_end().ends_with("Nothing was imported."), "{err}");
    assert_eq!(c.snapshot(), before);

    let csv = c.path("meetings.csv");
    std::fs::write(&csv, "Title,Start\nKick-off,2027-03-10\n").unwrap();
    let err = c.fails(&["import", "ics", csv.to_str().unwrap(), "--network", "iotxchange"], 1);
    assert!(err.contains("this is not an iCalendar file: it should start with BEGIN:VCALENDAR"), "{err}");
    let err = c.fails(&["import", "ics", &ics("no-such-file.ics"), "--network", "iotxchange"], 1);
    assert!(err.contains("there is no such file"), "{err}");
    let err = c.fails(&["import", "ics", &ics("outlook-export.ics"), "--network", "nowhere"], 1);
    assert!(err.contains("nowhere"), "{err}");
    assert_eq!(c.snapshot(), before);

    let err = c.fails(&["import", "ics", &ics("outlook-export.ics")], 2);
    assert!(err.contains("--network"), "{err}");
}

#[test]
fn a_large_file_lists_the_first_fifty_meetings_and_says_how_many_more() {
    let c = Convene::new();
    network(&c);
    let mut file = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Large//EN\r\n");
    for day in 1..=60 {
        let date = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap() + chrono::Days::new(day);
        file.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:large-{day}@example.org\r\nDTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:Working group {day}\r\nEND:VEVENT\r\n",
            date.format("%Y%m%d")
        ));
    }
    file.push_str("END:VCALENDAR\r\n");
    let path = c.path("large.ics");
    std::fs::write(&path, file).unwrap();

    let out = c.ok(&["import", "ics", path.to_str().unwrap(), "--network", "IoTXchange"]);
    assert!(out.starts_with("Created 60 meetings, updated 0, 0 unchanged.\n"), "{out}");
    assert!(out.contains("Working group 50\n") && !out.contains("Working group 51\n"), "{out}");
    assert!(out.contains("... and 10 more; `convene meetings iotxchange` lists every meeting."), "{out}");
    assert_eq!(c.json(&["meetings", "iotxchange"]).as_array().unwrap().len(), 60, "every event was saved");
}

/// An Outlook export with six unreadable events among two good ones: the good ones are
/// imported, each skipped one is printed with its line and reason, exit 0; a second run
/// (everything already saved) still exits 0; `--strict` refuses the file, nothing saved.
#[test]
fn skipped_events_are_listed_and_the_exit_code_says_whether_anything_was_imported() {
    let c = Convene::new();
    network(&c);
    let file = ics("lenient-outlook-some-unreadable.ics");
    let lines: Vec<String> = std::fs::read_to_string(&file).unwrap().lines().map(String::from).collect();
    let line_of = |needle: &str| lines.iter().position(|l| l.contains(needle)).unwrap() + 1;

    let strict = c.fails(&["import", "ics", &file, "--network", "iotxchange", "--strict"], 1);
    let no_start = line_of("UID:lenient-no-start") - 3;
    assert_eq!(
        strict.trim_end(),
        format!("error: {file}: line {no_start}: the event \"Thematic webinar: data sharing\" has no DTSTART (no start). Nothing was imported.")
    );
    assert_eq!(c.json(&["meetings", "iotxchange"]).as_array().unwrap().len(), 0);

    let out = c.ok(&["import", "ics", &file, "--network", "iotxchange"]);
    assert!(out.starts_with("Created 2 meetings, updated 0, 0 unchanged; 6 events skipped.\n"), "{out}");
    let skipped: Vec<&str> =
        out.lines().skip_while(|l| *l != "Skipped (6):").skip(1).take_while(|l| !l.is_empty()).collect();
    assert_eq!(skipped.len(), 6, "{out}");
    assert_eq!(
        skipped[0],
        format!("line {no_start}: \"Thematic webinar: data sharing\" (UID lenient-no-start@iotxchange.example.eu) was skipped: the event \"Thematic webinar: data sharing\" has no DTSTART (no start)")
    );
    assert!(
        skipped[1].starts_with(&format!("line {}: \"Steering group call\" (UID lenient-bad-rule@iotxchange.example.eu) was skipped: \"Steering group call\" RRULE \"FREQ=FORTNIGHTLY;COUNT=10\" cannot be read", line_of("FORTNIGHTLY"))),
        "{out}"
    );
    assert!(skipped[2].ends_with("was skipped: first: the year 2127 is outside 1990-2100"), "{out}");
    assert!(skipped[3].contains("repeats more than 1000 times"), "{out}");
    assert!(skipped[4].ends_with("was skipped: title: is 329 characters long; the limit is 300"), "{out}");
    assert!(skipped[5].contains("DTSTART \"2027-13-01\" is not a date"), "{out}");
    let titles: Vec<String> = c
        .json(&["meetings", "iotxchange"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles, ["Transnational meeting Gävle", "Final event Riga"]);

    let before = c.snapshot();
    let out = c.ok(&["import", "ics", &file, "--network", "iotxchange"]);
    assert!(
        out.starts_with("Nothing changed: the 2 events of this file are already saved; 6 events skipped.\n"),
        "{out}"
    );
    let report = c.json(&["import", "ics", &file, "--network", "iotxchange"]);
    assert_eq!(report["unchanged"], 2);
    assert_eq!(report["skipped"][2]["uid"], "lenient-far-future@iotxchange.example.eu");
    assert_eq!(report["skipped"][2]["title"], "Network centenary");
    assert_eq!(report["skipped"][2]["reason"], "first: the year 2127 is outside 1990-2100");
    assert_eq!(c.snapshot(), before);
}

/// A file none of whose events can be imported prints the list, then exits 1.
#[test]
fn a_file_of_only_unreadable_events_exits_1_after_listing_them() {
    let c = Convene::new();
    network(&c);
    let bad = c.path("no-start.ics");
    std::fs::write(
        &bad,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x.eu\r\nSUMMARY:Study visit\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@x.eu\r\nDTSTART:20270310\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    let before = c.snapshot();
    let out = c.run(&["import", "ics", bad.to_str().unwrap(), "--network", "iotxchange"]);
    assert_eq!(out.status.code(), Some(1));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(stdout.starts_with("None of the file's events could be imported: 2 events were skipped"), "{stdout}");
    assert!(
        stdout.contains("\nline 3: \"Study visit\" (UID a@x.eu) was skipped: the event \"Study visit\" has no DTSTART"),
        "{stdout}"
    );
    assert!(stdout.contains("\nline 10: an event (UID b@x.eu) was skipped: \"Untitled meeting\" RRULE \"FREQ=SOMETIMES\" cannot be read"), "{stdout}");
    assert_eq!(
        stderr.trim_end(),
        format!("error: {}: none of its events could be imported (2 skipped, listed above); fix them, or import the file in the calendar program that made it and export it again", bad.display())
    );
    assert_eq!(c.snapshot(), before);
}
