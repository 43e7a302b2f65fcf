//! A poll from its creation to its close, through the core's API: options on the right
//! clock (across a clock change; all-day dates that never shift), invitations holding one
//! tentative hold per date, answers typed by hand, the grid on each partner's clock, and
//! closing, which creates the meeting, releases the other dates and leaves the poll
//! read-only.

mod polls;

use chrono::{TimeZone, Utc};
use convene_core::i18n::Locale;
use convene_core::ical::reader::{components, content_lines, Component};
use convene_core::meeting::{MeetingKind, MeetingStatus, Schedule};
use convene_core::poll::invite::{poll_cancellations, poll_invitations, PollInviteInput};
use convene_core::poll::{close_poll, poll_grid, poll_grid_in, set_answer, Answer};
use convene_core::schedule_text::DateStyle;
use convene_core::Error;
use mail_parser::{MessageParser, MimeHeaders};
use polls::*;

fn calendar_of(eml: &str) -> (String, Component<'static>) {
    let message = MessageParser::default().parse(eml.as_bytes()).unwrap();
    let part = message.parts.iter().find(|p| p.is_content_type("text", "calendar")).expect("a calendar part");
    let method = part.content_type().and_then(|c| c.attribute("method")).unwrap_or_default().to_string();
    let mut calendars = components(content_lines(part.contents())).unwrap();
    (method, calendars.remove(0).into_owned())
}

fn value(c: &Component, name: &str) -> String {
    c.property(name).map(|p| p.text()).unwrap_or_default()
}

#[test]
fn timed_options_keep_their_instant_across_the_clock_change_and_all_day_ones_their_days() {
    let f = poll_fixture();
    let poll = f.poll();
    let instants: Vec<(String, String)> = poll
        .options
        .iter()
        .filter_map(|o| match &o.schedule {
            Schedule::Timed { start, end, .. } => Some((start.to_rfc3339(), end.to_rfc3339())),
            _ => None,
        })
        .collect();
    // Riga is UTC+2 before 28 March 2027 and UTC+3 after.
    assert_eq!(
        instants,
        [
            ("2027-03-15T08:00:00+00:00".to_string(), "2027-03-15T10:00:00+00:00".to_string()),
            ("2027-03-29T07:00:00+00:00".to_string(), "2027-03-29T09:00:00+00:00".to_string())
        ]
    );
    let grid = poll_grid(&f.db, f.poll_id, DateStyle::Iso).unwrap();
    let cell = |partner: &str, number: usize| {
        let i = grid.partners.iter().position(|p| p.name == partner).unwrap();
        grid.options[number - 1].cells[i].local.clone()
    };
    assert_eq!(cell("Fundão", 1), "2027-03-15 08:00-10:00 Europe/Lisbon");
    assert_eq!(cell("Fundão", 2), "2027-03-29 08:00-10:00 Europe/Lisbon", "Lisbon moved its clocks too");
    assert_eq!(cell("Nevers", 1), "2027-03-15 09:00-11:00 Europe/Paris");
    for partner in ["Fundão", "Nevers", "Jelgava", "Võru"] {
        assert_eq!(cell(partner, 3), "2027-04-12", "an all-day date is the same day for {partner}");
    }
    assert_eq!(grid.not_answered.len(), 4);
}

#[test]
fn the_window_s_grid_writes_each_partner_s_dates_in_the_reader_s_language() {
    let f = poll_fixture();
    let grid = |locale| poll_grid_in(&f.db, f.poll_id, DateStyle::Short, locale).unwrap();
    let cells = |locale| {
        let grid = grid(locale);
        let fundao = grid.partners.iter().position(|p| p.name == "Fundão").unwrap();
        (grid.options[0].when.clone(), grid.options[0].cells[fundao].local.clone(), grid.options[2].when.clone())
    };
    assert_eq!(
        cells(Locale::Fr),
        (
            "lun. 15 mars 2027, 10:00–12:00 (Europe/Riga)".to_string(),
            "lun. 15 mars 2027, 08:00–10:00 (Europe/Lisbon)".to_string(),
            "lun. 12 avr. 2027, toute la journée".to_string()
        )
    );
    let (when, fundao, _) = cells(Locale::De);
    assert_eq!(
        (when.as_str(), fundao.as_str()),
        ("Mo., 15. März 2027, 10:00–12:00 (Europe/Riga)", "Mo., 15. März 2027, 08:00–10:00 (Europe/Lisbon)")
    );
    let (when, fundao, all_day) = cells(Locale::En);
    assert_eq!(
        (when.as_str(), fundao.as_str(), all_day.as_str()),
        (
            "Mon 15 Mar 2027, 10:00–12:00 (Europe/Riga)",
            "Mon 15 Mar 2027, 08:00–10:00 (Europe/Lisbon)",
            "Mon 12 Apr 2027, all day"
        )
    );
    assert_eq!(poll_grid(&f.db, f.poll_id, DateStyle::Short).unwrap(), grid(Locale::En), "English until told");
}

