//! Shared by the core tests: a database holding every kind of record; ([`tables`]) a dump
//! of every table to compare two databases table by table, column by column;
//! ([`ics_reader`]) an independent reader of the iCalendar files Convene writes;
//! ([`gavle_plan`]) the plan most plan tests start from; ([`iotxchange`]) the network the
//! calendar import tests import into; ([`urbact_pages`]) the bundled URBACT example pages.
#![allow(dead_code)]

pub mod gavle_plan;
pub mod ics_reader;
pub mod iotxchange;
mod tables;
pub mod urbact_pages;

// Not every test file that shares this module compares tables.
#[allow(unused_imports)]
pub use tables::*;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use convene_core::exchange::{export_json, import_json};
use convene_core::meeting::*;
use convene_core::milestone::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::plan::*;
use convene_core::poll::invite::{poll_invitations, PollInviteInput};
use convene_core::poll::*;
use convene_core::practice::*;
use convene_core::Db;

pub fn dt(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

pub fn partner(name: &str, country: &str, role: PartnerRole) -> PartnerInput {
    PartnerInput { role, ..PartnerInput::named(name, country) }
}

pub fn meeting(title: &str, kind: MeetingKind, host: Option<i64>, schedule: ScheduleInput) -> MeetingInput {
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

/// Every kind of record, with unicode names, gaps in the ids, changed sequences, old
/// timestamps and source references, so that nothing can match by accident.
pub fn rich_database() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let gone = create_network(&mut db, NetworkInput::named("Deleted first", NetworkKind::Other)).unwrap();

    let mut input = NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning);
    input.tagline = "Internet of Things for small cities – Nyíregyháza to Võru".into();
    input.description = "Städte, villes, ciudades: «Internet of Things» 🌍".into();
    input.programme = "URBACT III".into();
    input.start_date = Some(date("2019-09-01"));
    input.end_date = Some(date("2022-06-30"));
    input.phases = vec![
        Phase { name: "Phase 1".into(), start_date: Some(date("2019-09-01")), end_date: Some(date("2020-02-28")) },
        Phase { name: "Phase 2".into(), start_date: Some(date("2020-03-01")), end_date: None },
    ];
    input.contact_email = "iot@fundao.pt".into();
    input.website = "https://urbact.eu/iotxchange".into();
    let iot = create_network(&mut db, input).unwrap();
    delete_network(&mut db, gone.id, true).unwrap();

    let gavle = create_partner(&mut db, iot.id, partner("Gävle", "Sweden", PartnerRole::Partner)).unwrap();
    let mut kez = partner("Kežmarok", "SK", PartnerRole::Partner);
    kez.population = Some(16_500);
    kez.notes = "Notes with ñ and ß".into();
    let kezmarok = create_partner(&mut db, iot.id, kez).unwrap();
    let mut fundao = partner("Fundão", "Portugal", PartnerRole::LeadPartner);
    fundao.region = "PT-05".into();
    let fundao = create_partner(&mut db, iot.id, fundao).unwrap();
    let mut voru = partner("Võru", "Estonia", PartnerRole::TransferCity);
    voru.time_zone = "Europe/Helsinki".into();
    let voru = create_partner(&mut db, iot.id, voru).unwrap();
    let contact = add_contact(
        &mut db,
        gavle.id,
        ContactInput {
            name: "Åsa Öberg".into(),
            role: "ULG coordinator".into(),
            email: "asa@gavle.se".into(),
            phone: "+46 26 17 80 00".into(),
        },
    )
    .unwrap();
    let scratch = add_contact(
        &mut db,
        kezmarok.id,
        ContactInput { name: "Temp".into(), role: String::new(), email: String::new(), phone: String::new() },
    )
    .unwrap();
    add_contact(
        &mut db,
        kezmarok.id,
        ContactInput {
            name: "Ján Novák".into(),
            role: "Mayor's office".into(),
            email: "jan@kezmarok.sk".into(),
            phone: String::new(),
        },
    )
    .unwrap();
    delete_contact(&mut db, scratch.id).unwrap();
    let day = |d: &str, name: &str| convene_core::holiday::DayOffInput { date: date(d), name: name.into() };
    convene_core::holiday::add_day_off(&mut db, kezmarok.id, day("2027-06-24", "Saint John's fair")).unwrap();
    let cancelled = convene_core::holiday::add_day_off(&mut db, gavle.id, day("2027-09-12", "Election")).unwrap();
    convene_core::holiday::delete_day_off(&mut db, cancelled.id).unwrap();
    convene_core::holiday::add_day_off(&mut db, gavle.id, day("2026-09-13", "Election day")).unwrap();
    add_local_group_member(
        &mut db,
        voru.id,
        LocalGroupMemberInput { name: "Mari Tamm".into(), organisation: "Võru Maakond".into(), role: "Chair".into() },
    )
    .unwrap();

    let mut kickoff = meeting(
        "Kick-off in Fundão",
        MeetingKind::KickOff,
        Some(fundao.id),
        ScheduleInput::Timed {
            start_local: dt("2027-03-10 10:00"),
            end_local: dt("2027-03-10 12:30"),
            time_zone: String::new(),
        },
    );
    kickoff.venue = "Câmara Municipal".into();
    kickoff.mode = MeetingMode::Hybrid;
    kickoff.online_url = "https://meet.example.org/iot".into();
    let kickoff = create_meeting(&mut db, iot.id, kickoff).unwrap();
    let mut moved = MeetingInput::from(&kickoff);
    moved.venue = "Moagem – Cidade do Engenho e das Artes".into();
    let kickoff = update_meeting(&mut db, kickoff.id, moved).unwrap();
    assert_eq!(kickoff.sequence, 1);
    set_agenda(
        &mut db,
        kickoff.id,
        vec![
            AgendaItemInput {
                start_time: Some(time("10:00")),
                end_time: Some(time("10:30")),
                title: "Welcome".into(),
                lead_partner_id: Some(fundao.id),
                notes: String::new(),
            },
            AgendaItemInput {
                start_time: None,
                end_time: None,
                title: "Zebra: last by name, second in order".into(),
                lead_partner_id: None,
                notes: "résumé".into(),
            },
            AgendaItemInput {
                start_time: Some(time("11:00")),
                end_time: None,
                title: "Apple: first by name, third in order".into(),
                lead_partner_id: Some(gavle.id),
                notes: String::new(),
            },
        ],
    )
    .unwrap();
    set_attendance(&mut db, kickoff.id, Attendee::Partner(voru.id), Some(AttendanceStatus::Accepted)).unwrap();
    set_attendance(&mut db, kickoff.id, Attendee::Contact(contact.id), Some(AttendanceStatus::Tentative)).unwrap();
    set_attendance(&mut db, kickoff.id, Attendee::Partner(gavle.id), Some(AttendanceStatus::Declined)).unwrap();

    let mut visit = meeting(
        "City visit to Kežmarok",
        MeetingKind::CityVisit,
        Some(kezmarok.id),
        ScheduleInput::AllDay { first: date("2020-02-17"), last: date("2020-02-19") },
    );
    visit.status = MeetingStatus::Held;
    let visit = create_meeting(&mut db, iot.id, visit).unwrap();
    set_attendance(&mut db, visit.id, Attendee::Partner(kezmarok.id), Some(AttendanceStatus::Attended)).unwrap();
    let cancelled = set_meeting_status(&mut db, visit.id, MeetingStatus::Held).unwrap();
    assert_eq!(cancelled.sequence, 0, "no change, no new sequence");

    let mut final_event = meeting(
        "Final event",
        MeetingKind::FinalEvent,
        None,
        ScheduleInput::Undated { year: Some(2022), month: Some(6), wording: "June (Basingstoke)".into() },
    );
    final_event.venue = "Basingstoke".into();
    final_event.status = MeetingStatus::Tentative;
    create_meeting(&mut db, iot.id, final_event).unwrap();
    let online = meeting(
        "Online touch-base",
        MeetingKind::OnlineTouchBase,
        None,
        ScheduleInput::Timed {
            start_local: dt("2021-12-01 15:00"),
            end_local: dt("2021-12-01 16:00"),
            time_zone: "America/New_York".into(),
        },
    );
    let online = create_meeting(&mut db, iot.id, online).unwrap();
    set_meeting_status(&mut db, online.id, MeetingStatus::Cancelled).unwrap();
    create_meeting(
        &mut db,
        iot.id,
        meeting(
            "Someday",
            MeetingKind::Other,
            None,
            ScheduleInput::Undated { year: None, month: None, wording: String::new() },
        ),
    )
    .unwrap();

    create_milestone(
        &mut db,
        iot.id,
        MilestoneInput {
            precision: DatePrecision::Month,
            kind: MilestoneKind::Decision,
            description: "Über alles".into(),
            done: true,
            ..MilestoneInput::on(date("2020-04-01"), "Phase 2 approved")
        },
    )
    .unwrap();
    let smart = create_plan(
        &mut db,
        iot.id,
        ActionPlanInput {
            partner_id: Some(kezmarok.id),
            title: "Smart Kežmarok".into(),
            summary: "Sensors in the old town".into(),
            status: PlanStatus::Final,
        },
    )
    .unwrap();
    // Languages other than the default, so that the round trip shows they are carried.
    convene_core::plan::set_plan_language(&mut db, smart.id, convene_core::i18n::Locale::De).unwrap();
    create_plan(
        &mut db,
        iot.id,
        ActionPlanInput {
            partner_id: None,
            title: "Network-wide plan".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();

    let second = create_network(&mut db, NetworkInput::named("Find your Greatness", NetworkKind::Transfer)).unwrap();
    convene_core::network::set_network_language(&mut db, second.id, convene_core::i18n::Locale::Ro).unwrap();
    create_partner(&mut db, second.id, partner("Alba Iulia", "Romania", PartnerRole::LeadPartner)).unwrap();
    create_network(&mut db, NetworkInput::named("Empty network", NetworkKind::Implementation)).unwrap();

    create_practice(
        &mut db,
        PracticeInput {
            title: "Urban data scan".into(),
            tagline: "Antwerp's data".into(),
            city: "Antwerp".into(),
            country: "Belgium".into(),
            author: "Ann Peeters".into(),
            author_role: "Data officer".into(),
            headline_figure: "521 946".into(),
            is_transfer: true,
            sections: vec![
                PracticeSection { heading: "Zeta first".into(), body: "Solution".into() },
                PracticeSection { heading: "Alpha second".into(), body: "Ηράκλειο".into() },
            ],
            network_ids: vec![second.id, iot.id],
        },
    )
    .unwrap();
    create_practice(
        &mut db,
        PracticeInput {
            title: "Citizen card".into(),
            tagline: String::new(),
            city: "Gijón".into(),
            country: String::new(),
            author: String::new(),
            author_role: String::new(),
            headline_figure: String::new(),
            is_transfer: false,
            sections: vec![],
            network_ids: vec![],
        },
    )
    .unwrap();

    plan_history(&mut db, kezmarok.id);

    // Polls: one open with answers of every source, invitations sent and an all-day option;
    // one closed on its second option, whose meeting keeps that option's UID.
    let mut poll_input = PollInput {
        title: "Transnational meeting in Gävle".into(),
        kind: MeetingKind::Transnational,
        host_partner_id: Some(gavle.id),
        time_zone: String::new(),
        deadline: Some(date("2027-02-01")),
        options: vec!["2027-04-12 10:00/16:00".into(), "2027-04-19 10:00/16:00".into(), "2027-05-03/2027-05-04".into()],
    };
    let open = create_poll(&mut db, iot.id, poll_input.clone()).unwrap();
    let invite = PollInviteInput { organizer: "iot@fundao.pt".into(), to: vec![] };
    poll_invitations(&mut db, open.id, &invite, chrono::Utc::now()).unwrap();
    set_answer(&mut db, open.id, gavle.id, 1, Answer::Yes).unwrap();
    set_answer(&mut db, open.id, kezmarok.id, 3, Answer::Maybe).unwrap();
    set_answer(&mut db, open.id, voru.id, 2, Answer::No).unwrap();
    poll_input.title = "Online review".into();
    poll_input.kind = MeetingKind::OnlineTouchBase;
    poll_input.host_partner_id = None;
    poll_input.time_zone = "Europe/Lisbon".into();
    poll_input.deadline = None;
    let closed = create_poll(&mut db, iot.id, poll_input).unwrap();
    set_answer(&mut db, closed.id, fundao.id, 2, Answer::Yes).unwrap();
    close_poll(&mut db, closed.id, 2).unwrap();
    db.conn()
        .execute_batch(&format!(
            "UPDATE poll_answers SET source = 'calendar', answered_at = '2027-01-10T09:00:00Z' WHERE partner_id = {gavle};
             UPDATE poll_answers SET source = 'text', answered_at = '2027-01-11T09:00:00Z' WHERE partner_id = {kez};",
            gavle = gavle.id,
            kez = kezmarok.id
        ))
        .unwrap();

    // What only importers and time can write: source references, import notes, old stamps.
    let c = db.conn();
    c.execute_batch(&format!(
        "UPDATE networks SET source_ref = 'urbact:nid:101', created_at = '2019-05-01T08:00:00Z', updated_at = '2020-01-02T09:10:11Z' WHERE id = {iot};
         UPDATE partners SET created_at = '2019-05-02T08:00:00Z', updated_at = '2019-05-03T08:00:00Z';
         UPDATE meetings SET source_ref = 'urbact:nid:101:meeting:' || id, created_at = '2019-06-01T10:00:00Z', updated_at = '2019-06-02T10:00:00Z';
         UPDATE action_plans SET created_at = '2019-07-01T10:00:00Z', updated_at = '2019-07-01T10:00:00Z', source_ref = 'urbact:iap:' || id;
         UPDATE milestones SET source_ref = 'urbact:nid:101:milestone:1';
         UPDATE practices SET created_at = '2018-01-01T00:00:00Z', updated_at = '2018-02-01T00:00:00Z', source_ref = 'urbact:gp:' || id;
         INSERT INTO import_notes (network_id, line, text, reason, source_ref) VALUES ({iot}, 42, 'Kezmarok - Estonia', 'country conflicts with Kežmarok (SK)', 'urbact:note:42');
         INSERT INTO import_notes (network_id, line, text, reason, source_ref) VALUES (NULL, 7, '???', 'not part of any record', NULL);",
        iot = iot.id
    ))
    .unwrap();
    db
}

/// A plan's life: author set, sections edited, rows added, changed and linked, a restore,
/// comments (one resolved), the review path to adoption, and an exchange with a partner's
/// copy that leaves one conflict settled and one open.
fn plan_history(db: &mut Db, partner_id: i64) {
    set_author(db, "Anna Lindqvist").unwrap();
    let plan: i64 =
        db.conn().query_row("SELECT id FROM action_plans WHERE partner_id = ?1", [partner_id], |r| r.get(0)).unwrap();
    save_section(db, plan, "vision", "Sensors that residents trust – «smart» but open", None).unwrap();
    add_section(db, plan, "Data ethics", Some("approach")).unwrap();
    let indicator = add_indicator(
        db,
        plan,
        IndicatorInput {
            id: String::new(),
            name: "Sensors installed".into(),
            kind: IndicatorKind::Output,
            unit: "sensors".into(),
            baseline: "0".into(),
            target: "120".into(),
            target_date: Some(Month::parse("target_date", "2026-12").unwrap()),
            verification: "Installation log".into(),
        },
    )
    .unwrap()
    .item_id
    .unwrap();
    let action = ActionInput {
        id: String::new(),
        objective: "Open data".into(),
        title: "Air quality sensors".into(),
        description: "On every school in the old town".into(),
        lead: "Kežmarok municipality".into(),
        partners: "Tatra university".into(),
        start: Some(Month::parse("start", "2025-03").unwrap()),
        end: Some(Month::parse("end", "2026-11").unwrap()),
        cost: Some("48500.50".parse().unwrap()),
        funding: vec![
            FundingLine { source: FundingSource::Erdf, amount: "30000".parse().unwrap() },
            FundingLine { source: FundingSource::City, amount: "8500.25".parse().unwrap() },
        ],
        status: ActionStatus::Planned,
        pilot: true,
        indicator_ids: vec![indicator.clone()],
    };
    let action_id = add_action(db, plan, action.clone()).unwrap().item_id.unwrap();
    add_action(
        db,
        plan,
        ActionInput {
            id: String::new(),
            title: "Open data portal".into(),
            cost: None,
            funding: vec![],
            pilot: false,
            indicator_ids: vec![],
            ..action.clone()
        },
    )
    .unwrap();
    move_action(db, plan, &action_id, 1).unwrap();
    add_risk(
        db,
        plan,
        RiskInput {
            id: String::new(),
            description: "Vandalism of sensors".into(),
            likelihood: 3,
            impact: 2,
            mitigation: "Mount them high".into(),
            owner: "City police".into(),
        },
    )
    .unwrap();
    save_section(db, plan, "context", "A draft we will take back", None).unwrap();
    let before_draft = list_revisions(db, plan).unwrap()[1].number;
    restore_revision(db, plan, before_draft).unwrap();
    let comment = add_comment(
        db,
        plan,
        CommentInput {
            section_key: "vision".into(),
            author: "Lead expert".into(),
            text: "Say who “residents” are".into(),
        },
    )
    .unwrap();
    resolve_comment(db, comment.id, "").unwrap();
    add_comment(
        db,
        plan,
        CommentInput { section_key: "risks".into(), author: String::new(), text: "Add a data breach risk".into() },
    )
    .unwrap();
    set_plan_status(db, plan, PlanStatus::InReview, None).unwrap();
    set_plan_status(db, plan, PlanStatus::Final, None).unwrap();
    set_plan_status(db, plan, PlanStatus::Adopted, Some(date("2021-05-20"))).unwrap();

    let mut theirs = Db::open_in_memory().unwrap();
    import_json(&mut theirs, &export_json(db).unwrap()).unwrap();
    set_author(&mut theirs, "Lead expert").unwrap();
    save_section(&mut theirs, plan, "vision", "Their vision", None).unwrap();
    save_section(&mut theirs, plan, "monitoring", "Their monitoring", None).unwrap();
    let mut changed = action.clone();
    changed.cost = Some("52000".parse().unwrap());
    update_action(&mut theirs, plan, &action_id, changed).unwrap();
    save_section(db, plan, "vision", "Our vision", None).unwrap();
    let mut ours = action;
    ours.cost = Some("50000".parse().unwrap());
    update_action(db, plan, &action_id, ours).unwrap();
    let report = receive_plan(db, &send_plan(&theirs, plan).unwrap()).unwrap();
    assert_eq!(report.outcome, ReceiveOutcome::MergedWithConflicts);
    assert_eq!(report.conflicts.len(), 2);
    exchange::resolve_conflict_by_key(db, plan, "vision", ConflictChoice::Theirs).unwrap();
}
