//! Calendars in the app: "Add to calendar" on a meeting, "Export calendar" on a network
//! and on a partner, "Email invitation" on a meeting, and "Import calendar" on a network.
//! The calendar text, the invitation message and the import are the core's
//! ([`convene_core::ical`]); these commands only choose files, write them and open them.
//!
//! The native save and open dialogs open in Rust ([`crate::file_dialogs`]), so the window
//! needs no dialog or opener permission for these features; closing a dialog is not an
//! error, the command answers `None`. An invitation is written as
//! `<app data>/invitations/<uid>-<sequence>.eml` and handed to the system's mail program
//! through tauri-plugin-opener's Rust API.
//!
//! Invariants:
//! - A calendar file is written whole or not at all (to a hidden file beside it, then
//!   renamed over it), and an export never changes the database.
//! - What the UI is told ([`SavedCalendar`]) is the export's own count of events and of
//!   meetings left out because they are not dated yet.
//! - An export with no event at all is refused before any dialog opens, saying why
//!   (nothing dated, or nothing in the range): an empty calendar helps nobody.
//! - An invitation the core refuses (a bad address, an undated meeting) writes nothing
//!   and launches nothing; the error names its field (`organizer`, `to[2]`, `meeting`).
//!
//! Test seams, only in the end-to-end tests' build ([`crate::test_hooks`]): the dialogs
//! are replaced by a folder and a file, and an invitation is written without launching a
//! mail program (which WebDriver cannot drive); the reply then says `opened: false`.

use chrono::{NaiveDate, Utc};
use convene_core::calendar::{read_calendar_file, refuse_empty_export, reminder};
use convene_core::ical::export::{export_ics, ExportOptions, IcsSelection};
use convene_core::ical::import::{import_ics_bytes, IcsImportReport};
use convene_core::ical::invite::{invitation, partner_contact_emails, InviteInput};
use convene_core::ical::outcome::{InvitationSent, SavedCalendar};
use convene_core::meeting::get_meeting;
use convene_core::network::get_network;
use convene_core::partner::get_partner;
use convene_core::Error;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::{CommandResult, IpcError};
use crate::file_dialogs::{choose_open_path, choose_save_path, file_stem, stopped, write_whole, FileKind};
use crate::state::AppState;
use crate::test_hooks;

const ICS: FileKind<'static> = ("iCalendar", &["ics"]);

/// Saves a calendar (`.ics`) of a network's meetings, of one partner's (`partner_id`), or
/// of one meeting (`meeting_id`), optionally within `from..=to` and with a reminder
/// `reminder_minutes` before each start, to a file the person chooses; answers what was
/// written, or `None` when the dialog was closed.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_calendar_file(
    app: AppHandle,
    state: State<'_, AppState>,
    network_id: i64,
    partner_id: Option<i64>,
    meeting_id: Option<i64>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    reminder_minutes: Option<i64>,
) -> CommandResult<Option<SavedCalendar>> {
    let reminder = reminder(reminder_minutes)?;
    let selection = IcsSelection { network_id, partner_id, meeting_id, from, to };
    let (export, stem) = state
        .run(move |db| {
            let network = get_network(db, selection.network_id)?;
            let stem = match (selection.meeting_id, selection.partner_id) {
                (Some(id), _) => get_meeting(db, id)?.title,
                (None, Some(id)) => format!("{} - {}", network.name, get_partner(db, id)?.name),
                (None, None) => network.name.clone(),
            };
            let options = ExportOptions { reminder, ..ExportOptions::new(network.name.clone(), Utc::now()) };
            Ok((export_ics(db, &selection, &options)?, stem))
        })
        .await?;
    refuse_empty_export(export.events, export.left_out_undated, from, to)?;
    let stem = file_stem(&stem, "calendar");
    let title = if meeting_id.is_some() {
        format!("Add “{stem}” to a calendar")
    } else {
        format!("Save the calendar of {stem}")
    };
    let Some(mut path) = choose_save_path(&app, title, format!("{stem}.ics"), ICS).await? else {
        return Ok(None);
    };
    if path.extension().is_none() {
        // A name typed without ".ics": calendar programs and file managers need the extension.
        path.set_extension("ics");
    }
    let saved = SavedCalendar::new(path.display().to_string(), &export);
    tauri::async_runtime::spawn_blocking(move || write_whole(&path, export.text.as_bytes()))
        .await
        .map_err(stopped)??;
    Ok(Some(saved))
}

