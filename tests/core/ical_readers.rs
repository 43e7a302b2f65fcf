//! The independent iCalendar readers the interop tests run: python `icalendar`
//! (tests/interop/ical/read_icalendar.py, in the virtualenv of `ensure_interop`) and
//! `ical.js` (tests/interop/ical/read_icaljs.cjs), each printing every VEVENT of a file as
//! JSON with the instants it resolved itself. Shared by ical_interop.rs and
//! ical_import_interop.rs; a missing reader fails the test and says how to install it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct ReadEvent {
    pub uid: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    pub url: Option<String>,
    pub status: Option<String>,
    pub sequence: Option<i64>,
    pub tzid: Option<String>,
    pub start_utc: Option<String>,
    pub end_utc: Option<String>,
    /// python only: the same time resolved through the file's VTIMEZONE.
    #[serde(default)]
    pub start_utc_vtimezone: Option<String>,
    #[serde(default)]
    pub end_utc_vtimezone: Option<String>,
    pub all_day: bool,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Reading {
    pub reader: String,
    pub events: Vec<ReadEvent>,
    #[serde(default)]
    pub problems: Vec<String>,
}

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative)
}

pub fn interop_env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: the interop tests need the independent readers. Run scripts/test-interop.sh \
             (or `source scripts/setup.sh && ensure_interop` in this shell first)."
        )
    })
}

/// Runs both readers over `file`; a reader that cannot parse the file fails the test.
pub fn read_with_both(file: &Path) -> Vec<Reading> {
    let python = interop_env("CONVENE_INTEROP_PYTHON");
    let node_modules = interop_env("CONVENE_INTEROP_NODE_MODULES");
    let mut python_cmd = Command::new(&python);
    python_cmd.arg(repo_path("tests/interop/ical/read_icalendar.py")).arg(file);
    let mut node_cmd = Command::new("node");
    node_cmd.env("NODE_PATH", &node_modules).arg(repo_path("tests/interop/ical/read_icaljs.cjs")).arg(file);
    [("python icalendar", python_cmd), ("ical.js", node_cmd)]
        .into_iter()
        .map(|(name, mut cmd)| {
            let out = cmd.output().unwrap_or_else(|e| panic!("cannot start the {name} reader ({cmd:?}): {e}"));
            assert!(
                out.status.success(),
                "{name} could not read {}:\n{}{}",
                file.display(),
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout)
            );
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
                panic!("{name} reader printed no JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout))
            })
        })
        .collect()
}
