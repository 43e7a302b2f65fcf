//! Importing other programs' calendars (`convene_core::ical::import`): the files
//! coordinators actually get (Outlook with Windows zone names, Google Calendar in UTC,
//! Thunderbird with IANA zones, Apple with floating times), recurring events, updates by
//! SEQUENCE, and Convene's own export read back. Broken and odd files are in
//! ical_import_odd_files.rs.
//!
//! The input files are in tests/core/ics/; every expected instant below is worked out
//! from what the file says (zone rules of 2027-2028), not read back from the importer.

mod common;

use chrono::{DateTime, Utc};
use common::iotxchange::*;
use convene_core::ical::import::import_ics;
use convene_core::meeting::*;
use convene_core::network::*;
use convene_core::partner::*;

#[test]
fn outlook_windows_zones_become_the_partner_cities_zones() {
    let mut net = Net::new();
    let report = net.import("outlook-export.ics");
    assert_eq!(report.created.len(), 4, "{report:?}");
    assert_eq!((report.updated.len(), report.unchanged), (0, 0));

    let kick_off = net.meeting(KICK_OFF_UID);
    assert_eq!(kick_off.uid, KICK_OFF_UID, "the UID is kept as written");
    assert_eq!(kick_off.title, "Kick-off meeting");
    assert_eq!(kick_off.kind, MeetingKind::KickOff);
    assert_eq!(kick_off.status, MeetingStatus::Confirmed);
    assert_eq!(kick_off.sequence, 0);
    // W. Europe Standard Time, 10:00-17:00 in March (UTC+1); Gävle hosts, so its zone.
    assert_eq!(timed(&kick_off), (utc("2027-03-10T09:00:00Z"), utc("2027-03-10T16:00:00Z"), "Europe/Stockholm"));
    assert_eq!(net.host_name(&kick_off).as_deref(), Some("Gävle"));
    assert_eq!(kick_off.venue, "Stadshuset, Drottninggatan 20, Gävle");
    assert_eq!(kick_off.mode, MeetingMode::InPerson);
    assert!(
        kick_off.description.starts_with("Dear partners,\n\nwelcome to the kick-off of the network in Gävle."),
        "escapes and folds read back: {:?}",
        kick_off.description
    );
    assert!(kick_off.description.contains("Rådhussalen; lunch is served"), "{:?}", kick_off.description);
    assert!(
        kick_off.description.ends_with("Best regards,\nLīga Ozoliņa, lead partner Riga"),
        "{:?}",
        kick_off.description
    );

    // FLE Standard Time in June is UTC+3; Riga hosts, so Europe/Riga rather than CLDR's Kyiv.
    let riga = net.meeting(RIGA_UID);
    assert_eq!(timed(&riga), (utc("2027-06-15T06:30:00Z"), utc("2027-06-15T13:00:00Z"), "Europe/Riga"));
    assert_eq!(riga.kind, MeetingKind::Transnational);
    assert_eq!(net.host_name(&riga).as_deref(), Some("Riga"));

    // GMT Standard Time in September is BST (UTC+1); a Teams call with no place.
    let webinar = net.meeting(WEBINAR_UID);
    assert_eq!(timed(&webinar), (utc("2027-09-22T13:00:00Z"), utc("2027-09-22T14:30:00Z"), "Europe/London"));
    assert_eq!(webinar.mode, MeetingMode::Online);
    assert_eq!(webinar.venue, "");
    assert!(webinar.online_url.starts_with("https://teams.microsoft.com/l/meetup-join/"), "{}", webinar.online_url);

    // TZID="(UTC+01:00) Amsterdam, Berlin, ..." as older Outlook writes it; November is UTC+1.
    let final_event = net.by_title("Final event");
    assert_eq!(timed(&final_event), (utc("2027-11-10T12:00:00Z"), utc("2027-11-10T16:00:00Z"), "Europe/Stockholm"));
    assert_eq!(final_event.kind, MeetingKind::FinalEvent);
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let mut net = Net::new();
    net.import("outlook-export.ics");
    net.import("google-calendar.ics");
    let before = net.snapshot();
    let again = net.import("outlook-export.ics");
    assert!(again.created.is_empty() && again.updated.is_empty(), "{again:?}");
    assert_eq!(again.unchanged, 4);
    let again = net.import("google-calendar.ics");
    assert!(again.created.is_empty() && again.updated.is_empty(), "{again:?}");
    assert_eq!(again.unchanged, 7, "3 single events and 4 occurrences of the weekly one: {again:?}");
    assert_eq!(net.snapshot(), before, "not even updated_at moved");
}

