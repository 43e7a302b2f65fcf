//! The window's own store layer under SIGKILL: the promise of docs/reliability.md (a kill
//! loses nothing saved, never leaves half a change, leaves a sound file) for the path the
//! window's writes take, [`AppState::run`] on its pool of connections, two commands
//! saving at once as the window's screens do. (`tests/cli/crash.rs` kills the command
//! line, which opens one connection per command.)
//!
//! The test runs itself as a child process (the same test binary, with
//! `CONVENE_KILLED_APP_DB` naming the database) that opens the database as the window does
//! and, on two threads, adds meetings and saves a plan section through `AppState::run`,
//! printing each write once it returned success. The parent kills the child with SIGKILL
//! after a random delay, then checks: `integrity_check` and `foreign_key_check` pass; every
//! printed write is there; the meetings of the round are a gapless run with at most one
//! more than printed (saved, killed before it was printed); the plan gained exactly one
//! revision per save that happened and the section holds the last one's text whole.
//! Every third child instead restores two backups in turn (the window's Settings >
//! Restore, `AppState::restore`): after its kill the database is one of them whole, the
//! last printed or the next.
//!
//! `CONVENE_CRASH_SEED=N` replays a run, `CONVENE_CRASH_KILLS=N` asks for more kills
//! (default 100, as many as the command line's crash test).

#![cfg(unix)]

use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use convene_app::state::AppState;
use convene_core::meeting::schedule::ScheduleInput;
use convene_core::meeting::{create_meeting, MeetingInput, MeetingKind};
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::plan::{create_plan, save_section, ActionPlanInput, PlanStatus};
use convene_core::Db;

const CHILD_DB: &str = "CONVENE_KILLED_APP_DB";
const CHILD_ROUND: &str = "CONVENE_KILLED_APP_ROUND";
const CHILD_RESTORES: &str = "CONVENE_KILLED_APP_RESTORES";
const TEST_NAME: &str = "the_window_killed_while_saving_leaves_a_sound_database_with_every_saved_write";

fn run<T: Send + 'static>(
    state: &AppState,
    work: impl FnOnce(&mut Db) -> convene_core::Result<T> + Send + 'static,
) -> T {
    tauri::async_runtime::block_on(state.run(work)).unwrap_or_else(|e| panic!("{e}"))
}

fn saved(line: String) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "SAVED {line}").unwrap();
    out.flush().unwrap();
}

fn meeting_title(round: u64, k: u64) -> String {
    format!("Round {round} meeting {k}")
}

fn vision_text(round: u64, k: u64) -> String {
    format!("Round {round} vision {k}: ").repeat(40)
}

/// The child of a restore round: restores the two backups in turn until it is killed.
fn restoring_child(db: &Path, backups: &str) {
    let state = AppState::open(db.to_path_buf(), "killed");
    let backups: Vec<&str> = backups.split('\n').collect();
    for k in 0.. {
        state.restore(Path::new(backups[k % 2])).unwrap_or_else(|e| panic!("{e}"));
        saved(format!("restore {k}"));
    }
}

/// The child: writes as the window does until it is killed.
fn child(db: &Path, round: u64) {
    let state = std::sync::Arc::new(AppState::open(db.to_path_buf(), "killed"));
    let meetings = {
        let state = state.clone();
        std::thread::spawn(move || {
            for k in 0.. {
                let title = meeting_title(round, k);
                let schedule = ScheduleInput::Undated { year: Some(2027), month: Some(3), wording: String::new() };
                let input = MeetingInput::new(MeetingKind::Transnational, &title, schedule);
                run(&state, move |db| create_meeting(db, 1, input));
                saved(format!("meeting {k}"));
            }
        })
    };
    for k in 0.. {
        let text = vision_text(round, k);
        run(&state, move |db| save_section(db, 1, "vision", &text, None));
        saved(format!("vision {k}"));
        if meetings.is_finished() {
            panic!("the meetings thread stopped");
        }
    }
}

fn scalar(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn open_sound(path: &Path, context: &str) -> Db {
    let db = Db::open(path).unwrap_or_else(|e| panic!("{context}: Convene cannot open it: {e}"));
    let ok: String = db.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok", "{context}: integrity_check");
    assert_eq!(scalar(&db, "SELECT count(*) FROM pragma_foreign_key_check"), 0, "{context}: foreign_key_check");
    db
}

fn vision(db: &Db) -> String {
    db.conn()
        .query_row("SELECT body FROM plan_sections WHERE plan_id = 1 AND key = 'vision'", [], |r| r.get(0))
        .unwrap()
}

/// A small, seeded generator (xorshift): enough to spread the kills, and replayable.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Starts a child on `db` with the variable `role`, kills it after 20 to 420 ms, and
/// returns what it printed; fails when it stopped by itself.
fn killed_child(db: &Path, role: (&str, &str), random: &mut Random, context: &str) -> std::process::Output {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([TEST_NAME, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_DB, db)
        .env(role.0, role.1)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(20 + random.below(400)));
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.signal(), Some(9), "{context}: the child stopped by itself: {stderr}");
    out
}

