//! What a plan says: its sections, action table, indicators and risks, as one value.
//!
//! [`PlanContent`] is both what a revision holds (stored by reference in
//! `plan_revisions.snapshot`, see [`super::snapshot`], and in `.convene-plan` files) and what the `plan_*`
//! tables hold for the newest revision. Invariants, checked by [`PlanContent::validate`]
//! before anything is written, whoever wrote the value (a form, the CLI, another machine):
//! - the nine standard sections ([`STANDARD_SECTIONS`]) are present exactly once; custom
//!   sections have unique keys that are not standard ones;
//! - actions, indicators and risks have unique ids (UUIDs, stable across machines so that
//!   two copies of a plan can be merged row by row); an action links only to indicators of
//!   the same plan;
//! - every text is within its limit, money has at most two decimals and is not negative,
//!   an end month is not before its start month, likelihood and impact are 1 to 5.
//!
//! [`read_content`] and [`write_content`] move a content between the tables and memory;
//! `write_content` replaces everything the plan had, so the tables always equal the head.

use std::collections::HashSet;

use rusqlite::{params, Connection};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::labels::text_enum;
use crate::names::slugify;
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX};

use super::money::{check_amount, check_months, from_cents, to_cents, Month};

/// The sections of the URBACT IAP, in their usual order: `(key, title)`.
pub const STANDARD_SECTIONS: &[(&str, &str)] = &[
    ("context", "Context and needs"),
    ("vision", "Vision and objectives"),
    ("approach", "Integrated approach"),
    ("actions", "Actions"),
    ("implementation", "Implementation: timeline and resources"),
    ("funding", "Funding"),
    ("risks", "Risks"),
    ("monitoring", "Monitoring and indicators"),
    ("local-group", "Local group involvement"),
];

/// Most sections, actions, indicators and risks one plan may hold.
pub const MAX_SECTIONS: usize = 100;
pub const MAX_ROWS: usize = 1_000;
/// Most funding lines of one action.
pub const MAX_FUNDING_LINES: usize = 20;

/// "this plan has no section "KEY"".
pub(crate) fn no_such_section(key: &str) -> Message {
    Message::new("error-plan-no-section").arg("key", key)
}

pub fn is_standard_key(key: &str) -> bool {
    STANDARD_SECTIONS.iter().any(|(k, _)| *k == key)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable: `context`, `vision`, ... for the standard sections, a slug of the first
    /// title for custom ones.
    pub key: String,
    pub title: String,
    /// Markdown.
    pub body: String,
    /// Added by the city (may be renamed or removed); standard sections may only be moved.
    pub custom: bool,
}

text_enum! {
    pub enum FundingSource {
        City = "city" / "City budget",
        Erdf = "erdf" / "ERDF",
        EsfPlus = "esf_plus" / "ESF+",
        National = "national" / "National",
        Regional = "regional" / "Regional",
        Private = "private" / "Private",
        Other = "other" / "Other",
    }
}

text_enum! {
    pub enum ActionStatus {
        Idea = "idea" / "Idea",
        Planned = "planned" / "Planned",
        Ongoing = "ongoing" / "Ongoing",
        Done = "done" / "Done",
        Dropped = "dropped" / "Dropped",
    }
}

text_enum! {
    pub enum IndicatorKind {
        Output = "output" / "Output",
        Result = "result" / "Result",
    }
}

