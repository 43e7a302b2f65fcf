//! Drives the real Convene window (WebKitGTK) through tauri-driver and WebKitWebDriver.
//!
//! [`App::launch`] starts `tauri-driver` on free ports with `CONVENE_DB` pointing at a new
//! temporary database (the app inherits the variable through tauri-driver and
//! WebKitWebDriver), opens a WebDriver session on the app ([`application`]: the one
//! `cargo build -p convene --features custom-protocol,e2e-hooks` made, so the window
//! carries ui/dist and the test hooks), and hands back a fantoccini client. [`App::shot`] saves a screenshot
//! to tests/e2e/screenshots/ (ignored by git; look at them). [`App::reopen`] closes the
//! app and starts it again on the same database (what a person finds after a restart).
//! Files the app would save through a native dialog go to [`App::saved_dir`] instead
//! (the `CONVENE_E2E_SAVE_DIR` hook of src-tauri/src/test_hooks.rs). A calendar import
//! reads [`App::picked_file`] instead of showing the open dialog (`CONVENE_E2E_OPEN_FILE`),
//! and an invitation is written without launching a mail program (`CONVENE_E2E_NO_OPEN=1`).
//!
//! Invariants:
//! - One app at a time: launches are serialised by a process-wide lock, held until the
//!   app is closed, because two WebKit windows at once overload a 2-core machine and share
//!   WebKitWebDriver's default ports.
//! - tauri-driver is stopped with SIGTERM, never SIGKILL: killed hard it orphans
//!   WebKitWebDriver, which keeps its port (and any pipe) open and hangs the run. Its
//!   output goes to a log file under target/e2e/, never to a pipe, for the same reason.
//! - A closed app has ended: [`App::close`] (and a dropped `App`) returns only once the
//!   app's process is gone. tauri-driver answers SIGTERM by killing WebKitWebDriver hard,
//!   so an app whose session did not end in time was left running on its own, its
//!   database open, until the display went away (CI once saw a read-only remount refused
//!   for over a minute after such a close); such an app is now stopped, and the test's
//!   output says so.
//! - The session is asked for only once tauri-driver and WebKitWebDriver both listen:
//!   tauri-driver answers a request it cannot forward by dropping the connection.
//! - The tests are skipped only when `CONVENE_SKIP_E2E=1` asks for it, and then they are
//!   reported as ignored (build.rs), never as passed. Anything else missing (tauri-driver,
//!   WebKitWebDriver, a display, an app built without the hooks) fails with what to
//!   install or run, so CI cannot pass without running them.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use tokio::sync::{Mutex, MutexGuard};

static ONE_APP_AT_A_TIME: Mutex<()> = Mutex::const_new(());

/// How long to wait for the window to show something, tauri-driver to listen, and so on.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct App {
    pub client: Client,
    driver: Child,
    /// The app's process (WebKitWebDriver's child), found once the session began.
    app_pid: Option<u32>,
    /// The test's database file (inside `_dir`).
    pub db: PathBuf,
    name: String,
    _dir: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

/// The repository's root (this package lives in tests/e2e).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// The app the tests drive: `CONVENE_E2E_APP`, else `convene-app` in cargo's debug
/// folder. It must carry the e2e hooks; without them a save would open a real dialog
/// nobody can answer, so that is checked once and fails saying how to build it.
pub fn application() -> PathBuf {
    static CHECKED: OnceLock<PathBuf> = OnceLock::new();
    CHECKED
        .get_or_init(|| {
            let app = std::env::var_os("CONVENE_E2E_APP").map(PathBuf::from).unwrap_or_else(|| {
                let target =
                    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"));
                target.join("debug/convene-app")
            });
            let build = "npm run build --prefix ui && cargo build -p convene --features custom-protocol,e2e-hooks";
            assert!(app.is_file(), "there is no app to test at {}: build it with `{build}`", app.display());
            let hooked =
                Command::new("grep").args(["-q", "-a", "-F", HOOK_MARK]).arg(&app).status().is_ok_and(|s| s.success());
            assert!(
                hooked,
                "{} was built without the e2e hooks (as scripts/run.sh builds it): build it with `{build}`",
                app.display()
            );
            app
        })
        .clone()
}

