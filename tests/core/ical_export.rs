//! iCalendar export and invitations, checked from the outside.
//!
//! Files are read back with the `icalendar` crate's parser (code nobody here wrote), and
//! every TZID time is resolved through the file's own VTIMEZONE by a small reader below
//! (not through chrono-tz), so a wrong observance shows as a wrong instant. Invitations
//! are read back with `mail-parser`. Golden files pin a few representative calendars byte
//! for byte (`UPDATE_GOLDEN=1` rewrites them; read the diff before committing).

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use convene_core::ical::export::{export_ics, export_meetings, CalendarExport, ExportOptions, IcsSelection};
use convene_core::ical::invite::{invitation, partner_contact_emails, InviteInput, InviteMethod};
use convene_core::meeting::*;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{add_contact, create_partner, ContactInput, PartnerInput, PartnerRole};
use convene_core::{Db, Error};
use icalendar::parser::{read_calendar, unfold, Component, Property};
use mail_parser::{MessageParser, MimeHeaders};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// An independent reader of the VTIMEZONE components we write.

#[derive(Debug)]
struct Observance {
    onset: NaiveDateTime,
    from: i32,
    to: i32,
    rule: Option<Rule>,
}

#[derive(Debug)]
struct Rule {
    month: u32,
    week: i32,
    weekday: Weekday,
    until: Option<NaiveDateTime>,
}

#[derive(Debug)]
struct TzDef {
    /// (UTC onset, offset from then on), sorted.
    onsets: Vec<(NaiveDateTime, i32)>,
}

fn parse_offset(text: &str) -> i32 {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits = &text[1..];
    let h: i32 = digits[0..2].parse().unwrap();
    let m: i32 = digits[2..4].parse().unwrap();
    let s: i32 = if digits.len() >= 6 { digits[4..6].parse().unwrap() } else { 0 };
    sign * (h * 3600 + m * 60 + s)
}

fn parse_local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text.trim_end_matches('Z'), "%Y%m%dT%H%M%S")
        .unwrap_or_else(|_| panic!("bad date-time {text}"))
}

fn weekday(code: &str) -> Weekday {
    match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        other => panic!("weekday {other}"),
    }
}

/// The day of the `week`th (or last, -1) `weekday` of a month.
fn nth_weekday(year: i32, month: u32, week: i32, day: Weekday) -> NaiveDate {
    if week > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, day, week as u8).unwrap()
    } else {
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        let mut d = next.unwrap().pred_opt().unwrap();
        while d.weekday() != day {
            d = d.pred_opt().unwrap();
        }
        d
    }
}

fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a Property<'a>> {
    c.properties.iter().find(|p| p.name.as_str() == name)
}

fn value(c: &Component<'_>, name: &str) -> Option<String> {
    prop(c, name).map(|p| p.val.as_str().to_string())
}

fn param(p: &Property<'_>, key: &str) -> Option<String> {
    p.params.iter().find(|x| x.key.as_str() == key).and_then(|x| x.val.as_ref()).map(|v| v.as_str().to_string())
}

impl TzDef {
    fn read(c: &Component<'_>) -> TzDef {
        let mut observances = Vec::new();
        for o in &c.components {
            assert!(o.name == "STANDARD" || o.name == "DAYLIGHT", "observance {}", o.name.as_str());
            let onset = parse_local(&value(o, "DTSTART").expect("DTSTART"));
            let from = parse_offset(&value(o, "TZOFFSETFROM").expect("TZOFFSETFROM"));
            let to = parse_offset(&value(o, "TZOFFSETTO").expect("TZOFFSETTO"));
            assert!(prop(o, "RDATE").is_none(), "no RDATE expected");
            let rule = value(o, "RRULE").map(|r| {
                let parts: HashMap<&str, &str> = r.split(';').map(|kv| kv.split_once('=').unwrap()).collect();
                assert_eq!(parts["FREQ"], "YEARLY");
                let by_day = parts["BYDAY"];
                let (week, day) = by_day.split_at(by_day.len() - 2);
                Rule {
                    month: parts["BYMONTH"].parse().unwrap(),
                    week: week.parse().unwrap(),
                    weekday: weekday(day),
                    until: parts.get("UNTIL").map(|u| {
                        assert!(u.ends_with('Z'), "UNTIL in UTC");
                        parse_local(u)
                    }),
                }
            });
            observances.push(Observance { onset, from, to, rule });
        }
        let mut onsets = Vec::new();
        for o in &observances {
            let utc = o.onset - Duration::seconds(o.from.into());
            onsets.push((utc, o.to));
            if let Some(rule) = &o.rule {
                assert_eq!(o.onset.month(), rule.month, "DTSTART is the rule's first occurrence");
                assert_eq!(nth_weekday(o.onset.year(), rule.month, rule.week, rule.weekday), o.onset.date());
                for year in o.onset.year() + 1..=2101 {
                    let local = nth_weekday(year, rule.month, rule.week, rule.weekday).and_time(o.onset.time());
                    let utc = local - Duration::seconds(o.from.into());
                    if rule.until.is_some_and(|u| utc > u) {
                        break;
                    }
                    onsets.push((utc, o.to));
                }
            }
        }
        onsets.sort();
        TzDef { onsets }
    }

