//! When the disk fails: a full disk, a read-only database file or folder, a database
//! another program keeps locked. Each gives a plain error naming the file and saying what
//! to do, loses nothing saved, leaves an older export byte for byte as it was, and the
//! same command works once the cause is gone.
//!
//! A full or read-only disk is a small tmpfs mounted for the test (the tests run as root
//! in CI); where mounting is not permitted the test says so and passes without checking.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{text, Convene};

/// A tmpfs of `kib` KiB mounted at a new folder; unmounted when dropped.
struct SmallDisk {
    at: PathBuf,
    filler: PathBuf,
}

impl SmallDisk {
    fn mount(at: &Path, kib: u64) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kib}k"), "tmpfs"])
            .arg(at)
            .output()
            .ok()?;
        if !out.status.success() {
            eprintln!("SKIPPED: cannot mount a small tmpfs here ({}); not checked", text(&out.stderr).trim());
            return None;
        }
        Some(SmallDisk { at: at.to_path_buf(), filler: at.join("filler") })
    }

    /// Fills the disk until only about `free` bytes are left.
    fn fill_leaving(&self, free: u64) {
        use std::io::Write;
        let _ = std::fs::remove_file(&self.filler);
        let mut file = std::fs::File::create(&self.filler).unwrap();
        let block = vec![0u8; 4096];
        let mut written = 0u64;
        while file.write_all(&block).and_then(|()| file.sync_all()).is_ok() {
            written += 4096;
        }
        drop(file);
        std::fs::remove_file(&self.filler).unwrap();
        // Written again block by block: with little left to spare, the file system's own
        // bookkeeping can make the same bytes not fit a second time; then it is as full as
        // it gets, which is what the test wants.
        let mut file = std::fs::File::create(&self.filler).unwrap();
        let mut left = written.saturating_sub(free);
        while left > 0 {
            let n = left.min(block.len() as u64) as usize;
            if file.write_all(&block[..n]).and_then(|()| file.sync_all()).is_err() {
                break;
            }
            left -= n as u64;
        }
    }

    fn empty_filler(&self) {
        std::fs::remove_file(&self.filler).unwrap();
    }

    fn remount(&self, mode: &str) {
        let out = Command::new("mount").args(["-o", &format!("remount,{mode}")]).arg(&self.at).output().unwrap();
        assert!(out.status.success(), "remount {mode}: {}", text(&out.stderr));
    }

    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.at)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "filler")
            .collect();
        names.sort();
        names
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.at).status();
    }
}

/// A calendar of `events` all-day events whose UIDs start with `prefix`.
fn calendar(prefix: &str, events: usize) -> String {
    let mut ics = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene disk test//EN\r\n");
    for n in 0..events {
        let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(n as u64 % 700);
        ics.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{prefix}{n}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{}\r\nSUMMARY:Working group {n} of {prefix}\r\nLOCATION:Town hall room {n}\r\nDESCRIPTION:Minutes and follow-up of working group {n}\r\nEND:VEVENT\r\n",
            day.format("%Y%m%d"),
        ));
    }
    ics.push_str("END:VCALENDAR\r\n");
    ics
}

/// TechTown with Gävle's plan (a long section, two actions) and 60 meetings.
fn techtown(c: &Convene) {
    c.ok(&["network", "add", "--name", "TechTown", "--kind", "action-planning"]);
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    c.ok(&["plan", "create", "techtown", "--partner", "gavle", "--title", "Digital jobs in Gävle"]);
    let vision = "Young people **stay** in Gävle and find work in its digital firms. ".repeat(120);
    c.ok(&["plan", "section", "set", "1", "vision", "--text", &vision]);
    c.ok(&["plan", "action", "add", "1", "--title", "Coding school", "--cost", "12500"]);
    c.ok(&["plan", "action", "add", "1", "--title", "Makerspace", "--cost", "3000.5"]);
    let ics = c.path("meetings.ics");
    std::fs::write(&ics, calendar("tt", 60)).unwrap();
    c.ok(&["import", "ics", ics.to_str().unwrap(), "--network", "techtown"]);
}

