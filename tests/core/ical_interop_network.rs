//! The database the interop test exports: nine partner cities in zones at UTC+0, +1 and +2
//! and the meetings that test the readers (see ical_interop.rs's module docs for the list),
//! with each meeting's expected LOCATION and whether it spans a clock change.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::meeting::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::Db;

pub fn local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// One meeting of the fixture and what the file must say about it beyond the database's
/// own fields.
pub struct Case {
    pub title: &'static str,
    pub kind: MeetingKind,
    pub host: &'static str,
    pub venue: &'static str,
    pub mode: MeetingMode,
    pub online_url: &'static str,
    pub status: MeetingStatus,
    pub description: String,
    pub schedule: ScheduleInput,
    /// The LOCATION a reader must find (venue and host city, see ical::export).
    pub location: Option<&'static str>,
    /// The meeting starts and ends on different sides of a clock change.
    pub spans_clock_change: bool,
}

pub fn timed(start: &str, end: &str, zone: &str) -> ScheduleInput {
    ScheduleInput::Timed { start_local: local(start), end_local: local(end), time_zone: zone.into() }
}

pub fn case(title: &'static str, host: &'static str, schedule: ScheduleInput) -> Case {
    Case {
        title,
        kind: MeetingKind::Transnational,
        host,
        venue: "",
        mode: MeetingMode::InPerson,
        online_url: "",
        status: MeetingStatus::Confirmed,
        description: String::new(),
        schedule,
        location: Some(host),
        spans_clock_change: false,
    }
}

pub const PARTNERS: &[(&str, &str, &str)] = &[
    ("Fundão", "Portugal", "Europe/Lisbon"),
    ("Mechelen", "Belgium", "Europe/Brussels"),
    ("Nyíregyháza", "Hungary", "Europe/Budapest"),
    ("Gävle", "Sweden", "Europe/Stockholm"),
    ("Kežmarok", "Slovakia", "Europe/Bratislava"),
    ("Võru", "Estonia", "Europe/Tallinn"),
    ("Trikala", "Greece", "Europe/Athens"),
    ("Jelgava", "Latvia", "Europe/Riga"),
    ("Oulu", "Finland", "Europe/Helsinki"),
];

