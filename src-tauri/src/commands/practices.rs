//! Good practices: the list, one practice with its sections, and adding, editing and
//! deleting one from the window with the same fields the URBACT importer fills
//! ([`PracticeInput`]). The core checks every field and answers `Error::Invalid { field }`,
//! which the form shows beside that field.

use convene_core::practice::{self, Practice, PracticeInput, PracticeSummary};
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

#[tauri::command]
pub async fn create_practice(state: State<'_, AppState>, input: PracticeInput) -> CommandResult<Practice> {
    state.run(move |db| practice::create_practice(db, input)).await
}

#[tauri::command]
pub async fn update_practice(state: State<'_, AppState>, id: i64, input: PracticeInput) -> CommandResult<Practice> {
    state.run(move |db| practice::update_practice(db, id, input)).await
}

#[tauri::command]
pub async fn delete_practice(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| practice::delete_practice(db, id)).await
}
