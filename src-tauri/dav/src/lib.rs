//! Convene's CalDAV and WebDAV client: publishing a network's meetings to the calendar
//! server partners already use, reading their changes back, and keeping plans in a shared
//! WebDAV folder. Async (tokio); no Tauri; the decisions (what to write, what is a
//! conflict) are convene-core's [`convene_core::publish`], this crate only talks HTTP.
//!
//! The requests are libdav's (discovery, MKCALENDAR, conditional PUT/DELETE,
//! sync-collection, multiget); TLS is rustls with the system's roots plus an account's CA
//! file ([`client`]). Passwords never reach the database ([`password`]).

pub mod client;
pub mod error;
pub mod files;
pub mod password;
pub mod sync;

pub use client::{connect, Dav};
pub use error::DavError;
pub use sync::{discover, publish, pull, Discovery, PublishOptions, SyncReport};
