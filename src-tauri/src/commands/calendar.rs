//! Calendars in the app: "Add to calendar" on a meeting, "Export calendar" on a network
//! and on a partner, "Email invitation" on a meeting, and "Import calendar" on a network.
//! The calendar text, the invitation message and the import are the core's
//! ([`convene_core::ical`]); these commands only choose files, write them and open them.
//!
//! The native save and open dialogs open in Rust ([`crate::file_dialogs`]), so the window
//! needs no dialog or opener permission for these features; closing a dialog is not an
//! error, the command answers `None`. An invitation is written as
//! `<app data>/invitations/<uid>-<sequence>.eml` and handed to the system's mail program
//! through tauri-plugin-opener's Rust API.
//!
//! Invariants:
//! - A calendar file is written whole or not at all (to a hidden file beside it, then
//!   renamed over it), and an export never changes the database.
//! - What the UI is told ([`SavedCalendar`]) is the export's own count of events and of
//!   meetings left out because they are not dated yet.
//! - An export with no event at all is refused before any dialog opens, saying why
//!   (nothing dated, or nothing in the range): an empty calendar helps nobody.
//! - An invitation the core refuses (a bad address, an undated meeting) writes nothing
//!   and launches nothing; the error names its field (`organizer`, `to[2]`, `meeting`).
//!
//! An import or export of a whole network can be thousands of meetings: both report their
//! progress on the `on_progress` channel the window passes and stop when the person
//! presses Cancel ([`crate::long_work`]); a cancelled import leaves the database as it was
//! (the core rolls its transaction back), a cancelled export writes no file.
//!
//! Test seams, only in the end-to-end tests' build ([`crate::test_hooks`]): the dialogs
//! are replaced by a folder and a file, and an invitation is written without launching a
//! mail program (which WebDriver cannot drive); the reply then says `opened: false`.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use convene_core::calendar::{read_calendar_file, refuse_empty_export, reminder};
use convene_core::i18n::Message;
use convene_core::ical::export::{export_ics_with, CalendarExport, ExportOptions, IcsSelection};
use convene_core::ical::import::{import_ics_bytes_with, IcsImportReport};
use convene_core::ical::invite::{invitation, partner_contact_emails, InviteInput};
use convene_core::ical::outcome::{InvitationSent, SavedCalendar};
use convene_core::ipc::{WorkProgress, WorkStage};
use convene_core::meeting::get_meeting;
use convene_core::network::get_network;
use convene_core::partner::get_partner;
use convene_core::Error;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::command_panics::stopped;
use crate::error::CommandResult;
use crate::file_dialogs::{choose_open_path, choose_save_path, dialog_title, file_stem, write_whole, FileKind};
use crate::invitation_files::{create_folder, invitations_folder, not_opened};
use crate::long_work::{channel_sink, RunningWork, Watch};
use crate::state::AppState;
use crate::test_hooks;

const ICS: FileKind<'static> = ("file-kind-icalendar", &["ics"]);

