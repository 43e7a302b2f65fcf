//! The TypeScript types of every IPC payload, generated from the Rust types with ts-rs into
//! `ui/src/lib/bindings/` (one file per type) and committed.
//!
//! This test exports them afresh into a temporary folder and fails when the committed
//! files differ, are missing or are left over. `UPDATE_BINDINGS=1 cargo test -p
//! convene-core --test bindings` rewrites the folder instead.
//!
//! Besides the types, the test writes modules of values the window must not copy by hand
//! (see [`generated_modules`]): the limits every form checks (`limits.ts`), the words
//! people read for each closed set (`labels.ts`, from each `text_enum!`'s `label()`), and
//! the calendar words the window's own date formatting uses (`calendarWords.ts`). They are
//! compared and regenerated the same way. A meeting's when needs no module: the core sends
//! it with the meeting (`Meeting::when`, from its one schedule formatter).
//!
//! Rust's `i64` is exported as TypeScript `number`, not `bigint`: ids and counts stay far
//! below 2^53, and Tauri's IPC carries them as JSON numbers (ts-rs `Config::with_large_int`,
//! set here once instead of an attribute on every field).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use convene_core::calendar::PartnerLocalTime;
use convene_core::holiday::{DayOff, DayOffInput, DayOffSource, HolidayCountry, NamedDayOff};
use convene_core::ical::export::CalendarExport;
use convene_core::ical::import::{IcsImportReport, MeetingRef};
use convene_core::ical::invite::{Invitation, InviteMethod};
use convene_core::ical::outcome::{InvitationSent, SavedCalendar};
use convene_core::import_note::ImportNote;
use convene_core::ipc::{AppInfo, CountryOption, IpcError, WorkProgress};
use convene_core::meeting::{
    AgendaItemInput, AttendanceStatus, Attendee, DateRange, Meeting, MeetingInput, MeetingStatus, MeetingSummary,
    ScheduleInput,
};
use convene_core::milestone::{Milestone, MilestoneInput, MilestoneKind};
use convene_core::network::{Dependents, Network, NetworkInput, NetworkSummary};
use convene_core::overview::{NetworkTimeline, Overview};
use convene_core::partner::{Contact, ContactInput, LocalGroupMember, LocalGroupMemberInput, Partner, PartnerInput};
use convene_core::plan::{
    ActionPlan, ActionPlanInput, AuthorSetting, Comment, CommentInput, ConflictChoice, PlanConflict, PlanDiff,
    PlanDocument, PlanListItem, PlanStatus, ReceiveReport, Revision, SavedRevision, StatusChange,
};
use convene_core::poll::{Answer, ClosedPoll, Poll, PollGrid, PollInput, PollMessagesWritten, RepliesReport};
use convene_core::practice::{Practice, PracticeInput, PracticeSummary};
use convene_core::publish::window::{
    DavAccount, DavAccountAdded, DavAccountInput, DavCalendarFound, DavConflict, DavDiscovery, DavPublishState,
    DavSyncReport,
};
use convene_core::schedule_text::ScheduleParts;
use convene_core::scheduling::{DayFinding, DayRequest, MeetingWarning, SlotFinding, SlotRequest};
use convene_core::search::SearchHit;
use convene_core::time_text::{MONTH_NAMES, RANGE_DASH, WEEKDAY_ABBREVIATIONS};
use convene_core::urbact::ImportReport;
use ts_rs::{Config, TS};

/// Every type a command takes or returns (the shell's commands in src-tauri/src/commands/
/// and the wrappers of ui/src/lib/ipc.ts); the types they contain are exported with them.
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
        NetworkTimeline,
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
        HolidayCountry,
        NamedDayOff,
        DayOff,
        DayOffInput,
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
        SlotRequest,
        SlotFinding,
        DayRequest,
        DayFinding,
        MeetingWarning,
        // the rest
        Milestone,
        MilestoneInput,
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
        ScheduleParts,
        WorkProgress,
        // polls
        Poll,
        PollInput,
        PollGrid,
        ClosedPoll,
        RepliesReport,
        Answer,
        PollMessagesWritten,
        // calendar servers (issue 15)
        DavAccount,
        DavAccountInput,
        DavAccountAdded,
        DavDiscovery,
        DavCalendarFound,
        DavConflict,
        DavPublishState,
        DavSyncReport,
    );
}

/// The header of every generated module.
const GENERATED: &str = "// Generated from convene-core by tests/core/bindings.rs. Do not edit this file manually.\n";

/// Compact JSON: a generated list stays on one line.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