/// A name only the hooked build contains (src-tauri/src/test_hooks.rs).
const HOOK_MARK: &str = "CONVENE_E2E_SAVE_DIR";

fn find_tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).map(|d| d.join("tauri-driver")).collect::<Vec<_>>())
        .unwrap_or_default();
    let home_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|d| d.join("bin/tauri-driver"));
    candidates.into_iter().chain(home_bin).find(|p| p.is_file()).unwrap_or_else(|| {
        panic!("tauri-driver is not installed: run `cargo install tauri-driver --locked` (scripts/test-all.sh does)")
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn wait_for_port(port: u16, driver: &mut Child, log: &Path) {
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = driver.try_wait() {
            panic!("tauri-driver exited ({status}) before listening; its output is in {}", log.display());
        }
        assert!(Instant::now() < deadline, "tauri-driver did not listen on port {port}; see {}", log.display());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The processes started by `pid`, its children's children included (from /proc).
fn descendants(pid: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let child: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // "pid (comm) state ppid ...": the command may hold spaces and parentheses.
            let parent = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            Some((child, parent))
        })
        .collect();
    let mut found = vec![pid];
    let mut next = 0;
    while next < found.len() {
        let of = found[next];
        found.extend(parents.iter().filter(|(_, parent)| *parent == of).map(|(child, _)| *child));
        next += 1;
    }
    found.split_off(1)
}

/// The app's process among the driver's descendants: the one running [`application`].
fn app_process(driver: &Child) -> Option<u32> {
    let app = application().canonicalize().ok()?;
    descendants(driver.id())
        .into_iter()
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).ok() == Some(app.clone()))
}

/// Whether `pid` still runs (a zombie has let go of its files, and counts as ended).
fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| stat.rsplit_once(')').map(|(_, rest)| !rest.trim_start().starts_with('Z')))
        .unwrap_or(false)
}

