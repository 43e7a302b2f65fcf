//! The URBACT page importer on the bundled example pages (the in-repository copy of the
//! fixture), through the core's public API: what it creates, where, with which hosts and
//! dates, what it warns about, and the action plans and good practices it links. That it is
//! idempotent, all-or-nothing and refuses files that are not such pages is in
//! importer_safety.rs.

mod common;

use chrono::NaiveDate;
use common::urbact_pages::*;
use convene_core::meeting::{self, MeetingKind, MeetingMode, MeetingStatus, Schedule};
use convene_core::network::{self, NetworkKind};
use convene_core::partner::{self, PartnerRole};
use convene_core::urbact::{import_urbact, ImportOptions, WarningKind, EXAMPLE_PAGES};
use convene_core::{import_note, milestone, plan, practice, Db};

#[test]
fn the_bundled_example_pages_are_the_repository_copy() {
    assert_eq!(EXAMPLE_PAGES, pages());
    assert_eq!(EXAMPLE_PAGES.lines().count(), 341);
    assert_eq!(EXAMPLE_PAGES.lines().filter(|l| l.trim() == "Ref nid").count(), 7);
}

#[test]
fn exact_counts_per_network() {
    let (db, report) = imported(ImportOptions::default());
    // (network, partners, meetings, milestones, action plans, import notes)
    let expected = [
        ("TechTown", 10, 8, 0, 0, 3),
        ("Find your Greatness", 8, 9, 0, 0, 0),
        ("DigiPlace", 8, 0, 0, 7, 0),
        ("IoTXchange", 9, 12, 2, 8, 4),
    ];
    for (name, partners, meetings_n, milestones, plans, notes) in expected {
        let n = net(&db, name);
        let got = (
            partner::list_partners(&db, n.id).unwrap().len(),
            meeting::list_meetings(&db, n.id, Default::default()).unwrap().len(),
            milestone::list_milestones(&db, n.id).unwrap().len(),
            plan::list_plans(&db, n.id).unwrap().len(),
            import_note::list_import_notes(&db, Some(n.id)).unwrap().len(),
        );
        assert_eq!(got, (partners, meetings_n, milestones, plans, notes), "{name}");
        let outcome = report.networks.iter().find(|o| o.name == name).unwrap();
        assert_eq!(
            (
                outcome.created.partners,
                outcome.created.meetings,
                outcome.created.milestones,
                outcome.created.action_plans
            ),
            (partners as u32, meetings_n as u32, milestones as u32, plans as u32),
            "{name}"
        );
    }
    assert_eq!(network::list_networks(&db).unwrap().len(), 4);
    assert_eq!(practice::list_practices(&db).unwrap().len(), 3);
    let c = report.created;
    assert_eq!(
        (c.networks, c.partners, c.contacts, c.meetings, c.milestones, c.action_plans, c.practices, c.import_notes),
        (4, 35, 1, 29, 2, 15, 3, 7)
    );
    assert!(report.changed && !report.dry_run);
    assert_eq!(report.summary, report.summary());
    assert_eq!(
        report.summary,
        "Created 4 networks, 35 partners, 1 contact e-mail, 29 meetings, 2 milestones, 15 action plans, 3 good practices and 7 import notes. 16 warnings."
    );
}