/// `export const NAME = value;` lines, with a doc comment each.
fn constants(items: &[(&str, &str, String)]) -> String {
    items.iter().map(|(doc, name, value)| format!("/** {doc} */\nexport const {name} = {value} as const;\n")).collect()
}

/// The modules of values written beside the types, by file name.
fn generated_modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    out.insert("limits.ts".to_string(), limits_module());
    out.insert("labels.ts".to_string(), labels_module());
    out.insert(
        "calendarWords.ts".to_string(),
        format!(
            "{GENERATED}{}",
            constants(&[
                ("Month names, January first.", "MONTH_NAMES", json(&MONTH_NAMES)),
                ("Three-letter weekday names, Monday first.", "WEEKDAY_ABBREVIATIONS", json(&WEEKDAY_ABBREVIATIONS)),
                ("The dash between the ends of a range of days or times.", "RANGE_DASH", json(RANGE_DASH)),
            ])
        ),
    );
    out
}

/// The limits of the core's rules that the window checks while the person types.
fn limits_module() -> String {
    use convene_core::calendar::{IMPORT_MAX_BYTES, REMINDER_MAX_MINUTES};
    use convene_core::validate::{FIRST_YEAR, LAST_YEAR, LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX};
    let n = |v: i64| v.to_string();
    format!(
        "{GENERATED}{}",
        constants(&[
            ("Names of people, cities, networks (characters).", "NAME_MAX", n(NAME_MAX as i64)),
            ("Titles of meetings, plans, practices (characters).", "TITLE_MAX", n(TITLE_MAX as i64)),
            (
                "One-line texts: taglines, venues, roles, phone numbers, links (characters).",
                "LINE_MAX",
                n(LINE_MAX as i64)
            ),
            ("Descriptions, summaries, notes, sections (characters).", "TEXT_MAX", n(TEXT_MAX as i64)),
            ("The first year a date may have.", "FIRST_YEAR", n(FIRST_YEAR.into())),
            ("The last year a date may have.", "LAST_YEAR", n(LAST_YEAR.into())),
            (
                "The longest reminder of a calendar export, in minutes before the start.",
                "REMINDER_MAX_MINUTES",
                n(REMINDER_MAX_MINUTES)
            ),
            ("The largest calendar file an import reads, in bytes.", "IMPORT_MAX_BYTES", n(IMPORT_MAX_BYTES as i64)),
        ])
    )
}

/// `<type>Label` tables: each value of a closed set and the core's `label()` of it, typed
/// so that TypeScript requires every value.
fn labels_module() -> String {
    use convene_core::meeting::{AttendanceStatus, MeetingKind, MeetingMode, MeetingStatus};
    use convene_core::network::NetworkKind;
    use convene_core::partner::PartnerRole;
    use convene_core::plan::content::{ActionStatus, FundingSource, IndicatorKind};
    use convene_core::plan::{PlanStatus, RevisionKind};
    use convene_core::poll::Answer;
    use convene_core::search::HitKind;
    let mut imports = String::new();
    let mut tables = String::new();
    macro_rules! table {
        ($($t:ident => $name:literal),+ $(,)?) => {$(
            imports.push_str(&format!("import type {{ {0} }} from './{0}';\n", stringify!($t)));
            // In the order the core declares them: `options()` offers them in this order.
            let entries: String =
                $t::ALL.iter().map(|v| format!("  {}: {},\n", json(v.as_str()), json(v.label()))).collect();
            tables.push_str(&format!(
                "\n/** What a person reads for each {}. */\nexport const {}: Record<{}, string> = {{\n{entries}}};\n",
                stringify!($t), $name, stringify!($t)
            ));
        )+};
    }
    table!(
        MeetingKind => "meetingKindLabel",
        Answer => "pollAnswerLabel",
        MeetingMode => "meetingModeLabel",
        MeetingStatus => "meetingStatusLabel",
        AttendanceStatus => "attendanceLabel",
        NetworkKind => "networkKindLabel",
        PartnerRole => "partnerRoleLabel",
        PlanStatus => "planStatusLabel",
        FundingSource => "fundingSourceLabel",
        ActionStatus => "actionStatusLabel",
        IndicatorKind => "indicatorKindLabel",
        RevisionKind => "revisionKindLabel",
        MilestoneKind => "milestoneKindLabel",
        HitKind => "hitKindLabel",
        DayOffSource => "dayOffSourceLabel",
    );
    format!("{GENERATED}{imports}{tables}")
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
    let mut fresh = ts_files(fresh_dir.path());
    for (name, text) in generated_modules() {
        assert!(fresh.insert(name.clone(), text).is_none(), "{name} is both a type and a generated module");
    }

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
