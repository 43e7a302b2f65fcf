//! Crashes and concurrent writers: the promise SQLite makes, kept by Convene's own writes.
//!
//! Every test here runs the real `convene` binary as child processes on one database file,
//! the way a coordinator's script, the desktop app and a power cut meet it:
//!
//! - `a_write_killed_at_any_moment_leaves_a_sound_database_with_every_saved_write`: child
//!   processes that import a JSON export (restoring a backup into a new file), import a large
//!   `.ics`, save and restore plan revisions, add and edit meetings and write backups are
//!   killed with SIGKILL after a random delay. After each child the database passes
//!   `PRAGMA integrity_check` and `foreign_key_check`, opens in Convene, holds every write
//!   whose command exited 0, and holds each killed write whole or not at all (an import's
//!   events all or none, a plan save one revision or none, a meeting edit with its sequence
//!   raised exactly when its venue changed).
//! - `a_backup_taken_while_another_process_writes_is_a_consistent_copy`: `convene backup`
//!   while another process imports calendars; each copy is sound and holds exactly the
//!   imports finished before some moment during the backup (a prefix, each import whole).
//! - `two_processes_writing_at_once_both_succeed_and_lose_nothing` and
//!   `processes_opening_a_new_database_at_once_all_succeed`: concurrent writers never see
//!   "database is locked" and no write is lost.
//! - `an_upgrade_killed_midway_leaves_a_database_that_opens_with_every_record`: a schema-1
//!   database is upgraded by `convene` children killed at random points; after each, the
//!   current Convene opens it, upgraded, with every record.
//!
//! The random choices come from one seed, printed at the start; `CONVENE_CRASH_SEED=N`
//! replays a run and `CONVENE_CRASH_KILLS=N` asks for more kills (default 100, so that the
//! whole test command stays well inside CI's time; docs/reliability.md has longer runs).
//! Nothing here asserts a duration.

#![cfg(unix)]

mod common;

use std::collections::BTreeSet;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{command, text, Convene};
use convene_core::store::Db;

const SIGKILL: i32 = 9;

/// Events in each large calendar the crash test imports.
const CRASH_ICS_EVENTS: usize = 300;

fn seed() -> u64 {
    let seed = std::env::var("CONVENE_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64
    });
    println!("seed {seed} (replay with CONVENE_CRASH_SEED={seed})");
    seed
}

fn wanted_kills() -> usize {
    std::env::var("CONVENE_CRASH_KILLS").ok().and_then(|s| s.parse().ok()).unwrap_or(100)
}

