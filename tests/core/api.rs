//! The core API as the shell and the CLI use it: create, read, update, delete every kind of
//! record, with the rules a coordinator relies on (validation naming the field, cascades
//! that say what they remove, meeting identity and sequence, time zones).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use convene_core::calendar::local_times;
use convene_core::i18n::Locale;
use convene_core::meeting::*;
use convene_core::milestone::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::plan::*;
use convene_core::practice::*;
use convene_core::search::{search, HitKind};
use convene_core::{Db, Error};

fn dt(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn field_of(err: Error) -> String {
    match err {
        Error::Invalid { field, .. } => field,
        other => panic!("expected a field error, got {other:?}"),
    }
}

fn timed(start: &str, end: &str, zone: &str) -> ScheduleInput {
    ScheduleInput::Timed { start_local: dt(start), end_local: dt(end), time_zone: zone.into() }
}

fn meeting_input(title: &str, host: Option<i64>, schedule: ScheduleInput) -> MeetingInput {
    MeetingInput {
        kind: MeetingKind::Transnational,
        title: title.into(),
        host_partner_id: host,
        venue: String::new(),
        mode: MeetingMode::InPerson,
        online_url: String::new(),
        status: MeetingStatus::Tentative,
        description: String::new(),
        schedule,
    }
}

struct Fixture {
    db: Db,
    network: Network,
    jelgava: Partner,
    nevers: Partner,
    fundao: Partner,
}

fn iotxchange() -> Fixture {
    let mut db = Db::open_in_memory().unwrap();
    let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning)).unwrap();
    let jelgava = create_partner(&mut db, network.id, PartnerInput::named("Jelgava", "Latvia")).unwrap();
    let nevers = create_partner(&mut db, network.id, PartnerInput::named("Nevers Agglomération", "FR")).unwrap();
    let mut lead = PartnerInput::named("Fundão", "Portugal");
    lead.role = PartnerRole::LeadPartner;
    let fundao = create_partner(&mut db, network.id, lead).unwrap();
    Fixture { db, network, jelgava, nevers, fundao }
}

#[test]
fn partners_take_their_zone_from_the_country_and_a_region_resolves_to_its_country() {
    let mut f = iotxchange();
    assert_eq!(f.jelgava.time_zone, "Europe/Riga");
    assert_eq!(f.jelgava.country, "LV");
    assert_eq!(f.fundao.time_zone, "Europe/Lisbon");
    let saleg = create_partner(&mut f.db, f.network.id, PartnerInput::named("SALEG", "Saxony-Anhalt")).unwrap();
    assert_eq!((saleg.country.as_str(), saleg.time_zone.as_str()), ("DE", "Europe/Berlin"));
    let mut changed = PartnerInput::from(&saleg);
    changed.time_zone = "Europe/Vienna".into();
    assert_eq!(update_partner(&mut f.db, saleg.id, changed).unwrap().time_zone, "Europe/Vienna");
    let network = get_network(&f.db, f.network.id).unwrap();
    assert_eq!(network.lead_partner_id, Some(f.fundao.id), "a lead partner becomes the network's lead");
}

