//! Where the window writes the messages it hands to the mail program: `<app data>/
//! invitations` (a meeting's invitation, a poll's messages in a folder of their own), and
//! what it says when that folder cannot be made or the mail program or file manager does
//! not open. One place, so the invitation and the poll commands say it alike, in the
//! window's language.

use std::path::{Path, PathBuf};

use convene_core::i18n::{self, Message};
use convene_core::Error;
use tauri::{AppHandle, Manager};

use crate::error::{CommandResult, IpcError};

/// `<app data>/invitations`.
pub fn invitations_folder(app: &AppHandle) -> CommandResult<PathBuf> {
    let data = app.path().app_data_dir().map_err(|e| {
        IpcError::internal(
            Message::new("error-window-no-data-folder").arg("reason", e.to_string()).render(i18n::current()),
        )
    })?;
    Ok(data.join("invitations"))
}

/// Makes `folder` (and its parents) when missing.
pub fn create_folder(folder: &Path) -> convene_core::Result<()> {
    std::fs::create_dir_all(folder).map_err(|e| {
        Error::bad_input(
            Message::new("error-cannot-create-folder")
                .arg("folder", folder.display().to_string())
                .arg("reason", convene_core::disk_errors::disk_problem(&e)),
        )
    })
}

/// The error when `path` was written but the program meant to open it did not start:
/// `id` says which ("error-window-no-mail-program", "error-window-folder-not-shown").
pub fn not_opened(id: &'static str, path: &Path, e: impl std::fmt::Display) -> IpcError {
    let message = Message::new(id).arg("path", path.display().to_string()).arg("reason", e.to_string());
    IpcError { code: "io".into(), message: message.render(i18n::current()), field: None }
}