#[test]
fn a_newer_sequence_updates_and_an_equal_one_leaves_local_edits_alone() {
    let mut net = Net::new();
    net.import("outlook-export.ics");

    // A local edit of the webinar (its title; the sequence stays 0).
    let webinar = net.meeting(WEBINAR_UID);
    let mut edit = MeetingInput::from(&webinar);
    edit.title = "Webinar: data for small cities (with Barnsley)".into();
    update_meeting(&mut net.db, webinar.id, edit).unwrap();

    let report = net.import("outlook-update.ics");
    let updated: Vec<&str> = report.updated.iter().map(|m| m.uid.as_str()).collect();
    assert_eq!(updated, [KICK_OFF_UID, RIGA_UID], "{report:?}");
    assert_eq!(report.unchanged, 1, "the webinar's SEQUENCE is still 0");
    assert!(report.created.is_empty());

    let kick_off = net.meeting(KICK_OFF_UID);
    assert_eq!(kick_off.status, MeetingStatus::Cancelled);
    assert_eq!(kick_off.sequence, 1, "the imported SEQUENCE, so our next export supersedes it");

    let riga = net.meeting(RIGA_UID);
    assert_eq!(riga.title, "Transnational meeting in Riga (moved)");
    assert_eq!(timed(&riga), (utc("2027-06-16T07:00:00Z"), utc("2027-06-16T14:00:00Z"), "Europe/Riga"));
    assert_eq!(riga.venue, "Latvian National Library, Mūkusalas iela 3, Riga");
    assert_eq!(riga.sequence, 2);

    let webinar = net.meeting(WEBINAR_UID);
    assert_eq!(webinar.title, "Webinar: data for small cities (with Barnsley)", "the local edit stays");
    assert_eq!(timed(&webinar).0, utc("2027-09-22T13:00:00Z"), "the file's other time at the same SEQUENCE is ignored");

    let before = net.snapshot();
    let again = net.import("outlook-update.ics");
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged), (0, 0, 3));
    assert_eq!(net.snapshot(), before);

    // A local change of place raises our sequence to 3; a file at SEQUENCE 2 does not undo it.
    let mut edit = MeetingInput::from(&riga);
    edit.venue = "Riga Technical University".into();
    let riga = update_meeting(&mut net.db, riga.id, edit).unwrap();
    assert_eq!(riga.sequence, 3);
    let again = net.import("outlook-update.ics");
    assert_eq!(again.unchanged, 3);
    assert_eq!(net.meeting(RIGA_UID).venue, "Riga Technical University");
}

