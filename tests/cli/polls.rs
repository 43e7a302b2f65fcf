//! `convene poll ...`: a coordinator asks the IoTXchange partners which dates suit them,
//! reads their calendar replies, records an answer by hand and closes the poll, from a
//! shell; and the errors, with their exit codes (2: the input is wrong; 1: it cannot be
//! done), leaving the database as it was.

mod common;

use common::{iotxchange, Convene};
use serde_json::Value;

/// IoTXchange with a contact per partner and a poll of three dates hosted by Jelgava.
fn poll(c: &Convene) -> String {
    iotxchange(c);
    for (partner, name, email) in [
        ("Jelgava", "Anna Bērziņa", "anna.berzina@jelgava.lv"),
        ("Fundão", "João Silva", "joao@cm-fundao.pt"),
        ("Nevers Agglomération", "Claire Martin", "claire.martin@nevers.fr"),
    ] {
        c.ok(&["contact", "add", "iotxchange", "--partner", partner, "--name", name, "--email", email]);
    }
    let created = c.json(&[
        "poll",
        "create",
        "iotxchange",
        "--title",
        "Transnational meeting 3",
        "--kind",
        "transnational",
        "--host",
        "jelgava",
        "--option",
        "2027-03-15 10:00/12:00",
        "--option",
        "2027-03-29 10:00/12:00",
        "--option",
        "2027-04-12",
        "--deadline",
        "2027-02-20",
    ]);
    created["id"].as_i64().unwrap().to_string()
}

fn uids(c: &Convene, poll: &str) -> Vec<String> {
    let shown = c.json(&["poll", "show", poll]);
    shown["poll"]["options"].as_array().unwrap().iter().map(|o| o["uid"].as_str().unwrap().to_string()).collect()
}

/// A bare iCalendar REPLY as a calendar program saves one.
fn reply_ics(uid: &str, email: &str, partstat: &str, stamp: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp}\r\nATTENDEE;PARTSTAT={partstat}:mailto:{email}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

fn answers_of(shown: &Value, partner: &str) -> Vec<Value> {
    let i = shown["partners"].as_array().unwrap().iter().position(|p| p["name"] == partner).unwrap();
    shown["options"].as_array().unwrap().iter().map(|o| o["cells"][i]["answer"].clone()).collect()
}

