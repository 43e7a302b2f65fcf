//! Stopping long work: the Cancel button beside a progress bar ([`crate::long_work`]).

use tauri::State;

use crate::long_work::RunningWork;

/// Asks the work whose progress channel is `work` to stop; it then fails with code
/// "cancelled" and leaves nothing half done. Answers false when that work has already
/// finished (its outcome stands).
#[tauri::command]
pub fn cancel_work(running: State<'_, RunningWork>, work: u32) -> bool {
    running.cancel(work)
}