/// Money found for an action from one source. Funding lines count as secured funding:
/// the funding gap is the cost not covered by them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct FundingLine {
    pub source: FundingSource,
    /// Euros, a string such as "12500.00".
    #[serde(with = "rust_decimal::serde::str")]
    #[ts(type = "string")]
    pub amount: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// A UUID, the same on every machine the plan travels to. Empty (or absent) in what a
    /// form sends to add one: the plan gives it (see [`super::actions`]).
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub objective: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The lead organisation.
    #[serde(default)]
    pub lead: String,
    /// Partner organisations, as written.
    #[serde(default)]
    pub partners: String,
    #[serde(default)]
    pub start: Option<Month>,
    #[serde(default)]
    pub end: Option<Month>,
    /// Estimated cost in euros; `null` when not estimated yet.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub cost: Option<Decimal>,
    #[serde(default)]
    pub funding: Vec<FundingLine>,
    pub status: ActionStatus,
    /// A small-scale pilot (an URBACT "test action").
    #[serde(default)]
    pub pilot: bool,
    /// Ids of the plan's indicators this action feeds.
    #[serde(default)]
    pub indicator_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// A UUID, as an action's; empty in what a form sends to add one.
    #[serde(default)]
    pub id: String,
    pub name: String,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub unit: String,
    /// As written ("120", "35 %", "none yet").
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub target_date: Option<Month>,
    /// Means of verification.
    #[serde(default)]
    pub verification: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    /// A UUID, as an action's; empty in what a form sends to add one.
    #[serde(default)]
    pub id: String,
    pub description: String,
    /// 1 (rare) to 5 (almost certain).
    pub likelihood: u8,
    /// 1 (minor) to 5 (severe).
    pub impact: u8,
    #[serde(default)]
    pub mitigation: String,
    #[serde(default)]
    pub owner: String,
}

impl Risk {
    /// Likelihood times impact, 1 to 25.
    pub fn score(&self) -> u8 {
        self.likelihood * self.impact
    }
}

/// Everything a revision holds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanContent {
    /// In the plan's order.
    pub sections: Vec<Section>,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub risks: Vec<Risk>,
}

impl PlanContent {
    /// The nine standard sections, `context` holding `context_text`.
    pub fn standard(context_text: &str) -> PlanContent {
        let sections = STANDARD_SECTIONS
            .iter()
            .map(|(key, title)| Section {
                key: key.to_string(),
                title: title.to_string(),
                body: if *key == "context" { context_text.to_string() } else { String::new() },
                custom: false,
            })
            .collect();
        PlanContent { sections, ..PlanContent::default() }
    }