#[test]
fn the_window_killed_while_saving_leaves_a_sound_database_with_every_saved_write() {
    if let Some(db) = std::env::var_os(CHILD_DB) {
        match std::env::var(CHILD_RESTORES) {
            Ok(backups) => restoring_child(Path::new(&db), &backups),
            Err(_) => child(Path::new(&db), std::env::var(CHILD_ROUND).unwrap().parse().unwrap()),
        }
        return;
    }
    let seed = std::env::var("CONVENE_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1
    });
    println!("seed {seed} (replay with CONVENE_CRASH_SEED={seed})");
    let kills: u64 = std::env::var("CONVENE_CRASH_KILLS").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let mut random = Random(seed);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    {
        let state = AppState::open(path.clone(), "killed");
        run(&state, |db| create_network(db, NetworkInput::named("Crashnet", NetworkKind::ActionPlanning)));
        let plan = ActionPlanInput {
            partner_id: None,
            title: "Digital jobs".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        };
        run(&state, move |db| create_plan(db, 1, plan));
        run(&state, |db| save_section(db, 1, "vision", "A first vision.", None));
    }
    // Two backups of the same beginnings, told apart by a network of their own.
    let backups: Vec<std::path::PathBuf> = ["Backup A", "Backup B"]
        .iter()
        .map(|name| {
            let copy = dir.path().join(format!("{name}.sqlite"));
            let mut db = Db::open(&path).unwrap();
            create_network(&mut db, NetworkInput::named(name, NetworkKind::Other)).unwrap();
            db.backup_to(&copy).unwrap();
            db.conn().execute("DELETE FROM networks WHERE name = ?1", [name]).unwrap();
            copy
        })
        .collect();
    let backup_list = backups.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join("\n");
    let contents = |db: &Db| -> (String, i64, i64) {
        let marker = db
            .conn()
            .query_row("SELECT group_concat(name) FROM networks WHERE name LIKE 'Backup %'", [], |r| {
                r.get::<_, Option<String>>(0)
            })
            .unwrap()
            .unwrap_or_default();
        (marker, scalar(db, "SELECT count(*) FROM meetings"), scalar(db, "SELECT count(*) FROM plan_revisions"))
    };

    let (mut killed, mut writes, mut restores) = (0, 0, 0);
    for round in 0..kills {
        let context = format!("round {round} (seed {seed})");
        if round % 3 == 2 {
            let expected: Vec<(String, i64, i64)> = backups.iter().map(|b| contents(&Db::open(b).unwrap())).collect();
            let before = contents(&open_sound(&path, "before"));
            let out = killed_child(&path, (CHILD_RESTORES, &backup_list), &mut random, &context);
            killed += 1;
            let said = String::from_utf8_lossy(&out.stdout).matches("SAVED restore ").count();
            restores += said;
            let now = contents(&open_sound(&path, &context));
            let last_said = said.checked_sub(1).map(|k| expected[k % 2].clone());
            let next = expected[said % 2].clone();
            assert!(
                Some(&now) == last_said.as_ref() || now == next || (said == 0 && now == before),
                "{context}: after {said} restores said the database holds {now:?}, not a whole backup ({expected:?})"
            );
            for entry in std::fs::read_dir(dir.path()).unwrap() {
                let name = entry.unwrap().file_name().to_string_lossy().into_owned();
                if name.contains(".before-restore-") || name.contains(".restoring-") {
                    let _ = std::fs::remove_file(dir.path().join(name));
                }
            }
            continue;
        }
        let before = open_sound(&path, "before");
        let meetings_before = scalar(&before, "SELECT count(*) FROM meetings");
        let revisions_before = scalar(&before, "SELECT count(*) FROM plan_revisions WHERE plan_id = 1");
        let vision_before = vision(&before);
        drop(before);

        let out = killed_child(&path, (CHILD_ROUND, &round.to_string()), &mut random, &context);
        killed += 1;

        let printed = String::from_utf8_lossy(&out.stdout);
        // libtest's "test NAME ... " may begin the first line.
        let count = |what: &str| printed.matches(&format!("SAVED {what} ")).count() as i64;
        let (meetings_said, visions_said) = (count("meeting"), count("vision"));
        writes += meetings_said + visions_said;

        let db = open_sound(&path, &context);
        let titles: Vec<String> = db
            .conn()
            .prepare("SELECT title FROM meetings WHERE title LIKE ?1 ORDER BY id")
            .unwrap()
            .query_map([format!("Round {round} meeting %")], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let expected: Vec<String> = (0..titles.len() as u64).map(|k| meeting_title(round, k)).collect();
        assert_eq!(titles, expected, "{context}: the round's meetings, each whole, in order, none missing");
        let added = titles.len() as i64;
        assert!(
            added == meetings_said || added == meetings_said + 1,
            "{context}: {added} meetings saved, {meetings_said} said"
        );
        assert_eq!(
            scalar(&db, "SELECT count(*) FROM meetings"),
            meetings_before + added,
            "{context}: no other meeting"
        );

        let revisions = scalar(&db, "SELECT count(*) FROM plan_revisions WHERE plan_id = 1") - revisions_before;
        assert!(
            revisions == visions_said || revisions == visions_said + 1,
            "{context}: {revisions} revisions for {visions_said} saves said; printed:\n{printed}\n{}\nlast revisions: {:?}",
            String::from_utf8_lossy(&out.stderr),
            db.conn()
                .prepare("SELECT number, kind, message, substr(snapshot, 1, 0) FROM plan_revisions ORDER BY id DESC LIMIT 4")
                .unwrap()
                .query_map([], |r| Ok(format!("{} {} {}", r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
                .unwrap()
                .collect::<Result<Vec<_>, _>>()
                .unwrap()
        );
        let expected_vision = if revisions == 0 { vision_before } else { vision_text(round, revisions as u64 - 1) };
        assert_eq!(vision(&db), expected_vision, "{context}: the section holds its last save, whole");
    }
    println!(
        "{killed} children killed while saving; {writes} saves and {restores} restores they had said were all there"
    );
    assert!(writes > kills as i64, "the children saved something before they were killed ({writes} saves)");
}
