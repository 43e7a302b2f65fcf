//! A bug (a panic) in a command: caught, logged with its time to the log file, said to the
//! person as "Convene hit an internal error: ... The details are in FILE.", and nothing of
//! the command's unfinished write saved. The window runs every command through
//! `catch_panic` (src-tauri/src/state.rs); the command line too (src-tauri/cli/src/main.rs).
//!
//! One test function: the panic hook is the whole process's.

use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::panic_report::{catch_panic, install, write_entry};
use convene_core::Db;

#[test]
fn a_panic_is_caught_logged_with_its_time_and_said_plainly_and_its_write_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("data/convene-errors.log");
    install(log.clone(), true);

    let mut db = Db::open(dir.path().join("convene.db")).unwrap();
    create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    let before = chrono::Utc::now() - chrono::Duration::seconds(1);
    let err = catch_panic(|| {
        let tx = db.conn_mut().transaction().unwrap();
        tx.execute("UPDATE networks SET name = 'half-written'", []).unwrap();
        std::hint::black_box(None::<u8>).expect("a value the bug forgot");
    })
    .unwrap_err();
    let said = err.to_string();
    assert_eq!(
        said,
        format!(
            "Convene hit an internal error: a value the bug forgot. The details are in {}; please send that file with a report.",
            log.display()
        )
    );
    let name: String = db.conn().query_row("SELECT name FROM networks", [], |r| r.get(0)).unwrap();
    assert_eq!(name, "TechTown", "the panicking command's write was rolled back");

    let text = std::fs::read_to_string(&log).unwrap();
    let first = text.lines().next().unwrap();
    let (stamp, rest) = first.split_once(' ').unwrap();
    let when = chrono::DateTime::parse_from_rfc3339(stamp).unwrap_or_else(|e| panic!("{first}: {e}"));
    assert!(when >= before && when <= chrono::Utc::now(), "{first}");
    assert!(rest.contains("tests/core/panic_report.rs") && rest.ends_with(": a value the bug forgot"), "{first}");

    // A panic in another thread is logged too, after the first (the log is appended to).
    let worker = std::thread::Builder::new().name("import".into()).spawn(|| panic!("bad row {}", 7)).unwrap();
    assert!(worker.join().is_err());
    let text = std::fs::read_to_string(&log).unwrap();
    let entries: Vec<&str> = text.lines().filter(|l| l.contains(" panic in thread ")).collect();
    assert_eq!(entries.len(), 2, "{text}");
    assert!(entries[1].contains("thread 'import'") && entries[1].ends_with(": bad row 7"), "{}", entries[1]);
}

#[test]
fn the_log_writer_creates_the_folder_and_appends() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("new/folder/convene-errors.log");
    let when = chrono::DateTime::parse_from_rfc3339("2027-03-28T01:30:00Z").unwrap().to_utc();
    write_entry(&log, when, "main", "src/a.rs:1", "first", "0: frame").unwrap();
    write_entry(&log, when, "main", "src/b.rs:2", "second", "").unwrap();
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.starts_with("2027-03-28T01:30:00Z panic in thread 'main' at src/a.rs:1: first\n0: frame\n\n"),
        "{text}"
    );
    assert!(text.contains("\n2027-03-28T01:30:00Z panic in thread 'main' at src/b.rs:2: second\n"), "{text}");
}