    pub fn section(&self, key: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.key == key)
    }

    pub fn section_mut(&mut self, key: &str) -> Result<&mut Section> {
        self.sections.iter_mut().find(|s| s.key == key).ok_or_else(|| Error::not_found(no_such_section(key)))
    }

    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// A key for a new custom section titled `title`, unique in this plan.
    pub fn new_section_key(&self, title: &str) -> String {
        let base = match slugify(title) {
            s if s.is_empty() => "section".to_string(),
            s => s.chars().take(60).collect::<String>().trim_end_matches('-').to_string(),
        };
        let taken = |k: &str| is_standard_key(k) || self.section(k).is_some();
        if !taken(&base) {
            return base;
        }
        (2..).map(|n| format!("{base}-{n}")).find(|k| !taken(k)).expect("some number is free")
    }

    /// Trims texts and normalises amounts; refuses a content that breaks a rule of the
    /// module docs, naming the field (`sections[context].body`, `actions[2].cost`, ...).
    pub fn validate(mut self) -> Result<PlanContent> {
        if self.sections.len() > MAX_SECTIONS {
            return Err(Error::invalid(
                "sections",
                Message::new("error-plan-too-many-sections").arg("max", MAX_SECTIONS),
            ));
        }
        let mut keys = HashSet::new();
        for s in &mut self.sections {
            let f = |name: &str| format!("sections[{}].{name}", s.key);
            if s.key.is_empty()
                || s.key.len() > 80
                || !s.key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                return Err(Error::invalid("sections.key", Message::new("error-not-a-section-key").arg("key", &s.key)));
            }
            if !keys.insert(s.key.clone()) {
                return Err(Error::invalid("sections.key", Message::new("error-section-twice").arg("key", &s.key)));
            }
            if s.custom == is_standard_key(&s.key) {
                return Err(Error::invalid(
                    f("custom"),
                    Message::new(if s.custom {
                        "error-custom-section-standard-key"
                    } else {
                        "error-not-a-standard-section"
                    }),
                ));
            }
            s.title = validate::required(&f("title"), &s.title, TITLE_MAX)?;
            check_length(&f("body"), &s.body, TEXT_MAX)?;
        }
        for (key, title) in STANDARD_SECTIONS {
            if !keys.contains(*key) {
                let missing = Message::new("error-standard-section-missing").arg("title", *title).arg("key", *key);
                return Err(Error::invalid("sections", missing));
            }
        }
        if self.actions.len() > MAX_ROWS || self.indicators.len() > MAX_ROWS || self.risks.len() > MAX_ROWS {
            return Err(Error::invalid("actions", Message::new("error-plan-too-many-rows").arg("max", MAX_ROWS)));
        }
        let mut indicator_ids = HashSet::new();
        for (i, ind) in self.indicators.iter_mut().enumerate() {
            let f = |name: &str| format!("indicators[{i}].{name}");
            check_id(&f("id"), &ind.id, &mut indicator_ids)?;
            ind.name = validate::required(&f("name"), &ind.name, TITLE_MAX)?;
            ind.unit = validate::optional(&f("unit"), &ind.unit, NAME_MAX)?;
            ind.baseline = validate::optional(&f("baseline"), &ind.baseline, NAME_MAX)?;
            ind.target = validate::optional(&f("target"), &ind.target, NAME_MAX)?;
            ind.verification = validate::optional(&f("verification"), &ind.verification, LINE_MAX)?;
        }
        let mut action_ids = HashSet::new();
        for (i, a) in self.actions.iter_mut().enumerate() {
            let f = |name: &str| format!("actions[{i}].{name}");
            check_id(&f("id"), &a.id, &mut action_ids)?;
            a.title = validate::required(&f("title"), &a.title, TITLE_MAX)?;
            a.objective = validate::optional(&f("objective"), &a.objective, TITLE_MAX)?;
            a.description = validate::optional(&f("description"), &a.description, TEXT_MAX)?;
            a.lead = validate::optional(&f("lead"), &a.lead, NAME_MAX)?;
            a.partners = validate::optional(&f("partners"), &a.partners, LINE_MAX)?;
            check_months(a.start, &f("end"), a.end)?;
            if let Some(cost) = a.cost {
                a.cost = Some(check_amount(&f("cost"), cost)?);
            }
            if a.funding.len() > MAX_FUNDING_LINES {
                return Err(Error::invalid(
                    f("funding"),
                    Message::new("error-action-too-many-funding-lines").arg("max", MAX_FUNDING_LINES),
                ));
            }
            for (j, line) in a.funding.iter_mut().enumerate() {
                line.amount = check_amount(&format!("actions[{i}].funding[{j}].amount"), line.amount)?;
            }
            let mut linked = HashSet::new();
            for id in &a.indicator_ids {
                if !indicator_ids.contains(id) {
                    return Err(Error::invalid(
                        f("indicator_ids"),
                        Message::new("error-indicator-not-of-plan").arg("id", id.to_string()),
                    ));
                }
                if !linked.insert(id.clone()) {
                    let twice = Message::new("error-indicator-linked-twice").arg("id", id.to_string());
                    return Err(Error::invalid(f("indicator_ids"), twice));
                }
            }
        }
        let mut risk_ids = HashSet::new();
        for (i, r) in self.risks.iter_mut().enumerate() {
            let f = |name: &str| format!("risks[{i}].{name}");
            check_id(&f("id"), &r.id, &mut risk_ids)?;
            r.description = validate::required(&f("description"), &r.description, LINE_MAX)?;
            for (name, value) in [("likelihood", r.likelihood), ("impact", r.impact)] {
                if !(1..=5).contains(&value) {
                    return Err(Error::invalid(
                        f(name),
                        Message::new("error-not-one-to-five").arg("value", value.to_string()),
                    ));
                }
            }
            r.mitigation = validate::optional(&f("mitigation"), &r.mitigation, TEXT_MAX)?;
            r.owner = validate::optional(&f("owner"), &r.owner, NAME_MAX)?;
        }
        Ok(self)
    }
}