#[test]
fn google_calendar_utc_times_all_day_ranges_and_a_weekly_series() {
    let mut net = Net::new();
    let report = net.import("google-calendar.ics");
    assert_eq!(report.created.len(), 7, "{report:?}");

    // UTC times keep their instant and take the host's zone (Tartu: Europe/Tallinn).
    let tartu = net.meeting("3q7v1k9d0m2n4p6r8t0v2x4z6b@google.com");
    assert_eq!(timed(&tartu), (utc("2027-04-20T08:00:00Z"), utc("2027-04-20T15:00:00Z"), "Europe/Tallinn"));
    assert_eq!(tartu.kind, MeetingKind::CityVisit);
    assert_eq!(tartu.venue, "Tartu Science Park, Riia 181a, Tartu, Estonia");
    assert_eq!(net.host_name(&tartu).as_deref(), Some("Tartu"));
    assert_eq!(tartu.description, "Site visit to the Tartu smart-city lab, then a workshop on sensors in public space.\n\nBring: laptop; the baseline survey.");

    // DTEND of an all-day event is the day after the last one.
    let voru = net.meeting("5h2j4l6n8p0r2t4v6x8z0b2d4f@google.com");
    assert_eq!(voru.schedule, Schedule::AllDay { first: date("2027-05-24"), last: date("2027-05-26") });
    assert_eq!(net.host_name(&voru).as_deref(), Some("Võru"));

    let cancelled = net.meeting("9b1d3f5h7j9l1n3p5r7t9v1x3z@google.com");
    assert_eq!(cancelled.status, MeetingStatus::Cancelled);
    assert_eq!(cancelled.sequence, 3);
    assert_eq!(cancelled.mode, MeetingMode::Online, "LOCATION:Online");
    // No host named: the lead partner's zone (Riga).
    assert_eq!(timed(&cancelled).2, "Europe/Riga");

    // Weekly on Wednesdays 10:00 Riga until 7 April 06:59:59Z (so 7 April itself is out),
    // 24 March excluded, 17 March moved to Thursday 18th 14:00 by a RECURRENCE-ID.
    let mut series: Vec<Meeting> =
        net.snapshot().into_iter().filter(|m| m.uid.starts_with(&format!("{TOUCH_BASE_UID}/"))).collect();
    series.sort_by(|a, b| a.uid.cmp(&b.uid));
    let uids: Vec<&str> = series.iter().map(|m| m.uid.rsplit('/').next().unwrap()).collect();
    assert_eq!(uids, ["20270303", "20270310", "20270317", "20270331"]);
    let starts: Vec<DateTime<Utc>> = series.iter().map(|m| timed(m).0).collect();
    assert_eq!(
        starts,
        [
            utc("2027-03-03T08:00:00Z"),
            utc("2027-03-10T08:00:00Z"),
            utc("2027-03-18T12:00:00Z"),
            utc("2027-03-31T07:00:00Z"), // after the clocks went forward on 28 March
        ]
    );
    assert_eq!(series[2].title, "Weekly touch-base (Thursday this week)");
    assert_eq!(series[2].sequence, 1);
    assert!(series
        .iter()
        .all(|m| m.mode == MeetingMode::Online && m.online_url == "https://meet.google.com/abc-defg-hij"));
    assert!(series.iter().all(|m| m.kind == MeetingKind::OnlineTouchBase));
    let line = line_of(&fixture("google-calendar.ics"), "RRULE:FREQ=WEEKLY") - 3;
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with(&format!("line {line}: \"Weekly touch-base\" repeats; its 4 occurrences"))),
        "{:?}",
        report.warnings
    );
}

#[test]
fn thunderbird_iana_zones_monthly_series_with_exdate_durations_and_single_days() {
    let mut net = Net::new();
    let report = net.import("thunderbird.ics");

    // First Tuesday monthly, six times from June 2027, August excluded: five meetings at
    // 15:00 Budapest (13:00Z in summer, 14:00Z from November).
    let ulg: Vec<Meeting> =
        net.snapshot().into_iter().filter(|m| m.uid.starts_with("b8e3c1f0-4a5d-4e2b-9c7a-2f6d8e1a3b5c/")).collect();
    let starts: Vec<DateTime<Utc>> = ulg.iter().map(|m| timed(m).0).collect();
    assert_eq!(
        starts,
        [
            utc("2027-06-01T13:00:00Z"),
            utc("2027-07-06T13:00:00Z"),
            utc("2027-09-07T13:00:00Z"),
            utc("2027-10-05T13:00:00Z"),
            utc("2027-11-02T14:00:00Z"),
        ]
    );
    assert!(ulg.iter().all(|m| timed(m).2 == "Europe/Budapest" && m.kind == MeetingKind::LocalGroup));
    assert_eq!(net.host_name(&ulg[0]).as_deref(), Some("Nyíregyháza"));
    assert_eq!(ulg[0].venue, "Városháza, Kossuth tér 1, Nyíregyháza");

    let braganca = net.meeting("e2a7d9c4-6b1f-4f3e-8a2d-5c9b7e0f1a4d");
    assert_eq!(timed(&braganca), (utc("2028-02-08T09:30:00Z"), utc("2028-02-08T17:00:00Z"), "Europe/Lisbon"));
    assert_eq!(braganca.description, "Fourth transnational meeting, hosted by Bragança (Câmara Municipal).");

    let midsummer = net.meeting("0f4c8a2e-1d3b-4c5a-9e7f-6b8d0a2c4e6f");
    assert_eq!(midsummer.schedule, Schedule::AllDay { first: date("2027-06-24"), last: date("2027-06-24") });

    assert!(report.warnings.iter().any(|w| w.contains("1 VTODO (a task) skipped")), "{:?}", report.warnings);
    assert_eq!(report.created.len(), 7);
}