#[test]
fn partners_countries_roles_and_zones() {
    let (db, _) = imported(ImportOptions::default());
    let of = |network: &str| -> Vec<(String, String, PartnerRole, String)> {
        partner::list_partners(&db, net(&db, network).id)
            .unwrap()
            .into_iter()
            .map(|p| (p.name, p.country, p.role, p.time_zone))
            .collect()
    };
    let techtown = of("TechTown");
    let names: Vec<&str> = techtown.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "Barnsley",
            "Cesis",
            "Clermond Ferrand",
            "Dubrovnik",
            "Gävle",
            "Limerick",
            "Loop city",
            "Nyíregyháza",
            "San Sebastián",
            "Siracusa"
        ]
    );
    assert!(techtown.contains(&("Barnsley".into(), "GB".into(), PartnerRole::LeadPartner, "Europe/London".into())));
    assert!(techtown.contains(&("Clermond Ferrand".into(), "FR".into(), PartnerRole::Partner, "Europe/Paris".into())));
    let lead = net(&db, "TechTown").lead_partner_id.unwrap();
    assert_eq!(partner::get_partner(&db, lead).unwrap().name, "Barnsley");

    let iot = of("IoTXchange");
    assert!(iot.contains(&("SALEG".into(), "DE".into(), PartnerRole::Partner, "Europe/Berlin".into())));
    assert!(iot.contains(&("Kežmarok".into(), "SK".into(), PartnerRole::Partner, "Europe/Bratislava".into())));
    assert!(iot.contains(&("Nykarleby".into(), "FI".into(), PartnerRole::Associated, "Europe/Helsinki".into())));
    assert!(iot.contains(&("Fundão".into(), "PT".into(), PartnerRole::LeadPartner, "Europe/Lisbon".into())));
    assert!(!iot.iter().any(|p| p.1 == "EE"), "Kezmarok - Estonia must not become a partner");

    let fyg = partner::list_partners(&db, net(&db, "Find your Greatness").id).unwrap();
    let alba = fyg.iter().find(|p| p.name == "Alba Iulia").unwrap();
    assert_eq!((alba.country.as_str(), alba.role), ("RO", PartnerRole::LeadPartner));
    assert_eq!(alba.notes, "Address: Alba Iulia Municipality, Calea Motilor 5A, 510134, Romania");
    assert!(fyg.iter().any(|p| p.name == "Võru County" && p.country == "EE"));
    assert!(fyg.iter().any(|p| p.name == "22nd district of Budapest (Budafok-Tétény)" && p.country == "HU"));
}

#[test]
fn network_texts_and_contact() {
    let (db, _) = imported(ImportOptions::default());
    let t = net(&db, "TechTown");
    assert_eq!(t.slug, "techtown");
    assert_eq!(t.kind, NetworkKind::ActionPlanning);
    assert_eq!(t.tagline, "A digital city future, adapt or die");
    assert!(t.description.starts_with("By exploring how small and medium sized cities"));
    assert!(t.description.ends_with("throughout management and delivery."));
    assert_eq!(t.contact_email, "DMC@Barnsley.gov.uk");
    assert_eq!(
        net(&db, "Find your Greatness").tagline,
        "Europe's first strategic brand building program for smart cities"
    );
    assert_eq!(net(&db, "DigiPlace").tagline, "Digital innovation for cities");
    let iot = net(&db, "IoTXchange");
    assert_eq!(iot.tagline, "Connecting cities for better life");
    assert!(iot.description.starts_with("Internet of Things as a policy instrument"), "{}", iot.description);
    assert!(!iot.description.contains("Network Result Product"));
    for n in network::list_networks(&db).unwrap() {
        assert_eq!(n.kind, NetworkKind::ActionPlanning, "{}", n.name);
    }
}

