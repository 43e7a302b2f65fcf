//! The native save and open dialogs as the shell's commands use them, and writing a file
//! whole, and the file names they suggest. Shared by the plan exports
//! (commands/plan_documents.rs), the calendars (commands/calendar.rs) and Settings > Data
//! (commands/data.rs).
//!
//! Why the dialogs open in Rust and not in the UI: the shell writes and reads the files,
//! so a path must never be one the web page made up, and the window needs no dialog
//! permission for these features. A dialog runs as tauri-plugin-dialog's blocking dialog
//! on a blocking thread; closing it is not an error: the answer is `None`.
//!
//! Invariants:
//! - A file is written whole or not at all: to a hidden file beside it, then renamed over
//!   it ([`write_whole`]); a failed write leaves no temporary file behind.
//! - A path never comes from the web page: no command takes one (a shell test,
//!   `no_command_takes_a_path_from_the_web_page` in lib.rs, fails when one does).
//!
//! Test seams: in the end-to-end tests' build (cargo feature `e2e-hooks`) a save can go
//! to a folder and an open can pick a given file without a dialog; see
//! [`crate::test_hooks`]. The app a person runs has no such seam.

use std::path::{Path, PathBuf};

use convene_core::i18n::{self, Message};
use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use crate::command_panics::stopped;
use crate::error::{CommandResult, IpcError};
use crate::test_hooks;

/// A kind of file as the dialogs filter it: the catalogue id of its name
/// (`file-kind-icalendar`, said in the window's language) and its extensions (`["ics"]`);
/// a save suggests the first.
pub type FileKind<'a> = (&'static str, &'a [&'a str]);

/// A dialog's title: the catalogue `message` in the window's language.
pub fn dialog_title(message: Message) -> String {
    message.render(i18n::current())
}

/// The name of `kind` in the window's language.
fn kind_name(kind: FileKind<'_>) -> String {
    Message::new(kind.0).render(i18n::current())
}

fn as_file(p: tauri_plugin_dialog::FilePath) -> CommandResult<PathBuf> {
    p.into_path().map_err(|e| {
        IpcError::internal(
            convene_core::i18n::Message::new("error-window-dialog-not-a-file")
                .arg("reason", e.to_string())
                .render(convene_core::i18n::current()),
        )
    })
}

/// `name` as the stem of a file name every system accepts: each character a file name
/// cannot hold (`/ \\ : * ? " < > |`, control characters) becomes `-`, dots and spaces at
/// the ends go, and at most 120 characters stay; `fallback` when nothing is left.
pub fn file_stem(name: &str, fallback: &str) -> String {
    let forbidden = |c: char| matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control();
    let clean: String = name.chars().map(|c| if forbidden(c) { '-' } else { c }).collect();
    let clean: String = clean.trim().trim_matches('.').trim().chars().take(120).collect();
    if clean.is_empty() {
        fallback.to_string()
    } else {
        clean
    }
}

/// Where to save: the native dialog's answer (None when closed), or the test seam's folder.
pub async fn choose_save_path(
    app: &AppHandle,
    title: impl Into<String>,
    file_name: String,
    kind: FileKind<'_>,
) -> CommandResult<Option<PathBuf>> {
    if test_hooks::should_fail("save dialog") {
        tauri::async_runtime::spawn_blocking(|| panic!("the save dialog failed (asked by the test)"))
            .await
            .map_err(stopped)?;
    }
    if let Some(dir) = test_hooks::save_dir() {
        return Ok(Some(dir.join(file_name)));
    }
    let dialog = app.dialog().file().set_title(title).set_file_name(file_name).add_filter(kind_name(kind), kind.1);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.map_err(stopped)?;
    picked.map(as_file).transpose()
}

/// What to open: the native dialog's answer (None when closed), or the test seams' file.
pub async fn choose_open_path(
    app: &AppHandle,
    title: impl Into<String>,
    kind: FileKind<'_>,
) -> CommandResult<Option<PathBuf>> {
    if let Some(file) = test_hooks::open_file() {
        if has_extension(&file, kind.1) {
            return Ok(Some(file));
        }
    }
    if let Some(dir) = test_hooks::save_dir() {
        return Ok(newest_with_extension(&dir, kind.1));
    }
    let dialog = app.dialog().file().set_title(title).add_filter(kind_name(kind), kind.1);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await.map_err(stopped)?;
    picked.map(as_file).transpose()
}

/// Several files to open: the native dialog's answer (None when closed), or the test seam's
/// file.
pub async fn choose_open_paths(
    app: &AppHandle,
    title: impl Into<String>,
    kind: FileKind<'_>,
) -> CommandResult<Option<Vec<PathBuf>>> {
    if let Some(file) = test_hooks::open_file() {
        if has_extension(&file, kind.1) {
            return Ok(Some(vec![file]));
        }
    }
    let dialog = app.dialog().file().set_title(title).add_filter(kind_name(kind), kind.1);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_files()).await.map_err(stopped)?;
    picked.map(|files| files.into_iter().map(as_file).collect()).transpose()
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension().is_some_and(|x| extensions.iter().any(|e| x == *e))
}

/// The most recently changed file with one of `extensions` in `dir`.
pub fn newest_with_extension(dir: &Path, extensions: &[&str]) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| has_extension(p, extensions))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

/// Writes `bytes` to `path` whole: to a hidden file beside it, then renamed over it.
pub fn write_whole(path: &Path, bytes: &[u8]) -> convene_core::Result<()> {
    convene_core::file_write::write_file(path, bytes)
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
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "a failed write leaves nothing behind");
    }

    #[test]
    fn suggested_names_keep_accents_and_lose_what_a_file_name_cannot_hold() {
        assert_eq!(file_stem("TechTown - Rīga", "calendar"), "TechTown - Rīga");
        assert_eq!(file_stem("Kick-off: Gävle / Võru?", "calendar"), "Kick-off- Gävle - Võru-");
        assert_eq!(file_stem("  ..  ", "calendar"), "calendar");
        assert_eq!(file_stem("a\tb|c", "x"), "a-b-c");
        assert_eq!(file_stem(&"x".repeat(300), "calendar").chars().count(), 120);
    }

    #[test]
    fn the_test_seam_opens_the_newest_file_of_the_kind() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(newest_with_extension(dir.path(), &["convene-plan"]), None);
        std::fs::write(dir.path().join("a.convene-plan"), "a").unwrap();
        std::fs::write(dir.path().join("b.docx"), "b").unwrap();
        assert_eq!(newest_with_extension(dir.path(), &["convene-plan"]), Some(dir.path().join("a.convene-plan")));
        assert_eq!(newest_with_extension(dir.path(), &["sqlite", "docx"]), Some(dir.path().join("b.docx")));
    }
}
