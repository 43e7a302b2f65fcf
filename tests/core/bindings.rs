//! The TypeScript types of every IPC payload, generated from the Rust types with ts-rs into
//! `ui/src/lib/bindings/` (one file per type) and committed.
//!
//! This test exports them afresh into a temporary folder and fails when the committed
//! files differ, are missing or are left over. `UPDATE_BINDINGS=1 cargo test -p
//! convene-core --test bindings` rewrites the folder instead.
//!
//! Rust's `i64` is exported as TypeScript `number`, not `bigint`: ids and counts stay far
//! below 2^53, and Tauri's IPC carries them as JSON numbers (ts-rs `Config::with_large_int`,
//! set here once instead of an attribute on every field).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use convene_core::calendar::PartnerLocalTime;
use convene_core::ical::export::CalendarExport;
use convene_core::ical::import::{IcsImportReport, MeetingRef};
use convene_core::ical::invite::{Invitation, InviteMethod};
use convene_core::ical::outcome::{InvitationSent, SavedCalendar};
use convene_core::import_note::ImportNote;
use convene_core::ipc::{AppInfo, CountryOption, IpcError};
use convene_core::meeting::{
    AgendaItemInput, AttendanceStatus, Attendee, DateRange, Meeting, MeetingInput, MeetingStatus, MeetingSummary,
    ScheduleInput,
};
use convene_core::milestone::Milestone;
use convene_core::network::{Dependents, Network, NetworkInput, NetworkSummary};
use convene_core::overview::Overview;
use convene_core::partner::{Contact, ContactInput, LocalGroupMember, LocalGroupMemberInput, Partner, PartnerInput};
use convene_core::plan::{
    ActionPlan, ActionPlanInput, AuthorSetting, Comment, CommentInput, ConflictChoice, PlanConflict, PlanDiff, PlanDocument, PlanListItem, PlanStatus, ReceiveReport, Revision, SavedRevision,
    StatusChange,
};
use convene_core::practice::{Practice, PracticeInput, PracticeSummary};
use convene_core::search::SearchHit;
use convene_core::urbact::ImportReport;
use ts_rs::{Config, TS};

/// Every type a command takes or returns (see /work/notes/IPC.md); the types they contain
/// are exported with them.
fn export_all(cfg: &Config) {
    macro_rules! export {
        ($($t:ty),+ $(,)?) => {
            $( <$t as TS>::export_all(cfg).unwrap_or_else(|e| panic!("exporting {}: {e}", stringify!($t))); )+
        };
    }
    export!(
        // app
        AppInfo,
        IpcError,
        CountryOption,
        ImportReport,
        IcsImportReport,
        MeetingRef,
        CalendarExport,
        Invitation,
        InviteMethod,
        SavedCalendar,
        InvitationSent,
        Overview,
        // networks and partners
        NetworkSummary,
        Network,
        NetworkInput,
        Dependents,
        Partner,
        PartnerInput,
        Contact,
        ContactInput,
        LocalGroupMember,
        LocalGroupMemberInput,
        // meetings
        MeetingSummary,
        Meeting,
        MeetingInput,
        ScheduleInput,
        MeetingStatus,
        DateRange,
        AgendaItemInput,
        Attendee,
        AttendanceStatus,
        PartnerLocalTime,
        // the rest
        Milestone,
        ActionPlan,
        // action plans: drafting, history, review, exchange
        ActionPlanInput,
        PlanStatus,
        PlanListItem,
        PlanDocument,
        SavedRevision,
        Revision,
        PlanDiff,
        StatusChange,
        Comment,
        CommentInput,
        PlanConflict,
        ConflictChoice,
        ReceiveReport,
        AuthorSetting,
        ImportNote,
        PracticeSummary,
        Practice,
        PracticeInput,
        SearchHit,
    );
}

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings")
}

fn ts_files(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

#[test]
fn bindings_are_up_to_date() {
    let fresh_dir = tempfile::tempdir().unwrap();
    let cfg = Config::new().with_large_int("number").with_out_dir(fresh_dir.path());
    export_all(&cfg);
    let fresh = ts_files(fresh_dir.path());

    // What the UI relies on, checked on the fresh output so a wrong setting cannot be committed.
    let network = &fresh["Network.ts"];
    assert!(network.contains("id: number"), "i64 must be a TypeScript number:\n{network}");
    assert!(!fresh.values().any(|t| t.contains("bigint")), "no binding may use bigint");
    assert!(fresh["IpcError.ts"].contains("field?: string"), "IpcError.field is optional:\n{}", fresh["IpcError.ts"]);

    let dir = committed_dir();
    if std::env::var("UPDATE_BINDINGS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(&dir).unwrap();
        for name in ts_files(&dir).keys().filter(|n| !fresh.contains_key(*n)) {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        for (name, text) in &fresh {
            std::fs::write(dir.join(name), text).unwrap();
        }
        eprintln!("wrote {} bindings to {}", fresh.len(), dir.display());
        return;
    }

    let committed = ts_files(&dir);
    let mut problems = Vec::new();
    for (name, text) in &fresh {
        match committed.get(name) {
            None => problems.push(format!("missing: {name}")),
            Some(old) if old != text => problems.push(format!("changed: {name}")),
            Some(_) => {}
        }
    }
    for name in committed.keys().filter(|n| !fresh.contains_key(*n)) {
        problems.push(format!("no longer generated: {name}"));
    }
    assert!(
        problems.is_empty(),
        "bindings are stale: run `UPDATE_BINDINGS=1 cargo test -p convene-core --test bindings` and commit ui/src/lib/bindings/\n  {}",
        problems.join("\n  ")
    );
}
