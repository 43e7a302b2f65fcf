//! The slot finder, host rotation and travel warnings as a coordinator relies on them:
//! partners in Lisbon, Riga and Helsinki keep their local times across both clock changes
//! of the year, holidays count against the partner whose holiday it is, and the warnings
//! flag what is unwise about where and when the network meets.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::meeting::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::scheduling::burden::ProblemKind;
use convene_core::scheduling::facts::NetworkFacts;
use convene_core::scheduling::free_days::free_days;
use convene_core::scheduling::rotation::network_rotation;
use convene_core::scheduling::slots::{find_slots, rank_slots, PartnerClock};
use convene_core::scheduling::warnings::{
    meeting_warnings, preview_meeting_warnings, travel_warnings, travel_warnings_in, Placed,
};
use convene_core::scheduling::*;
use convene_core::Db;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    Utc.from_utc_datetime(&local(s))
}

struct Baltic {
    db: Db,
    network: i64,
    lisbon: i64,
    riga: i64,
    helsinki: i64,
}

/// A network with partners in Lisbon (WET/WEST), Riga and Helsinki (EET/EEST), their zones
/// taken from their countries.
fn baltic() -> Baltic {
    let mut db = Db::open_in_memory().unwrap();
    let network = create_network(&mut db, NetworkInput::named("Tides", NetworkKind::Transfer)).unwrap().id;
    let mut add =
        |name: &str, country: &str| create_partner(&mut db, network, PartnerInput::named(name, country)).unwrap();
    let lisbon = add("Lisbon", "PT");
    let riga = add("Riga", "LV");
    let helsinki = add("Helsinki", "FI");
    assert_eq!(
        [lisbon.time_zone.as_str(), riga.time_zone.as_str(), helsinki.time_zone.as_str()],
        ["Europe/Lisbon", "Europe/Riga", "Europe/Helsinki"]
    );
    Baltic { db, network, lisbon: lisbon.id, riga: riga.id, helsinki: helsinki.id }
}

fn on(slot: &Slot, partner: i64) -> &PartnerSlot {
    slot.partners.iter().find(|p| p.partner_id == partner).unwrap()
}

