//! `convene slots` and `convene rotation`, and the warnings `convene meeting show` lists,
//! as a coordinator runs them on the IoTXchange network (Jelgava, Fundão, Nevers).

mod common;

use common::*;

#[test]
fn slots_list_each_partners_local_time_and_what_is_wrong_there() {
    let c = Convene::new();
    iotxchange(&c);
    // Tuesday 4 May 2027 is Latvia's Restoration of Independence Day.
    let out = c.ok(&[
        "slots",
        "iotxchange",
        "--from",
        "2027-05-03",
        "--to",
        "2027-05-04",
        "--duration",
        "2h",
        "--limit",
        "2",
    ]);
    assert!(out.starts_with("IoTXchange: "), "{out}");
    assert!(out.contains("1. 2027-05-03 08:00-10:00 UTC  suits everyone"), "{out}");
    assert!(out.contains("Jelgava               2027-05-03 11:00-13:00  UTC+03:00"), "{out}");
    assert!(out.contains("Fundão                2027-05-03 09:00-11:00  UTC+01:00"), "{out}");

    let json = c.json(&[
        "slots",
        "iotxchange",
        "--from",
        "2027-05-04",
        "--to",
        "2027-05-04",
        "--duration",
        "90m",
        "--exclude-weekends",
    ]);
    let slots = json["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 10, "ten by default");
    let json = c.json(&[
        "slots",
        "iotxchange",
        "--from",
        "2027-05-04",
        "--to",
        "2027-05-04",
        "--duration",
        "90m",
        "--limit",
        "500",
    ]);
    let first = json["slots"].as_array().unwrap().iter().find(|s| s["start"] == "2027-05-04T08:00:00Z").unwrap();
    let jelgava = first["partners"].as_array().unwrap().iter().find(|p| p["partner_name"] == "Jelgava").unwrap();
    assert_eq!(jelgava["problems"][0]["text"], "holiday: Restoration of Independence Day");
    assert_eq!(json["suit_everyone"], 0, "Jelgava is away all day");
    let nevers =
        first["partners"].as_array().unwrap().iter().find(|p| p["partner_name"] == "Nevers Agglomération").unwrap();
    assert_eq!(nevers["problems"].as_array().unwrap().len(), 0);

    let only = c.json(&[
        "slots",
        "iotxchange",
        "--from",
        "2027-05-04",
        "--to",
        "2027-05-04",
        "--duration",
        "1h30",
        "--partner",
        "Fundao",
        "--partner",
        "Nevers Agglomération",
    ]);
    assert!(only["suit_everyone"].as_u64().unwrap() > 0, "without Jelgava the holiday does not count");
    assert_eq!(only["slots"][0]["partners"].as_array().unwrap().len(), 2);

    let local = c.ok(&[
        "slots",
        "iotxchange",
        "--from",
        "2027-05-03",
        "--to",
        "2027-05-03",
        "--duration",
        "2h",
        "--hours",
        "10:00-16:00",
        "--tz",
        "Europe/Riga",
        "--limit",
        "1",
    ]);
    assert!(local.contains("1. 2027-05-03 12:00-14:00 Europe/Riga  suits everyone"), "{local}");
    assert!(local.contains("working hours 10:00-16:00"), "{local}");
}

#[test]
fn whole_days_leave_out_the_partners_holidays_and_say_why() {
    let c = Convene::new();
    iotxchange(&c);
    let out = c.ok(&["slots", "iotxchange", "--from", "2027-06-21", "--to", "2027-06-25", "--days", "2"]);
    assert!(out.contains("2027-06-21 to 2027-06-22"), "{out}");
    assert!(!out.contains("2027-06-23 to"), "{out}");
    assert!(out.contains("2027-06-24  Jelgava: Midsummer Day"), "{out}");
}

#[test]
fn wrong_slot_requests_exit_2_naming_the_option_and_a_missing_network_1() {
    let c = Convene::new();
    iotxchange(&c);
    let base = ["slots", "iotxchange", "--from", "2027-05-03", "--to", "2027-05-04"];
    fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [base, extra].concat()
    }
    let err = c.fails(&with(&base, &["--duration", "two hours"]), 2);
    assert!(err.contains("duration (--duration): \"two hours\" is not a length of time"), "{err}");
    let err = c.fails(&with(&base, &["--duration", "2h", "--hours", "17:00-09:00"]), 2);
    assert!(err.contains("hours (--hours): the working day must end after it starts"), "{err}");
    let err = c.fails(&with(&base, &["--duration", "2h", "--partner", "Vaasa"]), 2);
    assert!(err.contains("--partner"), "{err}");
    let err = c.fails(&with(&base, &["--duration", "2h", "--tz", "Europe/Atlantis"]), 2);
    assert!(err.contains("--tz"), "{err}");
    let err = c.fails(&with(&base, &[]), 2);
    assert!(err.contains("--duration 2h, or --days N"), "{err}");
    c.fails(&with(&base, &["--duration", "2h", "--days", "2"]), 2);
    let err = c.fails(&["slots", "iotxchange", "--from", "2027-05-04", "--to", "2027-05-03", "--duration", "2h"], 2);
    assert!(err.contains("to (--to)"), "{err}");
    let err = c.fails(&["slots", "nowhere", "--from", "2027-05-03", "--to", "2027-05-04", "--duration", "2h"], 1);
    assert!(err.contains("nowhere"), "{err}");
    c.ok(&["network", "add", "--name", "Empty"]);
    let err = c.fails(&["slots", "empty", "--from", "2027-05-03", "--to", "2027-05-04", "--duration", "2h"], 1);
    assert!(err.contains("Empty has no partners yet"), "{err}");
}

