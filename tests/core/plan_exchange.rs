//! Exchanging `.convene-plan` files between two partners' databases: a newer copy fast-forwards,
//! changes to different sections merge, the same section changed on both sides is a conflict
//! that overwrites nothing until settled, unknown plans are created in their network, bad files
//! are refused with nothing saved, and history, review and comments travel with the plan.

mod common;

use common::gavle_plan::*;
use convene_core::exchange::{export_json, import_json};
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::plan::exchange::parse_plan_file;
use convene_core::plan::*;
use convene_core::search::{search, HitKind};
use convene_core::store::MIGRATIONS;
use convene_core::Db;

/// Our database and a partner's, holding the same plan (the partner imported our JSON).
fn two_machines() -> (Fixture, Db) {
    let f = gavle_plan();
    let mut theirs = Db::open_in_memory().unwrap();
    import_json(&mut theirs, &export_json(&f.db).unwrap()).unwrap();
    set_author(&mut theirs, "Lead expert").unwrap();
    (f, theirs)
}

fn body(db: &Db, plan_id: i64, key: &str) -> String {
    load_plan_document(db, plan_id).unwrap().sections.into_iter().find(|s| s.key == key).unwrap().body
}

fn revision_count(db: &Db, plan_id: i64) -> usize {
    list_revisions(db, plan_id).unwrap().len()
}

#[test]
fn a_newer_copy_fast_forwards_and_the_same_file_twice_changes_nothing() {
    let (mut ours, mut theirs) = two_machines();
    let plan = ours.plan_id;
    save_section(&mut theirs, plan, "vision", "Their vision", None).unwrap();
    save_section(&mut theirs, plan, "risks", "Their risks", None).unwrap();
    let file = send_plan(&theirs, plan).unwrap();

    let report = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!((report.outcome, report.added_revisions), (ReceiveOutcome::FastForward, 2));
    assert_eq!(body(&ours.db, plan, "vision"), "Their vision");
    assert_eq!(load_plan_document(&ours.db, plan).unwrap().revision.author, "Lead expert");
    let snapshot = export_json(&ours.db).unwrap();
    let again = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!((again.outcome, again.added_revisions), (ReceiveOutcome::AlreadyUpToDate, 0));
    assert_eq!(export_json(&ours.db).unwrap(), snapshot, "receiving the same file twice changes nothing");

    // Their old file after we moved on: nothing changes.
    save_section(&mut ours.db, plan, "funding", "Our funding", None).unwrap();
    let older = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!(older.outcome, ReceiveOutcome::OursNewer);
    assert_eq!(body(&ours.db, plan, "funding"), "Our funding");
}

#[test]
fn changes_to_different_sections_merge_without_conflict() {
    let (mut ours, mut theirs) = two_machines();
    let plan = ours.plan_id;
    save_section(&mut ours.db, plan, "vision", "Our vision", None).unwrap();
    save_section(&mut theirs, plan, "risks", "Their risks", None).unwrap();
    let their_action =
        add_action(&mut theirs, plan, action("Hackathon", "", Some("500"), &[])).unwrap().item_id.unwrap();

    let report = receive_plan(&mut ours.db, &send_plan(&theirs, plan).unwrap()).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::Merged, "{}", report.message);
    assert!(report.conflicts.is_empty());
    assert_eq!(body(&ours.db, plan, "vision"), "Our vision");
    assert_eq!(body(&ours.db, plan, "risks"), "Their risks");
    let doc = load_plan_document(&ours.db, plan).unwrap();
    assert_eq!(doc.actions.len(), 1);
    assert_eq!(doc.actions[0].id, their_action);
    assert_eq!(doc.revision.kind, RevisionKind::Merge);

    // Sending our merge back: their copy fast-forwards to the merged plan, and back again
    // nothing is left to do.
    let report = receive_plan(&mut theirs, &send_plan(&ours.db, plan).unwrap()).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::FastForward);
    assert_eq!(body(&theirs, plan, "vision"), "Our vision");
    let back = receive_plan(&mut ours.db, &send_plan(&theirs, plan).unwrap()).unwrap();
    assert_eq!(back.outcome, ReceiveOutcome::AlreadyUpToDate);
}