#[test]
fn iotxchange_dated_meetings_hosts_and_online_flags() {
    let (db, _) = imported(ImportOptions::default());
    let list = meetings(&db, "IoTXchange");
    let all_day = |m: &meeting::Meeting| match m.schedule {
        Schedule::AllDay { first, last } => (first, last),
        ref other => panic!("{} is not all-day: {other:?}", m.title),
    };
    let kick = find(&list, "Kick-Off Meeting");
    assert_eq!(all_day(kick), (day(2019, 10, 14), day(2019, 10, 16)));
    assert_eq!(
        (kick.kind, kick.host_name.as_deref(), kick.mode),
        (MeetingKind::KickOff, Some("Fundão"), MeetingMode::InPerson)
    );
    assert_eq!(kick.status, MeetingStatus::Confirmed);

    let nr3 = find(&list, "Transnational Meeting Nr. 3");
    assert_eq!(all_day(nr3), (day(2021, 9, 15), day(2021, 9, 16)));
    assert_eq!(
        (nr3.kind, nr3.host_name.as_deref(), nr3.mode),
        (MeetingKind::Transnational, Some("Jelgava"), MeetingMode::Online)
    );
    assert_eq!(nr3.venue, "Jelgava Local Municipality");

    let hosts: Vec<(&str, Option<&str>)> = list.iter().map(|m| (m.title.as_str(), m.host_name.as_deref())).collect();
    assert_eq!(
        hosts,
        [
            ("Kick-Off Meeting", Some("Fundão")),
            ("Phase 1 Final Meeting", None),
            ("Activation Meeting Phase 2", None),
            ("Transnational Meeting Nr. 1", Some("Nevers Agglomération")),
            ("Project Meeting", None),
            ("Transnational Meeting Nr. 2", Some("Ånge")),
            ("Touch Base Project Meeting", None),
            ("Transnational Meeting Nr. 3", Some("Jelgava")),
            ("Transnational Meeting Nr. 4", Some("Kežmarok")),
            ("Transnational Meeting Nr. 5", Some("Dodoni")),
            ("Transnational Meeting Nr. 6", Some("Razlog")),
            ("Final Meeting", Some("Fundão")),
        ]
    );
    let online: Vec<&str> = list.iter().filter(|m| m.mode == MeetingMode::Online).map(|m| m.title.as_str()).collect();
    assert_eq!(online.len(), 8, "{online:?}");
    assert!(!online.contains(&"Transnational Meeting Nr. 6") && !online.contains(&"Final Meeting"));

    let phase1 = find(&list, "Phase 1 Final Meeting");
    assert_eq!((phase1.kind, phase1.venue.as_str()), (MeetingKind::PhaseReview, "Vaasa and Nykarleby"));
    assert_eq!(all_day(phase1), (day(2020, 1, 27), day(2020, 1, 28)));
    let project = find(&list, "Project Meeting");
    assert_eq!(
        (project.kind, project.venue.as_str(), project.mode),
        (MeetingKind::Other, "Åbo Akademy/Nykarleby", MeetingMode::Online)
    );
    assert_eq!(find(&list, "Touch Base Project Meeting").kind, MeetingKind::OnlineTouchBase);
    assert_eq!(find(&list, "Activation Meeting Phase 2").kind, MeetingKind::PhaseReview);
    assert_eq!(find(&list, "Final Meeting").kind, MeetingKind::FinalEvent);
    assert_eq!(all_day(find(&list, "Transnational Meeting Nr. 5")), (day(2021, 2, 17), day(2021, 2, 19)));
    assert_eq!(all_day(find(&list, "Touch Base Project Meeting")), (day(2021, 6, 8), day(2021, 6, 8)));

    let ms: Vec<(NaiveDate, String)> = milestone::list_milestones(&db, net(&db, "IoTXchange").id)
        .unwrap()
        .into_iter()
        .map(|m| (m.date, m.title))
        .collect();
    assert_eq!(
        ms,
        [
            (day(2019, 6, 25), "IoTXchange Phase 1 APPROVED!".to_string()),
            (day(2020, 5, 7), "IoTXchange Phase 2 APPROVED!".to_string())
        ]
    );
}

#[test]
fn find_your_greatness_meetings_are_undated_with_their_words() {
    let (db, _) = imported(ImportOptions::default());
    let list = meetings(&db, "Find your Greatness");
    let got: Vec<(MeetingKind, &str, Option<&str>, String)> = list
        .iter()
        .map(|m| {
            let wording = match &m.schedule {
                Schedule::Undated { year: None, month: None, wording } => wording.clone(),
                other => panic!("{} should be undated with no month: {other:?}", m.title),
            };
            assert_eq!(m.status, MeetingStatus::Tentative);
            (m.kind, m.title.as_str(), m.host_name.as_deref(), wording)
        })
        .collect();
    use MeetingKind::*;
    let expected = [
        (KickOff, "Kick-Off Meeting", None, "Kick-Off Meeting"),
        (Transnational, "2nd Transnational Meeting", None, "2nd Transnational Meeting"),
        (Transnational, "3rd Transnational Meeting", Some("Alba Iulia"), "3rd Transnational Meeting in Alba Iulia"),
        (Transnational, "4th Transnational Meeting", Some("Wroclaw"), "4th Transnational Meeting in Wroclaw"),
        (Transnational, "5th Transnational Meeting", Some("Võru County"), "5th Transnational Meeting in Voru"),
        (Transnational, "6th Transnational Meeting", Some("Bragança"), "6th Transnational Meeting in Braganca"),
        (Transnational, "7th Transnational Meeting", Some("Alba Iulia"), "7th Transnational Meeting in Alba Iulia"),
        (
            Transnational,
            "8th Transational Meeting",
            Some("22nd district of Budapest (Budafok-Tétény)"),
            "8th Transational Meeting in Budafok",
        ),
        (FinalEvent, "9th Final Project Conference", Some("Perugia"), "9th Final Project Conference in Perugia"),
    ];
    let expected: Vec<_> = expected.iter().map(|(k, t, h, w)| (*k, *t, *h, w.to_string())).collect();
    assert_eq!(got, expected);
}

