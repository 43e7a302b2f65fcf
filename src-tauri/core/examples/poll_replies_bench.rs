//! The poll replies benchmark: what `convene poll replies POLL FILE...` does with 500 files.
//!
//! `cargo run --release -p convene-core --example poll_replies_bench -- [--files N] [--runs N]`
//!
//! Builds a network of 12 partners with two contacts each and a poll of 5 dates, writes N
//! reply files (default 500) into a temporary folder, shaped as the four clients send them
//! (Outlook: base64 part with a Windows zone and VTIMEZONE; Gmail: base64 inline and again
//! as invite.ics; Thunderbird and Apple Mail: quoted-printable), each from a contact
//! answering one date, and times reading them from disk and recording the answers, the
//! way the CLI does: once on a fresh poll (every answer new) and `--runs` times again
//! (every answer already recorded). Prints one JSON line with the figures; no assertion.

use std::time::Instant;

use chrono::{TimeZone, Utc};
use convene_core::meeting::MeetingKind;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{add_contact, create_partner, ContactInput, PartnerInput};
use convene_core::poll::invite::{poll_invitations, PollInviteInput};
use convene_core::poll::{create_poll, read_replies, PollInput, ReplyFile};
use convene_core::Db;
use serde_json::json;

const CITIES: &[(&str, &str)] = &[
    ("Jelgava", "LV"),
    ("Fundão", "PT"),
    ("Nevers", "FR"),
    ("Võru", "EE"),
    ("Gävle", "SE"),
    ("Kežmarok", "SK"),
    ("Nyíregyháza", "HU"),
    ("Heraklion", "GR"),
    ("Gijón", "ES"),
    ("Antwerp", "BE"),
    ("Limerick", "IE"),
    ("Basingstoke", "GB"),
];

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.push_str("\r\n");
        }
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for j in 0..4 {
            if j <= chunk.len() {
                out.push(T[(n >> (18 - 6 * j) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn quoted_printable(text: &str) -> String {
    text.replace('=', "=3D")
}

fn calendar(uid: &str, email: &str, partstat: &str, stamp: &str, start: &str, windows: bool) -> String {
    let (zone, dtstart) = if windows {
        (
            "BEGIN:VTIMEZONE\r\nTZID:FLE Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n",
            format!("DTSTART;TZID=FLE Standard Time:{start}"),
        )
    } else {
        ("", format!("DTSTART;TZID=Europe/Riga:{start}"))
    };
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nMETHOD:REPLY\r\n{zone}BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:{stamp}\r\n{dtstart}\r\nATTENDEE;PARTSTAT={partstat};CN=Someone:MAILTO:{}\r\nSUMMARY:Accepted: [Poll] Transnational meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        email.to_uppercase()
    )
}

fn eml(from: &str, calendar: &str, shape: usize) -> String {
    let head = format!("From: <{from}>\r\nTo: joao@cm-fundao.pt\r\nSubject: Accepted: [Poll] Transnational meeting\r\nDate: Sun, 10 Jan 2027 10:15:03 +0200\r\nMIME-Version: 1.0\r\n");
    match shape {
        0 => format!(
            "{head}Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAccepted.\r\n--b\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b--\r\n",
            base64(calendar.as_bytes())
        ),
        1 => format!(
            "{head}Content-Type: multipart/mixed; boundary=\"m\"\r\n\r\n--m\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAccepted.\r\n--a\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Accepted.</p>\r\n--a\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n{b}\r\n--a--\r\n--m\r\nContent-Type: application/ics; name=invite.ics\r\nContent-Disposition: attachment; filename=invite.ics\r\nContent-Transfer-Encoding: base64\r\n\r\n{b}\r\n--m--\r\n",
            b = base64(calendar.as_bytes())
        ),
        _ => format!(
            "{head}Content-Type: multipart/mixed; boundary=\"q\"\r\n\r\n--q\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAccepted.\r\n--q\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{}\r\n--q--\r\n",
            quoted_printable(calendar)
        ),
    }
}

fn main() {
    let files_wanted = arg("--files", 500);
    let runs = arg("--runs", 5).max(1);
    let mut db = Db::open_in_memory().expect("a database");
    let network = create_network(&mut db, NetworkInput::named("Bench", NetworkKind::ActionPlanning)).unwrap();
    let mut emails = Vec::new();
    let mut first_partner = None;
    for (city, country) in CITIES {
        let p = create_partner(&mut db, network.id, PartnerInput::named(city, country)).unwrap();
        first_partner.get_or_insert(p.id);
        for n in 0..2 {
            let email = format!("contact{n}@{}.example.eu", emails.len());
            let contact = ContactInput {
                name: format!("Contact {n}"),
                role: String::new(),
                email: email.clone(),
                phone: String::new(),
            };
            add_contact(&mut db, p.id, contact).unwrap();
            emails.push(email);
        }
    }
    let starts = ["20270315T100000", "20270322T100000", "20270329T100000", "20270405T100000", "20270412T100000"];
    let options = starts.iter().map(|s| format!("{}-{}-{} 10:00/12:00", &s[0..4], &s[4..6], &s[6..8])).collect();
    let poll = create_poll(
        &mut db,
        network.id,
        PollInput {
            title: "Transnational meeting".into(),
            kind: MeetingKind::Transnational,
            host_partner_id: None,
            time_zone: "Europe/Riga".into(),
            deadline: None,
            options,
        },
    )
    .unwrap();
    let invite = PollInviteInput { organizer: "joao@cm-fundao.pt".into(), to: vec![] };
    poll_invitations(&mut db, poll.id, &invite, Utc.with_ymd_and_hms(2027, 1, 8, 9, 0, 0).unwrap()).unwrap();

    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut paths = Vec::new();
    let mut bytes = 0;
    for i in 0..files_wanted {
        let option = i % starts.len();
        let email = &emails[i % emails.len()];
        let partstat = ["ACCEPTED", "TENTATIVE", "DECLINED"][i % 3];
        let stamp = format!("20270110T{:02}{:02}00Z", 8 + i / 60 % 12, i % 60);
        let cal = calendar(&poll.options[option].uid, email, partstat, &stamp, starts[option], i % 4 == 0);
        let text = if i % 5 == 4 { cal } else { eml(email, &cal, i % 3) };
        let path = dir.path().join(format!("reply-{i:04}.{}", if i % 5 == 4 { "ics" } else { "eml" }));
        bytes += text.len();
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }

    let read_all = |db: &mut Db| {
        let start = Instant::now();
        let files: Vec<ReplyFile> = paths.iter().map(|p| ReplyFile::read(p, p.display().to_string())).collect();
        let report = read_replies(db, poll.id, &files).unwrap();
        assert!(report.saved, "{:?}", report.problems.first());
        (start.elapsed().as_secs_f64() * 1000.0, report.answers.len())
    };
    let (first_ms, answers) = read_all(&mut db);
    let mut again: Vec<f64> = (0..runs).map(|_| read_all(&mut db).0).collect();
    again.sort_by(|a, b| a.total_cmp(b));
    let median = again[again.len() / 2];
    println!(
        "{}",
        json!({
            "benchmark": "poll replies",
            "files": files_wanted,
            "bytes": bytes,
            "answers": answers,
            "first_read_ms": (first_ms * 10.0).round() / 10.0,
            "again_runs_ms": again.iter().map(|t| (t * 10.0).round() / 10.0).collect::<Vec<_>>(),
            "again_median_ms": (median * 10.0).round() / 10.0,
            "profile": if cfg!(debug_assertions) { "debug" } else { "release" },
        })
    );
}
