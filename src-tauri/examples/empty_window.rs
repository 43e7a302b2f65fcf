//! An empty Tauri window: the baseline `scripts/measure-launch.sh` compares Convene with.
//!
//! Same Tauri version, features and build profile as the app (it is an example of the same
//! package, built with the same `custom-protocol` feature), a window of the same size, and
//! a one-line local page (`empty_window/dist/`, with its own `empty_window/tauri.conf.json`)
//! instead of Convene's UI. No plugins, no database: what is left is the cost of Tauri,
//! GTK and WebKitGTK themselves.
//!
//! With `CONVENE_REPORT_READY=1` it prints the same ready line as the app
//! ([`convene_app::ready`]) once its page has loaded and painted.
//!
//! `cargo build --release --features custom-protocol --example empty_window`

/// The page has loaded and painted (see `empty_window/dist/ready.js`).
#[tauri::command]
fn report_ready(screen: String, now: Option<f64>, phases: Option<Vec<(String, f64)>>) {
    convene_app::ready::report(&screen, now, &phases.unwrap_or_default());
}

fn main() {
    convene_app::ready::mark_started();
    tauri::Builder::default()
        .on_page_load(convene_app::ready::mark_page_load)
        .invoke_handler(tauri::generate_handler![report_ready])
        .run(tauri::generate_context!("src-tauri/examples/empty_window/tauri.conf.json"))
        .expect("the empty window could not start");
}
