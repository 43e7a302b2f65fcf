//! Publishing's local side without a server (`convene_core::publish`): a meeting as its
//! calendar resource (the export's bytes, stable while unchanged), taking a server's
//! version whatever its SEQUENCE, and settling conflicts either way, as the next publish
//! then sees them.

mod common;

use std::collections::{HashMap, HashSet};

use common::iotxchange::Net;
use convene_core::ical::export::{export_meetings, ExportOptions};
use convene_core::meeting::*;
use convene_core::publish::*;

const UID: &str = "kickoff-2027@partner.example";

fn kickoff(sequence: u32, summary: &str, start: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{UID}\r\nSEQUENCE:{sequence}\r\n\
         DTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT2H\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

fn only_resource(net: &Net) -> LocalResource {
    let mut all = local_resources(&net.db, net.id).unwrap();
    assert_eq!(all.len(), 1);
    all.remove(0)
}

#[test]
fn a_meeting_is_published_as_the_export_writes_it_and_the_same_while_unchanged() {
    let mut net = Net::new();
    let text = kickoff(0, "Kick-off", "20270310T080000Z");
    convene_core::ical::import::import_ics(&mut net.db, net.id, &text).unwrap();
    let resource = only_resource(&net);
    let meeting = net.meeting(UID);
    let stamp = chrono::DateTime::parse_from_rfc3339(&meeting.updated_at).unwrap().with_timezone(&chrono::Utc);
    let export = export_meetings(std::slice::from_ref(&meeting), &ExportOptions::new("IoTXchange", stamp));
    assert_eq!(resource.text, export.text, "one writer: the resource is the export's bytes");
    assert_eq!(only_resource(&net), resource, "unchanged, the same bytes and fingerprint");
    assert_eq!(resource_name(UID), "kickoff-2027%40partner.example.ics");
}

#[test]
fn a_server_change_is_taken_even_without_a_higher_sequence_and_says_what_changed() {
    let mut net = Net::new();
    convene_core::ical::import::import_ics(&mut net.db, net.id, &kickoff(3, "Kick-off", "20270310T080000Z")).unwrap();
    let before = net.meeting(UID);
    // A calendar program moved it and kept SEQUENCE as it was (many do).
    let moved = kickoff(3, "Kick-off in Riga", "20270311T080000Z");
    let applied = accept_remote(&mut net.db, net.id, &moved).unwrap();
    assert_eq!(applied.len(), 1);
    let after = net.meeting(UID);
    assert_eq!(after.title, "Kick-off in Riga");
    assert!(after.sequence > before.sequence, "the sequence still grows: {} -> {}", before.sequence, after.sequence);
    let changes = applied[0].changes.join("; ");
    assert!(changes.contains("time:") && changes.contains("title:"), "{changes}");
    assert!(!applied[0].created);
    assert_eq!(applied[0].fingerprint, only_resource(&net).fingerprint);
}

#[test]
fn an_event_created_on_the_server_becomes_a_meeting() {
    let mut net = Net::new();
    let applied = accept_remote(&mut net.db, net.id, &kickoff(0, "Site visit", "20270501T070000Z")).unwrap();
    assert!(applied[0].created);
    assert_eq!(net.meeting(UID).title, "Site visit");
}

fn conflict_of(net: &mut Net, remote: Option<String>) -> i64 {
    let local = only_resource(net);
    remember(
        &net.db,
        net.id,
        &Remembered {
            uid: UID.into(),
            href: "/cal/k.ics".into(),
            etag: Some("\"e1\"".into()),
            fingerprint: local.fingerprint.clone(),
            from_series: false,
        },
    )
    .unwrap();
    record_conflict(
        &net.db,
        net.id,
        &NewConflict {
            uid: UID.into(),
            href: "/cal/k.ics".into(),
            title: local.title.clone(),
            local_ics: Some(local.text),
            remote_ics: remote,
            remote_etag: Some("\"e2\"".into()),
        },
    )
    .unwrap();
    list_conflicts(&net.db, Some(net.id)).unwrap()[0].id
}

fn bound(net: &mut Net) {
    let account = add_account(
        &mut net.db,
        AccountInput {
            name: "cloud".into(),
            url: "https://cloud.example.org/dav".into(),
            user: "anna".into(),
            ca_file: None,
        },
    )
    .unwrap();
    bind_calendar(&mut net.db, net.id, account.id, "/cal/", "IoTXchange").unwrap();
}

fn next_writes(net: &Net) -> Vec<Write> {
    let in_conflict: HashSet<String> =
        list_conflicts(&net.db, Some(net.id)).unwrap().into_iter().map(|c| c.uid).collect();
    let remembered: HashMap<String, Remembered> = remembered(&net.db, net.id).unwrap();
    plan_writes("/cal/", &local_resources(&net.db, net.id).unwrap(), &remembered, &in_conflict)
}

#[test]
fn keeping_local_makes_the_next_publish_write_over_the_servers_version_with_its_etag() {
    let mut net = Net::new();
    bound(&mut net);
    convene_core::ical::import::import_ics(&mut net.db, net.id, &kickoff(0, "Kick-off", "20270310T080000Z")).unwrap();
    let id = conflict_of(&mut net, Some(kickoff(1, "Kick-off (server)", "20270310T090000Z")));
    assert!(next_writes(&net).is_empty(), "nothing is written while the conflict is open");
    resolve_conflict(&mut net.db, id, Keep::Local).unwrap();
    assert_eq!(net.meeting(UID).title, "Kick-off", "the local version stays");
    assert_eq!(
        next_writes(&net),
        vec![Write::Update { uid: UID.into(), href: "/cal/k.ics".into(), etag: Some("\"e2\"".into()) }]
    );
    assert!(list_conflicts(&net.db, None).unwrap().is_empty());
}

#[test]
fn keeping_remote_takes_the_servers_version_or_its_deletion() {
    let mut net = Net::new();
    bound(&mut net);
    convene_core::ical::import::import_ics(&mut net.db, net.id, &kickoff(0, "Kick-off", "20270310T080000Z")).unwrap();
    let id = conflict_of(&mut net, Some(kickoff(0, "Kick-off (server)", "20270310T090000Z")));
    resolve_conflict(&mut net.db, id, Keep::Remote).unwrap();
    assert_eq!(net.meeting(UID).title, "Kick-off (server)");
    assert!(next_writes(&net).is_empty(), "what the server has is what is here: nothing to write");

    let id = conflict_of(&mut net, None);
    resolve_conflict(&mut net.db, id, Keep::Remote).unwrap();
    assert!(find_meeting(&net.db, UID).is_err(), "deleted on the server, deleted here");
    assert!(next_writes(&net).is_empty());
}

#[test]
fn an_account_never_holds_a_password_and_a_bad_address_is_refused() {
    let mut net = Net::new();
    let bad = add_account(
        &mut net.db,
        AccountInput { name: "x".into(), url: "cloud.example.org".into(), user: "anna".into(), ca_file: None },
    );
    assert!(matches!(bad, Err(convene_core::Error::Invalid { ref field, .. }) if field == "url"), "{bad:?}");
    let missing_ca = add_account(
        &mut net.db,
        AccountInput {
            name: "x".into(),
            url: "https://cloud.example.org".into(),
            user: "anna".into(),
            ca_file: Some("/nonexistent/ca.pem".into()),
        },
    );
    assert!(matches!(missing_ca, Err(convene_core::Error::Invalid { ref field, .. }) if field == "ca_file"));
    let columns: Vec<String> = net
        .db
        .conn()
        .prepare("SELECT name FROM pragma_table_info('dav_accounts')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|c| c.unwrap())
        .collect();
    assert!(!columns.iter().any(|c| c.contains("pass") || c.contains("secret")), "{columns:?}");
}
