//! iCalendar files from meetings in memory, checked from the outside: instants, zones and
//! text survive, times in the repeated autumn hour are written in UTC, reminders, VTIMEZONEs
//! that cover every year and agree with chrono-tz, and a property test over any meeting.
//!
//! Files are read back by the independent reader in `common::ics_reader`. Golden files pin a
//! few representative calendars byte for byte (`UPDATE_GOLDEN=1` rewrites them; read the diff
//! before committing). What the database selects and invitations are in ical_from_database.rs.

mod common;

use std::path::PathBuf;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use common::ics_reader::*;
use convene_core::ical::export::{export_meetings, CalendarExport};
use convene_core::meeting::*;
use proptest::prelude::*;

fn timed_in(zone: &str, start: &str, end: &str) -> Schedule {
    let tz: Tz = zone.parse().unwrap();
    let local = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").unwrap();
    let s = local_to_utc("start", local(start), tz).unwrap();
    let e = local_to_utc("end", local(end), tz).unwrap();
    timed_utc(zone, s, e)
}

fn timed_utc(zone: &str, start: DateTime<Utc>, end: DateTime<Utc>) -> Schedule {
    let tz: Tz = zone.parse().unwrap();
    Schedule::Timed {
        start,
        end,
        time_zone: zone.into(),
        start_local: start.with_timezone(&tz).naive_local(),
        end_local: end.with_timezone(&tz).naive_local(),
    }
}

fn meeting(n: u128, title: &str, schedule: Schedule) -> Meeting {
    Meeting {
        id: n as i64,
        uid: uuid_of(n),
        sequence: 0,
        network_id: 1,
        kind: MeetingKind::Transnational,
        title: title.into(),
        host_partner_id: None,
        host_name: None,
        venue: String::new(),
        mode: MeetingMode::InPerson,
        online_url: String::new(),
        status: MeetingStatus::Confirmed,
        description: String::new(),
        when: Default::default(),
        schedule,
        agenda: vec![],
        attendance: vec![],
        source_ref: None,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn uuid_of(n: u128) -> String {
    let h = format!(
        "{:032x}",
        n.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835) | 0x4000_0000_0000_0000_8000_0000_0000
    );
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

// ---------------------------------------------------------------------------------------
// Golden files.

fn golden(name: &str, export: &CalendarExport) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/core/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &export.text).unwrap();
    }
    let expected =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; UPDATE_GOLDEN=1 writes it", path.display()));
    assert!(expected == export.text, "{} differs; UPDATE_GOLDEN=1 rewrites it. Got:\n{}", path.display(), export.text);
    check_lines(&export.text);
}

fn riga_transnational() -> Meeting {
    let mut m = meeting(
        1,
        "Transnational Meeting Nr. 3: Jelgava; data, people & places",
        timed_in("Europe/Riga", "2027-03-15 10:00", "2027-03-15 12:30"),
    );
    m.sequence = 2;
    m.host_partner_id = Some(7);
    m.host_name = Some("Jelgava".into());
    m.venue = "Town hall, Lielā iela 11".into();
    m.mode = MeetingMode::Hybrid;
    m.online_url = "https://meet.example.org/techtown-tnm3?pwd=a;b,c".into();
    m.description =
        "Second day of the study visit.\nBring the draft IAP, section 3 (\"actions\"); C:\\plans\\iap.docx".into();
    m.agenda = vec![
        AgendaItem {
            id: 1,
            position: 0,
            start_time: NaiveTime::from_hms_opt(10, 0, 0),
            end_time: NaiveTime::from_hms_opt(11, 0, 0),
            title: "Welcome by the mayor".into(),
            lead_partner_id: Some(7),
            notes: String::new(),
        },
        AgendaItem {
            id: 2,
            position: 1,
            start_time: None,
            end_time: None,
            title: "Peer review, round 2".into(),
            lead_partner_id: None,
            notes: String::new(),
        },
    ];
    m
}

#[test]
fn golden_single_meeting_with_reminder() {
    let mut o = options("TechTown – Jelgava");
    o.reminder = Some(Duration::days(1));
    let export = export_meetings(&[riga_transnational()], &o);
    assert_eq!((export.events, export.left_out_undated), (1, 0));
    golden("riga_transnational.ics", &export);
}

