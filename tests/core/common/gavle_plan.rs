//! The plan most plan tests start from: Gävle's plan in the TechTown network, written by
//! Anna Lindqvist, with helpers to write its actions and amounts.

use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{create_partner, PartnerInput};
use convene_core::plan::*;
use convene_core::Db;
use rust_decimal::Decimal;

pub fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

pub fn month(text: &str) -> Option<Month> {
    Some(Month::parse("month", text).unwrap())
}

pub struct Fixture {
    pub db: Db,
    pub network_id: i64,
    pub plan_id: i64,
}

pub fn gavle_plan() -> Fixture {
    let mut db = Db::open_in_memory().unwrap();
    set_author(&mut db, "Anna Lindqvist").unwrap();
    let network = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    let partner = create_partner(&mut db, network.id, PartnerInput::named("Gävle", "SE")).unwrap();
    let plan = create_plan(
        &mut db,
        network.id,
        ActionPlanInput {
            partner_id: Some(partner.id),
            title: "Gävle digital jobs plan".into(),
            summary: "Gävle wants young people to find digital jobs at home.".into(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();
    Fixture { db, network_id: network.id, plan_id: plan.id }
}

pub fn action(title: &str, objective: &str, cost: Option<&str>, funding: &[(FundingSource, &str)]) -> ActionInput {
    ActionInput {
        id: String::new(),
        objective: objective.into(),
        title: title.into(),
        description: String::new(),
        lead: "Gävle municipality".into(),
        partners: String::new(),
        start: None,
        end: None,
        cost: cost.map(d),
        funding: funding.iter().map(|(source, amount)| FundingLine { source: *source, amount: d(amount) }).collect(),
        status: ActionStatus::Planned,
        pilot: false,
        indicator_ids: vec![],
    }
}