fn clock(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

fn every_slot(b: &Baltic, from: &str, to: &str, minutes: i64, exclude_weekends: bool) -> SlotFinding {
    let mut request = SlotRequest::new(day(from), day(to), minutes);
    request.limit = 500;
    request.exclude_weekends = exclude_weekends;
    request.time_zone = "Europe/Lisbon".into();
    find_slots(&b.db, b.network, &request).unwrap()
}

/// On every weekday of the range the times that suit all three partners are the same on
/// Lisbon's clock, 09:00 to 13:00 for two hours (Riga and Helsinki two hours later, so
/// their 17:00 is the limit), before and after the change; their UTC instants move.
/// `weekdays` counts the weekdays of the range that are nobody's public holiday.
fn same_local_options_every_weekday(b: &Baltic, from: &str, to: &str, weekdays: usize) {
    let found = every_slot(b, from, to, 120, true);
    let good: Vec<&Slot> = found.slots.iter().filter(|s| s.worst_burden == 0).collect();
    assert_eq!(found.suit_everyone as usize, good.len());
    assert_eq!(good.len(), weekdays * 9, "nine two-hour starts a day suit everybody, 09:00 to 13:00 in Lisbon");
    for s in &good {
        let lisbon = on(s, b.lisbon).start_local;
        let riga = on(s, b.riga).start_local;
        let helsinki = on(s, b.helsinki).start_local;
        let clock = lisbon.format("%H:%M").to_string();
        assert!(("09:00"..="13:00").contains(&clock.as_str()), "{lisbon} in Lisbon");
        assert_eq!(riga - lisbon, chrono::Duration::hours(2), "Riga is two hours ahead of Lisbon all year: {riga}");
        assert_eq!(helsinki, riga);
        assert_eq!(s.start_local, lisbon, "the request's clock is Lisbon's");
    }
    let mut per_day = std::collections::BTreeMap::<NaiveDate, Vec<String>>::new();
    for s in &good {
        per_day
            .entry(on(s, b.lisbon).start_local.date())
            .or_default()
            .push(on(s, b.lisbon).start_local.format("%H:%M").to_string());
    }
    let expected: Vec<String> =
        ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00"].map(String::from).to_vec();
    for (d, mut times) in per_day {
        times.sort();
        assert_eq!(times, expected, "on {d}");
    }
}

#[test]
fn no_option_shifts_by_an_hour_across_the_spring_change() {
    let b = baltic();
    // Sunday 28 March 2027: Lisbon goes from +00:00 to +01:00, Riga and Helsinki from +02:00 to +03:00.
    // Good Friday (26 March) is a holiday in all three countries, Easter Monday (29 March) in
    // Latvia and Finland: eight weekdays of the two weeks are left.
    same_local_options_every_weekday(&b, "2027-03-22", "2027-04-02", 8);

    let found = every_slot(&b, "2027-03-22", "2027-04-02", 120, true);
    let at = |t: &str| found.slots.iter().find(|s| s.start == utc(t)).unwrap_or_else(|| panic!("no slot at {t}"));
    let thursday = at("2027-03-25 09:00");
    assert_eq!(thursday.worst_burden, 0);
    assert_eq!(
        (clock(on(thursday, b.lisbon).start_local), on(thursday, b.lisbon).utc_offset.as_str()),
        ("2027-03-25 09:00".into(), "+00:00")
    );
    assert_eq!(
        (clock(on(thursday, b.riga).start_local), on(thursday, b.riga).utc_offset.as_str()),
        ("2027-03-25 11:00".into(), "+02:00")
    );
    let tuesday = at("2027-03-30 08:00");
    assert_eq!(tuesday.worst_burden, 0, "08:00 UTC is 09:00 in Lisbon after the change");
    assert_eq!(
        (clock(on(tuesday, b.lisbon).start_local), on(tuesday, b.lisbon).utc_offset.as_str()),
        ("2027-03-30 09:00".into(), "+01:00")
    );
    assert_eq!(
        (clock(on(tuesday, b.helsinki).start_local), on(tuesday, b.helsinki).utc_offset.as_str()),
        ("2027-03-30 11:00".into(), "+03:00")
    );
    assert_eq!(clock(on(tuesday, b.helsinki).end_local), "2027-03-30 13:00");
    let thursday_early = at("2027-03-25 08:00");
    let lisbon = on(thursday_early, b.lisbon);
    assert_eq!(
        clock(lisbon.start_local),
        "2027-03-25 08:00",
        "the same UTC hour is an hour earlier in Lisbon before the change"
    );
    assert_eq!(lisbon.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), [ProblemKind::OutsideHours]);
    assert!(on(thursday_early, b.riga).problems.is_empty());
    let good_friday = at("2027-03-26 09:00");
    assert!(good_friday.partners.iter().all(|p| p.problems[0].text == "holiday: Good Friday"), "{good_friday:?}");
}

#[test]
fn no_option_shifts_by_an_hour_across_the_autumn_change() {
    let b = baltic();
    // Sunday 31 October 2027: back to +00:00 in Lisbon, +02:00 in Riga and Helsinki.
    // All Saints' Day (1 November) is a public holiday in Portugal: seven weekdays are left.
    same_local_options_every_weekday(&b, "2027-10-27", "2027-11-05", 7);
    let found = every_slot(&b, "2027-10-27", "2027-11-05", 120, true);
    let at = |t: &str| found.slots.iter().find(|s| s.start == utc(t)).unwrap();
    assert_eq!(clock(on(at("2027-10-29 08:00"), b.lisbon).start_local), "2027-10-29 09:00");
    assert_eq!(clock(on(at("2027-11-01 09:00"), b.lisbon).start_local), "2027-11-01 09:00");
    assert_eq!(on(at("2027-11-01 09:00"), b.riga).utc_offset, "+02:00");
    assert_eq!(on(at("2027-11-01 09:00"), b.lisbon).problems[0].text, "holiday: All Saints' Day");
}

