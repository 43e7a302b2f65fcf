//! JSON export and import of a whole database: a round trip through an empty database loses
//! nothing (ids, UIDs, sequences, timestamps, order, references, source references), and a
//! file that is not an export, is newer than the app, or breaks a rule changes nothing.

mod common;

use common::*;
use convene_core::exchange::{self, export_all, export_json, import_all, import_json, parse_export};
use convene_core::import_note::list_import_notes;
use convene_core::meeting::*;
use convene_core::milestone::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::plan::*;
use convene_core::practice::*;
use convene_core::search::search;
use convene_core::{Db, Error};

fn import_into_fresh(text: &str) -> Db {
    let mut fresh = Db::open_in_memory().unwrap();
    import_json(&mut fresh, text).unwrap();
    fresh
}

#[test]
fn export_import_export_gives_the_same_json() {
    let db = rich_database();
    let first = export_json(&db).unwrap();
    let fresh = import_into_fresh(&first);
    let second = export_json(&fresh).unwrap();
    assert_eq!(first, second);

    let data = export_all(&db).unwrap();
    assert_eq!(data.format, "convene");
    assert_eq!(data.schema_version, exchange::SCHEMA_VERSION);
    assert_eq!(data.networks.len(), 3);
    assert_eq!(data.networks[0].network.id, 2, "ids keep their gaps");
    let contact_ids: Vec<i64> = data.networks[0].partners.iter().flat_map(|p| &p.contacts).map(|c| c.id).collect();
    assert_eq!(contact_ids, [1, 3]);
    assert_eq!(data.networks[0].meetings.len(), 6, "five meetings and the one a poll was closed on");
    assert_eq!(data.networks[0].polls.len(), 2);
    assert_eq!(data.practices.len(), 2);
    assert_eq!(data.import_notes.len(), 1);
    assert_eq!(data.networks[0].import_notes.len(), 1);
}

#[test]
fn the_imported_database_reads_the_same_through_the_core_api() {
    let db = rich_database();
    let fresh = import_into_fresh(&export_json(&db).unwrap());
    let networks = list_networks(&db).unwrap();
    assert_eq!(networks, list_networks(&fresh).unwrap());
    for n in &networks {
        assert_eq!(get_network(&db, n.id).unwrap(), get_network(&fresh, n.id).unwrap());
        assert_eq!(list_partners(&db, n.id).unwrap(), list_partners(&fresh, n.id).unwrap());
        assert_eq!(list_milestones(&db, n.id).unwrap(), list_milestones(&fresh, n.id).unwrap());
        assert_eq!(list_plans(&db, n.id).unwrap(), list_plans(&fresh, n.id).unwrap());
        assert_eq!(list_import_notes(&db, Some(n.id)).unwrap(), list_import_notes(&fresh, Some(n.id)).unwrap());
        let meetings = list_meetings(&db, n.id, DateRange::default()).unwrap();
        assert_eq!(meetings, list_meetings(&fresh, n.id, DateRange::default()).unwrap());
        for m in meetings {
            assert_eq!(get_meeting(&db, m.id).unwrap(), get_meeting(&fresh, m.id).unwrap());
        }
    }
    for p in list_practices(&db).unwrap() {
        assert_eq!(get_practice(&db, p.id).unwrap(), get_practice(&fresh, p.id).unwrap());
    }

    let iot = find_network(&fresh, "iotxchange").unwrap();
    let kickoff = list_meetings(&fresh, iot.id, DateRange::default())
        .unwrap()
        .into_iter()
        .find(|m| m.title == "Kick-off in Fundão")
        .unwrap();
    let kickoff = get_meeting(&fresh, kickoff.id).unwrap();
    assert_eq!(kickoff.sequence, 1);
    let titles: Vec<&str> = kickoff.agenda.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["Welcome", "Zebra: last by name, second in order", "Apple: first by name, third in order"]);
    assert_eq!(kickoff.attendance.len(), 3);
    match &kickoff.schedule {
        Schedule::Timed { time_zone, start_local, .. } => {
            assert_eq!(time_zone, "Europe/Lisbon");
            assert_eq!(*start_local, dt("2027-03-10 10:00"));
        }
        other => panic!("expected a timed meeting, got {other:?}"),
    }
    assert_eq!(iot.created_at, "2019-05-01T08:00:00Z");
    assert_eq!(
        iot.lead_partner_id,
        db.conn().query_row("SELECT lead_partner_id FROM networks WHERE id = ?1", [iot.id], |r| r.get(0)).unwrap()
    );

    let hits = search(&fresh, "Kezmarok", 20).unwrap();
    assert!(hits.iter().any(|h| h.title == "Kežmarok"), "the search index is rebuilt: {hits:?}");
    let source: Option<String> =
        fresh.conn().query_row("SELECT source_ref FROM networks WHERE id = ?1", [iot.id], |r| r.get(0)).unwrap();
    assert_eq!(source.as_deref(), Some("urbact:nid:101"));
}