#[test]
fn bad_input_names_the_field_and_saves_nothing() {
    let mut f = iotxchange();
    let before = list_partners(&f.db, f.network.id).unwrap();
    assert_eq!(field_of(create_partner(&mut f.db, f.network.id, PartnerInput::named("  ", "LV")).unwrap_err()), "name");
    assert_eq!(
        field_of(create_partner(&mut f.db, f.network.id, PartnerInput::named("Riga", "Atlantis")).unwrap_err()),
        "country"
    );
    let mut zone = PartnerInput::named("Riga", "LV");
    zone.time_zone = "Europe/Atlantis".into();
    assert_eq!(field_of(create_partner(&mut f.db, f.network.id, zone).unwrap_err()), "time_zone");
    let long = PartnerInput::named(&"x".repeat(201), "LV");
    assert_eq!(field_of(create_partner(&mut f.db, f.network.id, long).unwrap_err()), "name");
    let mut email = NetworkInput::named("Other", NetworkKind::Transfer);
    email.contact_email = "dmc-at-barnsley".into();
    assert_eq!(field_of(create_network(&mut f.db, email).unwrap_err()), "contact_email");
    let mut dates = NetworkInput::named("Other", NetworkKind::Transfer);
    dates.start_date = Some(date("2020-01-01"));
    dates.end_date = Some(date("2019-12-31"));
    assert_eq!(field_of(create_network(&mut f.db, dates).unwrap_err()), "end_date");
    let mut old = NetworkInput::named("Other", NetworkKind::Transfer);
    old.start_date = Some(date("1989-12-31"));
    assert_eq!(field_of(create_network(&mut f.db, old).unwrap_err()), "start_date");
    let reversed = meeting_input("Backwards", Some(f.jelgava.id), timed("2027-03-10 12:00", "2027-03-10 10:00", ""));
    assert_eq!(field_of(create_meeting(&mut f.db, f.network.id, reversed).unwrap_err()), "end");
    let contact =
        ContactInput { name: "Anna".into(), role: String::new(), email: "anna@".into(), phone: String::new() };
    assert_eq!(field_of(add_contact(&mut f.db, f.jelgava.id, contact).unwrap_err()), "email");

    assert_eq!(list_partners(&f.db, f.network.id).unwrap(), before);
    assert_eq!(list_networks(&f.db).unwrap().len(), 1);
    assert!(list_meetings(&f.db, f.network.id, DateRange::default()).unwrap().is_empty());
}

#[test]
fn a_taken_short_name_is_refused_and_networks_are_found_by_name_or_slug() {
    let mut f = iotxchange();
    let err = create_network(&mut f.db, NetworkInput::named("IOTXCHANGE", NetworkKind::Transfer)).unwrap_err();
    assert_eq!(field_of(err), "slug");
    create_network(&mut f.db, NetworkInput::named("Find your Greatness", NetworkKind::ActionPlanning)).unwrap();
    assert_eq!(find_network(&f.db, "find-your-greatness").unwrap().name, "Find your Greatness");
    assert_eq!(find_network(&f.db, "FIND YOUR GREATNESS").unwrap().name, "Find your Greatness");
    assert!(matches!(find_network(&f.db, "TechTown"), Err(Error::NotFound(_))));
}

#[test]
fn a_timed_meeting_is_stored_in_utc_and_shown_on_every_partners_clock() {
    let mut f = iotxchange();
    let m = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input(
            "Transnational meeting in Jelgava",
            Some(f.jelgava.id),
            timed("2027-03-10 10:00", "2027-03-10 12:00", ""),
        ),
    )
    .unwrap();
    let Schedule::Timed { start, end, ref time_zone, start_local, .. } = m.schedule else { panic!("{:?}", m.schedule) };
    assert_eq!(time_zone, "Europe/Riga", "the zone defaults to the host's");
    assert_eq!(start, Utc.with_ymd_and_hms(2027, 3, 10, 8, 0, 0).unwrap());
    assert_eq!(start_local, dt("2027-03-10 10:00"));
    assert_eq!(m.host_name.as_deref(), Some("Jelgava"));

    let partners = list_partners(&f.db, f.network.id).unwrap();
    let times = local_times(start, end, &partners).unwrap();
    let at = |name: &str| {
        let t = times.iter().find(|t| t.partner_name == name).unwrap();
        t.start_local.time()
    };
    assert_eq!(at("Nevers Agglomération"), NaiveTime::from_hms_opt(9, 0, 0).unwrap());
    assert_eq!(at("Fundão"), NaiveTime::from_hms_opt(8, 0, 0).unwrap());
    let _ = (&f.nevers, &f.fundao);
}

