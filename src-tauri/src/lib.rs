//! Convene's desktop shell: the Tauri window around `convene-core`.
//!
//! The shell holds no business rule. It opens the database ([`state`]), registers the
//! commands the UI calls ([`commands`], one module per area), and the plugins people
//! expect of a desktop app: one instance per database (a second launch focuses the
//! window), the window's size and position remembered, native open and save dialogs, and
//! a written invitation opened in the system's mail program.
//!
//! Invariants of the IPC surface, held by the tests at the end of this file: every
//! registered command has one typed function in ui/src/lib/ipc.ts and is called from the
//! UI (a command the window does not use is not registered), and no command takes a file
//! path (files are chosen in dialogs the shell opens, [`file_dialogs`]). The end-to-end
//! tests' hooks exist only with the `e2e-hooks` feature ([`test_hooks`]). On Linux,
//! WebKit draws the window without accelerated compositing unless the person asks for it
//! ([`rendering`]: about 100 MB less memory, measured). Once Home's launch work is done,
//! the program gives back the memory that work used ([`memory`]).
//!
//! The database is `convene.db` in the platform data directory
//! (`~/.local/share/eu.convene.app/` on Linux), or the file named by the `CONVENE_DB`
//! environment variable (the end-to-end tests give each run its own): the same file the
//! `convene` command line opens ([`convene_core::store::database_path_from_env_or_default`]).

pub mod command_panics;
pub mod commands;
pub mod dropped_files;
pub mod error;
pub mod file_dialogs;
pub mod invitation_files;
pub mod long_work;
pub mod memory;
pub mod ready;
pub mod rendering;
pub mod state;
pub mod test_hooks;

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
    memory::limit_arenas();
    convene_core::panic_report::install(
        convene_core::panic_report::default_log_path()
            .unwrap_or_else(|| std::env::temp_dir().join(convene_core::panic_report::LOG_FILE_NAME)),
        false,
    );
    rendering::choose_webkit_compositing();
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
        .on_page_load(ready::mark_page_load)
        .setup(move |app| {
            ready::mark("setup");
            // The same file the `convene` command line opens (see convene_core::store).
            let path = match store::database_path_from_env_or_default() {
                Ok(path) => path,
                Err(_) => app.path().app_data_dir()?.join(store::DATABASE_FILE_NAME),
            };
            eprintln!("convene: database {}", path.display());
            let version = app.package_info().version.to_string();
            app.manage(AppState::open(path, &version));
            ready::mark("database");
            app.manage(long_work::RunningWork::default());
            app.manage(dropped_files::DroppedFiles::default());
            Ok(())
        })
        .on_window_event(dropped_files::on_window_event)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::load_examples,
            commands::app::start_empty,
            commands::app::home_overview,
            commands::app::home_timeline,
            commands::app::home_travel_warnings,
            commands::app::launch_settled,
            commands::app::list_countries,
            commands::app::list_time_zones,
            commands::networks::list_networks,
            commands::networks::get_network,
            commands::networks::create_network,
            commands::networks::update_network,
            commands::networks::network_dependents,
            commands::networks::delete_network,
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
            commands::holidays::holiday_countries,
            commands::holidays::network_days_off,
            commands::holidays::list_days_off,
            commands::holidays::add_day_off,
            commands::holidays::delete_day_off,
            commands::meetings::list_meetings,
            commands::meetings::get_meeting,
            commands::meetings::create_meeting,
            commands::meetings::update_meeting,
            commands::meetings::confirm_meeting,
            commands::meetings::postpone_meeting,
            commands::meetings::mark_meeting_held,
            commands::meetings::cancel_meeting,
            commands::meetings::delete_meeting,
            commands::meetings::set_agenda,
            commands::meetings::set_attendance,
            commands::meetings::meeting_local_times,
            commands::meetings::preview_local_times,
            commands::scheduling::find_slots,
            commands::scheduling::find_free_days,
            commands::scheduling::preview_meeting_warnings,
            commands::milestones::list_milestones,
            commands::milestones::create_milestone,
            commands::milestones::update_milestone,
            commands::milestones::delete_milestone,
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
            commands::plans::add_plan_comment,
            commands::plans::resolve_plan_comment,
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
            commands::polls::list_polls,
            commands::polls::create_poll,
            commands::polls::poll_grid,
            commands::polls::set_poll_answer,
            commands::polls::close_poll_and_write,
            commands::polls::write_poll_invitations,
            commands::polls::choose_poll_reply_files,
            commands::polls::read_dropped_poll_replies,
            commands::practices::list_practices,
            commands::practices::get_practice,
            commands::practices::create_practice,
            commands::practices::update_practice,
            commands::practices::delete_practice,
            commands::search::search,
            commands::data::backup_file,
            commands::data::choose_backup_to_restore,
            commands::data::restore_chosen_backup,
            commands::data::import_pages_file,
            commands::data::export_json_file,
            ready::report_ready,
            commands::work::cancel_work,
            commands::app::set_language,
            commands::dav::list_dav_accounts,
            commands::dav::add_dav_account,
            commands::dav::test_dav_account,
            commands::dav::remove_dav_account,
            commands::dav::dav_publish_state,
            commands::dav::publish_network,
            commands::dav::resolve_dav_conflict,
            commands::dav::choose_dav_ca_file,
            commands::dav::forget_dav_ca_file,
            commands::dav::push_plan_to_server,
            commands::dav::pull_plan_from_server,
        ])
        .run(context)
        .expect("Convene could not start its window");
}

