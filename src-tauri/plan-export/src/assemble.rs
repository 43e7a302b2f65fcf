//! From a [`PlanDocument`] to the [`Report`] every format renders.
//!
//! The document follows the plan: a title page (plan title; city and country, network,
//! review status, adoption date, revision), then one chapter per section in the plan's
//! order, its Markdown text first. Four chapters also carry the plan's tables, where a
//! reader of an URBACT IAP looks for them:
//! - "actions": the action table (title, objective, lead and partners, period, cost,
//!   funding by source, status and pilot flag, with a total) and, below it, each action's
//!   description and linked indicators;
//! - "implementation": actions per year;
//! - "funding": the budget summary (total cost, secured funding, funding gap), funding by
//!   source and cost by objective;
//! - "risks": the risk table (likelihood, impact, score, mitigation, owner);
//! - "monitoring": the indicators (output or result, unit, baseline, target, date, means
//!   of verification).
//!
//! Figures come from the core's [`PlanSummary`](convene_core::plan::PlanSummary), never
//! recomputed here, so the export and the screen agree to the cent. A section with neither
//! text nor table says it has not been written yet rather than vanishing, so a reader sees
//! the plan's full structure.

use chrono::NaiveDate;
use convene_core::country;
use convene_core::plan::{Action, Month, PlanDocument, Section};
use convene_core::wording::count;
use rust_decimal::Decimal;

use crate::report::{euros, Chapter, Column, Fact, Part, Report, Row, Table};

const NOT_WRITTEN: &str = "This section has not been written yet.";

impl Report {
    /// The report of a plan; see the module documentation for its layout.
    pub fn from_plan(doc: &PlanDocument) -> Report {
        let city = doc.plan.partner_name.clone();
        let country_name = doc.partner_country.as_deref().and_then(country::by_code).map(|c| c.name.to_string());
        let mut facts = Vec::new();
        if let Some(city) = &city {
            let value = match &country_name {
                Some(country) => format!("{city}, {country}"),
                None => city.clone(),
            };
            facts.push(fact("City", value));
        }
        facts.push(fact("Network", doc.network_name.clone()));
        facts.push(fact("Status", doc.plan.status.label().to_string()));
        if let Some(date) = doc.plan.adoption_date {
            facts.push(fact("Adopted", long_date(date)));
        }
        facts.push(fact("Revision", revision_text(doc)));

        let mut chapters: Vec<Chapter> = doc.sections.iter().map(|s| section_chapter(doc, s)).collect();
        for key in ["actions", "implementation", "funding", "risks", "monitoring"] {
            if !doc.sections.iter().any(|s| s.key == key) {
                let parts = tables_for(doc, key);
                if !parts.is_empty() {
                    chapters.push(Chapter { heading: fallback_heading(key).to_string(), parts });
                }
            }
        }

        let running_title = match &city {
            Some(city) => format!("{} · {city}", doc.plan.title),
            None => format!("{} · {}", doc.plan.title, doc.network_name),
        };
        Report {
            title: doc.plan.title.clone(),
            kind: "Integrated Action Plan".to_string(),
            facts,
            running_title,
            saved_at: Some(doc.revision.created_at.clone()),
            chapters,
        }
    }
}

fn fact(label: &str, value: String) -> Fact {
    Fact { label: label.to_string(), value }
}

fn fallback_heading(key: &str) -> &'static str {
    match key {
        "actions" => "Actions",
        "implementation" => "Implementation",
        "funding" => "Funding",
        "risks" => "Risks",
        _ => "Monitoring and indicators",
    }
}

/// "14 March 2027".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "Mar 2027".
pub fn short_month(month: Month) -> String {
    NaiveDate::from_ymd_opt(month.year(), month.month(), 1)
        .map(|d| d.format("%b %Y").to_string())
        .unwrap_or_else(|| month.to_string())
}

