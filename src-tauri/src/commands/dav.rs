//! Calendar servers in the window (issue 15): Settings' accounts (list, add with an optional
//! CA file chosen in the native dialog, test, remove), the network page's "Publish to
//! calendar server" with its conflicts, and the plan page's "Push to server" / "Pull from
//! server". Each command calls what `convene account|publish|conflicts|plan push|plan pull`
//! call: `convene_core::publish` for the accounts and conflicts, `convene_dav` for the
//! network and `convene_dav::files` for a plan (docs/sync.md).
//!
//! Every sentence made here is a catalogue message (`locales/*/errors.ftl`, ids
//! `error-window-dav-*`, `error-window-plan-*` and `window-dav-*`) rendered in the window's
//! language: the client's own messages name command-line options the window does not have.
//!
//! Invariants:
//! - A password goes one way only: the window sends it (on add, or to publish on a
//!   machine without a keyring) and the shell hands it to the keyring or the client. No
//!   answer carries one, and nothing here logs.
//! - The keyring is asked on a thread of its own, outside the async runtime (its Secret
//!   Service client runs its own, see `convene_dav::password`).
//! - A publish runs on a blocking thread with its own connection, off the window's
//!   thread; Cancel drops the publish between two requests. The client remembers only
//!   what the server confirmed, so a cancelled publish leaves no half state: the next
//!   one completes it.

use std::time::Duration;

use convene_core::i18n::{self, Message};
use convene_core::ipc::{WorkProgress, WorkStage};
use convene_core::plan::exchange::ReceiveReport;
use convene_core::publish::window::{
    publish_state, DavAccount, DavAccountAdded, DavAccountInput, DavCalendarFound, DavDiscovery, DavPublishState,
    DavSyncReport,
};
use convene_core::publish::{self, Account, AccountInput, Keep};
use convene_core::Error;
use convene_dav::{password, DavError, PublishOptions, SyncReport};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use crate::error::{CommandResult, IpcError};
use crate::file_dialogs::{choose_open_path, FileKind};
use crate::long_work::{channel_sink, RunningWork, Watch};
use crate::state::AppState;

/// How often a running publish looks at its Cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(100);

/// A catalogue message (`locales/*/errors.ftl`) in the window's language.
fn in_window_language(message: Message) -> String {
    message.render(i18n::current())
}

/// The message for an HTTP status the server answered, one whole sentence per kind.
fn status_message(url: &str, status: u16) -> Message {
    let id = match status {
        403 => "error-window-dav-forbidden",
        404 => "error-window-dav-not-found",
        405 | 501 => "error-window-dav-not-supported",
        412 => "error-window-dav-changed",
        507 => "error-window-dav-full",
        s if s >= 500 => "error-window-dav-failed",
        _ => "error-window-dav-unexpected",
    };
    Message::new(id).arg("url", url).arg("status", u32::from(status))
}

/// A server failure as the window shows it, in the window's language: the client's
/// failure in words without the command-line options the window does not have (the
/// client's own messages name `--ca-file`, `--password-stdin`, `convene account list`).
fn window_error(e: DavError) -> IpcError {
    let code = e.code().to_string();
    let (message, field) = match e {
        DavError::Core(e) => return e.into(),
        DavError::NoPassword { account, .. } => {
            (Message::new("error-window-dav-no-password").arg("account", account), Some("password".to_string()))
        }
        DavError::Unauthorized { url } => (Message::new("error-window-dav-unauthorized").arg("url", url), None),
        DavError::Dns { host } => (Message::new("error-window-dav-dns").arg("host", host), None),
        DavError::Refused { url } => (Message::new("error-window-dav-refused").arg("url", url), None),
        DavError::Timeout { url, seconds } => {
            (Message::new("error-window-dav-timeout").arg("url", url).arg("seconds", seconds), None)
        }
        DavError::Tls { url, detail } => {
            (Message::new("error-window-dav-tls").arg("url", url).arg("detail", detail), None)
        }
        DavError::NotCalDav { url, detail } => {
            (Message::new("error-window-dav-not-caldav").arg("url", url).arg("detail", detail), None)
        }
        DavError::Status { url, status, .. } => (status_message(&url, status), None),
        DavError::Other { url, detail } => {
            (Message::new("error-window-dav-other").arg("url", url).arg("detail", detail), None)
        }
    };
    IpcError { code, message: in_window_language(message), field }
}

