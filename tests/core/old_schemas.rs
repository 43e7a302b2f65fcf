//! Databases of every released schema, made by that release's own `convene` command line
//! (tests/core/fixtures/schemas/: README.md says which commit made each and how), opened
//! by today's Convene: upgraded to the current schema with every record kept, a failed
//! upgrade leaves the file usable at a schema it had, and a file from a newer Convene is
//! refused naming both versions and left byte for byte as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use convene_core::search::{search, HitKind, SEARCH_LIMIT};
use convene_core::store::{MIGRATIONS, SCHEMA_VERSION};
use convene_core::{exchange, Db, Error};
use rusqlite::Connection;

/// The released schemas: the state of main at the end of each past session.
const RELEASED: &[i64] = &[1, 2, 3, 6, 9, 10, 11, 12];

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/core/fixtures/schemas/schema-{version}.db"))
}

/// A copy of a fixture in a temporary folder (the committed file is never opened for writing).
fn copy_of(version: i64, dir: &Path) -> PathBuf {
    let path = dir.join(format!("schema-{version}.db"));
    std::fs::copy(fixture(version), &path).unwrap();
    path
}

/// Rows per table (full-text index tables aside: migrations rebuild them).
fn counts(path: &Path) -> BTreeMap<String, i64> {
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'search_titles%' AND name NOT LIKE 'sqlite_%'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    tables
        .into_iter()
        .map(|t| {
            let n = conn.query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0)).unwrap();
            (t, n)
        })
        .collect()
}

