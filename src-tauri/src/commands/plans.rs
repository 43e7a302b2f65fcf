//! Integrated Action Plans: the plan page (sections, action table, indicators, risks),
//! its history, review and the author name. Each command is one call of
//! `convene_core::plan`; export to Word, PDF, Markdown and HTML, and sending and receiving
//! `.convene-plan` files (through the native dialogs) live in `commands::plan_documents`.

use chrono::NaiveDate;
use convene_core::plan::{
    self, exchange, ActionInput, ActionPlan, ActionPlanInput, AuthorSetting, Comment, CommentInput, ConflictChoice,
    IndicatorInput, PlanDiff, PlanDocument, PlanListItem, PlanStatus, Revision, RiskInput, SavedRevision,
};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// Every plan of a network with its status and last change.
#[tauri::command]
pub async fn list_plan_overviews(state: State<'_, AppState>, network_id: i64) -> CommandResult<Vec<PlanListItem>> {
    state.run(move |db| plan::list_plan_overviews(db, network_id)).await
}

#[tauri::command]
pub async fn create_plan(
    state: State<'_, AppState>,
    network_id: i64,
    input: ActionPlanInput,
) -> CommandResult<ActionPlan> {
    state.run(move |db| plan::create_plan(db, network_id, input)).await
}

/// Everything the plan page shows, in one read.
#[tauri::command]
pub async fn load_plan_document(state: State<'_, AppState>, plan_id: i64) -> CommandResult<PlanDocument> {
    state.run(move |db| plan::load_plan_document(db, plan_id)).await
}

/// Saves one section's Markdown (autosave and explicit save); unchanged text creates no revision.
#[tauri::command]
pub async fn save_plan_section(
    state: State<'_, AppState>,
    plan_id: i64,
    key: String,
    body: String,
    message: Option<String>,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::save_section(db, plan_id, &key, &body, message.as_deref())).await
}

#[tauri::command]
pub async fn add_plan_section(
    state: State<'_, AppState>,
    plan_id: i64,
    title: String,
    after: Option<String>,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::add_section(db, plan_id, &title, after.as_deref())).await
}

#[tauri::command]
pub async fn rename_plan_section(
    state: State<'_, AppState>,
    plan_id: i64,
    key: String,
    title: String,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::rename_section(db, plan_id, &key, &title)).await
}

#[tauri::command]
pub async fn reorder_plan_sections(
    state: State<'_, AppState>,
    plan_id: i64,
    keys: Vec<String>,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::reorder_sections(db, plan_id, &keys)).await
}

#[tauri::command]
pub async fn remove_plan_section(
    state: State<'_, AppState>,
    plan_id: i64,
    key: String,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::remove_section(db, plan_id, &key)).await
}

#[tauri::command]
pub async fn add_plan_action(
    state: State<'_, AppState>,
    plan_id: i64,
    input: ActionInput,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::add_action(db, plan_id, input)).await
}

#[tauri::command]
pub async fn update_plan_action(
    state: State<'_, AppState>,
    plan_id: i64,
    action_id: String,
    input: ActionInput,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::update_action(db, plan_id, &action_id, input)).await
}

#[tauri::command]
pub async fn delete_plan_action(
    state: State<'_, AppState>,
    plan_id: i64,
    action_id: String,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::delete_action(db, plan_id, &action_id)).await
}

#[tauri::command]
pub async fn move_plan_action(
    state: State<'_, AppState>,
    plan_id: i64,
    action_id: String,
    to: usize,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::move_action(db, plan_id, &action_id, to)).await
}

#[tauri::command]
pub async fn add_plan_indicator(
    state: State<'_, AppState>,
    plan_id: i64,
    input: IndicatorInput,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::add_indicator(db, plan_id, input)).await
}

#[tauri::command]
pub async fn update_plan_indicator(
    state: State<'_, AppState>,
    plan_id: i64,
    indicator_id: String,
    input: IndicatorInput,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::update_indicator(db, plan_id, &indicator_id, input)).await
}

#[tauri::command]
pub async fn delete_plan_indicator(
    state: State<'_, AppState>,
    plan_id: i64,
    indicator_id: String,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::delete_indicator(db, plan_id, &indicator_id)).await
}

#[tauri::command]
pub async fn add_plan_risk(state: State<'_, AppState>, plan_id: i64, input: RiskInput) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::add_risk(db, plan_id, input)).await
}

#[tauri::command]
pub async fn update_plan_risk(
    state: State<'_, AppState>,
    plan_id: i64,
    risk_id: String,
    input: RiskInput,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::update_risk(db, plan_id, &risk_id, input)).await
}

#[tauri::command]
pub async fn delete_plan_risk(
    state: State<'_, AppState>,
    plan_id: i64,
    risk_id: String,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::delete_risk(db, plan_id, &risk_id)).await
}

/// The plan's revisions, newest first.
#[tauri::command]
pub async fn list_plan_revisions(state: State<'_, AppState>, plan_id: i64) -> CommandResult<Vec<Revision>> {
    state.run(move |db| plan::list_revisions(db, plan_id)).await
}

/// Word-level differences between revisions `from` and `to` (numbers).
#[tauri::command]
pub async fn diff_plan_revisions(
    state: State<'_, AppState>,
    plan_id: i64,
    from: i64,
    to: i64,
) -> CommandResult<PlanDiff> {
    state.run(move |db| plan::diff_revisions(db, plan_id, from, to)).await
}

/// Makes an old revision's content current again, as a new revision.
#[tauri::command]
pub async fn restore_plan_revision(
    state: State<'_, AppState>,
    plan_id: i64,
    number: i64,
) -> CommandResult<SavedRevision> {
    state.run(move |db| plan::restore_revision(db, plan_id, number)).await
}

/// Draft -> in review -> final -> adopted (with the adoption date), and back one step.
#[tauri::command]
pub async fn set_plan_status(
    state: State<'_, AppState>,
    plan_id: i64,
    status: PlanStatus,
    adoption_date: Option<NaiveDate>,
) -> CommandResult<ActionPlan> {
    state.run(move |db| plan::set_plan_status(db, plan_id, status, adoption_date)).await
}

#[tauri::command]
pub async fn add_plan_comment(state: State<'_, AppState>, plan_id: i64, input: CommentInput) -> CommandResult<Comment> {
    state.run(move |db| plan::add_comment(db, plan_id, input)).await
}

/// Marks a comment resolved by `by` (empty: the author name of the settings).
#[tauri::command]
pub async fn resolve_plan_comment(state: State<'_, AppState>, comment_id: i64, by: String) -> CommandResult<Comment> {
    state.run(move |db| plan::resolve_comment(db, comment_id, &by)).await
}

/// Settles a conflict with our text, theirs, or a merged one.
#[tauri::command]
pub async fn resolve_plan_conflict(
    state: State<'_, AppState>,
    conflict_id: i64,
    choice: ConflictChoice,
) -> CommandResult<SavedRevision> {
    state.run(move |db| exchange::resolve_conflict(db, conflict_id, choice)).await
}

/// The name revisions are signed with.
#[tauri::command]
pub async fn get_author_name(state: State<'_, AppState>) -> CommandResult<AuthorSetting> {
    state.run(|db| plan::get_author(db)).await
}

/// Sets the name revisions are signed with; empty goes back to the system user name.
#[tauri::command]
pub async fn set_author_name(state: State<'_, AppState>, name: String) -> CommandResult<AuthorSetting> {
    state.run(move |db| plan::set_author(db, &name)).await
}
