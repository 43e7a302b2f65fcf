//! Good practices: the list and one practice with its sections.

use convene_core::practice::{self, Practice, PracticeSummary};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_practices(state: State<'_, AppState>) -> CommandResult<Vec<PracticeSummary>> {
    state.run(|db| practice::list_practices(db)).await
}

#[tauri::command]
pub async fn get_practice(state: State<'_, AppState>, id: i64) -> CommandResult<Practice> {
    state.run(move |db| practice::get_practice(db, id)).await
}