#[test]
fn the_night_of_a_change_has_its_real_length_and_local_times() {
    let b = baltic();
    // Half-hour meetings on Lisbon's 28 March: a 23-hour day, so 46 starts; 31 October has 25 hours, so 50.
    let spring = every_slot(&b, "2027-03-28", "2027-03-28", 30, false);
    assert_eq!(spring.candidates, 46);
    let at = |f: &SlotFinding, t: &str| f.slots.iter().find(|s| s.start == utc(t)).cloned().unwrap();
    let before = at(&spring, "2027-03-28 00:30");
    let after = at(&spring, "2027-03-28 01:00");
    assert_eq!(
        (clock(on(&before, b.lisbon).start_local), on(&before, b.lisbon).utc_offset.clone()),
        ("2027-03-28 00:30".into(), "+00:00".into())
    );
    assert_eq!(
        (clock(on(&after, b.lisbon).start_local), on(&after, b.lisbon).utc_offset.clone()),
        ("2027-03-28 02:00".into(), "+01:00".into())
    );
    assert_eq!(clock(on(&after, b.riga).start_local), "2027-03-28 04:00");
    let autumn = every_slot(&b, "2027-10-31", "2027-10-31", 30, false);
    assert_eq!(autumn.candidates, 50);
    let twice = at(&autumn, "2027-10-31 01:00");
    assert_eq!(
        (clock(on(&twice, b.lisbon).start_local), on(&twice, b.lisbon).utc_offset.clone()),
        ("2027-10-31 01:00".into(), "+00:00".into())
    );
    let first = at(&autumn, "2027-10-31 00:00");
    assert_eq!(
        (clock(on(&first, b.lisbon).start_local), on(&first, b.lisbon).utc_offset.clone()),
        ("2027-10-31 01:00".into(), "+01:00".into())
    );
}

/// The facts of the Baltic network with days off of our own, for the pure engines.
fn facts_with(b: &Baltic, days_off: &[(i64, &str, &str)]) -> NetworkFacts {
    let zone = |z: &str| z.parse::<Tz>().unwrap();
    NetworkFacts {
        network_name: "Tides".into(),
        partners: vec![
            PartnerClock { id: b.helsinki, name: "Helsinki".into(), zone: zone("Europe/Helsinki") },
            PartnerClock { id: b.lisbon, name: "Lisbon".into(), zone: zone("Europe/Lisbon") },
            PartnerClock { id: b.riga, name: "Riga".into(), zone: zone("Europe/Riga") },
        ],
        busy: Vec::new(),
        days_off: days_off
            .iter()
            .map(|(id, d, name)| DayOff { partner_id: *id, date: day(d), name: name.to_string() })
            .collect(),
    }
}

#[test]
fn a_holiday_weighs_on_its_own_partner_only_and_ranks_the_day_last() {
    let b = baltic();
    let facts = facts_with(&b, &[(b.riga, "2027-05-04", "Restoration of Independence Day")]);
    let mut request = SlotRequest::new(day("2027-05-03"), day("2027-05-05"), 120);
    request.limit = 500;
    let found = rank_slots(&facts, &request, Tz::UTC).unwrap();
    let tuesday = found.slots.iter().find(|s| s.start == utc("2027-05-04 09:00")).unwrap();
    let riga = on(tuesday, b.riga);
    assert_eq!(riga.problems[0].text, "holiday: Restoration of Independence Day");
    assert_eq!(riga.burden, ProblemKind::DayOff.weight());
    assert!(on(tuesday, b.lisbon).problems.is_empty() && on(tuesday, b.helsinki).problems.is_empty());
    assert_eq!(found.suit_everyone, 2 * 9, "Monday and Wednesday, 09:00 to 13:00 UTC");
    let rigas_holiday = |s: &Slot| on(s, b.riga).start_local.date() == day("2027-05-04");
    let first_holiday = found.slots.iter().position(rigas_holiday).unwrap();
    assert!(found.slots[first_holiday..].iter().all(|s| s.worst_burden >= ProblemKind::DayOff.weight()));
    assert!(found.slots[..first_holiday]
        .iter()
        .all(|s| !rigas_holiday(s) && s.worst_burden < ProblemKind::DayOff.weight()));
    assert!(
        found.slots.windows(2).all(|w| (w[0].worst_burden, w[0].total_burden, w[0].start)
            <= (w[1].worst_burden, w[1].total_burden, w[1].start)),
        "ranked by worst, then total, then earliest"
    );

    let without_riga = facts.clone().only(&[b.lisbon, b.helsinki], "partner_ids").unwrap();
    let found = rank_slots(&without_riga, &request, Tz::UTC).unwrap();
    assert_eq!(found.suit_everyone, 3 * 9, "without Riga, Tuesday suits everybody too");
    assert!(found.slots[0].partners.iter().all(|p| p.partner_id != b.riga));
}

