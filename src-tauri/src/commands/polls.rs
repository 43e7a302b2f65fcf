//! Polls on a network's page: list, start, the grid of partners by dates, answers typed
//! in, reply files added through the open dialog or dropped on the window, and closing.
//! Thin: every rule is the core's (`convene_core::poll`).
//!
//! Reply files never come from the web page as paths: the open dialog runs in Rust
//! ([`crate::file_dialogs::choose_open_paths`]), and a drop on the window is caught by the
//! window's own drag-drop event ([`crate::dropped_files`]), which keeps the paths in Rust
//! and only tells the page that files were dropped; [`read_dropped_poll_replies`] then
//! reads the files kept there.

use convene_core::poll::reply::REPLY_FILE_MAX;
use convene_core::poll::{self, ClosedPoll, Poll, PollGrid, PollInput, RepliesReport, ReplyFile};
use convene_core::schedule_text::DateStyle;
use tauri::{AppHandle, State};

use crate::dropped_files::DroppedFiles;
use crate::error::CommandResult;
use crate::file_dialogs::choose_open_paths;
use crate::state::AppState;

const REPLIES: (&str, &[&str]) = ("Replies (e-mail or calendar)", &["eml", "ics", "txt"]);

#[tauri::command]
pub async fn list_polls(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<Poll>> {
    state.run(move |db| poll::list_polls(db, network_id)).await
}

#[tauri::command]
pub async fn create_poll(state: State<'_, AppState>, network_id: i64, input: PollInput) -> CommandResult<Poll> {
    state.run(move |db| poll::create_poll(db, network_id, input)).await
}

/// Every partner by every date, each date on the partner's own clock.
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

#[tauri::command]
pub async fn close_poll(state: State<'_, AppState>, poll_id: i64, option_number: i64) -> CommandResult<ClosedPoll> {
    state.run(move |db| poll::close_poll(db, poll_id, option_number)).await
}

fn read_files(paths: Vec<std::path::PathBuf>) -> Vec<ReplyFile> {
    use std::io::Read;
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut bytes = Vec::new();
            let read =
                std::fs::File::open(&path).and_then(|f| f.take(REPLY_FILE_MAX as u64 + 1).read_to_end(&mut bytes));
            match read {
                Ok(_) => ReplyFile { name, bytes },
                // An empty file is reported as such; the reason the OS gave is lost, so say it.
                Err(_) => ReplyFile { name: format!("{name} (cannot be opened)"), bytes: Vec::new() },
            }
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
    let Some(paths) = choose_open_paths(&app, "Add replies to the poll", REPLIES).await? else {
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
