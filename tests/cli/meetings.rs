//! `convene meetings NETWORK` and `convene meeting show|add|update|cancel|delete`: timed,
//! all-day and undated meetings, the local times of every partner, sequence numbers.

mod common;

use common::{iotxchange, Convene};
use serde_json::Value;

fn add_kickoff(c: &Convene) -> Value {
    c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Kick-off meeting",
        "--kind",
        "kick-off",
        "--host",
        "jelgava",
        "--start",
        "2027-03-10 10:00",
        "--end",
        "2027-03-10 12:00",
        "--venue",
        "Jelgava Palace",
        "--mode",
        "hybrid",
        "--online",
        "https://meet.example.org/iot",
        "--description",
        "First meeting of phase 2",
        "--status",
        "confirmed",
    ])
}

#[test]
fn a_timed_meeting_takes_the_hosts_zone_and_shows_every_partners_clock() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_kickoff(&c);
    let id = m["id"].as_i64().expect("the created meeting has its id");
    assert_eq!(m["schedule"]["type"], "timed");
    assert_eq!(m["schedule"]["time_zone"], "Europe/Riga");
    assert_eq!(m["schedule"]["start"], "2027-03-10T08:00:00Z");
    assert_eq!(m["host_name"], "Jelgava");
    assert_eq!(m["mode"], "hybrid");
    assert_eq!(m["status"], "confirmed");
    assert_eq!(m["sequence"], 0);
    assert_eq!(m["uid"].as_str().unwrap().len(), 36);

    let list = c.ok(&["meetings", "iotxchange"]);
    assert!(list.contains("2027-03-10 10:00-12:00 Europe/Riga"), "{list}");

    let shown = c.ok(&["meeting", "show", &id.to_string()]);
    assert!(shown.contains("Local times"), "{shown}");
    let line = |name: &str| {
        shown
            .lines()
            .find(|l| l.contains(name) && l.contains("2027-03-10"))
            .unwrap_or_else(|| panic!("{name} in:\n{shown}"))
            .to_string()
    };
    assert!(line("Jelgava").contains("10:00-12:00"));
    assert!(line("Nevers").contains("09:00-11:00"));
    assert!(line("Fundão").contains("08:00-10:00"));

    let json = c.json(&["meeting", "show", &id.to_string()]);
    let local = json["local_times"].as_array().unwrap();
    assert_eq!(local.len(), 3);
    let fundao = local.iter().find(|t| t["partner_name"] == "Fundão").unwrap();
    assert_eq!(fundao["start_local"], "2027-03-10T08:00:00");
    assert_eq!(fundao["time_zone"], "Europe/Lisbon");
    assert_eq!(json["network_name"], "IoTXchange");

    // The UID finds it too.
    let by_uid = c.json(&["meeting", "show", m["uid"].as_str().unwrap()]);
    assert_eq!(by_uid["id"], id);
}

#[test]
fn zones_can_be_given_and_end_can_be_a_time_on_the_same_day() {
    let c = Convene::new();
    iotxchange(&c);
    let m = c.json(&[
        "meeting",
        "add",
        "IoTXchange",
        "--title",
        "Online touch-base",
        "--kind",
        "online-touch-base",
        "--start",
        "2027-03-11 15:00",
        "--end",
        "16:30",
        "--tz",
        "Europe/Lisbon",
        "--mode",
        "online",
    ]);
    assert_eq!(m["schedule"]["time_zone"], "Europe/Lisbon");
    assert_eq!(m["schedule"]["end_local"], "2027-03-11T16:30:00");
    assert!(m["host_partner_id"].is_null());
}