    /// The offset at a UTC instant; the instant must not precede every observance.
    fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let i = self.onsets.partition_point(|(t, _)| *t <= utc);
        assert!(i > 0, "{utc} is before the first observance {:?}", self.onsets.first());
        self.onsets[i - 1].1
    }

    /// The instant of a local time: its first occurrence (RFC 5545 §3.3.5).
    fn to_utc(&self, local: NaiveDateTime) -> NaiveDateTime {
        let mut offsets: Vec<i32> = self.onsets.iter().map(|o| o.1).collect();
        offsets.sort();
        offsets.dedup();
        offsets
            .iter()
            .map(|off| local - Duration::seconds((*off).into()))
            .filter(|utc| {
                let off = (local - *utc).num_seconds() as i32;
                self.offset_at(*utc) == off
            })
            .min()
            .unwrap_or_else(|| panic!("{local} does not exist in this VTIMEZONE"))
    }
}

/// A point in time as a VEVENT states it.
#[derive(Debug, PartialEq)]
enum When {
    Instant(DateTime<Utc>, Option<String>),
    Day(NaiveDate),
}

fn when(p: &Property<'_>, zones: &HashMap<String, TzDef>) -> When {
    let v = p.val.as_str();
    if param(p, "VALUE").as_deref() == Some("DATE") {
        return When::Day(NaiveDate::parse_from_str(v, "%Y%m%d").unwrap());
    }
    match param(p, "TZID") {
        Some(tzid) => {
            assert!(!v.ends_with('Z'));
            let zone = zones.get(&tzid).unwrap_or_else(|| panic!("no VTIMEZONE for {tzid}"));
            When::Instant(Utc.from_utc_datetime(&zone.to_utc(parse_local(v))), Some(tzid))
        }
        None => {
            assert!(v.ends_with('Z'), "floating time {v}");
            When::Instant(Utc.from_utc_datetime(&parse_local(v)), None)
        }
    }
}

/// A file read back: calendar properties, zones and events. TEXT values are as the parser
/// unescapes them (it knows the RFC 5545 TEXT properties by name).
struct Read {
    calendar: Vec<(String, String)>,
    zones: HashMap<String, TzDef>,
    events: Vec<Event>,
}

#[derive(Debug)]
struct Event {
    props: Vec<(String, String)>,
    start: When,
    end: When,
    alarms: usize,
    attendees: Vec<(String, Vec<(String, String)>)>,
    organizer: Option<String>,
}

impl Event {
    fn text(&self, name: &str) -> Option<&str> {
        self.props.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

fn read(text_of_file: &str) -> Read {
    let unfolded = unfold(text_of_file);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{text_of_file}"));
    let calendar = cal.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect();
    let mut zones = HashMap::new();
    for c in cal.components.iter().filter(|c| c.name == "VTIMEZONE") {
        let id = value(c, "TZID").unwrap();
        assert!(zones.insert(id.clone(), TzDef::read(c)).is_none(), "one VTIMEZONE per zone: {id}");
    }
    let events = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| Event {
            props: c.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect(),
            start: when(prop(c, "DTSTART").expect("DTSTART"), &zones),
            end: when(prop(c, "DTEND").expect("every event has a DTEND"), &zones),
            alarms: c.components.iter().filter(|a| a.name == "VALARM").count(),
            attendees: c
                .properties
                .iter()
                .filter(|p| p.name == "ATTENDEE")
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .map(|x| {
                            (
                                x.key.as_str().to_string(),
                                x.val.as_ref().map(|v| v.as_str().to_string()).unwrap_or_default(),
                            )
                        })
                        .collect();
                    (p.val.as_str().to_string(), params)
                })
                .collect(),
            organizer: value(c, "ORGANIZER"),
        })
        .collect();
    Read { calendar, zones, events }
}

/// The rules every line of every file follows.
fn check_lines(text: &str) {
    assert!(!text.starts_with('\u{feff}'), "no BOM");
    assert!(text.ends_with("\r\n"));
    for (i, line) in text[..text.len() - 2].split("\r\n").enumerate() {
        assert!(line.len() <= 75, "line {} has {} octets: {line:?}", i + 1, line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "bare LF or CR in line {}: {line:?}", i + 1);
    }
    let unfolded = unfold(text);
    assert!(unfolded.contains("\r\nVERSION:2.0\r\n") && unfolded.contains("\r\nPRODID:"));
    assert!(!unfolded.contains("X-WR-TIMEZONE"));
}

// ---------------------------------------------------------------------------------------
// Meetings in memory.

fn utc(text: &str) -> DateTime<Utc> {
    Utc.from_utc_datetime(&NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap())
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

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

fn now() -> DateTime<Utc> {
    utc("2026-11-29 12:00")
}

fn options(name: &str) -> ExportOptions {
    ExportOptions::new(name, now())
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

// ---------------------------------------------------------------------------------------
// Selections from the database and invitations.

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
        let p = create_partner(
            db,
            id,
            PartnerInput {
                name: name.into(),
                country: country.into(),
                role: PartnerRole::Partner,
                time_zone: String::new(),
                population: None,
                notes: String::new(),
            },
        )
        .unwrap();
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
        mail.text.contains("When: Monday 15 March 2027, 10:00-12:00 (Europe/Riga time, UTC+02:00)"),
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
