//! The home screen's overview on small databases built through the core API.

use super::*;
use crate::meeting::MeetingStatus;
use crate::import_note::insert_note;
use crate::origin::Origin;
use crate::meeting::{create_meeting, MeetingInput, MeetingKind, MeetingMode, ScheduleInput};
use crate::milestone::{create_milestone, MilestoneInput};
use crate::network::{create_network, NetworkInput, NetworkKind};
use crate::partner::{create_partner, PartnerInput, PartnerRole};
use chrono::{NaiveDateTime, TimeZone};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn meeting(
    title: &str,
    host: Option<i64>,
    mode: MeetingMode,
    status: MeetingStatus,
    schedule: ScheduleInput,
) -> MeetingInput {
    MeetingInput {
        kind: MeetingKind::Transnational,
        title: title.into(),
        host_partner_id: host,
        venue: String::new(),
        mode,
        online_url: String::new(),
        status,
        description: String::new(),
        schedule,
    }
}

fn all_day(first: &str, last: &str) -> ScheduleInput {
    ScheduleInput::AllDay { first: day(first), last: day(last) }
}

fn partner(db: &mut Db, network: i64, name: &str, country: &str) -> i64 {
    let input = PartnerInput {
        name: name.into(),
        country: country.into(),
        role: PartnerRole::Partner,
        time_zone: String::new(),
        population: None,
        notes: String::new(),
    };
    create_partner(db, network, input).unwrap().id
}

/// 1 March 2027, 12:00 UTC.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap()
}