#[test]
fn each_recipient_gets_one_tentative_hold_per_date_and_their_own_grid() {
    let f = poll_fixture();
    let poll = f.poll();
    let mut emails: Vec<&str> = f.invitations.iter().map(|m| m.email.as_str()).collect();
    emails.sort();
    assert_eq!(
        emails,
        ["anna.berzina@jelgava.lv", "claire.martin@nevers.fr", "mari.tamm@voru.ee", "rita.costa@gmail.com"],
        "every contact but the organizer"
    );
    for m in &f.invitations {
        let (method, calendar) = calendar_of(&m.eml);
        assert_eq!(method, "REQUEST");
        assert_eq!(value(&calendar, "METHOD"), "REQUEST");
        let events: Vec<&Component> = calendar.children.iter().filter(|c| c.name == "VEVENT").collect();
        assert_eq!(events.len(), 3);
        for (i, e) in events.iter().enumerate() {
            assert_eq!(value(e, "UID"), UIDS[i]);
            assert_eq!(value(e, "STATUS"), "TENTATIVE");
            assert_eq!(value(e, "SEQUENCE"), "0");
            assert_eq!(value(e, "SUMMARY"), format!("[Poll {}/3] Transnational meeting 3", i + 1));
            let attendees: Vec<String> = e.properties_named("ATTENDEE").map(|a| a.value.to_lowercase()).collect();
            assert_eq!(attendees, [format!("mailto:{}", m.email)]);
            assert_eq!(e.property("ATTENDEE").unwrap().param("RSVP"), Some("TRUE"));
        }
        let token = &poll.recipients.iter().find(|r| r.email == m.email).unwrap().token;
        let text = MessageParser::default().parse(m.eml.as_bytes()).unwrap().body_text(0).unwrap().to_string();
        assert!(text.contains(&format!("Token: {token}")), "{text}");
        assert!(text.contains("[3] Monday, 12 April 2027 (all day):"), "{text}");
    }
}

#[test]
fn an_address_that_is_no_partners_contact_is_refused() {
    let mut f = poll_fixture();
    let input = PollInviteInput { organizer: "joao@cm-fundao.pt".into(), to: vec!["someone@example.org".into()] };
    let err = poll_invitations(&mut f.db, f.poll_id, &input, Utc::now()).unwrap_err();
    assert_eq!(err.field(), Some("to[0]"));
    assert!(err.to_string().contains("not the address of a contact"), "{err}");
}

#[test]
fn closing_creates_the_meeting_from_the_hold_and_releases_the_other_dates() {
    let mut f = poll_fixture();
    let poll = f.poll();
    let jelgava = poll.host_partner_id.unwrap();
    set_answer(&mut f.db, f.poll_id, jelgava, 2, Answer::Yes).unwrap();
    let closed = close_poll(&mut f.db, f.poll_id, 2).unwrap();
    let m = &closed.meeting;
    assert_eq!((m.uid.as_str(), m.sequence), (UIDS[1], 1), "the hold of date 2 becomes the meeting");
    assert_eq!(
        (m.kind, m.status, m.host_partner_id),
        (MeetingKind::Transnational, MeetingStatus::Confirmed, Some(jelgava))
    );
    assert_eq!(m.title, "Transnational meeting 3");
    assert_eq!(m.schedule, poll.options[1].schedule);
    assert_eq!(closed.poll.meeting_id, Some(m.id));

    let now = Utc.with_ymd_and_hms(2027, 2, 1, 9, 0, 0).unwrap();
    let releases = poll_cancellations(&f.db, f.poll_id, now).unwrap();
    assert_eq!(releases.len(), 4);
    for r in &releases {
        let (method, calendar) = calendar_of(&r.eml);
        assert_eq!(method, "CANCEL");
        let uids: Vec<String> =
            calendar.children.iter().filter(|c| c.name == "VEVENT").map(|e| value(e, "UID")).collect();
        assert_eq!(uids, [UIDS[0], UIDS[2]]);
        for e in calendar.children.iter().filter(|c| c.name == "VEVENT") {
            assert_eq!((value(e, "STATUS"), value(e, "SEQUENCE")), ("CANCELLED".into(), "1".into()));
        }
    }

    let refused = [
        set_answer(&mut f.db, f.poll_id, jelgava, 1, Answer::No).map(|_| ()),
        close_poll(&mut f.db, f.poll_id, 1).map(|_| ()),
        poll_invitations(
            &mut f.db,
            f.poll_id,
            &PollInviteInput { organizer: "joao@cm-fundao.pt".into(), to: vec![] },
            now,
        )
        .map(|_| ()),
    ];
    for r in refused {
        let err = r.unwrap_err();
        assert!(matches!(err, Error::Conflict(_)), "{err}");
        assert!(err.to_string().contains("was closed on option 2"), "{err}");
    }
    assert_eq!(f.poll().answers.len(), 1, "the closed poll kept its answers");
}

#[test]
fn answers_by_hand_are_tallied_and_the_newest_wins() {
    let mut f = poll_fixture();
    let partners: Vec<i64> =
        poll_grid(&f.db, f.poll_id, DateStyle::Iso).unwrap().partners.iter().map(|p| p.partner_id).collect();
    set_answer(&mut f.db, f.poll_id, partners[0], 1, Answer::Yes).unwrap();
    set_answer(&mut f.db, f.poll_id, partners[1], 1, Answer::Maybe).unwrap();
    set_answer(&mut f.db, f.poll_id, partners[1], 1, Answer::No).unwrap();
    let grid = poll_grid(&f.db, f.poll_id, DateStyle::Iso).unwrap();
    assert_eq!((grid.options[0].yes, grid.options[0].maybe, grid.options[0].no), (1, 0, 1));
    assert_eq!(grid.not_answered.len(), 2);
    let err = set_answer(&mut f.db, f.poll_id, partners[0], 9, Answer::Yes).unwrap_err();
    assert_eq!(err.field(), Some("option"));
}

#[test]
fn deleting_the_network_or_the_meeting_of_a_closed_poll_works() {
    let mut f = poll_fixture();
    let closed = close_poll(&mut f.db, f.poll_id, 1).unwrap();
    convene_core::meeting::delete_meeting(&mut f.db, closed.meeting.id).unwrap();
    assert_eq!(f.poll().meeting_id, None, "the poll stays, without its meeting");
    let network = f.poll().network_id;
    convene_core::network::delete_network(&mut f.db, network, true).unwrap();
    let left: i64 = f.db.conn().query_row("SELECT count(*) FROM poll_options", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}