fn network_schedule() -> Vec<Meeting> {
    let mut kickoff =
        meeting(2, "Kick-off in Fundão", timed_in("Europe/Lisbon", "2027-03-27 09:30", "2027-03-28 13:00"));
    kickoff.kind = MeetingKind::KickOff;
    kickoff.host_name = Some("Fundão".into());
    kickoff.status = MeetingStatus::Tentative;
    let mut visit = meeting(
        3,
        "Study visit Ηράκλειο – Heraklion",
        Schedule::AllDay { first: day("2027-10-29"), last: day("2027-11-01") },
    );
    visit.kind = MeetingKind::CityVisit;
    visit.host_name = Some("Heraklion".into());
    let mut online = meeting(
        4,
        "Online touch-base (autumn change)",
        timed_in("Europe/Berlin", "2027-10-31 02:30", "2027-10-31 03:15"),
    );
    online.kind = MeetingKind::OnlineTouchBase;
    online.mode = MeetingMode::Online;
    online.online_url = "https://meet.example.org/tb".into();
    online.sequence = 5;
    let mut cancelled = meeting(5, "Final event", timed_in("Europe/Istanbul", "2028-06-20 14:00", "2028-06-20 18:00"));
    cancelled.kind = MeetingKind::FinalEvent;
    cancelled.status = MeetingStatus::Cancelled;
    cancelled.sequence = 1;
    cancelled.venue = "Kültür Merkezi".into();
    let mut postponed =
        meeting(6, "Phase review", Schedule::AllDay { first: day("2028-01-10"), last: day("2028-01-10") });
    postponed.kind = MeetingKind::PhaseReview;
    postponed.status = MeetingStatus::Postponed;
    let undated = meeting(
        7,
        "Transnational meeting 4",
        Schedule::Undated { year: Some(2028), month: Some(9), wording: "September 2028".into() },
    );
    vec![kickoff, visit, online, cancelled, postponed, undated]
}

#[test]
fn golden_network_schedule_across_zones_and_clock_changes() {
    let mut o = options("DigiPlace");
    o.reminder = Some(Duration::hours(2));
    let export = export_meetings(&network_schedule(), &o);
    assert_eq!((export.events, export.left_out_undated), (5, 1));
    golden("network_schedule.ics", &export);
}

#[test]
fn events_keep_their_instants_zones_and_text() {
    let meetings = network_schedule();
    let export = export_meetings(&meetings, &options("DigiPlace"));
    let file = read(&export.text);
    assert!(file.calendar.contains(&("NAME".into(), "DigiPlace".into())));
    assert!(file.calendar.contains(&("X-WR-CALNAME".into(), "DigiPlace".into())));
    let mut zones: Vec<&String> = file.zones.keys().collect();
    zones.sort();
    assert_eq!(zones, ["Europe/Berlin", "Europe/Istanbul", "Europe/Lisbon"]);
    let kickoff = &file.events[0];
    // Lisbon moves to summer time at 01:00 on 28 March 2027: the end is at 13:00 WEST.
    assert_eq!(kickoff.start, When::Instant(utc("2027-03-27 09:30"), Some("Europe/Lisbon".into())));
    assert_eq!(kickoff.end, When::Instant(utc("2027-03-28 12:00"), Some("Europe/Lisbon".into())));
    assert_eq!(kickoff.text("STATUS"), Some("TENTATIVE"));
    assert_eq!(kickoff.text("LOCATION"), Some("Fundão"));
    let visit = &file.events[1];
    assert_eq!((&visit.start, &visit.end), (&When::Day(day("2027-10-29")), &When::Day(day("2027-11-02"))));
    assert_eq!(visit.text("LOCATION"), Some("Heraklion"));
    let online = &file.events[2];
    // 02:30 on 31 October 2027 in Berlin happens twice; this is the first pass (CEST), and
    // the file says so in UTC.
    assert_eq!(online.start, When::Instant(utc("2027-10-31 00:30"), None));
    assert_eq!(online.end, When::Instant(utc("2027-10-31 02:15"), Some("Europe/Berlin".into())));
    assert_eq!(online.text("SEQUENCE"), Some("5"));
    assert_eq!(online.text("LOCATION"), Some("Online"));
    assert_eq!(online.text("URL"), Some("https://meet.example.org/tb"));
    assert!(online.text("DESCRIPTION").unwrap().contains("Join online: https://meet.example.org/tb"));
    let cancelled = &file.events[3];
    assert_eq!(cancelled.start, When::Instant(utc("2028-06-20 11:00"), Some("Europe/Istanbul".into())));
    assert_eq!(cancelled.text("STATUS"), Some("CANCELLED"));
    let postponed = &file.events[4];
    assert_eq!(postponed.text("STATUS"), Some("CANCELLED"));
    assert!(postponed.text("DESCRIPTION").unwrap().starts_with("Postponed: a new date will follow."));
    for (e, m) in file.events.iter().zip(&meetings) {
        assert_eq!(e.text("UID"), Some(m.uid.as_str()));
        assert_eq!(e.text("DTSTAMP"), Some("20261129T120000Z"));
        assert_eq!(e.text("SUMMARY"), Some(m.title.as_str()));
        assert_eq!(e.alarms, 0, "no reminder asked for");
    }
}