/// Runs a keyring call on a thread of its own (outside the async runtime).
async fn outside_runtime<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> CommandResult<T> {
    tauri::async_runtime::spawn_blocking(move || std::thread::spawn(work).join())
        .await
        .map_err(crate::command_panics::stopped)?
        .map_err(crate::command_panics::thread_stopped)
}

/// The password for `account`: the one typed in the window, else the environment's or the
/// keyring's.
async fn password_for(account: String, typed: Option<String>) -> CommandResult<String> {
    let typed = typed.filter(|p| !p.is_empty());
    outside_runtime(move || password::password_for(&account, typed)).await?.map_err(window_error)
}

fn sync_report(r: SyncReport) -> DavSyncReport {
    DavSyncReport {
        summary: r.summary(),
        calendar_created: r.calendar_created,
        taken_from_server: r.taken_from_server,
        deleted_on_server: r.deleted_on_server,
        conflicts: r.conflicts,
        warnings: r.warnings,
    }
}

#[tauri::command]
pub async fn list_dav_accounts(state: State<'_, AppState>) -> CommandResult<Vec<DavAccount>> {
    state.run(|db| Ok(publish::list_accounts(db)?.into_iter().map(DavAccount::from).collect())).await
}

/// Saves the account (the core validates it, naming the field), then gives the password
/// to the keyring; where there is none, the answer says so and that publishing will ask.
#[tauri::command]
pub async fn add_dav_account(state: State<'_, AppState>, input: DavAccountInput) -> CommandResult<DavAccountAdded> {
    let DavAccountInput { name, url, user, password: typed, with_chosen_ca_file } = input;
    let ca_file = ca_file_to_add(&state, with_chosen_ca_file)?;
    let account = state.run(move |db| publish::add_account(db, AccountInput { name, url, user, ca_file })).await?;
    state.set_chosen_ca_file(None);
    let (password_stored, note) = match typed.filter(|p| !p.is_empty()) {
        None => (false, "window-dav-password-not-given"),
        Some(secret) => {
            let name = account.name.clone();
            match outside_runtime(move || password::store_password(&name, &secret)).await? {
                Ok(()) => (true, "window-dav-password-stored"),
                Err(_) => (false, "window-dav-password-no-keyring"),
            }
        }
    };
    Ok(DavAccountAdded { account: account.into(), password_stored, note: in_window_language(Message::new(note)) })
}

/// The CA file an account is added with: the one chosen in the dialog when the form says
/// so (refused beside the field when the shell holds none), else none.
fn ca_file_to_add(state: &AppState, with_chosen_ca_file: bool) -> CommandResult<Option<String>> {
    match (with_chosen_ca_file, state.chosen_ca_file()) {
        (false, _) => Ok(None),
        (true, Some(file)) => Ok(Some(file.display().to_string())),
        (true, None) => Err(IpcError {
            code: "invalid".into(),
            message: in_window_language(Message::new("error-window-dav-ca-file-not-chosen")),
            field: Some("ca_file".into()),
        }),
    }
}

/// Opens the native dialog for the certificate authority's PEM file of a server with its
/// own certificate; the shell keeps the path for the next `add_dav_account` and answers
/// its file name to show, or `None` when the dialog was closed (the earlier choice stays).
#[tauri::command]
pub async fn choose_dav_ca_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<String>> {
    let title = in_window_language(Message::new("window-dav-choose-ca-file"));
    let Some(file) = choose_open_path(&app, title, CA_FILE).await? else {
        return Ok(None);
    };
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| file.display().to_string());
    state.set_chosen_ca_file(Some(file));
    Ok(Some(name))
}

