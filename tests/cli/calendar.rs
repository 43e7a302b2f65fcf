//! `convene export ics NETWORK` and `convene invite MEETING`: files and messages as a
//! coordinator writes them from a shell, what the commands say on stderr, and the errors.

mod common;

use common::{iotxchange, text, Convene};

fn add(c: &Convene, args: &[&str]) -> String {
    let mut all = vec!["meeting", "add", "iotxchange"];
    all.extend_from_slice(args);
    c.json(&all)["id"].as_i64().expect("an id").to_string()
}

/// The IoTXchange partners with a kick-off in Jelgava, a city visit in Nevers with Jelgava
/// attending, a local group in Fundão and a meeting not dated yet.
fn schedule(c: &Convene) -> (String, String, String, String) {
    iotxchange(c);
    let kickoff = add(
        c,
        &[
            "--title",
            "Kick-off; phase 2, Jelgava",
            "--kind",
            "kick-off",
            "--host",
            "jelgava",
            "--start",
            "2027-03-10 10:00",
            "--end",
            "12:00",
            "--status",
            "confirmed",
        ],
    );
    let visit = add(
        c,
        &[
            "--title",
            "Study visit",
            "--kind",
            "city-visit",
            "--host",
            "Nevers Agglomération",
            "--date",
            "2027-05-10",
            "--until",
            "2027-05-12",
        ],
    );
    let ulg = add(
        c,
        &[
            "--title",
            "ULG Fundão",
            "--kind",
            "local-group",
            "--host",
            "fundão",
            "--start",
            "2027-10-31 02:30",
            "--end",
            "04:00",
        ],
    );
    let undated = add(c, &["--title", "Final event", "--kind", "final-event", "--month", "2028-06"]);
    (kickoff, visit, ulg, undated)
}

fn events(ics: &str) -> Vec<String> {
    ics.split("\r\n").filter_map(|l| l.strip_prefix("SUMMARY:")).map(String::from).collect()
}