/// Saves a calendar (`.ics`) of a network's meetings, of one partner's (`partner_id`), or
/// of one meeting (`meeting_id`), optionally within `from..=to` and with a reminder
/// `reminder_minutes` before each start, to a file the person chooses; answers what was
/// written, or `None` when the dialog was closed. Reports on `on_progress` while it reads
/// and writes; a cancel ([`crate::commands::work::cancel_work`]) before the file is
/// written writes nothing.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn export_calendar_file(
    app: AppHandle,
    state: State<'_, AppState>,
    running: State<'_, RunningWork>,
    network_id: i64,
    partner_id: Option<i64>,
    meeting_id: Option<i64>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    reminder_minutes: Option<i64>,
    on_progress: Channel<WorkProgress>,
) -> CommandResult<Option<SavedCalendar>> {
    let reminder = reminder(reminder_minutes)?;
    let selection = IcsSelection { network_id, partner_id, meeting_id, from, to };
    let watch = running.start(on_progress.id(), channel_sink(on_progress));
    let (export, stem) = export_watched(&state, selection, reminder, &watch).await?;
    refuse_empty_export(export.events, export.left_out_undated, from, to)?;
    if watch.is_cancelled() {
        return Err(Error::Cancelled.into());
    }
    let stem = file_stem(&stem, "calendar");
    let title = if meeting_id.is_some() {
        dialog_title(Message::new("window-dialog-calendar-add-meeting").arg("name", &stem))
    } else {
        dialog_title(Message::new("window-dialog-calendar-save").arg("name", &stem))
    };
    let Some(mut path) = choose_save_path(&app, title, format!("{stem}.ics"), ICS).await? else {
        return Ok(None);
    };
    if watch.is_cancelled() {
        return Err(Error::Cancelled.into());
    }
    if path.extension().is_none() {
        // A name typed without ".ics": calendar programs and file managers need the extension.
        path.set_extension("ics");
    }
    let saved = SavedCalendar::new(path.display().to_string(), &export);
    tauri::async_runtime::spawn_blocking(move || write_whole(&path, export.text.as_bytes()))
        .await
        .map_err(stopped)??;
    Ok(Some(saved))
}

/// The calendar text of `selection` and the name to suggest for its file, read on a
/// blocking thread and reported to `watch`: reading (no total yet), then writing.
async fn export_watched(
    state: &AppState,
    selection: IcsSelection,
    reminder: Option<chrono::Duration>,
    watch: &Watch<'_>,
) -> CommandResult<(CalendarExport, String)> {
    watch.report(WorkStage::Reading, 0, 0);
    let progress = watch.progress(WorkStage::Writing);
    state
        .run(move |db| {
            let network = get_network(db, selection.network_id)?;
            let stem = match (selection.meeting_id, selection.partner_id) {
                (Some(id), _) => get_meeting(db, id)?.title,
                (None, Some(id)) => format!("{} - {}", network.name, get_partner(db, id)?.name),
                (None, None) => network.name.clone(),
            };
            let options = ExportOptions { reminder, ..ExportOptions::new(network.name.clone(), Utc::now()) };
            Ok((progress.with(|p| export_ics_with(db, &selection, &options, p))?, stem))
        })
        .await
}

/// The e-mail addresses to preselect for a meeting's invitation: the contacts of the
/// partners it concerns (the core decides which), once each.
#[tauri::command]
pub async fn invitation_contacts(state: State<'_, AppState>, meeting_id: i64) -> CommandResult<Vec<String>> {
    state.run(move |db| partner_contact_emails(db, meeting_id)).await
}

/// `<uid>-<sequence>.eml`, with any character a file name cannot hold replaced (an
/// imported meeting's UID can be anything).
fn invitation_file_name(uid: &str, sequence: i64) -> String {
    let uid: String = uid
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '@') { c } else { '-' })
        .take(100)
        .collect();
    format!("{}-{sequence}.eml", uid.trim_matches('.'))
}

/// Writes the meeting's invitation (or cancellation, for a cancelled or postponed meeting)
/// from `organizer` to `attendees` as an `.eml` file and opens it in the system's mail
/// program, ready to send.
#[tauri::command]
pub async fn email_invitation(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: i64,
    organizer: String,
    attendees: Vec<String>,
) -> CommandResult<InvitationSent> {
    let folder = invitations_folder(&app)?;
    let (message, path) = state
        .run(move |db| {
            let meeting = get_meeting(db, meeting_id)?;
            let message = invitation(db, meeting_id, &InviteInput { organizer, attendees, now: Utc::now() })?;
            create_folder(&folder)?;
            let path = folder.join(invitation_file_name(&meeting.uid, meeting.sequence));
            write_whole(&path, message.eml.as_bytes())?;
            Ok((message, path))
        })
        .await?;
    let launch = !test_hooks::no_mail_program();
    if launch {
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| not_opened("error-window-no-mail-program", &path, e))?;
    }
    Ok(InvitationSent::new(path.display().to_string(), &message, launch))
}

