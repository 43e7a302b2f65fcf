//! Networks, with their import notes (a network's milestones are in
//! `commands::milestones`, its action plans in `commands::plans`).

use convene_core::import_note::{self, ImportNote};
use convene_core::network::{self, Dependents, Network, NetworkInput, NetworkSummary};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_networks(state: State<'_, AppState>) -> CommandResult<Vec<NetworkSummary>> {
    state.run(|db| network::list_networks(db)).await
}

#[tauri::command]
pub async fn get_network(state: State<'_, AppState>, id: i64) -> CommandResult<Network> {
    state.run(move |db| network::get_network(db, id)).await
}

#[tauri::command]
pub async fn create_network(state: State<'_, AppState>, input: NetworkInput) -> CommandResult<Network> {
    state.run(move |db| network::create_network(db, input)).await
}

#[tauri::command]
pub async fn update_network(state: State<'_, AppState>, id: i64, input: NetworkInput) -> CommandResult<Network> {
    state.run(move |db| network::update_network(db, id, input)).await
}

#[tauri::command]
pub async fn network_dependents(state: State<'_, AppState>, id: i64) -> CommandResult<Dependents> {
    state.run(move |db| network::network_dependents(db, id)).await
}

#[tauri::command]
pub async fn delete_network(state: State<'_, AppState>, id: i64, cascade: bool) -> CommandResult<Dependents> {
    state.run(move |db| network::delete_network(db, id, cascade)).await
}

#[tauri::command]
pub async fn list_import_notes(state: State<'_, AppState>, network_id: Option<i64>) -> CommandResult<Vec<ImportNote>> {
    let notes = state.run(move |db| import_note::list_import_notes(db, network_id)).await?;
    let locale = convene_core::i18n::current();
    Ok(notes.into_iter().map(|note| ImportNote { reason: note.reason_in(locale), ..note }).collect())
}