#[test]
fn a_poll_from_creation_to_the_meeting() {
    let c = Convene::new();
    let id = poll(&c);
    let listed = c.ok(&["poll", "list", "iotxchange"]);
    assert!(listed.contains("Transnational meeting 3") && listed.contains("open"), "{listed}");

    let out = c.path("invitations");
    let written = c.ok(&["poll", "invite", &id, "--organizer", "joao@cm-fundao.pt", "--out", out.to_str().unwrap()]);
    let files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 2, "Jelgava and Nevers; not the organizer: {written}");
    let eml = std::fs::read_to_string(out.join("01-anna.berzina-jelgava.lv.eml")).unwrap();
    assert!(eml.contains("METHOD:REQUEST") && eml.contains("STATUS:TENTATIVE"), "{eml}");
    assert!(eml.contains("SUMMARY:[Poll 2/3] Transnational meeting 3"), "{eml}");

    let uids = uids(&c, &id);
    let r1 = c.path("anna-1.ics");
    std::fs::write(&r1, reply_ics(&uids[0], "Anna.Berzina@JELGAVA.lv", "ACCEPTED", "20270110T080000Z")).unwrap();
    let r2 = c.path("anna-2.ics");
    std::fs::write(&r2, reply_ics(&uids[1], "anna.berzina@jelgava.lv", "TENTATIVE", "20270110T080100Z")).unwrap();
    let read = c.run(&["poll", "replies", &id, r1.to_str().unwrap(), r2.to_str().unwrap()]);
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    assert!(String::from_utf8_lossy(&read.stderr).contains("2 answers from 2 files: 2 new"));
    let again = c.run(&["poll", "replies", &id, r1.to_str().unwrap(), r2.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("2 already recorded"), "reading twice changes nothing");

    c.ok(&["poll", "answer", &id, "--partner", "Nevers Agglomération", "--option", "1=yes", "--option", "3=no"]);
    let shown = c.json(&["poll", "show", &id]);
    assert_eq!(answers_of(&shown, "Jelgava"), [Value::from("yes"), Value::from("maybe"), Value::Null]);
    assert_eq!(answers_of(&shown, "Nevers Agglomération"), [Value::from("yes"), Value::Null, Value::from("no")]);
    assert_eq!(shown["not_answered"], serde_json::json!(["Fundão"]));
    let text = c.ok(&["poll", "show", &id]);
    assert!(text.contains("Not answered: Fundão"), "{text}");

    let closing = c.path("closing");
    let closed = c.json(&["poll", "close", &id, "--option", "1", "--out", closing.to_str().unwrap()]);
    assert_eq!(closed["meeting"]["uid"].as_str().unwrap(), uids[0]);
    assert_eq!(closed["meeting"]["host_name"], "Jelgava");
    assert_eq!(closed["written"].as_array().unwrap().len(), 3, "the invitation and two releases");
    let invitation = std::fs::read_to_string(closing.join("meeting-invitation.eml")).unwrap();
    assert!(invitation.contains("METHOD:REQUEST") && invitation.contains(&format!("UID:{}", uids[0])));
    let meetings = c.ok(&["meetings", "iotxchange"]);
    assert!(meetings.contains("Transnational meeting 3") && meetings.contains("2027-03-15"), "{meetings}");

    let before = c.snapshot();
    let err = c.fails(&["poll", "answer", &id, "--partner", "fundão", "--option", "2=yes"], 1);
    assert!(err.contains("was closed on option 1"), "{err}");
    let err = c.fails(&["poll", "replies", &id, r1.to_str().unwrap()], 1);
    assert!(err.contains("was closed"), "{err}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn unusable_reply_files_are_each_named_and_nothing_is_recorded() {
    let c = Convene::new();
    let id = poll(&c);
    let out = c.path("invitations");
    c.ok(&["poll", "invite", &id, "--organizer", "joao@cm-fundao.pt", "--out", out.to_str().unwrap()]);
    let uids = uids(&c, &id);
    let good = c.path("good.ics");
    std::fs::write(&good, reply_ics(&uids[0], "anna.berzina@jelgava.lv", "ACCEPTED", "20270110T080000Z")).unwrap();
    let stranger = c.path("stranger.ics");
    std::fs::write(&stranger, reply_ics(&uids[0], "who@example.com", "ACCEPTED", "20270110T080000Z")).unwrap();
    let junk = c.path("junk.eml");
    std::fs::write(&junk, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let before = c.snapshot();
    let err = c.fails(
        &["poll", "replies", &id, good.to_str().unwrap(), stranger.to_str().unwrap(), junk.to_str().unwrap()],
        1,
    );
    assert!(err.contains("stranger.ics: it is from who@example.com, who is not a contact"), "{err}");
    assert!(err.contains("junk.eml: it is neither an e-mail message"), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
    let missing = c.path("missing.eml");
    let err = c
        .fails(&["poll", "replies", &id, good.to_str().unwrap(), missing.to_str().unwrap(), junk.to_str().unwrap()], 1);
    assert!(err.contains("missing.eml: it cannot be read: "), "{err}");
    assert!(err.contains("junk.eml: it is neither"), "a missing file and a bad one are both named: {err}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn malformed_input_exits_with_2_and_what_cannot_be_done_with_1() {
    let c = Convene::new();
    let id = poll(&c);
    let before = c.snapshot();
    let create = |option: &str, extra: &[&str]| {
        let mut args =
            vec!["poll", "create", "iotxchange", "--title", "T", "--kind", "transnational", "--option", option];
        args.extend_from_slice(extra);
        args.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let run = |args: Vec<String>, code: i32| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        c.fails(&refs, code)
    };
    let err = run(create("2027-03-15 10:00/12:00", &[]), 2);
    assert!(err.contains("--tz"), "a time needs a zone: {err}");
    let err = run(create("2027-03-15 12:00/10:00", &["--tz", "Europe/Riga"]), 2);
    assert!(err.contains("options[0] (--option)") && err.contains("not after the start"), "{err}");
    let err = run(create("2027-03-15", &["--tz", "Europe/Atlantis"]), 2);
    assert!(err.contains("not a known IANA time zone"), "{err}");
    let err =
        c.fails(&["poll", "create", "iotxchange", "--title", "T", "--kind", "party", "--option", "2027-03-15"], 2);
    assert!(err.contains("party"), "{err}");
    let err = c.fails(&["poll", "answer", &id, "--partner", "jelgava", "--option", "2=perhaps"], 2);
    assert!(err.contains("2=perhaps"), "{err}");
    let err = c.fails(&["poll", "answer", &id, "--partner", "jelgava", "--option", "7=yes"], 2);
    assert!(err.contains("no option 7"), "{err}");
    let err =
        c.fails(&["poll", "invite", &id, "--organizer", "joao@cm-fundao.pt", "--to", "x@example.org", "--out", "x"], 2);
    assert!(err.contains("not the address of a contact"), "{err}");
    c.fails(&["poll", "show", "999"], 1);
    c.fails(&["poll", "list", "nowhere"], 1);
    assert_eq!(c.snapshot(), before);
}
