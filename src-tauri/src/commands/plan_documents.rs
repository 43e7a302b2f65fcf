//! A plan as documents and files: the sanitized preview of a section's Markdown, the
//! export of a plan as Word, PDF, Markdown or HTML, and the `.convene-plan` file sent to
//! and received from a partner.
//!
//! Why the dialogs open here, in Rust, and not in the UI: the file is written by the
//! shell, so the path must never be one the web page made up. The command opens the
//! native save or open dialog itself (tauri-plugin-dialog's blocking dialog on a blocking
//! thread), writes or reads the file, and tells the UI only where it went. Closing the
//! dialog is not an error: the command answers `None`.
//!
//! Invariants:
//! - The preview HTML is [`convene_plan_export::markdown_to_safe_html`]'s, sanitized by
//!   ammonia; it is the only HTML the UI inserts (ui/src/components/plan/SanitizedHtml.svelte).
//! - An export or a send never changes the plan; a file is written whole or not at all
//!   (written beside the target, then renamed over it).
//!
//! Test seam: when the environment variable [`E2E_SAVE_DIR`] (`CONVENE_E2E_SAVE_DIR`)
//! names a folder, no dialog opens (a GTK file chooser cannot be driven through
//! WebDriver): a save goes to that folder under the name the dialog would have
//! suggested, and an open takes the newest file of the wanted extension there. The
//! end-to-end harness (tests/e2e/harness.rs) sets it; nothing else should.

use std::path::{Path, PathBuf};

use convene_core::plan::{load_plan_document, receive_plan_file as receive_from, send_plan_to_file, PlanDocument, ReceiveReport};
use convene_core::Error;
use convene_plan_export::{export_plan, markdown_to_safe_html, ExportFormat};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{CommandResult, IpcError};
use crate::state::AppState;

/// The test seam described in the module docs.
pub const E2E_SAVE_DIR: &str = "CONVENE_E2E_SAVE_DIR";

/// The extension of the files partners exchange.
const PLAN_FILE_EXTENSION: &str = "convene-plan";

fn stopped(e: impl std::fmt::Display) -> IpcError {
    IpcError::internal(format!("the work stopped unexpectedly: {e}"))
}

/// The section's Markdown as sanitized HTML for the preview.
#[tauri::command]
pub async fn render_markdown_preview(text: String) -> CommandResult<String> {
    tauri::async_runtime::spawn_blocking(move || markdown_to_safe_html(&text)).await.map_err(stopped)
}

/// "Gävle IAP": the partner city's name, or the plan's title for a plan without one,
/// without characters a file name cannot hold.
fn suggested_stem(doc: &PlanDocument) -> String {
    let base = doc.plan.partner_name.as_deref().unwrap_or(&doc.plan.title);
    let clean: String =
        base.chars().map(|c| if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() { '-' } else { c }).collect();
    format!("{} IAP", clean.trim().trim_matches('.'))
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Docx => "Word document",
        ExportFormat::Pdf => "PDF document",
        ExportFormat::Markdown => "Markdown",
        ExportFormat::Html => "Web page",
    }
}

/// Where to save: the native dialog's answer (None when closed), or the test seam's folder.
async fn choose_save_path(app: &AppHandle, title: &str, file_name: String, filter: (&'static str, &'static str)) -> CommandResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR) {
        return Ok(Some(PathBuf::from(dir).join(file_name)));
    }
    let dialog = app.dialog().file().set_title(title).set_file_name(file_name).add_filter(filter.0, &[filter.1]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file()).await.map_err(stopped)?;
    picked
        .map(|p| p.into_path().map_err(|e| IpcError::internal(format!("the dialog gave a place that is not a file: {e}"))))
        .transpose()
}

/// What to open: the native dialog's answer (None when closed), or the newest file with
/// `extension` in the test seam's folder.
async fn choose_open_path(app: &AppHandle, title: &str, filter: (&'static str, &'static str)) -> CommandResult<Option<PathBuf>> {
    if let Some(dir) = std::env::var_os(E2E_SAVE_DIR) {
        return Ok(newest_with_extension(Path::new(&dir), filter.1));
    }
    let dialog = app.dialog().file().set_title(title).add_filter(filter.0, &[filter.1]);
    let picked = tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file()).await.map_err(stopped)?;
    picked
        .map(|p| p.into_path().map_err(|e| IpcError::internal(format!("the dialog gave a place that is not a file: {e}"))))
        .transpose()
}

fn newest_with_extension(dir: &Path, extension: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
}

/// Writes `bytes` to `path` whole: to a hidden file beside it, then renamed over it.
fn write_whole(path: &Path, bytes: &[u8]) -> convene_core::Result<()> {
    let cannot = |e: std::io::Error| Error::BadInput(format!("cannot write {}: {e}; choose another folder", path.display()));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let part = path.with_file_name(format!(".{name}.part"));
    let written = std::fs::write(&part, bytes).and_then(|()| std::fs::rename(&part, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(cannot(e));
    }
    Ok(())
}

/// Exports the plan as `format` (`docx`, `pdf`, `md` or `html`) to a file the person
/// chooses; answers the path written, or `None` when the dialog was closed.
#[tauri::command]
pub async fn export_plan_file(app: AppHandle, state: State<'_, AppState>, plan_id: i64, format: String) -> CommandResult<Option<String>> {
    let format: ExportFormat = format.parse()?;
    let doc = state.run(move |db| load_plan_document(db, plan_id)).await?;
    let name = format!("{}.{}", suggested_stem(&doc), format.extension());
    let title = format!("Export {} as a {}", doc.plan.title, format_name(format));
    let Some(path) = choose_save_path(&app, &title, name, (format_name(format), format.extension())).await? else {
        return Ok(None);
    };
    let written = path.clone();
    tauri::async_runtime::spawn_blocking(move || -> convene_core::Result<()> {
        let bytes = export_plan(&doc, format)?;
        write_whole(&path, &bytes)
    })
    .await
    .map_err(stopped)??;
    Ok(Some(written.display().to_string()))
}

/// Saves the plan with its whole history as a `.convene-plan` file to send to a partner;
/// answers the path written, or `None` when the dialog was closed.
#[tauri::command]
pub async fn send_plan_file(app: AppHandle, state: State<'_, AppState>, plan_id: i64) -> CommandResult<Option<String>> {
    let doc = state.run(move |db| load_plan_document(db, plan_id)).await?;
    let name = format!("{}.{PLAN_FILE_EXTENSION}", suggested_stem(&doc));
    let title = format!("Send {} to a partner", doc.plan.title);
    let Some(path) = choose_save_path(&app, &title, name, ("Convene plan", PLAN_FILE_EXTENSION)).await? else {
        return Ok(None);
    };
    let written = path.clone();
    state.run(move |db| send_plan_to_file(db, plan_id, &path)).await?;
    Ok(Some(written.display().to_string()))
}

/// Reads a `.convene-plan` file a partner sent (chosen in the open dialog) and merges it;
/// answers what happened, or `None` when the dialog was closed.
#[tauri::command]
pub async fn receive_plan_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<ReceiveReport>> {
    let Some(path) = choose_open_path(&app, "Receive a plan from a partner", ("Convene plan", PLAN_FILE_EXTENSION)).await? else {
        return Ok(None);
    };
    state.run(move |db| receive_from(db, &path)).await.map(Some)
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
