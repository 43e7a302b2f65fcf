//! Running the URBACT page importer safely: importing again changes nothing and says so, a
//! second import adds only what is missing and keeps edits, a dry run writes nothing, files
//! that are not such pages are refused without touching the database, an error part way
//! rolls the whole import back, the import nests in a caller's transaction, and the report
//! serializes with its summary.

mod common;

use common::dump;
use common::urbact_pages::*;
use convene_core::meeting;
use convene_core::network;
use convene_core::urbact::{import_urbact, import_urbact_bytes, import_urbact_file, ImportOptions, WarningKind};
use convene_core::Db;

#[test]
fn importing_again_changes_nothing_and_says_so() {
    let (mut db, first) = imported(ImportOptions::default());
    let before = dump(&db, true);
    let again = import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap();
    assert_eq!(dump(&db, true), before);
    assert!(!again.changed);
    assert_eq!(again.created.total(), 0);
    assert_eq!(again.skipped_existing, first.created);
    assert!(
        again.summary.starts_with("Nothing changed: everything in this file is already in the database."),
        "{}",
        again.summary
    );
    // The file's own problems are still reported; what the first import did is not repeated.
    let kinds: Vec<WarningKind> = again.warnings.iter().map(|w| w.kind).collect();
    assert!(kinds.contains(&WarningKind::OutOfSequence) && kinds.contains(&WarningKind::CountryConflict));
    assert!(!kinds.contains(&WarningKind::PartnerAdded) && !kinds.contains(&WarningKind::InferredCountry));
}

#[test]
fn a_second_import_adds_only_what_is_missing_and_keeps_edits() {
    let (mut db, _) = imported(ImportOptions::default());
    let t = net(&db, "TechTown");
    let mut input = network::NetworkInput::from(&t);
    input.description = "Edited by the coordinator".into();
    network::update_network(&mut db, t.id, input).unwrap();
    let gone = meetings(&db, "IoTXchange").into_iter().find(|m| m.title == "Final Meeting").unwrap();
    meeting::delete_meeting(&mut db, gone.id).unwrap();
    let again = import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap();
    assert!(again.changed);
    assert_eq!(again.created.total(), 1);
    assert_eq!(again.created.meetings, 1);
    assert!(again.summary.starts_with("Created 1 meeting."), "{}", again.summary);
    assert_eq!(net(&db, "TechTown").description, "Edited by the coordinator");
    let back = find(&meetings(&db, "IoTXchange"), "Final Meeting").clone();
    assert_eq!(back.host_name.as_deref(), Some("Fundão"));
    assert_ne!(back.uid, gone.uid);
}

#[test]
fn a_dry_run_writes_nothing_and_reports_what_it_would_do() {
    let mut db = Db::open_in_memory().unwrap();
    let before = dump(&db, true);
    let dry = import_urbact(&mut db, &pages(), &ImportOptions { start_year: None, dry_run: true }).unwrap();
    assert_eq!(dump(&db, true), before);
    assert!(dry.dry_run && dry.changed);
    let (_, real) = imported(ImportOptions::default());
    assert_eq!(dry.created, real.created);
    assert_eq!(dry.warnings, real.warnings);
    assert!(dry.summary.starts_with("Dry run, nothing saved: would create 4 networks, 35 partners"), "{}", dry.summary);

    import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap();
    let saved = dump(&db, true);
    let dry_again = import_urbact(&mut db, &pages(), &ImportOptions { start_year: Some(2019), dry_run: true }).unwrap();
    assert_eq!(dump(&db, true), saved);
    assert!(!dry_again.changed);
    assert!(dry_again.summary.starts_with("Nothing would change"), "{}", dry_again.summary);
}

#[test]
fn files_that_are_not_pages_are_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let mut db = Db::open(&path).unwrap();
    import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap();
    let before = dump(&db, true);

    let texts: [(&str, &str); 6] = [
        ("", "empty"),
        ("\n   \n\t\n", "empty"),
        ("<!DOCTYPE html>\n<html><head><title>Shop</title></head><body><p>Ref nid</p></body></html>\n", "HTML"),
        ("Minutes of the local group\n\nWe met on 3 May.\n", "Ref nid"),
        ("• Shopping list\n    milk\n    bread\n    Ref nid\n", "none of the file's 1 record"),
        ("abc\u{1}\u{2}def\nRef nid\n", "binary"),
    ];
    for (text, says) in texts {
        let err = import_urbact(&mut db, text, &ImportOptions::default()).unwrap_err();
        assert_eq!(err.code(), "bad_input", "{text:?}");
        assert!(err.to_string().contains(says), "{text:?}: {err}");
        assert!(err.to_string().contains("Nothing was imported"), "{err}");
        assert_eq!(dump(&db, true), before, "{text:?}");
    }
    let bytes: [(&[u8], &str); 4] = [
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", "binary"),
        (b"\xff\xfeT\x00e\x00c\x00h\x00", "binary"),
        (b"caf\xe9 in Gen\xe8ve\nRef nid\n", "not UTF-8"),
        (b"\xe2\x80\xa2 TechTown\n\n    LEAD PARTNER Barnsley\xff\n    Ref nid\n", "line 3"),
    ];
    for (raw, says) in bytes {
        let err = import_urbact_bytes(&mut db, raw, &ImportOptions::default()).unwrap_err();
        assert_eq!(err.code(), "bad_input");
        assert!(err.to_string().contains(says), "{err}");
        assert_eq!(dump(&db, true), before);
    }
    let err = import_urbact_file(&mut db, dir.path().join("missing.txt"), &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code(), "bad_input");
    assert!(err.to_string().contains("missing.txt"), "{err}");
    drop(db);
    let db = Db::open(&path).unwrap();
    assert_eq!(dump(&db, true), before);
}

#[test]
fn an_error_part_way_rolls_back_the_whole_import() {
    let mut db = Db::open_in_memory().unwrap();
    let too_long = "N".repeat(250);
    let text = format!("{}\n• {too_long}\n    Lead Partner : Perugia - Italy\n    Ref nid\n", pages().trim_end());
    let err = import_urbact(&mut db, &text, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code(), "bad_input");
    assert!(err.to_string().contains("line 342"), "{err}");
    assert!(err.to_string().contains("is 250 characters long; the limit is 200"), "{err}");
    for table in ["networks", "partners", "meetings", "milestones", "action_plans", "practices", "import_notes"] {
        assert_eq!(count(&db, &format!("SELECT count(*) FROM {table}")), 0, "{table}");
    }
    // The connection is usable afterwards, and the same import without the bad page works.
    assert!(import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap().changed);
}

#[test]
fn the_import_nests_inside_a_callers_transaction() {
    let mut db = Db::open_in_memory().unwrap();
    db.conn().execute_batch("BEGIN").unwrap();
    let report = import_urbact(&mut db, &pages(), &ImportOptions::default()).unwrap();
    assert!(report.changed);
    assert_eq!(count(&db, "SELECT count(*) FROM networks"), 4);
    db.conn().execute_batch("ROLLBACK").unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM networks"), 0);
}

#[test]
fn the_report_serializes_with_its_summary() {
    let (_, report) = imported(ImportOptions::default());
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["summary"], report.summary);
    assert_eq!(json["created"]["partners"], 35);
    assert_eq!(json["warnings"][0]["line"], 3);
    assert_eq!(json["warnings"][0]["kind"], "inferred_country");
}