#[test]
fn new_records_after_an_import_get_fresh_ids() {
    let db = rich_database();
    let mut fresh = import_into_fresh(&export_json(&db).unwrap());
    let iot = find_network(&fresh, "IoTXchange").unwrap();
    let before: i64 = fresh.conn().query_row("SELECT max(id) FROM partners", [], |r| r.get(0)).unwrap();
    let added = create_partner(&mut fresh, iot.id, partner("Ånge", "SE", PartnerRole::Partner)).unwrap();
    assert!(added.id > before);
    let m = create_meeting(
        &mut fresh,
        iot.id,
        meeting(
            "Later",
            MeetingKind::Other,
            None,
            ScheduleInput::AllDay { first: date("2030-01-01"), last: date("2030-01-01") },
        ),
    )
    .unwrap();
    assert!(export_all(&db).unwrap().networks.iter().flat_map(|n| &n.meetings).all(|old| old.uid != m.uid));
}

#[test]
fn an_empty_database_round_trips() {
    let db = Db::open_in_memory().unwrap();
    let text = export_json(&db).unwrap();
    let mut fresh = Db::open_in_memory().unwrap();
    let summary = import_json(&mut fresh, &text).unwrap();
    assert_eq!(summary.summary(), "imported nothing: the file holds no data");
    assert_eq!(export_json(&fresh).unwrap(), text);
}

#[test]
fn the_summary_counts_what_was_written() {
    let db = rich_database();
    let mut fresh = Db::open_in_memory().unwrap();
    let s = import_json(&mut fresh, &export_json(&db).unwrap()).unwrap();
    assert_eq!((s.networks, s.partners, s.contacts, s.local_group_members), (3, 5, 2, 1));
    assert_eq!((s.meetings, s.agenda_items, s.attendance, s.polls), (6, 3, 4, 2));
    assert_eq!((s.milestones, s.action_plans, s.practices, s.import_notes), (1, 2, 2, 2));
    assert!(s.summary().starts_with("imported 3 networks, 5 partners, 2 contacts"), "{}", s.summary());
    let polish = s.message().render(convene_core::i18n::Locale::Pl);
    assert!(
        polish.starts_with("zaimportowano: 3 sieci, 5 miast partnerskich, 2 kontakty, 1 osoba z grupy"),
        "{polish}"
    );
    assert!(polish.contains("2 ankiety"), "{polish}");
}

#[test]
fn a_database_that_holds_data_is_refused_and_unchanged() {
    let db = rich_database();
    let text = export_json(&db).unwrap();
    let mut target = Db::open_in_memory().unwrap();
    create_network(&mut target, NetworkInput::named("Already here", NetworkKind::Other)).unwrap();
    let before = export_json(&target).unwrap();
    let err = import_json(&mut target, &text).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("already holds data (1 network)"), "{message}");
    assert!(message.contains("--db"), "says how to proceed: {message}");
    assert_eq!(export_json(&target).unwrap(), before);
}

fn assert_refused_and_empty(text: &str, expect: &str) {
    let mut db = Db::open_in_memory().unwrap();
    let err = import_json(&mut db, text).unwrap_err();
    assert!(err.to_string().contains(expect), "expected \"{expect}\" in: {err}");
    let empty = export_json(&Db::open_in_memory().unwrap()).unwrap();
    assert_eq!(export_json(&db).unwrap(), empty, "nothing may be written after: {err}");
}