#[test]
fn the_same_section_changed_on_both_sides_is_a_conflict_and_nothing_is_overwritten() {
    let (mut ours, mut theirs) = two_machines();
    let plan = ours.plan_id;
    save_section(&mut ours.db, plan, "vision", "Our vision of Gävle", None).unwrap();
    save_section(&mut ours.db, plan, "funding", "Our funding", None).unwrap();
    save_section(&mut theirs, plan, "vision", "Their vision of Gävle", None).unwrap();
    save_section(&mut theirs, plan, "monitoring", "Their monitoring", None).unwrap();
    let file = send_plan(&theirs, plan).unwrap();

    let report = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::MergedWithConflicts);
    assert_eq!(report.conflicts.len(), 1);
    let conflict = &report.conflicts[0];
    assert_eq!((conflict.item_key.as_str(), conflict.label.as_str()), ("vision", "Vision and objectives"));
    assert_eq!(conflict.ours_text.as_deref(), Some("Our vision of Gävle"));
    assert_eq!(conflict.their_text.as_deref(), Some("Their vision of Gävle"));
    assert_eq!(conflict.base_text.as_deref(), Some(""));
    assert!(report.message.contains("Vision and objectives"), "{}", report.message);
    // Ours is kept until the user chooses; the other side's one-sided change came in.
    assert_eq!(body(&ours.db, plan, "vision"), "Our vision of Gävle");
    assert_eq!(body(&ours.db, plan, "monitoring"), "Their monitoring");
    assert_eq!(body(&ours.db, plan, "funding"), "Our funding");
    assert_eq!(load_plan_document(&ours.db, plan).unwrap().open_conflicts.len(), 1);

    // The same file again: nothing new, no second conflict.
    let count = revision_count(&ours.db, plan);
    assert_eq!(receive_plan(&mut ours.db, &file).unwrap().added_revisions, 0);
    assert_eq!(revision_count(&ours.db, plan), count);
    assert_eq!(list_conflicts(&ours.db, plan).unwrap().len(), 1);

    // The user merges the two texts by hand.
    let merged = "Our and their vision of Gävle";
    let saved =
        exchange::resolve_conflict(&mut ours.db, conflict.id, ConflictChoice::Merged { text: merged.into() }).unwrap();
    assert_eq!(saved.revision.kind, RevisionKind::Resolve);
    assert_eq!(body(&ours.db, plan, "vision"), merged);
    assert!(list_conflicts(&ours.db, plan).unwrap().is_empty());
    assert!(exchange::resolve_conflict(&mut ours.db, conflict.id, ConflictChoice::Ours).is_err(), "settled once");
}

#[test]
fn a_conflict_can_be_settled_with_their_text_and_rows_conflict_too() {
    let (mut ours, mut theirs) = two_machines();
    let plan = ours.plan_id;
    let id = add_action(&mut ours.db, plan, action("Coding club", "", Some("100"), &[])).unwrap().item_id.unwrap();
    // Share the action first, so both sides start from it.
    receive_plan(&mut theirs, &send_plan(&ours.db, plan).unwrap()).unwrap();
    update_action(&mut ours.db, plan, &id, action("Coding club", "", Some("150"), &[])).unwrap();
    update_action(&mut theirs, plan, &id, action("Coding club", "", Some("175"), &[])).unwrap();
    save_section(&mut ours.db, plan, "context", "Ours", None).unwrap();
    save_section(&mut theirs, plan, "context", "Theirs", None).unwrap();

    let report = receive_plan(&mut ours.db, &send_plan(&theirs, plan).unwrap()).unwrap();
    let keys: Vec<&str> = report.conflicts.iter().map(|c| c.item_key.as_str()).collect();
    assert_eq!(keys, ["context".to_string(), format!("action:{id}")]);
    assert_eq!(load_plan_document(&ours.db, plan).unwrap().actions[0].cost, Some(d("150")));

    exchange::resolve_conflict_by_key(&mut ours.db, plan, "context", ConflictChoice::Theirs).unwrap();
    exchange::resolve_conflict_by_key(&mut ours.db, plan, &format!("action:{id}"), ConflictChoice::Theirs).unwrap();
    let doc = load_plan_document(&ours.db, plan).unwrap();
    assert_eq!(doc.sections[0].body, "Theirs");
    assert_eq!(doc.actions[0].cost, Some(d("175")));
    assert!(doc.open_conflicts.is_empty());
}