#[test]
fn times_in_the_repeated_autumn_hour_are_written_in_utc() {
    // 02:30 on 31 October 2027 in Berlin happens at 00:30 UTC (CEST) and again at 01:30 UTC
    // (CET). RFC 5545 reads a TZID time as the first pass, ical.js as the second: in UTC
    // both passes are unambiguous. The hours around keep their zone.
    let second = meeting(9, "Late call", timed_utc("Europe/Berlin", utc("2027-10-31 01:30"), utc("2027-10-31 02:30")));
    let first = meeting(10, "Early call", timed_utc("Europe/Berlin", utc("2027-10-30 23:30"), utc("2027-10-31 00:30")));
    let export = export_meetings(&[second, first], &options("x"));
    assert!(export.text.contains("DTSTART:20271031T013000Z\r\n"), "{}", export.text);
    assert!(export.text.contains("DTEND;TZID=Europe/Berlin:20271031T033000\r\n"), "{}", export.text);
    assert!(export.text.contains("DTSTART;TZID=Europe/Berlin:20271031T013000\r\n"), "{}", export.text);
    assert!(export.text.contains("DTEND:20271031T003000Z\r\n"), "{}", export.text);
    let file = read(&export.text);
    assert_eq!(file.events[0].start, When::Instant(utc("2027-10-31 01:30"), None));
    assert_eq!(file.events[1].end, When::Instant(utc("2027-10-31 00:30"), None));
}

#[test]
fn reminders_are_alarms_before_the_start_except_on_cancelled_events() {
    let mut o = options("x");
    o.reminder = Some(Duration::minutes(30));
    let export = export_meetings(&network_schedule(), &o);
    let file = read(&export.text);
    let alarms: Vec<usize> = file.events.iter().map(|e| e.alarms).collect();
    assert_eq!(alarms, [1, 1, 1, 0, 0]);
    assert!(export.text.contains(
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Kick-off in Fundão\r\nTRIGGER:-PT30M\r\nEND:VALARM\r\n"
    ));
}

#[test]
fn zones_cover_every_year_the_events_touch() {
    // Riga in 2019 and 2031: the VTIMEZONE starts in 2018 and its rules hold through 2031.
    let meetings = vec![
        meeting(1, "Winter", timed_in("Europe/Riga", "2019-01-05 10:00", "2019-01-05 11:00")),
        meeting(2, "Summer", timed_in("Europe/Riga", "2031-07-05 10:00", "2031-07-05 11:00")),
        meeting(3, "Helsinki", timed_in("Europe/Helsinki", "2025-03-30 02:00", "2025-03-30 05:00")),
    ];
    let export = export_meetings(&meetings, &options("x"));
    let file = read(&export.text);
    assert_eq!(file.events[0].start, When::Instant(utc("2019-01-05 08:00"), Some("Europe/Riga".into())));
    assert_eq!(file.events[1].start, When::Instant(utc("2031-07-05 07:00"), Some("Europe/Riga".into())));
    // Helsinki springs forward at 03:00 local on 30 March 2025: 05:00 is EEST (+3).
    assert_eq!(file.events[2].end, When::Instant(utc("2025-03-30 02:00"), Some("Europe/Helsinki".into())));
    let riga = &file.zones["Europe/Riga"];
    for year in 2019..=2031 {
        let winter = NaiveDate::from_ymd_opt(year, 1, 15).unwrap().and_hms_opt(12, 0, 0).unwrap();
        let summer = NaiveDate::from_ymd_opt(year, 7, 15).unwrap().and_hms_opt(12, 0, 0).unwrap();
        assert_eq!(riga.offset_at(winter), 7200, "{year}");
        assert_eq!(riga.offset_at(summer), 10800, "{year}");
    }
}

