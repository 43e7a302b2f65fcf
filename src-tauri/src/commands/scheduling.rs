//! Deciding when: the meeting form's "Find a time" panel (ranked slots, or free whole days)
//! and its travel warnings, answered by [`convene_core::scheduling`], the same functions
//! `convene slots` and `convene meeting show` run.

use convene_core::meeting::MeetingInput;
use convene_core::scheduling::{
    free_days, slots, warnings, DayFinding, DayRequest, MeetingWarning, SlotFinding, SlotRequest,
};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn find_slots(
    state: State<'_, AppState>,
    network_id: i64,
    request: SlotRequest,
) -> CommandResult<SlotFinding> {
    state.run(move |db| slots::find_slots(db, network_id, &request)).await
}

#[tauri::command]
pub async fn find_free_days(
    state: State<'_, AppState>,
    network_id: i64,
    request: DayRequest,
) -> CommandResult<DayFinding> {
    state.run(move |db| free_days::find_free_days(db, network_id, &request)).await
}

/// The warnings the meeting form would raise if saved as typed; `meeting_id` is the meeting
/// being edited, none for a new one.
#[tauri::command]
pub async fn preview_meeting_warnings(
    state: State<'_, AppState>,
    network_id: i64,
    meeting_id: Option<i64>,
    input: MeetingInput,
) -> CommandResult<Vec<MeetingWarning>> {
    state.run(move |db| warnings::preview_meeting_warnings(db, network_id, meeting_id, &input)).await
}