#[test]
fn an_export_that_fails_on_a_full_disk_leaves_the_old_file_byte_identical_and_works_once_there_is_room() {
    let c = Convene::new();
    techtown(&c);
    let Some(disk) = SmallDisk::mount(&c.path("small"), 1024) else { return };
    let free = 4096;
    let exports: [(&str, Vec<&str>); 8] = [
        ("calendar.ics", vec!["export", "ics", "techtown", "--out"]),
        ("all.json", vec!["export", "json", "--out"]),
        ("plan.docx", vec!["plan", "export", "1", "--out"]),
        ("plan.pdf", vec!["plan", "export", "1", "--out"]),
        ("plan.md", vec!["plan", "export", "1", "--out"]),
        ("plan.html", vec!["plan", "export", "1", "--out"]),
        ("gavle.convene-plan", vec!["plan", "send", "1", "--out"]),
        ("backup.sqlite", vec!["backup"]),
    ];
    for (name, args) in exports {
        let target = disk.at.join(name);
        let old = format!("the {name} exported last week\n").repeat(50).into_bytes();
        std::fs::write(&target, &old).unwrap();
        disk.fill_leaving(free);
        let mut all = args.clone();
        all.push(target.to_str().unwrap());
        let err = c.fails(&all, 1);
        assert!(err.contains(&target.display().to_string()) && err.contains("the disk is full"), "{name}: {err}");
        assert!(err.contains("free some space"), "{name} says what to do: {err}");
        assert_eq!(std::fs::read(&target).unwrap(), old, "{name}: the old file is unchanged");
        assert_eq!(disk.files(), vec![name.to_string()], "{name}: no temporary file is left");

        disk.empty_filler();
        c.ok(&all);
        let written = std::fs::read(&target).unwrap();
        assert!(written.len() as u64 > free, "{name} ({} bytes) did not need more than the free space", written.len());
        assert_ne!(written, old);
        std::fs::remove_file(&target).unwrap();
    }
}

#[test]
fn a_full_disk_under_the_database_saves_nothing_says_so_and_the_import_works_once_there_is_room() {
    let c0 = Convene::new();
    let Some(disk) = SmallDisk::mount(&c0.path("small"), 16 * 1024) else { return };
    let c = Convene { dir: tempfile::tempdir().unwrap(), db: disk.at.join("convene.db") };
    techtown(&c);
    let before = c.snapshot();
    let big = c.path("big.ics");
    std::fs::write(&big, calendar("big", 1500)).unwrap();
    disk.fill_leaving(16 * 1024);
    let err = c.fails(&["import", "ics", big.to_str().unwrap(), "--network", "techtown"], 1);
    assert!(err.contains(&c.db.display().to_string()) && err.contains("the disk is full"), "{err}");
    assert!(err.contains("Nothing of this command was saved") && err.contains("free some space"), "{err}");
    disk.empty_filler();
    assert_eq!(c.snapshot(), before, "nothing was saved and nothing lost");
    c.ok(&["import", "ics", big.to_str().unwrap(), "--network", "techtown"]);
    let meetings = c.json(&["meetings", "techtown"]);
    assert_eq!(meetings.as_array().map(Vec::len), Some(1560), "{meetings:.200}");
}