/// Forgets the chosen CA file (the form's "None" button, or the form closed).
#[tauri::command]
pub fn forget_dav_ca_file(state: State<'_, AppState>) {
    state.set_chosen_ca_file(None);
}

/// The certificate files the CA dialog offers.
const CA_FILE: FileKind<'static> = ("file-kind-pem", &["pem", "crt", "cer"]);

/// Connects and discovers (principal, calendar home, calendars), or says exactly what
/// failed (DNS, refused, TLS, 401, not a CalDAV server).
#[tauri::command]
pub async fn test_dav_account(
    state: State<'_, AppState>,
    name: String,
    password: Option<String>,
) -> CommandResult<DavDiscovery> {
    let account = state.run(move |db| publish::find_account(db, &name)).await?;
    let secret = password_for(account.name.clone(), password).await?;
    let mut dav = convene_dav::connect(&account, &secret).map_err(window_error)?;
    let found = convene_dav::discover(&mut dav).await.map_err(window_error)?;
    Ok(DavDiscovery {
        principal: found.principal,
        calendar_home: found.calendar_home,
        calendars: found.calendars.into_iter().map(|(href, name)| DavCalendarFound { href, name }).collect(),
    })
}

/// Removes the account, what was remembered through it and its keyring password; the
/// networks and meetings stay.
#[tauri::command]
pub async fn remove_dav_account(state: State<'_, AppState>, name: String) -> CommandResult<()> {
    let account = state.run(move |db| publish::remove_account(db, &name)).await?;
    outside_runtime(move || password::forget_password(&account.name)).await
}

#[tauri::command]
pub async fn dav_publish_state(state: State<'_, AppState>, network_id: i64) -> CommandResult<DavPublishState> {
    state.run(move |db| publish_state(db, network_id)).await
}

/// Publishes the network's meetings to `account` (reading the server's changes first), to
/// the calendar `calendar` (default: the network's name). Reports one indeterminate stage
/// on `on_progress` (the client gives no figures); Cancel answers "cancelled".
#[tauri::command]
pub async fn publish_network(
    state: State<'_, AppState>,
    running: State<'_, RunningWork>,
    network_id: i64,
    account: String,
    calendar: Option<String>,
    password: Option<String>,
    on_progress: Channel<WorkProgress>,
) -> CommandResult<DavSyncReport> {
    let account = state.run(move |db| publish::find_account(db, &account)).await?;
    let secret = password_for(account.name.clone(), password).await?;
    let watch = running.start(on_progress.id(), channel_sink(on_progress));
    let options = PublishOptions { calendar: calendar.filter(|c| !c.trim().is_empty()), ics_file: None };
    publish_watched(&state, network_id, account, secret, options, &watch).await
}

/// The publish itself, on a blocking thread with a connection of its own, raced against
/// `watch`'s Cancel flag.
async fn publish_watched(
    state: &AppState,
    network_id: i64,
    account: Account,
    secret: String,
    options: PublishOptions,
    watch: &Watch<'_>,
) -> CommandResult<DavSyncReport> {
    watch.report(WorkStage::Writing, 0, 0);
    let cancel = watch.progress(WorkStage::Writing);
    let runtime = tauri::async_runtime::handle();
    let outcome = state
        .run(move |db| {
            let cancelled = || cancel.with(|p| p.is_cancelled());
            let result = runtime.block_on(async {
                let publishing = async {
                    let mut dav = convene_dav::connect(&account, &secret)?;
                    convene_dav::publish(&mut dav, db, network_id, &account, &options).await
                };
                let watching = async {
                    while !cancelled() {
                        tokio::time::sleep(CANCEL_POLL).await;
                    }
                };
                tokio::select! {
                    done = publishing => Some(done),
                    () = watching => None,
                }
            });
            Ok(result)
        })
        .await?;
    match outcome {
        None => Err(Error::Cancelled.into()),
        Some(done) => done.map(sync_report).map_err(window_error),
    }
}