#[test]
fn the_worst_partner_decides_before_the_total() {
    let b = baltic();
    let facts = facts_with(&b, &[]);
    let mut request = SlotRequest::new(day("2027-05-03"), day("2027-05-03"), 60);
    request.limit = 500;
    let found = rank_slots(&facts, &request, Tz::UTC).unwrap();
    // 14:00 UTC: Lisbon 15:00, Riga and Helsinki 17:00-18:00 (outside hours, 1 each: worst 1, total 2).
    // 06:00 UTC: Lisbon 07:00 (early, 3), Riga 09:00 (fine): worst 3, total 3.
    let rank = |t: &str| found.slots.iter().position(|s| s.start == utc(t)).unwrap();
    assert!(rank("2027-05-03 14:00") < rank("2027-05-03 06:00"));
    let late = &found.slots[rank("2027-05-03 14:00")];
    assert_eq!((late.worst_burden, late.total_burden), (1, 2));
}

#[test]
fn weekends_are_ranked_down_or_left_out() {
    let b = baltic();
    let saturday = every_slot(&b, "2027-05-08", "2027-05-08", 60, false);
    assert_eq!(saturday.suit_everyone, 0);
    assert!(saturday.slots[0].partners.iter().all(|p| p.problems.iter().any(|x| x.kind == ProblemKind::Weekend)));
    let left_out = every_slot(&b, "2027-05-07", "2027-05-10", 60, true);
    assert!(left_out
        .slots
        .iter()
        .all(|s| s.partners.iter().all(|p| !p.problems.iter().any(|x| x.kind == ProblemKind::Weekend))));
    assert!(left_out.slots.iter().any(|s| on(s, b.lisbon).start_local.date() == day("2027-05-10")));
}

#[test]
fn an_existing_meeting_is_a_clash_for_every_partner() {
    let mut b = baltic();
    let mut input = MeetingInput::new(
        MeetingKind::OnlineTouchBase,
        "Steering group",
        ScheduleInput::Timed {
            start_local: local("2027-05-05 10:00"),
            end_local: local("2027-05-05 12:00"),
            time_zone: "Europe/Lisbon".into(),
        },
    );
    input.mode = MeetingMode::Online;
    create_meeting(&mut b.db, b.network, input).unwrap();
    let found = every_slot(&b, "2027-05-05", "2027-05-05", 60, false);
    let clash = found.slots.iter().find(|s| s.start == utc("2027-05-05 09:30")).unwrap();
    for p in &clash.partners {
        assert!(
            p.problems.iter().any(|x| x.kind == ProblemKind::Overlap && x.text == "overlaps “Steering group”"),
            "{p:?}"
        );
    }
    let after = found.slots.iter().find(|s| s.start == utc("2027-05-05 11:00")).unwrap();
    assert!(
        after.partners.iter().all(|p| !p.problems.iter().any(|x| x.kind == ProblemKind::Overlap)),
        "ends 11:00 UTC"
    );
}

#[test]
fn wrong_requests_name_their_field() {
    let mut b = baltic();
    let request = |from: &str, to: &str, minutes: i64| SlotRequest::new(day(from), day(to), minutes);
    let field = |r: &SlotRequest, db: &Db| find_slots(db, b.network, r).unwrap_err().field().map(str::to_string);
    assert_eq!(field(&request("2027-05-05", "2027-05-04", 60), &b.db).as_deref(), Some("to"));
    assert_eq!(field(&request("2027-05-05", "2028-06-04", 60), &b.db).as_deref(), Some("to"));
    assert_eq!(field(&request("2027-05-05", "2027-05-06", 0), &b.db).as_deref(), Some("duration"));
    let mut zone = request("2027-05-05", "2027-05-06", 60);
    zone.time_zone = "Europe/Atlantis".into();
    assert_eq!(field(&zone, &b.db).as_deref(), Some("time_zone"));
    let other = create_network(&mut b.db, NetworkInput::named("Elsewhere", NetworkKind::Other)).unwrap().id;
    let oulu = create_partner(&mut b.db, other, PartnerInput::named("Oulu", "FI")).unwrap();
    let mut stranger = request("2027-05-05", "2027-05-06", 60);
    stranger.partner_ids = vec![oulu.id];
    assert_eq!(field(&stranger, &b.db).as_deref(), Some("partner_ids"));
    let empty = create_network(&mut b.db, NetworkInput::named("Empty", NetworkKind::Other)).unwrap().id;
    let e = find_slots(&b.db, empty, &request("2027-05-05", "2027-05-06", 60)).unwrap_err();
    assert!(e.to_string().contains("Empty has no partners yet"), "{e}");
}