#[test]
fn every_vtimezone_gives_chrono_tz_offsets_at_every_instant_of_its_years() {
    // Zones with yearly rules, zones that dropped DST (Istanbul 2016, Sao Paulo 2019,
    // Tehran 2022), fixed-date rules (Tehran) and Casablanca's Ramadan breaks: every six
    // hours from the first to the last year, and on both sides of every onset the file
    // states, the file's offset is chrono-tz's.
    let zones = ZONES.iter().copied().chain([
        "America/Sao_Paulo",
        "Australia/Sydney",
        "America/New_York",
        "Asia/Tehran",
        "Africa/Casablanca",
        "Europe/Moscow",
    ]);
    for zone in zones {
        let tz: Tz = zone.parse().unwrap();
        let meetings = [
            meeting(1, "first", timed_in(zone, "2015-01-02 12:00", "2015-01-02 13:00")),
            meeting(2, "last", timed_in(zone, "2030-12-30 12:00", "2030-12-30 13:00")),
        ];
        let file = read(&export_meetings(&meetings, &options("x")).text);
        let def = &file.zones[zone];
        let offset = |t: DateTime<Utc>| chrono::Offset::fix(t.with_timezone(&tz).offset()).local_minus_utc();
        let mut t = utc("2015-01-01 00:00");
        while t < utc("2031-01-01 00:00") {
            assert_eq!(def.offset_at(t.naive_utc()), offset(t), "{zone} at {t}");
            t += Duration::hours(6);
        }
        for (onset, _) in def.onsets.iter().filter(|(o, _)| o.year() >= 2015 && o.year() <= 2030) {
            for t in [*onset - Duration::seconds(1), *onset] {
                assert_eq!(def.offset_at(t), offset(Utc.from_utc_datetime(&t)), "{zone} at {t}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Property test: any meeting -> file -> parser -> the same instants and the same text.

const ZONES: &[&str] = &[
    "Europe/Lisbon",
    "Atlantic/Canary",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Riga",
    "Europe/Vilnius",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Europe/Minsk",
    "UTC",
];

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Nyíregyháza".to_string()),
        Just("Gävle".to_string()),
        Just("Kežmarok".to_string()),
        Just("Θεσσαλονίκη".to_string()),
        Just("Київ".to_string()),
        Just("北京市".to_string()),
        Just("🎉".to_string()),
        Just(",".to_string()),
        Just(";".to_string()),
        Just(":".to_string()),
        Just("\\".to_string()),
        Just("\\n".to_string()),
        Just("\n".to_string()),
        Just("\"".to_string()),
        Just(" ".to_string()),
        Just("\t".to_string()),
        "[a-zA-Z0-9 .()-]{1,30}",
    ];
    proptest::collection::vec(pieces, 1..max).prop_map(|v| v.concat())
}

/// Around a European clock change (last Sunday of March or October, 01:00 UTC), or any time.
fn instant_strategy() -> impl Strategy<Value = DateTime<Utc>> {
    let near_change =
        (2019i32..2033, prop_oneof![Just(3u32), Just(10u32)], -2880i64..2880).prop_map(|(y, m, minutes)| {
            let change = nth_weekday(y, m, -1, Weekday::Sun).and_hms_opt(1, 0, 0).unwrap();
            Utc.from_utc_datetime(&change) + Duration::minutes(minutes)
        });
    let any = (utc("2019-01-01 00:00").timestamp() / 60..utc("2033-01-01 00:00").timestamp() / 60)
        .prop_map(|m| DateTime::<Utc>::from_timestamp(m * 60, 0).unwrap());
    prop_oneof![near_change, any]
}

fn schedule_strategy() -> impl Strategy<Value = Schedule> {
    let timed = (proptest::sample::select(ZONES), instant_strategy(), 15i64..(3 * 24 * 60))
        .prop_map(|(zone, start, minutes)| timed_utc(zone, start, start + Duration::minutes(minutes)));
    let all_day = (0i64..5000, 0i64..7).prop_map(|(d, len)| {
        let first = day("2019-01-01") + Duration::days(d);
        Schedule::AllDay { first, last: first + Duration::days(len) }
    });
    let undated = Just(Schedule::Undated { year: None, month: None, wording: "later".into() });
    prop_oneof![4 => timed, 2 => all_day, 1 => undated]
}

fn status_strategy() -> impl Strategy<Value = MeetingStatus> {
    proptest::sample::select(vec![
        MeetingStatus::Tentative,
        MeetingStatus::Confirmed,
        MeetingStatus::Held,
        MeetingStatus::Postponed,
        MeetingStatus::Cancelled,
    ])
}

prop_compose! {
    fn meeting_strategy()(
        n in any::<u128>(),
        sequence in 0i64..1000,
        title in text_strategy(12),
        description in proptest::option::of(text_strategy(40)),
        venue in proptest::option::of(text_strategy(5)),
        host in proptest::option::of(text_strategy(3)),
        online in proptest::option::of("[a-z0-9]{0,90}"),
        mode in proptest::sample::select(vec![MeetingMode::InPerson, MeetingMode::Online, MeetingMode::Hybrid]),
        status in status_strategy(),
        schedule in schedule_strategy(),
    ) -> Meeting {
        let mut m = meeting(n, &title, schedule);
        m.sequence = sequence;
        m.description = description.unwrap_or_default();
        m.venue = venue.unwrap_or_default();
        m.host_name = host;
        m.online_url = online.map(|o| format!("https://meet.example.org/{o}")).unwrap_or_default();
        m.mode = mode;
        m.status = status;
        m
    }
}

/// What a TEXT value reads as after the round trip: line breaks as LF, and the control
/// characters TEXT cannot hold dropped.
fn as_text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

fn expected_location(m: &Meeting) -> Option<String> {
    let venue = m.venue.trim();
    let city = m.host_name.as_deref().unwrap_or("").trim();
    let online = m.mode == MeetingMode::Online;
    if !venue.is_empty() && !city.is_empty() && !venue.contains(city) {
        Some(format!("{venue}, {city}"))
    } else if !venue.is_empty() {
        Some(venue.to_string())
    } else if !city.is_empty() && !online {
        Some(city.to_string())
    } else if online {
        Some("Online".into())
    } else {
        None
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_meetings_read_back_the_same(meetings in proptest::collection::vec(meeting_strategy(), 1..8), reminder in proptest::option::of(1i64..5000)) {
        let mut o = options("Réseau; «test», 2027");
        o.reminder = reminder.map(Duration::minutes);
        let export = export_meetings(&meetings, &o);
        check_lines(&export.text);
        let dated: Vec<&Meeting> = meetings.iter().filter(|m| !matches!(m.schedule, Schedule::Undated { .. })).collect();
        prop_assert_eq!(export.events, dated.len());
        prop_assert_eq!(export.left_out_undated, meetings.len() - dated.len());
        let file = read(&export.text);
        prop_assert!(file.calendar.contains(&("X-WR-CALNAME".to_string(), "Réseau; «test», 2027".to_string())), "{:?}", file.calendar);
        prop_assert_eq!(file.events.len(), dated.len());
        for (e, m) in file.events.iter().zip(dated) {
            prop_assert_eq!(e.text("UID"), Some(m.uid.as_str()));
            prop_assert_eq!(e.text("SEQUENCE").map(|s| s.parse::<i64>().unwrap()), Some(m.sequence));
            match &m.schedule {
                Schedule::Timed { start, end, time_zone, .. } => {
                    for (got, want) in [(&e.start, start), (&e.end, end)] {
                        match got {
                            When::Instant(t, zone) => {
                                prop_assert_eq!(t, want, "{:?}", m.schedule);
                                if let Some(zone) = zone { prop_assert_eq!(zone, time_zone); }
                            }
                            other => prop_assert!(false, "a timed event as {:?}", other),
                        }
                    }
                }
                Schedule::AllDay { first, last } => {
                    prop_assert_eq!(&e.start, &When::Day(*first));
                    prop_assert_eq!(&e.end, &When::Day(last.succ_opt().unwrap()));
                }
                Schedule::Undated { .. } => unreachable!(),
            }
            prop_assert_eq!(e.text("SUMMARY").map(String::from), Some(as_text(&m.title)));
            prop_assert_eq!(e.text("LOCATION").map(String::from), expected_location(m).map(|l| as_text(&l)));
            let description = e.text("DESCRIPTION").unwrap_or("");
            prop_assert!(description.contains(&as_text(m.description.trim())), "{:?} in {:?}", m.description, description);
            if !m.online_url.is_empty() {
                prop_assert_eq!(e.text("URL"), Some(m.online_url.as_str()));
                prop_assert!(description.contains(&m.online_url));
            }
            let status = match m.status {
                MeetingStatus::Tentative => "TENTATIVE",
                MeetingStatus::Confirmed | MeetingStatus::Held => "CONFIRMED",
                MeetingStatus::Postponed | MeetingStatus::Cancelled => "CANCELLED",
            };
            prop_assert_eq!(e.text("STATUS"), Some(status));
            let cancelled = status == "CANCELLED";
            prop_assert_eq!(e.alarms, usize::from(reminder.is_some() && !cancelled));
        }
    }
}
