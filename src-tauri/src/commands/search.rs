//! The one search box (Ctrl+K) over networks, partners, meetings, plans and practices.

use convene_core::search::{self, SearchHit, SEARCH_LIMIT};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn search(state: State<'_, AppState>, text: String) -> CommandResult<Vec<SearchHit>> {
    state.run(move |db| search::search(db, &text, SEARCH_LIMIT)).await
}