/// A description that folds many times: every script, emoji (some of four bytes, some
/// joined), and the characters iCalendar escapes, so fold points fall inside all of them.
pub fn long_description() -> String {
    let paragraph = "Nyíregyháza, Gävle; Kežmarok\\Võru — Συνάντηση εταίρων στα Τρίκαλα; \
        Встреча партнёров в Елгаве, 都市ネットワーク会議 🏙️🚲👩‍👩‍👧 «citation» \"quoted\" a,b;c\\d\n";
    let mut text = String::new();
    for i in 0..40 {
        text.push_str(&format!("{i:02}. {paragraph}"));
    }
    text.push_str("The end.");
    text
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            kind: MeetingKind::KickOff,
            venue: "Casa da Cultura, Rua 1.º de Maio",
            description: "Welcome; introductions, and the baseline study.\nBring: laptops, badges\\passes.".into(),
            location: Some("Casa da Cultura, Rua 1.º de Maio, Fundão"),
            spans_clock_change: true,
            ..case(
                "Kick-off in Fundão: Nyíregyháza, Gävle; Kežmarok \\ Võru",
                "Fundão",
                timed("2026-03-28 18:00", "2026-03-29 12:00", "Europe/Lisbon"),
            )
        },
        Case {
            venue: "Stadhuis Mechelen",
            location: Some("Stadhuis Mechelen"),
            description: "Autumn change: the clocks go back at 03:00 on Sunday.".into(),
            spans_clock_change: true,
            ..case(
                "Transnational meeting, autumn; C:\\new\\path is not a line break",
                "Mechelen",
                timed("2026-10-24 16:00", "2026-10-25 11:00", "Europe/Brussels"),
            )
        },
        Case {
            venue: "Δημαρχείο Τρικάλων",
            location: Some("Δημαρχείο Τρικάλων, Trikala"),
            description: "Συνάντηση εταίρων· ημέρα δεύτερη: «Ψηφιακή πόλη».".into(),
            spans_clock_change: true,
            ..case(
                "Συνάντηση εταίρων στα Τρίκαλα",
                "Trikala",
                timed("2027-03-27 20:00", "2027-03-28 09:30", "Europe/Athens"),
            )
        },
        Case {
            description: "Встреча партнёров; повестка дня, бюджет.\nВторая строка.".into(),
            spans_clock_change: true,
            ..case(
                "Встреча партнёров в Елгаве",
                "Jelgava",
                timed("2027-10-30 09:00", "2027-10-31 17:00", "Europe/Riga"),
            )
        },
        Case {
            description: "都市ネットワーク会議、二日目。".into(),
            spans_clock_change: true,
            ..case(
                "都市ネットワーク会議 🏙️🚲 in Oulu",
                "Oulu",
                timed("2025-03-29 15:00", "2025-03-30 13:00", "Europe/Helsinki"),
            )
        },
        Case {
            spans_clock_change: true,
            ..case(
                "Night walk through the repeated hour",
                "Fundão",
                timed("2025-10-25 22:00", "2025-10-26 03:00", "Europe/Lisbon"),
            )
        },
        Case {
            description: "Ends at 02:30 on the night the clocks go back: the first 02:30 (CEST).".into(),
            ..case(
                "Ends in the hour that repeats",
                "Nyíregyháza",
                timed("2026-10-25 00:15", "2026-10-25 02:30", "Europe/Budapest"),
            )
        },
        Case {
            description: "Starts at the first 02:30 of the night the clocks go back, ends after the change.".into(),
            spans_clock_change: true,
            ..case(
                "Starts in the hour that repeats",
                "Kežmarok",
                timed("2027-10-31 02:30", "2027-10-31 04:00", "Europe/Bratislava"),
            )
        },
        Case {
            spans_clock_change: true,
            venue: "Gävle rådhus",
            location: Some("Gävle rådhus"),
            ..case(
                "One hour across the spring change",
                "Gävle",
                timed("2026-03-29 01:30", "2026-03-29 03:30", "Europe/Stockholm"),
            )
        },
        Case {
            description: "Summer school.\n\nTwo paragraphs; with, punctuation.".into(),
            venue: "Võru Kreutzwaldi 11",
            location: Some("Võru Kreutzwaldi 11"),
            ..case("Summer school in Võru", "Võru", timed("2026-07-15 10:00", "2026-07-15 12:30", "Europe/Tallinn"))
        },
        Case {
            description: "Winter session, heating on.".into(),
            status: MeetingStatus::Held,
            ..case(
                "Winter session in Kežmarok",
                "Kežmarok",
                timed("2027-01-20 14:00", "2027-01-20 16:00", "Europe/Bratislava"),
            )
        },
        Case {
            kind: MeetingKind::OnlineTouchBase,
            mode: MeetingMode::Online,
            online_url: "https://meet.example.org/convene?room=trikala&lang=el",
            description: "Online touch-base; cameras on, please.".into(),
            location: Some("Online"),
            ..case("Online touch-base (winter)", "", timed("2025-12-03 09:00", "2025-12-03 10:30", "Europe/Athens"))
        },
        Case {
            description: long_description(),
            ..case("A very long description", "Jelgava", timed("2026-02-10 09:00", "2026-02-10 17:00", "Europe/Riga"))
        },
        case(title_newline(), "Oulu", timed("2026-06-01 08:00", "2026-06-01 09:00", "Europe/Helsinki")),
        Case {
            status: MeetingStatus::Cancelled,
            description: "Cancelled: the hall is closed.".into(),
            ..case(
                "Cancelled meeting in Gävle",
                "Gävle",
                timed("2026-11-04 10:00", "2026-11-04 15:00", "Europe/Stockholm"),
            )
        },
        Case {
            status: MeetingStatus::Postponed,
            description: "Waiting for the new budget.".into(),
            ..case(
                "Postponed meeting in Mechelen",
                "Mechelen",
                timed("2026-05-20 10:00", "2026-05-20 12:00", "Europe/Brussels"),
            )
        },
        Case {
            kind: MeetingKind::PhaseReview,
            status: MeetingStatus::Tentative,
            description: "Three days; all day.".into(),
            ..case(
                "Phase review, three days",
                "Nyíregyháza",
                ScheduleInput::AllDay { first: date("2026-05-11"), last: date("2026-05-13") },
            )
        },
        Case {
            description: "Over the new year.".into(),
            ..case(
                "New year study visit",
                "Võru",
                ScheduleInput::AllDay { first: date("2026-12-30"), last: date("2027-01-02") },
            )
        },
        case(
            "All days over the spring change",
            "Trikala",
            ScheduleInput::AllDay { first: date("2027-03-27"), last: date("2027-03-29") },
        ),
        Case {
            kind: MeetingKind::LocalGroup,
            ..case(
                "Local group day in Kežmarok",
                "Kežmarok",
                ScheduleInput::AllDay { first: date("2026-09-01"), last: date("2026-09-01") },
            )
        },
        Case {
            kind: MeetingKind::CityVisit,
            ..case("City visit to Gävle", "Gävle", timed("2026-04-14 09:00", "2026-04-14 18:00", "Europe/Stockholm"))
        },
        Case {
            kind: MeetingKind::CityVisit,
            ..case("City visit to Võru", "Võru", timed("2026-06-09 09:00", "2026-06-09 18:00", "Europe/Tallinn"))
        },
        Case {
            kind: MeetingKind::CityVisit,
            ..case("City visit to Oulu", "Oulu", timed("2026-08-18 09:00", "2026-08-18 18:00", "Europe/Helsinki"))
        },
        Case {
            kind: MeetingKind::FinalEvent,
            location: None,
            ..case(
                "Final event, planned for June",
                "",
                ScheduleInput::Undated { year: Some(2027), month: Some(6), wording: "June 2027".into() },
            )
        },
    ]
}