#[test]
fn an_unknown_plan_is_created_in_its_network_and_a_missing_network_is_refused() {
    let (ours, mut theirs) = two_machines();
    let new_plan = create_plan(
        &mut theirs,
        ours.network_id,
        ActionPlanInput {
            partner_id: None,
            title: "Network-wide plan".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();
    save_section(&mut theirs, new_plan.id, "vision", "Shared vision", None).unwrap();
    let file = send_plan(&theirs, new_plan.id).unwrap();
    let mut ours_db = ours.db;
    let report = receive_plan(&mut ours_db, &file).unwrap();
    assert_eq!((report.outcome, report.added_revisions), (ReceiveOutcome::Created, 2));
    assert_eq!(body(&ours_db, report.plan_id, "vision"), "Shared vision");
    assert_eq!(receive_plan(&mut ours_db, &file).unwrap().outcome, ReceiveOutcome::AlreadyUpToDate);

    let mut elsewhere = Db::open_in_memory().unwrap();
    let err = receive_plan(&mut elsewhere, &file).unwrap_err();
    assert_eq!(
        err.to_string(),
        "this plan belongs to the network TechTown, which is not in this database; import that network first"
    );
}

#[test]
fn malformed_foreign_newer_or_invalid_files_are_refused_and_nothing_is_saved() {
    let (mut ours, theirs) = two_machines();
    let plan = ours.plan_id;
    let good: serde_json::Value = serde_json::from_str(&send_plan(&theirs, plan).unwrap()).unwrap();
    let before = export_json(&ours.db).unwrap();
    let refused = |db: &mut Db, text: &str, expect: &str| {
        let err = receive_plan(db, text).unwrap_err();
        assert!(err.to_string().contains(expect), "expected \"{expect}\" in: {err}");
    };
    refused(&mut ours.db, "{ not json", "not valid JSON");
    refused(&mut ours.db, r#"{"format":"ical","version":1}"#, "its format is \"ical\"");
    refused(&mut ours.db, r#"{"format":"convene","schema_version":1}"#, "whole-database export");
    let mut newer = good.clone();
    newer["version"] = (convene_core::plan::exchange::VERSION + 1).into();
    refused(&mut ours.db, &newer.to_string(), "newer version of Convene");
    let mut no_title = good.clone();
    no_title["revisions"][0]["snapshot"]["sections"][0]["title"] = "".into();
    refused(&mut ours.db, &no_title.to_string(), "sections[context].title: must not be empty");
    let mut bad_money = good.clone();
    bad_money["parts"]["bad"] = serde_json::json!({
        "id": "7d6f5a4e-2c1b-4a3d-9e8f-0a1b2c3d4e5f", "title": "X", "cost": "1.005", "status": "planned"
    });
    bad_money["revisions"][0]["snapshot"]["actions"] = serde_json::json!(["bad"]);
    refused(&mut ours.db, &bad_money.to_string(), "more than two decimals");
    let mut missing_part = good.clone();
    missing_part["revisions"][0]["snapshot"]["sections"][0]["body_part"] = "0000".into();
    refused(&mut ours.db, &missing_part.to_string(), "refers to the part 0000, which is not in the file");
    let mut orphan = good.clone();
    orphan["revisions"][0]["parent_uuid"] = "00000000-0000-4000-8000-000000000000".into();
    refused(&mut ours.db, &orphan.to_string(), "not earlier in the file");
    // A side revision that the file's latest revision does not descend from.
    let mut stray = good.clone();
    let first = stray["revisions"][0].clone();
    let (mut side, mut head) = (first.clone(), first.clone());
    side["uuid"] = "11111111-2222-4333-8444-555555555555".into();
    side["parent_uuid"] = first["uuid"].clone();
    head["uuid"] = "66666666-7777-4888-8999-000000000000".into();
    head["parent_uuid"] = first["uuid"].clone();
    stray["revisions"].as_array_mut().unwrap().extend([side, head]);
    refused(&mut ours.db, &stray.to_string(), "is not in the history of its latest revision");
    let mut unknown_field = good.clone();
    unknown_field["colour"] = "red".into();
    refused(&mut ours.db, &unknown_field.to_string(), "colour");
    assert_eq!(export_json(&ours.db).unwrap(), before, "no refused file changed anything");
    assert!(parse_plan_file(&good.to_string()).is_ok());
}

#[test]
fn the_whole_database_json_carries_plan_history_and_review() {
    let mut f = gavle_plan();
    save_section(&mut f.db, f.plan_id, "vision", "Vision", None).unwrap();
    add_action(&mut f.db, f.plan_id, action("Coding club", "Skills", Some("10.50"), &[(FundingSource::EsfPlus, "5")]))
        .unwrap();
    add_comment(
        &mut f.db,
        f.plan_id,
        CommentInput { section_key: "vision".into(), author: "Peer".into(), text: "Nice".into() },
    )
    .unwrap();
    set_plan_status(&mut f.db, f.plan_id, PlanStatus::InReview, None).unwrap();
    let text = export_json(&f.db).unwrap();
    let mut copy = Db::open_in_memory().unwrap();
    import_json(&mut copy, &text).unwrap();
    assert_eq!(export_json(&copy).unwrap(), text);
    let a = load_plan_document(&f.db, f.plan_id).unwrap();
    let b = load_plan_document(&copy, f.plan_id).unwrap();
    assert_eq!(a, b);
    assert_eq!(get_author(&copy).unwrap().name, "Anna Lindqvist");
}

#[test]
fn plans_that_existed_before_drafting_get_their_sections_and_revision_1_on_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let mut old = Db::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
        let network = create_network(&mut old, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap();
        old.conn()
            .execute(
                "INSERT INTO action_plans (network_id, title, summary, status, created_at, updated_at)
                 VALUES (?1, 'Oulu plan', 'Oulu''s data platform.', 'final', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
                [network.id],
            )
            .unwrap();
    }
    let mut db = Db::open(&path).unwrap();
    let plan_id: i64 = db.conn().query_row("SELECT id FROM action_plans", [], |r| r.get(0)).unwrap();
    let doc = load_plan_document(&db, plan_id).unwrap();
    assert_eq!(doc.sections.len(), 9);
    assert_eq!(doc.sections[0].body, "Oulu's data platform.");
    assert_eq!((doc.revision.number, doc.revision.kind), (1, RevisionKind::Created));
    assert_eq!(
        revision_content(&db, plan_id, 1).unwrap().sections,
        doc.sections,
        "the snapshot made in SQL reads as PlanContent"
    );
    assert!(uuid::Uuid::parse_str(&doc.uuid).is_ok());
    assert_eq!(search(&db, "platform", 5).unwrap()[0].kind, HitKind::Plan);
    // And the upgraded plan works like any other.
    assert!(save_section(&mut db, plan_id, "vision", "A smarter Oulu", None).unwrap().created);
}

#[test]
fn partners_who_import_the_same_pages_hold_the_same_plans_and_can_merge_them() {
    let pages = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples-data/urbact-network-pages.txt"))
        .unwrap();
    let options = convene_core::urbact::ImportOptions::default();
    let mut ours = Db::open_in_memory().unwrap();
    let mut theirs = Db::open_in_memory().unwrap();
    convene_core::urbact::import_urbact(&mut ours, &pages, &options).unwrap();
    convene_core::urbact::import_urbact(&mut theirs, &pages, &options).unwrap();
    let network = convene_core::network::find_network(&ours, "IoTXchange").unwrap();
    let plans: Vec<ActionPlan> =
        list_plans(&ours, network.id).unwrap().into_iter().filter(|p| p.partner_name.is_some()).collect();
    assert!(!plans.is_empty());
    for p in &plans {
        let doc = load_plan_document(&ours, p.id).unwrap();
        assert_eq!(doc.sections[0].body, p.summary, "the imported summary is the context's first text");
        assert_eq!(doc.revision.number, 1);
    }
    let plan = plans[0].id;
    let their_plan = find_plan(&theirs, &format!("iotxchange/{}", plans[0].partner_name.clone().unwrap())).unwrap().id;
    save_section(&mut ours, plan, "vision", "Ours", None).unwrap();
    save_section(&mut theirs, their_plan, "risks", "Theirs", None).unwrap();
    let report = receive_plan(&mut ours, &send_plan(&theirs, their_plan).unwrap()).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::Merged, "{}", report.message);
    assert_eq!(report.plan_id, plan, "the same plan, not a second one");
    assert_eq!((body(&ours, plan, "vision"), body(&ours, plan, "risks")), ("Ours".to_string(), "Theirs".to_string()));
}

#[test]
fn saves_from_two_connections_queue_and_every_one_becomes_a_revision() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let plan_id = {
        let mut db = Db::open(&path).unwrap();
        let network = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
        create_plan(
            &mut db,
            network.id,
            ActionPlanInput {
                partner_id: None,
                title: "Shared".into(),
                summary: String::new(),
                status: PlanStatus::Draft,
            },
        )
        .unwrap()
        .id
    };
    let writers: Vec<_> = ["vision", "risks"]
        .into_iter()
        .map(|key| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut db = Db::open_migrated(&path).unwrap();
                for i in 0..25 {
                    save_section(&mut db, plan_id, key, &format!("{key} {i}"), None).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let db = Db::open(&path).unwrap();
    let numbers: Vec<i64> = list_revisions(&db, plan_id).unwrap().iter().rev().map(|r| r.number).collect();
    assert_eq!(numbers, (1..=51).collect::<Vec<_>>());
    assert_eq!(body(&db, plan_id, "vision"), "vision 24");
    assert_eq!(body(&db, plan_id, "risks"), "risks 24");
}

#[test]
fn comments_travel_with_the_plan_and_arrive_once() {
    let (mut ours, mut theirs) = two_machines();
    let plan = ours.plan_id;
    let mine = add_comment(
        &mut ours.db,
        plan,
        CommentInput { section_key: "vision".into(), author: "Anna".into(), text: "Shorter?".into() },
    )
    .unwrap();
    receive_plan(&mut theirs, &send_plan(&ours.db, plan).unwrap()).unwrap();
    // The lead expert reads it on their machine, resolves it and adds one.
    let there = list_comments(&theirs, plan, true).unwrap();
    assert_eq!(
        (there.len(), there[0].text.as_str(), there[0].created_at.as_str()),
        (1, "Shorter?", mine.created_at.as_str())
    );
    resolve_comment(&mut theirs, there[0].id, "").unwrap();
    add_comment(
        &mut theirs,
        plan,
        CommentInput { section_key: "funding".into(), author: String::new(), text: "Which ERDF call?".into() },
    )
    .unwrap();

    let file = send_plan(&theirs, plan).unwrap();
    let report = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!((report.added_comments, report.resolved_comments), (1, 1));
    assert!(report.message.contains("1 new comment, 1 comment resolved"), "{}", report.message);
    let here = list_comments(&ours.db, plan, true).unwrap();
    assert_eq!(here.len(), 2);
    assert_eq!(here[0].resolved_by.as_deref(), Some("Lead expert"));
    assert_eq!((here[1].author.as_str(), here[1].section_key.as_str()), ("Lead expert", "funding"));
    let again = receive_plan(&mut ours.db, &file).unwrap();
    assert_eq!((again.added_comments, again.resolved_comments), (0, 0));
    assert_eq!(again.message, "\"Gävle digital jobs plan\" is already up to date: nothing changed");
    assert_eq!(list_comments(&ours.db, plan, true).unwrap().len(), 2, "a comment arrives once");
}

/// A plan row has one type: what a form sends to add an action is an `Action` whose id
/// the plan gives (an id sent along is not taken), and an update keeps the row's id.
#[test]
fn the_plan_gives_a_rows_id_and_keeps_it() {
    let mut f = gavle_plan();
    let mut sent = action("Coding club", "", Some("100"), &[]);
    sent.id = "00000000-0000-4000-8000-000000000001".into();
    let id = add_action(&mut f.db, f.plan_id, sent.clone()).unwrap().item_id.unwrap();
    assert_ne!(id, sent.id);
    let mut changed = sent.clone();
    changed.id = "00000000-0000-4000-8000-000000000002".into();
    changed.title = "Coding club for girls".into();
    update_action(&mut f.db, f.plan_id, &id, changed).unwrap();
    let doc = load_plan_document(&f.db, f.plan_id).unwrap();
    assert_eq!((doc.actions[0].id.as_str(), doc.actions[0].title.as_str()), (id.as_str(), "Coding club for girls"));
    let from_form: Action = serde_json::from_str(r#"{"title": "Without id", "status": "idea"}"#).unwrap();
    let id = add_action(&mut f.db, f.plan_id, from_form).unwrap().item_id.unwrap();
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
}
