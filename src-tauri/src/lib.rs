//! Convene's desktop shell: the Tauri window around `convene-core`.
//!
//! The shell holds no business rule. It opens the database ([`state`]), registers the
//! commands the UI calls ([`commands`], one module per area), and the plugins people
//! expect of a desktop app: one instance per database (a second launch focuses the
//! window), the window's size and position remembered, native open and save dialogs, and
//! a written invitation opened in the system's mail program.
//!
//! The database is `convene.db` in the platform data directory
//! (`~/.local/share/eu.convene.app/` on Linux), or the file named by the `CONVENE_DB`
//! environment variable (the end-to-end tests give each run its own): the same file the
//! `convene` command line opens ([`convene_core::store::database_path_from_env_or_default`]).

pub mod commands;
pub mod error;
pub mod file_dialogs;
pub mod ready;
pub mod state;

use std::path::PathBuf;

use convene_core::store;
use tauri::Manager;
use tauri_plugin_window_state::StateFlags;

use crate::state::AppState;

/// The D-Bus name that makes one instance per database: the default database uses the app
/// identifier; a database chosen with `CONVENE_DB` gets its own, so tests (and a person
/// with two databases) can run side by side.
fn instance_id(identifier: &str, db: Option<&PathBuf>) -> String {
    use std::hash::{Hash, Hasher};
    match db {
        None => identifier.to_string(),
        Some(path) => {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            path.hash(&mut hasher);
            format!("{identifier}.db{:016x}", hasher.finish())
        }
    }
}

