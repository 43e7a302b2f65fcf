//! The launch-time signal read by `scripts/measure-launch.sh`: when the first screen is
//! usable.
//!
//! Why a signal from inside the window: "usable" means the screen has drawn its data and
//! the page can take input, which only the page knows. The UI calls [`report_ready`] once
//! per page load, after the first screen (Home, or First run on an empty database) has
//! rendered its data and the webview has painted a frame and gone back to its event loop
//! (`ui/src/lib/ready.ts`). Measuring from outside with WebDriver would add the driver's
//! own start-up and polling to the figure.
//!
//! Invariants:
//! - Without `CONVENE_REPORT_READY=1` in the environment the command does nothing: the UI
//!   calls it in normal use, and it must change nothing a person can see or rely on.
//! - With it, exactly one line goes to standard output, the first time the command runs:
//!   `convene-ready <ms> <screen>`, where `<ms>` counts from [`mark_started`] (the first
//!   thing the shell does; the measuring script times the whole launch from outside as
//!   well, which includes loading the program and its libraries).
//! - The empty window the script compares against (`src-tauri/examples/empty_window.rs`)
//!   uses this same module, so both figures mean the same thing.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

/// The environment variable that turns the signal on.
pub const ENV_VAR: &str = "CONVENE_REPORT_READY";

static STARTED: OnceLock<Instant> = OnceLock::new();
static REPORTED: AtomicBool = AtomicBool::new(false);

/// Notes the moment the shell started; later calls keep the first moment.
pub fn mark_started() {
    STARTED.get_or_init(Instant::now);
}

fn enabled() -> bool {
    std::env::var_os(ENV_VAR).is_some_and(|v| v == "1")
}

/// The line for `screen` at `ms` milliseconds after start; `screen` is cut to a short word
/// so that a page cannot write arbitrary text into the measuring script's input.
fn line(ms: u128, screen: &str) -> String {
    let screen: String = screen.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(32).collect();
    format!("convene-ready {ms} {}", if screen.is_empty() { "unknown" } else { &screen })
}

/// Prints the ready line once when [`ENV_VAR`] is `1`; otherwise does nothing.
pub fn report(screen: &str) {
    if !enabled() || REPORTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let ms = STARTED.get_or_init(Instant::now).elapsed().as_millis();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", line(ms, screen));
    let _ = out.flush();
}

/// The first screen (`screen`: "home", "welcome", ...) is drawn and takes input.
#[tauri::command]
pub fn report_ready(screen: String) {
    report(&screen);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_carries_the_time_and_a_short_screen_name_only() {
        assert_eq!(line(412, "home"), "convene-ready 412 home");
        assert_eq!(line(7, "first-run"), "convene-ready 7 first-run");
        assert_eq!(line(7, "home\nconvene-ready 1 fake"), "convene-ready 7 homeconvene-ready1fake");
        assert_eq!(line(7, ""), "convene-ready 7 unknown");
    }
}
