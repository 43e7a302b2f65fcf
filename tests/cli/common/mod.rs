//! Runs the real `convene` binary the way a person or a script does, each test on its own
//! database file in a temporary folder, with `CONVENE_DB` cleared so nothing leaks in.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The example pages the importer reads (a copy of the shared fixture, kept in the repo).
pub const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/examples-data/urbact-network-pages.txt");

pub struct Convene {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_convene"));
    cmd.env_remove("CONVENE_DB");
    // The CLI speaks the environment's language; these tests read its English.
    cmd.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    cmd
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("convene writes UTF-8")
}

impl Convene {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("convene.db");
        Convene { dir, db }
    }

    /// Another database file in the same temporary folder.
    pub fn other(&self, name: &str) -> Convene {
        Convene { dir: tempfile::tempdir().unwrap(), db: self.dir.path().join(name) }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn run(&self, args: &[&str]) -> Output {
        command().arg("--db").arg(&self.db).args(args).output().unwrap()
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "convene {args:?} failed ({:?}):\n{}{}",
            out.status.code(),
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    /// Runs a command with `--json`; it must succeed and print one JSON document.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.ok(&all);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("convene {all:?} printed no JSON ({e}):\n{out}"))
    }

    /// Runs a command that must fail with `code`; returns its stderr.
    #[track_caller]
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "convene {args:?} should exit with {code}:\n{}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stderr)
    }

    /// The whole database as `export json` prints it, to compare before and after.
    pub fn snapshot(&self) -> String {
        self.ok(&["export", "json"])
    }
}

pub fn exists(path: &Path) -> bool {
    path.exists()
}

/// A network with three partners in three zones.
pub fn iotxchange(c: &Convene) {
    c.ok(&["network", "add", "--name", "IoTXchange", "--kind", "action-planning", "--programme", "URBACT III"]);
    c.ok(&["partner", "add", "iotxchange", "--name", "Jelgava", "--country", "Latvia"]);
    c.ok(&["partner", "add", "iotxchange", "--name", "Fundão", "--country", "PT", "--role", "lead-partner"]);
    c.ok(&["partner", "add", "iotxchange", "--name", "Nevers Agglomération", "--country", "FR"]);
}
