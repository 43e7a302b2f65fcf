//! The password in the operating system's real keyring: a Secret Service (GNOME Keyring,
//! the one Linux desktops run) on a D-Bus session bus of this test's own, both started
//! headless by the test (`dbus-daemon --session`, `gnome-keyring-daemon --foreground
//! --unlock --components=secrets` with a login keyring in a temporary folder, unlocked
//! from standard input). `convene account add --password-stdin` stores the password
//! there; `publish` then reads it from there alone (no `--password-stdin`, no
//! `CONVENE_DAV_PASSWORD`) and publishes to a real Radicale; `account remove` deletes it
//! from the keyring. The other CalDAV tests clear `DBUS_SESSION_BUS_ADDRESS`, so they
//! never reach a keyring.
//!
//! Needs `dbus-daemon`, `dbus-send` and `gnome-keyring-daemon` (Debian packages
//! `dbus-daemon`, `dbus-bin`, `gnome-keyring`: `ensure_secret_service` in
//! scripts/setup.sh) and CONVENE_DAV_PYTHON (`ensure_dav_servers`);
//! scripts/test-interop.sh runs it.

mod common;
mod dav_servers;

use std::io::{BufRead, Write as _};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{text, Convene};
use dav_servers::{Radicale, PASSWORD};
use serde_json::Value;

/// A D-Bus session bus with GNOME Keyring's Secret Service on it, unlocked; both
/// processes end with the value.
struct SecretService {
    bus: Child,
    keyring: Child,
    address: String,
    dir: tempfile::TempDir,
}

fn started(program: &str, command: &mut Command) -> Child {
    command.spawn().unwrap_or_else(|e| {
        panic!("{program} could not be started ({e}): run `source scripts/setup.sh && ensure_secret_service` first")
    })
}

impl SecretService {
    fn start() -> SecretService {
        let dir = tempfile::tempdir().unwrap();
        let runtime = dir.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        let private = <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o700);
        std::fs::set_permissions(&runtime, private).unwrap();
        let mut bus = started(
            "dbus-daemon",
            Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        );
        let mut address = String::new();
        std::io::BufReader::new(bus.stdout.take().unwrap()).read_line(&mut address).unwrap();
        let address = address.trim().to_string();
        assert!(address.starts_with("unix:"), "dbus-daemon printed no address: {address:?}");
        let mut keyring = started(
            "gnome-keyring-daemon",
            Command::new("gnome-keyring-daemon")
                .args(["--foreground", "--unlock", "--components=secrets"])
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .env("HOME", dir.path())
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("XDG_RUNTIME_DIR", &runtime)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        // The login keyring's own password, on standard input and then end of input.
        keyring.stdin.take().unwrap().write_all(b"login-keyring-password").unwrap();
        let service = SecretService { bus, keyring, address, dir };
        let start = Instant::now();
        while !service.has_owner("org.freedesktop.secrets") {
            assert!(start.elapsed() < Duration::from_secs(20), "no Secret Service appeared on the bus");
            std::thread::sleep(Duration::from_millis(100));
        }
        service
    }

    fn has_owner(&self, name: &str) -> bool {
        let out = Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                &format!("string:{name}"),
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("dbus-send is installed (Debian package dbus-bin)");
        text(&out.stdout).contains("boolean true")
    }

    /// `convene` on this bus, with no password from the environment.
    fn convene(&self, c: &Convene, args: &[&str], stdin: Option<&str>) -> std::process::Output {
        let mut child = common::command()
            .arg("--db")
            .arg(&c.db)
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("HOME", self.dir.path())
            .env_remove("CONVENE_DAV_PASSWORD")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        if let Some(line) = stdin {
            input.write_all(format!("{line}\n").as_bytes()).unwrap();
        }
        drop(input);
        child.wait_with_output().unwrap()
    }
}

impl Drop for SecretService {
    fn drop(&mut self) {
        for child in [&mut self.keyring, &mut self.bus] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn json(out: &std::process::Output) -> Value {
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_password_goes_to_a_real_secret_service_and_publish_reads_it_from_there() {
    let keyring = SecretService::start();
    let server = Radicale::start();
    let c = Convene::new();
    common::iotxchange(&c);
    c.ok(&["meeting", "add", "iotxchange", "--title", "Kick-off", "--kind", "transnational", "--date", "2027-03-10"]);

    let added = keyring.convene(
        &c,
        &["account", "add", "radicale", "--url", &server.url(), "--user", "coordinator", "--password-stdin", "--json"],
        Some(PASSWORD),
    );
    assert_eq!(json(&added)["password"], "the password is in the keyring", "{}", text(&added.stdout));

    // The keyring alone gives the password: no --password-stdin, no CONVENE_DAV_PASSWORD.
    let published = json(&keyring.convene(&c, &["publish", "iotxchange", "--account", "radicale", "--json"], None));
    assert_eq!(published["created"], 1, "{published}");
    let tested = json(&keyring.convene(&c, &["account", "test", "radicale", "--json"], None));
    assert_eq!(tested["calendars"].as_array().unwrap().len(), 1, "{tested}");

    // Stored in the keyring's file, never in the database.
    let db = std::fs::read(&c.db).unwrap();
    assert!(!db.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()), "the password is in the database");
    let keyrings = keyring.dir.path().join("data/keyrings");
    assert!(std::fs::read_dir(&keyrings).unwrap().count() > 0, "GNOME Keyring keeps its keyring in {keyrings:?}");

    // Removing the account deletes its keyring entry: the same name added again without a
    // password has none, and says where one can come from.
    keyring.convene(&c, &["account", "remove", "radicale"], None);
    let again =
        keyring.convene(&c, &["account", "add", "radicale", "--url", &server.url(), "--user", "coordinator"], None);
    assert!(again.status.success(), "{}", text(&again.stderr));
    let refused = keyring.convene(&c, &["publish", "iotxchange", "--account", "radicale"], None);
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stdout));
    let err = text(&refused.stderr);
    assert!(err.contains("--password-stdin") && err.contains("CONVENE_DAV_PASSWORD"), "{err}");
}