/// The e-mail addresses to preselect for a meeting's invitation: the contacts of the
/// partners it concerns (the core decides which), once each.
#[tauri::command]
pub async fn invitation_contacts(state: State<'_, AppState>, meeting_id: i64) -> CommandResult<Vec<String>> {
    state.run(move |db| partner_contact_emails(db, meeting_id)).await
}

/// `<uid>-<sequence>.eml`, with any character a file name cannot hold replaced (an
/// imported meeting's UID can be anything).
fn invitation_file_name(uid: &str, sequence: i64) -> String {
    let uid: String = uid
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') { c } else { '-' })
        .take(100)
        .collect();
    format!("{}-{sequence}.eml", uid.trim_matches('.'))
}

/// Writes the meeting's invitation (or cancellation, for a cancelled or postponed meeting)
/// from `organizer` to `attendees` as an `.eml` file and opens it in the system's mail
/// program, ready to send.
#[tauri::command]
pub async fn email_invitation(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: i64,
    organizer: String,
    attendees: Vec<String>,
) -> CommandResult<InvitationSent> {
    let folder = app
        .path()
        .app_data_dir()
        .map_err(|e| IpcError::internal(format!("the app's data folder is unknown: {e}")))?
        .join("invitations");
    let (message, path) = state
        .run(move |db| {
            let meeting = get_meeting(db, meeting_id)?;
            let message = invitation(db, meeting_id, &InviteInput { organizer, attendees, now: Utc::now() })?;
            std::fs::create_dir_all(&folder)
                .map_err(|e| Error::BadInput(format!("cannot create the folder {}: {e}", folder.display())))?;
            let path = folder.join(invitation_file_name(&meeting.uid, meeting.sequence));
            write_whole(&path, message.eml.as_bytes())?;
            Ok((message, path))
        })
        .await?;
    let launch = !test_hooks::no_mail_program();
    if launch {
        app.opener().open_path(path.display().to_string(), None::<&str>).map_err(|e| IpcError {
            code: "io".into(),
            message: format!(
                "the invitation was saved as {}, but no mail program opened it ({e}); open that file with your mail program",
                path.display()
            ),
            field: None,
        })?;
    }
    Ok(InvitationSent::new(path.display().to_string(), &message, launch))
}

/// Reads an iCalendar file the person chooses into the network's meetings; answers what
/// the import did, or `None` when the dialog was closed. A broken file changes nothing.
#[tauri::command]
pub async fn import_calendar_file(
    app: AppHandle,
    state: State<'_, AppState>,
    network_id: i64,
) -> CommandResult<Option<IcsImportReport>> {
    let network = state.run(move |db| get_network(db, network_id)).await?;
    let Some(path) = choose_open_path(&app, format!("Import a calendar into {}", network.name), ICS).await? else {
        return Ok(None);
    };
    state.run(move |db| import_ics_bytes(db, network_id, &read_calendar_file(&path)?)).await.map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitation_file_is_named_after_the_uid_and_sequence() {
        assert_eq!(
            invitation_file_name("0f8c6a4e-1b2d-4c3e-9f00-123456789abc", 3),
            "0f8c6a4e-1b2d-4c3e-9f00-123456789abc-3.eml"
        );
        assert_eq!(invitation_file_name("abc/20270315@google.com", 0), "abc-20270315@google.com-0.eml");
        assert_eq!(invitation_file_name("../../etc/passwd", 1), "-..-etc-passwd-1.eml");
    }
}