/// Opens the database the way Convene does (recovering the WAL, migrating when a kill
/// stopped a first open halfway) and checks SQLite's own invariants.
#[track_caller]
fn open_sound(path: &Path, context: &str) -> Db {
    let db = Db::open(path).unwrap_or_else(|e| panic!("{context}: Convene cannot open {}: {e}", path.display()));
    let integrity: Vec<String> = db
        .conn()
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(integrity, ["ok"], "{context}: integrity_check of {}", path.display());
    let broken: Vec<String> = db
        .conn()
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| Ok(format!("{}:{}", r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(broken.is_empty(), "{context}: foreign_key_check of {}: {broken:?}", path.display());
    db
}

fn count(db: &Db, sql: &str, param: &str) -> i64 {
    db.conn().query_row(sql, [param], |r| r.get(0)).unwrap()
}

fn scalar(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn meetings_with_uid_prefix(db: &Db, prefix: &str) -> i64 {
    count(db, "SELECT count(*) FROM meetings WHERE substr(uid, 1, length(?1)) = ?1", prefix)
}

/// A calendar of `events` all-day events whose UIDs start with `prefix`.
fn calendar(prefix: &str, events: usize) -> String {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene crash test//EN\r\n");
    for n in 0..events {
        let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(n as u64 % 700);
        let next = day + chrono::Days::new(1);
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{prefix}{n}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\nSUMMARY:Working group {n} of {prefix}\r\nLOCATION:Town hall room {n}\r\nDESCRIPTION:Minutes and follow-up of working group {n}\r\nEND:VEVENT\r\n",
            day.format("%Y%m%d"),
            next.format("%Y%m%d"),
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// A network with a partner, a meeting and a plan with a few revisions.
fn network(c: &Convene) {
    c.ok(&["plan", "author", "Crash test"]);
    c.ok(&["network", "add", "--name", "Crashnet", "--kind", "action-planning"]);
    c.ok(&["partner", "add", "crashnet", "--name", "Gävle", "--country", "SE", "--role", "lead-partner"]);
    c.ok(&["meeting", "add", "crashnet", "--title", "Kick-off", "--kind", "kick-off", "--date", "2027-02-01"]);
    c.ok(&["plan", "create", "crashnet", "--partner", "Gävle", "--title", "Digital jobs"]);
    c.ok(&["plan", "section", "set", "1", "vision", "--text", "A first vision."]);
    c.ok(&["plan", "section", "set", "1", "risks", "--text", "A first risk."]);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Op {
    MeetingAdd,
    MeetingEdit,
    PlanSave,
    PlanRestore,
    IcsImport,
    JsonRestore,
    Backup,
}

const OPS: [Op; 7] =
    [Op::MeetingAdd, Op::MeetingEdit, Op::PlanSave, Op::PlanRestore, Op::IcsImport, Op::JsonRestore, Op::Backup];

/// What the database held before a child ran, for the checks after it.
struct Before {
    meetings: i64,
    revisions: i64,
    vision: String,
    venue: String,
    sequence: i64,
}

fn before(db: &Db) -> Before {
    let (venue, sequence) = db
        .conn()
        .query_row("SELECT venue, sequence FROM meetings WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    Before {
        meetings: scalar(db, "SELECT count(*) FROM meetings"),
        revisions: scalar(db, "SELECT count(*) FROM plan_revisions WHERE plan_id = 1"),
        vision: vision(db),
        venue,
        sequence,
    }
}

fn vision(db: &Db) -> String {
    db.conn()
        .query_row("SELECT body FROM plan_sections WHERE plan_id = 1 AND key = 'vision'", [], |r| r.get(0))
        .unwrap()
}

fn median(runs: &[Duration]) -> Duration {
    let mut sorted = runs.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or(Duration::ZERO)
}

/// Runs `child` and kills it after `delay`; true when the kill ended it (it had not
/// finished), false when it exited by itself, which must then have been a success.
fn kill_after(mut child: Child, delay: Duration, what: &str) -> bool {
    std::thread::sleep(delay);
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    if out.status.signal() == Some(SIGKILL) {
        return true;
    }
    assert!(
        out.status.success(),
        "{what} failed by itself ({:?}):\n{}{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    );
    false
}

#[test]
fn a_write_killed_at_any_moment_leaves_a_sound_database_with_every_saved_write() {
    let seed = seed();
    let mut rng = fastrand::Rng::with_seed(seed);
    let wanted = wanted_kills();
    let c = Convene::new();
    network(&c);

    let export = c.path("export.json");
    let source = Convene::new();
    source.ok(&["import", "urbact", common::FIXTURE]);
    source.ok(&["export", "json", "--out", export.to_str().unwrap()]);
    let full = open_sound(&source.db, "the exported database");
    let (export_networks, export_meetings) =
        (scalar(&full, "SELECT count(*) FROM networks"), scalar(&full, "SELECT count(*) FROM meetings"));
    drop(full);

    // How long each kind of child takes when left alone, so the kills spread over its whole run.
    // The median of the last runs left to finish: one run stalled by a busy machine does not
    // stretch every later delay past the whole command.
    let mut finished_runs: std::collections::BTreeMap<Op, Vec<Duration>> =
        OPS.iter().map(|op| (*op, Vec::new())).collect();
    let mut kills: std::collections::BTreeMap<Op, usize> = OPS.iter().map(|op| (*op, 0)).collect();
    let mut saved = 0usize;
    let mut confirmed_titles: Vec<String> = Vec::new();
    let mut confirmed_imports: Vec<String> = Vec::new();
    let mut iteration = 0usize;
    let max_iterations = wanted * 4;
    while kills.values().sum::<usize>() < wanted {
        assert!(iteration < max_iterations, "only {kills:?} kills after {iteration} children (seed {seed})");
        let op = OPS[rng.usize(..OPS.len())];
        let tag = format!("{seed:x}-{iteration}");
        iteration += 1;
        let db = open_sound(&c.db, "before the child");
        let was = before(&db);
        let revisions: Vec<i64> = db
            .conn()
            .prepare("SELECT number FROM plan_revisions WHERE plan_id = 1")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        drop(db);

        let restored = c.path(&format!("restored-{tag}.db"));
        let copy = c.path(&format!("copy-{tag}.db"));
        let ics = c.path(&format!("calendar-{tag}.ics"));
        let title = format!("Meeting {tag}");
        let venue = format!("Room {tag}");
        let new_vision = format!("Vision {tag}: every young person gets a digital skill.");
        let restore_number = revisions[rng.usize(..revisions.len())].to_string();
        let args: Vec<String> = match op {
            Op::MeetingAdd => {
                vec!["meeting", "add", "crashnet", "--title", &title, "--kind", "other", "--date", "2027-03-01"]
            }
            Op::MeetingEdit => vec!["meeting", "update", "1", "--venue", &venue],
            Op::PlanSave => vec!["plan", "section", "set", "1", "vision", "--text", &new_vision],
            Op::PlanRestore => vec!["plan", "restore", "1", &restore_number],
            Op::IcsImport => {
                std::fs::write(&ics, calendar(&format!("crash-{tag}-"), CRASH_ICS_EVENTS)).unwrap();
                vec!["import", "ics", ics.to_str().unwrap(), "--network", "crashnet"]
            }
            Op::JsonRestore => vec!["import", "json", export.to_str().unwrap()],
            Op::Backup => vec!["backup", copy.to_str().unwrap()],
        }
        .into_iter()
        .map(String::from)
        .collect();
        let mut cmd = command();
        cmd.arg("--db").arg(if op == Op::JsonRestore { &restored } else { &c.db }).args(&args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let started = Instant::now();
        let child = cmd.spawn().unwrap();
        let span = median(&finished_runs[&op]);
        let delay = if span.is_zero() {
            Duration::from_secs(3600)
        } else {
            Duration::from_micros(rng.u64(..=span.as_micros() as u64 * 5 / 4))
        };
        let what = format!("{op:?} (child {tag}, seed {seed})");
        let killed = if span.is_zero() {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{what} failed:\n{}{}", text(&out.stdout), text(&out.stderr));
            false
        } else {
            kill_after(child, delay, &what)
        };
        if killed {
            *kills.get_mut(&op).unwrap() += 1;
        } else {
            saved += 1;
            let took = started.elapsed();
            let runs = finished_runs.get_mut(&op).unwrap();
            runs.push(took);
            if runs.len() > 9 {
                runs.remove(0);
            }
        }

        let context = format!("after {what} {}", if killed { "was killed" } else { "succeeded" });
        let db = open_sound(&c.db, &context);
        let now = before(&db);
        match op {
            Op::MeetingAdd => {
                let there = count(&db, "SELECT count(*) FROM meetings WHERE title = ?1", &title);
                assert!(there == 1 || (killed && there == 0), "{context}: {there} meetings titled {title}");
                assert_eq!(now.meetings, was.meetings + there, "{context}: meeting count");
                if there == 1 {
                    confirmed_titles.push(title.clone());
                }
            }
            Op::MeetingEdit => {
                let applied = now.venue == venue;
                assert!(applied || (killed && now.venue == was.venue), "{context}: venue {:?}", now.venue);
                assert_eq!(
                    now.sequence,
                    was.sequence + i64::from(applied),
                    "{context}: sequence against venue {:?}",
                    now.venue
                );
            }
            Op::PlanSave => {
                let applied = now.vision == new_vision;
                assert!(applied || (killed && now.vision == was.vision), "{context}: vision {:?}", now.vision);
                assert_eq!(now.revisions, was.revisions + i64::from(applied), "{context}: one revision or none");
            }
            Op::PlanRestore => {
                assert!(
                    now.revisions == was.revisions || now.revisions == was.revisions + 1,
                    "{context}: {} revisions, were {}",
                    now.revisions,
                    was.revisions
                );
                if now.revisions == was.revisions {
                    assert_eq!(now.vision, was.vision, "{context}: the text changed without a revision");
                }
            }
            Op::IcsImport => {
                let imported = meetings_with_uid_prefix(&db, &format!("crash-{tag}-"));
                assert!(
                    imported == CRASH_ICS_EVENTS as i64 || (killed && imported == 0),
                    "{context}: {imported} of {CRASH_ICS_EVENTS} events saved"
                );
                assert_eq!(now.meetings, was.meetings + imported, "{context}: meeting count");
                if imported > 0 {
                    confirmed_imports.push(format!("crash-{tag}-"));
                }
                let _ = std::fs::remove_file(&ics);
            }
            Op::JsonRestore => {
                if restored.exists() {
                    let copy = open_sound(&restored, &format!("{context}: the restored file"));
                    let networks = scalar(&copy, "SELECT count(*) FROM networks");
                    let meetings = scalar(&copy, "SELECT count(*) FROM meetings");
                    assert!(
                        (networks, meetings) == (export_networks, export_meetings)
                            || (killed && (networks, meetings) == (0, 0)),
                        "{context}: the restored file holds {networks} networks and {meetings} meetings"
                    );
                } else {
                    assert!(killed, "{context}: no restored file");
                }
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", restored.display()));
                }
            }
            Op::Backup => {
                if !killed {
                    let copied = open_sound(&copy, &format!("{context}: the backup"));
                    assert_eq!(before(&copied).meetings, now.meetings, "{context}: the backup's meetings");
                }
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
                }
            }
        }
        for earlier in &confirmed_titles {
            assert_eq!(
                count(&db, "SELECT count(*) FROM meetings WHERE title = ?1", earlier),
                1,
                "{context}: {earlier}"
            );
        }
        for earlier in &confirmed_imports {
            assert_eq!(meetings_with_uid_prefix(&db, earlier), CRASH_ICS_EVENTS as i64, "{context}: import {earlier}");
        }
    }
    println!(
        "{} children: {} killed ({kills:?}), {saved} finished; seed {seed}",
        iteration,
        kills.values().sum::<usize>()
    );
    // The database is still one Convene opens and reads whole.
    c.ok(&["export", "json", "--out", c.path("final.json").to_str().unwrap()]);
}

#[test]
fn a_backup_taken_while_another_process_writes_is_a_consistent_copy() {
    const IMPORTS: usize = 12;
    const EVENTS: usize = 150;
    let c = Convene::new();
    network(&c);
    for k in 0..IMPORTS {
        std::fs::write(c.path(&format!("w{k}.ics")), calendar(&format!("w{k}-"), EVENTS)).unwrap();
    }
    let finished = Arc::new(AtomicUsize::new(0));
    let writer = {
        let finished = finished.clone();
        let db = c.db.clone();
        let dir = c.dir.path().to_path_buf();
        std::thread::spawn(move || {
            for k in 0..IMPORTS {
                let file = dir.join(format!("w{k}.ics"));
                let out = command()
                    .arg("--db")
                    .arg(&db)
                    .args(["import", "ics", file.to_str().unwrap(), "--network", "crashnet"])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "import {k} failed:\n{}", text(&out.stderr));
                finished.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    let mut copies = 0;
    let mut seen = BTreeSet::new();
    loop {
        let writer_done = writer.is_finished();
        let copy = c.path(&format!("copy-{copies}.db"));
        let done_before = finished.load(Ordering::SeqCst);
        let out = c.run(&["backup", copy.to_str().unwrap()]);
        let done_after = finished.load(Ordering::SeqCst);
        assert!(out.status.success(), "backup {copies} failed:\n{}", text(&out.stderr));
        let db = open_sound(&copy, &format!("backup {copies}"));
        let whole: Vec<usize> = (0..IMPORTS)
            .filter(|k| {
                let n = meetings_with_uid_prefix(&db, &format!("w{k}-"));
                assert!(n == 0 || n == EVENTS as i64, "backup {copies} holds {n} of {EVENTS} events of import {k}");
                n > 0
            })
            .collect();
        assert_eq!(
            whole,
            (0..whole.len()).collect::<Vec<_>>(),
            "backup {copies}: the imports it holds are not a prefix"
        );
        assert!(
            (done_before..=done_after + 1).contains(&whole.len()),
            "backup {copies} holds {} imports; {done_before} had finished when it began, {done_after} when it ended",
            whole.len()
        );
        seen.insert(whole.len());
        copies += 1;
        if writer_done {
            assert_eq!(whole.len(), IMPORTS, "the last backup, after the writer, holds every import");
            break;
        }
    }
    writer.join().unwrap();
    println!("{copies} backups, holding these numbers of imports: {seen:?}");
    assert!(seen.len() > 2, "no backup was taken while the imports ran ({seen:?}); the test proved nothing");
}

/// Runs `args` lists one after the other against `db`; returns the failures' stderr.
fn run_all(db: &Path, commands: Vec<Vec<String>>) -> Vec<String> {
    let mut failures = Vec::new();
    for args in commands {
        let out = command().arg("--db").arg(db).args(&args).output().unwrap();
        if !out.status.success() {
            failures.push(format!("convene {args:?}: {}", text(&out.stderr)));
        }
    }
    failures
}

#[test]
fn two_processes_writing_at_once_both_succeed_and_lose_nothing() {
    const ROUNDS: usize = 25;
    const BIG: usize = 2000;
    let c = Convene::new();
    network(&c);
    let big = c.path("big.ics");
    std::fs::write(&big, calendar("big-", BIG)).unwrap();
    let was = before(&open_sound(&c.db, "before"));
    let writer = |side: &'static str, section: &'static str, big: Option<&Path>| {
        let mut commands: Vec<Vec<String>> = Vec::new();
        for i in 0..ROUNDS {
            commands.push(
                [
                    "meeting",
                    "add",
                    "crashnet",
                    "--title",
                    &format!("{side} {i}"),
                    "--kind",
                    "other",
                    "--date",
                    "2027-04-01",
                ]
                .map(String::from)
                .to_vec(),
            );
            commands.push(
                ["plan", "section", "set", "1", section, "--text", &format!("{side} text {i}")]
                    .map(String::from)
                    .to_vec(),
            );
            if i == 2 {
                if let Some(big) = big {
                    commands.push(
                        ["import", "ics", big.to_str().unwrap(), "--network", "crashnet"].map(String::from).to_vec(),
                    );
                }
            }
        }
        let db = c.db.clone();
        std::thread::spawn(move || run_all(&db, commands))
    };
    let a = writer("A", "vision", None);
    let b = writer("B", "risks", Some(&big));
    let failures: Vec<String> = a.join().unwrap().into_iter().chain(b.join().unwrap()).collect();
    assert!(failures.is_empty(), "writes failed while another process wrote:\n{}", failures.join("\n"));

    let db = open_sound(&c.db, "after both writers");
    for side in ["A", "B"] {
        for i in 0..ROUNDS {
            let title = format!("{side} {i}");
            assert_eq!(count(&db, "SELECT count(*) FROM meetings WHERE title = ?1", &title), 1, "{title} was lost");
        }
    }
    assert_eq!(meetings_with_uid_prefix(&db, "big-"), BIG as i64);
    let now = before(&db);
    assert_eq!(now.revisions, was.revisions + 2 * ROUNDS as i64, "every plan save is one revision");
    assert_eq!(now.vision, format!("A text {}", ROUNDS - 1));
    let risks: String = db
        .conn()
        .query_row("SELECT body FROM plan_sections WHERE plan_id = 1 AND key = 'risks'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(risks, format!("B text {}", ROUNDS - 1));
}

#[test]
fn processes_opening_a_new_database_at_once_all_succeed() {
    let c = Convene::new();
    for round in 0..8 {
        let db = c.path(&format!("new-{round}.db"));
        let children: Vec<Child> = (0..3)
            .map(|n| {
                command()
                    .arg("--db")
                    .arg(&db)
                    .args(["network", "add", "--name", &format!("Network {n}")])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for (n, child) in children.into_iter().enumerate() {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}, process {n}:\n{}", text(&out.stderr));
        }
        let opened = open_sound(&db, "the new database");
        assert_eq!(scalar(&opened, "SELECT count(*) FROM networks"), 3);
    }
}

/// A schema-1 database (the first released schema) with records, as an older Convene left it.
fn schema_1_database(path: &Path) {
    use convene_core::network::{create_network, NetworkInput, NetworkKind};
    let mut db = Db::open_with_migrations(path, &convene_core::store::MIGRATIONS[..1]).unwrap();
    for name in ["IoTXchange", "TechTown"] {
        create_network(&mut db, NetworkInput::named(name, NetworkKind::Transfer)).unwrap();
    }
    db.conn()
        .execute(
            "INSERT INTO milestones (network_id, date, title, description, source_ref)
             VALUES (1, '2020-05-07', 'Phase 2 approved', 'Über alles', 'urbact:iot:milestone:2')",
            [],
        )
        .unwrap();
}

#[test]
fn an_upgrade_killed_midway_leaves_a_database_that_opens_with_every_record() {
    const KILLS: usize = 40;
    let seed = seed();
    let mut rng = fastrand::Rng::with_seed(seed);
    let c = Convene::new();
    let template = c.path("schema-1.db");
    schema_1_database(&template);
    let mut typical = Duration::ZERO;
    let (mut kills, mut children) = (0, 0);
    while kills < KILLS {
        assert!(children < KILLS * 5, "only {kills} kills after {children} upgrades (seed {seed})");
        for suffix in ["", "-wal", "-shm", ".before-v2.bak"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", c.db.display()));
        }
        std::fs::copy(&template, &c.db).unwrap();
        let what = format!("upgrade {children} (seed {seed})");
        children += 1;
        let started = Instant::now();
        let child = command()
            .arg("--db")
            .arg(&c.db)
            .arg("networks")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if typical.is_zero() {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{what}: {}", text(&out.stderr));
            typical = started.elapsed();
        } else if kill_after(child, Duration::from_micros(rng.u64(..=typical.as_micros() as u64 * 3 / 2)), &what) {
            kills += 1;
        }
        let context = format!("after {what}");
        let db = open_sound(&c.db, &context);
        assert_eq!(db.schema_version().unwrap(), convene_core::store::SCHEMA_VERSION, "{context}");
        assert_eq!(scalar(&db, "SELECT count(*) FROM networks"), 2, "{context}: networks");
        let milestone: String = db
            .conn()
            .query_row("SELECT description FROM milestones WHERE title = 'Phase 2 approved'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(milestone, "Über alles", "{context}");
    }
    println!("{children} upgrades from schema 1, {kills} killed; seed {seed}");
}
