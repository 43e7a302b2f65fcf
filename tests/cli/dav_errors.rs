//! What `convene account test` and `convene publish` say when the server cannot be used,
//! without any CalDAV server: a name that does not resolve, a port nobody listens on, a web
//! server that is not a CalDAV server, no password anywhere. Each error names the problem
//! and the fix, and the database is left as it was.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;

use common::{iotxchange, Convene};

fn account(c: &Convene, url: &str) {
    c.ok(&["account", "add", "srv", "--url", url, "--user", "anna"]);
}

fn fails_with(c: &Convene, args: &[&str]) -> String {
    let out = common::command()
        .arg("--db")
        .arg(&c.db)
        .args(args)
        .env("CONVENE_DAV_PASSWORD", "pw-not-shown-9931")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "convene {args:?}:\n{}", common::text(&out.stderr));
    let err = common::text(&out.stderr);
    assert!(!err.contains("pw-not-shown-9931"), "the error shows the password: {err}");
    err
}

#[test]
fn a_server_name_that_does_not_resolve_is_a_dns_error() {
    let c = Convene::new();
    iotxchange(&c);
    account(&c, "https://calendar.convene-test.invalid/dav");
    let before = c.snapshot();
    let err = fails_with(&c, &["publish", "iotxchange", "--account", "srv"]);
    assert!(err.contains("could not be found (DNS)"), "{err}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn a_port_nobody_listens_on_is_a_refused_connection() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let c = Convene::new();
    account(&c, &format!("http://127.0.0.1:{port}/"));
    let err = fails_with(&c, &["account", "test", "srv"]);
    assert!(err.contains("refused the connection") && err.contains("server is down"), "{err}");
}

#[test]
fn a_plain_web_server_is_not_a_caldav_server() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let body = "<html><body>Welcome to our town hall</body></html>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    let c = Convene::new();
    account(&c, &format!("http://127.0.0.1:{port}/calendars/"));
    let err = fails_with(&c, &["account", "test", "srv"]);
    assert!(err.contains("is not a CalDAV server"), "{err}");
}

#[test]
fn without_a_keyring_or_a_password_the_error_says_where_to_give_it() {
    let c = Convene::new();
    account(&c, "https://cloud.example.org/remote.php/dav");
    let out = common::command()
        .arg("--db")
        .arg(&c.db)
        .args(["account", "test", "srv"])
        .env_remove("CONVENE_DAV_PASSWORD")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = common::text(&out.stderr);
    assert!(err.contains("--password-stdin") && err.contains("CONVENE_DAV_PASSWORD"), "{err}");
    let help = c.ok(&["publish", "--help"]);
    assert!(help.contains("CONVENE_DAV_PASSWORD") && help.contains("keyring"), "{help}");
}

#[test]
fn a_bad_address_or_a_missing_ca_file_is_refused_naming_the_option() {
    let c = Convene::new();
    let err = c.fails(&["account", "add", "srv", "--url", "cloud.example.org", "--user", "anna"], 2);
    assert!(err.contains("--url") || err.contains("url"), "{err}");
    let err = c.fails(
        &[
            "account",
            "add",
            "srv",
            "--url",
            "https://cloud.example.org",
            "--user",
            "anna",
            "--ca-file",
            "/no/such/ca.pem",
        ],
        2,
    );
    assert!(err.contains("ca_file") && err.contains("/no/such/ca.pem"), "{err}");
    assert_eq!(c.json(&["account", "list"]), serde_json::json!([]));
}

#[test]
fn a_server_failure_and_an_unpublished_network_are_told_in_the_person_s_language() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let c = Convene::new();
    iotxchange(&c);
    account(&c, &format!("http://127.0.0.1:{port}/"));
    let err = fails_with(&c, &["--lang", "de", "account", "test", "srv"]);
    assert!(err.contains("hat die Verbindung abgelehnt") && err.contains("hier wurde nichts geändert"), "{err}");

    let err = c.fails(&["--lang", "fr", "pull", "iotxchange"], 2);
    assert!(err.contains("IoTXchange n’est pas encore publié : lancez d’abord convene publish iotxchange"), "{err}");
}