#[test]
fn techtown_month_only_meetings_keep_month_and_words() {
    let (db, _) = imported(ImportOptions::default());
    let list = meetings(&db, "TechTown");
    type Row<'a> = (MeetingKind, Option<u32>, Option<&'a str>, &'a str, String);
    let got: Vec<Row> = list
        .iter()
        .map(|m| match &m.schedule {
            Schedule::Undated { year: None, month, wording } => {
                (m.kind, *month, m.host_name.as_deref(), m.venue.as_str(), wording.clone())
            }
            other => panic!("{other:?}"),
        })
        .collect();
    use MeetingKind::*;
    let expected = [
        (KickOff, 6, None, "Basingstoke", "Kick-off meeting in June (Basingstoke)"),
        (Transnational, 9, Some("Limerick"), "Limerick", "Transnational meetings in September (Limerick)"),
        (Transnational, 11, Some("Cesis"), "Cesis", "Transnational meetings in November (Cesis)"),
        (Transnational, 3, Some("Barnsley"), "Barnsley", "Transnational meetings in March (Barnsley)"),
        (Transnational, 6, Some("Gävle"), "Gavle", "Transnational meetings in June (Gavle)"),
        (Transnational, 9, Some("Dubrovnik"), "Dubrovnik", "Transnational meetings in September (Dubrovnik)"),
        (Transnational, 11, Some("Loop city"), "Loop City", "Transnational meetings in November (Loop City)"),
        (FinalEvent, 4, None, "Brussels", "Final event in April (Brussels)"),
    ];
    let expected: Vec<_> = expected.iter().map(|(k, m, h, v, w)| (*k, Some(*m), *h, *v, w.to_string())).collect();
    assert_eq!(got, expected);
}

#[test]
fn start_year_dates_month_only_meetings_in_sequence() {
    let (db, report) = imported(ImportOptions { start_year: Some(2019), dry_run: false });
    let years: Vec<(Option<i32>, Option<u32>)> = meetings(&db, "TechTown")
        .iter()
        .map(|m| match &m.schedule {
            Schedule::Undated { year, month, .. } => (*year, *month),
            other => panic!("month-only meetings stay undated: {other:?}"),
        })
        .collect();
    let expected: Vec<(Option<i32>, Option<u32>)> =
        [(2019, 6), (2019, 9), (2019, 11), (2020, 3), (2020, 6), (2020, 9), (2020, 11), (2021, 4)]
            .iter()
            .map(|(y, m)| (Some(*y), Some(*m)))
            .collect();
    assert_eq!(years, expected);
    // Meetings with no month at all and dated meetings are not touched.
    assert!(meetings(&db, "Find your Greatness")
        .iter()
        .all(|m| matches!(m.schedule, Schedule::Undated { year: None, month: None, .. })));
    let dated: Vec<i64> = report
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::Inferred && w.message.contains("start year 2019"))
        .map(|w| w.line)
        .collect();
    assert_eq!(dated, [19, 19, 19, 21, 21, 21, 21, 23]);
    assert!(report
        .warnings
        .iter()
        .any(|w| w.line == 21 && w.message.contains("June 2020") && w.message.contains("Gavle")));
}

#[test]
fn start_year_is_validated() {
    let mut db = Db::open_in_memory().unwrap();
    let err =
        import_urbact(&mut db, EXAMPLE_PAGES, &ImportOptions { start_year: Some(1850), dry_run: false }).unwrap_err();
    assert_eq!(err.field(), Some("start_year"));
    assert_eq!(count(&db, "SELECT count(*) FROM networks"), 0);
}

