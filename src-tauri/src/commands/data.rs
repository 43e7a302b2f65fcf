//! Settings > Data: back up now, restore from a backup, import pages, export JSON.
//!
//! Every file is chosen in the native dialog opened here, in Rust, never by the web page
//! ([`crate::file_dialogs`]); closing a dialog is not an error, the command answers `None`.
//! A restore asks twice: [`choose_backup_to_restore`] opens the dialog and remembers the
//! file (the window shows its name in the confirmation), [`restore_chosen_backup`]
//! replaces the data with it once the person confirms.

use chrono::Local;
use convene_core::exchange;
use convene_core::i18n::Message;
use convene_core::ipc::AppInfo;
use convene_core::urbact::{import_urbact_file, ImportOptions, ImportReport};
use tauri::{AppHandle, Manager, State};

use crate::command_panics::stopped;
use crate::error::{CommandResult, IpcError};
use crate::file_dialogs::{choose_open_path, choose_save_path, dialog_title, write_whole, FileKind};
use crate::state::AppState;

const BACKUP: FileKind<'static> = ("file-kind-backup", &["sqlite", "db", "bak"]);
const PAGES: FileKind<'static> = ("file-kind-urbact-pages", &["txt", "md"]);
const JSON: FileKind<'static> = ("file-kind-json", &["json"]);

fn today() -> String {
    Local::now().date_naive().to_string()
}

/// Copies the whole database (SQLite's online backup; safe while in use) to a file chosen
/// in the save dialog; answers the path written, or `None` when the dialog was closed.
#[tauri::command]
pub async fn backup_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<String>> {
    let name = format!("convene-backup-{}.sqlite", today());
    let Some(dest) =
        choose_save_path(&app, dialog_title(Message::new("window-dialog-backup-save")), name, BACKUP).await?
    else {
        return Ok(None);
    };
    let written = dest.display().to_string();
    state.run(move |db| db.backup_to(&dest)).await?;
    Ok(Some(written))
}

/// Opens the dialog for the backup to restore and remembers the file; answers its path
/// for the confirmation, or `None` when the dialog was closed. Nothing changes yet.
#[tauri::command]
pub async fn choose_backup_to_restore(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<String>> {
    let picked = choose_open_path(&app, dialog_title(Message::new("window-dialog-backup-restore")), BACKUP).await?;
    let shown = picked.as_ref().map(|p| p.display().to_string());
    state.set_chosen_backup(picked);
    Ok(shown)
}

/// Replaces the database with the backup [`choose_backup_to_restore`] remembered; see
/// `AppState::restore` for how it stays safe.
#[tauri::command]
pub async fn restore_chosen_backup(app: AppHandle) -> CommandResult<AppInfo> {
    let Some(source) = app.state::<AppState>().take_chosen_backup() else {
        return Err(IpcError {
            code: "bad_input".into(),
            message: Message::new("error-window-no-backup-chosen").render(convene_core::i18n::current()),
            field: None,
        });
    };
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let restored = state.restore(&source);
        if restored.is_err() {
            // Kept for another try from the same confirmation (the database may have been busy).
            state.set_chosen_backup(Some(source));
        }
        restored
    })
    .await
    .map_err(stopped)?
}

/// Imports URBACT network and good-practice pages saved as a text file chosen in the open
/// dialog; importing the same pages again changes nothing (the report says so). `None`
/// when the dialog was closed.
#[tauri::command]
pub async fn import_pages_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<ImportReport>> {
    let Some(source) = choose_open_path(&app, dialog_title(Message::new("window-dialog-urbact-import")), PAGES).await?
    else {
        return Ok(None);
    };
    state.run(move |db| import_urbact_file(db, &source, &ImportOptions::default())).await.map(Some)
}

/// Writes every record as one JSON document (the shape is described in docs/json.md) to a
/// file chosen in the save dialog; answers the path written, or `None` when closed.
#[tauri::command]
pub async fn export_json_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<String>> {
    let name = format!("convene-export-{}.json", today());
    let Some(dest) =
        choose_save_path(&app, dialog_title(Message::new("window-dialog-export-json")), name, JSON).await?
    else {
        return Ok(None);
    };
    let written = dest.display().to_string();
    state.run(move |db| write_whole(&dest, exchange::export_json(db)?.as_bytes())).await?;
    Ok(Some(written))
}