fn version_of(path: &Path) -> i64 {
    Connection::open(path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

/// What each release's commands wrote, as today's JSON export shows it.
fn spot_check(version: i64, db: &Db) {
    let all = exchange::export_json(db).unwrap();
    let mut expected = vec![
        "TechTown Ålliance",
        "Digital jobs in mid-sized cities",
        "Lead: Näringslivskontoret",
        "Europe/Warsaw",
        "Nevers Agglomération",
        "Rådhuset, Gävle",
        "EC1 Łódź, Science and Art Centre",
        "https://meet.example/tt",
        "Où et quand: à confirmer",
        "after the summer",
    ];
    if version >= 2 {
        expected.extend([
            "Young people **stay** in Gävle: 500 digital jobs by 2030.",
            "Agreed by the local group, 12 March.",
            "Coding school",
            "Makerspace pilot",
            "Young people trained",
            "The ERDF call closes early",
            "Which firms?",
            "Steering group",
            "Webinar: open data in Võru",
        ]);
    }
    if version >= 3 {
        expected.extend(["Mid-term review", "Local group of Võru"]);
    }
    if version >= 6 {
        expected.extend(["Riigipüha in Võru", "Transnational meeting Nr. 3"]);
    }
    for text in expected {
        assert!(all.contains(&text.replace('\n', "\\n")), "schema {version}: {text:?} is missing after the upgrade");
    }
    if version >= 9 {
        let conn = db.conn();
        let one = |sql: &str| -> String { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(one("SELECT language FROM networks WHERE slug = 'techtown-alliance'"), "fr", "schema {version}");
        assert_eq!(
            one("SELECT language FROM action_plans WHERE title = 'Digital jobs in Gävle'"),
            "de",
            "schema {version}"
        );
        assert_eq!(one("SELECT name || ' ' || username FROM dav_accounts"), "gavle-nextcloud coordinator");
        assert_eq!(one("SELECT display_name FROM dav_calendars"), "TechTown Ålliance", "schema {version}");
        assert_eq!(one("SELECT title FROM dav_conflicts"), "Online touch-base (Gävle's time)", "schema {version}");
        assert!(all.contains("Online touch-base (Gävle's time)"), "schema {version}: the local side of the conflict");
    }
}

#[test]
fn every_released_schema_opens_at_the_current_one_with_every_record() {
    for &version in RELEASED {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of(version, dir.path());
        assert_eq!(version_of(&path), version, "the fixture of schema {version} is at that schema");
        let before = counts(&path);
        assert!(before["networks"] >= 5 && before["meetings"] >= 30, "schema {version}: {before:?}");
        let db = Db::open(&path).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
        let ok: String = db.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
        let broken: i64 =
            db.conn().query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
        assert_eq!(broken, 0);
        spot_check(version, &db);
        drop(db);
        let after = counts(&path);
        for (table, rows) in &before {
            assert_eq!(after.get(table), Some(rows), "schema {version}: rows of {table} before and after the upgrade");
        }
        if version < SCHEMA_VERSION {
            let copy = db_backup_name(&path, version);
            assert_eq!(counts(&copy), before, "schema {version}: the copy taken before upgrading holds everything");
        }
    }
}

/// The search index rebuilt by the upgrade (migrations 0011 and 0012 re-make it from what
/// it kept of every row) holds one row per record and finds each record by its name or
/// title; a meeting's row no longer keeps the meeting's text (0012), and a meeting found
/// by a word of its venue or description shows that text around the word.
#[test]
fn after_the_upgrade_search_finds_every_record_of_each_released_schema() {
    for &version in RELEASED {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(copy_of(version, dir.path())).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        let records: i64 = db
            .conn()
            .query_row(
                "SELECT (SELECT count(*) FROM networks) + (SELECT count(*) FROM partners)
                      + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM action_plans)
                      + (SELECT count(*) FROM plan_sections) + (SELECT count(*) FROM practices)
                      + (SELECT count(*) FROM practice_sections)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let indexed: i64 = db.conn().query_row("SELECT count(*) FROM search_index", [], |r| r.get(0)).unwrap();
        assert_eq!(indexed, records, "schema {version}: one index row per record");
        let named: Vec<(HitKind, i64, String)> = db
            .conn()
            .prepare(
                "SELECT 'network', id, name FROM networks UNION ALL SELECT 'partner', id, name FROM partners
                 UNION ALL SELECT 'meeting', id, title FROM meetings",
            )
            .unwrap()
            .query_map([], |r| {
                let kind = match r.get::<_, String>(0)?.as_str() {
                    "network" => HitKind::Network,
                    "partner" => HitKind::Partner,
                    _ => HitKind::Meeting,
                };
                Ok((kind, r.get(1)?, r.get(2)?))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(named.len() >= 40, "schema {version}: {} records with a name", named.len());
        let kept: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM search_index WHERE kind = 'meeting' AND shown_body IS NOT NULL", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(kept, 0, "schema {version}: the index keeps no meeting's text");
        let (id, venue): (i64, String) = db
            .conn()
            .query_row("SELECT id, venue FROM meetings WHERE length(venue) > 3 ORDER BY id LIMIT 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        let hits = search(&db, &venue, 1000).unwrap();
        let hit = hits.iter().find(|h| h.kind == HitKind::Meeting && h.id == id);
        assert!(
            hit.is_some_and(|h| h.snippet.contains(&venue)),
            "schema {version}: the meeting {id} found by its venue {venue:?} shows it: {hit:?}"
        );
        for (kind, id, name) in named {
            let hits = search(&db, &name, SEARCH_LIMIT).unwrap();
            assert!(
                hits.iter().any(|h| h.kind == kind && h.id == id),
                "schema {version}: searching for {name:?} finds the {kind:?} {id}: {hits:?}"
            );
        }
        let lodz = search(&db, "lodz", SEARCH_LIMIT).unwrap();
        assert!(lodz.iter().any(|h| h.title.contains("Łódź")), "schema {version}: words found without their accents");
    }
}

fn db_backup_name(path: &Path, version: i64) -> PathBuf {
    path.with_file_name(format!("{}.before-v{}.bak", path.file_name().unwrap().to_string_lossy(), version + 1))
}

#[test]
fn an_upgrade_that_fails_leaves_each_released_schema_usable_with_every_record() {
    let mut failing = MIGRATIONS.to_vec();
    failing.push(("9999_fails.sql", "ALTER TABLE networks ADD COLUMN x TEXT; SELECT * FROM no_such_table;"));
    for &version in RELEASED {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of(version, dir.path());
        let before = counts(&path);
        let Err(err) = Db::open_with_migrations(&path, &failing) else { panic!("the last migration fails") };
        assert!(err.to_string().contains("no_such_table"), "schema {version}: {err}");
        assert_eq!(version_of(&path), SCHEMA_VERSION, "each migration is its own transaction: all but the failed one");
        let columns: Vec<String> = Connection::open(&path)
            .unwrap()
            .prepare("SELECT name FROM pragma_table_info('networks')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(!columns.contains(&"x".to_string()), "the failed migration left nothing half done");
        let db = Db::open(&path).unwrap_or_else(|e| panic!("schema {version} after a failed upgrade: {e}"));
        spot_check(version, &db);
        drop(db);
        let after = counts(&path);
        for (table, rows) in &before {
            assert_eq!(after.get(table), Some(rows), "schema {version}: {table}");
        }
    }
}

#[test]
fn a_database_from_a_newer_convene_is_refused_naming_both_versions_and_left_byte_identical() {
    let newer = SCHEMA_VERSION + 1;
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of(6, dir.path());
    Db::open(&path).unwrap();
    Connection::open(&path).unwrap().execute_batch(&format!("PRAGMA user_version = {newer}")).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    let files = listing(dir.path());
    let Err(err) = Db::open(&path) else { panic!("a newer file is refused") };
    assert!(matches!(err, Error::IncompatibleDatabase { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains(&format!("schema {newer}")), "names the file's version: {message}");
    assert!(message.contains(&format!("reads up to {SCHEMA_VERSION}")), "names this version's: {message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file is byte-identical");
    let made: Vec<String> = listing(dir.path()).into_iter().filter(|f| !files.contains(f)).collect();
    assert!(made.iter().all(|f| f.ends_with("-shm") || f.ends_with("-wal")), "no copy was made beside it: {made:?}");
    let wal = dir.path().join("schema-6.db-wal");
    assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0, "nothing was written to its journal");
}