/// "13 of 29 November 2026": the revision exported and when it was saved (the author
/// stays out: it is often only a computer's user name).
fn revision_text(doc: &PlanDocument) -> String {
    let revision = &doc.revision;
    let date = revision.created_at.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).map(long_date);
    match date {
        Some(date) => format!("{} of {date}", revision.number),
        None => revision.number.to_string(),
    }
}

fn section_chapter(doc: &PlanDocument, section: &Section) -> Chapter {
    let mut parts = Vec::new();
    if !section.body.trim().is_empty() {
        parts.push(Part::Markdown(section.body.clone()));
    }
    parts.extend(tables_for(doc, &section.key));
    if parts.is_empty() {
        parts.push(Part::Note(NOT_WRITTEN.to_string()));
    }
    Chapter { heading: section.title.clone(), parts }
}

fn tables_for(doc: &PlanDocument, key: &str) -> Vec<Part> {
    match key {
        "actions" => action_parts(doc),
        "implementation" => schedule_parts(doc),
        "funding" => budget_parts(doc),
        "risks" => risk_parts(doc),
        "monitoring" => indicator_parts(doc),
        _ => Vec::new(),
    }
}

/// "Mar 2027 – Dec 2028", "from Mar 2027", "until Dec 2028" or "", each month with a
/// no-break space (and one before the dash), so that a narrow column breaks the period
/// only after the dash.
pub fn period(start: Option<Month>, end: Option<Month>) -> String {
    let short_month = |m: Month| short_month(m).replace(' ', "\u{a0}");
    match (start, end) {
        (Some(s), Some(e)) if s == e => short_month(s),
        (Some(s), Some(e)) => format!("{}\u{a0}– {}", short_month(s), short_month(e)),
        (Some(s), None) => format!("from {}", short_month(s)),
        (None, Some(e)) => format!("until {}", short_month(e)),
        (None, None) => String::new(),
    }
}

fn action_number(index: usize) -> String {
    format!("A{}", index + 1)
}

fn indicator_number(index: usize) -> String {
    format!("I{}", index + 1)
}

fn action_status(action: &Action) -> String {
    let mut text = action.status.label().to_string();
    if action.pilot {
        text.push_str("\npilot");
    }
    text
}

fn action_parts(doc: &PlanDocument) -> Vec<Part> {
    if doc.actions.is_empty() {
        return vec![Part::Note("No actions recorded yet.".to_string())];
    }
    let columns = vec![
        Column::left("#"),
        Column::main("Action"),
        Column::left("Objective"),
        Column::left("Lead and partners"),
        Column::left("Period"),
        Column::right("Cost"),
        Column::left("Funding"),
        Column::left("Status"),
    ];
    let mut rows: Vec<Row> = doc
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let people = match (action.lead.trim(), action.partners.trim()) {
                ("", "") => String::new(),
                (lead, "") => lead.to_string(),
                ("", partners) => format!("with {partners}"),
                (lead, partners) => format!("{lead}\nwith {partners}"),
            };
            let funding = action
                .funding
                .iter()
                .map(|line| format!("{}: {}", line.source.label(), euros(line.amount)))
                .collect::<Vec<_>>()
                .join("\n");
            Row::new(vec![
                action_number(i),
                action.title.clone(),
                action.objective.clone(),
                people,
                period(action.start, action.end),
                action.cost.map(euros).unwrap_or_else(|| "not estimated".to_string()),
                funding,
                action_status(action),
            ])
        })
        .collect();
    let summary = &doc.summary;
    let total_label = if summary.dropped_actions > 0 { "Total (without dropped actions)" } else { "Total" };
    rows.push(Row::total(vec![
        String::new(),
        total_label.to_string(),
        String::new(),
        String::new(),
        String::new(),
        euros(summary.total_cost),
        euros(summary.secured_funding),
        String::new(),
    ]));
    let mut parts = vec![Part::Table(Table { columns, rows })];

    let details: Vec<(usize, &Action)> = doc
        .actions
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.description.trim().is_empty() || !a.indicator_ids.is_empty())
        .collect();
    if !details.is_empty() {
        parts.push(Part::Subheading("Action descriptions".to_string()));
        for (i, action) in details {
            let mut text = String::new();
            text.push_str(&format!("**{} {}**\n\n", action_number(i), crate::markdown::escape(&action.title)));
            if !action.description.trim().is_empty() {
                text.push_str(action.description.trim());
                text.push_str("\n\n");
            }
            let linked: Vec<String> = action
                .indicator_ids
                .iter()
                .filter_map(|id| doc.indicators.iter().position(|ind| &ind.id == id))
                .map(|pos| format!("{} {}", indicator_number(pos), crate::markdown::escape(&doc.indicators[pos].name)))
                .collect();
            if !linked.is_empty() {
                text.push_str(&format!("*Indicators:* {}\n", linked.join("; ")));
            }
            parts.push(Part::Markdown(text));
        }
    }
    parts
}

