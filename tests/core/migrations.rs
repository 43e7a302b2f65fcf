//! The rules that keep a coordinator's database safe across versions of Convene: a fresh
//! file is created at the current schema; opening again changes nothing; an older file is
//! upgraded with its data kept and a copy taken first; a file from a newer Convene, or a
//! file that is not a Convene database, is refused and left byte-for-byte as it was.

use convene_core::network::{create_network, list_networks, NetworkInput, NetworkKind};
use convene_core::store::{MIGRATIONS, SCHEMA_VERSION};
use convene_core::{Db, Error};
use rusqlite::Connection;

fn version_of(path: &std::path::Path) -> i64 {
    Connection::open(path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

#[test]
fn a_fresh_database_is_created_at_the_current_version_with_its_pragmas() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/convene.db");
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    let mode: String = db.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let fk: i64 = db.conn().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    let timeout: i64 = db.conn().query_row("PRAGMA busy_timeout", [], |r| r.get(0)).unwrap();
    assert_eq!((mode.as_str(), fk), ("wal", 1));
    assert!(timeout > 0);
    assert!(db.backup_taken().is_none(), "an empty new file needs no copy");
}

#[test]
fn opening_again_keeps_the_data_and_takes_no_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let mut db = Db::open(&path).unwrap();
        create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    }
    let db = Db::open(&path).unwrap();
    assert_eq!(list_networks(&db).unwrap()[0].name, "TechTown");
    assert!(db.backup_taken().is_none());
    let copies = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".bak"))
        .count();
    assert_eq!(copies, 0);
}

/// The next version of the schema, as a later Convene would ship it.
fn with_next_version(extra_sql: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut list = MIGRATIONS.to_vec();
    list.push(("9999_next.sql", extra_sql));
    list
}

#[test]
fn upgrading_keeps_data_and_takes_a_copy_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let mut db = Db::open(&path).unwrap();
        create_network(&mut db, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap();
    }
    let next = with_next_version("ALTER TABLE networks ADD COLUMN budget_eur INTEGER;");
    let db = Db::open_with_migrations(&path, &next).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION + 1);
    assert_eq!(list_networks(&db).unwrap()[0].name, "DigiPlace");
    let copy = db.backup_taken().expect("a copy is taken before migrating a file with data");
    assert_eq!(version_of(copy), SCHEMA_VERSION);
    let copied: String =
        Connection::open(copy).unwrap().query_row("SELECT name FROM networks", [], |r| r.get(0)).unwrap();
    assert_eq!(copied, "DigiPlace");
    drop(db);
    let again = Db::open_with_migrations(&path, &next).unwrap();
    assert!(again.backup_taken().is_none(), "a second open migrates nothing");
}

#[test]
fn a_failing_migration_leaves_the_previous_version_and_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let mut db = Db::open(&path).unwrap();
        create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    }
    let broken = with_next_version(
        "ALTER TABLE networks ADD COLUMN x INTEGER; DROP TABLE partners; SELECT * FROM no_such_table;",
    );
    let err = Db::open_with_migrations(&path, &broken).unwrap_err();
    assert!(err.to_string().contains("9999_next.sql"), "{err}");
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(list_networks(&db).unwrap()[0].name, "TechTown");
    let partners: i64 = db.conn().query_row("SELECT count(*) FROM partners", [], |r| r.get(0)).unwrap();
    assert_eq!(partners, 0, "the partners table is still there");
}

#[test]
fn a_database_from_a_newer_convene_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let mut db = Db::open(&path).unwrap();
        create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning)).unwrap();
    }
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let files_before: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();

    let err = Db::open(&path).unwrap_err();
    assert!(matches!(err, Error::IncompatibleDatabase { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("newer version of Convene") && message.contains("not changed"), "{message}");

    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is byte-for-byte the same");
    let files_after: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(files_after, files_before, "no -wal, -shm or copy was left beside it");
}

#[test]
fn a_file_that_is_not_a_convene_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "Kick-off meeting in June (Basingstoke)\n").unwrap();
    let err = Db::open(&text).unwrap_err();
    assert!(err.to_string().contains("not a Convene database"), "{err}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "Kick-off meeting in June (Basingstoke)\n");

    let other = dir.path().join("other.db");
    Connection::open(&other).unwrap().execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);").unwrap();
    let before = std::fs::read(&other).unwrap();
    assert!(Db::open(&other).unwrap_err().to_string().contains("not a Convene database"));
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn the_online_backup_is_a_working_database_with_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let mut db = Db::open(&path).unwrap();
    create_network(&mut db, NetworkInput::named("Find your Greatness", NetworkKind::ActionPlanning)).unwrap();
    let copy = dir.path().join("backup.db");
    db.backup_to(&copy).unwrap();
    let restored = Db::open(&copy).unwrap();
    assert_eq!(list_networks(&restored).unwrap()[0].name, "Find your Greatness");
    assert!(db.backup_to(&path).is_err(), "backing up onto itself is refused");
    assert!(db.backup_to(dir.path().join("missing/folder/b.db")).is_err());
}

