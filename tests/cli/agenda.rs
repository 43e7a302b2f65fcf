//! `convene agenda NETWORK MEETING [add|update|move|remove]` and `convene attendance
//! NETWORK MEETING`: a meeting's ordered agenda and who comes.

mod common;

use common::{iotxchange, Convene};
use serde_json::Value;

fn kickoff(c: &Convene) -> String {
    let m = c.json(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Kick-off",
        "--kind",
        "kick-off",
        "--host",
        "jelgava",
        "--start",
        "2027-03-10 09:00",
        "--end",
        "17:00",
    ]);
    m["id"].to_string()
}

fn titles(agenda: &Value) -> Vec<&str> {
    agenda.as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap()).collect()
}

#[test]
fn items_are_added_where_asked_moved_changed_and_removed_by_number() {
    let c = Convene::new();
    iotxchange(&c);
    let id = kickoff(&c);
    let empty = c.ok(&["agenda", "iotxchange", "kick-off"]);
    assert!(empty.contains("The agenda is empty"), "{empty}");

    let out = c.ok(&[
        "agenda",
        "iotxchange",
        &id,
        "add",
        "--title",
        "Welcome",
        "--start",
        "09:00",
        "--end",
        "09:30",
        "--speaker",
        "jelgava",
    ]);
    assert_eq!(out, "Added item 1 to the agenda of Kick-off:\n  1. 09:00-09:30  Welcome (speaker: Jelgava)\n");
    c.ok(&["agenda", "iotxchange", &id, "add", "--title", "Site visit", "--notes", "Bring boots"]);
    let agenda = c.json(&["agenda", "iotxchange", &id, "add", "--title", "Coffee", "--at", "2"]);
    assert_eq!(titles(&agenda), ["Welcome", "Coffee", "Site visit"]);
    let jelgava = c.json(&["partner", "show", "iotxchange", "jelgava"]);
    assert_eq!(agenda[0]["lead_partner_id"], jelgava["id"]);
    assert_eq!(agenda[0]["start_time"], "09:00:00");

    let agenda = c.json(&["agenda", "iotxchange", &id, "move", "3", "--to", "1"]);
    assert_eq!(titles(&agenda), ["Site visit", "Welcome", "Coffee"]);
    let agenda = c.json(&[
        "agenda",
        "iotxchange",
        &id,
        "update",
        "2",
        "--title",
        "Welcome and introductions",
        "--speaker",
        "Fundão",
    ]);
    assert_eq!(agenda[1]["title"], "Welcome and introductions");
    assert_eq!(agenda[1]["start_time"], "09:00:00", "what was not given stays");
    let agenda = c.json(&["agenda", "iotxchange", &id, "remove", "3"]);
    assert_eq!(titles(&agenda), ["Site visit", "Welcome and introductions"]);

    // `meeting show` prints the same numbered agenda.
    let shown = c.ok(&["meeting", "show", &id]);
    assert!(shown.contains("Agenda\n  1. Site visit\n     Bring boots\n  2. 09:00-09:30  Welcome and introductions (speaker: Fundão)\n"), "{shown}");
    assert_eq!(c.json(&["meeting", "show", &id])["agenda"].as_array().unwrap().len(), 2);
}

#[test]
fn a_bad_item_is_refused_naming_its_option_and_the_agenda_is_unchanged() {
    let c = Convene::new();
    iotxchange(&c);
    let id = kickoff(&c);
    c.ok(&["agenda", "iotxchange", &id, "add", "--title", "Welcome", "--start", "09:00"]);
    let before = c.snapshot();

    let err =
        c.fails(&["agenda", "iotxchange", &id, "add", "--title", "Lunch", "--start", "13:00", "--end", "12:00"], 2);
    assert!(err.contains("(--end): the item must end after it starts"), "{err}");
    let err = c.fails(&["agenda", "iotxchange", &id, "add", "--title", "Lunch", "--start", "1pm"], 2);
    assert!(err.contains("start_time (--start): \"1pm\" is not a time of day"), "{err}");
    let err = c.fails(&["agenda", "iotxchange", &id, "add", "--title", "Lunch", "--speaker", "Riga"], 2);
    assert!(err.contains("speaker (--speaker): IoTXchange has no partner called \"Riga\""), "{err}");
    let err = c.fails(&["agenda", "iotxchange", &id, "add", "--title", "Lunch", "--at", "5"], 2);
    assert!(err.contains("position (--at): 5 is not a place in an agenda of 1 item;"), "{err}");
    let err = c.fails(&["agenda", "iotxchange", &id, "update", "1", "--title", ""], 2);
    assert!(err.contains("title (--title): must not be empty"), "{err}");
    let err = c.fails(&["agenda", "iotxchange", &id, "move", "2", "--to", "1"], 2);
    assert!(err.contains("there is no item 2; the agenda has 1 item"), "{err}");
    let err = c.fails(&["agenda", "iotxchange", "Final event", "remove", "1"], 1);
    assert!(err.contains("IoTXchange has no meeting with id, UID or title \"Final event\""), "{err}");
    c.fails(&["agenda", "iotxchange", &id, "move", "1"], 2);
    assert_eq!(c.snapshot(), before);
}

#[test]
fn attendance_records_answers_of_partners_and_contacts() {
    let c = Convene::new();
    iotxchange(&c);
    let id = kickoff(&c);
    c.ok(&["contact", "add", "iotxchange", "--partner", "fundao", "--name", "Ana Ferreira"]);

    let out = c.ok(&["attendance", "iotxchange", &id, "--partner", "jelgava", "--status", "invited"]);
    assert!(out.starts_with("Jelgava: invited for Kick-off.\n"), "{out}");
    let list = c.json(&["attendance", "iotxchange", "kick-off", "--partner", "Jelgava", "--status", "confirmed"]);
    assert_eq!(list[0]["status"], "accepted", "confirmed is the core's accepted");
    assert_eq!(list[0]["attendee"]["type"], "partner");
    let list = c.json(&["attendance", "iotxchange", &id, "--contact", "ana ferreira", "--status", "declined"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let table = c.ok(&["attendance", "iotxchange", &id]);
    assert!(table.contains("Ana Ferreira  contact  declined"), "{table}");
    assert!(table.contains("Jelgava       partner  accepted"), "{table}");

    let before = c.snapshot();
    let err = c.fails(&["attendance", "iotxchange", &id, "--partner", "jelgava", "--status", "maybe"], 2);
    assert!(err.contains("status (--status): \"maybe\" is not one of: invited, confirmed"), "{err}");
    c.fails(&["attendance", "iotxchange", &id, "--status", "invited"], 2);
    c.fails(&["attendance", "iotxchange", &id, "--partner", "jelgava"], 2);
    assert_eq!(c.snapshot(), before);

    let list = c.json(&["attendance", "iotxchange", &id, "--partner", "jelgava", "--status", "none"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "none takes Jelgava off the list");
    assert!(c.ok(&["meeting", "show", &id]).contains("Ana Ferreira (contact): declined"));
}
