//! The end-to-end tests' hooks: what replaces the native dialogs and the mail program when
//! the window is driven through WebDriver (a GTK file chooser cannot be).
//!
//! They exist only in the build the end-to-end tests run, made with the cargo feature
//! `e2e-hooks` (see docs/e2e.md). In the app a person runs (`scripts/run.sh`, `cargo build
//! --features custom-protocol`) every function here is a constant "no hook" and the
//! variable names are not in the program: no environment can make that app write a file
//! where no dialog asked, or skip the mail program.
//!
//! With the feature, each hook is inert unless its variable is set; the harness
//! (tests/e2e/harness.rs) sets them:
//! - `CONVENE_E2E_SAVE_DIR`: a save goes to that folder under the name the dialog would
//!   have suggested; an open takes the newest file of the wanted extension there.
//! - `CONVENE_E2E_OPEN_FILE`: the file an open dialog picks, when its extension is one
//!   the dialog asks for; it comes before the save folder's newest file.
//! - `CONVENE_E2E_NO_OPEN=1`: an invitation is written but no mail program is launched.
//! - `CONVENE_E2E_DROP_DIR`: the files in that folder stand for a drop on the window, when
//!   nothing was dropped (see [`crate::dropped_files`]).
//! - `CONVENE_E2E_FAIL_FILE`: when that file exists and names a place ("save dialog"), the
//!   work there panics once (the file is removed), so a test sees what a bug shows.
//! - `CONVENE_E2E_HOLD_FILE`: while that file exists and names a place ("calendar import"),
//!   the work there waits before it starts, its progress bar showing, so a test can look at
//!   long work that is running without racing it to its end.

use std::path::PathBuf;

/// A hook's environment variable; without the feature, no variable is read and its name
/// is not even in the program.
#[cfg(feature = "e2e-hooks")]
macro_rules! hook {
    ($name:literal) => {
        std::env::var_os($name)
    };
}

#[cfg(not(feature = "e2e-hooks"))]
macro_rules! hook {
    ($name:literal) => {
        None::<std::ffi::OsString>
    };
}

/// The folder saves go to instead of the save dialog.
pub fn save_dir() -> Option<PathBuf> {
    hook!("CONVENE_E2E_SAVE_DIR").map(PathBuf::from)
}

/// The file an open dialog would pick.
pub fn open_file() -> Option<PathBuf> {
    hook!("CONVENE_E2E_OPEN_FILE").map(PathBuf::from)
}

/// The files a drop on the window would give: every file in `CONVENE_E2E_DROP_DIR`, by name.
pub fn dropped_files() -> Vec<PathBuf> {
    let Some(dir) = hook!("CONVENE_E2E_DROP_DIR") else { return Vec::new() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(PathBuf::from(dir))
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// Whether the test asked the work at `place` to fail as a bug would; asks only once.
pub fn should_fail(place: &str) -> bool {
    let Some(file) = naming(hook!("CONVENE_E2E_FAIL_FILE"), place) else { return false };
    let _ = std::fs::remove_file(file);
    true
}

/// Whether the test holds the work at `place` back for now (see the module doc).
pub fn is_held(place: &str) -> bool {
    naming(hook!("CONVENE_E2E_HOLD_FILE"), place).is_some()
}

/// The file a hook's variable names, when that file exists and names `place`.
fn naming(variable: Option<std::ffi::OsString>, place: &str) -> Option<PathBuf> {
    let file = PathBuf::from(variable?);
    std::fs::read_to_string(&file).is_ok_and(|text| text.trim() == place).then_some(file)
}

/// Whether to write an invitation without launching the mail program.
pub fn no_mail_program() -> bool {
    hook!("CONVENE_E2E_NO_OPEN").is_some_and(|v| v == "1")
}

#[cfg(all(test, not(feature = "e2e-hooks")))]
mod tests {
    use super::*;

    #[test]
    fn the_app_a_person_runs_ignores_the_test_variables() {
        let dir = tempfile::tempdir().unwrap();
        std::env::set_var("CONVENE_E2E_SAVE_DIR", dir.path());
        std::env::set_var("CONVENE_E2E_OPEN_FILE", dir.path().join("picked.ics"));
        std::env::set_var("CONVENE_E2E_NO_OPEN", "1");
        assert_eq!(save_dir(), None);
        assert_eq!(open_file(), None);
        assert!(!no_mail_program());
        std::fs::write(dir.path().join("reply.eml"), "x").unwrap();
        std::env::set_var("CONVENE_E2E_DROP_DIR", dir.path());
        assert!(dropped_files().is_empty());
        std::fs::write(dir.path().join("hold"), "calendar import").unwrap();
        std::env::set_var("CONVENE_E2E_HOLD_FILE", dir.path().join("hold"));
        assert!(!is_held("calendar import"));
    }
}
