//! `convene account`, `publish`, `pull`, `conflicts` against real CalDAV servers, Radicale
//! and Xandikos from PyPI, started by each test on a free port with its own storage folder (installed
//! by `ensure_dav_servers` in scripts/setup.sh, which sets CONVENE_DAV_PYTHON;
//! scripts/test-interop.sh runs these). Published events are read back by python `caldav`
//! (the library), and changed "by another client" with raw HTTP PUTs.

mod common;
mod dav_servers;

use std::io::Write as _;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{text, Convene};
use dav_servers::{free_port, python, Radicale, PASSWORD};
use serde_json::Value;

/// Runs a python snippet with the server's address, user and password as argv[1..4].
fn py(url: &str, code: &str, extra: &[&str]) -> String {
    let out = Command::new(python()).args(["-c", code, url, "coordinator", PASSWORD]).args(extra).output().unwrap();
    assert!(out.status.success(), "python failed:\n{}", text(&out.stderr));
    text(&out.stdout)
}

/// Every event of every calendar as python `caldav` reads it: "UID START END SUMMARY
/// [STATUS]" lines, UTC.
const READ_BACK: &str = r#"
import sys, caldav, datetime
c = caldav.DAVClient(url=sys.argv[1], username=sys.argv[2], password=sys.argv[3])
lines = []
for cal in c.principal().calendars():
    for ev in cal.events():
        v = ev.icalendar_component
        s, e = v.get('dtstart').dt, v.get('dtend').dt
        f = lambda t: t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ') if isinstance(t, datetime.datetime) else t.isoformat()
        lines.append(f"{v.get('uid')} {f(s)} {f(e)} {v.get('summary')} [{v.get('status')}]")
print("\n".join(sorted(lines)))
"#;

/// Changes an event "in another calendar client": GET, replace a line, PUT with If-Match.
const EDIT: &str = r#"
import sys, urllib.request, base64
url, user, pw, href, old, new = sys.argv[1:7]
auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
full = url.rstrip("/") + href
r = urllib.request.urlopen(urllib.request.Request(full, headers={"Authorization": auth}))
etag, body = r.headers["ETag"], r.read().decode()
assert old in body, body
req = urllib.request.Request(full, method="PUT", data=body.replace(old, new).encode(),
    headers={"Authorization": auth, "If-Match": etag, "Content-Type": "text/calendar"})
urllib.request.urlopen(req)
"#;

const DELETE: &str = r#"
import sys, urllib.request, base64
url, user, pw, href = sys.argv[1:5]
auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
urllib.request.urlopen(urllib.request.Request(url.rstrip("/") + href, method="DELETE", headers={"Authorization": auth}))
"#;

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

