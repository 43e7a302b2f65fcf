//! The native save and open dialogs as the shell's commands use them, and writing a file
//! whole. Shared by the plan exports (commands/plan_documents.rs) and the calendars
//! (commands/calendar.rs).
//!
//! Why the dialogs open in Rust and not in the UI: the shell writes and reads the files,
//! so a path must never be one the web page made up, and the window needs no dialog
//! permission for these features. A dialog runs as tauri-plugin-dialog's blocking dialog
//! on a blocking thread; closing it is not an error: the answer is `None`.
//!
//! Invariants:
//! - A file is written whole or not at all: to a hidden file beside it, then renamed over
//!   it ([`write_whole`]); a failed write leaves no temporary file behind.
//!
//! Test seams (a GTK file chooser cannot be driven through WebDriver), inert unless their
//! environment variable is set; the end-to-end harness (tests/e2e/harness.rs) sets them,
//! nothing else should:
//! - [`E2E_SAVE_DIR`] (`CONVENE_E2E_SAVE_DIR`): a save goes to that folder under the name
//!   the dialog would have suggested; an open takes the newest file of the wanted
//!   extension there.
//! - [`E2E_OPEN_FILE`] (`CONVENE_E2E_OPEN_FILE`): the file an open dialog picks, when its
//!   extension is the one the dialog asks for (a dialog for `.ics` files cannot pick a
//!   `.convene-plan`); it comes before the save folder's newest file.

use std::path::{Path, PathBuf};

use convene_core::Error;
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::error::{CommandResult, IpcError};

/// Test seam: save into this folder without a dialog (see the module docs).
pub const E2E_SAVE_DIR: &str = "CONVENE_E2E_SAVE_DIR";
/// Test seam: the file the open dialog picks (see the module docs).
pub const E2E_OPEN_FILE: &str = "CONVENE_E2E_OPEN_FILE";

/// A kind of file as the dialogs filter it: its name ("iCalendar") and extension ("ics").
pub type FileKind = (&'static str, &'static str);

/// The error of a blocking task that did not finish (it panicked or was cancelled).
pub fn stopped(e: impl std::fmt::Display) -> IpcError {
    IpcError::internal(format!("the work stopped unexpectedly: {e}"))
}

fn as_file(p: tauri_plugin_dialog::FilePath) -> CommandResult<PathBuf> {
    p.into_path().map_err(|e| IpcError::internal(format!("the dialog gave a place that is not a file: {e}")))
}

/// Where to save: the native dialog's answer (None when closed), or the test seam's folder.
pub async fn choose_save_path(
    app: &AppHandle,
    title: impl Into<String>,
    file_name: String,
    kind: FileKind,
) -> CommandResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR) {
        return Ok(Some(PathBuf::from(dir).join(file_name)));
    }
    let dialog = app.dialog().file().set_title(title).set_file_name(file_name).add_filter(kind.0, &[kind.1]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.map_err(stopped)?;
    picked.map(as_file).transpose()
}

/// What to open: the native dialog's answer (None when closed), or the test seams' file.
pub async fn choose_open_path(app: &AppHandle, title: impl Into<String>, kind: FileKind) -> CommandResult<Option<PathBuf>> {
    if let Some(file) = std::env::var_os(E2E_OPEN_FILE).map(PathBuf::from) {
        if file.extension().is_some_and(|x| x == kind.1) {
            return Ok(Some(file));
        }
    }
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR) {
        return Ok(newest_with_extension(Path::new(&dir), kind.1));
    }
    let dialog = app.dialog().file().set_title(title).add_filter(kind.0, &[kind.1]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await.map_err(stopped)?;
    picked.map(as_file).transpose()
}

/// The most recently changed file with `extension` in `dir`.
pub fn newest_with_extension(dir: &Path, extension: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

/// Writes `bytes` to `path` whole: to a hidden file beside it, then renamed over it.
pub fn write_whole(path: &Path, bytes: &[u8]) -> convene_core::Result<()> {
    let cannot = |e: std::io::Error| Error::BadInput(format!("cannot write {}: {e}; choose another folder", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let part = path.with_file_name(format!(".{name}.part"));
    if let Err(e) = std::fs::write(&part, bytes).and_then(|()| std::fs::rename(&part, path)) {
        let _ = std::fs::remove_file(&part);
        return Err(cannot(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_written_whole_and_replaces_an_older_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Gävle IAP.docx");
        std::fs::write(&path, b"old").unwrap();
        write_whole(&path, b"new bytes").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new bytes");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left beside it");
        let err = write_whole(&dir.path().join("missing/x.docx"), b"x").unwrap_err();
        assert!(err.to_string().contains("choose another folder"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "a failed write leaves nothing behind");
    }

    #[test]
    fn the_test_seam_opens_the_newest_file_of_the_kind() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(newest_with_extension(dir.path(), "convene-plan"), None);
        std::fs::write(dir.path().join("a.convene-plan"), "a").unwrap();
        std::fs::write(dir.path().join("b.docx"), "b").unwrap();
        assert_eq!(newest_with_extension(dir.path(), "convene-plan"), Some(dir.path().join("a.convene-plan")));
    }
}
