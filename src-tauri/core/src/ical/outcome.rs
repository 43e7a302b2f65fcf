//! What the desktop app reports after it has put a calendar or an invitation somewhere:
//! the replies of the shell's calendar commands (src-tauri/src/commands/calendar.rs).
//!
//! They live here, beside the export and the invitation they describe, so that their
//! TypeScript bindings are generated with every other IPC type (tests/core/bindings.rs).
//!
//! Invariants: `path` is the file as written, whole; the counts are the export's own
//! ([`super::export::CalendarExport`]), so the message "Saved 12 meetings …; 2 not yet
//! dated were left out" can never disagree with the file.

use serde::Serialize;
use ts_rs::TS;

use super::export::CalendarExport;
use super::invite::{Invitation, InviteMethod};

/// A calendar file saved where the person chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavedCalendar {
    /// The file written.
    pub path: String,
    /// Events in the file.
    pub events: usize,
    /// Meetings of the selection left out because they are not dated yet.
    pub left_out_undated: usize,
}

impl SavedCalendar {
    pub fn new(path: impl Into<String>, export: &CalendarExport) -> SavedCalendar {
        SavedCalendar { path: path.into(), events: export.events, left_out_undated: export.left_out_undated }
    }
}

/// An invitation (or cancellation) message written as an `.eml` file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InvitationSent {
    /// The `.eml` file written.
    pub path: String,
    pub method: InviteMethod,
    pub subject: String,
    /// Whether the system's mail program was asked to open it (false when the app runs
    /// with the test seam that writes the message without launching a program).
    pub opened: bool,
}

impl InvitationSent {
    pub fn new(path: impl Into<String>, invitation: &Invitation, opened: bool) -> InvitationSent {
        InvitationSent { path: path.into(), method: invitation.method, subject: invitation.subject.clone(), opened }
    }
}