/// Waits up to `patience` for `pid` to end.
fn ended_within(pid: u32, patience: Duration) -> bool {
    let deadline = Instant::now() + patience;
    while running(pid) {
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    true
}

/// Makes sure the app's process has ended: it normally ends with its session; one left
/// running is sent SIGTERM, then SIGKILL.
fn end_app(pid: Option<u32>, test: &str) {
    let Some(pid) = pid else { return };
    if ended_within(pid, Duration::from_secs(15)) {
        return;
    }
    eprintln!("{test}: the app (process {pid}) still ran 15 s after its session ended; stopping it");
    for signal in ["-TERM", "-KILL"] {
        let _ = Command::new("kill").args([signal, &pid.to_string()]).status();
        if ended_within(pid, Duration::from_secs(10)) {
            return;
        }
    }
    eprintln!("{test}: the app (process {pid}) outlived SIGKILL by 10 s");
}

/// Sends SIGTERM and waits for the process to end.
fn terminate(child: &mut Child) {
    if let Ok(Some(_)) = child.try_wait() {
        return;
    }
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    eprintln!("tauri-driver ignored SIGTERM for 10 s; leaving it to the test runner's exit");
}

impl App {
    /// Starts the app on a fresh, empty database.
    pub async fn launch(test: &str) -> App {
        App::start(test, tempfile::tempdir().unwrap()).await
    }

    /// Starts the app on a fresh database at `db` (one on a disk of the test's own); its
    /// other folders are a new temporary folder as with [`App::launch`].
    pub async fn launch_with_database(test: &str, db: PathBuf) -> App {
        App::start_at(test, tempfile::tempdir().unwrap(), Some(db)).await
    }

    /// Closes the app (ending its session, as a person closing the window) and starts it
    /// again on the same database and data folders.
    pub async fn reopen(self) -> App {
        let name = self.name.clone();
        let dir = self.suspend().await;
        App::start(&name, dir).await
    }

    /// Closes the app and hands back its folder (database, settings, saved files), so that
    /// another app can run in between and this one can [`App::resume`] later.
    pub async fn suspend(mut self) -> tempfile::TempDir {
        let dir = std::mem::replace(&mut self._dir, tempfile::tempdir().unwrap());
        self.close().await;
        dir
    }

    /// Starts the app again in a folder [`App::suspend`] handed back.
    pub async fn resume(test: &str, dir: tempfile::TempDir) -> App {
        App::start(test, dir).await
    }

    /// Where the app writes the files a native save dialog would have asked about.
    pub fn saved_dir(&self) -> PathBuf {
        self._dir.path().join("saved")
    }

    /// Makes the work at `place` ("save dialog") panic once, as a bug would (test_hooks.rs).
    pub fn fail_next(&self, place: &str) {
        std::fs::write(self._dir.path().join("fail"), place).unwrap();
    }

    /// The app's error log (panic_report.rs), in its data folder.
    pub fn error_log(&self) -> PathBuf {
        self._dir.path().join("data/eu.convene.app/convene-errors.log")
    }

    /// The file a native open dialog for a calendar would pick: the test writes it first.
    pub fn picked_file(&self) -> PathBuf {
        self._dir.path().join("picked.ics")
    }

    /// Holds the work at `place` ("calendar import") back before it starts, its progress
    /// bar showing, until [`App::release`]; Cancel still ends it.
    pub fn hold(&self, place: &str) {
        std::fs::write(self._dir.path().join("hold"), place).unwrap();
    }

    /// Lets held work go on.
    pub fn release(&self) {
        let _ = std::fs::remove_file(self._dir.path().join("hold"));
    }

    /// The files a drop on the window gives (the test writes them, then dispatches the
    /// page's `convene:files-dropped` event as the shell does after a real drop).
    pub fn dropped_dir(&self) -> PathBuf {
        self._dir.path().join("dropped")
    }

    /// Where the app writes invitations (`<app data>/invitations`, under XDG_DATA_HOME).
    pub fn invitations_dir(&self) -> PathBuf {
        self._dir.path().join("data/eu.convene.app/invitations")
    }

    async fn start(test: &str, dir: tempfile::TempDir) -> App {
        App::start_at(test, dir, None).await
    }

    async fn start_at(test: &str, dir: tempfile::TempDir, db: Option<PathBuf>) -> App {
        assert!(
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "no display: run the end-to-end tests under Xvfb, e.g. `xvfb-run -a cargo test -p convene-e2e` (scripts/test-all.sh does)"
        );
        assert!(
            Path::new("/usr/bin/WebKitWebDriver").is_file() || which("WebKitWebDriver"),
            "WebKitWebDriver is missing: `apt-get install webkit2gtk-driver` (scripts/test-all.sh does)"
        );
        let application = application();
        let turn = ONE_APP_AT_A_TIME.lock().await;
        let db = db.unwrap_or_else(|| dir.path().join("convene.db"));
        std::fs::create_dir_all(dir.path().join("saved")).unwrap();
        let logs = root().join("target/e2e");
        std::fs::create_dir_all(&logs).unwrap();
        let log = logs.join(format!("{test}.log"));
        let out = std::fs::File::create(&log).unwrap();
        let port = free_port();
        let native_port = std::iter::repeat_with(free_port).find(|&p| p != port).unwrap();
        let mut driver = Command::new(find_tauri_driver())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .env("CONVENE_DB", &db)
            .env("CONVENE_E2E_SAVE_DIR", dir.path().join("saved"))
            .env("CONVENE_E2E_OPEN_FILE", dir.path().join("picked.ics"))
            .env("CONVENE_E2E_NO_OPEN", "1")
            .env("CONVENE_E2E_DROP_DIR", dir.path().join("dropped"))
            .env("CONVENE_E2E_FAIL_FILE", dir.path().join("fail"))
            .env("CONVENE_E2E_HOLD_FILE", dir.path().join("hold"))
            // WebKit's compositing as the tests always had it: without it (the app's default
            // on Linux, src-tauri/src/rendering.rs) WebKitWebDriver's screenshot of a page
            // that has not repainted since it was drawn never returns (WebKitGTK 2.50.6).
            .env("CONVENE_GPU_COMPOSITING", "1")
            // A new user: no window size remembered from an earlier run, no WebKit storage.
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_DATA_HOME", dir.path().join("data"))
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .expect("tauri-driver could not be started");
        wait_for_port(port, &mut driver, &log);
        // tauri-driver listens at once but starts WebKitWebDriver in the background, and
        // answers a request it cannot forward yet by closing the connection: on a loaded
        // machine the first request (the new session) then fails with "SendRequest".
        wait_for_port(native_port, &mut driver, &log);

        let caps = json!({ "browserName": "wry", "tauri:options": { "application": application } });
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = match ClientBuilder::new(connector)
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => c,
            Err(e) => {
                terminate(&mut driver);
                let output = std::fs::read_to_string(&log).unwrap_or_default();
                panic!(
                    "no WebDriver session with {}: {e}; tauri-driver's output ({}):\n{output}",
                    application.display(),
                    log.display()
                );
            }
        };
        let app_pid = app_process(&driver);
        App { client, driver, app_pid, db, name: test.to_string(), _dir: dir, _turn: turn }
    }

    /// Saves what the window shows as tests/e2e/screenshots/<test>-<name>.png.
    pub async fn shot(&self, name: &str) {
        let path = root().join("tests/e2e/screenshots").join(format!("{}-{name}.png", self.name));
        self.shot_to(&path).await;
    }

    /// Saves what the window shows as the PNG file `path` (relative to the repository root).
    pub async fn shot_to(&self, path: &Path) {
        let path = root().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        // Let the webview paint what the DOM now holds: a capture right after a change can
        // show the previous frame.
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let png = self.client.screenshot().await.expect("the window could not be captured");
        std::fs::write(&path, png).unwrap();
    }

    /// Waits until the document's title is `title`.
    pub async fn wait_for_title(&self, title: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let now = self.client.title().await.unwrap_or_default();
            if now == title {
                return;
            }
            assert!(Instant::now() < deadline, "the window's title stayed {now:?}, expected {title:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page's visible text contains `text`, and returns that text.
    pub async fn wait_for_text(&self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let body = match self.client.find(Locator::Css("body")).await {
                Ok(b) => b.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if body.contains(text) {
                return body;
            }
            if Instant::now() >= deadline {
                let _ = self.shot("timeout").await;
                panic!("the window never showed {text:?}; it shows:\n{body}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Ends the session (closing the window) and stops tauri-driver.
    /// Kills the app's process with SIGKILL (a crash, a power button) and waits for it to
    /// end; false when its process was never found.
    pub fn kill_hard(&self) -> bool {
        let Some(pid) = self.app_pid else { return false };
        Command::new("kill").args(["-KILL", &pid.to_string()]).status().is_ok_and(|s| s.success())
            && ended_within(pid, PATIENCE)
    }

    /// Returns once the app's process has ended.
    pub async fn close(mut self) {
        let client = self.client.clone();
        let began = Instant::now();
        if tokio::time::timeout(Duration::from_secs(10), client.close()).await.is_err() {
            eprintln!("{}: the session did not end within 10 s", self.name);
        }
        terminate(&mut self.driver);
        end_app(self.app_pid.take(), &self.name);
        let took = began.elapsed();
        if took > Duration::from_secs(5) {
            eprintln!("{}: closing the app took {took:.1?}", self.name);
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        // A failed test still must not leave tauri-driver (and the window) running.
        terminate(&mut self.driver);
        end_app(self.app_pid.take(), &self.name);
    }
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}