#[test]
fn a_local_time_that_does_not_exist_is_refused() {
    let mut f = iotxchange();
    // Clocks in Riga jump from 03:00 to 04:00 on 2027-03-28.
    let gap = meeting_input("In the gap", Some(f.jelgava.id), timed("2027-03-28 03:30", "2027-03-28 05:00", ""));
    let err = create_meeting(&mut f.db, f.network.id, gap).unwrap_err();
    assert_eq!(err.field(), Some("start"));
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[test]
fn the_uid_never_changes_and_the_sequence_grows_with_time_place_or_status() {
    let mut f = iotxchange();
    let m = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input(
            "Kick-off",
            Some(f.fundao.id),
            ScheduleInput::AllDay { first: date("2027-10-14"), last: date("2027-10-16") },
        ),
    )
    .unwrap();
    assert_eq!(m.sequence, 0);
    uuid_is_v4(&m.uid);

    let mut input = MeetingInput::from(&m);
    input.description = "Agenda to follow".into();
    let described = update_meeting(&mut f.db, m.id, input.clone()).unwrap();
    assert_eq!(described.sequence, 0, "a description is not a calendar change");

    input.venue = "Moagem cultural centre".into();
    let moved = update_meeting(&mut f.db, m.id, input.clone()).unwrap();
    assert_eq!(moved.sequence, 1);

    input.schedule = ScheduleInput::AllDay { first: date("2027-10-15"), last: date("2027-10-16") };
    assert_eq!(update_meeting(&mut f.db, m.id, input).unwrap().sequence, 2);

    let cancelled = set_meeting_status(&mut f.db, m.id, MeetingStatus::Cancelled).unwrap();
    assert_eq!((cancelled.status, cancelled.sequence), (MeetingStatus::Cancelled, 3));
    assert_eq!(cancelled.uid, m.uid);
    assert_eq!(find_meeting(&f.db, &m.uid).unwrap().id, m.id);
}

fn uuid_is_v4(text: &str) {
    let parts: Vec<&str> = text.split('-').collect();
    assert_eq!(parts.iter().map(|p| p.len()).collect::<Vec<_>>(), [8, 4, 4, 4, 12], "{text}");
    assert!(parts[2].starts_with('4'), "{text}");
}

#[test]
fn undated_meetings_keep_their_words_and_come_after_dated_ones() {
    let mut f = iotxchange();
    let undated = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input(
            "Transnational meeting",
            None,
            ScheduleInput::Undated {
                year: None,
                month: Some(9),
                wording: "Transnational meetings in September (Limerick)".into(),
            },
        ),
    )
    .unwrap();
    create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input(
            "Final",
            Some(f.fundao.id),
            ScheduleInput::AllDay { first: date("2028-06-26"), last: date("2028-06-28") },
        ),
    )
    .unwrap();
    let all = list_meetings(&f.db, f.network.id, DateRange::default()).unwrap();
    assert_eq!(all.iter().map(|m| m.title.as_str()).collect::<Vec<_>>(), ["Final", "Transnational meeting"]);
    let Schedule::Undated { month, ref wording, .. } = get_meeting(&f.db, undated.id).unwrap().schedule else {
        panic!()
    };
    assert_eq!(month, Some(9));
    assert_eq!(wording, "Transnational meetings in September (Limerick)");
    let in_2028 = DateRange { from: Some(date("2028-01-01")), to: Some(date("2028-12-31")) };
    assert_eq!(list_meetings(&f.db, f.network.id, in_2028).unwrap().len(), 1);
}