#[test]
fn all_day_and_undated_meetings() {
    let c = Convene::new();
    iotxchange(&c);
    let visit = c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "City visit",
        "--kind",
        "city-visit",
        "--host",
        "fundao",
        "--date",
        "2019-10-14",
        "--until",
        "2019-10-16",
    ]);
    assert_eq!(visit["schedule"], serde_json::json!({"type": "all_day", "first": "2019-10-14", "last": "2019-10-16"}));
    let one_day = c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Phase review",
        "--kind",
        "phase-review",
        "--date",
        "2020-02-03",
    ]);
    assert_eq!(one_day["schedule"]["last"], "2020-02-03");
    let planned = c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Final event",
        "--kind",
        "final-event",
        "--month",
        "2022-06",
        "--wording",
        "June (Brussels)",
        "--venue",
        "Brussels",
    ]);
    assert_eq!(
        planned["schedule"],
        serde_json::json!({"type": "undated", "year": 2022, "month": 6, "wording": "June (Brussels)"})
    );
    let someday = c.json(&["meeting", "add", "iotxchange", "--title", "Someday", "--kind", "other"]);
    assert_eq!(someday["schedule"]["type"], "undated");
    assert_eq!(someday["status"], "tentative");
    assert_eq!(someday["mode"], "in_person");

    let list = c.ok(&["meetings", "iotxchange"]);
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[1].contains("2019-10-14 to 2019-10-16"), "{list}");
    assert!(lines[2].contains("2020-02-03"), "{list}");
    assert!(list.contains("June 2022: \"June (Brussels)\""), "{list}");
    assert!(lines[3..].iter().all(|l| l.contains("not dated yet")), "undated ones last: {list}");

    let shown = c.ok(&["meeting", "show", &planned["id"].to_string()]);
    assert!(!shown.contains("Local times"), "no clock for an undated meeting: {shown}");
    assert!(shown.contains("Venue:") && shown.contains("Brussels"), "{shown}");
}

#[test]
fn from_and_to_narrow_the_list() {
    let c = Convene::new();
    iotxchange(&c);
    for (title, date) in [("First", "2019-10-14"), ("Second", "2020-03-02"), ("Third", "2021-12-01")] {
        c.ok(&["meeting", "add", "iotxchange", "--title", title, "--kind", "transnational", "--date", date]);
    }
    c.ok(&["meeting", "add", "iotxchange", "--title", "Undated", "--kind", "other"]);
    let titles = |args: &[&str]| -> Vec<String> {
        c.json(args).as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(titles(&["meetings", "iotxchange"]), ["First", "Second", "Third", "Undated"]);
    assert_eq!(titles(&["meetings", "iotxchange", "--from", "2020-01-01"]), ["Second", "Third"]);
    assert_eq!(titles(&["meetings", "iotxchange", "--to", "2020-03-02"]), ["First", "Second"]);
    assert_eq!(titles(&["meetings", "iotxchange", "--from", "2020-01-01", "--to", "2020-12-31"]), ["Second"]);
    let err = c.fails(&["meetings", "iotxchange", "--from", "2020-31-01"], 2);
    assert!(err.contains("from (--from)"), "{err}");
    c.fails(&["meetings", "iotxchange", "--from", "2021-01-01", "--to", "2020-01-01"], 2);
}

#[test]
fn update_changes_only_what_is_given_and_the_sequence_follows_calendar_changes() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_kickoff(&c);
    let id = m["id"].to_string();

    let renamed = c.json(&["meeting", "update", &id, "--title", "Kick-off in Jelgava"]);
    assert_eq!(renamed["title"], "Kick-off in Jelgava");
    assert_eq!(renamed["sequence"], 0, "a new title does not change the calendar entry's time or place");
    assert_eq!(renamed["venue"], "Jelgava Palace");
    assert_eq!(renamed["schedule"], m["schedule"]);
    assert_eq!(renamed["uid"], m["uid"]);

    let moved = c.json(&["meeting", "update", &id, "--start", "2027-03-11 09:00"]);
    assert_eq!(moved["sequence"], 1);
    assert_eq!(moved["schedule"]["start_local"], "2027-03-11T09:00:00");
    assert_eq!(moved["schedule"]["end_local"], "2027-03-11T11:00:00", "the length is kept");
    assert_eq!(moved["description"], "First meeting of phase 2");

    let text = c.ok(&["meeting", "update", &id, "--venue", "Academia Petrina"]);
    assert!(text.contains("sequence 2"), "{text}");

    let all_day = c.json(&["meeting", "update", &id, "--date", "2027-04-01", "--until", "2027-04-02"]);
    assert_eq!(all_day["schedule"]["type"], "all_day");
    let shifted = c.json(&["meeting", "update", &id, "--date", "2027-05-10"]);
    assert_eq!(shifted["schedule"]["last"], "2027-05-11", "moving the first day keeps the length");
    let undated = c.json(&["meeting", "update", &id, "--undated", "--wording", "after the summer"]);
    assert_eq!(
        undated["schedule"],
        serde_json::json!({"type": "undated", "year": null, "month": null, "wording": "after the summer"})
    );
    let unhosted = c.json(&["meeting", "update", &id, "--host", ""]);
    assert!(unhosted["host_partner_id"].is_null());
    assert_eq!(unhosted["uid"], m["uid"], "the UID never changes");
}