#[test]
fn action_plans_linked_to_their_cities() {
    let (db, _) = imported(ImportOptions::default());
    let of = |name: &str| -> Vec<(String, Option<String>)> {
        let mut v: Vec<_> = plan::list_plans(&db, net(&db, name).id)
            .unwrap()
            .into_iter()
            .map(|p| {
                assert_eq!(p.status, plan::PlanStatus::Final);
                (p.title, p.partner_name)
            })
            .collect();
        v.sort();
        v
    };
    let s = |t: &str, p: &str| (t.to_string(), Some(p.to_string()));
    assert_eq!(
        of("DigiPlace"),
        [
            s("BOTOSANI - The Smart City to be", "Botoşani"),
            s("IAP Municipality of Messina", "Messina"),
            s("IAP Oulo", "Oulu"),
            s("PORTALEGRE Integrated Action Plan", "Portalegre"),
            s("ReStart mAI City", "Trikala"),
            s("Saint-Quentin Integrated Action Plan", "Saint-Quentin"),
            s("Ventspils Integrated Action Plan", "Ventspils"),
        ]
    );
    assert_eq!(
        of("IoTXchange"),
        [
            s("Building the future in Dodoni", "Dodoni"),
            s("City of Kezmarok Integrated Action Plan", "Kežmarok"),
            s("Improving life through connectivity in Ange", "Ånge"),
            s("Integrated Action Plan for the Municipality of Razlog", "Razlog"),
            s("Integrated Action Plan for the city of Nykarleby", "Nykarleby"),
            s("Integrated Action Plan from Nevers Agglomeration", "Nevers Agglomération"),
            s("IoTxChange Action Plan - Make Fundao an IoT city", "Fundão"),
            s("Smart municipality development plan for Jelgava", "Jelgava"),
        ]
    );
    let plans = plan::list_plans(&db, net(&db, "IoTXchange").id).unwrap();
    let fundao = plans.iter().find(|p| p.partner_name.as_deref() == Some("Fundão")).unwrap();
    assert!(fundao.summary.starts_with("Make Fundão an IoT city\n\nThe municipality of Fundão"), "{}", fundao.summary);
    assert!(fundao.summary.ends_with("23 parishes are distributed."), "{}", fundao.summary);
    assert!(plans.iter().all(|p| !p.summary.contains("Read more")));
}

#[test]
fn warnings_are_listed_with_line_numbers() {
    let (db, report) = imported(ImportOptions::default());
    let got: Vec<(i64, WarningKind)> = report.warnings.iter().map(|w| (w.line, w.kind)).collect();
    use WarningKind::*;
    assert_eq!(
        got,
        [
            (3, InferredCountry),
            (6, InferredCountry),
            (13, MissingCountry),
            (19, HostNotSaved),
            (27, Unplaced),
            (28, Unplaced),
            (31, Inferred),
            (43, Inferred),
            (104, Inferred),
            (156, OutOfSequence),
            (162, Unplaced),
            (164, Unplaced),
            (165, Unplaced),
            (166, Unplaced),
            (185, CountryConflict),
            (210, PartnerAdded),
        ]
    );
    let at = |line: i64| report.warnings.iter().find(|w| w.line == line).unwrap();
    assert!(at(3).message.contains("United Kingdom (GB)") && at(3).message.contains("DMC@Barnsley.gov.uk"));
    assert!(at(6).message.contains("France (FR)") && at(6).message.contains("line 338"));
    assert_eq!(at(13).text, "• Basingstoke and Deane");
    assert!(at(13).message.contains("convene partner add techtown --name \"Basingstoke and Deane\""));
    assert!(at(104).message.contains("Portalegre"));
    assert_eq!(at(156).text, "• 17-19 February, 2021 - Transnational Meeting Nr. 5 Dodoni @ONLINE");
    assert!(at(156).message.contains("17–19 February 2021") && at(156).message.contains("line 153"));
    assert!(at(185).message.contains("Estonia") && at(185).message.contains("Slovakia"));
    assert!(at(210).message.contains("associated partner"));
    assert_eq!(at(27).text, "TechPlace APN logo");

    // Every unplaced line is kept word for word in its network's import notes.
    let notes: Vec<(i64, String)> =
        import_note::list_import_notes(&db, None).unwrap().into_iter().map(|n| (n.line, n.text)).collect();
    let lines: Vec<i64> = notes.iter().map(|n| n.0).collect();
    assert_eq!(lines, [13, 27, 28, 162, 164, 165, 166]);
    assert_eq!(notes[3].1, "Final products");
    let iot = net(&db, "IoTXchange").id;
    assert_eq!(import_note::list_import_notes(&db, Some(iot)).unwrap().len(), 4);
    // Known boilerplate is dropped, not kept.
    assert!(!notes.iter().any(|n| n.1.contains("Read more") || n.1.contains("Share on")));
}