#[test]
fn rotation_and_warnings_follow_the_meetings_in_person() {
    let c = Convene::new();
    iotxchange(&c);
    let add = |title: &str, host: &str, date: &str, extra: &[&str]| {
        let mut args = vec![
            "meeting",
            "add",
            "iotxchange",
            "--title",
            title,
            "--kind",
            "transnational",
            "--host",
            host,
            "--date",
            date,
        ];
        args.extend_from_slice(extra);
        c.ok(&args);
    };
    add("Kick-off", "Jelgava", "2027-05-04", &["--status", "held"]);
    add("Second", "Jelgava", "2027-09-14", &[]);
    add("Study visit", "Fundão", "2027-09-17", &[]);
    add("Online review", "Nevers Agglomération", "2027-09-18", &["--mode", "online"]);

    let out = c.ok(&["rotation", "iotxchange"]);
    assert!(out.contains("IoTXchange: 3 meetings in person, held or planned."), "{out}");
    assert!(out.contains("Not hosted yet: Nevers Agglomération."), "the online review does not count: {out}");
    assert!(out.contains("Next hosts, fairest first: Nevers Agglomération, Fundão, Jelgava."), "{out}");
    let json = c.json(&["rotation", "iotxchange"]);
    let jelgava = json["hosts"].as_array().unwrap().iter().find(|h| h["partner_name"] == "Jelgava").unwrap();
    assert_eq!((jelgava["held"].as_u64(), jelgava["planned"].as_u64()), (Some(1), Some(1)));

    let kickoff = c.ok(&["meeting", "show", "iotxchange", "Kick-off"]);
    assert!(kickoff.contains("a holiday there (Restoration of Independence Day)"), "{kickoff}");
    let second = c.ok(&["meeting", "show", "iotxchange", "Second"]);
    assert!(second.contains("! Jelgava hosts “Second” right after hosting “Kick-off”"), "{second}");
    let visit = c.json(&["meeting", "show", "iotxchange", "Study visit"]);
    assert_eq!(visit["warnings"][0]["kind"], "too_close");
    assert!(visit["warnings"][0]["message"].as_str().unwrap().contains("starts 3 days after “Second” in Jelgava"));
}
