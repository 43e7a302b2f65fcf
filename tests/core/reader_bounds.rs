//! Every reader of outside data against the files that break naive parsers: a 100 MB
//! file, ten million lines, deep nesting, a line folded endlessly. Each gives a clear
//! error (or reads what is there) and leaves the database unchanged; none panics, none
//! runs out of memory. How long each took is printed (`-- --nocapture`), not asserted.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::Db;

const MB: usize = 1024 * 1024;

fn timed<T>(what: &str, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = work();
    println!("{what}: {:.2?}", start.elapsed());
    out
}

fn write(path: &Path, parts: impl Iterator<Item = Vec<u8>>) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for part in parts {
        file.write_all(&part).unwrap();
    }
    file.flush().unwrap();
}

fn database() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    db
}

fn rows(db: &Db) -> i64 {
    db.conn()
        .query_row(
            "SELECT (SELECT count(*) FROM networks) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM action_plans) + (SELECT count(*) FROM partners)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn files_of_100_mb_are_refused_from_their_size_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big");
    std::fs::File::create(&big).unwrap().set_len(100 * MB as u64).unwrap();
    let mut db = database();
    let before = rows(&db);
    let options = convene_core::urbact::ImportOptions::default();
    let urbact = timed("urbact, 100 MB", || convene_core::urbact::import_urbact_file(&mut db, &big, &options));
    let plan = timed("plan file, 100 MB", || convene_core::plan::receive_plan_file(&mut db, &big));
    let ics = timed("calendar, 100 MB", || convene_core::calendar::read_calendar_file(&big));
    for (what, err) in [
        ("urbact", urbact.err().map(|e| e.to_string())),
        ("plan", plan.err().map(|e| e.to_string())),
        ("ics", ics.err().map(|e| e.to_string())),
    ] {
        let err = err.unwrap_or_else(|| panic!("{what}: a 100 MB file was read"));
        assert!(err.contains(&big.display().to_string()) && err.contains("100 MB"), "{what}: {err}");
    }
    assert_eq!(rows(&db), before);
}

#[test]
fn ten_million_lines_give_a_clear_error_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = database();
    let before = rows(&db);

    let blank = dir.path().join("blank.txt");
    write(&blank, std::iter::repeat_n(b"\n".repeat(1_000_000), 10));
    let options = convene_core::urbact::ImportOptions::default();
    let err =
        timed("urbact, 10 million blank lines", || convene_core::urbact::import_urbact_file(&mut db, &blank, &options))
            .unwrap_err()
            .to_string();
    assert!(err.contains("empty"), "{err}");

    let mut calendar = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".to_vec();
    calendar.extend(b"X-A:1\r\n".repeat(10_000_000));
    calendar.extend(b"END:VCALENDAR\r\n");
    let result =
        timed("ics, 10 million property lines", || convene_core::ical::import::import_ics_bytes(&mut db, 1, &calendar));
    match result {
        Ok(report) => assert!(report.created.is_empty() && report.updated.is_empty(), "{report:?}"),
        Err(e) => println!("ics, 10 million lines: {e}"),
    }

    let text = "x\n".repeat(10_000_000);
    let err = timed("json, 10 million lines", || convene_core::exchange::import_json(&mut db, &text)).unwrap_err();
    println!("json, 10 million lines: {err}");
    assert_eq!(rows(&db), before);
}

#[test]
fn deep_nesting_gives_a_clear_error_and_changes_nothing() {
    let mut db = database();
    let before = rows(&db);
    let deep = "[".repeat(1_000_000);
    let err =
        timed("json, a million [", || convene_core::exchange::import_json(&mut db, &deep)).unwrap_err().to_string();
    assert!(err.contains("recursion limit") || err.contains("line 1"), "{err}");
    let deep_object = "{\"a\":".repeat(1_000_000);
    let err =
        timed("plan file, a million objects", || convene_core::plan::receive_plan(&mut db, &deep_object)).unwrap_err();
    println!("plan file, deep: {err}");

    let mut calendar = b"BEGIN:VCALENDAR\r\n".to_vec();
    calendar.extend(b"BEGIN:VEVENT\r\n".repeat(200_000));
    calendar.extend(b"END:VEVENT\r\n".repeat(200_000));
    calendar.extend(b"END:VCALENDAR\r\n");
    let result =
        timed("ics, 200,000 nested VEVENTs", || convene_core::ical::import::import_ics_bytes(&mut db, 1, &calendar));
    println!("ics, nested: {:?}", result.as_ref().map(|r| r.created.len()).map_err(|e| e.to_string()));

    // A section's text is at most validate::TEXT_MAX (50,000) characters: the worst a
    // preview is given.
    let quotes = "> ".repeat(24_000) + "deep";
    let html =
        timed("markdown, 24,000 nested quotes", || convene_plan_export::sanitize::markdown_to_safe_html(&quotes));
    assert!(html.contains("deep"));
    let lists = (0..200).map(|n| format!("{}- item\n", "  ".repeat(n))).collect::<String>();
    timed("markdown, 200 nested lists", || convene_plan_export::sanitize::markdown_to_safe_html(&lists));
    let brackets = "[".repeat(25_000) + &"]".repeat(25_000);
    timed("markdown, 25,000 brackets", || convene_plan_export::sanitize::markdown_to_safe_html(&brackets));
    let emphasis = "*a ".repeat(16_000);
    timed("markdown, 16,000 open emphases", || convene_plan_export::sanitize::markdown_to_safe_html(&emphasis));
    assert_eq!(rows(&db), before);
}

#[test]
fn an_endlessly_folded_line_gives_a_clear_error_and_changes_nothing() {
    let mut db = database();
    let before = rows(&db);
    let mut calendar =
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\nDTSTART:20270101T100000Z\r\nSUMMARY:x".to_vec();
    calendar.extend(b"\r\n folded".repeat(5_000_000));
    calendar.extend(b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    let result = timed("ics, one line folded 5 million times", || {
        convene_core::ical::import::import_ics_bytes(&mut db, 1, &calendar)
    });
    match result {
        Ok(report) => {
            assert!(report.created.is_empty(), "an event without an end or with a 45 MB title was imported");
            println!("ics, folded: nothing imported, skipped {:?}", report.skipped.len());
        }
        Err(e) => println!("ics, folded: {e}"),
    }
    let reply = [b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nX:".to_vec(), b"\r\n x".repeat(2_000_000)].concat();
    let parsed = timed("poll reply, folded", || convene_core::poll::reply::parse_reply(&reply));
    assert!(parsed.is_err());
    assert_eq!(rows(&db), before);
}
