//! `convene meeting confirm|postpone|held|cancel`: the steps of a meeting's life, addressed
//! as `NETWORK MEETING` (id, UID or title) or by id alone.

mod common;

use common::{iotxchange, Convene};
use serde_json::Value;

fn add_meeting(c: &Convene, title: &str, start: &str, end: &str) -> Value {
    c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        title,
        "--kind",
        "transnational",
        "--host",
        "jelgava",
        "--start",
        start,
        "--end",
        end,
        "--description",
        "Second meeting of phase 2",
    ])
}

#[test]
fn confirm_and_cancel_by_network_and_title_raise_the_sequence() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_meeting(&c, "Meeting in Jelgava", "2027-03-10 10:00", "2027-03-10 12:00");
    assert_eq!(m["status"], "tentative");

    let out = c.ok(&["meeting", "confirm", "iotxchange", "meeting in jelgava"]);
    assert_eq!(
        out,
        format!(
            "Confirmed meeting {}: Meeting in Jelgava (2027-03-10); calendars will see the change (sequence 1).\n",
            m["id"]
        )
    );
    let again = c.ok(&["meeting", "confirm", "IoTXchange", &m["id"].to_string()]);
    assert!(again.contains("was already confirmed"), "{again}");
    let shown = c.json(&["meeting", "show", "iotxchange", m["uid"].as_str().unwrap()]);
    assert_eq!(shown["status"], "confirmed");
    assert_eq!(shown["sequence"], 1, "confirming twice is one change");

    let cancelled = c.json(&["meeting", "cancel", "iotxchange", "Meeting in Jelgava"]);
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["sequence"], 2);
}

#[test]
fn postpone_to_a_new_date_keeps_the_old_one_and_raises_the_sequence() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_meeting(&c, "Meeting in Jelgava", "2027-03-10 10:00", "2027-03-10 12:00");
    let id = m["id"].to_string();
    c.ok(&["meeting", "confirm", "iotxchange", &id]);

    let out = c.ok(&["meeting", "postpone", "iotxchange", &id, "--to", "2027-04-02 14:00"]);
    assert!(out.contains("now 2027-04-02 14:00-16:00 Europe/Riga, tentative until confirmed (sequence 2)"), "{out}");
    let after = c.json(&["meeting", "show", &id]);
    assert_eq!(after["sequence"], 2, "the sequence rose from 1");
    assert_eq!(after["status"], "tentative");
    assert_eq!(after["schedule"]["start_local"], "2027-04-02T14:00:00", "the length of two hours is kept");
    assert_eq!(after["schedule"]["end_local"], "2027-04-02T16:00:00");
    assert_eq!(
        after["description"],
        "Second meeting of phase 2\n\nPostponed from 10 March 2027, 10:00–12:00 (Europe/Riga)."
    );
    let shown = c.ok(&["meeting", "show", &id]);
    assert!(shown.contains("Postponed from 10 March 2027, 10:00–12:00 (Europe/Riga)."), "{shown}");

    // No new date yet: postponed, the calendars' date stays, a second line is kept.
    let undated = c.json(&["meeting", "postpone", "iotxchange", &id, "--undated"]);
    assert_eq!(undated["status"], "postponed");
    assert_eq!(undated["sequence"], 3);
    assert_eq!(undated["schedule"]["start_local"], "2027-04-02T14:00:00");
    let description = undated["description"].as_str().unwrap();
    assert!(description.contains("Postponed from 10 March 2027"), "{description}");
    assert!(description.ends_with("Postponed from 2 April 2027, 14:00–16:00 (Europe/Riga)."), "{description}");
    let ics = c.ok(&["export", "ics", "iotxchange"]);
    assert!(ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:3"), "{ics}");

    // An all-day meeting moves by whole days and keeps its number of days.
    let days = c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Final event",
        "--kind",
        "final-event",
        "--date",
        "2027-06-01",
        "--until",
        "2027-06-02",
    ]);
    let moved = c.json(&["meeting", "postpone", "iotxchange", "final event", "--to", "2027-06-15"]);
    assert_eq!(moved["schedule"]["first"], "2027-06-15");
    assert_eq!(moved["schedule"]["last"], "2027-06-16");
    assert_eq!(moved["description"], "Postponed from 1–2 June 2027, all days.");
    assert_eq!(moved["sequence"].as_i64(), days["sequence"].as_i64().map(|s| s + 1));
}

#[test]
fn postpone_needs_a_later_date_or_undated_and_a_refusal_changes_nothing() {
    let c = Convene::new();
    iotxchange(&c);
    let m = add_meeting(&c, "Meeting in Jelgava", "2027-03-10 10:00", "2027-03-10 12:00");
    let id = m["id"].to_string();
    let before = c.snapshot();

    let err = c.fails(&["meeting", "postpone", "iotxchange", &id], 2);
    assert!(err.contains("--to") && err.contains("--undated"), "{err}");
    let err = c.fails(&["meeting", "postpone", "iotxchange", &id, "--to", "2027-04-02 10:00", "--undated"], 2);
    assert!(err.contains("cannot be used with"), "{err}");
    let err = c.fails(&["meeting", "postpone", "iotxchange", &id, "--to", "2027-03-01 10:00"], 2);
    assert!(err.contains("to (--to): the new date, 2027-03-01 10:00, is not after the current one"), "{err}");
    let err = c.fails(&["meeting", "postpone", "iotxchange", &id, "--to", "next week"], 2);
    assert!(err.contains("(--to)") && err.contains("\"next week\" is not a date and time"), "{err}");
    let err = c.fails(&["meeting", "postpone", "iotxchange", "Meeting in Riga", "--undated"], 1);
    assert!(err.contains("IoTXchange has no meeting with id, UID or title \"Meeting in Riga\""), "{err}");
    let err = c.fails(&["meeting", "confirm", "Meeting in Jelgava"], 1);
    assert!(err.contains("give its network first (NETWORK MEETING)"), "{err}");
    let err = c.fails(&["meeting", "held", "iotxchange", &id], 2);
    assert!(err.contains("has not come yet"), "{err}");
    assert_eq!(c.snapshot(), before, "nothing was saved");

    c.ok(&["meeting", "cancel", "iotxchange", &id]);
    let err = c.fails(&["meeting", "postpone", "iotxchange", &id, "--undated"], 2);
    assert!(err.contains("meeting: \"Meeting in Jelgava\" was cancelled; it cannot be postponed"), "{err}");
}

#[test]
fn held_is_for_a_meeting_that_has_begun() {
    let c = Convene::new();
    iotxchange(&c);
    let past = add_meeting(&c, "Kick-off", "2024-03-10 10:00", "2024-03-10 12:00");
    let held = c.json(&["meeting", "held", "iotxchange", "kick-off"]);
    assert_eq!(held["status"], "held");
    assert_eq!(held["sequence"], past["sequence"].as_i64().unwrap() + 1);
    let err = c.fails(&["meeting", "cancel", "iotxchange", "kick-off"], 2);
    assert!(err.contains("has already been held"), "{err}");

    // Two meetings of the same title: the id settles it.
    add_meeting(&c, "Online touch-base", "2027-05-01 10:00", "2027-05-01 11:00");
    add_meeting(&c, "Online touch-base", "2027-06-01 10:00", "2027-06-01 11:00");
    let err = c.fails(&["meeting", "confirm", "iotxchange", "online touch-base"], 2);
    assert!(
        err.contains("2 meetings of IoTXchange are titled \"online touch-base\"") && err.contains("use the id"),
        "{err}"
    );
}
