//! Calendars and invitations from a network's database: which meetings a network, partner,
//! date-range or single-meeting selection holds and what it leaves out (and says so), a UID
//! that stays while the SEQUENCE grows when a meeting moves, and invitation mails (request,
//! change, cancellation) read back with `mail-parser`, refusing bad addresses.
//!
//! Files are read back by the independent reader in `common::ics_reader`.

mod common;

use chrono::{NaiveDate, NaiveDateTime};
use common::ics_reader::*;
use convene_core::ical::export::{export_ics, CalendarExport, ExportOptions, IcsSelection};
use convene_core::ical::invite::{invitation, partner_contact_emails, InviteInput, InviteMethod};
use convene_core::meeting::*;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{add_contact, create_partner, ContactInput, PartnerInput};
use convene_core::{Db, Error};
use mail_parser::{MessageParser, MimeHeaders};

// Selections from the database.

struct Network {
    db: Db,
    id: i64,
    jelgava: i64,
    fundao: i64,
    nevers: i64,
    transnational: i64,
    visit: i64,
    local_group: i64,
    nevers_visit: i64,
    undated: i64,
}

fn timed(start: &str, end: &str, zone: &str) -> ScheduleInput {
    let local = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").unwrap();
    ScheduleInput::Timed { start_local: local(start), end_local: local(end), time_zone: zone.into() }
}

fn input(kind: MeetingKind, title: &str, host: Option<i64>, schedule: ScheduleInput) -> MeetingInput {
    MeetingInput {
        kind,
        title: title.into(),
        host_partner_id: host,
        venue: String::new(),
        mode: MeetingMode::InPerson,
        online_url: String::new(),
        status: MeetingStatus::Confirmed,
        description: String::new(),
        schedule,
    }
}

fn network() -> Network {
    let mut db = Db::open_in_memory().unwrap();
    let id = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap().id;
    let partner = |db: &mut Db, name: &str, country: &str, contacts: &[(&str, &str)]| {
        let p = create_partner(db, id, PartnerInput::named(name, country)).unwrap();
        for (name, email) in contacts {
            add_contact(
                db,
                p.id,
                ContactInput {
                    name: (*name).into(),
                    role: String::new(),
                    email: (*email).into(),
                    phone: String::new(),
                },
            )
            .unwrap();
        }
        p.id
    };
    let jelgava = partner(&mut db, "Jelgava", "LV", &[("Ilze Bērziņa", "ilze@jelgava.lv")]);
    let fundao =
        partner(&mut db, "Fundão", "PT", &[("João Silva", "joao@cm-fundao.pt"), ("Ana Costa", "ana@cm-fundao.pt")]);
    let nevers = partner(&mut db, "Nevers", "FR", &[("Marie Durand", "marie@nevers.fr")]);
    let transnational = create_meeting(
        &mut db,
        id,
        input(
            MeetingKind::Transnational,
            "Transnational meeting 3",
            Some(jelgava),
            timed("2027-03-15 10:00", "2027-03-15 12:00", ""),
        ),
    )
    .unwrap()
    .id;
    let visit = create_meeting(
        &mut db,
        id,
        input(
            MeetingKind::CityVisit,
            "Study visit Fundão",
            Some(fundao),
            ScheduleInput::AllDay { first: day("2027-05-10"), last: day("2027-05-12") },
        ),
    )
    .unwrap()
    .id;
    set_attendance(&mut db, visit, Attendee::Partner(nevers), Some(AttendanceStatus::Accepted)).unwrap();
    let local_group = create_meeting(
        &mut db,
        id,
        input(MeetingKind::LocalGroup, "ULG Jelgava", Some(jelgava), timed("2027-06-01 17:00", "2027-06-01 19:00", "")),
    )
    .unwrap()
    .id;
    let nevers_visit = create_meeting(
        &mut db,
        id,
        input(
            MeetingKind::CityVisit,
            "Visit Nevers",
            Some(nevers),
            ScheduleInput::AllDay { first: day("2027-09-02"), last: day("2027-09-02") },
        ),
    )
    .unwrap()
    .id;
    set_attendance(&mut db, nevers_visit, Attendee::Partner(jelgava), Some(AttendanceStatus::Declined)).unwrap();
    let undated = create_meeting(
        &mut db,
        id,
        input(
            MeetingKind::Transnational,
            "Transnational meeting 4",
            None,
            ScheduleInput::Undated { year: Some(2027), month: Some(10), wording: "October 2027".into() },
        ),
    )
    .unwrap()
    .id;
    create_meeting(
        &mut db,
        id,
        input(
            MeetingKind::Other,
            "Old plan",
            Some(jelgava),
            ScheduleInput::Undated { year: Some(2019), month: Some(6), wording: "June 2019".into() },
        ),
    )
    .unwrap();
    Network { db, id, jelgava, fundao, nevers, transnational, visit, local_group, nevers_visit, undated }
}