fn ok_json(c: &Convene, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = with_password(c, &all);
    assert!(out.status.success(), "convene {all:?} failed:\n{}{}", text(&out.stdout), text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn network(c: &Convene) -> Vec<(String, String)> {
    common::iotxchange(c);
    let mut meetings = Vec::new();
    for (title, start) in
        [("Kick-off in Jelgava", "2027-03-10 10:00"), ("Transnational meeting Nevers", "2027-06-02 09:30")]
    {
        let m = c.json(&[
            "meeting",
            "add",
            "iotxchange",
            "--title",
            title,
            "--kind",
            "transnational",
            "--start",
            start,
            "--end",
            "17:00",
            "--host",
            if title.contains("Nevers") { "Nevers Agglomération" } else { "jelgava" },
        ]);
        meetings.push((m["uid"].as_str().unwrap().to_string(), m["id"].to_string()));
    }
    c.ok(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Final event",
        "--kind",
        "final-event",
        "--date",
        "2027-11-18",
        "--until",
        "2027-11-19",
    ]);
    // An event imported from another program, its UID holding an `@` (a reserved character
    // in a URL path, written percent-encoded by Convene and listed unencoded by servers).
    let ics = c.path("visit.ics");
    std::fs::write(
        &ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:study-visit@partner.example\r\n\
         DTSTAMP:20260101T000000Z\r\nDTSTART:20270915T080000Z\r\nDTEND:20270915T150000Z\r\nSUMMARY:Study visit\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .unwrap();
    c.ok(&["import", "ics", ics.to_str().unwrap(), "--network", "iotxchange"]);
    meetings
}

fn add_account(c: &Convene, url: &str) {
    let out = with_password(c, &["account", "add", "radicale", "--url", url, "--user", "coordinator"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn meeting_json(c: &Convene, id: &str) -> Value {
    c.json(&["meeting", "show", id])
}

#[test]
fn publish_read_back_change_on_both_sides_conflict_and_delete_with_radicale() {
    let server = Radicale::start();
    every_acceptance_step(&server.url());
}

#[test]
fn publish_read_back_change_on_both_sides_conflict_and_delete_with_xandikos() {
    let server = Xandikos::start();
    every_acceptance_step(&server.url);
}

/// Xandikos serves one user without authentication (it expects a proxy in front for that);
/// the password is sent and ignored.
struct Xandikos {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Xandikos {
    fn start() -> Xandikos {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let child = Command::new(python())
            .args(["-m", "xandikos.web", "--defaults", "-l", "127.0.0.1", "-p", &port.to_string(), "-d"])
            .arg(dir.path().join("data"))
            .arg("--state-dir")
            .arg(dir.path().join("state"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(30), "xandikos did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Xandikos { child, url: format!("http://127.0.0.1:{port}/"), _dir: dir }
    }
}

impl Drop for Xandikos {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every step of the issue's acceptance that one CalDAV server at `url` can show.
fn every_acceptance_step(url: &str) {
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, url);

    // First publish: the calendar is created and every meeting written.
    let first = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(first["created"], 4, "{first}");
    assert_eq!(first["calendar_created"], true);

    // python caldav reads every event back at the instants Convene holds.
    let read = py(url, READ_BACK, &[]);
    let kickoff = meeting_json(&c, &meetings[0].1);
    let start = kickoff["schedule"]["start"].as_str().unwrap().replace("+00:00", "Z");
    assert!(read.contains(&format!("{} {}", meetings[0].0, &start[..20])), "{read}\nwanted {start}");
    assert!(read.contains("2027-11-18 2027-11-20 Final event"), "{read}");
    assert_eq!(read.lines().count(), 4);
    assert!(
        read.contains("study-visit@partner.example 2027-09-15T08:00:00Z 2027-09-15T15:00:00Z Study visit"),
        "{read}"
    );

    // Unchanged re-publish: one or two requests, nothing written.
    let again = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(again["requests"], 1, "one sync-collection REPORT and nothing else: {again}");
    assert_eq!((again["created"].as_u64(), again["updated"].as_u64()), (Some(0), Some(0)));
    assert_eq!(
        again["taken_from_server"],
        serde_json::json!([]),
        "our own writes are not read back as changes: {again}"
    );
    assert_eq!(again["deleted_on_server"], serde_json::json!([]), "{again}");

    // A meeting moved in Convene is updated on the server.
    c.ok(&["meeting", "update", &meetings[0].1, "--start", "2027-03-11 10:00", "--end", "17:00"]);
    let moved = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(moved["updated"], 1, "{moved}");
    assert!(py(url, READ_BACK, &[]).contains(&format!("{} 2027-03-11T", meetings[0].0)));

    // Moved on the server by another client: pull takes it, with a note of what changed.
    let cal = first["calendar_href"].as_str().unwrap().to_string();
    let href = |uid: &str| format!("{cal}{uid}.ics");
    py(
        url,
        EDIT,
        &[
            &href(&meetings[1].0),
            "SUMMARY:Transnational meeting Nevers",
            "SUMMARY:Transnational meeting Nevers (moved)",
        ],
    );
    let pulled = ok_json(&c, &["pull", "iotxchange"]);
    let taken = pulled["taken_from_server"].to_string();
    assert!(taken.contains("title"), "{pulled}");
    assert_eq!(meeting_json(&c, &meetings[1].1)["title"], "Transnational meeting Nevers (moved)");

    // Both changed: a conflict, neither side overwritten.
    py(url, EDIT, &[&href(&meetings[0].0), "SUMMARY:Kick-off in Jelgava", "SUMMARY:Kick-off (server)"]);
    c.ok(&["meeting", "update", &meetings[0].1, "--title", "Kick-off (here)"]);
    let both = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(both["conflicts"].as_array().unwrap().len(), 1, "{both}");
    assert_eq!(meeting_json(&c, &meetings[0].1)["title"], "Kick-off (here)");
    assert!(py(url, READ_BACK, &[]).contains("Kick-off (server)"));
    let conflicts = c.json(&["conflicts"]);
    assert_eq!(conflicts.as_array().unwrap().len(), 1);
    assert!(conflicts[0]["local_ics"].as_str().unwrap().contains("Kick-off (here)"));
    assert!(conflicts[0]["remote_ics"].as_str().unwrap().contains("Kick-off (server)"));
    // Keep local: the next publish writes it over the server's.
    let id = conflicts[0]["id"].to_string();
    c.ok(&["conflict", "resolve", &id, "--keep", "local"]);
    let settled = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(settled["updated"], 1, "{settled}");
    let read = py(url, READ_BACK, &[]);
    assert!(read.contains("Kick-off (here)") && !read.contains("Kick-off (server)"), "{read}");

    // A cancelled meeting stays in the calendar, as STATUS:CANCELLED.
    c.ok(&["meeting", "cancel", &meetings[1].1]);
    let cancelled = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(cancelled["updated"], 1, "{cancelled}");
    let read = py(url, READ_BACK, &[]);
    let line = read.lines().find(|l| l.starts_with(&meetings[1].0)).unwrap_or_else(|| panic!("{read}"));
    assert!(line.ends_with("[CANCELLED]"), "{line}");

    // Deleted here: deleted there.
    c.ok(&["meeting", "delete", &meetings[1].1]);
    let deleted = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(deleted["deleted"], 1, "{deleted}");
    assert!(!py(url, READ_BACK, &[]).contains(&meetings[1].0));

    // Deleted there: reported and kept here until someone chooses.
    py(url, DELETE, &[&href(&meetings[0].0)]);
    let gone = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(gone["deleted_on_server"].as_array().unwrap().len(), 1, "{gone}");
    assert_eq!(meeting_json(&c, &meetings[0].1)["title"], "Kick-off (here)");
    let conflicts = c.json(&["conflicts"]);
    c.ok(&["conflict", "resolve", &conflicts[0]["id"].to_string(), "--keep", "remote"]);
    c.fails(&["meeting", "show", &meetings[0].1], 1);

    // No password anywhere: the database file, the JSON export, the --json outputs.
    let db_bytes = std::fs::read(&c.db).unwrap();
    let wal = std::fs::read(c.db.with_extension("db-wal")).unwrap_or_default();
    for bytes in [&db_bytes, &wal] {
        assert!(!bytes.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()), "the password is in the database");
    }
    assert!(!c.snapshot().contains(PASSWORD));
    for out in [first, again, moved, pulled, both, settled, deleted, gone] {
        assert!(!out.to_string().contains(PASSWORD));
    }
    assert!(!c.json(&["account", "list"]).to_string().contains(PASSWORD));
}

#[test]
fn wrong_password_and_a_server_that_is_down_change_nothing_and_the_next_run_succeeds() {
    let mut server = Radicale::start();
    let c = Convene::new();
    network(&c);
    add_account(&c, &server.url());
    let before = c.snapshot();

    let out = common::command()
        .arg("--db")
        .arg(&c.db)
        .args(["publish", "iotxchange", "--account", "radicale"])
        .env("CONVENE_DAV_PASSWORD", "not-the-password")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("401") && err.contains("password"), "{err}");
    assert!(!err.contains("not-the-password"), "the error shows the password: {err}");
    assert_eq!(c.snapshot(), before);

    server.down();
    let out = with_password(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("refused the connection"), "{err}");
    assert_eq!(c.snapshot(), before);

    server.up();
    let ok = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(ok["created"], 4, "{ok}");
    let test = ok_json(&c, &["account", "test", "radicale"]);
    assert_eq!(test["calendars"].as_array().unwrap().len(), 1, "{test}");
}

#[test]
fn a_server_with_its_own_certificate_authority_is_refused_without_ca_file_and_accepted_with_it() {
    let (server, ca) = Radicale::start_tls();
    let c = Convene::new();
    network(&c);
    let out = with_password(&c, &["account", "add", "plain", "--url", &server.url(), "--user", "coordinator"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = c.snapshot();
    let refused = with_password(&c, &["publish", "iotxchange", "--account", "plain"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = text(&refused.stderr);
    assert!(err.contains("TLS certificate") && err.contains("--ca-file"), "{err}");
    assert_eq!(c.snapshot(), before, "a refused certificate changes nothing");

    let out = with_password(
        &c,
        &[
            "account",
            "add",
            "trusted",
            "--url",
            &server.url(),
            "--user",
            "coordinator",
            "--ca-file",
            ca.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let published = ok_json(&c, &["publish", "iotxchange", "--account", "trusted"]);
    assert_eq!(published["created"], 4, "{published}");
}

/// The plain `.ics` copy (`--ics-file`) for partners who can only subscribe to a URL:
/// every event of the network, readable by python `icalendar` from the server, and brought
/// up to date (with the ETag Convene remembered) when a meeting moves.
#[test]
fn publish_keeps_a_plain_ics_file_for_subscribers_up_to_date() {
    const SUBSCRIBE: &str = r#"
import sys, urllib.request, base64, icalendar, datetime
url, user, pw, path = sys.argv[1:5]
auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
body = urllib.request.urlopen(urllib.request.Request(url.rstrip("/") + path, headers={"Authorization": auth})).read()
cal = icalendar.Calendar.from_ical(body)
for ev in cal.walk("VEVENT"):
    s = ev.get("dtstart").dt
    s = s.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ") if isinstance(s, datetime.datetime) else s.isoformat()
    print(ev.get("uid"), s, ev.get("summary"))
"#;
    let server = Radicale::start();
    let url = server.url();
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, &url);
    let path = "/coordinator/iotxchange.ics";

    let first = ok_json(&c, &["publish", "iotxchange", "--account", "radicale", "--ics-file", path]);
    assert_eq!(first["ics_file"], path, "{first}");
    let read = py(&url, SUBSCRIBE, &[path]);
    assert_eq!(read.lines().count(), 4, "every meeting of the network is in the file:\n{read}");
    let utc_start = |id: &str| {
        meeting_json(&c, id)["schedule"]["start"].as_str().unwrap().replace("+00:00", "Z")[..16].to_string() + "Z"
    };
    assert!(read.contains(&format!("{} {} Kick-off in Jelgava", meetings[0].0, utc_start(&meetings[0].1))), "{read}");

    c.ok(&["meeting", "update", &meetings[0].1, "--start", "2027-03-11 10:00", "--end", "17:00"]);
    let moved = ok_json(&c, &["publish", "iotxchange", "--account", "radicale", "--ics-file", path]);
    assert_eq!(moved["updated"], 1, "{moved}");
    let read = py(&url, SUBSCRIBE, &[path]);
    let moved_start = utc_start(&meetings[0].1);
    assert!(moved_start.starts_with("2027-03-11T"), "{moved_start}");
    assert!(read.contains(&format!("{} {moved_start} Kick-off in Jelgava", meetings[0].0)), "{read}");
    assert_eq!(read.lines().count(), 4, "{read}");
}

#[test]
fn a_publish_and_a_pull_report_in_the_person_s_language_and_their_json_in_english() {
    let server = Radicale::start();
    let url = server.url();
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, &url);

    let out = with_password(&c, &["--lang", "de", "publish", "iotxchange", "--account", "radicale"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("IoTXchange: 4 angelegt, 0 geändert, 0 gelöscht auf dem Server; 0 vom Server übernommen."),
        "{said}"
    );

    let cal =
        ok_json(&c, &["publish", "iotxchange", "--account", "radicale"])["calendar_href"].as_str().unwrap().to_string();
    let href = format!("{cal}{}.ics", meetings[1].0);
    py(&url, EDIT, &[&href, "SUMMARY:Transnational meeting Nevers", "SUMMARY:Nevers (moved)"]);
    let out = with_password(&c, &["--lang", "fr", "pull", "iotxchange"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("1 reprise du serveur."), "{said}");
    assert!(said.contains("« Nevers (moved) » a été modifiée sur le serveur : titre : "), "{said}");

    py(&url, EDIT, &[&href, "SUMMARY:Nevers (moved)", "SUMMARY:Nevers (moved again)"]);
    let json = ok_json(&c, &["--lang", "fr", "pull", "iotxchange"]);
    let taken = json["taken_from_server"][0].as_str().unwrap_or_default();
    assert!(taken.starts_with("\"Nevers (moved again)\" was changed on the server: title: "), "{json}");
}

/// A server without sync-collection (RFC 6578), as some older or gateway CalDAV servers
/// are: Radicale behind a proxy that answers every sync-collection REPORT with 403 and
/// `DAV:supported-report`, and passes everything else on. It keeps the first line of every
/// request it sees, to count what a publish costs.
struct WithoutSyncCollection {
    port: u16,
    seen: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl WithoutSyncCollection {
    fn start(upstream: u16) -> WithoutSyncCollection {
        Self::start_with(upstream, false)
    }

    /// `without_ctag`: the calendar's `getctag` is also missing (a PROPFIND asking for it
    /// is answered 207 with the property 404 Not Found), as on a plain WebDAV server.
    fn start_with(upstream: u16, without_ctag: bool) -> WithoutSyncCollection {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let log = log.clone();
                std::thread::spawn(move || {
                    let _ = Self::relay(client, upstream, &log, without_ctag);
                });
            }
        });
        WithoutSyncCollection { port, seen }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The requests seen since the last call: "METHOD /path" (with " sync-collection" for
    /// that REPORT).
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.seen.lock().unwrap())
    }

    /// One request per connection: read it, refuse or forward it, answer with
    /// `Connection: close`.
    fn relay(
        mut client: std::net::TcpStream,
        upstream: u16,
        log: &std::sync::Mutex<Vec<String>>,
        without_ctag: bool,
    ) -> std::io::Result<()> {
        use std::io::{BufRead, Read};
        let mut reader = std::io::BufReader::new(client.try_clone()?);
        let mut request_line = String::new();
        reader.read_line(&mut request_line)?;
        let mut headers = Vec::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line == "\r\n" {
                break;
            }
            headers.push(line.trim_end().to_string());
        }
        let length = headers
            .iter()
            .find_map(|h| {
                let (name, value) = h.split_once(':')?;
                name.eq_ignore_ascii_case("content-length").then(|| value.trim().parse::<usize>().ok())?
            })
            .unwrap_or(0);
        let mut body = vec![0; length];
        reader.read_exact(&mut body)?;
        let mut words = request_line.split_whitespace();
        let (method, path) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
        let sync_collection = method == "REPORT" && text(&body).contains("sync-collection");
        log.lock().unwrap().push(format!("{method} {path}{}", if sync_collection { " sync-collection" } else { "" }));
        if sync_collection {
            let refusal =
                r#"<?xml version="1.0" encoding="utf-8"?><D:error xmlns:D="DAV:"><D:supported-report/></D:error>"#;
            return write!(
                client,
                "HTTP/1.1 403 Forbidden\r\nContent-Type: application/xml; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{refusal}",
                refusal.len()
            );
        }
        if without_ctag && method == "PROPFIND" && text(&body).contains("getctag") {
            let missing = format!(
                r#"<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/"><D:response><D:href>{path}</D:href><D:propstat><D:prop><CS:getctag/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat></D:response></D:multistatus>"#
            );
            return write!(
                client,
                "HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{missing}",
                missing.len()
            );
        }
        let mut server = std::net::TcpStream::connect(("127.0.0.1", upstream))?;
        let mut forwarded = request_line.into_bytes();
        for h in headers.iter().filter(|h| !h.to_ascii_lowercase().starts_with("connection:")) {
            forwarded.extend_from_slice(format!("{h}\r\n").as_bytes());
        }
        forwarded.extend_from_slice(b"Connection: close\r\n\r\n");
        forwarded.extend_from_slice(&body);
        server.write_all(&forwarded)?;
        let mut answer = Vec::new();
        server.read_to_end(&mut answer)?;
        let split = answer.windows(4).position(|w| w == b"\r\n\r\n").map_or(answer.len(), |i| i + 4);
        let (head, rest) = answer.split_at(split);
        let mut head: Vec<String> = text(head)
            .split("\r\n")
            .filter(|l| !l.is_empty() && !l.to_ascii_lowercase().starts_with("connection:"))
            .map(str::to_string)
            .collect();
        head.push("Connection: close".into());
        client.write_all(format!("{}\r\n\r\n", head.join("\r\n")).as_bytes())?;
        client.write_all(rest)
    }
}

/// Issue 15: "fall back to a ctag/PROPFIND where the server lacks [sync-collection]". The
/// refusal is remembered, so later publishes do not ask again; an unchanged calendar costs
/// one PROPFIND of its `getctag`; a change on the server moves the ctag and a listing of
/// every event's ETag finds which event changed and which one is gone.
#[test]
fn a_server_without_sync_collection_is_followed_by_its_ctag_and_a_listing_of_etags() {
    let server = Radicale::start();
    let proxy = WithoutSyncCollection::start(server.port);
    let direct = server.url();
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, &proxy.url());

    let first = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(first["created"], 4, "{first}");
    assert_eq!(py(&direct, READ_BACK, &[]).lines().count(), 4);
    let seen = proxy.take();
    assert_eq!(seen.iter().filter(|r| r.ends_with("sync-collection")).count(), 1, "{seen:#?}");
    let cal = first["calendar_href"].as_str().unwrap().to_string();

    // Convene's own writes moved the ctag: the events' ETags are listed once and match.
    let second = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(second["requests"], 2, "{second}");
    assert_eq!(proxy.take(), [format!("PROPFIND {cal}"), format!("PROPFIND {cal}")]);
    assert_eq!(second["taken_from_server"], serde_json::json!([]), "{second}");

    // Unchanged: the ctag alone, one request, and sync-collection is not asked again.
    let unchanged = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!((unchanged["requests"].as_u64(), unchanged["created"].as_u64()), (Some(1), Some(0)), "{unchanged}");
    assert_eq!(proxy.take(), [format!("PROPFIND {cal}")]);

    // Changed on the server by another client: the ctag moved, the listing finds the event.
    let href = |uid: &str| format!("{cal}{uid}.ics");
    py(&direct, EDIT, &[&href(&meetings[1].0), "SUMMARY:Transnational meeting Nevers", "SUMMARY:Nevers (moved)"]);
    let pulled = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(pulled["taken_from_server"].as_array().unwrap().len(), 1, "{pulled}");
    assert_eq!(meeting_json(&c, &meetings[1].1)["title"], "Nevers (moved)");
    let seen = proxy.take();
    assert_eq!(seen[..2], [format!("PROPFIND {cal}"), format!("PROPFIND {cal}")], "{seen:#?}");
    assert_eq!(seen.len(), 3, "then one multiget of the changed event: {seen:#?}");

    // Deleted on the server: missing from the listing, reported and kept here.
    py(&direct, DELETE, &[&href(&meetings[0].0)]);
    let gone = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(gone["deleted_on_server"].as_array().unwrap().len(), 1, "{gone}");
    assert_eq!(meeting_json(&c, &meetings[0].1)["title"], "Kick-off in Jelgava");

    // A meeting moved here is written as before, with its ETag.
    c.ok(&["meeting", "update", &meetings[1].1, "--start", "2027-06-03 09:30", "--end", "17:00"]);
    let moved = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(moved["updated"], 1, "{moved}");
    assert!(proxy.take().iter().all(|r| !r.ends_with("sync-collection")));
}

/// Issue 15: a meeting changed on the server comes back "with a note of who/what changed".
/// What changed is Convene's own comparison; who and when come from the event when it
/// says (LAST-MODIFIED, an X-...-MODIFIED-BY property, ORGANIZER), and the note says so
/// when it does not.
#[test]
fn a_pull_note_says_what_changed_and_who_changed_it_when_the_event_says() {
    let server = Radicale::start();
    let url = server.url();
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, &url);
    let cal =
        ok_json(&c, &["publish", "iotxchange", "--account", "radicale"])["calendar_href"].as_str().unwrap().to_string();
    let href = |uid: &str| format!("{cal}{uid}.ics");

    // Saved by a calendar program that says when and by whom.
    py(
        &url,
        EDIT,
        &[
            &href(&meetings[1].0),
            "SUMMARY:Transnational meeting Nevers",
            "SUMMARY:Nevers (moved)\r\nLAST-MODIFIED:20270105T091500Z\r\n\
             ORGANIZER;CN=Anna Bērziņa:mailto:anna@jelgava.example\r\n\
             X-EXAMPLE-MODIFIED-BY;CN=Jānis Ozols:mailto:janis@nevers.example",
        ],
    );
    // Changed by a raw PUT that says nothing about who.
    py(&url, EDIT, &[&href(&meetings[0].0), "SUMMARY:Kick-off in Jelgava", "SUMMARY:Kick-off (new title)"]);
    let pulled = ok_json(&c, &["pull", "iotxchange"]);
    let lines: Vec<&str> =
        pulled["taken_from_server"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    let said = |title: &str| *lines.iter().find(|l| l.starts_with(title)).unwrap_or_else(|| panic!("{lines:#?}"));
    assert_eq!(
        said("\"Nevers (moved)\""),
        "\"Nevers (moved)\" was changed on the server: title: \"Transnational meeting Nevers\" -> \"Nevers (moved)\" \
         (last modified 2027-01-05 09:15 UTC; changed by Jānis Ozols <janis@nevers.example>; \
         organiser: Anna Bērziņa <anna@jelgava.example>)"
    );
    assert_eq!(
        said("\"Kick-off (new title)\""),
        "\"Kick-off (new title)\" was changed on the server: title: \"Kick-off in Jelgava\" -> \"Kick-off (new title)\" \
         (the event does not say who changed it)"
    );

    // The same note in the person's language.
    py(&url, EDIT, &[&href(&meetings[0].0), "SUMMARY:Kick-off (new title)", "SUMMARY:Kick-off (encore)"]);
    let out = with_password(&c, &["--lang", "fr", "pull", "iotxchange"]);
    let said = text(&out.stdout);
    assert!(said.contains("(l'événement ne dit pas qui l'a modifié)"), "{said}");
}

/// A server with neither sync-collection nor `getctag`: every sync lists the ETags of the
/// calendar's events (two requests when nothing changed), and still finds a change there.
#[test]
fn a_server_without_sync_collection_or_ctag_is_followed_by_a_listing_of_etags_each_time() {
    let server = Radicale::start();
    let proxy = WithoutSyncCollection::start_with(server.port, true);
    let direct = server.url();
    let c = Convene::new();
    let meetings = network(&c);
    add_account(&c, &proxy.url());
    let first = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(first["created"], 4, "{first}");
    let cal = first["calendar_href"].as_str().unwrap().to_string();
    proxy.take();

    let unchanged = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!((unchanged["requests"].as_u64(), unchanged["created"].as_u64()), (Some(2), Some(0)), "{unchanged}");
    assert_eq!(proxy.take(), [format!("PROPFIND {cal}"), format!("PROPFIND {cal}")], "the ctag asked, then the list");

    py(
        &direct,
        EDIT,
        &[&format!("{cal}{}.ics", meetings[1].0), "SUMMARY:Transnational meeting Nevers", "SUMMARY:Nevers"],
    );
    let pulled = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(pulled["taken_from_server"].as_array().unwrap().len(), 1, "{pulled}");
    assert_eq!(meeting_json(&c, &meetings[1].1)["title"], "Nevers");
}

/// A new event PUT on the server with `If-None-Match: *`, as another calendar program
/// creates one.
const CREATE: &str = r#"
import sys, urllib.request, base64
url, user, pw, href, body = sys.argv[1:6]
auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
req = urllib.request.Request(url.rstrip("/") + href, method="PUT", data=body.encode(),
    headers={"Authorization": auth, "If-None-Match": "*", "Content-Type": "text/calendar"})
urllib.request.urlopen(req)
"#;

/// A recurring event created on the server becomes a meeting per occurrence (the
/// importer's rule: within the network's dates, here three years from the first), as
/// `convene import ics` makes of one; the series stays the server's: a publish never
/// writes it or splits it into single events, a change made here to one occurrence is not
/// published (and said so), the series' changes are taken, its deletion is reported.
#[test]
fn a_recurring_event_created_on_the_server_becomes_a_meeting_per_occurrence_and_stays_the_server_s() {
    let server = Radicale::start();
    let url = server.url();
    let c = Convene::new();
    network(&c);
    add_account(&c, &url);
    let cal =
        ok_json(&c, &["publish", "iotxchange", "--account", "radicale"])["calendar_href"].as_str().unwrap().to_string();
    let series = format!("{cal}steering-calls.ics");
    py(
        &url,
        CREATE,
        &[
            &series,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//partner//EN\r\nBEGIN:VEVENT\r\n\
             UID:steering-calls@partner.example\r\nDTSTAMP:20261201T080000Z\r\nLAST-MODIFIED:20261201T080000Z\r\n\
             DTSTART:20270112T090000Z\r\nDTEND:20270112T100000Z\r\nRRULE:FREQ=MONTHLY;COUNT=4\r\n\
             SUMMARY:Steering group call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        ],
    );
    let steering = |c: &Convene| -> Vec<Value> {
        let all = c.json(&["meetings", "iotxchange"]);
        all.as_array()
            .unwrap()
            .iter()
            .filter(|m| m["uid"].as_str().unwrap().starts_with("steering-calls@"))
            .cloned()
            .collect()
    };

    let pulled = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(
        pulled["taken_from_server"],
        serde_json::json!([
            "\"Steering group call\" repeats on the server: 4 meetings made here, one per occurrence within the \
             network's dates; the series stays the server's (its changes come here, Convene does not write it back) \
             (last modified 2026-12-01 08:00 UTC)"
        ]),
        "{pulled}"
    );
    let made = steering(&c);
    let uids: Vec<&str> = made.iter().map(|m| m["uid"].as_str().unwrap()).collect();
    assert_eq!(
        uids,
        [
            "steering-calls@partner.example/20270112",
            "steering-calls@partner.example/20270212",
            "steering-calls@partner.example/20270312",
            "steering-calls@partner.example/20270412"
        ]
    );

    // Published again: nothing written; the server still holds the one series.
    let published = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!((published["created"].as_u64(), published["updated"].as_u64()), (Some(0), Some(0)), "{published}");
    assert_eq!(published["deleted"], 0, "{published}");
    let read = py(&url, READ_BACK, &[]);
    assert_eq!(read.lines().filter(|l| l.starts_with("steering-calls@")).count(), 1, "{read}");
    assert_eq!(read.lines().count(), 5, "the network's four meetings and the series:\n{read}");
    let unchanged = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(unchanged["requests"], 1, "{unchanged}");

    // Changed here: kept here, not published, and said so.
    let march = made[2]["id"].to_string();
    c.ok(&["meeting", "update", &march, "--title", "Steering call (moved here)"]);
    let not_written = ok_json(&c, &["publish", "iotxchange", "--account", "radicale"]);
    assert_eq!(not_written["updated"], 0, "{not_written}");
    assert_eq!(
        not_written["warnings"],
        serde_json::json!([
            "\"Steering call (moved here)\" on 2027-03-12 belongs to a series on the server: changes made here are \
             not published (change the series in a calendar program)"
        ]),
        "{not_written}"
    );
    assert!(py(&url, READ_BACK, &[]).contains("Steering group call"));

    // The series changed on the server: every occurrence follows it, the one changed here too.
    py(&url, EDIT, &[&series, "SUMMARY:Steering group call", "SUMMARY:Steering committee call"]);
    let changed = ok_json(&c, &["pull", "iotxchange"]);
    let lines = changed["taken_from_server"].to_string();
    assert!(
        lines.contains(
            "\\\"Steering call (moved here)\\\" on 2027-03-12 had been changed or deleted here, but it belongs to a \
             series on the server: the series' version was taken"
        ),
        "{changed}"
    );
    assert!(
        lines.contains("\\\"Steering committee call\\\", a series on the server, was changed there: 4 of its meetings here were updated"),
        "{changed}"
    );
    assert!(steering(&c).iter().all(|m| m["title"] == "Steering committee call"), "{:?}", steering(&c));

    // The series deleted on the server: each occurrence reported, kept here until chosen.
    py(&url, DELETE, &[&series]);
    let gone = ok_json(&c, &["pull", "iotxchange"]);
    assert_eq!(gone["deleted_on_server"].as_array().unwrap().len(), 4, "{gone}");
    assert_eq!(steering(&c).len(), 4);
}
