//! Files written by an earlier Convene still read the same, and the round trips through
//! the JSON export and through `.convene-plan` files keep every column of every table.
//!
//! The fixtures in `tests/core/fixtures/` were written by commit 8ddf911 (JSON export
//! schema_version 1, `.convene-plan` version 1) from [`common::rich_database`]; see the
//! README there. They are never regenerated: they are what users' files look like.

mod common;

use common::*;
use convene_core::exchange::{export_json, import_json};
use convene_core::plan::*;
use convene_core::Db;

const EXPORT_V1: &str = include_str!("fixtures/export-v1.json");
const EXPORT_V1_TABLES: &str = include_str!("fixtures/export-v1.tables.json");
const PLAN_V1: &str = include_str!("fixtures/plan-v1.convene-plan");

/// Tables of this computer's state about CalDAV/WebDAV servers (migration 0008): accounts
/// without passwords, ETags, sync tokens, conflicts. The JSON export does not carry them
/// on purpose (an ETag from this computer means nothing to another copy of the data, and
/// would make it skip or delete events on publish): docs/sync.md.
fn is_server_state(table: &str) -> bool {
    table.starts_with("dav_")
}

fn without_server_state(
    tables: std::collections::BTreeMap<String, serde_json::Value>,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    tables.into_iter().filter(|(t, _)| !is_server_state(t)).collect()
}

fn imported(text: &str) -> Db {
    let mut db = Db::open_in_memory().unwrap();
    import_json(&mut db, text).unwrap();
    db
}

fn kezmarok_plan(db: &Db) -> i64 {
    db.conn().query_row("SELECT id FROM action_plans WHERE title = 'Smart Kežmarok'", [], |r| r.get(0)).unwrap()
}

/// What was added since the fixtures were written, as an older file imports it: partners
/// without a region (migration 0004) and no recorded days off.
fn with_later_defaults(
    mut tables: std::collections::BTreeMap<String, serde_json::Value>,
) -> std::collections::BTreeMap<String, serde_json::Value> {
    let partners = tables.get_mut("partners").unwrap();
    partners["columns"].as_array_mut().unwrap().push("region".into());
    for row in partners["rows"].as_array_mut().unwrap() {
        row.as_array_mut().unwrap().push("".into());
    }
    for table in ["networks", "action_plans"] {
        let languages = tables.get_mut(table).unwrap();
        languages["columns"].as_array_mut().unwrap().push("language".into());
        for row in languages["rows"].as_array_mut().unwrap() {
            row.as_array_mut().unwrap().push("en".into());
        }
    }
    tables.insert(
        "partner_days_off".into(),
        serde_json::json!({ "columns": ["id", "partner_id", "date", "name"], "rows": [] }),
    );
    tables
}

#[test]
fn a_version_1_export_imports_to_the_same_rows_as_when_it_was_written() {
    let expected: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_str(EXPORT_V1_TABLES).unwrap();
    let db = imported(EXPORT_V1);
    let expected = with_later_defaults(expected);
    let mut actual = dump(&db, true);
    // Tables added since (polls, ...) hold nothing that file could say.
    for (table, rows) in actual.clone() {
        if !expected.contains_key(&table) {
            assert_eq!(rows["rows"], serde_json::json!([]), "{table} is new since version 1 and must stay empty");
            actual.remove(&table);
        }
    }
    assert_same_tables(&expected, &actual);
}

#[test]
fn export_then_import_keeps_every_column_of_every_table() {
    let db = rich_database();
    let copy = imported(&export_json(&db).unwrap());
    assert_same_tables(&without_server_state(dump(&db, false)), &without_server_state(dump(&copy, false)));
}