#[test]
fn whole_days_avoid_every_partners_holidays() {
    let b = baltic();
    let facts = facts_with(
        &b,
        &[
            (b.riga, "2027-06-23", "Midsummer Eve"),
            (b.riga, "2027-06-24", "Midsummer Day"),
            (b.helsinki, "2027-06-25", "Midsummer Eve"),
        ],
    );
    let request = DayRequest {
        from: day("2027-06-21"),
        to: day("2027-07-02"),
        days: 2,
        partner_ids: vec![],
        exclude_weekends: true,
    };
    let found = free_days(&facts, &request);
    let windows: Vec<(String, String)> =
        found.windows.iter().map(|w| (w.first.to_string(), w.last.to_string())).collect();
    assert_eq!(
        windows,
        [
            ("2027-06-21".into(), "2027-06-22".into()),
            ("2027-06-28".into(), "2027-06-29".into()),
            ("2027-06-29".into(), "2027-06-30".into()),
            ("2027-06-30".into(), "2027-07-01".into()),
            ("2027-07-01".into(), "2027-07-02".into()),
        ]
    );
    let blocked = found.blocked.iter().find(|d| d.date == day("2027-06-25")).unwrap();
    assert_eq!(blocked.reasons, ["Helsinki: Midsummer Eve"]);
}

fn hosted(b: &mut (&mut Db, i64), title: &str, host: i64, first: &str, last: &str, status: MeetingStatus) -> Meeting {
    let mut input = MeetingInput::new(
        MeetingKind::Transnational,
        title,
        ScheduleInput::AllDay { first: day(first), last: day(last) },
    );
    input.host_partner_id = Some(host);
    input.status = status;
    create_meeting(b.0, b.1, input).unwrap()
}

#[test]
fn rotation_counts_held_and_planned_meetings_in_person_and_suggests_who_has_not_hosted() {
    let mut b = baltic();
    hosted(&mut (&mut b.db, b.network), "Kick-off", b.riga, "2026-10-01", "2026-10-02", MeetingStatus::Held);
    hosted(&mut (&mut b.db, b.network), "Second", b.lisbon, "2027-02-10", "2027-02-11", MeetingStatus::Held);
    hosted(&mut (&mut b.db, b.network), "Third", b.riga, "2027-06-01", "2027-06-02", MeetingStatus::Confirmed);
    hosted(&mut (&mut b.db, b.network), "Called off", b.helsinki, "2027-09-01", "2027-09-02", MeetingStatus::Cancelled);
    let mut online = MeetingInput::new(
        MeetingKind::OnlineTouchBase,
        "Call",
        ScheduleInput::AllDay { first: day("2027-03-01"), last: day("2027-03-01") },
    );
    online.mode = MeetingMode::Online;
    online.host_partner_id = Some(b.helsinki);
    create_meeting(&mut b.db, b.network, online).unwrap();

    let r = network_rotation(&b.db, b.network).unwrap();
    let count = |id: i64| r.hosts.iter().find(|h| h.partner_id == id).map(|h| (h.hosted, h.held, h.planned)).unwrap();
    assert_eq!(count(b.riga), (2, 1, 1));
    assert_eq!(count(b.lisbon), (1, 1, 0));
    assert_eq!(count(b.helsinki), (0, 0, 0), "the cancelled and the online meetings do not count");
    assert_eq!(r.not_hosted, ["Helsinki"]);
    let next: Vec<&str> = r.suggested.iter().map(|h| h.partner_name.as_str()).collect();
    assert_eq!(next, ["Helsinki", "Lisbon", "Riga"]);
    assert_eq!(r.meetings_counted, 3);
}

