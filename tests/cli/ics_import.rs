//! `convene import ics FILE --network NETWORK` as a coordinator runs it on calendar files
//! from Outlook and Google: what it prints, `--json`, re-import, updates, and broken files
//! refused with the file and line named and nothing saved.

mod common;

use common::Convene;

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