#[test]
fn server_state_is_not_carried_by_the_export() {
    let mut db = rich_database();
    let network: i64 = db.conn().query_row("SELECT min(id) FROM networks", [], |r| r.get(0)).unwrap();
    let input = convene_core::publish::AccountInput {
        name: "nextcloud".into(),
        url: "https://cloud.example.org".into(),
        user: "coordinator".into(),
        ca_file: None,
    };
    let account = convene_core::publish::add_account(&mut db, input).unwrap();
    convene_core::publish::bind_calendar(&mut db, network, account.id, "/cal/techtown/", "TechTown").unwrap();
    let copy = imported(&export_json(&db).unwrap());
    for (table, rows) in dump(&copy, true) {
        if is_server_state(&table) {
            assert_eq!(rows["rows"], serde_json::json!([]), "{table} must not travel in the export");
        }
    }
    assert!(!export_json(&db).unwrap().contains("cloud.example.org"));
}

#[test]
fn the_rich_database_holds_every_kind_of_record() {
    let db = rich_database();
    for table in table_names(&db).into_iter().filter(|t| !is_server_state(t)) {
        let rows: i64 = db.conn().query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| r.get(0)).unwrap();
        assert!(rows > 0, "the table {table} is empty in the test database; add such records to rich_database");
    }
}

/// Everything a `.convene-plan` file carries about the plan, as this database holds it:
/// identity, every revision with its content, the parts, and the comments.
fn plan_as_received(db: &Db, plan_id: i64) -> serde_json::Value {
    let plan = get_plan(db, plan_id).unwrap();
    let doc = load_plan_document(db, plan_id).unwrap();
    let revisions: Vec<_> = list_revisions(db, plan_id)
        .unwrap()
        .into_iter()
        .map(|r| {
            let content = revision_content(db, plan_id, r.number).unwrap();
            serde_json::json!({ "revision": r, "content": content })
        })
        .collect();
    let comments: Vec<_> = list_comments(db, plan_id, true)
        .unwrap()
        .into_iter()
        .map(|c| serde_json::json!([c.section_key, c.author, c.text, c.created_at, c.resolved_at, c.resolved_by]))
        .collect();
    let parts: Vec<(String, String)> = db
        .conn()
        .prepare("SELECT hash, body FROM plan_parts WHERE plan_id = ?1 ORDER BY hash")
        .unwrap()
        .query_map([plan_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let uuids: Vec<String> = db
        .conn()
        .prepare("SELECT uuid FROM plan_comments WHERE plan_id = ?1 ORDER BY id")
        .unwrap()
        .query_map([plan_id], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    serde_json::json!({
        "uuid": doc.uuid,
        "title": plan.title,
        "summary": plan.summary,
        "status": plan.status,
        "adoption_date": plan.adoption_date,
        "partner": plan.partner_name,
        "revisions": revisions,
        "head": [doc.sections, doc.actions, doc.indicators, doc.risks],
        "comments": comments,
        "comment_uuids": uuids,
        "parts": parts,
    })
}

/// A database holding the fixture's networks and partners but not the plan.
fn without_the_plan(plan_id: i64) -> Db {
    let mut db = imported(EXPORT_V1);
    delete_plan(&mut db, plan_id).unwrap();
    db
}

#[test]
fn a_version_1_plan_file_is_received_whole() {
    let source = imported(EXPORT_V1);
    let plan_id = kezmarok_plan(&source);
    let mut db = without_the_plan(plan_id);
    let report = receive_plan(&mut db, PLAN_V1).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::Created);
    assert_eq!(plan_as_received(&db, report.plan_id), plan_as_received(&source, plan_id));
}

#[test]
fn send_then_receive_keeps_every_revision_part_and_comment() {
    let source = imported(EXPORT_V1);
    let plan_id = kezmarok_plan(&source);
    let mut db = without_the_plan(plan_id);
    let report = receive_plan(&mut db, &send_plan(&source, plan_id).unwrap()).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::Created);
    assert_eq!(plan_as_received(&db, report.plan_id), plan_as_received(&source, plan_id));
    assert_eq!(
        send_plan(&db, report.plan_id).unwrap(),
        send_plan(&source, plan_id).unwrap(),
        "sending the received copy gives the same file"
    );
}
