//! Publishing a network's meetings to a CalDAV calendar and reading changes back: the
//! decisions, without any network I/O (the `convene-dav` crate does the HTTP and calls
//! these functions; the CLI and the window call that crate).
//!
//! A published meeting is one calendar resource, `<UID>.ics` (UID percent-encoded), whose
//! body is one VCALENDAR written by the same writer as `convene export ics`
//! ([`crate::ical::export::export_meetings`]) with the meeting's `updated_at` as DTSTAMP, so
//! the same meeting always gives the same bytes ([`resource`]).
//!
//! Who changed what since the last sync is told by two versions remembered per meeting
//! ([`state::Remembered`]): the server's ETag and the **fingerprint** (sha256) of the local
//! resource last written or read. The rules ([`reconcile`]):
//! - only the local fingerprint moved: the meeting is written (`If-Match: <etag>`; a new
//!   one `If-None-Match: *`); a meeting gone here (deleted, or no longer dated) is deleted
//!   there with `If-Match`;
//! - only the ETag moved (or a resource nobody here knows appeared): the server's version
//!   is read into the meeting (the calendar importer, [`apply::accept_remote`]), with a
//!   note of what changed; a new event becomes a meeting;
//! - both moved, or one side deleted what the other changed, or the server answered 412:
//!   a **conflict**: nothing is written on either side, both versions are kept in
//!   `dav_conflicts` until `conflict resolve ID --keep local|remote`;
//! - a recurring event created on the server becomes a meeting per occurrence (the
//!   importer's rule) that stays the server's: remembered with the series' href and
//!   `from_series`, never written or deleted there; the series' changes are taken;
//! - an event deleted on the server is never deleted here silently: it becomes a conflict
//!   whose remote side is "deleted" (keep local: it is published again; keep remote: the
//!   meeting is deleted here).
//!
//! Invariants: no password is stored by this module (accounts hold url, user and CA file);
//! every change of local data happens in one transaction; the sync state records only
//! what the server confirmed, so an interrupted publish is completed by the next one.

pub mod apply;
pub mod reconcile;
pub mod resource;
pub mod state;
pub mod window;

pub use apply::{accept_remote, resolve_conflict, Keep};
pub use reconcile::{
    decide_fetched, plan_writes, reconcile_listing, series_changed_here, Fetched, Listing, RemoteDecision, Write,
};
pub use resource::{local_resources, resource_name, LocalResource};
pub use state::*;
