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
use convene_core::plan::{Action, FundingSource, Month, PlanDocument, Section};
use rust_decimal::Decimal;

use convene_core::i18n::{format as locale_format, translate, Arg, Locale};
use convene_core::plan::STANDARD_SECTIONS;

use crate::report::{Chapter, Column, Fact, Part, Report, Row, Table};

/// The catalogue message `id` (locales/*/export.ftl) in the plan's language.
fn t(l: Locale, id: &str) -> String {
    translate(l, id, &[])
}

fn tw(l: Locale, id: &str, args: &[(&str, Arg)]) -> String {
    translate(l, id, args)
}

/// Where an action's money comes from, in the plan's language ("ERDF" is "FEDER" in French).
fn source_label(l: Locale, source: FundingSource) -> String {
    t(l, &format!("export-funding-source-{}", source.as_str()))
}

/// An amount in euros as the plan's language writes it: "12 500,10 €", "€12,500.10".
fn euros(l: Locale, amount: Decimal) -> String {
    locale_format::money(l, &amount)
}

impl Report {
    /// The report of a plan; see the module documentation for its layout.
    pub fn from_plan(doc: &PlanDocument) -> Report {
        let l = doc.plan.language;
        let city = doc.plan.partner_name.clone();
        let country_name = doc.partner_country.as_deref().and_then(country::by_code).map(|c| c.name_in(l).to_string());
        let mut facts = Vec::new();
        if let Some(city) = &city {
            let value = match &country_name {
                Some(country) => format!("{city}, {country}"),
                None => city.clone(),
            };
            facts.push(fact(&t(l, "export-fact-city"), value));
        }
        facts.push(fact(&t(l, "export-fact-network"), doc.network_name.clone()));
        facts
            .push(fact(&t(l, "export-fact-status"), t(l, &format!("export-plan-status-{}", doc.plan.status.as_str()))));
        if let Some(date) = doc.plan.adoption_date {
            facts.push(fact(&t(l, "export-fact-adopted"), long_date(l, date)));
        }
        facts.push(fact(&t(l, "export-fact-revision"), revision_text(doc)));

        let mut chapters: Vec<Chapter> = doc.sections.iter().map(|s| section_chapter(doc, s)).collect();
        for key in ["actions", "implementation", "funding", "risks", "monitoring"] {
            if !doc.sections.iter().any(|s| s.key == key) {
                let parts = tables_for(doc, key);
                if !parts.is_empty() {
                    chapters.push(Chapter { heading: t(l, &format!("export-section-{key}")), parts });
                }
            }
        }

        let running_title = match &city {
            Some(city) => format!("{} · {city}", doc.plan.title),
            None => format!("{} · {}", doc.plan.title, doc.network_name),
        };
        Report {
            title: doc.plan.title.clone(),
            kind: t(l, "export-kind-iap"),
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

/// "14 March 2027", "14 mars 2027", "14. März 2027".
pub fn long_date(l: Locale, date: NaiveDate) -> String {
    locale_format::date_long(l, date)
}

/// "Mar 2027", "mars 2027", "März 2027".
pub fn short_month(l: Locale, month: Month) -> String {
    locale_format::month_and_year_short(l, month.year(), month.month())
}

/// "13 of 29 November 2026": the revision exported and when it was saved (the author
/// stays out: it is often only a computer's user name).
fn revision_text(doc: &PlanDocument) -> String {
    let revision = &doc.revision;
    let l = doc.plan.language;
    let date = revision.created_at.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    match date {
        Some(date) => tw(
            l,
            "export-revision-of",
            &[("number", revision.number.to_string().into()), ("date", long_date(l, date).into())],
        ),
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
        parts.push(Part::Note(t(doc.plan.language, "export-not-written")));
    }
    Chapter { heading: section_heading(doc.plan.language, section), parts }
}

/// A standard section still titled as Convene named it is headed in the plan's language;
/// a title someone wrote stays as written.
fn section_heading(l: Locale, section: &Section) -> String {
    match STANDARD_SECTIONS.iter().find(|(key, _)| *key == section.key) {
        Some((key, english)) if section.title.trim() == *english => t(l, &format!("export-section-{key}")),
        _ => section.title.clone(),
    }
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
pub fn period(l: Locale, start: Option<Month>, end: Option<Month>) -> String {
    let short_month = |m: Month| short_month(l, m).replace(' ', "\u{a0}");
    match (start, end) {
        (Some(s), Some(e)) if s == e => short_month(s),
        (Some(s), Some(e)) => format!("{}\u{a0}– {}", short_month(s), short_month(e)),
        (Some(s), None) => tw(l, "export-period-from", &[("month", short_month(s).into())]),
        (None, Some(e)) => tw(l, "export-period-until", &[("month", short_month(e).into())]),
        (None, None) => String::new(),
    }
}

fn action_number(index: usize) -> String {
    format!("A{}", index + 1)
}

fn indicator_number(index: usize) -> String {
    format!("I{}", index + 1)
}

fn action_status(l: Locale, action: &Action) -> String {
    let mut text = t(l, &format!("export-action-status-{}", action.status.as_str()));
    if action.pilot {
        text.push('\n');
        text.push_str(&t(l, "export-action-pilot"));
    }
    text
}

fn action_parts(doc: &PlanDocument) -> Vec<Part> {
    let l = doc.plan.language;
    if doc.actions.is_empty() {
        return vec![Part::Note(t(l, "export-no-actions"))];
    }
    let columns = vec![
        Column::left("#"),
        Column::main(&t(l, "export-column-action")),
        Column::left(&t(l, "export-column-objective")),
        Column::left(&t(l, "export-column-lead-and-partners")),
        Column::left(&t(l, "export-column-period")),
        Column::right(&t(l, "export-column-cost")),
        Column::left(&t(l, "export-column-funding")),
        Column::left(&t(l, "export-column-status")),
    ];
    let mut rows: Vec<Row> = doc
        .actions
        .iter()
        .enumerate()
        .map(|(i, action)| {
            let people = match (action.lead.trim(), action.partners.trim()) {
                ("", "") => String::new(),
                (lead, "") => lead.to_string(),
                ("", partners) => tw(l, "export-with-partners", &[("partners", partners.into())]),
                (lead, partners) => {
                    format!("{lead}\n{}", tw(l, "export-with-partners", &[("partners", partners.into())]))
                }
            };
            let funding = action
                .funding
                .iter()
                .map(|line| format!("{}: {}", source_label(l, line.source), euros(l, line.amount)))
                .collect::<Vec<_>>()
                .join("\n");
            Row::new(vec![
                action_number(i),
                action.title.clone(),
                action.objective.clone(),
                people,
                period(l, action.start, action.end),
                action.cost.map(|c| euros(l, c)).unwrap_or_else(|| t(l, "export-not-estimated")),
                funding,
                action_status(l, action),
            ])
        })
        .collect();
    let summary = &doc.summary;
    let total_label =
        if summary.dropped_actions > 0 { t(l, "export-total-without-dropped") } else { t(l, "export-total") };
    rows.push(Row::total(vec![
        String::new(),
        total_label,
        String::new(),
        String::new(),
        String::new(),
        euros(l, summary.total_cost),
        euros(l, summary.secured_funding),
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
        parts.push(Part::Subheading(t(l, "export-action-descriptions")));
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
                text.push_str(&format!("*{}* {}\n", t(l, "export-indicators-label"), linked.join("; ")));
            }
            parts.push(Part::Markdown(text));
        }
    }
    parts
}

fn schedule_parts(doc: &PlanDocument) -> Vec<Part> {
    let l = doc.plan.language;
    let summary = &doc.summary;
    if summary.actions_per_year.is_empty() {
        return Vec::new();
    }
    let rows =
        summary.actions_per_year.iter().map(|y| Row::new(vec![y.year.to_string(), y.actions.to_string()])).collect();
    let mut parts = vec![
        Part::Subheading(t(l, "export-actions-per-year")),
        Part::Table(Table {
            columns: vec![Column::left(&t(l, "export-column-year")), Column::right(&t(l, "export-column-actions"))],
            rows,
        }),
    ];
    if summary.unscheduled_actions > 0 {
        parts.push(Part::Note(tw(l, "export-unscheduled-actions", &[("count", summary.unscheduled_actions.into())])));
    }
    parts
}

fn share(l: Locale, part: Decimal, whole: Decimal) -> String {
    if whole.is_zero() {
        return String::new();
    }
    let mut percent = (part * Decimal::ONE_HUNDRED / whole).round_dp(1);
    percent.rescale(1);
    format!("{}\u{a0}%", locale_format::number_as_written(l, &percent))
}

fn budget_parts(doc: &PlanDocument) -> Vec<Part> {
    let l = doc.plan.language;
    let summary = &doc.summary;
    if doc.actions.is_empty() {
        return vec![Part::Note(t(l, "export-no-budget"))];
    }
    let mut overview = vec![
        Row::new(vec![t(l, "export-total-estimated-cost"), euros(l, summary.total_cost)]),
        Row::new(vec![t(l, "export-secured-funding"), euros(l, summary.secured_funding)]),
    ];
    if summary.over_funded {
        overview.push(Row::total(vec![t(l, "export-funding-above-cost"), euros(l, -summary.funding_gap)]));
    } else {
        overview.push(Row::total(vec![t(l, "export-funding-gap"), euros(l, summary.funding_gap)]));
    }
    let mut parts = vec![
        Part::Subheading(t(l, "export-budget-summary")),
        Part::Table(Table {
            columns: vec![Column::left(""), Column::right(&t(l, "export-column-amount"))],
            rows: overview,
        }),
    ];
    if summary.uncosted_actions > 0 {
        parts.push(Part::Note(tw(
            l,
            "export-uncosted-actions",
            &[("count", summary.uncosted_actions.into()), ("zero", euros(l, Decimal::ZERO).into())],
        )));
    }

    let mut by_source: Vec<Row> = summary
        .funding_by_source
        .iter()
        .map(|s| Row::new(vec![source_label(l, s.source), euros(l, s.amount), share(l, s.amount, summary.total_cost)]))
        .collect();
    if !summary.over_funded && !summary.funding_gap.is_zero() {
        by_source.push(Row::new(vec![
            t(l, "export-not-yet-funded"),
            euros(l, summary.funding_gap),
            share(l, summary.funding_gap, summary.total_cost),
        ]));
    }
    by_source.push(Row::total(vec![
        t(l, "export-total"),
        euros(l, summary.secured_funding.max(summary.total_cost)),
        String::new(),
    ]));
    parts.push(Part::Subheading(t(l, "export-funding-by-source")));
    parts.push(Part::Table(Table {
        columns: vec![
            Column::left(&t(l, "export-column-source")),
            Column::right(&t(l, "export-column-amount")),
            Column::right(&t(l, "export-column-share-of-cost")),
        ],
        rows: by_source,
    }));

    if !summary.cost_by_objective.is_empty() {
        let mut rows: Vec<Row> = summary
            .cost_by_objective
            .iter()
            .map(|o| {
                let name =
                    if o.objective.trim().is_empty() { t(l, "export-no-objective") } else { o.objective.clone() };
                Row::new(vec![name, o.actions.to_string(), euros(l, o.cost), euros(l, o.secured)])
            })
            .collect();
        rows.push(Row::total(vec![
            t(l, "export-total"),
            summary.actions.to_string(),
            euros(l, summary.total_cost),
            euros(l, summary.secured_funding),
        ]));
        parts.push(Part::Subheading(t(l, "export-cost-by-objective")));
        parts.push(Part::Table(Table {
            columns: vec![
                Column::left(&t(l, "export-column-objective")),
                Column::right(&t(l, "export-column-actions")),
                Column::right(&t(l, "export-column-cost")),
                Column::right(&t(l, "export-column-secured")),
            ],
            rows,
        }));
    }
    parts
}

fn risk_parts(doc: &PlanDocument) -> Vec<Part> {
    let l = doc.plan.language;
    if doc.risks.is_empty() {
        return vec![Part::Note(t(l, "export-no-risks"))];
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
            Column::main(&t(l, "export-column-risk")),
            Column::right(&t(l, "export-column-likelihood")),
            Column::right(&t(l, "export-column-impact")),
            Column::right(&t(l, "export-column-score")),
            Column::left(&t(l, "export-column-mitigation")),
            Column::left(&t(l, "export-column-owner")),
        ],
        rows,
    })]
}

fn indicator_parts(doc: &PlanDocument) -> Vec<Part> {
    let l = doc.plan.language;
    if doc.indicators.is_empty() {
        return vec![Part::Note(t(l, "export-no-indicators"))];
    }
    let rows = doc
        .indicators
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            Row::new(vec![
                indicator_number(i),
                ind.name.clone(),
                t(l, &format!("export-indicator-kind-{}", ind.kind.as_str())),
                ind.unit.clone(),
                ind.baseline.clone(),
                ind.target.clone(),
                ind.target_date.map(|m| short_month(l, m)).unwrap_or_default(),
                ind.verification.clone(),
            ])
        })
        .collect();
    vec![Part::Table(Table {
        columns: vec![
            Column::left("#"),
            Column::main(&t(l, "export-column-indicator")),
            Column::left(&t(l, "export-column-type")),
            Column::left(&t(l, "export-column-unit")),
            Column::right(&t(l, "export-column-baseline")),
            Column::right(&t(l, "export-column-target")),
            Column::left(&t(l, "export-column-by")),
            Column::left(&t(l, "export-column-verification")),
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
        let period = |s, e| period(Locale::En, s, e).replace('\u{a0}', " ");
        assert_eq!(period(Some(month(2027, 3)), Some(month(2028, 12))), "Mar 2027 – Dec 2028");
        assert_eq!(period(Some(month(2027, 3)), Some(month(2027, 3))), "Mar 2027");
        assert_eq!(period(Some(month(2027, 3)), None), "from Mar 2027");
        assert_eq!(period(None, Some(month(2027, 3))), "until Mar 2027");
        assert_eq!(period(None, None), "");
    }

    #[test]
    fn dates_are_written_out() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 4).unwrap();
        assert_eq!(long_date(Locale::En, day), "4 March 2027");
        assert_eq!(long_date(Locale::Fr, day), "4 mars 2027");
    }

    #[test]
    fn shares_have_one_decimal() {
        assert_eq!(share(Locale::En, Decimal::from(1), Decimal::from(3)), "33.3\u{a0}%");
        assert_eq!(share(Locale::De, Decimal::from(1), Decimal::from(2)), "50,0\u{a0}%");
        assert_eq!(share(Locale::En, Decimal::from(1), Decimal::ZERO), "");
    }
}