fn titles(export: &CalendarExport) -> Vec<String> {
    read(&export.text).events.iter().map(|e| e.text("SUMMARY").unwrap().to_string()).collect()
}

fn select(n: &Network) -> IcsSelection {
    IcsSelection { network_id: n.id, ..IcsSelection::default() }
}

#[test]
fn a_network_schedule_counts_what_it_left_out() {
    let n = network();
    let export = export_ics(&n.db, &select(&n), &options("TechTown")).unwrap();
    check_lines(&export.text);
    assert_eq!(titles(&export), ["Transnational meeting 3", "Study visit Fundão", "ULG Jelgava", "Visit Nevers"]);
    assert_eq!(export.left_out_undated, 2);
    let file = read(&export.text);
    // Jelgava's zone (Europe/Riga, from Latvia) is the meeting's.
    assert_eq!(file.events[0].start, When::Instant(utc("2027-03-15 08:00"), Some("Europe/Riga".into())));
}

#[test]
fn a_partners_view_holds_what_it_hosts_attends_and_the_network_wide_meetings() {
    let n = network();
    let view = |partner: i64| {
        export_ics(&n.db, &IcsSelection { partner_id: Some(partner), ..select(&n) }, &options("view")).unwrap()
    };
    let fundao = view(n.fundao);
    assert_eq!(titles(&fundao), ["Transnational meeting 3", "Study visit Fundão"]);
    assert_eq!(fundao.left_out_undated, 1, "the undated transnational meeting concerns Fundão too");
    let nevers = view(n.nevers);
    assert_eq!(titles(&nevers), ["Transnational meeting 3", "Study visit Fundão", "Visit Nevers"]);
    let jelgava = view(n.jelgava);
    assert_eq!(titles(&jelgava), ["Transnational meeting 3", "ULG Jelgava"], "Jelgava declined the visit to Nevers");
    assert_eq!(jelgava.left_out_undated, 2);
}

#[test]
fn a_date_range_keeps_meetings_with_a_day_inside_it() {
    let n = network();
    let export = export_ics(
        &n.db,
        &IcsSelection { from: Some(day("2027-05-12")), to: Some(day("2027-08-31")), ..select(&n) },
        &options("x"),
    )
    .unwrap();
    assert_eq!(titles(&export), ["Study visit Fundão", "ULG Jelgava"]);
    assert_eq!(export.left_out_undated, 0, "October 2027 and June 2019 lie outside the range");
    let export =
        export_ics(&n.db, &IcsSelection { from: Some(day("2027-10-01")), ..select(&n) }, &options("x")).unwrap();
    assert_eq!((export.events, export.left_out_undated), (0, 1));
}

#[test]
fn one_meeting_and_the_errors_of_a_selection() {
    let mut n = network();
    let one = export_ics(&n.db, &IcsSelection { meeting_id: Some(n.visit), ..select(&n) }, &options("x")).unwrap();
    assert_eq!(titles(&one), ["Study visit Fundão"]);
    let undated =
        export_ics(&n.db, &IcsSelection { meeting_id: Some(n.undated), ..select(&n) }, &options("x")).unwrap();
    assert_eq!((undated.events, undated.left_out_undated), (0, 1));

    let err = export_ics(&n.db, &IcsSelection { meeting_id: Some(9999), ..select(&n) }, &options("x")).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = export_ics(&n.db, &IcsSelection { partner_id: Some(9999), ..select(&n) }, &options("x")).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    let err = export_ics(
        &n.db,
        &IcsSelection { from: Some(day("2027-05-01")), to: Some(day("2027-04-01")), ..select(&n) },
        &options("x"),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("to"), "{err}");

    let other = create_network(&mut n.db, NetworkInput::named("DigiPlace", NetworkKind::Transfer)).unwrap().id;
    let err = export_ics(
        &n.db,
        &IcsSelection { network_id: other, meeting_id: Some(n.visit), ..IcsSelection::default() },
        &options("x"),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("meeting"), "{err}");
    assert!(err.to_string().contains("another network"), "{err}");
    let err = export_ics(
        &n.db,
        &IcsSelection { network_id: other, partner_id: Some(n.fundao), ..IcsSelection::default() },
        &options("x"),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("partner"), "{err}");
}