#[test]
fn warnings_flag_the_same_host_twice_meetings_too_close_and_overlapping() {
    let mut b = baltic();
    let first =
        hosted(&mut (&mut b.db, b.network), "Kick-off", b.riga, "2027-03-01", "2027-03-02", MeetingStatus::Held);
    let again =
        hosted(&mut (&mut b.db, b.network), "Second", b.riga, "2027-05-10", "2027-05-11", MeetingStatus::Confirmed);
    let close = hosted(
        &mut (&mut b.db, b.network),
        "Study visit",
        b.lisbon,
        "2027-05-14",
        "2027-05-14",
        MeetingStatus::Tentative,
    );
    let clash = hosted(
        &mut (&mut b.db, b.network),
        "Seminar",
        b.helsinki,
        "2027-05-14",
        "2027-05-15",
        MeetingStatus::Tentative,
    );
    let far =
        hosted(&mut (&mut b.db, b.network), "Final", b.lisbon, "2027-09-01", "2027-09-02", MeetingStatus::Tentative);

    let of = |id| meeting_warnings(&b.db, id).unwrap();
    let twice = of(again.id);
    let same = twice.iter().find(|w| w.kind == WarningKind::SameHostTwice).unwrap();
    assert_eq!((same.meeting_id, same.other_meeting_id), (again.id, Some(first.id)));
    assert!(
        same.message.starts_with("Riga hosts “Second” right after hosting “Kick-off” in Riga (1–2 March 2027)"),
        "{}",
        same.message
    );

    let near = of(close.id);
    let too_close = near.iter().find(|w| w.kind == WarningKind::TooClose).unwrap();
    assert!(too_close.message.contains("starts 3 days after “Second” in Riga"), "{}", too_close.message);
    let overlap = of(clash.id);
    assert!(
        overlap.iter().any(|w| w.kind == WarningKind::Overlapping && w.other_meeting_id == Some(close.id)),
        "{overlap:?}"
    );
    assert!(of(far.id).is_empty(), "months later, another host: nothing to say");
    assert!(of(first.id).iter().all(|w| w.meeting_id == again.id), "the earlier meeting lists the pair too");

    // The form warns before saving: moving the final event next to the seminar.
    let mut input = MeetingInput::from(&far);
    input.schedule = ScheduleInput::AllDay { first: day("2027-05-18"), last: day("2027-05-18") };
    input.host_partner_id = Some(b.lisbon);
    let preview = preview_meeting_warnings(&b.db, b.network, Some(far.id), &input).unwrap();
    assert!(
        preview.iter().any(|w| w.kind == WarningKind::TooClose && w.other_meeting_id == Some(clash.id)),
        "{preview:?}"
    );
    input.mode = MeetingMode::Online;
    assert!(
        preview_meeting_warnings(&b.db, b.network, Some(far.id), &input).unwrap().is_empty(),
        "nobody travels online"
    );
}