/// Section bodies keep their spaces and blank lines (Markdown needs them): only the length
/// is checked.
fn check_length(field: &str, text: &str, max: usize) -> Result<()> {
    let count = text.chars().count();
    if count > max {
        return Err(Error::invalid(field, Message::new("error-too-long").arg("count", count).arg("max", max)));
    }
    Ok(())
}

fn check_id(field: &str, id: &str, seen: &mut HashSet<String>) -> Result<()> {
    if uuid::Uuid::parse_str(id).is_err() {
        return Err(Error::invalid(field, Message::new("error-not-a-uuid").arg("value", id)));
    }
    if !seen.insert(id.to_string()) {
        return Err(Error::invalid(field, Message::new("error-id-twice").arg("id", id)));
    }
    Ok(())
}

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The content the `plan_*` tables hold for `plan_id` (the head revision's).
pub fn read_content(conn: &Connection, plan_id: i64) -> Result<PlanContent> {
    let mut stmt =
        conn.prepare_cached("SELECT key, title, body, custom FROM plan_sections WHERE plan_id = ?1 ORDER BY position")?;
    let sections = stmt
        .query_map([plan_id], |r| Ok(Section { key: r.get(0)?, title: r.get(1)?, body: r.get(2)?, custom: r.get(3)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut stmt = conn.prepare_cached(
        "SELECT uuid, name, kind, unit, baseline, target, target_date, verification FROM plan_indicators
         WHERE plan_id = ?1 ORDER BY position",
    )?;
    let indicators = stmt
        .query_map([plan_id], |r| {
            Ok(Indicator {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                unit: r.get(3)?,
                baseline: r.get(4)?,
                target: r.get(5)?,
                target_date: month_column(r.get::<_, Option<String>>(6)?),
                verification: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let mut stmt = conn.prepare_cached(
        "SELECT id, uuid, objective, title, description, lead, partners, start_month, end_month, cost_cents, status, pilot
         FROM plan_actions WHERE plan_id = ?1 ORDER BY position",
    )?;
    let rows = stmt
        .query_map([plan_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Action {
                    id: r.get(1)?,
                    objective: r.get(2)?,
                    title: r.get(3)?,
                    description: r.get(4)?,
                    lead: r.get(5)?,
                    partners: r.get(6)?,
                    start: month_column(r.get::<_, Option<String>>(7)?),
                    end: month_column(r.get::<_, Option<String>>(8)?),
                    cost: r.get::<_, Option<i64>>(9)?.map(from_cents),
                    funding: Vec::new(),
                    status: r.get(10)?,
                    pilot: r.get(11)?,
                    indicator_ids: Vec::new(),
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut funding = conn.prepare_cached(
        "SELECT source, amount_cents FROM plan_action_funding WHERE action_id = ?1 ORDER BY position",
    )?;
    let mut linked = conn.prepare_cached(
        "SELECT i.uuid FROM plan_action_indicators l JOIN plan_indicators i ON i.id = l.indicator_id
         WHERE l.action_id = ?1 ORDER BY l.position",
    )?;
    let mut actions = Vec::with_capacity(rows.len());
    for (row_id, mut action) in rows {
        action.funding = funding
            .query_map([row_id], |r| Ok(FundingLine { source: r.get(0)?, amount: from_cents(r.get(1)?) }))?
            .collect::<rusqlite::Result<_>>()?;
        action.indicator_ids = linked.query_map([row_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        actions.push(action);
    }

    let mut stmt = conn.prepare_cached(
        "SELECT uuid, description, likelihood, impact, mitigation, owner FROM plan_risks WHERE plan_id = ?1 ORDER BY position",
    )?;
    let risks = stmt
        .query_map([plan_id], |r| {
            Ok(Risk {
                id: r.get(0)?,
                description: r.get(1)?,
                likelihood: r.get(2)?,
                impact: r.get(3)?,
                mitigation: r.get(4)?,
                owner: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(PlanContent { sections, actions, indicators, risks })
}

fn month_column(text: Option<String>) -> Option<Month> {
    text.and_then(|t| Month::parse("", &t).ok())
}

/// Replaces what the `plan_*` tables hold for `plan_id` with `content` (already validated).
pub fn write_content(conn: &Connection, plan_id: i64, content: &PlanContent) -> Result<()> {
    for table in ["plan_sections", "plan_actions", "plan_indicators", "plan_risks"] {
        conn.execute(&format!("DELETE FROM {table} WHERE plan_id = ?1"), [plan_id])?;
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO plan_sections (plan_id, position, key, title, body, custom) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, s) in content.sections.iter().enumerate() {
        stmt.execute(params![plan_id, i as i64, s.key, s.title, s.body, s.custom])?;
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO plan_indicators (plan_id, uuid, position, name, kind, unit, baseline, target, target_date, verification)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut indicator_rows = std::collections::HashMap::new();
    for (i, ind) in content.indicators.iter().enumerate() {
        stmt.execute(params![
            plan_id,
            ind.id,
            i as i64,
            ind.name,
            ind.kind,
            ind.unit,
            ind.baseline,
            ind.target,
            ind.target_date.map(|m| m.to_string()),
            ind.verification
        ])?;
        indicator_rows.insert(ind.id.as_str(), conn.last_insert_rowid());
    }
    let mut insert_action = conn.prepare_cached(
        "INSERT INTO plan_actions (plan_id, uuid, position, objective, title, description, lead, partners, start_month, end_month, cost_cents, status, pilot)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    let mut insert_funding = conn.prepare_cached(
        "INSERT INTO plan_action_funding (action_id, position, source, amount_cents) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut insert_link = conn
        .prepare_cached("INSERT INTO plan_action_indicators (action_id, indicator_id, position) VALUES (?1, ?2, ?3)")?;
    for (i, a) in content.actions.iter().enumerate() {
        insert_action.execute(params![
            plan_id,
            a.id,
            i as i64,
            a.objective,
            a.title,
            a.description,
            a.lead,
            a.partners,
            a.start.map(|m| m.to_string()),
            a.end.map(|m| m.to_string()),
            a.cost.map(to_cents),
            a.status,
            a.pilot
        ])?;
        let action_row = conn.last_insert_rowid();
        for (j, line) in a.funding.iter().enumerate() {
            insert_funding.execute(params![action_row, j as i64, line.source, to_cents(line.amount)])?;
        }
        for (j, id) in a.indicator_ids.iter().enumerate() {
            let indicator_row = indicator_rows.get(id.as_str()).ok_or_else(|| {
                Error::invalid("indicator_ids", Message::new("error-indicator-not-of-plan").arg("id", id.to_string()))
            })?;
            insert_link.execute(params![action_row, indicator_row, j as i64])?;
        }
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO plan_risks (plan_id, uuid, position, description, likelihood, impact, mitigation, owner)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, r) in content.risks.iter().enumerate() {
        stmt.execute(params![plan_id, r.id, i as i64, r.description, r.likelihood, r.impact, r.mitigation, r.owner])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_content_validates_and_a_missing_standard_section_does_not() {
        let content = PlanContent::standard("Our city");
        assert_eq!(content.sections.len(), 9);
        assert_eq!(content.section("context").unwrap().body, "Our city");
        assert!(content.clone().validate().is_ok());
        let mut broken = content.clone();
        broken.sections.retain(|s| s.key != "risks");
        let err = broken.validate().unwrap_err();
        assert!(err.to_string().contains("Risks"), "{err}");
        let mut twice = content;
        twice.sections.push(twice.sections[0].clone());
        assert!(twice.validate().unwrap_err().to_string().contains("twice"));
    }

    #[test]
    fn custom_keys_are_unique_slugs() {
        let mut content = PlanContent::standard("");
        assert_eq!(content.new_section_key("Digital skills for all"), "digital-skills-for-all");
        assert_eq!(content.new_section_key("Risks"), "risks-2");
        assert_eq!(content.new_section_key("!!!"), "section");
        content.sections.push(Section {
            key: "annex".into(),
            title: "Annex".into(),
            body: String::new(),
            custom: true,
        });
        assert_eq!(content.new_section_key("Annex"), "annex-2");
    }
}