/// Settles a conflict: `local` makes the next publish write Convene's version, `remote`
/// takes the server's now. Answers one sentence saying what was done.
#[tauri::command]
pub async fn resolve_dav_conflict(state: State<'_, AppState>, id: i64, keep: Keep) -> CommandResult<String> {
    state.run(move |db| publish::resolve_conflict(db, id, keep)).await
}

/// A plan push or pull failed: the client's failure as [`window_error`] says it, except the
/// two a plan's coordinator acts on differently, said without command-line words.
/// `push_plan` fails with a conflict only when the server answered 412 (another push came
/// first), and `pull_plan` with "not found" only for the file (the plan is looked up before).
fn plan_window_error(e: DavError, direction: PlanDirection, account: &Account) -> IpcError {
    let message = match (&e, direction) {
        (DavError::Core(Error::Conflict(_)), PlanDirection::Push) => {
            Message::new("error-window-plan-changed-on-server").arg("account", &account.name)
        }
        (DavError::Core(Error::NotFound(_)), PlanDirection::Pull) => {
            Message::new("error-window-plan-not-on-server").arg("url", &account.url)
        }
        _ => return window_error(e),
    };
    IpcError { code: e.code().to_string(), message: in_window_language(message), field: None }
}

/// Which way a plan's `.convene-plan` file goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanDirection {
    Push,
    Pull,
}

/// What `convene plan push|pull PLAN --account NAME [--folder PATH]` does, for the plan
/// page: the same `convene_dav::files` functions, on a blocking thread with a connection of
/// its own (one request; the client's 30-second timeout bounds it).
async fn transfer_plan(
    state: &AppState,
    plan_id: i64,
    account: String,
    collection: Option<String>,
    password: Option<String>,
    direction: PlanDirection,
) -> CommandResult<convene_dav::files::PlanTransfer> {
    let account = state
        .run(move |db| {
            convene_core::plan::get_plan(db, plan_id)?;
            publish::find_account(db, &account)
        })
        .await?;
    let secret = password_for(account.name.clone(), password).await?;
    let folder = collection.map(|f| f.trim().to_string()).filter(|f| !f.is_empty());
    let runtime = tauri::async_runtime::handle();
    let plan_key = plan_id.to_string();
    let used = account.clone();
    let done = state
        .run(move |db| {
            Ok(runtime.block_on(async {
                let dav = convene_dav::connect(&account, &secret)?;
                match direction {
                    PlanDirection::Push => {
                        convene_dav::files::push_plan(&dav, db, &plan_key, &account, folder.as_deref()).await
                    }
                    PlanDirection::Pull => {
                        convene_dav::files::pull_plan(&dav, db, &plan_key, &account, folder.as_deref()).await
                    }
                }
            }))
        })
        .await?;
    done.map_err(|e| plan_window_error(e, direction, &used))
}

/// Writes the plan's `.convene-plan` file into the account's WebDAV folder (`collection`: a
/// folder on the server, never a path on this computer; default: the folder of the last
/// push or pull, else the account's address), never over a version this computer has not
/// read; answers the file's address on the server.
#[tauri::command]
pub async fn push_plan_to_server(
    state: State<'_, AppState>,
    plan_id: i64,
    account: String,
    collection: Option<String>,
    password: Option<String>,
) -> CommandResult<String> {
    let done = transfer_plan(&state, plan_id, account, collection, password, PlanDirection::Push).await?;
    Ok(done.href)
}

