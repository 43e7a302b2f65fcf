//! What a command returns when it fails: the core's [`IpcError`], which serializes as
//! `{ code, message, field? }` so a form can show the message beside the right input.
//!
//! The type lives in `convene_core::ipc` so that its TypeScript binding is generated with
//! the others and its mapping from the core's `Error` is tested without GTK; the shell only
//! adds the errors of its own making (a failed file write, a restore with no backup chosen).

pub use convene_core::ipc::IpcError;

/// The result of every command.
pub type CommandResult<T> = Result<T, IpcError>;
