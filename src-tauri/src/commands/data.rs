//! Settings > Data: backup now, restore from a backup, import pages, export JSON. The paths
//! come from the native open and save dialogs (@tauri-apps/plugin-dialog) in the UI.

use std::path::PathBuf;

use convene_core::exchange;
use convene_core::ipc::AppInfo;
use convene_core::urbact::{import_urbact_file, ImportOptions, ImportReport};
use convene_core::Error;
use tauri::State;

use crate::error::{bad_path, CommandResult, IpcError};
use crate::state::AppState;

fn chosen(path: &str, what: &str) -> CommandResult<PathBuf> {
    let path = path.trim();
    if path.is_empty() {
        return Err(bad_path(what));
    }
    Ok(PathBuf::from(path))
}

/// Copies the whole database to `path` (SQLite's online backup; safe while in use).
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>, path: String) -> CommandResult<()> {
    let dest = chosen(&path, "backup")?;
    state.run(move |db| db.backup_to(&dest)).await
}

/// Replaces the database with a backup; see `AppState::restore` for how it stays safe.
#[tauri::command]
pub async fn restore_backup(app: tauri::AppHandle, path: String) -> CommandResult<AppInfo> {
    use tauri::Manager;
    let source = chosen(&path, "backup to restore")?;
    tauri::async_runtime::spawn_blocking(move || app.state::<AppState>().restore(&source))
        .await
        .map_err(|e| IpcError::internal(format!("the restore stopped unexpectedly: {e}")))?
}

/// Imports URBACT network and good-practice pages saved as a text file; importing the same
/// pages again changes nothing (the report says so).
#[tauri::command]
pub async fn import_pages(state: State<'_, AppState>, path: String) -> CommandResult<ImportReport> {
    let source = chosen(&path, "pages to import")?;
    state.run(move |db| import_urbact_file(db, &source, &ImportOptions::default())).await
}

/// Writes every record as one JSON document (the shape is described in docs/json.md).
#[tauri::command]
pub async fn export_json(state: State<'_, AppState>, path: String) -> CommandResult<()> {
    let dest = chosen(&path, "export")?;
    state
        .run(move |db| {
            let json = exchange::export_json(db)?;
            std::fs::write(&dest, json).map_err(|e| Error::BadInput(format!("cannot write {}: {e}", dest.display())))
        })
        .await
}
