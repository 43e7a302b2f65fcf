//! A network's milestones on its page's timeline: list, add, edit (date or month, kind,
//! done) and delete. The core checks every field (`Error::Invalid { field }`, shown beside
//! that field) and keeps a month milestone on the first day of its month.

use convene_core::milestone::{self, Milestone, MilestoneInput};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// The network's milestones in date order.
#[tauri::command]
pub async fn list_milestones(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<Milestone>> {
    state.run(move |db| milestone::list_milestones(db, network_id)).await
}

#[tauri::command]
pub async fn create_milestone(
    state: State<'_, AppState>,
    network_id: i64,
    input: MilestoneInput,
) -> CommandResult<Milestone> {
    state.run(move |db| milestone::create_milestone(db, network_id, input)).await
}

#[tauri::command]
pub async fn update_milestone(state: State<'_, AppState>, id: i64, input: MilestoneInput) -> CommandResult<Milestone> {
    state.run(move |db| milestone::update_milestone(db, id, input)).await
}

#[tauri::command]
pub async fn delete_milestone(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| milestone::delete_milestone(db, id)).await
}
