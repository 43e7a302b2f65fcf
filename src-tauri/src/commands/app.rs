//! The app itself: facts about the open database, first run, the home screen, and the
//! choice lists of the forms.

use convene_core::ipc::{country_options, time_zone_names, AppInfo, CountryOption};
use convene_core::overview::{home_overview as overview, Overview};
use convene_core::urbact::{import_urbact, ImportOptions, ImportReport, EXAMPLE_PAGES};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> CommandResult<AppInfo> {
    state.info().await
}

/// Imports the bundled URBACT pages through the same importer as "Import pages".
#[tauri::command]
pub async fn load_examples(state: State<'_, AppState>) -> CommandResult<ImportReport> {
    state.run(|db| import_urbact(db, EXAMPLE_PAGES, &ImportOptions::default())).await
}

/// The person chose to start with an empty database. Nothing to record: the first-run
/// screen shows whenever the database is empty (see `AppInfo::is_empty`).
#[tauri::command]
pub async fn start_empty() -> CommandResult<()> {
    Ok(())
}

#[tauri::command]
pub async fn home_overview(state: State<'_, AppState>) -> CommandResult<Overview> {
    state.run(|db| overview(db, chrono::Utc::now())).await
}

#[tauri::command]
pub async fn list_countries() -> CommandResult<Vec<CountryOption>> {
    Ok(country_options())
}

#[tauri::command]
pub async fn list_time_zones() -> CommandResult<Vec<String>> {
    Ok(time_zone_names())
}