fn schedule_parts(doc: &PlanDocument) -> Vec<Part> {
    let summary = &doc.summary;
    if summary.actions_per_year.is_empty() {
        return Vec::new();
    }
    let rows =
        summary.actions_per_year.iter().map(|y| Row::new(vec![y.year.to_string(), y.actions.to_string()])).collect();
    let mut parts = vec![
        Part::Subheading("Actions per year".to_string()),
        Part::Table(Table { columns: vec![Column::left("Year"), Column::right("Actions")], rows }),
    ];
    if summary.unscheduled_actions > 0 {
        parts.push(Part::Note(format!(
            "{} not scheduled yet.",
            count(summary.unscheduled_actions, "action is", "actions are")
        )));
    }
    parts
}

fn share(part: Decimal, whole: Decimal) -> String {
    if whole.is_zero() {
        return String::new();
    }
    let percent = (part * Decimal::ONE_HUNDRED / whole).round_dp(1);
    format!("{percent:.1} %")
}

fn budget_parts(doc: &PlanDocument) -> Vec<Part> {
    let summary = &doc.summary;
    if doc.actions.is_empty() {
        return vec![Part::Note("No budget yet: the action table is empty.".to_string())];
    }
    let mut overview = vec![
        Row::new(vec!["Total estimated cost".into(), euros(summary.total_cost)]),
        Row::new(vec!["Secured funding".into(), euros(summary.secured_funding)]),
    ];
    if summary.over_funded {
        overview.push(Row::total(vec!["Funding above cost".into(), euros(-summary.funding_gap)]));
    } else {
        overview.push(Row::total(vec!["Funding gap".into(), euros(summary.funding_gap)]));
    }
    let mut parts = vec![
        Part::Subheading("Budget summary".to_string()),
        Part::Table(Table { columns: vec![Column::left(""), Column::right("Amount")], rows: overview }),
    ];
    if summary.uncosted_actions > 0 {
        parts.push(Part::Note(format!(
            "{} as €0.00.",
            count(
                summary.uncosted_actions,
                "action has no cost estimate yet and counts",
                "actions have no cost estimate yet and count"
            )
        )));
    }

    let mut by_source: Vec<Row> = summary
        .funding_by_source
        .iter()
        .map(|s| Row::new(vec![s.label.clone(), euros(s.amount), share(s.amount, summary.total_cost)]))
        .collect();
    if !summary.over_funded && !summary.funding_gap.is_zero() {
        by_source.push(Row::new(vec![
            "Not yet funded".into(),
            euros(summary.funding_gap),
            share(summary.funding_gap, summary.total_cost),
        ]));
    }
    by_source.push(Row::total(vec![
        "Total".into(),
        euros(summary.secured_funding.max(summary.total_cost)),
        String::new(),
    ]));
    parts.push(Part::Subheading("Funding by source".to_string()));
    parts.push(Part::Table(Table {
        columns: vec![Column::left("Source"), Column::right("Amount"), Column::right("Share of cost")],
        rows: by_source,
    }));

    if !summary.cost_by_objective.is_empty() {
        let mut rows: Vec<Row> = summary
            .cost_by_objective
            .iter()
            .map(|o| {
                let name =
                    if o.objective.trim().is_empty() { "No objective given".to_string() } else { o.objective.clone() };
                Row::new(vec![name, o.actions.to_string(), euros(o.cost), euros(o.secured)])
            })
            .collect();
        rows.push(Row::total(vec![
            "Total".into(),
            summary.actions.to_string(),
            euros(summary.total_cost),
            euros(summary.secured_funding),
        ]));
        parts.push(Part::Subheading("Cost by objective".to_string()));
        parts.push(Part::Table(Table {
            columns: vec![
                Column::left("Objective"),
                Column::right("Actions"),
                Column::right("Cost"),
                Column::right("Secured"),
            ],
            rows,
        }));
    }
    parts
}