#[test]
fn home_lists_upcoming_timelines_and_what_needs_attention() {
    let mut db = Db::open_in_memory().unwrap();
    let iot = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap().id;
    let jelgava = partner(&mut db, iot, "Jelgava", "LV");
    let quiet = create_network(&mut db, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap().id;

    // Tentative, hosted, in ten days: needs confirming. 00:30 on 11 March in Riga is 10 March in UTC.
    let soon = create_meeting(
        &mut db,
        iot,
        meeting(
            "Transnational meeting in Jelgava",
            Some(jelgava),
            MeetingMode::InPerson,
            MeetingStatus::Tentative,
            ScheduleInput::Timed {
                start_local: local("2027-03-11 00:30"),
                end_local: local("2027-03-11 02:00"),
                time_zone: String::new(),
            },
        ),
    )
    .unwrap();
    // In person, no host, confirmed, in April: needs a host.
    let hostless = create_meeting(
        &mut db,
        iot,
        meeting(
            "Thematic seminar",
            None,
            MeetingMode::InPerson,
            MeetingStatus::Confirmed,
            all_day("2027-04-20", "2027-04-21"),
        ),
    )
    .unwrap();
    // Online without a host is fine; held in the past without a host is history.
    create_meeting(
        &mut db,
        iot,
        meeting(
            "Online touch-base",
            None,
            MeetingMode::Online,
            MeetingStatus::Tentative,
            all_day("2027-03-05", "2027-03-05"),
        ),
    )
    .unwrap();
    let past = create_meeting(
        &mut db,
        iot,
        meeting("Kick-off", None, MeetingMode::InPerson, MeetingStatus::Held, all_day("2026-10-01", "2026-10-02")),
    )
    .unwrap();
    // Tentative but two months away: not yet pressing. Cancelled: not upcoming.
    create_meeting(
        &mut db,
        iot,
        meeting(
            "Final event",
            Some(jelgava),
            MeetingMode::InPerson,
            MeetingStatus::Tentative,
            all_day("2027-05-10", "2027-05-10"),
        ),
    )
    .unwrap();
    create_meeting(
        &mut db,
        iot,
        meeting(
            "Cancelled visit",
            Some(jelgava),
            MeetingMode::InPerson,
            MeetingStatus::Cancelled,
            all_day("2027-03-03", "2027-03-03"),
        ),
    )
    .unwrap();
    let undated = create_meeting(
        &mut db,
        iot,
        meeting(
            "Study visit",
            None,
            MeetingMode::Hybrid,
            MeetingStatus::Tentative,
            ScheduleInput::Undated { year: None, month: None, wording: "autumn".into() },
        ),
    )
    .unwrap();
    let milestone = create_milestone(
        &mut db,
        iot,
        MilestoneInput::on(day("2027-06-30"), "Phase 2 ends"),
    )
    .unwrap();
    insert_note(&db, Some(iot), 12, "Meeting in Oulo, date tbc", "no date", &Origin::Form).unwrap();
    insert_note(&db, Some(iot), 14, "Partner: Vaasa", "not a partner", &Origin::Form).unwrap();
    insert_note(&db, None, 3, "stray line", "no network", &Origin::Form).unwrap();

    let o = home_overview(&db, now()).unwrap();

    let upcoming: Vec<&str> = o.upcoming.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(
        upcoming,
        ["Online touch-base", "Transnational meeting in Jelgava", "Thematic seminar", "Final event"]
    );

    assert_eq!(o.timelines.len(), 2);
    assert_eq!(o.timelines[0].network_name, "DigiPlace", "timelines are in name order");
    assert!(o.timelines[0].items.is_empty() && o.timelines[0].start.is_none() && o.timelines[0].end.is_none());
    assert_eq!(o.timelines[0].network_id, quiet);

    let t = &o.timelines[1];
    let dated: Vec<(&str, NaiveDate)> = t.items.iter().map(|i| (i.title.as_str(), i.date)).collect();
    assert_eq!(dated[0], ("Kick-off", day("2026-10-01")));
    let jelgava_item = t.items.iter().find(|i| i.id == soon.id && i.kind == TimelineKind::Meeting).unwrap();
    assert_eq!(jelgava_item.date, day("2027-03-11"), "the date on the meeting's own clock, not UTC's 10 March");
    assert_eq!(jelgava_item.status, Some(MeetingStatus::Tentative));
    let m = t.items.iter().find(|i| i.kind == TimelineKind::Milestone).unwrap();
    assert_eq!((m.id, m.date, m.last_date, m.status), (milestone.id, day("2027-06-30"), day("2027-06-30"), None));
    assert_eq!(t.items.len(), 7, "six dated meetings and one milestone");
    assert!(t.items.windows(2).all(|w| w[0].date <= w[1].date), "items in date order");
    assert_eq!(t.start, Some(day("2026-10-01")), "no network dates: the span starts with the first item");
    assert_eq!(t.end, Some(day("2027-06-30")));
    assert_eq!(t.undated.iter().map(|m| m.id).collect::<Vec<_>>(), [undated.id]);
    assert_eq!((t.omitted_items, t.omitted_undated), (0, 0));

    let kinds = |k: AttentionKind| o.attention.iter().filter(|a| a.kind == k).collect::<Vec<_>>();
    let warnings = kinds(AttentionKind::ImportWarning);
    assert_eq!(warnings.len(), 2);
    assert_eq!(warnings[0].network_id, Some(iot));
    assert!(warnings[0].message.contains("2 lines"), "{}", warnings[0].message);
    assert_eq!(warnings[1].network_id, None);
    assert!(warnings[1].message.contains("1 line "), "{}", warnings[1].message);

    let tentative = kinds(AttentionKind::TentativeSoon);
    let ids: Vec<_> = tentative.iter().map(|a| a.meeting_id).collect();
    assert!(ids.contains(&Some(soon.id)));
    assert!(!tentative.iter().any(|a| a.message.contains("Final event")), "two months away is not soon");
    assert!(
        !tentative.iter().any(|a| a.message.contains("Study visit")),
        "undated meetings have no start to be near"
    );
    let a = tentative.iter().find(|a| a.meeting_id == Some(soon.id)).unwrap();
    assert!(a.message.contains("11 March 2027"), "{}", a.message);

    let hostless_ids: Vec<_> = kinds(AttentionKind::NoHost).iter().map(|a| a.meeting_id.unwrap()).collect();
    assert_eq!(hostless_ids, [hostless.id, undated.id], "not the online one, not the held one, undated last");
    assert!(!hostless_ids.contains(&past.id));
}

#[test]
fn network_dates_win_and_the_span_still_covers_every_item() {
    let mut db = Db::open_in_memory().unwrap();
    let mut input = NetworkInput::named("TechTown", NetworkKind::ActionPlanning);
    input.start_date = Some(day("2027-01-01"));
    let id = create_network(&mut db, input).unwrap().id;
    create_meeting(
        &mut db,
        id,
        meeting("Early", None, MeetingMode::Online, MeetingStatus::Held, all_day("2026-12-01", "2026-12-01")),
    )
    .unwrap();
    create_meeting(
        &mut db,
        id,
        meeting("Last", None, MeetingMode::Online, MeetingStatus::Confirmed, all_day("2028-02-01", "2028-02-03")),
    )
    .unwrap();
    let t = &home_overview(&db, now()).unwrap().timelines[0];
    assert_eq!(t.start, Some(day("2026-12-01")), "a meeting before the network's start widens the span");
    assert_eq!(t.end, Some(day("2028-02-03")), "no end date: the last item's last day");
}

#[test]
fn large_timelines_keep_the_items_nearest_today_and_count_the_rest() {
    let mut db = Db::open_in_memory().unwrap();
    let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
    for month in 1..=12 {
        let d = format!("2027-{month:02}-15");
        create_meeting(
            &mut db,
            id,
            meeting(&format!("M{month}"), None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(&d, &d)),
        )
        .unwrap();
    }
    for n in 0..4 {
        create_meeting(
            &mut db,
            id,
            meeting(
                &format!("U{n}"),
                None,
                MeetingMode::Online,
                MeetingStatus::Tentative,
                ScheduleInput::Undated { year: Some(2028), month: None, wording: String::new() },
            ),
        )
        .unwrap();
    }
    let network = networks(&db, now(), 10).unwrap().0.remove(0);
    let t = timeline(&db, network, now(), 4, 3).unwrap();
    let titles: Vec<&str> = t.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["M1", "M2", "M3", "M4"], "the four nearest 1 March, in date order");
    assert_eq!(t.omitted_items, 8);
    assert_eq!((t.undated.len(), t.omitted_undated), (3, 1));
    assert_eq!(
        (t.start, t.end),
        (Some(day("2027-01-15")), Some(day("2027-12-15"))),
        "the span covers all, shown or not"
    );
}