#[test]
fn the_uid_stays_and_the_sequence_grows_when_a_meeting_moves() {
    let mut n = network();
    let before = read(
        &export_ics(&n.db, &IcsSelection { meeting_id: Some(n.transnational), ..select(&n) }, &options("x"))
            .unwrap()
            .text,
    );
    let mut changed = MeetingInput::from(&get_meeting(&n.db, n.transnational).unwrap());
    changed.schedule = timed("2027-03-16 10:00", "2027-03-16 12:00", "");
    update_meeting(&mut n.db, n.transnational, changed).unwrap();
    let after = read(
        &export_ics(&n.db, &IcsSelection { meeting_id: Some(n.transnational), ..select(&n) }, &options("x"))
            .unwrap()
            .text,
    );
    assert_eq!(before.events[0].text("UID"), after.events[0].text("UID"));
    assert_eq!(before.events[0].text("SEQUENCE"), Some("0"));
    assert_eq!(after.events[0].text("SEQUENCE"), Some("1"));
}

// Invitations.

struct Mail {
    subject: String,
    text: String,
    calendar: String,
    method_param: String,
    from: String,
    to: Vec<String>,
}

fn open_mail(eml: &str) -> Mail {
    for line in eml.split("\r\n") {
        assert!(line.len() <= 78, "mail line of {} octets: {line:?}", line.len());
    }
    assert!(!eml.replace("\r\n", "").contains('\n'), "CRLF only");
    let message = MessageParser::default().parse(eml.as_bytes()).expect("a MIME message");
    let mut text = None;
    let mut calendar = None;
    let mut method_param = None;
    for part in &message.parts {
        let Some(ct) = part.content_type() else { continue };
        match (ct.ctype(), ct.subtype()) {
            ("text", Some("plain")) => text = part.text_contents().map(String::from),
            ("text", Some("calendar")) => {
                calendar = part.text_contents().map(String::from);
                method_param = ct.attribute("method").map(String::from);
            }
            _ => {}
        }
    }
    let addresses = |a: Option<&mail_parser::Address<'_>>| -> Vec<String> {
        a.map(|a| a.iter().filter_map(|x| x.address().map(String::from)).collect()).unwrap_or_default()
    };
    Mail {
        subject: message.subject().unwrap_or("").to_string(),
        text: text.expect("a text/plain part"),
        calendar: calendar.expect("a text/calendar part"),
        method_param: method_param.expect("method= on the calendar part"),
        from: addresses(message.from()).join(","),
        to: addresses(message.to()),
    }
}

fn invite_input(to: &[&str]) -> InviteInput {
    InviteInput {
        organizer: "lead@techtown.eu".into(),
        attendees: to.iter().map(|s| s.to_string()).collect(),
        now: now(),
    }
}

#[test]
fn an_invitation_is_a_request_with_organizer_and_attendees() {
    let n = network();
    let inv =
        invitation(&n.db, n.transnational, &invite_input(&["ilze@jelgava.lv", "joao@cm-fundao.pt", "ILZE@jelgava.lv"]))
            .unwrap();
    assert_eq!(inv.method, InviteMethod::Request);
    assert!(inv.eml.contains("X-Unsent: 1\r\n"));
    let mail = open_mail(&inv.eml);
    assert_eq!(mail.subject, inv.subject);
    assert_eq!(mail.subject, "Invitation: Transnational meeting 3 (15 March 2027, 10:00 Europe/Riga)");
    assert_eq!(mail.method_param, "REQUEST");
    assert_eq!(mail.from, "lead@techtown.eu");
    assert_eq!(mail.to, ["ilze@jelgava.lv", "joao@cm-fundao.pt"]);
    assert!(
        mail.text.contains("When: Monday, 15 March 2027, 10:00-12:00 (Europe/Riga time, UTC+02:00)"),
        "{}",
        mail.text
    );
    assert!(mail.text.contains("Where: Jelgava"), "{}", mail.text);
    check_lines(&mail.calendar);
    let file = read(&mail.calendar);
    assert!(file.calendar.contains(&("METHOD".into(), "REQUEST".into())));
    let e = &file.events[0];
    let m = get_meeting(&n.db, n.transnational).unwrap();
    assert_eq!(e.text("UID"), Some(m.uid.as_str()));
    assert_eq!(e.start, When::Instant(utc("2027-03-15 08:00"), Some("Europe/Riga".into())));
    assert_eq!(e.organizer.as_deref(), Some("mailto:lead@techtown.eu"));
    assert_eq!(e.attendees.len(), 2);
    let (address, params) = &e.attendees[0];
    assert_eq!(address, "mailto:ilze@jelgava.lv");
    for (k, v) in [("CN", "Ilze Bērziņa"), ("ROLE", "REQ-PARTICIPANT"), ("PARTSTAT", "NEEDS-ACTION"), ("RSVP", "TRUE")]
    {
        assert!(params.contains(&(k.to_string(), v.to_string())), "{k}={v} in {params:?}");
    }
    assert_eq!(e.alarms, 0);
}