#[test]
fn upcoming_meetings_span_networks_and_skip_the_past_and_the_cancelled() {
    let mut f = iotxchange();
    let other = create_network(&mut f.db, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap();
    let messina = create_partner(&mut f.db, other.id, PartnerInput::named("Messina", "IT")).unwrap();
    let day = |d: &str| ScheduleInput::AllDay { first: date(d), last: date(d) };
    create_meeting(&mut f.db, f.network.id, meeting_input("Past", None, day("2027-01-05"))).unwrap();
    create_meeting(&mut f.db, other.id, meeting_input("Soon", Some(messina.id), day("2027-02-01"))).unwrap();
    let c = create_meeting(&mut f.db, f.network.id, meeting_input("Called off", None, day("2027-02-02"))).unwrap();
    set_meeting_status(&mut f.db, c.id, MeetingStatus::Cancelled).unwrap();
    create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("Later", Some(f.jelgava.id), timed("2027-03-01 10:00", "2027-03-01 12:00", "")),
    )
    .unwrap();
    let now = Utc.with_ymd_and_hms(2027, 1, 20, 12, 0, 0).unwrap();
    let next = upcoming_meetings(&f.db, now, 50).unwrap();
    let titles: Vec<(&str, &str)> = next.iter().map(|m| (m.title.as_str(), m.network_name.as_str())).collect();
    assert_eq!(titles, [("Soon", "DigiPlace"), ("Later", "IoTXchange")]);
}

#[test]
fn agenda_keeps_its_order_and_attendance_is_per_partner_or_contact() {
    let mut f = iotxchange();
    let m = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("TM", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 16:00", "")),
    )
    .unwrap();
    let item = |title: &str| AgendaItemInput {
        start_time: None,
        end_time: None,
        title: title.into(),
        lead_partner_id: None,
        notes: String::new(),
    };
    let with_agenda = set_agenda(&mut f.db, m.id, vec![item("Welcome"), item("Site visit"), item("Wrap-up")]).unwrap();
    assert_eq!(
        with_agenda.agenda.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
        ["Welcome", "Site visit", "Wrap-up"]
    );
    let reordered = set_agenda(&mut f.db, m.id, vec![item("Site visit"), item("Welcome"), item("Wrap-up")]).unwrap();
    assert_eq!(reordered.agenda[0].title, "Site visit");
    let bad = AgendaItemInput {
        start_time: NaiveTime::from_hms_opt(11, 0, 0),
        end_time: NaiveTime::from_hms_opt(10, 0, 0),
        ..item("Backwards")
    };
    assert_eq!(field_of(set_agenda(&mut f.db, m.id, vec![item("Kept"), bad]).unwrap_err()), "agenda[1].end_time");
    assert_eq!(get_meeting(&f.db, m.id).unwrap().agenda.len(), 3, "a refused agenda leaves the saved one");

    let anna = add_contact(
        &mut f.db,
        f.nevers.id,
        ContactInput {
            name: "Anna Dupont".into(),
            role: "Project officer".into(),
            email: "anna@nevers.fr".into(),
            phone: String::new(),
        },
    )
    .unwrap();
    set_attendance(&mut f.db, m.id, Attendee::Partner(f.jelgava.id), Some(AttendanceStatus::Accepted)).unwrap();
    set_attendance(&mut f.db, m.id, Attendee::Contact(anna.id), Some(AttendanceStatus::Invited)).unwrap();
    let m2 = set_attendance(&mut f.db, m.id, Attendee::Contact(anna.id), Some(AttendanceStatus::Declined)).unwrap();
    let statuses: Vec<(&str, AttendanceStatus)> = m2.attendance.iter().map(|a| (a.name.as_str(), a.status)).collect();
    assert_eq!(statuses, [("Anna Dupont", AttendanceStatus::Declined), ("Jelgava", AttendanceStatus::Accepted)]);
    let m3 = set_attendance(&mut f.db, m.id, Attendee::Partner(f.jelgava.id), None).unwrap();
    assert_eq!(m3.attendance.len(), 1);
}

