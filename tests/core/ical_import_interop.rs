//! The importer's reading of other programs' calendars checked against parsers nobody here
//! wrote: python `icalendar` and ical.js (Thunderbird's and Nextcloud's parser).
//!
//! The fixtures in tests/core/ics/ (Outlook with Windows zone names and a custom
//! VTIMEZONE, Google Calendar in UTC, Thunderbird with IANA zones) are imported into a
//! network; both readers then read the same files, and every single (non-recurring) event
//! must have, in the database, the instants both readers resolve through the file's own
//! VTIMEZONE (and python's zone database), the same all-day dates (DTEND the day after the
//! last), and the same SUMMARY and DESCRIPTION text after unfolding and unescaping.
//! Recurring events and floating times are left to ical_import.rs: the readers do not
//! expand series, and a floating time has no instant until a zone is chosen.
//!
//! Needs the readers installed by scripts/test-interop.sh (CONVENE_INTEROP_PYTHON and
//! CONVENE_INTEROP_NODE_MODULES); without them it fails saying so.

use chrono::NaiveDate;
use convene_core::ical::import::import_ics;
use convene_core::meeting::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::Db;

mod ical_readers;
use ical_readers::{read_with_both, repo_path};

/// The network of ical_import.rs: Riga leading, partners in the fixtures' cities.
fn network(db: &mut Db) -> i64 {
    let mut input = NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning);
    input.start_date = NaiveDate::from_ymd_opt(2027, 1, 1);
    input.end_date = NaiveDate::from_ymd_opt(2029, 6, 30);
    let network = create_network(db, input).unwrap();
    let mut lead = None;
    for (name, country) in
        [("Riga", "LV"), ("Gävle", "SE"), ("Nyíregyháza", "HU"), ("Bragança", "PT"), ("Tartu", "EE"), ("Jelgava", "LV")]
    {
        let p = create_partner(db, network.id, PartnerInput::named(name, country)).unwrap();
        lead.get_or_insert(p.id);
    }
    let mut update = NetworkInput::from(&network);
    update.lead_partner_id = lead;
    update_network(db, network.id, update).unwrap();
    network.id
}

#[test]
fn single_events_land_where_independent_parsers_put_them() {
    let mut compared = 0;
    for name in ["outlook-export.ics", "outlook-custom-zone.ics", "google-calendar.ics", "thunderbird.ics"] {
        let file = repo_path(&format!("tests/core/ics/{name}"));
        let mut db = Db::open_in_memory().unwrap();
        let network_id = network(&mut db);
        import_ics(&mut db, network_id, &std::fs::read_to_string(&file).unwrap()).unwrap();
        for reading in read_with_both(&file) {
            let who = format!("{} on {name}", reading.reader);
            for event in &reading.events {
                let uid = event.uid.clone().unwrap_or_default();
                let Ok(meeting) = find_meeting(&db, &uid) else { continue }; // a series: one meeting per occurrence
                assert_eq!(event.summary.as_deref(), Some(meeting.title.as_str()), "{who}: {uid}");
                assert_eq!(event.description.as_deref().unwrap_or(""), meeting.description, "{who}: {uid}");
                match &meeting.schedule {
                    Schedule::Timed { start, end, .. } => {
                        assert!(!event.all_day, "{who}: {uid}");
                        let ours = (
                            start.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                            end.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                        );
                        let theirs =
                            (event.start_utc.clone().unwrap_or_default(), event.end_utc.clone().unwrap_or_default());
                        assert_eq!(ours, theirs, "{who}: {uid} ({})", meeting.title);
                        if let (Some(s), Some(e)) = (&event.start_utc_vtimezone, &event.end_utc_vtimezone) {
                            assert_eq!(ours, (s.clone(), e.clone()), "{who} through the VTIMEZONE: {uid}");
                        }
                    }
                    Schedule::AllDay { first, last } => {
                        assert!(event.all_day, "{who}: {uid}");
                        let day_after = last.succ_opt().unwrap().to_string();
                        assert_eq!(event.start_date.as_deref(), Some(first.to_string().as_str()), "{who}: {uid}");
                        if let Some(end) = &event.end_date {
                            assert_eq!(end, &day_after, "{who}: {uid}: DTEND is the day after the last day");
                        }
                    }
                    Schedule::Undated { .. } => panic!("{who}: {uid} imported undated"),
                }
                compared += 1;
            }
        }
    }
    assert_eq!(compared, 20, "both readers, on each of the ten single events");
}
