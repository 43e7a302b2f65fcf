//! Partner cities of a network, their contacts and their local group members.

use convene_core::network::Dependents;
use convene_core::partner::{
    self, Contact, ContactInput, LocalGroupMember, LocalGroupMemberInput, Partner, PartnerInput,
};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn list_partners(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<Partner>> {
    state.run(move |db| partner::list_partners(db, network_id)).await
}

#[tauri::command]
pub async fn create_partner(
    state: State<'_, AppState>,
    network_id: i64,
    input: PartnerInput,
) -> CommandResult<Partner> {
    state.run(move |db| partner::create_partner(db, network_id, input)).await
}

#[tauri::command]
pub async fn update_partner(state: State<'_, AppState>, id: i64, input: PartnerInput) -> CommandResult<Partner> {
    state.run(move |db| partner::update_partner(db, id, input)).await
}

#[tauri::command]
pub async fn partner_dependents(state: State<'_, AppState>, id: i64) -> CommandResult<Dependents> {
    state.run(move |db| partner::partner_dependents(db, id)).await
}

#[tauri::command]
pub async fn delete_partner(state: State<'_, AppState>, id: i64, cascade: bool) -> CommandResult<Dependents> {
    state.run(move |db| partner::delete_partner(db, id, cascade)).await
}

#[tauri::command]
pub async fn add_contact(state: State<'_, AppState>, partner_id: i64, input: ContactInput) -> CommandResult<Contact> {
    state.run(move |db| partner::add_contact(db, partner_id, input)).await
}

#[tauri::command]
pub async fn update_contact(state: State<'_, AppState>, id: i64, input: ContactInput) -> CommandResult<Contact> {
    state.run(move |db| partner::update_contact(db, id, input)).await
}

#[tauri::command]
pub async fn delete_contact(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| partner::delete_contact(db, id)).await
}

#[tauri::command]
pub async fn add_local_group_member(
    state: State<'_, AppState>,
    partner_id: i64,
    input: LocalGroupMemberInput,
) -> CommandResult<LocalGroupMember> {
    state.run(move |db| partner::add_local_group_member(db, partner_id, input)).await
}

#[tauri::command]
pub async fn update_local_group_member(
    state: State<'_, AppState>,
    id: i64,
    input: LocalGroupMemberInput,
) -> CommandResult<LocalGroupMember> {
    state.run(move |db| partner::update_local_group_member(db, id, input)).await
}

#[tauri::command]
pub async fn delete_local_group_member(state: State<'_, AppState>, id: i64) -> CommandResult<()> {
    state.run(move |db| partner::delete_local_group_member(db, id)).await
}