#[test]
fn bad_input_is_refused_naming_the_option_and_nothing_is_saved() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_kickoff(&c);
    let id = m["id"].to_string();
    let before = c.snapshot();
    let add = |extra: &[&str]| {
        let mut args = vec!["meeting", "add", "iotxchange", "--title", "Bad", "--kind", "other"];
        args.extend_from_slice(extra);
        c.fails(&args, 2)
    };
    let err = add(&["--start", "2027-03-10 10:00", "--end", "12:00", "--tz", "Europe/Atlantis"]);
    assert!(err.contains("time_zone (--tz)") && err.contains("Europe/Atlantis"), "{err}");
    let err = add(&["--host", "jelgava", "--start", "2027-03-10 10:00", "--end", "2027-03-10 09:00"]);
    assert!(err.contains("end (--end): the meeting must end after it starts"), "{err}");
    let err = add(&["--start", "2027-03-10 10:00", "--end", "12:00"]);
    assert!(err.contains("--tz"), "no host and no zone: {err}");
    let err = add(&["--start", "10 March 2027", "--end", "12:00", "--tz", "Europe/Riga"]);
    assert!(err.contains("start (--start)") && err.contains("YYYY-MM-DD HH:MM"), "{err}");
    let err = add(&["--date", "2027-02-30"]);
    assert!(err.contains("--date"), "{err}");
    let err = add(&["--date", "2027-03-10", "--until", "2027-03-09"]);
    assert!(err.contains("last (--until)"), "{err}");
    let err = add(&["--mode", "carrier-pigeon"]);
    assert!(err.contains("mode (--mode)") && err.contains("in-person"), "{err}");
    let err = add(&["--online", "meet.example.org"]);
    assert!(err.contains("--online"), "{err}");
    let err = add(&["--host", "Vaasa"]);
    assert!(err.contains("host (--host)") && err.contains("no partner called \"Vaasa\""), "{err}");
    let err = add(&["--status", "maybe"]);
    assert!(err.contains("--status"), "{err}");
    let err = c.fails(&["meeting", "add", "iotxchange", "--title", "Bad", "--kind", "party"], 2);
    assert!(err.contains("kind (--kind)"), "{err}");
    let err = c.fails(&["meeting", "update", &id, "--tz", "Europe/Atlantis", "--title", "Changed"], 2);
    assert!(err.contains("--tz"), "{err}");
    let err = c.fails(&["meeting", "show", "999"], 1);
    assert!(err.contains("no meeting with id 999"), "{err}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn cancel_keeps_the_meeting_and_delete_removes_it() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_kickoff(&c);
    let id = m["id"].to_string();
    let out = c.ok(&["meeting", "cancel", &id]);
    assert!(out.contains("Cancelled meeting"), "{out}");
    let cancelled = c.json(&["meeting", "show", &id]);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["sequence"], 1, "calendars learn of the cancellation");
    assert!(c.ok(&["meetings", "iotxchange"]).contains("Cancelled"));

    let deleted = c.json(&["meeting", "delete", m["uid"].as_str().unwrap()]);
    assert_eq!(deleted["id"], m["id"]);
    c.fails(&["meeting", "show", &id], 1);
    assert!(c.json(&["meetings", "iotxchange"]).as_array().unwrap().is_empty());
    c.fails(&["meeting", "delete", &id], 1);
}
