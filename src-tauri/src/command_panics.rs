//! A bug in a command's work, wherever that work ran, is said to the person the same way:
//! "Convene hit an internal error: ... The details are in FILE." (in the window's
//! language), never a promise left waiting forever or a blank screen.
//!
//! [`crate::state::AppState::run`] catches a panic in database work itself. The rest runs
//! on tasks and threads of its own (native dialogs, file writing, the keyring, calendar
//! servers): a panic there unwinds that task or thread, and its join handle hands the
//! panic over; [`stopped`] and [`thread_stopped`] turn it into the error. (What a command
//! does between those, in its own async body, is glue that holds no work of its own.)
//! The panic hook of `convene_core::panic_report` has logged it, with its backtrace, by
//! then.

use std::any::Any;

use convene_core::i18n;
use convene_core::ipc::IpcError;
use convene_core::panic_report::{log_path, payload_text, InternalError};

/// The error for work that panicked with `payload`.
pub fn thread_stopped(payload: Box<dyn Any + Send>) -> IpcError {
    let internal = InternalError { message: payload_text(&*payload), log: log_path().map(Into::into) };
    IpcError::internal(internal.render(i18n::current()))
}

/// The error for a task that did not finish: its panic, said as [`thread_stopped`] says it,
/// or why the runtime stopped it.
pub fn stopped(e: tauri::Error) -> IpcError {
    match e {
        tauri::Error::JoinError(join) if join.is_panic() => thread_stopped(join.into_panic()),
        other => thread_stopped(Box::new(other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_on_a_blocking_task_is_said_as_an_internal_error() {
        let e = tauri::async_runtime::block_on(async {
            tauri::async_runtime::spawn_blocking(|| -> u32 { panic!("the dialog gave nothing") }).await.map_err(stopped)
        })
        .unwrap_err();
        assert_eq!(e.code, "internal");
        assert!(
            e.message.contains("Convene hit an internal error") && e.message.contains("the dialog gave nothing"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_panic_on_a_thread_of_its_own_is_said() {
        let e = thread_stopped(std::thread::spawn(|| panic!("keyring went away")).join().unwrap_err());
        assert!(e.message.contains("keyring went away"), "{}", e.message);
    }
}
