//! What a command returns when it fails: the core's [`IpcError`], which serializes as
//! `{ code, message, field? }` so a form can show the message beside the right input.
//!
//! The type lives in `convene_core::ipc` so that its TypeScript binding is generated with
//! the others and its mapping from the core's `Error` is tested without GTK; the shell only
//! adds the errors of its own making (a path that is not one, a failed file write).

pub use convene_core::ipc::IpcError;

/// The result of every command.
pub type CommandResult<T> = Result<T, IpcError>;

/// A path the UI sent that cannot be used (an empty string from a cancelled dialog, say).
pub fn bad_path(what: &str) -> IpcError {
    IpcError { code: "bad_input".into(), message: format!("choose a file for the {what}"), field: Some("path".into()) }
}