#[test]
fn deleting_a_network_says_what_goes_with_it_and_needs_the_cascade() {
    let mut f = iotxchange();
    create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("TM", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 12:00", "")),
    )
    .unwrap();
    create_milestone(&mut f.db, f.network.id, MilestoneInput::on(date("2027-05-07"), "Phase 2 approved")).unwrap();
    let err = delete_network(&mut f.db, f.network.id, false).unwrap_err();
    let Error::HasDependents { message, dependents } = err else { panic!() };
    let dependents: Vec<String> = dependents.iter().map(|d| d.to_string()).collect();
    assert_eq!(dependents, ["3 partners", "1 meeting", "1 milestone"]);
    assert!(message.contains("IoTXchange") && message.contains("3 partners"), "{message}");
    assert!(get_network(&f.db, f.network.id).is_ok(), "nothing deleted without the cascade");

    let removed = delete_network(&mut f.db, f.network.id, true).unwrap();
    assert_eq!(removed.items, ["3 partners", "1 meeting", "1 milestone"]);
    assert!(list_networks(&f.db).unwrap().is_empty());
    let left: i64 = f.db.conn().query_row("SELECT (SELECT count(*) FROM partners) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM milestones)", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn what_a_network_deletion_takes_with_it_is_counted_in_the_readers_language() {
    let mut f = iotxchange();
    create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("TM", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 12:00", "")),
    )
    .unwrap();
    for day in 1..=5 {
        let milestone = MilestoneInput::on(date(&format!("2027-05-0{day}")), &format!("Step {day}"));
        create_milestone(&mut f.db, f.network.id, milestone).unwrap();
    }
    let err = delete_network(&mut f.db, f.network.id, false).unwrap_err();
    assert_eq!(
        err.message(Locale::De),
        "das Löschen von IoTXchange würde auch Folgendes löschen: 3 Partner, 1 Treffen, 5 Meilensteine; \
         bestätigen Sie die Kaskade, um alles zu löschen"
    );
    let polish = err.message(Locale::Pl);
    assert!(polish.contains(": 3 miasta partnerskie, 1 spotkanie, 5 kamieni milowych;"), "{polish}");
    let Error::HasDependents { dependents, .. } = err else { panic!() };
    let french: Vec<String> = dependents.iter().map(|d| d.render(Locale::Fr)).collect();
    assert_eq!(french, ["3 partenaires", "1 réunion", "5 jalons"]);
}

#[test]
fn deleting_a_host_needs_the_cascade_and_leaves_the_meeting_without_a_host() {
    let mut f = iotxchange();
    let m = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("TM", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 12:00", "")),
    )
    .unwrap();
    let err = delete_partner(&mut f.db, f.jelgava.id, false).unwrap_err();
    assert!(err.to_string().contains("1 meeting that would lose its host"), "{err}");
    delete_partner(&mut f.db, f.jelgava.id, true).unwrap();
    let after = get_meeting(&f.db, m.id).unwrap();
    assert_eq!(after.host_partner_id, None);
    assert!(matches!(after.schedule, Schedule::Timed { .. }), "the meeting itself stays");
    // A partner nothing depends on goes without ceremony.
    delete_partner(&mut f.db, f.nevers.id, false).unwrap();
}

#[test]
fn plans_practices_and_milestones_are_editable() {
    let mut f = iotxchange();
    let plan = create_plan(
        &mut f.db,
        f.network.id,
        ActionPlanInput {
            partner_id: Some(f.jelgava.id),
            title: "Smart municipality development plan".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();
    assert_eq!(plan.partner_name.as_deref(), Some("Jelgava"));
    let mut input = ActionPlanInput {
        partner_id: plan.partner_id,
        title: plan.title.clone(),
        summary: "Testing IoT".into(),
        status: PlanStatus::Adopted,
    };
    assert_eq!(update_plan(&mut f.db, plan.id, input.clone()).unwrap().status, PlanStatus::Adopted);
    input.title = String::new();
    assert_eq!(field_of(update_plan(&mut f.db, plan.id, input).unwrap_err()), "title");

    let practice = create_practice(
        &mut f.db,
        PracticeInput {
            title: "Citizen card".into(),
            tagline: "Access to city services".into(),
            city: "Gijón".into(),
            country: "ES".into(),
            author: "Laura González Méndez".into(),
            author_role: "CARD4LL Project Coordinator".into(),
            headline_figure: "272 202".into(),
            is_transfer: true,
            sections: vec![PracticeSection {
                heading: "What difference has it made?".into(),
                body: "Smart living.".into(),
            }],
            network_ids: vec![f.network.id],
        },
    )
    .unwrap();
    let loaded = get_practice(&f.db, practice.id).unwrap();
    assert_eq!(loaded.sections.len(), 1);
    assert_eq!(loaded.network_ids, [f.network.id]);
    assert_eq!(list_practices(&f.db).unwrap()[0].title, "Citizen card");

    let ms =
        create_milestone(&mut f.db, f.network.id, MilestoneInput::on(date("2019-06-25"), "Phase 1 approved")).unwrap();
    let moved = update_milestone(&mut f.db, ms.id, MilestoneInput::on(date("2019-06-26"), &ms.title)).unwrap();
    assert_eq!(moved.date, date("2019-06-26"));
    assert_eq!(list_milestones(&f.db, f.network.id).unwrap().len(), 1);
}

#[test]
fn search_finds_every_kind_ignoring_accents_and_survives_odd_input() {
    let mut f = iotxchange();
    let mut venue = meeting_input(
        "Transnational meeting Nr. 3",
        Some(f.jelgava.id),
        timed("2027-03-10 10:00", "2027-03-10 12:00", ""),
    );
    venue.venue = "Academia Petrina".into();
    create_meeting(&mut f.db, f.network.id, venue).unwrap();
    let hits = search(&f.db, "fundao", 20).unwrap();
    assert!(hits.iter().any(|h| h.kind == HitKind::Partner && h.title == "Fundão"), "{hits:?}");
    let hits = search(&f.db, "petrina", 20).unwrap();
    assert_eq!(hits[0].kind, HitKind::Meeting);
    assert_eq!(hits[0].network_name.as_deref(), Some("IoTXchange"));
    assert!(search(&f.db, "iotx", 20).unwrap().iter().any(|h| h.kind == HitKind::Network));
    assert!(search(&f.db, "\"(* AND", 20).is_ok());
    let renamed = {
        let mut p = PartnerInput::from(&f.nevers);
        p.name = "Nevers".into();
        update_partner(&mut f.db, f.nevers.id, p).unwrap()
    };
    assert!(search(&f.db, "agglomeration", 20)
        .unwrap()
        .iter()
        .all(|h| h.id != renamed.id || h.kind != HitKind::Partner));
}

#[test]
fn search_ignores_accents_and_letters_of_other_alphabets_both_ways() {
    let mut f = iotxchange();
    let lodz = create_partner(&mut f.db, f.network.id, PartnerInput::named("Łódź", "Poland")).unwrap();
    let oresund = create_partner(&mut f.db, f.network.id, PartnerInput::named("Øresund Region", "Denmark")).unwrap();
    let thessaloniki = create_partner(&mut f.db, f.network.id, PartnerInput::named("Θεσσαλονίκη", "Greece")).unwrap();
    let finds = |typed: &str, id: i64| {
        search(&f.db, typed, 50).unwrap().iter().any(|h| h.id == id && h.kind == HitKind::Partner)
    };
    for typed in ["lodz", "Lodz", "łódź", "ŁÓDŹ", "lo"] {
        assert!(finds(typed, lodz.id), "{typed} finds Łódź");
    }
    for typed in ["oresund", "Øresund", "ore"] {
        assert!(finds(typed, oresund.id), "{typed} finds Øresund");
    }
    for typed in ["Θεσσαλονίκη", "θεσσαλονικη", "ΘΕΣΣΑΛΟΝΙΚΗ", "Θεσ"] {
        assert!(finds(typed, thessaloniki.id), "{typed} finds Θεσσαλονίκη");
    }
    let hit = search(&f.db, "lodz", 50).unwrap().into_iter().find(|h| h.id == lodz.id).unwrap();
    assert_eq!(hit.title, "Łódź", "the name is shown as written");
    assert!(!finds("warszawa", lodz.id));
}

#[test]
fn search_follows_every_edit_and_delete_of_a_meeting() {
    let mut f = iotxchange();
    let first = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("Kick-off in Gävle", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 12:00", "")),
    )
    .unwrap();
    let other = create_meeting(
        &mut f.db,
        f.network.id,
        meeting_input("Kick-off online", None, timed("2027-04-10 10:00", "2027-04-10 12:00", "Europe/Riga")),
    )
    .unwrap();
    let meetings = |db: &Db, typed: &str| -> Vec<i64> {
        search(db, typed, 50).unwrap().into_iter().filter(|h| h.kind == HitKind::Meeting).map(|h| h.id).collect()
    };
    assert_eq!(meetings(&f.db, "gavle"), vec![first.id]);
    let mut input =
        meeting_input("Study visit in Nevers", Some(f.jelgava.id), timed("2027-03-10 10:00", "2027-03-10 12:00", ""));
    input.description = "Harbour tour".into();
    update_meeting(&mut f.db, first.id, input).unwrap();
    assert!(meetings(&f.db, "gavle").is_empty(), "the old title is no longer found");
    assert_eq!(meetings(&f.db, "nevers"), vec![first.id]);
    assert_eq!(meetings(&f.db, "harbour"), vec![first.id], "the new description is found");
    let hit = search(&f.db, "harbour", 50).unwrap().into_iter().find(|h| h.id == first.id).unwrap();
    assert!(hit.snippet.contains("Harbour tour"), "the excerpt is the meeting's own text as it is now: {hit:?}");
    assert_eq!(meetings(&f.db, "kick"), vec![other.id], "the other meeting is untouched");
    delete_meeting(&mut f.db, first.id).unwrap();
    assert!(meetings(&f.db, "nevers").is_empty());
    assert_eq!(meetings(&f.db, "kick off"), vec![other.id]);
}

#[test]
fn text_from_users_is_kept_exactly() {
    let mut f = iotxchange();
    let name = "<img src=x onerror=alert(1)>";
    let p = create_partner(&mut f.db, f.network.id, PartnerInput::named(name, "LV")).unwrap();
    assert_eq!(get_partner(&f.db, p.id).unwrap().name, name);
}

#[test]
fn partners_are_listed_in_the_order_people_read_names() {
    let mut f = iotxchange();
    create_partner(&mut f.db, f.network.id, PartnerInput::named("Ånge", "Sweden")).unwrap();
    create_partner(&mut f.db, f.network.id, PartnerInput::named("Razlog", "Bulgaria")).unwrap();
    let names: Vec<String> = list_partners(&f.db, f.network.id).unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Ånge", "Fundão", "Jelgava", "Nevers Agglomération", "Razlog"]);
}

#[test]
fn search_finds_whole_words_and_words_only_begun_from_the_first_letter() {
    let mut f = iotxchange();
    let input = meeting_input(
        "Harbour planning workshop",
        Some(f.jelgava.id),
        timed("2027-03-10 10:00", "2027-03-10 12:00", ""),
    );
    let workshop = create_meeting(&mut f.db, f.network.id, input).unwrap();
    let found = |text: &str, limit: usize| {
        let hits = search(&f.db, text, limit).unwrap();
        assert!(hits.len() <= limit, "{text}: {hits:?}");
        hits.iter().any(|h| h.kind == HitKind::Meeting && h.id == workshop.id)
    };
    for typed in ["h", "ha", "har", "harb", "harbour", "plan", "Harbour plan", "WORKSHOP"] {
        assert!(found(typed, 50), "{typed} finds the workshop");
    }
    assert!(!found("harbours", 50), "a longer word than any in the text finds nothing");
    let j = search(&f.db, "j", 3).unwrap();
    assert!(j.iter().any(|h| h.kind == HitKind::Partner && h.title == "Jelgava"), "one letter finds Jelgava: {j:?}");
}
