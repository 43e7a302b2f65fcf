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
//! - Where the launch's time goes is printed on a second line, right after the ready line:
//!   `convene-phases <name>=<ms> ...`, each a moment on the same clock. The shell's moments
//!   come from [`mark`]; the page's (`ui/src/lib/ready.ts`) arrive with the ready call, as
//!   milliseconds since the page started loading, and are placed on this clock by the
//!   moment the call arrived (`page` is when the page started loading; the call's own
//!   transit, well under a millisecond, is left in).

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

/// The environment variable that turns the signal on.
pub const ENV_VAR: &str = "CONVENE_REPORT_READY";

static STARTED: OnceLock<Instant> = OnceLock::new();
static REPORTED: AtomicBool = AtomicBool::new(false);
static SHELL_PHASES: Mutex<Vec<(&'static str, u128)>> = Mutex::new(Vec::new());

/// Notes the moment the shell started; later calls keep the first moment.
pub fn mark_started() {
    STARTED.get_or_init(Instant::now);
}

fn enabled() -> bool {
    std::env::var_os(ENV_VAR).is_some_and(|v| v == "1")
}

fn since_start() -> u128 {
    STARTED.get_or_init(Instant::now).elapsed().as_millis()
}

/// Notes that the shell reached `phase` now, for the phases line; nothing without [`ENV_VAR`].
pub fn mark(phase: &'static str) {
    if enabled() {
        SHELL_PHASES.lock().unwrap_or_else(|e| e.into_inner()).push((phase, since_start()));
    }
}

/// Notes when the window's page starts and finishes loading (`Builder::on_page_load`).
pub fn mark_page_load<R: tauri::Runtime>(_: &tauri::Webview<R>, load: &tauri::webview::PageLoadPayload<'_>) {
    mark(match load.event() {
        tauri::webview::PageLoadEvent::Started => "page-load",
        tauri::webview::PageLoadEvent::Finished => "page-loaded",
    });
}

/// The page's moments (milliseconds since it started loading, `page_now` being the moment of
/// the call) placed on the shell's clock at `now`, after the shell's own, in time order.
fn phases_line(now: u128, shell: &[(&str, u128)], page_now: f64, page: &[(String, f64)]) -> String {
    let page_start = now.saturating_sub(page_now.max(0.0).round() as u128);
    let mut all: Vec<(String, u128)> = shell.iter().map(|(name, ms)| (name.to_string(), *ms)).collect();
    all.push(("page".into(), page_start));
    all.extend(page.iter().map(|(name, ms)| (short_word(name, "phase"), page_start + ms.max(0.0).round() as u128)));
    all.sort_by_key(|(_, ms)| *ms);
    let mut line = String::from("convene-phases");
    for (name, ms) in all {
        line.push_str(&format!(" {name}={ms}"));
    }
    line
}

/// `text` cut to a short word of letters, digits and dashes, or `empty` when nothing is left:
/// a page cannot write arbitrary text into the measuring script's input.
fn short_word(text: &str, empty: &str) -> String {
    let word: String = text.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(32).collect();
    if word.is_empty() {
        empty.to_string()
    } else {
        word
    }
}

/// The line for `screen` at `ms` milliseconds after start; `screen` is cut to a short word
/// so that a page cannot write arbitrary text into the measuring script's input.
fn line(ms: u128, screen: &str) -> String {
    format!("convene-ready {ms} {}", short_word(screen, "unknown"))
}

/// Prints the ready line once when [`ENV_VAR`] is `1`, then the phases line when the page
/// sent its moments (`page_now`, `page`); otherwise does nothing.
pub fn report(screen: &str, page_now: Option<f64>, page: &[(String, f64)]) {
    if !enabled() || REPORTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let ms = since_start();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", line(ms, screen));
    if let Some(page_now) = page_now {
        let shell = SHELL_PHASES.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "{}", phases_line(ms, &shell, page_now, page));
    }
    let _ = out.flush();
}

/// The first screen (`screen`: "home", "welcome", ...) is drawn and takes input. `now` and
/// `phases` are the page's clock at the call and its start-up moments on that clock.
#[tauri::command]
pub fn report_ready(screen: String, now: Option<f64>, phases: Option<Vec<(String, f64)>>) {
    report(&screen, now, &phases.unwrap_or_default());
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

    #[test]
    fn the_phases_line_puts_the_pages_moments_on_the_shells_clock_in_order() {
        let shell = [("setup", 40), ("window", 90)];
        let page = [("script".to_string(), 30.4), ("data\nfake=1".to_string(), 80.0)];
        // The call arrives 500 ms after start, 100 ms after the page started loading.
        assert_eq!(
            phases_line(500, &shell, 100.0, &page),
            "convene-phases setup=40 window=90 page=400 script=430 datafake1=480"
        );
    }
}
