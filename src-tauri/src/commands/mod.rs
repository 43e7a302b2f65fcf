//! The Tauri commands, one module per area of the UI. Each is thin: it takes the
//! arguments, runs one `convene_core` function on a connection of its own on a blocking
//! thread ([`crate::state::AppState::run`]), and maps the core's error to an
//! [`IpcError`](crate::error::IpcError). No business rule lives here.
//!
//! The UI calls them only through `ui/src/lib/ipc.ts`, one typed function per command;
//! a shell test (lib.rs) checks that every registered command has one, that the UI calls
//! it, and that none takes a file path.

pub mod app;
pub mod calendar;
pub mod data;
pub mod dav;
pub mod holidays;
pub mod meetings;
pub mod milestones;
pub mod networks;
pub mod partners;
pub mod plan_documents;
pub mod plans;
pub mod polls;
pub mod practices;
pub mod scheduling;
pub mod search;
pub mod work;