/// Reads an iCalendar file the person chooses into the network's meetings; answers what
/// the import did, or `None` when the dialog was closed. A broken file changes nothing,
/// and neither does a cancel ([`crate::commands::work::cancel_work`]) while the events
/// are read or saved; each saved share of the events is reported on `on_progress`.
#[tauri::command]
pub async fn import_calendar_file(
    app: AppHandle,
    state: State<'_, AppState>,
    running: State<'_, RunningWork>,
    network_id: i64,
    on_progress: Channel<WorkProgress>,
) -> CommandResult<Option<IcsImportReport>> {
    let network = state.run(move |db| get_network(db, network_id)).await?;
    let Some(path) = choose_open_path(
        &app,
        dialog_title(Message::new("window-dialog-calendar-import").arg("network", &network.name)),
        ICS,
    )
    .await?
    else {
        return Ok(None);
    };
    let watch = running.start(on_progress.id(), channel_sink(on_progress));
    import_watched(&state, network_id, path, &watch).await.map(Some)
}

/// Imports the file at `path` on a blocking thread, reported to `watch`: reading (no total
/// yet), then saving each share of the events, in one transaction a cancel rolls back.
async fn import_watched(
    state: &AppState,
    network_id: i64,
    path: PathBuf,
    watch: &Watch<'_>,
) -> CommandResult<IcsImportReport> {
    watch.report(WorkStage::Reading, 0, 0);
    while test_hooks::is_held("calendar import") && !watch.is_cancelled() {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let progress = watch.progress(WorkStage::Saving);
    state
        .run(move |db| {
            let bytes = read_calendar_file(&path)?;
            progress.with(|p| import_ics_bytes_with(db, network_id, &bytes, p))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    use convene_core::network::{create_network, NetworkInput, NetworkKind};

    /// A calendar of `n` one-hour events on consecutive days, as another program writes it.
    fn calendar_of(n: usize) -> String {
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n");
        for i in 0..n {
            let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Duration::days(i as i64 % 700);
            let d = day.format("%Y%m%d");
            text.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:event-{i}@test\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:{d}T090000Z\r\nDTEND:{d}T100000Z\r\nSUMMARY:Working group {i}\r\nEND:VEVENT\r\n"
            ));
        }
        text.push_str("END:VCALENDAR\r\n");
        text
    }

    struct Setup {
        _dir: tempfile::TempDir,
        state: AppState,
        network_id: i64,
        file: PathBuf,
    }

    fn setup(events: usize) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        let network_id = tauri::async_runtime::block_on(
            state.run(|db| create_network(db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning))),
        )
        .unwrap()
        .id;
        let file = dir.path().join("calendar.ics");
        std::fs::write(&file, calendar_of(events)).unwrap();
        Setup { _dir: dir, state, network_id, file }
    }

    fn meetings(setup: &Setup) -> i64 {
        let id = setup.network_id;
        tauri::async_runtime::block_on(setup.state.run(move |db| {
            Ok(db.conn().query_row("SELECT count(*) FROM meetings WHERE network_id = ?1", [id], |r| r.get(0))?)
        }))
        .unwrap()
    }

    /// A sink that records every figure and presses Cancel on work 1 once `stop_at` says so.
    fn pressing_cancel(
        running: &Arc<RunningWork>,
        stop_at: impl Fn(&WorkProgress) -> bool + Send + Sync + 'static,
    ) -> (crate::long_work::Sink, Arc<Mutex<Vec<WorkProgress>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let (into, running) = (seen.clone(), running.clone());
        let sink: crate::long_work::Sink = Arc::new(move |p: WorkProgress| {
            into.lock().unwrap().push(p);
            if stop_at(&p) {
                assert!(running.cancel(1), "the work is registered while it runs");
            }
        });
        (sink, seen)
    }

    #[test]
    fn a_cancelled_import_saves_nothing_and_an_uncancelled_one_saves_every_event() {
        let setup = setup(2_000);
        let running = Arc::new(RunningWork::default());
        let (sink, seen) = pressing_cancel(&running, |p| p.stage == WorkStage::Saving && p.done >= 1_000);
        let watch = running.start(1, sink);
        let outcome =
            tauri::async_runtime::block_on(import_watched(&setup.state, setup.network_id, setup.file.clone(), &watch));
        drop(watch);
        assert_eq!(outcome.unwrap_err().code, "cancelled");
        assert_eq!(meetings(&setup), 0, "the events saved before the cancel were rolled back");
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen[0], WorkProgress { stage: WorkStage::Reading, done: 0, total: 0 });
        assert!(seen.iter().any(|p| p.stage == WorkStage::Saving && p.done >= 1_000 && p.total == 2_000), "{seen:?}");
        assert!(seen.len() < 120, "about a hundred figures, not one per event: {}", seen.len());
        assert_eq!(running.running(), 0);

        let (sink, seen) = pressing_cancel(&running, |_| false);
        let watch = running.start(1, sink);
        let report =
            tauri::async_runtime::block_on(import_watched(&setup.state, setup.network_id, setup.file.clone(), &watch))
                .unwrap();
        assert_eq!(report.created.len(), 2_000);
        assert_eq!(meetings(&setup), 2_000);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.last(), Some(&WorkProgress { stage: WorkStage::Saving, done: 2_000, total: 2_000 }));
        assert!(
            seen.windows(2).all(|w| w[0].done <= w[1].done || w[0].stage != w[1].stage),
            "the bar only moves forward"
        );
    }

    #[test]
    fn a_cancelled_export_reports_it_and_an_uncancelled_one_holds_every_meeting() {
        let setup = setup(300);
        tauri::async_runtime::block_on(import_watched(
            &setup.state,
            setup.network_id,
            setup.file.clone(),
            &RunningWork::default().start(9, Arc::new(|_| {})),
        ))
        .unwrap();
        let selection =
            IcsSelection { network_id: setup.network_id, partner_id: None, meeting_id: None, from: None, to: None };
        let running = Arc::new(RunningWork::default());
        let (sink, _) = pressing_cancel(&running, |p| p.stage == WorkStage::Reading);
        let watch = running.start(1, sink);
        let e =
            tauri::async_runtime::block_on(export_watched(&setup.state, selection.clone(), None, &watch)).unwrap_err();
        assert_eq!(e.code, "cancelled");
        assert_eq!(e.message, "Cancelled; nothing was changed.");
        drop(watch);

        let (sink, seen) = pressing_cancel(&running, |_| false);
        let watch = running.start(1, sink);
        let (export, stem) =
            tauri::async_runtime::block_on(export_watched(&setup.state, selection, None, &watch)).unwrap();
        assert_eq!(stem, "TechTown");
        assert_eq!(export.events, 300);
        assert_eq!(export.text.matches("BEGIN:VEVENT").count(), 300);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.first().map(|p| p.stage), Some(WorkStage::Reading));
        assert_eq!(seen.last(), Some(&WorkProgress { stage: WorkStage::Writing, done: 300, total: 300 }));
    }

    #[test]
    fn an_invitation_file_is_named_after_the_uid_and_sequence() {
        assert_eq!(
            invitation_file_name("0f8c6a4e-1b2d-4c3e-9f00-123456789abc", 3),
            "0f8c6a4e-1b2d-4c3e-9f00-123456789abc-3.eml"
        );
        assert_eq!(invitation_file_name("abc/20270315@google.com", 0), "abc-20270315@google.com-0.eml");
        assert_eq!(invitation_file_name("../../etc/passwd", 1), "-..-etc-passwd-1.eml");
    }
}
