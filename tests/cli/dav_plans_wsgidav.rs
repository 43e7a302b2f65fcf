//! `convene plan push|pull` through a real WebDAV folder: WsgiDAV from PyPI (installed by
//! `ensure_dav_servers`, found through CONVENE_DAV_PYTHON), started by the test. Two
//! coordinators' copies of one plan: pushes never clobber each other (If-Match; the second
//! is refused until it pulls), and pull runs the plan exchange's three-way merge.

mod common;

use std::io::Write as _;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{text, Convene};

const PASSWORD: &str = "folder-Pw-2291";

struct WsgiDav {
    child: Child,
    _dir: tempfile::TempDir,
}

impl WsgiDav {
    fn start() -> (WsgiDav, String) {
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
        (WsgiDav { child, _dir: dir }, format!("http://127.0.0.1:{port}/"))
    }
}

impl Drop for WsgiDav {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn with_password(c: &Convene, args: &[&str]) -> std::process::Output {
    let mut child = common::command()
        .arg("--db")
        .arg(&c.db)
        .args(args)
        .arg("--password-stdin")
        .env_remove("CONVENE_DAV_PASSWORD")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn ok(c: &Convene, args: &[&str]) -> String {
    let out = with_password(c, args);
    assert!(out.status.success(), "convene {args:?} failed:\n{}{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn two_coordinators_share_a_plan_through_a_webdav_folder_without_clobbering() {
    let (_server, url) = WsgiDav::start();
    let anna = Convene::new();
    anna.ok(&["network", "add", "--name", "TechTown", "--kind", "action-planning"]);
    anna.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    anna.ok(&["plan", "author", "Anna"]);
    anna.ok(&["plan", "create", "techtown", "--partner", "Gävle", "--title", "Digital jobs in Gävle"]);
    ok(&anna, &["account", "add", "share", "--url", &url, "--user", "coordinator"]);
    ok(&anna, &["plan", "push", "techtown/gavle", "--account", "share", "--folder", "plans"]);

    // Björn's computer: a copy of the same database, the same account.
    let bjorn = anna.other("bjorn.db");
    std::fs::copy(&anna.db, &bjorn.db).unwrap();
    bjorn.ok(&["plan", "author", "Björn"]);

    anna.ok(&["plan", "section", "set", "techtown/gavle", "vision", "--text", "Gävle trains its own coders."]);
    ok(&anna, &["plan", "push", "techtown/gavle", "--account", "share"]);

    bjorn.ok(&["plan", "section", "set", "techtown/gavle", "risks", "--text", "Teachers are scarce."]);
    let refused = with_password(&bjorn, &["plan", "push", "techtown/gavle", "--account", "share"]);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stdout));
    let err = text(&refused.stderr);
    assert!(err.contains("changed on the server") && err.contains("plan pull"), "{err}");

    let pulled = ok(&bjorn, &["plan", "pull", "techtown/gavle", "--account", "share"]);
    assert!(pulled.contains("Read \"Digital jobs in Gävle\""), "{pulled}");
    let merged = bjorn.ok(&["plan", "show", "techtown/gavle"]);
    assert!(merged.contains("Gävle trains its own coders.") && merged.contains("Teachers are scarce."), "{merged}");
    ok(&bjorn, &["plan", "push", "techtown/gavle", "--account", "share"]);

    ok(&anna, &["plan", "pull", "techtown/gavle", "--account", "share"]);
    let anna_sees = anna.ok(&["plan", "show", "techtown/gavle"]);
    assert!(anna_sees.contains("Teachers are scarce."), "{anna_sees}");
}