#[test]
fn a_change_then_a_cancellation_carry_higher_sequences_and_the_same_uid() {
    let mut n = network();
    let to = invite_input(&["marie@nevers.fr"]);
    let first = read(&open_mail(&invitation(&n.db, n.visit, &to).unwrap().eml).calendar);
    let mut moved = MeetingInput::from(&get_meeting(&n.db, n.visit).unwrap());
    moved.venue = "Mercado Municipal".into();
    update_meeting(&mut n.db, n.visit, moved).unwrap();
    let update = invitation(&n.db, n.visit, &to).unwrap();
    assert!(
        update.subject.starts_with("Updated invitation: Study visit Fundão (10-12 May 2027)"),
        "{}",
        update.subject
    );
    let second = read(&open_mail(&update.eml).calendar);
    set_meeting_status(&mut n.db, n.visit, MeetingStatus::Cancelled).unwrap();
    let cancel = invitation(&n.db, n.visit, &to).unwrap();
    assert_eq!(cancel.method, InviteMethod::Cancel);
    assert!(cancel.subject.starts_with("Cancelled: Study visit Fundão"), "{}", cancel.subject);
    let mail = open_mail(&cancel.eml);
    assert_eq!(mail.method_param, "CANCEL");
    let third = read(&mail.calendar);
    assert!(third.calendar.contains(&("METHOD".into(), "CANCEL".into())));
    let seq = |r: &Read| r.events[0].text("SEQUENCE").unwrap().parse::<i64>().unwrap();
    assert!(
        seq(&first) < seq(&second) && seq(&second) < seq(&third),
        "{} {} {}",
        seq(&first),
        seq(&second),
        seq(&third)
    );
    assert_eq!(first.events[0].text("UID"), third.events[0].text("UID"));
    assert_eq!(third.events[0].text("STATUS"), Some("CANCELLED"));
    assert_eq!(third.events[0].start, When::Day(day("2027-05-10")));
    assert_eq!(second.events[0].text("LOCATION"), Some("Mercado Municipal, Fundão"));
}

#[test]
fn invitations_refuse_bad_addresses_and_undated_meetings() {
    let n = network();
    let err = invitation(&n.db, n.visit, &invite_input(&["marie@nevers.fr", "joao at fundao"])).unwrap_err();
    assert_eq!(err.field(), Some("to[1]"));
    assert!(err.to_string().contains("joao at fundao"), "{err}");
    let mut bad = invite_input(&["marie@nevers.fr"]);
    bad.organizer = "lead@".into();
    assert_eq!(invitation(&n.db, n.visit, &bad).unwrap_err().field(), Some("organizer"));
    assert_eq!(invitation(&n.db, n.visit, &invite_input(&[])).unwrap_err().field(), Some("to"));
    let err = invitation(&n.db, n.undated, &invite_input(&["marie@nevers.fr"])).unwrap_err();
    assert!(err.to_string().contains("not dated yet"), "{err}");
    assert!(matches!(invitation(&n.db, 9999, &invite_input(&["marie@nevers.fr"])), Err(Error::NotFound(_))));
}

#[test]
fn contacts_preselected_for_an_invitation() {
    let n = network();
    let everyone = partner_contact_emails(&n.db, n.transnational).unwrap();
    let mut sorted = everyone.clone();
    sorted.sort();
    assert_eq!(sorted, ["ana@cm-fundao.pt", "ilze@jelgava.lv", "joao@cm-fundao.pt", "marie@nevers.fr"]);
    let visit = partner_contact_emails(&n.db, n.visit).unwrap();
    let mut visit_sorted = visit.clone();
    visit_sorted.sort();
    assert_eq!(
        visit_sorted,
        ["ana@cm-fundao.pt", "joao@cm-fundao.pt", "marie@nevers.fr"],
        "host and attending partner"
    );
    let nevers = partner_contact_emails(&n.db, n.nevers_visit).unwrap();
    assert_eq!(nevers, ["marie@nevers.fr"], "Jelgava declined");
    let ulg = partner_contact_emails(&n.db, n.local_group).unwrap();
    assert_eq!(ulg, ["ilze@jelgava.lv"]);
}