/// Reads the plan's file from the account's WebDAV folder and merges it as receiving a
/// plan file does (the three-way merge); answers the same report, conflicts included.
#[tauri::command]
pub async fn pull_plan_from_server(
    state: State<'_, AppState>,
    plan_id: i64,
    account: String,
    collection: Option<String>,
    password: Option<String>,
) -> CommandResult<ReceiveReport> {
    let done = transfer_plan(&state, plan_id, account, collection, password, PlanDirection::Pull).await?;
    done.received.ok_or_else(|| {
        IpcError::internal(
            convene_core::i18n::Message::new("error-window-pull-read-nothing").render(convene_core::i18n::current()),
        )
    })
}

#[cfg(test)]
mod tests {
    use std::net::TcpListener;
    use std::sync::Arc;

    use convene_core::network::{create_network, NetworkInput, NetworkKind};
    use convene_core::publish::list_accounts;

    use super::*;

    const SECRET: &str = "shell-test-s3cret";

    struct Setup {
        _dir: tempfile::TempDir,
        state: AppState,
        network_id: i64,
    }

    /// A database with a network and an account at `url`.
    fn setup(url: String) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        let network_id = tauri::async_runtime::block_on(state.run(move |db| {
            publish::add_account(
                db,
                AccountInput { name: "partners".into(), url, user: "anna".into(), ca_file: None },
            )?;
            create_network(db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning))
        }))
        .unwrap()
        .id;
        Setup { _dir: dir, state, network_id }
    }

    fn publish_with(setup: &Setup, running: &RunningWork) -> CommandResult<DavSyncReport> {
        let account = tauri::async_runtime::block_on(setup.state.run(|db| Ok(list_accounts(db)?.remove(0)))).unwrap();
        let watch = running.start(1, Arc::new(|_| {}));
        tauri::async_runtime::block_on(publish_watched(
            &setup.state,
            setup.network_id,
            account,
            SECRET.into(),
            PublishOptions::default(),
            &watch,
        ))
    }

    fn published(setup: &Setup) -> Option<DavPublishState> {
        let id = setup.network_id;
        let state = tauri::async_runtime::block_on(setup.state.run(move |db| publish_state(db, id))).unwrap();
        state.account.is_some().then_some(state)
    }

    #[test]
    fn a_server_that_is_down_is_said_plainly_without_the_password_and_nothing_is_bound() {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let setup = setup(format!("http://127.0.0.1:{port}/dav/"));
        let running = RunningWork::default();
        let e = publish_with(&setup, &running).unwrap_err();
        assert_eq!(e.code, "connection_refused");
        assert!(
            e.message.starts_with(&format!("The server at http://127.0.0.1:{port}/dav/ refused the connection")),
            "{}",
            e.message
        );
        assert!(!e.message.contains(SECRET) && !e.message.contains("--password"), "{}", e.message);
        assert_eq!(published(&setup), None, "nothing remembered of a publish that reached no server");
        assert_eq!(running.running(), 0);
    }

    #[test]
    fn cancel_stops_a_publish_waiting_on_a_silent_server_at_once() {
        let silent = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = silent.local_addr().unwrap().port();
        let setup = setup(format!("http://127.0.0.1:{port}/dav/"));
        let running = Arc::new(RunningWork::default());
        let pressing = running.clone();
        let presser = std::thread::spawn(move || {
            let _held = silent.accept().unwrap();
            assert!(pressing.cancel(1), "the publish is registered while it waits");
            std::thread::sleep(Duration::from_secs(2));
        });
        let e = publish_with(&setup, &running).unwrap_err();
        assert_eq!(e.code, "cancelled", "Cancel stopped it, not the 30-second request timeout");
        assert_eq!(published(&setup), None, "a cancelled first publish leaves nothing half done");
        presser.join().unwrap();
    }

    #[test]
    fn a_missing_password_asks_the_window_for_it_without_command_line_words() {
        let e = window_error(DavError::NoPassword { account: "partners".into(), detail: "no secret service".into() });
        assert_eq!(e.code, "no_password");
        assert_eq!(e.field.as_deref(), Some("password"));
        assert!(
            !e.message.contains("--password-stdin") && !e.message.contains("CONVENE_DAV_PASSWORD"),
            "{}",
            e.message
        );
        assert!(e.message.contains("no keyring"), "{}", e.message);
    }

    /// A server answering every request with `status` (an empty body), on a thread of its
    /// own for the rest of the test run; its address with a `/dav/` path.
    fn server_answering(status: &'static str) -> String {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    if let Some((name, value)) = line.split_once(':') {
                        if name.eq_ignore_ascii_case("content-length") {
                            length = value.trim().parse().unwrap_or(0);
                        }
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let answer = format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        format!("http://127.0.0.1:{port}/dav/")
    }

    /// A plan in `setup`'s network; its id.
    fn plan_in(setup: &Setup) -> i64 {
        let network_id = setup.network_id;
        tauri::async_runtime::block_on(setup.state.run(move |db| {
            let input = convene_core::plan::ActionPlanInput {
                partner_id: None,
                title: "Digital jobs in Gävle".into(),
                summary: String::new(),
                status: convene_core::plan::PlanStatus::Draft,
            };
            convene_core::plan::create_plan(db, network_id, input)
        }))
        .unwrap()
        .id
    }

    fn transfer(setup: &Setup, plan_id: i64, direction: PlanDirection) -> CommandResult<String> {
        let done = tauri::async_runtime::block_on(transfer_plan(
            &setup.state,
            plan_id,
            "partners".into(),
            Some("plans".into()),
            Some(SECRET.into()),
            direction,
        ))?;
        Ok(done.href)
    }

    fn remembered_file(setup: &Setup, plan_id: i64) -> Option<String> {
        tauri::async_runtime::block_on(setup.state.run(move |db| publish::plan_file(db, plan_id)))
            .unwrap()
            .map(|f| f.href)
    }

    #[test]
    fn a_push_after_someone_elses_says_to_pull_first_without_command_line_words() {
        let setup = setup(server_answering("412 Precondition Failed"));
        let plan_id = plan_in(&setup);
        let e = transfer(&setup, plan_id, PlanDirection::Push).unwrap_err();
        assert_eq!(e.code, "conflict");
        assert!(e.message.contains("nothing was overwritten"), "{}", e.message);
        assert!(e.message.contains("Pull from the server first, then push again."), "{}", e.message);
        assert!(!e.message.contains("convene plan") && !e.message.contains("--account"), "{}", e.message);
        assert_eq!(remembered_file(&setup, plan_id), None, "a refused push remembers no file");
    }

    #[test]
    fn a_pull_of_a_plan_never_pushed_says_to_push_it_first() {
        let url = server_answering("404 Not Found");
        let setup = setup(url.clone());
        let plan_id = plan_in(&setup);
        let e = transfer(&setup, plan_id, PlanDirection::Pull).unwrap_err();
        assert_eq!(e.code, "not_found");
        assert_eq!(e.message, format!("There is no file of this plan on {url} yet: push it to the server first."));
    }

    #[test]
    fn a_plan_push_with_a_wrong_password_or_to_a_server_that_is_down_is_said_plainly() {
        let setup_401 = setup(server_answering("401 Unauthorized"));
        let plan_id = plan_in(&setup_401);
        let e = transfer(&setup_401, plan_id, PlanDirection::Push).unwrap_err();
        assert_eq!(e.code, "unauthorized");
        assert!(e.message.contains("refused the user name or password (401): check both"), "{}", e.message);
        assert!(!e.message.contains(SECRET) && !e.message.contains("--password"), "{}", e.message);

        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let down = setup(format!("http://127.0.0.1:{port}/dav/"));
        let plan_id = plan_in(&down);
        let e = transfer(&down, plan_id, PlanDirection::Pull).unwrap_err();
        assert_eq!(e.code, "connection_refused", "{}", e.message);
        assert!(e.message.contains("refused the connection: the server is down"), "{}", e.message);
        assert_eq!(remembered_file(&down, plan_id), None);
    }

    #[test]
    fn server_failures_name_no_command_line_option() {
        let failures = [
            DavError::Tls { url: "https://dav.office.lan/".into(), detail: "UnknownIssuer".into() },
            DavError::Dns { host: "dav.office.lan".into() },
            DavError::Unauthorized { url: "https://dav.office.lan/".into() },
            DavError::Status {
                url: "https://dav.office.lan/".into(),
                what: "writing /x".into(),
                status: 403,
                hint: String::new(),
            },
        ];
        for failure in failures {
            let e = window_error(failure);
            assert!(!e.message.contains("--") && !e.message.contains("convene account"), "{}", e.message);
            assert!(e.message.starts_with("The "), "{}", e.message);
        }
    }

    #[test]
    fn an_account_takes_the_ca_file_chosen_in_the_dialog_and_only_when_the_form_says_so() {
        let setup = setup("https://dav.office.lan/".into());
        assert_eq!(ca_file_to_add(&setup.state, false).unwrap(), None);
        let e = ca_file_to_add(&setup.state, true).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("ca_file"), "shown beside the CA file's button");
        assert!(e.message.starts_with("Choose the CA file again"), "{}", e.message);

        let chosen = setup._dir.path().join("office-ca.pem");
        setup.state.set_chosen_ca_file(Some(chosen.clone()));
        assert_eq!(ca_file_to_add(&setup.state, true).unwrap(), Some(chosen.display().to_string()));
        assert_eq!(ca_file_to_add(&setup.state, false).unwrap(), None, "a choice the form dropped is not used");
    }

    /// A WsgiDAV serving an empty folder `plans/` with the user `coordinator`, started from
    /// CONVENE_DAV_PYTHON (scripts/setup.sh `ensure_dav_servers`), as
    /// tests/cli/dav_plans_wsgidav.rs starts it; stopped when dropped.
    struct WsgiDav {
        child: std::process::Child,
        url: String,
        _dir: tempfile::TempDir,
    }

    const WSGIDAV_PASSWORD: &str = "window-Pw-7731";

    impl WsgiDav {
        fn start() -> WsgiDav {
            let python = std::env::var("CONVENE_DAV_PYTHON")
                .expect("CONVENE_DAV_PYTHON is not set: run `source scripts/setup.sh && ensure_dav_servers` first");
            let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
            let dir = tempfile::tempdir().unwrap();
            let root = dir.path().join("share");
            std::fs::create_dir_all(root.join("plans")).unwrap();
            let config = dir.path().join("wsgidav.yaml");
            std::fs::write(
                &config,
                format!(
                    "host: 127.0.0.1\nport: {port}\nprovider_mapping:\n  \"/\": \"{}\"\nsimple_dc:\n  user_mapping:\n    \"*\":\n      \"coordinator\":\n        password: \"{WSGIDAV_PASSWORD}\"\nhttp_authenticator:\n  accept_basic: true\n  accept_digest: false\n  default_to_digest: false\nverbose: 1\n",
                    root.display()
                ),
            )
            .unwrap();
            let child = std::process::Command::new(python)
                .args(["-m", "wsgidav.server.server_cli", "--config"])
                .arg(&config)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            let start = std::time::Instant::now();
            while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
                assert!(start.elapsed() < Duration::from_secs(30), "wsgidav did not start");
                std::thread::sleep(Duration::from_millis(100));
            }
            WsgiDav { child, url: format!("http://127.0.0.1:{port}/"), _dir: dir }
        }
    }

    impl Drop for WsgiDav {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    #[test]
    #[ignore = "needs WsgiDAV: CONVENE_DAV_PYTHON=target/interop/dav-venv/bin/python (scripts/setup.sh ensure_dav_servers)"]
    fn two_coordinators_push_and_pull_a_plan_through_wsgidav_as_the_plan_page_does() {
        let server = WsgiDav::start();
        let dir = tempfile::tempdir().unwrap();
        let (anna_db, bjorn_db) = (dir.path().join("anna.db"), dir.path().join("bjorn.db"));
        let plan_id = {
            let mut db = convene_core::Db::open(&anna_db).unwrap();
            publish::add_account(
                &mut db,
                AccountInput {
                    name: "share".into(),
                    url: server.url.clone(),
                    user: "coordinator".into(),
                    ca_file: None,
                },
            )
            .unwrap();
            let network =
                create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
            let input = convene_core::plan::ActionPlanInput {
                partner_id: None,
                title: "Digital jobs in Gävle".into(),
                summary: String::new(),
                status: convene_core::plan::PlanStatus::Draft,
            };
            convene_core::plan::create_plan(&mut db, network.id, input).unwrap().id
        };
        std::fs::copy(&anna_db, &bjorn_db).unwrap();
        let anna = AppState::open(anna_db, "test");
        let bjorn = AppState::open(bjorn_db, "test");
        let run = |state: &AppState, direction: PlanDirection, folder: Option<&str>| {
            tauri::async_runtime::block_on(transfer_plan(
                state,
                plan_id,
                "share".into(),
                folder.map(str::to_string),
                Some(WSGIDAV_PASSWORD.into()),
                direction,
            ))
        };
        let write = |state: &AppState, author: &'static str, key: &'static str, text: &'static str| {
            tauri::async_runtime::block_on(state.run(move |db| {
                convene_core::plan::set_author(db, author)?;
                convene_core::plan::save_section(db, plan_id, key, text, None)
            }))
            .unwrap();
        };

        let first = run(&anna, PlanDirection::Push, Some("plans")).unwrap();
        assert!(first.href.starts_with("/plans/") && first.href.ends_with(".convene-plan"), "{}", first.href);

        write(&anna, "Anna", "vision", "Gävle trains its own coders.");
        run(&anna, PlanDirection::Push, None).unwrap();

        write(&bjorn, "Björn", "risks", "Teachers are scarce.");
        let refused = run(&bjorn, PlanDirection::Push, Some("plans")).unwrap_err();
        assert_eq!(refused.code, "conflict");
        assert!(refused.message.contains("Pull from the server first, then push again."), "{}", refused.message);

        let pulled = run(&bjorn, PlanDirection::Pull, Some("plans")).unwrap();
        let report = pulled.received.expect("a pull answers the merge's report");
        assert!(report.conflicts.is_empty(), "different sections merge: {:?}", report.conflicts);
        let merged =
            tauri::async_runtime::block_on(bjorn.run(move |db| convene_core::plan::load_plan_document(db, plan_id)))
                .unwrap();
        let body = |key: &str| merged.sections.iter().find(|s| s.key == key).map(|s| s.body.clone()).unwrap();
        assert_eq!(body("vision"), "Gävle trains its own coders.");
        assert_eq!(body("risks"), "Teachers are scarce.");
        run(&bjorn, PlanDirection::Push, None).expect("after the pull, the push goes through");

        // Both change the same section: the pull keeps both versions as a conflict to settle
        // side by side (the page's "Receive a plan file" path shows it).
        write(&anna, "Anna", "vision", "Gävle trains coders and designers.");
        run(&anna, PlanDirection::Pull, None).unwrap();
        write(&bjorn, "Björn", "vision", "Gävle trains coders for the port.");
        run(&bjorn, PlanDirection::Push, None).unwrap();
        let report = run(&anna, PlanDirection::Pull, None).unwrap().received.unwrap();
        assert_eq!(report.conflicts.len(), 1, "{:?}", report.conflicts);
    }
}
