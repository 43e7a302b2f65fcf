//! Convene's core: the domain of transnational city networks and its SQLite store.
//!
//! Everything a person can do in Convene is a function here, called alike by the desktop
//! shell and the `convene` command line: `fn create_meeting(db: &mut Db, network_id,
//! input) -> Result<Meeting>`. Validation happens here, once, and fails with
//! [`Error::Invalid`] naming the field. This crate knows nothing of windows or Tauri.
//!
//! Modules own one concept each: [`network`] and [`partner`] (with contacts and local
//! groups), [`meeting`] (agenda and attendance), [`milestone`], [`plan`], [`practice`],
//! [`calendar`] (time zones), [`scheduling`] (slot finder, host rotation, travel warnings),
//! [`search`], [`urbact`] (the page importer), [`exchange`] (JSON export and import) and
//! [`store`] (opening, migrating, backing up).

pub mod agenda;
pub mod calendar;
pub mod country;
mod country_names;
mod country_table;
pub mod disk_errors;
pub mod error;
pub mod exchange;
pub mod file_write;
pub mod holiday;
pub mod i18n;
pub mod ical;
pub mod import_note;
pub mod input_file;
pub mod ipc;
mod labels;
pub mod local_times;
pub mod meeting;
pub mod meeting_status;
pub mod milestone;
pub mod names;
pub mod network;
pub mod origin;
pub mod overview;
pub mod panic_report;
pub mod partner;
pub mod plan;
pub mod poll;
pub mod practice;
pub mod progress;
pub mod publish;
pub mod schedule_text;
pub mod scheduling;
pub mod search;
pub mod store;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod time_text;
pub mod urbact;
pub mod validate;
pub mod wording;

pub use error::{Error, Result};
pub use store::Db;