#[test]
fn good_practices_with_sections_figures_and_places() {
    let (db, _) = imported(ImportOptions::default());
    let all = practice::list_practices(&db).unwrap();
    let get = |title: &str| practice::get_practice(&db, all.iter().find(|p| p.title == title).unwrap().id).unwrap();

    let scan = get("Urban data scan");
    assert_eq!((scan.city.as_str(), scan.country.as_deref()), ("Antwerp", Some("BE")));
    assert_eq!(scan.author, "Heidi Vandenbroecke");
    assert_eq!(scan.author_role, "Expert GIS- and spatial analysis");
    assert_eq!(scan.headline_figure, "521 946");
    assert!(scan.tagline.starts_with("A smart link between data and urban planning"));
    assert!(scan.is_transfer);
    assert!(scan.network_ids.is_empty());
    let headings: Vec<&str> = scan.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "",
            "The solutions offered by the good practice",
            "Building on the sustainable and integrated approach",
            "Based on a participatory approach",
            "What difference has it made?",
            "Why should other European cities use it?",
        ]
    );
    assert!(scan.sections[0].body.starts_with("Cities are always evolving"));
    assert!(scan.sections.iter().all(|s| !s.body.contains("Is a transfer practice") && !s.body.contains("Share on")));

    let heraklion = get("Smart city strategic plan");
    assert_eq!((heraklion.city.as_str(), heraklion.country.as_deref()), ("Heraklion", Some("GR")));
    assert_eq!(heraklion.headline_figure, "140 730");
    assert_eq!(heraklion.author, "Costis Mochanakis");

    let card = get("Citizen card");
    assert_eq!((card.city.as_str(), card.country.as_deref()), ("Gijón", Some("ES")));
    assert_eq!(card.headline_figure, "272 202");
    assert_eq!(card.author_role, "CARD4LL Project Coordinator");
    let headings: Vec<&str> = card.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "",
            "The solutions offered by the good practice",
            "Building on the sustainable and integrated approach",
            "Sustainable, participatory and integrated urban approach",
            "What difference has it made?",
            "Transferring the practice",
        ]
    );
    assert!(card.sections[0].body.contains("\nThe Gijon City Council (ES) fulfils"));
    let difference = &card.sections[4].body;
    assert!(difference.contains("• Study the use of Gijón Citizen Card"));
    assert!(difference.contains("\n• App for mobile devices development\n"));
    assert!(difference.ends_with("around 1,000,000 uses/month."));
}

#[test]
fn warnings_are_said_in_the_reader_s_language_and_reasons_are_kept_in_english() {
    let (db, report) = imported(ImportOptions { start_year: Some(2016), ..Default::default() });
    let logo = report.warnings.iter().find(|w| w.line == 27).expect("the TechTown logo line");
    assert_eq!(
        logo.message,
        "not placed (not a partner, meeting, milestone, action plan, description or tagline); kept in the import notes of TechTown"
    );
    assert_eq!(
        logo.message_in(convene_core::i18n::Locale::De),
        "nicht zugeordnet (weder Partner noch Treffen, Meilenstein, Aktionsplan, Beschreibung oder Slogan); in den Importhinweisen von TechTown aufbewahrt"
    );
    assert_eq!(logo.kind.label_in(convene_core::i18n::Locale::De), "Zeile nicht zugeordnet");
    assert_eq!(logo.kind.label_in(convene_core::i18n::Locale::En), logo.kind.label());
    let kickoff =
        report.warnings.iter().find(|w| w.message.contains("Kick-off meeting")).expect("the kick-off's month");
    assert!(kickoff.message_in(convene_core::i18n::Locale::Fr).contains("fixée à juin 2016"), "{kickoff:?}");
    assert!(kickoff.message_in(convene_core::i18n::Locale::Pl).contains("ustawiono na czerwiec 2016"), "{kickoff:?}");
    let techtown = net(&db, "TechTown");
    let notes = import_note::list_import_notes(&db, Some(techtown.id)).unwrap();
    let note = notes.iter().find(|n| n.line == 27).expect("the logo's note");
    assert_eq!(note.reason, "not a partner, meeting, milestone, action plan, description or tagline");
}