fn risk_parts(doc: &PlanDocument) -> Vec<Part> {
    if doc.risks.is_empty() {
        return vec![Part::Note("No risks recorded yet.".to_string())];
    }
    let rows = doc
        .risks
        .iter()
        .enumerate()
        .map(|(i, r)| {
            Row::new(vec![
                format!("R{}", i + 1),
                r.description.clone(),
                format!("{}/5", r.likelihood),
                format!("{}/5", r.impact),
                r.score().to_string(),
                r.mitigation.clone(),
                r.owner.clone(),
            ])
        })
        .collect();
    vec![Part::Table(Table {
        columns: vec![
            Column::left("#"),
            Column::main("Risk"),
            Column::right("Likelihood"),
            Column::right("Impact"),
            Column::right("Score"),
            Column::left("Mitigation"),
            Column::left("Owner"),
        ],
        rows,
    })]
}

fn indicator_parts(doc: &PlanDocument) -> Vec<Part> {
    if doc.indicators.is_empty() {
        return vec![Part::Note("No indicators recorded yet.".to_string())];
    }
    let rows = doc
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            Row::new(vec![
                indicator_number(i),
                ind.name.clone(),
                ind.kind.label().to_string(),
                ind.unit.clone(),
                ind.baseline.clone(),
                ind.target.clone(),
                ind.target_date.map(short_month).unwrap_or_default(),
                ind.verification.clone(),
            ])
        })
        .collect();
    vec![Part::Table(Table {
        columns: vec![
            Column::left("#"),
            Column::main("Indicator"),
            Column::left("Type"),
            Column::left("Unit"),
            Column::right("Baseline"),
            Column::right("Target"),
            Column::left("By"),
            Column::left("Verification"),
        ],
        rows,
    })]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(y: i32, m: u32) -> Month {
        Month::new("m", y, m).unwrap()
    }

    #[test]
    fn periods_read_as_months() {
        let period = |s, e| period(s, e).replace('\u{a0}', " ");
        assert_eq!(period(Some(month(2027, 3)), Some(month(2028, 12))), "Mar 2027 – Dec 2028");
        assert_eq!(period(Some(month(2027, 3)), Some(month(2027, 3))), "Mar 2027");
        assert_eq!(period(Some(month(2027, 3)), None), "from Mar 2027");
        assert_eq!(period(None, Some(month(2027, 3))), "until Mar 2027");
        assert_eq!(period(None, None), "");
    }

    #[test]
    fn dates_are_written_out() {
        assert_eq!(long_date(NaiveDate::from_ymd_opt(2027, 3, 4).unwrap()), "4 March 2027");
    }

    #[test]
    fn shares_have_one_decimal() {
        assert_eq!(share(Decimal::from(1), Decimal::from(3)), "33.3 %");
        assert_eq!(share(Decimal::from(1), Decimal::ZERO), "");
    }
}