fn focus_main_window(app: &tauri::AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Starts the app; returns when the last window closes.
pub fn run() {
    ready::mark_started();
    let context = tauri::generate_context!();
    let env_db = store::database_path_from_env();
    let single_instance = tauri_plugin_single_instance::Builder::new()
        .dbus_id(instance_id(&context.config().identifier, env_db.as_ref()))
        .callback(|app, _argv, _cwd| focus_main_window(app))
        .build();
    tauri::Builder::default()
        // First, so that a second launch stops before it opens anything.
        .plugin(single_instance)
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        // Used from Rust only (an invitation opened in the mail program): no JS permission.
        .plugin(tauri_plugin_opener::init())
        .setup(move |app| {
            // The same file the `convene` command line opens (see convene_core::store).
            let path = match store::database_path_from_env_or_default() {
                Ok(path) => path,
                Err(_) => app.path().app_data_dir()?.join(store::DATABASE_FILE_NAME),
            };
            eprintln!("convene: database {}", path.display());
            let version = app.package_info().version.to_string();
            app.manage(AppState::open(path, &version));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::load_examples,
            commands::app::start_empty,
            commands::app::home_overview,
            commands::app::list_countries,
            commands::app::list_time_zones,
            commands::networks::list_networks,
            commands::networks::get_network,
            commands::networks::create_network,
            commands::networks::update_network,
            commands::networks::network_dependents,
            commands::networks::delete_network,
            commands::networks::list_milestones,
            commands::networks::list_plans,
            commands::networks::list_import_notes,
            commands::partners::list_partners,
            commands::partners::create_partner,
            commands::partners::update_partner,
            commands::partners::partner_dependents,
            commands::partners::delete_partner,
            commands::partners::add_contact,
            commands::partners::update_contact,
            commands::partners::delete_contact,
            commands::partners::add_local_group_member,
            commands::partners::update_local_group_member,
            commands::partners::delete_local_group_member,
            commands::meetings::list_meetings,
            commands::meetings::get_meeting,
            commands::meetings::create_meeting,
            commands::meetings::update_meeting,
            commands::meetings::set_meeting_status,
            commands::meetings::delete_meeting,
            commands::meetings::set_agenda,
            commands::meetings::set_attendance,
            commands::meetings::meeting_local_times,
            commands::meetings::preview_local_times,
            commands::plans::list_plan_overviews,
            commands::plans::create_plan,
            commands::plans::load_plan_document,
            commands::plans::save_plan_section,
            commands::plans::add_plan_section,
            commands::plans::rename_plan_section,
            commands::plans::reorder_plan_sections,
            commands::plans::remove_plan_section,
            commands::plans::add_plan_action,
            commands::plans::update_plan_action,
            commands::plans::delete_plan_action,
            commands::plans::move_plan_action,
            commands::plans::add_plan_indicator,
            commands::plans::update_plan_indicator,
            commands::plans::delete_plan_indicator,
            commands::plans::add_plan_risk,
            commands::plans::update_plan_risk,
            commands::plans::delete_plan_risk,
            commands::plans::list_plan_revisions,
            commands::plans::diff_plan_revisions,
            commands::plans::restore_plan_revision,
            commands::plans::set_plan_status,
            commands::plans::list_plan_status_changes,
            commands::plans::list_plan_comments,
            commands::plans::add_plan_comment,
            commands::plans::resolve_plan_comment,
            commands::plans::unresolve_plan_comment,
            commands::plans::send_plan,
            commands::plans::receive_plan,
            commands::plans::list_plan_conflicts,
            commands::plans::resolve_plan_conflict,
            commands::plans::get_author_name,
            commands::plans::set_author_name,
            commands::plan_documents::render_markdown_preview,
            commands::plan_documents::export_plan_file,
            commands::plan_documents::send_plan_file,
            commands::plan_documents::receive_plan_file,
            commands::calendar::export_calendar_file,
            commands::calendar::invitation_contacts,
            commands::calendar::email_invitation,
            commands::calendar::import_calendar_file,
            commands::practices::list_practices,
            commands::practices::get_practice,
            commands::practices::create_practice,
            commands::practices::update_practice,
            commands::practices::delete_practice,
            commands::search::search,
            commands::data::backup_now,
            commands::data::restore_backup,
            commands::data::import_pages,
            commands::data::export_json,
            ready::report_ready,
        ])
        .run(context)
        .expect("Convene could not start its window");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Command names registered above, read from this file.
    fn registered() -> std::collections::BTreeSet<String> {
        let source = include_str!("lib.rs");
        let start = source.find("generate_handler![").unwrap();
        let end = start + source[start..].find("])").unwrap();
        source[start..end]
            .lines()
            .filter_map(|l| l.trim().trim_end_matches(',').rsplit("::").next().map(str::to_string))
            .filter(|n| !n.is_empty() && !n.contains('['))
            .collect()
    }

    /// Command names `ui/src/lib/ipc.ts` calls.
    fn called() -> std::collections::BTreeSet<String> {
        let ts = include_str!("../../ui/src/lib/ipc.ts");
        ts.split("call<").skip(1).filter_map(|rest| rest.split('\'').nth(1).map(str::to_string)).collect()
    }

    #[test]
    fn every_command_has_exactly_one_typed_function_in_ipc_ts() {
        let registered = registered();
        let called = called();
        assert!(registered.len() > 30, "read the command list: {registered:?}");
        let missing: Vec<_> = registered.difference(&called).collect();
        let unknown: Vec<_> = called.difference(&registered).collect();
        assert!(missing.is_empty(), "commands without a function in ui/src/lib/ipc.ts: {missing:?}");
        assert!(unknown.is_empty(), "ipc.ts calls commands the shell does not register: {unknown:?}");
    }

    #[test]
    fn each_chosen_database_gets_its_own_instance() {
        let a = PathBuf::from("/tmp/a/convene.db");
        let b = PathBuf::from("/tmp/b/convene.db");
        assert_eq!(instance_id("eu.convene.app", None), "eu.convene.app");
        let id_a = instance_id("eu.convene.app", Some(&a));
        assert_ne!(id_a, instance_id("eu.convene.app", Some(&b)));
        assert_eq!(id_a, instance_id("eu.convene.app", Some(&a)), "stable for the same file");
        assert!(id_a.split('.').all(|part| part.chars().next().is_some_and(|c| c.is_ascii_alphabetic())));
    }
}