#[test]
fn a_network_schedule_goes_to_stdout_with_a_summary_on_stderr() {
    let c = Convene::new();
    schedule(&c);
    let out = c.run(&["export", "ics", "iotxchange"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ics = text(&out.stdout);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{ics}");
    assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
    assert!(ics.contains("\r\nX-WR-CALNAME:IoTXchange\r\n"));
    assert!(ics.contains("\r\nDTSTART;TZID=Europe/Riga:20270310T100000\r\n"), "{ics}");
    assert!(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Lisbon\r\n"), "{ics}");
    assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20270510\r\nDTEND;VALUE=DATE:20270513\r\n"), "{ics}");
    assert_eq!(events(&ics), ["Kick-off\\; phase 2\\, Jelgava", "Study visit", "ULG Fundão"]);
    assert_eq!(text(&out.stderr).trim(), "Wrote 3 meetings; 1 not yet dated was left out.");
}

#[test]
fn out_writes_the_file_and_reminders_become_alarms() {
    let c = Convene::new();
    schedule(&c);
    let file = c.path("iotxchange.ics");
    let out = c.run(&["export", "ics", "iotxchange", "--reminder", "1d", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr).trim(),
        format!("Wrote 3 meetings to {}; 1 not yet dated was left out.", file.display())
    );
    let ics = std::fs::read_to_string(&file).unwrap();
    assert_eq!(ics.matches("\r\nTRIGGER:-P1D\r\n").count(), 3);

    let json = c.json(&["export", "ics", "iotxchange", "--reminder", "2h"]);
    assert_eq!(json["events"], 3);
    assert_eq!(json["left_out_undated"], 1);
    assert!(json["text"].as_str().unwrap().contains("TRIGGER:-PT2H"));
}

#[test]
fn a_partners_view_one_meeting_and_a_date_range() {
    let c = Convene::new();
    let (kickoff, _, _, _) = schedule(&c);
    let fundao = c.run(&["export", "ics", "iotxchange", "--partner", "Fundao"]);
    let ics = text(&fundao.stdout);
    assert_eq!(events(&ics), ["Kick-off\\; phase 2\\, Jelgava", "ULG Fundão"], "not Nevers' city visit");
    assert!(ics.contains("X-WR-CALNAME:IoTXchange – Fundão\r\n"), "{ics}");
    assert_eq!(text(&fundao.stderr).trim(), "Wrote 2 meetings; 1 not yet dated was left out.");

    let one = c.ok(&["export", "ics", "iotxchange", "--meeting", &kickoff]);
    assert_eq!(events(&one), ["Kick-off\\; phase 2\\, Jelgava"]);

    let spring = c.run(&["export", "ics", "iotxchange", "--from", "2027-04-01", "--to", "2027-06-30"]);
    assert_eq!(events(&text(&spring.stdout)), ["Study visit"]);
    assert_eq!(text(&spring.stderr).trim(), "Wrote 1 meeting.", "June 2028 is outside the range");
}

#[test]
fn export_errors_name_what_to_fix_and_exit_1() {
    let c = Convene::new();
    schedule(&c);
    let err = c.fails(&["export", "ics", "iotxchange", "--reminder", "tomorrow"], 2);
    assert!(err.contains("--reminder") && err.contains("1d, 2h or 30m"), "{err}");
    let err = c.fails(&["export", "ics", "iotxchange", "--reminder", "5w"], 2);
    assert!(err.contains("reminder (--reminder)") && err.contains("between 1 minute and 4 weeks"), "{err}");
    let err = c.fails(&["export", "ics", "iotxchange", "--from", "2027-05-01", "--to", "2027-04-01"], 2);
    assert!(err.contains("--to") && err.contains("before"), "{err}");
    let err = c.fails(&["export", "ics", "iotxchange", "--partner", "Atlantis"], 1);
    assert!(err.contains("no partner called \"Atlantis\""), "{err}");
    let err = c.fails(&["export", "ics", "iotxchange", "--meeting", "999"], 1);
    assert!(err.contains("no meeting with id 999"), "{err}");
    let err = c.fails(&["export", "ics", "nowhere"], 1);
    assert!(err.contains("nowhere"), "{err}");
    c.fails(&["export", "ics"], 2);
}

#[test]
fn an_invitation_then_a_cancellation() {
    let c = Convene::new();
    let (kickoff, _, _, _) = schedule(&c);
    let eml = c.path("kickoff.eml");
    let out = c.run(&[
        "invite",
        &kickoff,
        "--organizer",
        "lead@iotxchange.eu",
        "--to",
        "ilze@jelgava.lv,joao@fundao.pt",
        "--to",
        "marie@nevers.fr",
        "--out",
        eml.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "Wrote the invitation to {}: Invitation: Kick-off; phase 2, Jelgava (10 March 2027, 10:00 Europe/Riga).",
            eml.display()
        )
    );
    let message = std::fs::read_to_string(&eml).unwrap();
    assert!(
        message.contains("\r\nFrom: <lead@iotxchange.eu>\r\n") || message.starts_with("From: <lead@iotxchange.eu>\r\n"),
        "{message}"
    );
    assert!(message.contains("To: <ilze@jelgava.lv>, <joao@fundao.pt>, <marie@nevers.fr>\r\n"), "{message}");
    assert!(message.contains("Content-Type: multipart/alternative;"), "{message}");
    assert!(message.contains("Content-Type: text/calendar; charset=\"utf-8\"; method=\"REQUEST\"\r\n"), "{message}");
    assert!(message.contains("\r\nMETHOD:REQUEST\r\n"), "{message}");
    assert_eq!(
        message.matches("RSVP=\r\n TRUE:mailto:").count() + message.matches("RSVP=TRUE:mailto:").count(),
        3,
        "{message}"
    );

    c.ok(&["meeting", "cancel", &kickoff]);
    let out =
        c.run(&["invite", "iotxchange", &kickoff, "--organizer", "lead@iotxchange.eu", "--to", "ilze@jelgava.lv"]);
    assert!(out.status.success());
    let cancel = text(&out.stdout);
    assert!(cancel.contains("method=\"CANCEL\""), "{cancel}");
    assert!(cancel.contains("\r\nMETHOD:CANCEL\r\n") && cancel.contains("\r\nSTATUS:CANCELLED\r\n"), "{cancel}");
    assert!(cancel.contains("\r\nSEQUENCE:1\r\n"), "cancelling raised the sequence: {cancel}");
    assert!(text(&out.stderr).starts_with("Wrote the cancellation: Cancelled: Kick-off"), "{}", text(&out.stderr));
}

#[test]
fn invitations_refuse_bad_addresses_and_undated_meetings_and_change_nothing() {
    let c = Convene::new();
    let (kickoff, _, _, undated) = schedule(&c);
    let before = c.snapshot();
    let err = c.fails(
        &[
            "invite",
            &kickoff,
            "--organizer",
            "lead@iotxchange.eu",
            "--to",
            "ilze@jelgava.lv",
            "--to",
            "joao(at)fundao.pt",
        ],
        2,
    );
    assert!(
        err.contains("(--to)") && err.contains("joao(at)fundao.pt") && err.contains("not an e-mail address"),
        "{err}"
    );
    let err = c.fails(&["invite", &kickoff, "--organizer", "lead", "--to", "ilze@jelgava.lv"], 2);
    assert!(err.contains("--organizer"), "{err}");
    let err = c.fails(&["invite", &undated, "--organizer", "lead@iotxchange.eu", "--to", "ilze@jelgava.lv"], 2);
    assert!(err.contains("not dated yet") && err.contains("Final event"), "{err}");
    c.fails(&["invite", &kickoff, "--organizer", "lead@iotxchange.eu"], 2);
    assert_eq!(c.snapshot(), before);
}