/// A title with a line break in it (titles are trimmed, not kept on one line).
pub fn title_newline() -> &'static str {
    "Two-line title:\nsecond line, with; punctuation"
}

pub struct Fixture {
    pub db: Db,
    pub network: Network,
    pub partners: BTreeMap<&'static str, Partner>,
    /// Meeting id by title.
    pub meetings: BTreeMap<String, i64>,
}

pub fn fixture() -> Fixture {
    let mut db = Db::open_in_memory().unwrap();
    let network =
        create_network(&mut db, NetworkInput::named("Nyíregyháza–Võru “Ψηφιακή” network", NetworkKind::ActionPlanning))
            .unwrap();
    let mut partners = BTreeMap::new();
    for (name, country, zone) in PARTNERS {
        let p = create_partner(&mut db, network.id, PartnerInput::named(name, country)).unwrap();
        assert_eq!(p.time_zone, *zone, "{name} takes its zone from {country}");
        partners.insert(*name, p);
    }
    let mut meetings = BTreeMap::new();
    for c in cases() {
        let input = MeetingInput {
            kind: c.kind,
            title: c.title.into(),
            host_partner_id: (!c.host.is_empty()).then(|| partners[c.host].id),
            venue: c.venue.into(),
            mode: c.mode,
            online_url: c.online_url.into(),
            status: c.status,
            description: c.description.clone(),
            schedule: c.schedule.clone(),
        };
        let m = create_meeting(&mut db, network.id, input).unwrap();
        if c.spans_clock_change {
            let Schedule::Timed { start, end, time_zone, .. } = &m.schedule else { panic!("{} is timed", c.title) };
            let zone: Tz = time_zone.parse().unwrap();
            let offset = |t: &DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc()).fix();
            assert_ne!(
                offset(start),
                offset(end),
                "{} must start and end on different sides of a clock change",
                c.title
            );
        }
        meetings.insert(c.title.to_string(), m.id);
    }
    let mut f = Fixture { db, network, partners, meetings };
    // An agenda, so DESCRIPTION carries it too.
    let kick_off = f.meetings["Kick-off in Fundão: Nyíregyháza, Gävle; Kežmarok \\ Võru"];
    set_agenda(
        &mut f.db,
        kick_off,
        vec![
            AgendaItemInput {
                start_time: NaiveTime::from_hms_opt(9, 0, 0),
                end_time: NaiveTime::from_hms_opt(10, 30, 0),
                title: "Welcome, coffee; introductions".into(),
                lead_partner_id: None,
                notes: String::new(),
            },
            AgendaItemInput {
                start_time: None,
                end_time: None,
                title: "Site visit: Gävle\\Võru".into(),
                lead_partner_id: None,
                notes: String::new(),
            },
        ],
    )
    .unwrap();
    // A change of time raises SEQUENCE: the file must carry the new one.
    let summer = f.meetings["Summer school in Võru"];
    let mut input = MeetingInput::from(&get_meeting(&f.db, summer).unwrap());
    input.schedule = timed("2026-07-15 10:30", "2026-07-15 13:00", "Europe/Tallinn");
    assert_eq!(update_meeting(&mut f.db, summer, input).unwrap().sequence, 1);
    // Kežmarok's view: it attends Võru's city visit, declined Oulu's, and has nothing to
    // do with Gävle's.
    let kezmarok = f.partners["Kežmarok"].id;
    set_attendance(
        &mut f.db,
        f.meetings["City visit to Võru"],
        Attendee::Partner(kezmarok),
        Some(AttendanceStatus::Accepted),
    )
    .unwrap();
    set_attendance(
        &mut f.db,
        f.meetings["City visit to Oulu"],
        Attendee::Partner(kezmarok),
        Some(AttendanceStatus::Declined),
    )
    .unwrap();
    f
}