#[test]
fn with_many_networks_the_ones_with_something_coming_are_drawn() {
    let mut db = Db::open_in_memory().unwrap();
    let mut network = |name: &str, dates: &[&str]| {
        let id = create_network(&mut db, NetworkInput::named(name, NetworkKind::Other)).unwrap().id;
        for d in dates {
            let m = meeting(name, None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(d, d));
            create_meeting(&mut db, id, m).unwrap();
        }
    };
    network("Zagreb soon", &["2027-03-03"]);
    network("Ended", &["2027-01-20"]);
    network("Ended long ago", &["2021-05-01"]);
    network("Next year", &["2026-01-01", "2028-03-01"]);
    network("Empty", &[]);
    let names = |cap: usize| {
        let o = overview_within(&db, now(), cap, 10, 10).unwrap();
        let names: Vec<String> = o.timelines.iter().map(|t| t.network_name.clone()).collect();
        (names, o.omitted_timelines)
    };
    assert_eq!(names(2), (vec!["Next year".to_string(), "Zagreb soon".to_string()], 3), "coming first, by name");
    assert_eq!(names(3).0, ["Ended", "Next year", "Zagreb soon"], "then the most recently active");
    assert_eq!(names(4).0, ["Ended", "Ended long ago", "Next year", "Zagreb soon"]);
    assert_eq!(
        names(9),
        (
            vec!["Empty", "Ended", "Ended long ago", "Next year", "Zagreb soon"]
                .into_iter()
                .map(String::from)
                .collect(),
            0
        )
    );
}

#[test]
fn attention_lists_are_capped_with_a_line_for_the_rest() {
    let mut db = Db::open_in_memory().unwrap();
    let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
    for n in 0..(ATTENTION_MAX + 3) {
        create_meeting(
            &mut db,
            id,
            meeting(
                &format!("Visit {n}"),
                None,
                MeetingMode::InPerson,
                MeetingStatus::Confirmed,
                all_day("2027-09-01", "2027-09-01"),
            ),
        )
        .unwrap();
    }
    let o = home_overview(&db, now()).unwrap();
    let no_host: Vec<_> = o.attention.iter().filter(|a| a.kind == AttentionKind::NoHost).collect();
    assert_eq!(no_host.len(), ATTENTION_MAX + 1);
    let last = no_host.last().unwrap();
    assert_eq!(last.meeting_id, None);
    assert!(last.message.starts_with("3 more meetings"), "{}", last.message);
}