#[cfg(test)]
mod tests {
    //! The IPC surface as the shell registers it, checked against the UI's source: every
    //! command has one typed function in ui/src/lib/ipc.ts, every one of them is called from
    //! the UI, and no command takes a file path from the web page.

    use super::*;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Command names registered above, read from this file.
    fn registered() -> BTreeSet<String> {
        let source = include_str!("lib.rs");
        let start = source.find("generate_handler![").unwrap();
        let end = start + source[start..].find("])").unwrap();
        source[start..end]
            .lines()
            .filter_map(|l| l.trim().trim_end_matches(',').rsplit("::").next().map(str::to_string))
            .filter(|n| !n.is_empty() && !n.contains('['))
            .collect()
    }

    /// The typed functions of `ui/src/lib/ipc.ts`: function name -> the command it calls.
    fn wrappers() -> BTreeMap<String, String> {
        let ts = include_str!("../../ui/src/lib/ipc.ts");
        ts.split("\nexport const ")
            .skip(1)
            .filter_map(|chunk| {
                let name: String = chunk.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                let call = &chunk[chunk.find("call<")?..];
                let command = call.split('\'').nth(1)?.to_string();
                Some((name, command))
            })
            .collect()
    }

    /// Every .ts and .svelte file of ui/src but ipc.ts, the generated bindings and tests,
    /// with its import statements left out (an import is not a use).
    fn ui_sources() -> Vec<(String, String)> {
        fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if path.is_dir() {
                    if name != "bindings" {
                        walk(&path, out);
                    }
                } else if (name.ends_with(".ts") || name.ends_with(".svelte"))
                    && !name.ends_with(".test.ts")
                    && name != "ipc.ts"
                {
                    out.push((path.display().to_string(), without_imports(&std::fs::read_to_string(&path).unwrap())));
                }
            }
        }
        let mut out = Vec::new();
        walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src"), &mut out);
        out
    }

    fn without_imports(source: &str) -> String {
        let mut kept = String::new();
        let mut in_import = false;
        for line in source.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("import ") || trimmed.starts_with("import{") {
                in_import = true;
            }
            if !in_import {
                kept.push_str(line);
                kept.push('\n');
            }
            if in_import && (line.contains(" from '") || line.contains(" from \"") || trimmed.starts_with("import '")) {
                in_import = false;
            }
        }
        kept
    }

    /// Whether `name` occurs in `text` as a whole identifier.
    fn mentions(text: &str, name: &str) -> bool {
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
        text.match_indices(name).any(|(i, _)| {
            !text[..i].chars().next_back().is_some_and(ident)
                && !text[i + name.len()..].chars().next().is_some_and(ident)
        })
    }

    /// The parameters of command `name` as written in the shell's sources ("plan_id: i64").
    fn parameters(name: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src");
        let files =
            std::fs::read_dir(dir.join("commands")).unwrap().map(|e| e.unwrap().path()).chain([dir.join("ready.rs")]);
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            let Some(at) = source.find(&format!("fn {name}(")) else {
                continue;
            };
            let mut parameters = vec![String::new()];
            let mut depth = 0;
            for c in source[at + name.len() + 4..].chars() {
                match c {
                    '(' | '<' | '[' => depth += 1,
                    ')' if depth == 0 => break,
                    ')' | '>' | ']' => depth -= 1,
                    ',' if depth == 0 => {
                        parameters.push(String::new());
                        continue;
                    }
                    _ => {}
                }
                parameters.last_mut().unwrap().push(c);
            }
            return parameters.iter().map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
        }
        panic!("command {name} is registered but its function is not in src-tauri/src/commands/ or ready.rs");
    }

    #[test]
    fn every_command_has_exactly_one_typed_function_in_ipc_ts() {
        let registered = registered();
        let wrappers = wrappers();
        let called: BTreeSet<String> = wrappers.values().cloned().collect();
        assert!(registered.len() > 30, "read the command list: {registered:?}");
        assert_eq!(called.len(), wrappers.len(), "one function per command in ipc.ts: {wrappers:?}");
        let missing: Vec<_> = registered.difference(&called).collect();
        let unknown: Vec<_> = called.difference(&registered).collect();
        assert!(missing.is_empty(), "commands without a function in ui/src/lib/ipc.ts: {missing:?}");
        assert!(unknown.is_empty(), "ipc.ts calls commands the shell does not register: {unknown:?}");
    }

    #[test]
    fn every_registered_command_is_called_from_the_ui() {
        let sources = ui_sources();
        assert!(sources.len() > 20, "read the UI's sources: {} files", sources.len());
        let unused: Vec<String> = wrappers()
            .into_iter()
            .filter(|(function, _)| !sources.iter().any(|(_, text)| mentions(text, function)))
            .map(|(function, command)| format!("{command} (ipc.ts {function})"))
            .collect();
        assert!(
            unused.is_empty(),
            "registered commands that no screen calls: {unused:?}; call them from the UI or unregister them"
        );
    }

    #[test]
    fn no_command_takes_a_path_from_the_web_page() {
        let mut with_paths = Vec::new();
        for command in registered() {
            for parameter in parameters(&command) {
                let (name, kind) = parameter.split_once(':').unwrap_or((&parameter, ""));
                let name = name.trim().to_ascii_lowercase();
                if ["path", "file", "dir", "folder"].iter().any(|w| name.contains(w)) || kind.contains("Path") {
                    with_paths.push(format!("{command}({parameter})"));
                }
            }
        }
        assert!(
            with_paths.is_empty(),
            "commands that take a path from the web page: {with_paths:?}; open the native dialog in Rust (src-tauri/src/file_dialogs.rs)"
        );
    }

    #[test]
    fn the_checks_see_a_call_an_import_alone_and_a_path_parameter() {
        assert!(mentions("await listMilestones(id)", "listMilestones"));
        assert!(!mentions("await listMilestonesOf(id)", "listMilestones"));
        let imported_only = without_imports("import {\n  listPlans,\n} from '../lib/ipc';\nconst x = 1;\n");
        assert!(!mentions(&imported_only, "listPlans"), "{imported_only}");
        assert_eq!(parameters("get_network"), ["state: State<'_, AppState>", "id: i64"]);
        assert!(parameters("backup_file").iter().all(|p| !p.contains("path")));
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