#[test]
fn a_schema_2_database_gains_the_milestone_kind_done_and_precision_and_keeps_its_milestones() {
    use convene_core::milestone::{list_milestones, DatePrecision, MilestoneKind};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let network_id = {
        let mut db = Db::open_with_migrations(&path, &MIGRATIONS[..2]).unwrap();
        assert_eq!(db.schema_version().unwrap(), 2);
        let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap();
        db.conn()
            .execute(
                "INSERT INTO milestones (network_id, date, title, description, source_ref)
                 VALUES (?1, '2020-05-07', 'Phase 2 approved', 'Über alles', 'urbact:iot:milestone:2')",
                [network.id],
            )
            .unwrap();
        network.id
    };
    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(db.backup_taken().is_some(), "a file with data is copied before it is migrated");
    let milestones = list_milestones(&db, network_id).unwrap();
    assert_eq!(milestones.len(), 1);
    let m = &milestones[0];
    assert_eq!((m.title.as_str(), m.description.as_str()), ("Phase 2 approved", "Über alles"));
    assert_eq!(m.date.to_string(), "2020-05-07");
    assert_eq!((m.kind, m.precision, m.done), (MilestoneKind::Other, DatePrecision::Day, false));
    assert_eq!(m.source_ref.as_deref(), Some("urbact:iot:milestone:2"));
}

#[test]
fn a_schema_3_database_keeps_every_record_gains_holidays_and_polls_and_is_searchable_by_prefix() {
    use convene_core::partner::list_partners;
    use convene_core::search::{search, HitKind};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let tables = ["networks", "partners", "meetings", "action_plans", "plan_sections", "practices"];
    let count = |db: &Db, table: &str| -> i64 {
        db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
    };
    let (network_id, before) = {
        let mut db = Db::open_with_migrations(&path, &MIGRATIONS[..3]).unwrap();
        assert_eq!(db.schema_version().unwrap(), 3);
        let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning)).unwrap();
        let now = "2026-11-30T10:00:00Z";
        db.conn()
            .execute_batch(&format!(
                "INSERT INTO partners (network_id, name, country, role, time_zone, created_at, updated_at)
                 VALUES ({id}, 'Jelgava', 'LV', 'lead_partner', 'Europe/Riga', '{now}', '{now}');
                 INSERT INTO meetings (uid, network_id, kind, title, mode, status, schedule_kind, undated_year,
                    created_at, updated_at)
                 VALUES ('kick-off@iotx', {id}, 'kick_off', 'Kick-off in Jelgava', 'in_person', 'tentative',
                    'undated', 2027, '{now}', '{now}');
                 INSERT INTO action_plans (network_id, partner_id, title, summary, status, created_at, updated_at)
                 VALUES ({id}, (SELECT id FROM partners), 'Jelgava smart city plan', '', 'draft', '{now}', '{now}');
                 INSERT INTO plan_sections (plan_id, position, key, title, body)
                 VALUES ((SELECT id FROM action_plans), 0, 'context', 'Context', 'Broadband for every school');
                 INSERT INTO practices (title, tagline, city, created_at, updated_at)
                 VALUES ('Sensor lab', 'Citizens measure the air', 'Fundão', '{now}', '{now}');",
                id = network.id
            ))
            .unwrap();
        let before: Vec<i64> = tables.iter().map(|t| count(&db, t)).collect();
        (network.id, before)
    };

    let db = Db::open(&path).unwrap();
    assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(db.backup_taken().is_some(), "a file with data is copied before it is migrated");
    let after: Vec<i64> = tables.iter().map(|t| count(&db, t)).collect();
    assert_eq!(after, before, "every record of {tables:?} is kept");
    let partners = list_partners(&db, network_id).unwrap();
    assert_eq!((partners[0].name.as_str(), partners[0].region.as_str()), ("Jelgava", ""), "no region yet");
    for table in ["partner_days_off", "polls"] {
        assert_eq!(count(&db, table), 0, "{table} exists and is empty");
    }
    // The search index was rebuilt with its prefix indexes from the tables themselves.
    let found = |text: &str, kind: HitKind| search(&db, text, 50).unwrap().iter().any(|h| h.kind == kind);
    assert!(found("j", HitKind::Partner), "one letter finds the partner");
    assert!(found("kick", HitKind::Meeting));
    assert!(found("broadb", HitKind::Plan), "a plan's section text");
    assert!(found("sens", HitKind::Practice));
}
