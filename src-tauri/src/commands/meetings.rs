//! Meetings: schedule, status, agenda, attendance and the local times panel.
//!
//! A meeting's status changes only through the steps of its life in
//! [`convene_core::meeting_status`] (confirm, postpone, mark held, cancel), the same ones
//! `convene meeting confirm|postpone|held|cancel` runs, so the window and the command line
//! refuse the same things with the same words.

use convene_core::calendar::PartnerLocalTime;
use convene_core::local_times;
use convene_core::meeting::{
    self, AgendaItemInput, AttendanceStatus, Attendee, DateRange, Meeting, MeetingInput, MeetingSummary, ScheduleInput,
};
use convene_core::meeting_status::{self, Postponement};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_meetings(
    state: State<'_, AppState>,
    network_id: i64,
    range: Option<DateRange>,
) -> CommandResult<Vec<MeetingSummary>> {
    state.run(move |db| meeting::list_meetings(db, network_id, range.unwrap_or_default())).await
}

#[tauri::command]
pub async fn get_meeting(state: State<'_, AppState>, id: i64) -> CommandResult<Meeting> {
    state.run(move |db| meeting::get_meeting(db, id)).await
}

#[tauri::command]
pub async fn create_meeting(
    state: State<'_, AppState>,
    network_id: i64,
    input: MeetingInput,
) -> CommandResult<Meeting> {
    state.run(move |db| meeting::create_meeting(db, network_id, input)).await
}

#[tauri::command]
pub async fn update_meeting(state: State<'_, AppState>, id: i64, input: MeetingInput) -> CommandResult<Meeting> {
    state.run(move |db| meeting::update_meeting(db, id, input)).await
}

#[tauri::command]
pub async fn confirm_meeting(state: State<'_, AppState>, id: i64) -> CommandResult<Meeting> {
    state.run(move |db| meeting_status::confirm_meeting(db, id)).await
}

/// `to` is the new date, or `None` for "no new date yet" (`--undated` on the command line).
#[tauri::command]
pub async fn postpone_meeting(
    state: State<'_, AppState>,
    id: i64,
    to: Option<ScheduleInput>,
) -> CommandResult<Meeting> {
    let to = to.map_or(Postponement::Undated, Postponement::To);
    state.run(move |db| meeting_status::postpone_meeting(db, id, to)).await
}

#[tauri::command]
pub async fn mark_meeting_held(state: State<'_, AppState>, id: i64) -> CommandResult<Meeting> {
    state.run(move |db| meeting_status::mark_meeting_held(db, id, chrono::Utc::now())).await
}

#[tauri::command]
pub async fn cancel_meeting(state: State<'_, AppState>, id: i64) -> CommandResult<Meeting> {
    state.run(move |db| meeting_status::cancel_meeting(db, id)).await
}

#[tauri::command]
pub async fn delete_meeting(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| meeting::delete_meeting(db, id)).await
}

#[tauri::command]
pub async fn set_agenda(
    state: State<'_, AppState>,
    meeting_id: i64,
    items: Vec<AgendaItemInput>,
) -> CommandResult<Meeting> {
    state.run(move |db| meeting::set_agenda(db, meeting_id, items)).await
}

#[tauri::command]
pub async fn set_attendance(
    state: State<'_, AppState>,
    meeting_id: i64,
    attendee: Attendee,
    status: Option<AttendanceStatus>,
) -> CommandResult<Meeting> {
    state.run(move |db| meeting::set_attendance(db, meeting_id, attendee, status)).await
}

#[tauri::command]
pub async fn meeting_local_times(state: State<'_, AppState>, meeting_id: i64) -> CommandResult<Vec<PartnerLocalTime>> {
    state.run(move |db| local_times::meeting_local_times(db, meeting_id)).await
}

#[tauri::command]
pub async fn preview_local_times(
    state: State<'_, AppState>,
    network_id: i64,
    schedule: ScheduleInput,
    host_partner_id: Option<i64>,
) -> CommandResult<Vec<PartnerLocalTime>> {
    state.run(move |db| local_times::preview_local_times(db, network_id, &schedule, host_partner_id)).await
}