#[test]
fn a_read_only_folder_gives_a_plain_error_and_saving_works_once_it_is_writable() {
    let c0 = Convene::new();
    let Some(disk) = SmallDisk::mount(&c0.path("small"), 4096) else { return };
    let c = Convene { dir: tempfile::tempdir().unwrap(), db: disk.at.join("convene.db") };
    techtown(&c);
    let before = c.snapshot();
    disk.remount("ro");
    let err = c.fails(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"], 1);
    assert!(err.contains(&c.db.display().to_string()) && err.contains("read-only"), "{err}");
    assert!(err.contains("make this one writable"), "{err}");
    let elsewhere = Convene::new();
    techtown(&elsewhere);
    let out = disk.at.join("plan.md");
    let err = elsewhere.fails(&["plan", "export", "1", "--out", out.to_str().unwrap()], 1);
    assert!(err.contains(&out.display().to_string()) && err.contains("read-only"), "{err}");
    disk.remount("rw");
    assert_eq!(c.snapshot(), before);
    c.ok(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"]);
    elsewhere.ok(&["plan", "export", "1", "--out", out.to_str().unwrap()]);
    assert!(c.ok(&["networks"]).contains("Võru Ålliance"));
}

#[test]
fn a_read_only_database_file_gives_a_plain_error_and_saving_works_once_it_is_writable() {
    let c = Convene::new();
    techtown(&c);
    let before = c.snapshot();
    let bound = Command::new("mount").arg("--bind").arg(&c.db).arg(&c.db).output().unwrap();
    if !bound.status.success() {
        eprintln!("SKIPPED: cannot bind-mount the database file read-only ({})", text(&bound.stderr).trim());
        return;
    }
    let ro = Command::new("mount").args(["-o", "remount,ro,bind"]).arg(&c.db).output().unwrap();
    assert!(ro.status.success(), "{}", text(&ro.stderr));
    let err = c.fails(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"], 1);
    let unmounted = Command::new("umount").arg(&c.db).status().unwrap();
    assert!(unmounted.success());
    assert!(err.contains(&c.db.display().to_string()) && err.contains("read-only"), "{err}");
    assert_eq!(c.snapshot(), before);
    c.ok(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"]);
    assert!(c.ok(&["networks"]).contains("Võru Ålliance"));
}

#[test]
fn a_database_locked_by_another_program_gives_a_plain_error_and_saving_works_once_it_lets_go() {
    let c = Convene::new();
    techtown(&c);
    let before = c.snapshot();
    let other = rusqlite::Connection::open(&c.db).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE; CREATE TABLE another_program (x);").unwrap();
    let err = c.fails(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"], 1);
    assert!(err.contains(&c.db.display().to_string()) && err.contains("locked by another program"), "{err}");
    assert!(err.contains("Nothing was saved") && err.contains("close that program"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert_eq!(c.snapshot(), before);
    c.ok(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"]);
}

/// Rows per table of a database, read without changing it (full-text tables aside: an
/// upgrade rebuilds them).
fn rows_per_table(db: &Path) -> std::collections::BTreeMap<String, i64> {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok", "{}", db.display());
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' AND name NOT LIKE 'sqlite_%'")
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

fn schema_version(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
}

#[test]
fn an_upgrade_that_runs_out_of_disk_leaves_the_old_database_usable_and_completes_once_there_is_room() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/core/fixtures/schemas/schema-1.db");
    let c0 = Convene::new();
    let Some(disk) = SmallDisk::mount(&c0.path("small"), 8 * 1024) else { return };
    let c = Convene { dir: tempfile::tempdir().unwrap(), db: disk.at.join("convene.db") };
    let before = rows_per_table(&fixture);
    let mut failures = 0;
    // From no room at all to nearly enough: the upgrade stops at its copy taken before
    // upgrading, inside a migration, or while rebuilding the search index.
    for free in [0, 16 << 10, 128 << 10, 512 << 10, 1 << 20, 2 << 20] {
        for name in disk.files() {
            std::fs::remove_file(disk.at.join(name)).unwrap();
        }
        std::fs::copy(&fixture, &c.db).unwrap();
        disk.fill_leaving(free);
        let out = c.run(&["networks"]);
        disk.empty_filler();
        let err = text(&out.stderr);
        eprintln!("{free:>8} bytes free: exit {:?} {}", out.status.code(), err.lines().next().unwrap_or(""));
        if out.status.success() {
            continue;
        }
        failures += 1;
        assert!(err.contains("the disk is full") && err.contains("free some space"), "{free} bytes free: {err}");
        assert!(!err.contains("panicked") && !err.contains("internal error"), "{free} bytes free: {err}");
        let version = schema_version(&c.db);
        assert!(version >= 1, "{free} bytes free: the database is at schema {version}");
        let after = rows_per_table(&c.db);
        for (table, rows) in &before {
            assert_eq!(after.get(table), Some(rows), "{free} bytes free, at schema {version}: rows of {table}");
        }
        let listed = c.ok(&["networks"]);
        assert!(listed.contains("TechTown Ålliance"), "{free} bytes free: once there is room it upgrades: {listed}");
        let upgraded = rows_per_table(&c.db);
        for (table, rows) in &before {
            assert_eq!(upgraded.get(table), Some(rows), "{free} bytes free, upgraded: rows of {table}");
        }
    }
    assert!(failures >= 3, "only {failures} of the six upgrades ran out of room; the disk is too large for the test");
}
