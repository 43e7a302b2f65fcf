//! The app itself: facts about the open database, first run, the home screen, and the
//! choice lists of the forms.

use convene_core::i18n::Locale;
use convene_core::ipc::{country_options, time_zone_names, AppInfo, CountryOption};
use convene_core::overview::{
    home_overview as overview, home_timeline as timeline, home_travel_attention, AttentionItem, NetworkTimeline,
    Overview,
};
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

/// One network's timeline on the home screen, asked for once its place on the page comes
/// near the view (the first read carries only the timelines' headings).
#[tauri::command]
pub async fn home_timeline(state: State<'_, AppState>, network_id: i64) -> CommandResult<NetworkTimeline> {
    state.run(move |db| timeline(db, network_id, chrono::Utc::now())).await
}

/// Home's launch work is done (its travel warnings are drawn): the program gives back the
/// memory that work left behind (`crate::memory`). Called once per page load.
#[tauri::command]
pub async fn launch_settled(state: State<'_, AppState>) -> CommandResult<()> {
    state.release_after_launch().await
}

/// The home screen's travel warnings, asked for after its first frame (they are the slow
/// part of the home screen's read; see `convene_core::overview`).
#[tauri::command]
pub async fn home_travel_warnings(state: State<'_, AppState>) -> CommandResult<Vec<AttentionItem>> {
    state.run(|db| home_travel_attention(db, chrono::Utc::now())).await
}

#[tauri::command]
pub async fn list_countries() -> CommandResult<Vec<CountryOption>> {
    Ok(country_options())
}

#[tauri::command]
pub async fn list_time_zones() -> CommandResult<Vec<String>> {
    Ok(time_zone_names())
}

/// The window's language (`en`, `fr`, ...), for the text Rust renders and the window
/// shows: error messages (through `IpcError`) and core wording. A plan's documents and a
/// network's invitations keep their own record's language.
#[tauri::command]
pub async fn set_language(code: String) -> CommandResult<()> {
    convene_core::i18n::set_current(Locale::parse("language", &code)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_window_language_is_refused_naming_the_codes() {
        let err = tauri::async_runtime::block_on(set_language("xx".into())).unwrap_err();
        assert_eq!(err.code, "invalid");
        assert_eq!(err.field.as_deref(), Some("language"));
        assert!(err.message.contains("en, fr, de, es, it, pt, pl, nl, el, ro"), "{}", err.message);
        // English is what every other test of this process reads; setting it changes nothing.
        tauri::async_runtime::block_on(set_language("en".into())).unwrap();
        assert_eq!(convene_core::i18n::current(), Locale::En);
    }
}
