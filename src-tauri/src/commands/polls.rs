//! Polls on a network's page: list, start, the grid of partners by dates, answers typed
//! in, the invitations to answer, reply files added through the open dialog or dropped on
//! the window, and closing (with the meeting's invitation and the release of the other
//! dates). Thin: every rule and message is the core's (`convene_core::poll`); these
//! commands write the messages into `<app data>/invitations/poll-<id>/` and show that
//! folder, from which the person opens each in the mail program.
//!
//! Reply files never come from the web page as paths: the open dialog runs in Rust
//! ([`crate::file_dialogs::choose_open_paths`]), and a drop on the window is caught by the
//! window's own drag-drop event ([`crate::dropped_files`]), which keeps the paths in Rust
//! and only tells the page that files were dropped; [`read_dropped_poll_replies`] then
//! reads the files kept there.

use chrono::Utc;
use convene_core::i18n::Message;
use convene_core::ical::invite::{invitation, InviteInput};
use convene_core::poll::{
    self, ClosedPoll, Poll, PollGrid, PollInput, PollInviteInput, PollMessage, PollMessagesWritten, RepliesReport,
    ReplyFile,
};
use convene_core::schedule_text::DateStyle;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::dropped_files::DroppedFiles;
use crate::error::CommandResult;
use crate::file_dialogs::{choose_open_paths, dialog_title, write_whole};
use crate::invitation_files::{create_folder, invitations_folder, not_opened};
use crate::state::AppState;
use crate::test_hooks;

const REPLIES: (&str, &[&str]) = ("file-kind-replies", &["eml", "ics", "txt"]);

#[tauri::command]
pub async fn list_polls(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<Poll>> {
    state.run(move |db| poll::list_polls(db, network_id)).await
}

#[tauri::command]
pub async fn create_poll(state: State<'_, AppState>, network_id: i64, input: PollInput) -> CommandResult<Poll> {
    state.run(move |db| poll::create_poll(db, network_id, input)).await
}

/// Every partner by every date, each date on the partner's own clock, in the window's language.
#[tauri::command]
pub async fn poll_grid(state: State<'_, AppState>, poll_id: i64) -> CommandResult<PollGrid> {
    state.run(move |db| poll::poll_grid(db, poll_id, DateStyle::Short)).await
}

#[tauri::command]
pub async fn set_poll_answer(
    state: State<'_, AppState>,
    poll_id: i64,
    partner_id: i64,
    option_number: i64,
    answer: poll::Answer,
) -> CommandResult<Poll> {
    state.run(move |db| poll::set_answer(db, poll_id, partner_id, option_number, answer)).await
}

fn read_files(paths: Vec<std::path::PathBuf>) -> Vec<ReplyFile> {
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            ReplyFile::read(&path, name)
        })
        .collect()
}

/// Reply files the person picks in the open dialog; `None` when the dialog was closed.
#[tauri::command]
pub async fn choose_poll_reply_files(
    app: AppHandle,
    state: State<'_, AppState>,
    poll_id: i64,
) -> CommandResult<Option<RepliesReport>> {
    let Some(paths) =
        choose_open_paths(&app, dialog_title(Message::new("window-dialog-poll-replies")), REPLIES).await?
    else {
        return Ok(None);
    };
    let files = read_files(paths);
    state.run(move |db| poll::read_replies(db, poll_id, &files)).await.map(Some)
}

/// The files last dropped on the window, read as replies to the poll; `None` when nothing
/// was dropped.
#[tauri::command]
pub async fn read_dropped_poll_replies(
    state: State<'_, AppState>,
    dropped: State<'_, DroppedFiles>,
    poll_id: i64,
) -> CommandResult<Option<RepliesReport>> {
    let paths = dropped.take();
    if paths.is_empty() {
        return Ok(None);
    }
    let files = read_files(paths);
    state.run(move |db| poll::read_replies(db, poll_id, &files)).await.map(Some)
}

/// `<app data>/invitations/poll-<id>`, where a poll's messages are written.
fn poll_folder(app: &AppHandle, poll_id: i64) -> CommandResult<std::path::PathBuf> {
    Ok(invitations_folder(app)?.join(format!("poll-{poll_id}")))
}

fn write_messages(folder: &std::path::Path, messages: &[PollMessage]) -> convene_core::Result<()> {
    create_folder(folder)?;
    for m in messages {
        write_whole(&folder.join(&m.file_name), m.eml.as_bytes())?;
    }
    Ok(())
}

/// Shows the folder in the file manager, so the person can open each message in the mail
/// program (not with the end-to-end tests' seam).
fn show_folder(app: &AppHandle, folder: &std::path::Path) -> CommandResult<bool> {
    if test_hooks::no_mail_program() {
        return Ok(false);
    }
    app.opener()
        .open_path(folder.display().to_string(), None::<&str>)
        .map_err(|e| not_opened("error-window-folder-not-shown", folder, e))?;
    Ok(true)
}

/// Writes the invitations to answer, one `.eml` per contact of every partner (but the
/// organizer), into the app's folder for the poll, and shows the folder.
#[tauri::command]
pub async fn write_poll_invitations(
    app: AppHandle,
    state: State<'_, AppState>,
    poll_id: i64,
    organizer: String,
) -> CommandResult<PollMessagesWritten> {
    let folder = poll_folder(&app, poll_id)?;
    let target = folder.clone();
    let messages = state
        .run(move |db| {
            let input = PollInviteInput { organizer, to: Vec::new() };
            let messages = poll::poll_invitations(db, poll_id, &input, Utc::now())?;
            write_messages(&target, &messages)?;
            Ok(messages)
        })
        .await?;
    let opened = show_folder(&app, &folder)?;
    Ok(PollMessagesWritten::new(folder.display().to_string(), &messages, opened))
}

/// Closes the poll on date `option_number` (creating the meeting) and, when its
/// invitations were written, writes the meeting's invitation and the release of the
/// other dates into the poll's folder.
#[tauri::command]
pub async fn close_poll_and_write(
    app: AppHandle,
    state: State<'_, AppState>,
    poll_id: i64,
    option_number: i64,
) -> CommandResult<(ClosedPoll, Option<PollMessagesWritten>)> {
    let folder = poll_folder(&app, poll_id)?;
    let target = folder.clone();
    let (closed, messages) = state
        .run(move |db| {
            let closed = poll::close_poll(db, poll_id, option_number)?;
            if closed.poll.recipients.is_empty() || closed.poll.organizer.is_empty() {
                return Ok((closed, None));
            }
            let now = Utc::now();
            let mut emails: Vec<String> = Vec::new();
            for r in &closed.poll.recipients {
                if !emails.iter().any(|e| e.eq_ignore_ascii_case(&r.email)) {
                    emails.push(r.email.clone());
                }
            }
            let input = InviteInput { organizer: closed.poll.organizer.clone(), attendees: emails, now };
            let meeting = invitation(db, closed.meeting.id, &input)?;
            let mut messages = vec![PollMessage {
                email: input.attendees.join(", "),
                partner_name: "every recipient".into(),
                file_name: "00-meeting-invitation.eml".into(),
                method: meeting.method,
                subject: meeting.subject,
                eml: meeting.eml,
            }];
            messages.extend(poll::poll_cancellations(db, poll_id, now)?);
            write_messages(&target, &messages)?;
            Ok((closed, Some(messages)))
        })
        .await?;
    let written = match messages {
        Some(messages) => {
            Some(PollMessagesWritten::new(folder.display().to_string(), &messages, show_folder(&app, &folder)?))
        }
        None => None,
    };
    Ok((closed, written))
}
