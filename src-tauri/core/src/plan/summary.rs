//! The budget and timeline figures of a plan, computed from its action table, never typed.
//!
//! All arithmetic is exact ([`Decimal`]): the total cost is the sum of the cost estimates,
//! to the cent. Rules, so that every screen and export shows the same figures:
//! - Dropped actions count nowhere (they stay in the table, marked dropped).
//! - An action's funding lines are its secured funding; the funding gap is total cost
//!   minus secured funding. A negative gap means more money is secured than the actions
//!   cost: [`PlanSummary::over_funded`] is then true and a warning says so.
//! - Cost by funding source splits each action's cost over its funding lines; the part no
//!   line covers is listed as `unfunded` (so the rows add up to the total cost when no
//!   action is over-funded).
//! - An action without a cost estimate counts as 0 and is counted in `uncosted_actions`.
//! - Actions per year: an action counts once in every calendar year from its start month
//!   to its end month (a start without end, or an end without start, is one year).
//! - Warnings name the action: funding above its cost, funding but no cost estimate.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::content::{Action, ActionStatus, FundingSource, PlanContent};
use super::money::format_euros;
use crate::i18n::{self, Message};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SourceAmount {
    pub source: FundingSource,
    /// Plain English ("ERDF", "City budget").
    pub label: String,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ObjectiveCost {
    /// The objective as written in the actions ("" for actions without one).
    pub objective: String,
    pub actions: u32,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub cost: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub secured: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct YearCount {
    pub year: i32,
    pub actions: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanSummary {
    /// Actions that count (all but dropped ones).
    pub actions: u32,
    pub dropped_actions: u32,
    pub pilot_actions: u32,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub total_cost: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub secured_funding: Decimal,
    /// Total cost minus secured funding; negative when over-funded.
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub funding_gap: Decimal,
    pub over_funded: bool,
    /// Every source with money, in the order of [`FundingSource::ALL`].
    pub funding_by_source: Vec<SourceAmount>,
    /// Cost split over sources; the part no funding line covers is `unfunded`.
    pub cost_by_source: Vec<SourceAmount>,
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub unfunded: Decimal,
    /// In the order objectives first appear in the table.
    pub cost_by_objective: Vec<ObjectiveCost>,
    pub actions_per_year: Vec<YearCount>,
    /// Actions without start or end month.
    pub unscheduled_actions: u32,
    pub uncosted_actions: u32,
    /// Each names the action or the totals, in the reader's language ([`i18n::current`]).
    pub warnings: Vec<String>,
}

fn funding_of(action: &Action) -> Decimal {
    action.funding.iter().map(|l| l.amount).sum()
}

/// Computes the summary of a plan's action table; see the module docs.
pub fn summarize(content: &PlanContent) -> PlanSummary {
    let counted: Vec<&Action> = content.actions.iter().filter(|a| a.status != ActionStatus::Dropped).collect();
    let mut total_cost = Decimal::ZERO;
    let mut secured = Decimal::ZERO;
    let mut by_source: BTreeMap<usize, Decimal> = BTreeMap::new();
    let mut cost_by_source: BTreeMap<usize, Decimal> = BTreeMap::new();
    let mut unfunded = Decimal::ZERO;
    let mut objectives: Vec<ObjectiveCost> = Vec::new();
    let mut years: BTreeMap<i32, u32> = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut unscheduled = 0;
    let mut uncosted = 0;
    let source_index = |s: FundingSource| FundingSource::ALL.iter().position(|x| *x == s).unwrap_or(0);

    for action in &counted {
        let cost = action.cost.unwrap_or(Decimal::ZERO);
        let funded = funding_of(action);
        total_cost += cost;
        secured += funded;
        if action.cost.is_none() {
            uncosted += 1;
            if !funded.is_zero() {
                warnings.push(
                    Message::new("plan-warning-funding-no-cost")
                        .arg("action", &action.title)
                        .arg("funding", format_euros(funded))
                        .render(i18n::current()),
                );
            }
        } else if funded > cost {
            warnings.push(
                Message::new("plan-warning-funding-over-cost")
                    .arg("action", &action.title)
                    .arg("funding", format_euros(funded))
                    .arg("cost", format_euros(cost))
                    .arg("excess", format_euros(funded - cost))
                    .render(i18n::current()),
            );
        }
        // The cost covered by each line, in the table's order, up to the cost.
        let mut left = cost;
        for line in &action.funding {
            *by_source.entry(source_index(line.source)).or_default() += line.amount;
            let covered = line.amount.min(left);
            left -= covered;
            if !covered.is_zero() {
                *cost_by_source.entry(source_index(line.source)).or_default() += covered;
            }
        }
        unfunded += left;

        match objectives.iter_mut().find(|o| o.objective == action.objective) {
            Some(o) => {
                o.actions += 1;
                o.cost += cost;
                o.secured += funded;
            }
            None => objectives.push(ObjectiveCost {
                objective: action.objective.clone(),
                actions: 1,
                cost,
                secured: funded,
            }),
        }

        match (action.start, action.end) {
            (None, None) => unscheduled += 1,
            (start, end) => {
                let first = start.or(end).map(|m| m.year()).unwrap_or_default();
                let last = end.or(start).map(|m| m.year()).unwrap_or_default();
                for year in first..=last {
                    *years.entry(year).or_default() += 1;
                }
            }
        }
    }
    let funding_gap = total_cost - secured;
    if funding_gap < Decimal::ZERO {
        warnings.push(
            Message::new("plan-warning-secured-over-total")
                .arg("secured", format_euros(secured))
                .arg("excess", format_euros(-funding_gap))
                .arg("total", format_euros(total_cost))
                .render(i18n::current()),
        );
    }
    let amounts = |map: BTreeMap<usize, Decimal>| {
        map.into_iter()
            .map(|(i, amount)| {
                let source = FundingSource::ALL[i];
                SourceAmount { source, label: source.label().to_string(), amount }
            })
            .collect()
    };
    PlanSummary {
        actions: counted.len() as u32,
        dropped_actions: (content.actions.len() - counted.len()) as u32,
        pilot_actions: counted.iter().filter(|a| a.pilot).count() as u32,
        total_cost,
        secured_funding: secured,
        funding_gap,
        over_funded: funding_gap < Decimal::ZERO,
        funding_by_source: amounts(by_source),
        cost_by_source: amounts(cost_by_source),
        unfunded,
        cost_by_objective: objectives,
        actions_per_year: years.into_iter().map(|(year, actions)| YearCount { year, actions }).collect(),
        unscheduled_actions: unscheduled,
        uncosted_actions: uncosted,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::super::content::FundingLine;
    use super::super::money::Month;
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn action(title: &str, objective: &str, cost: Option<&str>, funding: &[(FundingSource, &str)]) -> Action {
        Action {
            id: uuid::Uuid::new_v4().to_string(),
            objective: objective.into(),
            title: title.into(),
            description: String::new(),
            lead: String::new(),
            partners: String::new(),
            start: None,
            end: None,
            cost: cost.map(d),
            funding: funding
                .iter()
                .map(|(source, amount)| FundingLine { source: *source, amount: d(amount) })
                .collect(),
            status: ActionStatus::Planned,
            pilot: false,
            indicator_ids: vec![],
        }
    }

    fn content(actions: Vec<Action>) -> PlanContent {
        PlanContent { actions, ..PlanContent::standard("") }
    }

    #[test]
    fn totals_are_exact_to_the_cent() {
        // 0.1 + 0.2 as floats is 0.30000000000000004.
        let plan = content(vec![
            action("A", "Skills", Some("0.10"), &[(FundingSource::Erdf, "0.10")]),
            action("B", "Skills", Some("0.20"), &[]),
            action(
                "C",
                "Mobility",
                Some("1000000.01"),
                &[(FundingSource::City, "250000"), (FundingSource::Erdf, "500000.01")],
            ),
        ]);
        let s = summarize(&plan);
        assert_eq!(s.total_cost, d("1000000.31"));
        assert_eq!(s.secured_funding, d("750000.11"));
        assert_eq!(s.funding_gap, d("250000.20"));
        assert!(!s.over_funded);
        assert_eq!(s.unfunded, d("250000.20"));
        let erdf = s.cost_by_source.iter().find(|x| x.source == FundingSource::Erdf).unwrap();
        assert_eq!(erdf.amount, d("500000.11"));
        assert_eq!(s.cost_by_objective.len(), 2);
        assert_eq!(s.cost_by_objective[0].objective, "Skills");
        assert_eq!(s.cost_by_objective[0].cost, d("0.30"));
        assert_eq!(s.cost_by_objective[1].cost, d("1000000.01"));
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert_eq!(serde_json::to_value(&s).unwrap()["total_cost"], "1000000.31");
    }

    #[test]
    fn over_funding_is_shown_and_warned_about() {
        let plan = content(vec![
            action(
                "Greening schoolyards",
                "",
                Some("100"),
                &[(FundingSource::City, "80"), (FundingSource::Private, "50")],
            ),
            action("Bike lanes", "", None, &[(FundingSource::National, "10")]),
        ]);
        let s = summarize(&plan);
        assert_eq!(s.funding_gap, d("-40"));
        assert!(s.over_funded);
        assert_eq!(s.uncosted_actions, 1);
        assert!(
            s.warnings.iter().any(|w| w.contains("Greening schoolyards") && w.contains("exceeds its cost")),
            "{:?}",
            s.warnings
        );
        assert!(
            s.warnings.iter().any(|w| w.contains("Bike lanes") && w.contains("no cost estimate")),
            "{:?}",
            s.warnings
        );
        // The cost split never exceeds the cost: 80 city, 20 private.
        let split: Vec<_> = s.cost_by_source.iter().map(|x| (x.source, x.amount)).collect();
        assert_eq!(split, vec![(FundingSource::City, d("80")), (FundingSource::Private, d("20"))]);
        assert_eq!(s.unfunded, d("0"));
    }

    #[test]
    fn dropped_actions_count_nowhere_and_years_count_each_year_an_action_runs() {
        let month = |t| Some(Month::parse("m", t).unwrap());
        let mut long = action("Long", "", Some("10"), &[]);
        long.start = month("2025-11");
        long.end = month("2027-02");
        let mut short = action("Short", "", Some("5"), &[]);
        short.start = month("2026-03");
        let mut dropped = action("Dropped", "", Some("1000"), &[]);
        dropped.status = ActionStatus::Dropped;
        dropped.start = month("2025-01");
        let unscheduled = action("Someday", "", None, &[]);
        let s = summarize(&content(vec![long, short, dropped, unscheduled]));
        assert_eq!(s.total_cost, d("15"));
        assert_eq!((s.actions, s.dropped_actions, s.unscheduled_actions), (3, 1, 1));
        let years: Vec<_> = s.actions_per_year.iter().map(|y| (y.year, y.actions)).collect();
        assert_eq!(years, vec![(2025, 1), (2026, 2), (2027, 1)]);
    }

    /// A small deterministic generator, so the property runs without a dependency.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    #[test]
    fn property_the_parts_always_add_up_to_the_whole() {
        let mut rng = Lcg(7);
        for _ in 0..300 {
            let mut actions = Vec::new();
            for i in 0..rng.next(8) {
                let cost = (rng.next(4) > 0).then(|| Decimal::new(rng.next(10_000_000) as i64, 2));
                let lines: Vec<FundingLine> = (0..rng.next(4))
                    .map(|_| FundingLine {
                        source: FundingSource::ALL[rng.next(7) as usize],
                        amount: Decimal::new(rng.next(5_000_000) as i64, 2),
                    })
                    .collect();
                let mut a = action(&format!("A{i}"), ["", "O1", "O2"][rng.next(3) as usize], None, &[]);
                a.cost = cost;
                a.funding = lines;
                if rng.next(6) == 0 {
                    a.status = ActionStatus::Dropped;
                }
                actions.push(a);
            }
            let plan = content(actions);
            let s = summarize(&plan);
            let live = plan.actions.iter().filter(|a| a.status != ActionStatus::Dropped);
            let cents: i64 = live.clone().map(|a| super::super::money::to_cents(a.cost.unwrap_or_default())).sum();
            assert_eq!(super::super::money::to_cents(s.total_cost), cents);
            assert_eq!(s.funding_gap, s.total_cost - s.secured_funding);
            let by_source: Decimal = s.funding_by_source.iter().map(|x| x.amount).sum();
            assert_eq!(by_source, s.secured_funding);
            let split: Decimal = s.cost_by_source.iter().map(|x| x.amount).sum::<Decimal>() + s.unfunded;
            assert_eq!(split, s.total_cost, "the cost split adds up to the total");
            let by_objective: Decimal = s.cost_by_objective.iter().map(|o| o.cost).sum();
            assert_eq!(by_objective, s.total_cost);
            assert_eq!(s.over_funded, s.secured_funding > s.total_cost);
        }
    }
}
