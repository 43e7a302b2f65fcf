//! A plan shared through a real WebDAV folder from the plan page (issue 15): WsgiDAV from
//! PyPI (CONVENE_DAV_PYTHON, as tests/cli/dav_plans_wsgidav.rs starts it). Settings adds
//! the account; the plan page pushes the plan into the folder `plans`; someone else's
//! write to the file (a changed ETag) makes the next push refused with "pull first" in
//! plain words; "Pull from server" reads it through the page's receive path, and the push
//! then goes through. Where the machine has no keyring, each action asks for the password.
//!
//! Screenshots: tests/e2e/screenshots/dav-plans-NN-<screen>.png.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::App;

const PASSWORD: &str = "e2e-folder-Pw-4410";

struct WsgiDav {
    child: Child,
    url: String,
    dir: tempfile::TempDir,
}

impl WsgiDav {
    fn start() -> WsgiDav {
        let python = std::env::var("CONVENE_DAV_PYTHON").expect(
            "CONVENE_DAV_PYTHON is not set: run `source scripts/setup.sh && ensure_dav_servers` first (scripts/test-interop.sh does)",
        );
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("share");
        std::fs::create_dir_all(root.join("plans")).unwrap();
        let config = dir.path().join("wsgidav.yaml");
        std::fs::write(
            &config,
            format!(
                "host: 127.0.0.1\nport: {port}\nprovider_mapping:\n  \"/\": \"{}\"\nsimple_dc:\n  user_mapping:\n    \"*\":\n      \"coordinator\":\n        password: \"{PASSWORD}\"\nhttp_authenticator:\n  accept_basic: true\n  accept_digest: false\n  default_to_digest: false\nverbose: 1\n",
                root.display()
            ),
        )
        .unwrap();
        let child = Command::new(python)
            .args(["-m", "wsgidav.server.server_cli", "--config"])
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(30), "wsgidav did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        WsgiDav { child, url: format!("http://127.0.0.1:{port}/"), dir }
    }

    /// The plan files in the shared folder.
    fn plan_files(&self) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(self.dir.path().join("share/plans"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "convene-plan"))
            .collect()
    }
}

impl Drop for WsgiDav {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Presses `button` on the plan page's server bar and waits for a result that contains
/// `expected`, typing the password where the window asks for it (no keyring here).
async fn press(app: &App, button: &str, expected: &str) -> String {
    let before = app.all("[data-testid=plan-server-result]").await;
    let before = match before.first() {
        Some(e) => e.text().await.unwrap_or_default(),
        None => String::new(),
    };
    app.click(button).await;
    let said = app
        .until(&format!("the server bar to answer (expecting \"{expected}\")"), || async {
            let now = match app.all("[data-testid=plan-server-result]").await.first() {
                Some(e) => e.text().await.unwrap_or_default(),
                None => return None,
            };
            (now != before && !now.is_empty()).then_some(now)
        })
        .await;
    if said.contains("no keyring") && !app.all("[data-testid=plan-server-password]").await.is_empty() {
        app.fill("[data-testid=plan-server-password]", PASSWORD).await;
        return Box::pin(press(app, button, expected)).await;
    }
    assert!(said.contains(expected), "expected \"{expected}\"; the window said: {said}");
    said
}

#[tokio::test]
#[cfg_attr(skip_e2e, ignore = "CONVENE_SKIP_E2E=1 was set when the tests were built")]
async fn a_plan_goes_through_a_webdav_folder_and_a_push_after_someone_elses_says_pull_first() {
    let server = WsgiDav::start();
    let app = App::launch("dav-plans").await;
    app.open_example_network("IoTXchange").await;

    app.click("[data-testid=nav-settings]").await;
    app.click("[data-testid=dav-add]").await;
    app.fill("[data-testid=dav-name]", "share").await;
    app.fill("[data-testid=dav-url]", &server.url).await;
    app.fill("[data-testid=dav-user]", "coordinator").await;
    app.fill("[data-testid=dav-password]", PASSWORD).await;
    app.click("[data-testid=dav-add-save]").await;
    app.el("[data-testid=dav-added]").await;

    app.open_plan_from_network().await;
    app.client.execute("document.querySelector('[data-testid=plan-server]').scrollIntoView()", vec![]).await.unwrap();
    app.fill("[data-testid=plan-server-folder]", "plans").await;
    let pushed = press(&app, "[data-testid=plan-server-push]", "The plan is on the server").await;
    assert!(pushed.contains("/plans/") && pushed.contains(".convene-plan"), "{pushed}");
    let files = server.plan_files();
    assert_eq!(files.len(), 1, "one file in the shared folder: {files:?}");
    app.shot("01-pushed").await;

    // Someone else writes the file (its ETag changes): this computer's next push is refused.
    let mut text = std::fs::read_to_string(&files[0]).unwrap();
    text.push('\n');
    std::fs::write(&files[0], text).unwrap();
    let refused = press(&app, "[data-testid=plan-server-push]", "Pull from the server first").await;
    assert!(refused.contains("nothing was overwritten"), "{refused}");
    app.shot("02-push-refused-pull-first").await;

    let pulled = press(&app, "[data-testid=plan-server-pull]", "").await;
    assert!(!pulled.contains("Pull from the server first"), "the pull answered: {pulled}");
    app.wait_text("[data-testid=plan-title]", crate::plans::PLAN).await;
    let again = press(&app, "[data-testid=plan-server-push]", "The plan is on the server").await;
    assert!(again.contains(".convene-plan"), "{again}");
    app.shot("03-pulled-and-pushed").await;

    // Back on the plan another time, the account and folder it went through are offered again.
    app.open_plan_from_network().await;
    app.el("[data-testid=plan-server-folder]").await;
    app.until("the folder the plan went through to be offered again", || async {
        (app.value("[data-testid=plan-server-folder]").await == "plans").then_some(())
    })
    .await;
    assert_eq!(app.value("[data-testid=plan-server-account]").await, "share");
    app.close().await;
}