/// A network that works in French invites in French: subject, body, dates and times
/// (the meeting's own title and the people's names stay as written).
#[test]
fn an_invitation_is_written_in_the_network_s_working_language() {
    use convene_core::i18n::Locale;
    use convene_core::network::set_network_language;
    let mut n = network();
    set_network_language(&mut n.db, n.id, Locale::Fr).unwrap();
    let inv = invitation(&n.db, n.transnational, &invite_input(&["ilze@jelgava.lv"])).unwrap();
    assert_eq!(inv.subject, "Invitation : Transnational meeting 3 (15 mars 2027, 10:00 Europe/Riga)");
    let mail = open_mail(&inv.eml);
    let expected = "Quand : lundi 15 mars 2027, 10:00-12:00 (heure de Europe/Riga, UTC+02:00)";
    assert!(mail.text.contains(expected), "{}", mail.text);
    assert!(mail.text.contains("Votre logiciel de calendrier affiche ce message"), "{}", mail.text);
    assert!(!mail.text.contains("When:"), "{}", mail.text);
}

/// A network that works in French gets its calendar file's own words in French: the kind
/// as CATEGORIES, the "Join online" line and the postponed notice; the meetings' own texts
/// stay as written, and a file read back keeps each meeting's kind.
#[test]
fn a_calendar_file_speaks_the_network_s_working_language() {
    use convene_core::i18n::Locale;
    use convene_core::network::set_network_language;
    let mut n = network();
    set_network_language(&mut n.db, n.id, Locale::Fr).unwrap();
    let online = create_meeting(
        &mut n.db,
        n.id,
        MeetingInput {
            mode: MeetingMode::Online,
            online_url: "https://meet.example.org/techtown".into(),
            status: MeetingStatus::Postponed,
            ..input(
                MeetingKind::OnlineTouchBase,
                "Touch-base",
                None,
                timed("2027-04-06 10:00", "2027-04-06 11:00", "Europe/Riga"),
            )
        },
    )
    .unwrap();
    let export = export_ics(&n.db, &select(&n), &options("TechTown")).unwrap();
    let events = read(&export.text).events;
    let event = |title: &str| events.iter().find(|e| e.text("SUMMARY") == Some(title)).unwrap();
    assert_eq!(event("Transnational meeting 3").text("CATEGORIES"), Some("Réunion transnationale"));
    assert_eq!(event("Study visit Fundão").text("CATEGORIES"), Some("Visite de ville"));
    let touch_base = event(&online.title);
    assert_eq!(touch_base.text("CATEGORIES"), Some("Point en ligne"));
    assert_eq!(touch_base.text("LOCATION"), Some("En ligne"));
    assert_eq!(
        touch_base.text("DESCRIPTION"),
        Some("Reportée : une nouvelle date suivra.\n\nRejoindre en ligne : https://meet.example.org/techtown")
    );
    assert!(!export.text.contains("Join online") && !export.text.contains("Transnational meeting\r\n"));

    let mut other = Db::open_in_memory().unwrap();
    let copy = create_network(&mut other, NetworkInput::named("Copy", NetworkKind::ActionPlanning)).unwrap().id;
    convene_core::ical::import::import_ics(&mut other, copy, &export.text).unwrap();
    let kinds: Vec<MeetingKind> =
        list_meetings(&other, copy, DateRange::default()).unwrap().iter().map(|m| m.kind).collect();
    assert!(kinds.contains(&MeetingKind::Transnational) && kinds.contains(&MeetingKind::OnlineTouchBase), "{kinds:?}");
}

/// English files are what they always were (the golden files hold the whole text).
#[test]
fn an_english_calendar_file_keeps_its_english_words() {
    let n = network();
    let export = export_ics(&n.db, &select(&n), &options("TechTown")).unwrap();
    let events = read(&export.text).events;
    assert_eq!(events[0].text("CATEGORIES"), Some("Transnational meeting"));
}

// The database's calendar is the calendar of its meetings, byte for byte.