#[test]
fn files_that_are_not_exports_or_are_newer_are_refused() {
    let text = export_json(&rich_database()).unwrap();
    assert_refused_and_empty("", "not valid JSON");
    assert_refused_and_empty(&text[..text.len() / 2], "not valid JSON");
    assert_refused_and_empty("<html><body>TechTown</body></html>", "not valid JSON");
    assert_refused_and_empty(r#"{"networks": []}"#, "no \"format\" field");
    assert_refused_and_empty(r#"{"format": "ical", "schema_version": 1}"#, "not a Convene export");
    let newer = text.replacen(
        &format!("\"schema_version\": {}", exchange::SCHEMA_VERSION),
        &format!("\"schema_version\": {}", exchange::SCHEMA_VERSION + 1),
        1,
    );
    assert_refused_and_empty(&newer, "newer version of Convene");
    let extra = text.replacen("\"slug\":", "\"colour\": \"red\",\n      \"slug\":", 1);
    assert_refused_and_empty(&extra, "colour");

    let mut data = parse_export(&text).unwrap();
    data.schema_version = 7;
    let mut db = Db::open_in_memory().unwrap();
    assert!(import_all(&mut db, &data).unwrap_err().to_string().contains("newer version"));
}

#[test]
fn a_bad_value_deep_in_the_file_rolls_everything_back() {
    let text = export_json(&rich_database()).unwrap();
    let mut data = parse_export(&text).unwrap();
    // The last network is reached only after the first two were written.
    let last = data.networks.len() - 1;
    data.networks[last].partners.push(PartnerRecordBuilder::atlantis());
    let mut db = Db::open_in_memory().unwrap();
    let err = import_all(&mut db, &data).unwrap_err();
    assert_eq!(err.field(), Some(format!("networks[{last}].partners[0].time_zone").as_str()), "{err}");
    assert!(list_networks(&db).unwrap().is_empty());
    assert!(list_practices(&db).unwrap().is_empty());

    let bad = |edit: &dyn Fn(&mut exchange::Export), field: &str| {
        let mut data = parse_export(&text).unwrap();
        edit(&mut data);
        let mut db = Db::open_in_memory().unwrap();
        let err = import_all(&mut db, &data).unwrap_err();
        assert_eq!(err.field(), Some(field), "{err}");
        assert!(list_networks(&db).unwrap().is_empty(), "{field}: nothing saved");
    };
    bad(
        &|d| d.networks[0].partners[0].contacts[0].email = "asa at gavle".into(),
        "networks[0].partners[0].contacts[0].email",
    );
    bad(&|d| d.networks[0].partners[1].country = "Atlantis".into(), "networks[0].partners[1].country");
    bad(&|d| d.networks[1].partners[0].id = d.networks[0].partners[0].id, "networks[1].partners[0].id");
    bad(&|d| d.networks[1].network.slug = d.networks[0].network.slug.clone(), "networks[1].slug");
    bad(&|d| d.networks[0].network.name = "   ".into(), "networks[0].name");
    bad(
        &|d| d.networks[0].meetings[1].host_partner_id = Some(d.networks[1].partners[0].id),
        "networks[0].meetings[1].host_partner_id",
    );
    bad(&|d| d.networks[0].network.lead_partner_id = Some(9999), "networks[0].lead_partner_id");
    bad(
        &|d| {
            let uid = d.networks[0].meetings[0].uid.clone();
            d.networks[0].meetings[1].uid = uid;
        },
        "networks[0].meetings[1].uid",
    );
    bad(
        &|d| {
            if let Schedule::Timed { start, end, .. } = &mut d.networks[0].meetings[0].schedule {
                *end = *start;
            }
        },
        "networks[0].meetings[0].schedule.end",
    );
    bad(&|d| d.practices[0].network_ids.push(12345), "practices[0].network_ids");
    bad(&|d| d.networks[0].network.created_at = "yesterday".into(), "networks[0].created_at");
}

struct PartnerRecordBuilder;

impl PartnerRecordBuilder {
    fn atlantis() -> Partner {
        Partner {
            id: 777,
            network_id: 0,
            name: "Atlantis".into(),
            country: "GR".into(),
            region: String::new(),
            role: PartnerRole::Partner,
            time_zone: "Europe/Atlantis".into(),
            population: None,
            notes: String::new(),
            created_at: "2020-01-01T00:00:00Z".into(),
            updated_at: "2020-01-01T00:00:00Z".into(),
            contacts: vec![],
            local_group: vec![],
        }
    }
}

#[test]
fn the_example_in_the_documentation_imports() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/json.md")).unwrap();
    let example = doc.rsplit("```json").next().unwrap().split("```").next().unwrap();
    let mut db = Db::open_in_memory().unwrap();
    let summary = import_json(&mut db, example).unwrap();
    assert_eq!((summary.networks, summary.partners, summary.contacts, summary.meetings), (1, 2, 1, 1));
    let m = get_meeting(&db, 2).unwrap();
    match m.schedule {
        Schedule::Timed { start_local, .. } => {
            assert_eq!(start_local, dt("2021-06-08 10:00"), "07:00 UTC is 10:00 in Riga")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(m.attendance.len(), 2);
    assert_eq!(m.agenda[0].lead_partner_id, Some(2));
}

/// Unknown fields are refused wherever they are, also inside records the document nests
/// with `flatten` (a network's own fields, a plan's, a revision's), where serde alone
/// would drop them; the error names the place.
#[test]
fn an_unknown_field_deep_in_the_file_is_refused_with_its_place() {
    let text = export_json(&rich_database()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let places: [&[&str]; 5] = [
        &["networks", "0"],
        &["networks", "0", "partners", "0", "contacts", "0"],
        &["networks", "0", "meetings", "0", "schedule"],
        &["networks", "0", "action_plans", "0"],
        &["networks", "0", "action_plans", "0", "revisions", "1"],
    ];
    for place in places {
        let mut changed = value.clone();
        let mut at = &mut changed;
        for step in place {
            at = match step.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*step],
            };
        }
        at["colour"] = "red".into();
        let expected = format!(
            "{}.colour",
            place.iter().enumerate().fold(String::new(), |path, (i, step)| {
                match step.parse::<usize>() {
                    Ok(n) => format!("{path}[{n}]"),
                    Err(_) if i == 0 => step.to_string(),
                    Err(_) => format!("{path}.{step}"),
                }
            })
        );
        assert_refused_and_empty(&changed.to_string(), &format!("unknown field `{expected}`"));
    }
}

/// An export is read through the same insert functions as the window's forms: what a form
/// accepts and how it saves it (a country written as a name is kept as its code, the rule
/// that a meeting ends after it starts with the form's wording) holds for a file too.
#[test]
fn a_file_passes_the_rules_of_the_forms() {
    let text = export_json(&rich_database()).unwrap();
    let mut data = parse_export(&text).unwrap();
    data.networks[0].partners[0].country = "Sweden".into();
    let mut db = Db::open_in_memory().unwrap();
    import_all(&mut db, &data).unwrap();
    assert_eq!(get_partner(&db, data.networks[0].partners[0].id).unwrap().country, "SE");

    let mut data = parse_export(&text).unwrap();
    if let Schedule::Timed { start, end, .. } = &mut data.networks[0].meetings[0].schedule {
        *end = *start - chrono::Duration::hours(1);
    }
    let mut db = Db::open_in_memory().unwrap();
    let from_file = import_all(&mut db, &data).unwrap_err();
    let network = create_network(&mut db, NetworkInput::named("Form", NetworkKind::Other)).unwrap();
    let from_form = create_meeting(
        &mut db,
        network.id,
        meeting(
            "Backwards",
            MeetingKind::Other,
            None,
            ScheduleInput::Timed {
                start_local: dt("2027-03-10 12:00"),
                end_local: dt("2027-03-10 11:00"),
                time_zone: "Europe/Riga".into(),
            },
        ),
    )
    .unwrap_err();
    match (&from_file, &from_form) {
        (Error::Invalid { field: file_field, reason: file_reason }, Error::Invalid { field, reason }) => {
            assert_eq!(file_field, &format!("networks[0].meetings[0].schedule.{field}"));
            assert_eq!(file_reason, reason);
        }
        other => panic!("expected two field errors, got {other:?}"),
    }
}

/// The derived values a record carries for screens (a host's name, local times, an
/// attendee's name) are written for readers and not read back: changing them in a file
/// changes nothing.
#[test]
fn derived_values_in_a_file_are_not_read_back() {
    let db = rich_database();
    let text = export_json(&db).unwrap();
    let mut data = parse_export(&text).unwrap();
    let m = &mut data.networks[0].meetings[0];
    m.host_name = Some("Somebody else".into());
    m.network_id = 999;
    if let Schedule::Timed { start_local, .. } = &mut m.schedule {
        *start_local = dt("1999-01-01 00:00");
    }
    for a in &mut m.attendance {
        a.name = "Renamed".into();
    }
    let mut fresh = Db::open_in_memory().unwrap();
    import_all(&mut fresh, &data).unwrap();
    assert_eq!(export_json(&fresh).unwrap(), text);
}