#[test]
fn a_meeting_on_its_hosts_holiday_is_flagged_with_the_holidays_name() {
    let riga = (2, "Riga".to_string());
    let meeting = |id, host: (i64, String), first: &str, last: &str| Placed {
        id,
        title: format!("Meeting {id}"),
        host: Some(host),
        instants: None,
        first_day: day(first),
        last_day: day(last),
    };
    let meetings = [
        meeting(1, riga.clone(), "2027-06-23", "2027-06-24"),
        meeting(2, (3, "Lisbon".into()), "2027-11-20", "2027-11-20"),
    ];
    let days_off = [
        DayOff { partner_id: 2, date: day("2027-06-24"), name: "Midsummer Day".into() },
        DayOff { partner_id: 2, date: day("2027-11-18"), name: "Proclamation Day".into() },
        DayOff { partner_id: 1, date: day("2027-11-20"), name: "Not the host's".into() },
    ];
    let warnings = travel_warnings(&meetings, &days_off, TRAVEL_GAP_DAYS);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].kind, WarningKind::HostHoliday);
    assert_eq!(warnings[0].meeting_id, 1);
    assert!(
        warnings[0].message.contains("24 June 2027 in Riga, a holiday there (Midsummer Day)"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn public_holidays_and_own_days_off_come_from_the_partners_countries_and_records() {
    let mut b = baltic();
    let election = convene_core::holiday::DayOffInput { date: day("2027-05-05"), name: "Municipal election".into() };
    convene_core::holiday::add_day_off(&mut b.db, b.helsinki, election).unwrap();
    let found = every_slot(&b, "2027-05-03", "2027-05-05", 120, true);
    let at = |t: &str| found.slots.iter().find(|s| s.start == utc(t)).unwrap();
    let tuesday = at("2027-05-04 08:00");
    assert_eq!(on(tuesday, b.riga).problems[0].text, "holiday: Restoration of Independence Day", "Latvia's, 4 May");
    assert!(on(tuesday, b.lisbon).problems.is_empty() && on(tuesday, b.helsinki).problems.is_empty());
    let wednesday = at("2027-05-05 08:00");
    assert_eq!(on(wednesday, b.helsinki).problems[0].text, "holiday: Municipal election", "Helsinki's own day off");
    assert!(on(wednesday, b.riga).problems.is_empty());
    assert_eq!(found.suit_everyone, 9, "only Monday suits everybody");

    let on_holiday = hosted(
        &mut (&mut b.db, b.network),
        "Riga meeting",
        b.riga,
        "2027-05-04",
        "2027-05-04",
        MeetingStatus::Tentative,
    );
    let warnings = meeting_warnings(&b.db, on_holiday.id).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].message.contains("a holiday there (Restoration of Independence Day)"),
        "{}",
        warnings[0].message
    );
}

#[test]
fn home_lists_the_warnings_of_coming_meetings_only() {
    use convene_core::overview::{home_overview, home_travel_attention, AttentionKind};
    let mut b = baltic();
    let db = &mut (&mut b.db, b.network);
    hosted(db, "Long ago", b.lisbon, "2026-01-10", "2026-01-10", MeetingStatus::Held);
    hosted(db, "Also long ago", b.lisbon, "2026-02-10", "2026-02-10", MeetingStatus::Held);
    hosted(db, "Before", b.riga, "2027-03-10", "2027-03-11", MeetingStatus::Held);
    let again = hosted(db, "Again in Riga", b.riga, "2027-04-20", "2027-04-21", MeetingStatus::Confirmed);
    let now = utc("2027-04-01 12:00");
    let first = home_overview(&b.db, now).unwrap().attention;
    assert!(first.iter().all(|a| a.kind != AttentionKind::TravelWarning), "travel is read after the first frame");
    let all = home_travel_attention(&b.db, now).unwrap();
    let travel: Vec<_> = all.iter().filter(|a| a.kind == AttentionKind::TravelWarning).collect();
    assert_eq!(travel.len(), 1, "the past pair of Lisbon meetings is history: {travel:?}");
    assert_eq!((travel[0].meeting_id, travel[0].network_id), (Some(again.id), Some(b.network)));
    assert!(
        travel[0].message.starts_with("Tides: Riga hosts “Again in Riga” right after hosting “Before”"),
        "{}",
        travel[0].message
    );
}

#[test]
fn a_meeting_starting_the_day_another_ends_elsewhere_says_so() {
    let meeting = |id, host: (i64, &str), first: &str, last: &str, instants: Option<(&str, &str)>| Placed {
        id,
        title: format!("Meeting {id}"),
        host: Some((host.0, host.1.to_string())),
        instants: instants.map(|(s, e)| (utc(s).timestamp(), utc(e).timestamp())),
        first_day: day(first),
        last_day: day(last),
    };
    let morning = meeting(1, (1, "Riga"), "2027-05-10", "2027-05-10", Some(("2027-05-10 06:00", "2027-05-10 08:00")));
    let evening = meeting(2, (2, "Lisbon"), "2027-05-10", "2027-05-10", Some(("2027-05-10 17:00", "2027-05-10 19:00")));
    let warnings = travel_warnings(&[evening, morning], &[], TRAVEL_GAP_DAYS);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        (warnings[0].kind, warnings[0].meeting_id),
        (WarningKind::TooClose, 2),
        "the later one, whatever the order given"
    );
    assert!(
        warnings[0].message.starts_with(
            "“Meeting 2” in Lisbon (10 May 2027) starts on the day “Meeting 1” in Riga (10 May 2027) ends"
        ),
        "{}",
        warnings[0].message
    );
}

