//! A plan as a city writes one, built through the core API as the app builds it: a
//! network, a partner city with diacritics in its name, the standard sections with
//! Markdown (and some hostile Markdown), a custom section, actions with funding from
//! several sources, indicators, risks, and the adoption by the council.

#![allow(dead_code)]

use std::str::FromStr;

use chrono::NaiveDate;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{create_partner, PartnerInput};
use convene_core::plan::*;
use convene_core::Db;
use rust_decimal::Decimal;

pub const PLAN_TITLE: &str = "Kežmarok Green Transition Plan";
pub const NETWORK_NAME: &str = "Green Small Towns";

/// Section text with letters of several European alphabets (checked in every format).
pub const CONTEXT_TEXT: &str = "Kežmarok works with Nyíregyháza, Šiauliai, Győr and Võru on greener streets.";
pub const GREEK_CYRILLIC: &str = "Αθήνα and Пловдив joined the network in 2026.";

/// Action titles and their cost estimates as the exports write them.
pub const ACTIONS: [(&str, &str); 3] = [
    ("Green roofs on schools", "€12,500.00"),
    ("Tree alley on Hlavné námestie", "€48,000.50"),
    ("Bike parking study", "not estimated"),
];
pub const TOTAL_COST: &str = "€60,500.50";
pub const SECURED: &str = "€35,500.50";
pub const FUNDING_GAP: &str = "€25,000.00";

/// What a careless or hostile author may paste into a section.
pub const HOSTILE_MARKDOWN: &str = "Our actions, in short.\n\n\
<script>alert('section')</script>\n\n\
<img src=\"https://tracker.example/pixel.png\" onerror=\"alert('img')\">\n\n\
[Click me](javascript:alert('link')) and <a href=\"&#106;avascript:alert('entity')\">this</a>.\n\n\
<svg onload=\"alert('svg')\"><circle r=\"5\"/></svg>\n\n\
![tracking pixel](https://tracker.example/pixel.png)\n";

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn month(text: &str) -> Option<Month> {
    Some(Month::parse("month", text).unwrap())
}

/// A fresh database holding the plan; returns the database and the plan's id.
pub fn sample_plan() -> (Db, i64) {
    let mut db = Db::open_in_memory().unwrap();
    let network = create_network(
        &mut db,
        NetworkInput {
            name: NETWORK_NAME.into(),
            slug: String::new(),
            kind: NetworkKind::ActionPlanning,
            tagline: String::new(),
            description: String::new(),
            programme: "URBACT IV".into(),
            start_date: None,
            end_date: None,
            phases: vec![],
            contact_email: String::new(),
            website: String::new(),
            lead_partner_id: None,
        },
    )
    .unwrap();
    let partner = create_partner(
        &mut db,
        network.id,
        PartnerInput { population: Some(16_000), ..PartnerInput::named("Kežmarok", "SK") },
    )
    .unwrap();
    let plan = create_plan(
        &mut db,
        network.id,
        ActionPlanInput {
            partner_id: Some(partner.id),
            title: PLAN_TITLE.into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();
    let id = plan.id;

    save_section(
        &mut db,
        id,
        "context",
        &format!("{CONTEXT_TEXT}\n\n{GREEK_CYRILLIC}\n\n## Baseline\n\nHeat islands cover **18 %** of the old town."),
        None,
    )
    .unwrap();
    save_section(
        &mut db,
        id,
        "vision",
        "By 2030 *every* street has shade.\n\n1. Cooler streets\n2. Cleaner air\n   - fewer cars\n",
        None,
    )
    .unwrap();
    save_section(&mut db, id, "actions", HOSTILE_MARKDOWN, None).unwrap();
    save_section(&mut db, id, "funding", "| Year | Council vote |\n|---|---|\n| 2027 | March |\n", None).unwrap();
    let custom = add_section(&mut db, id, "Lessons from Gävle", None).unwrap().item_id.unwrap();
    save_section(&mut db, id, &custom, "Gävle showed us how to run a *living lab*.", None).unwrap();

    let shade = add_indicator(
        &mut db,
        id,
        IndicatorInput {
            id: String::new(),
            name: "Shaded street length".into(),
            kind: IndicatorKind::Result,
            unit: "km".into(),
            baseline: "1.2".into(),
            target: "6".into(),
            target_date: month("2030-06"),
            verification: "Municipal GIS survey".into(),
        },
    )
    .unwrap()
    .item_id
    .unwrap();
    add_indicator(
        &mut db,
        id,
        IndicatorInput {
            id: String::new(),
            name: "Green roofs built".into(),
            kind: IndicatorKind::Output,
            unit: "roofs".into(),
            baseline: "0".into(),
            target: "4".into(),
            target_date: month("2028-12"),
            verification: "Building permits".into(),
        },
    )
    .unwrap();

    add_action(
        &mut db,
        id,
        ActionInput {
            id: String::new(),
            objective: "Cooler public spaces".into(),
            title: ACTIONS[0].0.into(),
            description: "Four school roofs become **green roofs** with the pupils.".into(),
            lead: "City of Kežmarok".into(),
            partners: "Primary schools".into(),
            start: month("2027-03"),
            end: month("2028-10"),
            cost: Some(d("12500")),
            funding: vec![
                FundingLine { source: FundingSource::Erdf, amount: d("7500") },
                FundingLine { source: FundingSource::City, amount: d("5000") },
            ],
            status: ActionStatus::Planned,
            pilot: true,
            indicator_ids: vec![shade],
        },
    )
    .unwrap();
    add_action(
        &mut db,
        id,
        ActionInput {
            id: String::new(),
            objective: "Cooler public spaces".into(),
            title: ACTIONS[1].0.into(),
            description: String::new(),
            lead: "Technical services".into(),
            partners: String::new(),
            start: month("2027-09"),
            end: month("2029-05"),
            cost: Some(d("48000.50")),
            funding: vec![
                FundingLine { source: FundingSource::National, amount: d("20000") },
                FundingLine { source: FundingSource::Private, amount: d("3000.50") },
            ],
            status: ActionStatus::Ongoing,
            pilot: false,
            indicator_ids: vec![],
        },
    )
    .unwrap();
    add_action(
        &mut db,
        id,
        ActionInput {
            id: String::new(),
            objective: "Fewer cars".into(),
            title: ACTIONS[2].0.into(),
            description: String::new(),
            lead: String::new(),
            partners: String::new(),
            start: None,
            end: None,
            cost: None,
            funding: vec![],
            status: ActionStatus::Idea,
            pilot: false,
            indicator_ids: vec![],
        },
    )
    .unwrap();

    add_risk(
        &mut db,
        id,
        RiskInput {
            id: String::new(),
            description: "ERDF co-financing arrives late".into(),
            likelihood: 3,
            impact: 4,
            mitigation: "Bridge loan from the city budget".into(),
            owner: "Finance department".into(),
        },
    )
    .unwrap();

    set_plan_status(&mut db, id, PlanStatus::InReview, None).unwrap();
    set_plan_status(&mut db, id, PlanStatus::Final, None).unwrap();
    set_plan_status(&mut db, id, PlanStatus::Adopted, NaiveDate::from_ymd_opt(2027, 2, 14)).unwrap();
    (db, id)
}

/// The plan's document as the exports receive it.
pub fn sample_document() -> PlanDocument {
    let (db, id) = sample_plan();
    load_plan_document(&db, id).unwrap()
}

/// The titles of the standard sections plus the custom one, in the plan's order.
pub fn section_titles(doc: &PlanDocument) -> Vec<String> {
    doc.sections.iter().map(|s| s.title.clone()).collect()
}