#[test]
fn floating_times_are_read_in_the_hosts_or_the_lead_partners_zone_with_a_warning() {
    let mut net = Net::new();
    let report = net.import("floating-times.ics");
    let call = net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!(timed(&call), (utc("2027-07-05T06:30:00Z"), utc("2027-07-05T09:00:00Z"), "Europe/Riga"));
    let line = line_of(&fixture("floating-times.ics"), "DTSTART");
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.starts_with(&format!("line {line}: \"Coordinators' call (no zone)\" has no time zone"))
                && w.contains("Europe/Riga")
                && w.contains("the zone of the host, Riga")),
        "{:?}",
        report.warnings
    );

    // Held in Bragança (no lead needed): Lisbon's clock.
    let mut net = Net::new();
    let text = fixture("floating-times.ics").replace("LOCATION:Riga", "LOCATION:Bragança");
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    let call = net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!(timed(&call), (utc("2027-07-05T08:30:00Z"), utc("2027-07-05T11:00:00Z"), "Europe/Lisbon"));
    assert!(report.warnings.iter().any(|w| w.contains("the zone of the host, Bragança")), "{:?}", report.warnings);

    // No host named: the lead partner's zone; no lead either: UTC, and the warning says why.
    let mut net = Net::new();
    let text = fixture("floating-times.ics").replace("LOCATION:Riga", "LOCATION:Conference centre");
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert_eq!(timed(&net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0")).2, "Europe/Riga");
    assert!(report.warnings.iter().any(|w| w.contains("the zone of the lead partner Riga")), "{:?}", report.warnings);
    let mut net = Net::new();
    let network = get_network(&net.db, net.id).unwrap();
    let mut input = NetworkInput::from(&network);
    input.lead_partner_id = None;
    update_network(&mut net.db, net.id, input).unwrap();
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    let call = net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!(timed(&call), (utc("2027-07-05T09:30:00Z"), utc("2027-07-05T12:00:00Z"), "UTC"));
    assert!(
        report.warnings.iter().any(|w| w.contains("UTC, as the network has no lead partner")),
        "{:?}",
        report.warnings
    );

    // A calendar that names its own zone (Google's X-WR-TIMEZONE) is read in that zone.
    let mut net = Net::new();
    let text = fixture("floating-times.ics").replace("VERSION:2.0", "VERSION:2.0\r\nX-WR-TIMEZONE:Europe/Lisbon");
    import_ics(&mut net.db, net.id, &text).unwrap();
    let call = net.meeting("6F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");
    assert_eq!(timed(&call), (utc("2027-07-05T08:30:00Z"), utc("2027-07-05T11:00:00Z"), "Europe/Lisbon"));
}

#[test]
fn a_custom_outlook_zone_is_matched_by_its_offsets() {
    let mut net = Net::new();
    let report = net.import("outlook-custom-zone.ics");
    let m = net.by_title("Partneru sanāksme");
    // +03:00 in September by the file's own rules; Jelgava hosts (Europe/Riga).
    assert_eq!(timed(&m), (utc("2027-09-14T07:00:00Z"), utc("2027-09-14T09:00:00Z"), "Europe/Riga"));
    assert!(
        report.warnings.iter().any(|w| w.contains("\"Customized Time Zone\"") && w.contains("Europe/Riga")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn a_large_file_read_on_two_threads_gives_each_zone_warning_once() {
    // 3,000 events are read in two halves at once (`plan::read_events`); a custom zone
    // used in both halves is still reported once, at its first use, and one used only in
    // the second half is reported too.
    let mut net = Net::new();
    let source = fixture("outlook-custom-zone.ics");
    let zone = &source[source.find("BEGIN:VTIMEZONE").unwrap()..source.find("END:VTIMEZONE").unwrap() + 15];
    let other_zone = zone.replace("Customized Time Zone", "Another Custom Zone");
    let mut text =
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene tests//EN\r\n{zone}\r\n{other_zone}\r\n");
    let events = 3000;
    for i in 0..events {
        let tzid = if i < events - 10 { "Customized Time Zone" } else { "Another Custom Zone" };
        text += &format!(
            "BEGIN:VEVENT\r\nUID:large-{i}@example.org\r\nSUMMARY:Partner meeting {i}\r\n\
             DTSTART;TZID=\"{tzid}\":20270914T100000\r\nDTEND;TZID=\"{tzid}\":20270914T120000\r\n\
             LOCATION:Jelgava\r\nEND:VEVENT\r\n"
        );
    }
    text += "END:VCALENDAR\r\n";
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    assert_eq!(report.created.len(), events);
    let about = |tzid: &str| report.warnings.iter().filter(|w| w.contains(&format!("\"{tzid}\""))).collect::<Vec<_>>();
    let first_use = text.lines().position(|l| l.starts_with("DTSTART;TZID")).unwrap() + 1;
    let customized = about("Customized Time Zone");
    assert_eq!(customized.len(), 1, "{customized:?}");
    assert!(customized[0].starts_with(&format!("line {first_use}: ")), "{customized:?}");
    assert_eq!(about("Another Custom Zone").len(), 1, "{:?}", report.warnings);
    assert_eq!(timed(&net.by_title("Partner meeting 2999")).0, utc("2027-09-14T07:00:00Z"));
}

#[test]
fn a_uid_of_another_network_is_left_there() {
    let mut net = Net::new();
    net.import("outlook-export.ics");
    let other = create_network(&mut net.db, NetworkInput::named("TechTown", NetworkKind::Transfer)).unwrap();
    let report = import_ics(&mut net.db, other.id, &fixture("outlook-export.ics")).unwrap();
    assert!(report.created.is_empty() && report.updated.is_empty());
    assert_eq!(report.warnings.iter().filter(|w| w.contains("is already a meeting of IoTXchange")).count(), 4);
    assert_eq!(net.meeting(KICK_OFF_UID).network_id, net.id);
}

#[test]
fn a_newer_series_cancels_occurrences_it_no_longer_has() {
    let mut net = Net::new();
    net.import("google-calendar.ics");
    let text = fixture("google-calendar.ics")
        .replace("EXDATE;TZID=Europe/Riga:20270324T100000", "EXDATE;TZID=Europe/Riga:20270324T100000,20270331T100000")
        .replacen(
            "SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Weekly touch-base",
            "SEQUENCE:1\r\nSTATUS:CONFIRMED\r\nSUMMARY:Weekly touch-base",
            1,
        );
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    let dropped = net.meeting(&format!("{TOUCH_BASE_UID}/20270331"));
    assert_eq!(dropped.status, MeetingStatus::Cancelled);
    assert!(dropped.sequence >= 1);
    assert!(report.warnings.iter().any(|w| w.contains("20270331 is no longer in the series")), "{:?}", report.warnings);
    assert_eq!(net.meeting(&format!("{TOUCH_BASE_UID}/20270310")).status, MeetingStatus::Confirmed);
}

#[test]
fn a_network_without_an_end_date_bounds_series_three_years_on() {
    let mut net = Net::with_dates(Some("2027-01-01"), None);
    let text =
        fixture("thunderbird.ics").replace("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6", "RRULE:FREQ=MONTHLY;BYDAY=1TU");
    let report = import_ics(&mut net.db, net.id, &text).unwrap();
    let count = net.snapshot().iter().filter(|m| m.uid.starts_with("b8e3c1f0-4a5d-4e2b-9c7a-2f6d8e1a3b5c/")).count();
    // June 2027 to May 2030 inclusive is 36 months, less the excluded August.
    assert_eq!(count, 35);
    assert!(report.warnings.iter().any(|w| w.contains("the network has no end date")), "{:?}", report.warnings);
}

/// Convene's own export read back into an empty network of the same cities: every meeting
/// keeps its UID, sequence, instants, zone, dates, title, kind, status, mode and link, and
/// the host and description unless it is online (then LOCATION is "Online" and the
/// DESCRIPTION holds the link too).
/// The meetings sweep zones, both clock changes, midnight, multi-day spans and text with
/// every character iCalendar escapes.
#[test]
fn convenes_own_export_reads_back_the_same() {
    use convene_core::ical::export::{export_meetings, ExportOptions};

    let mut source = Net::new();
    let partners = list_partners(&source.db, source.id).unwrap();
    let zones = ["Europe/Riga", "Europe/Lisbon", "Europe/Stockholm", "Europe/London", "Europe/Budapest", "UTC"];
    let titles = [
        "Kick-off meeting",
        "Transnational meeting; Gävle, Võru & Nyíregyháza",
        "Back\\slash \"quoted\" review",
        "Final event",
    ];
    let days = [
        "2027-01-04",
        "2027-03-27",
        "2027-03-28",
        "2027-06-30",
        "2027-10-30",
        "2027-10-31",
        "2027-12-31",
        "2028-02-29",
    ];
    let clocks = [("00:00", "01:00"), ("09:30", "17:00"), ("23:00", "23:59"), ("04:15", "05:45")];
    let statuses = [MeetingStatus::Confirmed, MeetingStatus::Tentative, MeetingStatus::Cancelled];
    let mut n = 0;
    for (d, day) in days.iter().enumerate() {
        for (c, (from, to)) in clocks.iter().enumerate() {
            let zone = zones[(d + c) % zones.len()];
            let start = chrono::NaiveDateTime::parse_from_str(&format!("{day} {from}"), "%Y-%m-%d %H:%M").unwrap();
            let end = chrono::NaiveDateTime::parse_from_str(&format!("{day} {to}"), "%Y-%m-%d %H:%M").unwrap();
            let host = (n % 3 != 0).then(|| partners[n % partners.len()].id);
            let online = n % 4 == 1;
            let input = MeetingInput {
                kind: MeetingKind::ALL[n % MeetingKind::ALL.len()],
                title: format!("{} {n}", titles[n % titles.len()]),
                host_partner_id: host,
                venue: if online { String::new() } else { format!("Hall {n}, floor 2") },
                mode: if online { MeetingMode::Online } else { MeetingMode::InPerson },
                online_url: if online { format!("https://meet.example.org/{n}") } else { String::new() },
                status: statuses[n % statuses.len()],
                description: format!("Line one, with a comma; and a semicolon.\nLine two: Līga \\ {n}"),
                schedule: ScheduleInput::Timed { start_local: start, end_local: end, time_zone: zone.into() },
            };
            match create_meeting(&mut source.db, source.id, input) {
                Ok(_) => n += 1,
                Err(e) => {
                    assert!(e.to_string().contains("does not exist"), "only times in the spring gap may fail: {e}")
                }
            }
        }
        let first = date(day);
        let input = MeetingInput {
            kind: MeetingKind::CityVisit,
            title: format!("Study visit {d}"),
            host_partner_id: Some(partners[d % partners.len()].id),
            venue: String::new(),
            mode: MeetingMode::InPerson,
            online_url: String::new(),
            status: MeetingStatus::Confirmed,
            description: String::new(),
            schedule: ScheduleInput::AllDay { first, last: first + chrono::Days::new(d as u64 % 4) },
        };
        create_meeting(&mut source.db, source.id, input).unwrap();
        n += 1;
    }
    let originals = source.snapshot();
    // Sequences other than 0 travel too.
    let bumped = originals[3].id;
    set_meeting_status(&mut source.db, bumped, MeetingStatus::Tentative).unwrap();
    set_meeting_status(&mut source.db, bumped, MeetingStatus::Confirmed).unwrap();
    let originals = source.snapshot();
    assert!(originals.len() > 35, "{}", originals.len());

    let file = export_meetings(&originals, &ExportOptions::new("IoTXchange", utc("2026-11-29T12:00:00Z")));
    let mut copy = Net::new();
    let report = import_ics(&mut copy.db, copy.id, &file.text).unwrap();
    assert_eq!(report.created.len(), originals.len(), "{:?}", report.warnings);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    for original in &originals {
        let read = copy.meeting(&original.uid);
        let what = &original.title;
        assert_eq!(read.title, original.title);
        assert_eq!(read.sequence, original.sequence, "{what}");
        assert_eq!(read.schedule, original.schedule, "{what}");
        assert_eq!(read.kind, original.kind, "{what}");
        let expected_status = match original.status {
            MeetingStatus::Held => MeetingStatus::Confirmed,
            MeetingStatus::Postponed => MeetingStatus::Cancelled,
            s => s,
        };
        assert_eq!(read.status, expected_status, "{what}");
        assert_eq!(read.mode, original.mode, "{what}");
        assert_eq!(read.online_url, original.online_url, "{what}");
        // An online meeting's LOCATION is "Online": the file does not say who hosts it.
        if original.online_url.is_empty() {
            assert_eq!(source.host_name(original), copy.host_name(&read), "{what}");
            assert_eq!(read.description, original.description, "{what}");
        }
    }
    let again = import_ics(&mut copy.db, copy.id, &file.text).unwrap();
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged), (0, 0, originals.len()));
}

/// Counts the figures an import reports, and cancels once it has seen `cancel_after` of them.
struct Watcher {
    reports: std::sync::Mutex<Vec<(u64, u64)>>,
    cancel_after: usize,
}

impl convene_core::progress::Progress for Watcher {
    fn advance(&self, done: u64, total: u64) {
        self.reports.lock().unwrap().push((done, total));
    }
    fn is_cancelled(&self) -> bool {
        self.reports.lock().unwrap().len() >= self.cancel_after
    }
}

#[test]
fn an_import_reports_its_progress_and_a_cancel_leaves_nothing_saved() {
    use convene_core::ical::import::import_ics_bytes_with;
    let text = fixture("google-calendar.ics");

    let mut net = Net::new();
    let before = net.snapshot();
    let cancelling = Watcher { reports: Default::default(), cancel_after: 2 };
    let refused = import_ics_bytes_with(&mut net.db, net.id, text.as_bytes(), &cancelling);
    assert!(matches!(refused, Err(convene_core::error::Error::Cancelled)), "{refused:?}");
    assert_eq!(net.snapshot(), before, "a cancelled import saves none of its events");

    let watching = Watcher { reports: Default::default(), cancel_after: usize::MAX };
    let report = import_ics_bytes_with(&mut net.db, net.id, text.as_bytes(), &watching).unwrap();
    let reports = watching.reports.into_inner().unwrap();
    let total = (report.created.len() + report.updated.len() + report.unchanged) as u64;
    assert_eq!(reports.first(), Some(&(0, total)), "{reports:?}");
    assert_eq!(reports.last(), Some(&(total, total)), "{reports:?}");
    assert!(reports.windows(2).all(|w| w[0].0 <= w[1].0), "never goes backwards: {reports:?}");
}

/// A calendar event cannot say that a meeting with a venue and no link is online or hybrid
/// (LOCATION is its place, and there is no URL). When such an event comes back changed (a
/// newer SEQUENCE: a title edited in someone's calendar, or on a CalDAV server), the
/// meeting keeps its mode; an event whose link was taken away makes it in person.
#[test]
fn an_update_without_a_link_keeps_the_saved_mode_unless_it_removes_the_link() {
    use convene_core::ical::export::{export_meetings, ExportOptions};

    let mut net = Net::new();
    let riga = list_partners(&net.db, net.id).unwrap()[0].id;
    let day = chrono::NaiveDateTime::parse_from_str("2027-05-10 10:00", "%Y-%m-%d %H:%M").unwrap();
    let mut made = Vec::new();
    for (title, mode, link) in [
        ("Online with a venue", MeetingMode::Online, ""),
        ("Hybrid without a link", MeetingMode::Hybrid, ""),
        ("Hybrid with a link", MeetingMode::Hybrid, "https://meet.example.org/h"),
    ] {
        let input = MeetingInput {
            kind: MeetingKind::Transnational,
            title: title.into(),
            host_partner_id: Some(riga),
            venue: "City Hall, Riga".into(),
            mode,
            online_url: link.into(),
            status: MeetingStatus::Confirmed,
            description: String::new(),
            schedule: ScheduleInput::Timed {
                start_local: day,
                end_local: day + chrono::Duration::hours(2),
                time_zone: "Europe/Riga".into(),
            },
        };
        made.push(create_meeting(&mut net.db, net.id, input).unwrap());
    }
    let file = export_meetings(&made, &ExportOptions::new("IoTXchange", Utc::now())).text;
    let edited = file
        .replace("SEQUENCE:0", "SEQUENCE:4")
        .replace("SUMMARY:Online with a venue", "SUMMARY:Online with a venue (renamed)")
        .replace("URL:https://meet.example.org/h\r\n", "");
    let report = import_ics(&mut net.db, net.id, &edited).unwrap();
    assert_eq!(report.updated.len(), 3, "{report:?}");

    let online = get_meeting(&net.db, made[0].id).unwrap();
    assert_eq!((online.title.as_str(), online.mode), ("Online with a venue (renamed)", MeetingMode::Online));
    assert_eq!(get_meeting(&net.db, made[1].id).unwrap().mode, MeetingMode::Hybrid);
    let unlinked = get_meeting(&net.db, made[2].id).unwrap();
    assert_eq!((unlinked.mode, unlinked.online_url.as_str()), (MeetingMode::InPerson, ""));
}