/// The warnings a French or German reader sees: their words, their dates, their plurals.
#[test]
fn warnings_are_written_in_the_readers_language() {
    use convene_core::i18n::Locale;
    let meeting = |id, host: (i64, &str), first: &str, last: &str| Placed {
        id,
        title: format!("Meeting {id}"),
        host: Some((host.0, host.1.to_string())),
        instants: None,
        first_day: day(first),
        last_day: day(last),
    };
    // Riga hosts on its Midsummer holiday; Lisbon starts one day after; Helsinki five days
    // after Lisbon (six after Riga).
    let meetings = [
        meeting(1, (2, "Riga"), "2027-06-23", "2027-06-24"),
        meeting(2, (3, "Lisbon"), "2027-06-25", "2027-06-25"),
        meeting(3, (4, "Helsinki"), "2027-06-30", "2027-07-01"),
    ];
    let days_off = [DayOff { partner_id: 2, date: day("2027-06-24"), name: "Jāņi".into() }];
    let said = |locale| -> Vec<String> {
        travel_warnings_in(locale, &meetings, &days_off, TRAVEL_GAP_DAYS).into_iter().map(|w| w.message).collect()
    };
    assert_eq!(
        said(Locale::En),
        [
            "“Meeting 2” in Lisbon (25 June 2027) starts 1 day after “Meeting 1” in Riga (23–24 June 2027) ends: partners travel to two cities within 7 days.",
            "“Meeting 3” in Helsinki (30 June – 1 July 2027) starts 6 days after “Meeting 1” in Riga (23–24 June 2027) ends: partners travel to two cities within 7 days.",
            "“Meeting 3” in Helsinki (30 June – 1 July 2027) starts 5 days after “Meeting 2” in Lisbon (25 June 2027) ends: partners travel to two cities within 7 days.",
            "“Meeting 1” is on 24 June 2027 in Riga, a holiday there (Jāņi): people may be away; choose another day.",
        ]
    );
    assert_eq!(
        said(Locale::Fr),
        [
            "« Meeting 2 » à Lisbon (25 juin 2027) commence 1 jour après la fin de « Meeting 1 » à Riga (23–24 juin 2027) : les partenaires se déplacent dans deux villes en 7 jours.",
            "« Meeting 3 » à Helsinki (30 juin – 1 juillet 2027) commence 6 jours après la fin de « Meeting 1 » à Riga (23–24 juin 2027) : les partenaires se déplacent dans deux villes en 7 jours.",
            "« Meeting 3 » à Helsinki (30 juin – 1 juillet 2027) commence 5 jours après la fin de « Meeting 2 » à Lisbon (25 juin 2027) : les partenaires se déplacent dans deux villes en 7 jours.",
            "« Meeting 1 » a lieu le 24 juin 2027 à Riga, un jour férié là-bas (Jāņi) : des participants risquent d'être absents ; choisissez un autre jour.",
        ]
    );
    assert_eq!(
        said(Locale::De),
        [
            "„Meeting 2“ in Lisbon (25. Juni 2027) beginnt 1 Tag nach dem Ende von „Meeting 1“ in Riga (23.–24. Juni 2027): Die Partner reisen innerhalb von 7 Tagen in zwei Städte.",
            "„Meeting 3“ in Helsinki (30. Juni – 1. Juli 2027) beginnt 6 Tage nach dem Ende von „Meeting 1“ in Riga (23.–24. Juni 2027): Die Partner reisen innerhalb von 7 Tagen in zwei Städte.",
            "„Meeting 3“ in Helsinki (30. Juni – 1. Juli 2027) beginnt 5 Tage nach dem Ende von „Meeting 2“ in Lisbon (25. Juni 2027): Die Partner reisen innerhalb von 7 Tagen in zwei Städte.",
            "„Meeting 1“ findet am 24. Juni 2027 in Riga statt, dort ein Feiertag (Jāņi): Viele könnten abwesend sein; wählen Sie einen anderen Tag.",
        ]
    );
}