/// A network with every shape of meeting the writer treats differently: zones with and
/// without clock changes, a time in the hour repeated in autumn, local days that are not
/// the UTC days around New Year, all-day and undated meetings, agenda items with and
/// without times, attendance by partners and contacts (one declined), a meeting that
/// names nobody, and every status and mode.
fn varied_network() -> (Db, i64, Vec<i64>) {
    use convene_core::agenda::{add_agenda_item, AgendaItemInput};
    let n = network();
    let mut db = n.db;
    let id = n.id;
    let contact = add_contact(
        &mut db,
        n.nevers,
        ContactInput {
            name: "Luc Martin".into(),
            role: String::new(),
            email: "luc@nevers.fr".into(),
            phone: String::new(),
        },
    )
    .unwrap()
    .id;
    let add = |db: &mut Db, input: MeetingInput| create_meeting(db, id, input).unwrap().id;
    add(
        &mut db,
        MeetingInput {
            mode: MeetingMode::Online,
            online_url: "https://meet.example.org/tb?a=1;b=2,c".into(),
            status: MeetingStatus::Held,
            description: "  Notes; with, escapes\nand a second line\\.  ".into(),
            ..input(
                MeetingKind::OnlineTouchBase,
                "Autumn touch-base",
                None,
                timed("2027-10-31 02:30", "2027-10-31 03:15", "Europe/Berlin"),
            )
        },
    );
    let tokyo = add(
        &mut db,
        MeetingInput {
            venue: "Fundão town hall".into(),
            mode: MeetingMode::Hybrid,
            online_url: "https://meet.example.org/ny".into(),
            ..input(
                MeetingKind::PhaseReview,
                "New Year review",
                Some(n.fundao),
                timed("2028-01-01 05:00", "2028-01-01 07:00", "Asia/Tokyo"),
            )
        },
    );
    let new_york = add(
        &mut db,
        MeetingInput {
            status: MeetingStatus::Postponed,
            venue: "Ratslaal".into(),
            ..input(
                MeetingKind::Other,
                "Year's end call",
                Some(n.nevers),
                timed("2026-12-31 21:00", "2027-01-01 01:00", "America/New_York"),
            )
        },
    );
    add(
        &mut db,
        MeetingInput {
            status: MeetingStatus::Cancelled,
            ..input(
                MeetingKind::FinalEvent,
                "Final event",
                None,
                timed("2028-04-02 02:30", "2028-04-02 04:00", "Pacific/Auckland"),
            )
        },
    );
    add(
        &mut db,
        MeetingInput {
            mode: MeetingMode::Online,
            status: MeetingStatus::Tentative,
            ..input(
                MeetingKind::LocalGroup,
                "ULG Nevers online",
                Some(n.nevers),
                ScheduleInput::AllDay { first: day("2027-12-31"), last: day("2028-01-02") },
            )
        },
    );
    add(
        &mut db,
        MeetingInput {
            mode: MeetingMode::Online,
            ..input(
                MeetingKind::CityVisit,
                "Visit without anyone",
                None,
                ScheduleInput::AllDay { first: day("2027-07-07"), last: day("2027-07-07") },
            )
        },
    );
    let contacts_only = add(
        &mut db,
        input(
            MeetingKind::CityVisit,
            "Contacts' visit",
            Some(n.jelgava),
            timed("2027-03-15 10:00", "2027-03-15 12:00", "Europe/Riga"),
        ),
    );
    add(
        &mut db,
        input(
            MeetingKind::Transnational,
            "Some day in 2028",
            None,
            ScheduleInput::Undated { year: Some(2028), month: None, wording: "2028".into() },
        ),
    );
    add(
        &mut db,
        input(
            MeetingKind::Transnational,
            "Some day",
            Some(n.fundao),
            ScheduleInput::Undated { year: None, month: None, wording: "after the summer".into() },
        ),
    );
    set_attendance(&mut db, contacts_only, Attendee::Contact(contact), Some(AttendanceStatus::Tentative)).unwrap();
    set_attendance(&mut db, tokyo, Attendee::Partner(n.jelgava), Some(AttendanceStatus::Declined)).unwrap();
    set_attendance(&mut db, tokyo, Attendee::Partner(n.nevers), Some(AttendanceStatus::Accepted)).unwrap();
    for (meeting, start, end, title) in [
        (n.transnational, Some("10:00"), Some("10:30"), "Welcome, coffee; and a \"warm\" start"),
        (n.transnational, Some("10:30"), None, "Peer review"),
        (n.transnational, None, None, "Wrap-up"),
        (
            tokyo,
            None,
            Some("06:00"),
            "Review of phase 1 — every partner's figures, long enough to be folded twice over",
        ),
        (new_york, Some("21:00"), Some("22:00"), "Toast"),
    ] {
        let time = |t: Option<&str>| t.map(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").unwrap());
        let item = AgendaItemInput {
            start_time: time(start),
            end_time: time(end),
            title: title.into(),
            lead_partner_id: None,
            notes: "not in calendars".into(),
        };
        add_agenda_item(&mut db, meeting, item, None).unwrap();
    }
    (db, id, vec![n.jelgava, n.fundao, n.nevers])
}

/// What `export_meetings` writes for the network's meetings (each read by `get_meeting`, in
/// the order the network lists them) that `keep` keeps, in the network's language.
fn calendar_of_meetings(
    db: &Db,
    network: i64,
    options: &ExportOptions,
    keep: impl Fn(&Meeting) -> bool,
) -> CalendarExport {
    use convene_core::ical::export::export_meetings;
    let language = convene_core::network::get_network(db, network).unwrap().language;
    let meetings: Vec<Meeting> = list_meetings(db, network, DateRange::default())
        .unwrap()
        .iter()
        .map(|m| get_meeting(db, m.id).unwrap())
        .filter(|m| keep(m))
        .collect();
    export_meetings(&meetings, &ExportOptions { language, ..options.clone() })
}

/// Whether a meeting has a day in `from..=to` on its own clock (undated: unless what is
/// known of it lies outside), as the export's date range reads it.
fn has_day_in(m: &Meeting, from: NaiveDate, to: NaiveDate) -> bool {
    let (first, last) = match &m.schedule {
        Schedule::Timed { start_local, end_local, .. } => {
            let last = if end_local.time() == chrono::NaiveTime::MIN && end_local.date() > start_local.date() {
                end_local.date().pred_opt().unwrap()
            } else {
                end_local.date()
            };
            (start_local.date(), last)
        }
        Schedule::AllDay { first, last } => (*first, *last),
        Schedule::Undated { year: None, .. } => return true,
        Schedule::Undated { year: Some(y), month: None, .. } => {
            (NaiveDate::from_ymd_opt(*y, 1, 1).unwrap(), NaiveDate::from_ymd_opt(*y, 12, 31).unwrap())
        }
        Schedule::Undated { year: Some(y), month: Some(mo), .. } => {
            let first = NaiveDate::from_ymd_opt(*y, *mo, 1).unwrap();
            (first, first.checked_add_months(chrono::Months::new(1)).unwrap().pred_opt().unwrap())
        }
    };
    last >= from && first <= to
}

#[test]
fn a_network_s_calendar_is_byte_for_byte_the_calendar_of_its_meetings() {
    use convene_core::ical::export::concerns_partner;
    use convene_core::partner::get_partner;
    let (mut db, network, partners) = varied_network();
    let mut with_reminder = options("TechTown");
    with_reminder.reminder = Some(chrono::Duration::minutes(90));
    for language in [convene_core::i18n::Locale::En, convene_core::i18n::Locale::Fr] {
        convene_core::network::set_network_language(&mut db, network, language).unwrap();
        for options in [options("TechTown"), with_reminder.clone()] {
            let all = IcsSelection { network_id: network, ..IcsSelection::default() };
            let export = export_ics(&db, &all, &options).unwrap();
            assert_eq!(export, calendar_of_meetings(&db, network, &options, |_| true), "{language:?}");
            assert_eq!((export.events, export.left_out_undated), (11, 4));
            for &partner in &partners {
                let p = get_partner(&db, partner).unwrap();
                let view = IcsSelection { partner_id: Some(partner), ..all.clone() };
                let expected = calendar_of_meetings(&db, network, &options, |m| concerns_partner(m, &p));
                assert_eq!(export_ics(&db, &view, &options).unwrap(), expected, "{}", p.name);
            }
            for (from, to) in [("2027-01-01", "2027-12-31"), ("2027-12-31", "2027-12-31"), ("2026-12-31", "2027-01-01")]
            {
                let (from, to) = (day(from), day(to));
                let range =
                    IcsSelection { from: Some(from), to: Some(to), partner_id: Some(partners[2]), ..all.clone() };
                let p = get_partner(&db, partners[2]).unwrap();
                let expected = calendar_of_meetings(&db, network, &options, |m| {
                    has_day_in(m, from, to) && concerns_partner(m, &p)
                });
                assert_eq!(export_ics(&db, &range, &options).unwrap(), expected, "{from}..{to}");
            }
        }
    }
}

#[test]
fn a_calendar_of_many_meetings_is_byte_for_byte_the_calendar_of_its_meetings() {
    use convene_core::agenda::{add_agenda_item, AgendaItemInput};
    // More meetings than the reader hands the writer at once (256 an event batch), in
    // zones, days and hosts that vary, some with an agenda, in every batch and across their
    // edges, so the events cross from thread to thread in several batches.
    let n = network();
    let mut db = n.db;
    let zones = ["Europe/Riga", "Europe/Lisbon", "America/New_York", ""];
    let hosts = [Some(n.jelgava), None, Some(n.fundao), Some(n.nevers)];
    for i in 0..700usize {
        let day = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap() + chrono::Duration::days((i % 400) as i64);
        let schedule = if i % 5 == 0 {
            ScheduleInput::AllDay { first: day, last: day + chrono::Duration::days((i % 3) as i64) }
        } else {
            let start = day.and_hms_opt(8 + (i % 9) as u32, 0, 0).unwrap();
            ScheduleInput::Timed {
                start_local: start,
                end_local: start + chrono::Duration::minutes(90),
                time_zone: zones[i % zones.len()].into(),
            }
        };
        let meeting = MeetingInput {
            venue: if i % 2 == 0 { format!("Room {i}") } else { String::new() },
            description: "Ūdens; ".repeat(i % 7),
            ..input(MeetingKind::Transnational, &format!("Working session {i}"), hosts[i % hosts.len()], schedule)
        };
        let id = create_meeting(&mut db, n.id, meeting).unwrap().id;
        if i % 97 == 0 || i == 255 || i == 256 {
            let item = AgendaItemInput {
                start_time: None,
                end_time: None,
                title: format!("Item of session {i}"),
                lead_partner_id: None,
                notes: String::new(),
            };
            add_agenda_item(&mut db, id, item, None).unwrap();
        }
    }
    let all = IcsSelection { network_id: n.id, ..IcsSelection::default() };
    let export = export_ics(&db, &all, &options("TechTown")).unwrap();
    assert_eq!(export.events, 704, "the 700 sessions and the network's four dated meetings");
    assert_eq!(export, calendar_of_meetings(&db, n.id, &options("TechTown"), |_| true));
}

#[test]
fn a_damaged_meeting_stops_the_export_with_the_first_damage_in_date_order() {
    // Two meetings damaged on disk (by another program): an unknown zone and a link that is
    // not UTF-8, close together or hundreds of meetings apart. The export refuses with the
    // damage it meets first in date order, whichever kind it is.
    let build = |zone_first: bool, (first, second): (usize, usize)| {
        let n = network();
        let mut db = n.db;
        let mut ids = Vec::new();
        for i in 0..600i64 {
            let start =
                NaiveDate::from_ymd_opt(2029, 1, 1).unwrap().and_hms_opt(9, 0, 0).unwrap() + chrono::Duration::days(i);
            let schedule = ScheduleInput::Timed {
                start_local: start,
                end_local: start + chrono::Duration::hours(1),
                time_zone: "Europe/Riga".into(),
            };
            ids.push(
                create_meeting(&mut db, n.id, input(MeetingKind::Other, &format!("Call {i}"), None, schedule))
                    .unwrap()
                    .id,
            );
        }
        let (early, late) = (ids[first], ids[second]);
        let (zone_at, url_at) = if zone_first { (early, late) } else { (late, early) };
        db.conn().execute("UPDATE meetings SET time_zone = 'Mars/Olympus' WHERE id = ?1", [zone_at]).unwrap();
        db.conn().execute("UPDATE meetings SET online_url = CAST(x'ff' AS TEXT) WHERE id = ?1", [url_at]).unwrap();
        (db, n.id)
    };
    for (zone_first, column, rows) in
        [(true, 14, (40, 520)), (false, 9, (40, 520)), (true, 14, (10, 200)), (false, 9, (10, 200))]
    {
        let (db, network) = build(zone_first, rows);
        let all = IcsSelection { network_id: network, ..IcsSelection::default() };
        match export_ics(&db, &all, &options("TechTown")) {
            Err(Error::Sqlite(rusqlite::Error::FromSqlConversionFailure(at, _, _))) => {
                assert_eq!(at, column, "zone damaged first: {zone_first}, rows {rows:?}")
            }
            other => panic!("expected the damaged column {column}, got {other:?}"),
        }
    }
}
