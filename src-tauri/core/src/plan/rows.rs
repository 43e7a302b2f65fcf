//! The plan's tables: actions (with funding lines and linked indicators), indicators (the
//! results framework) and risks. Adding, changing or deleting a row is one revision each.
//!
//! Rows are identified by UUIDs so that the same action is recognised in two copies of a
//! plan (see [`super::exchange`]). Deleting an indicator also unlinks it from the actions
//! that referred to it, in the same revision.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::Db;

use super::content::{new_id, Action, ActionStatus, FundingLine, Indicator, IndicatorKind, PlanContent, Risk};
use super::money::Month;
use super::revisions::{edit, SavedRevision};

/// An action as a form sends it (the id is given by the plan).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    #[serde(default)]
    pub objective: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub lead: String,
    #[serde(default)]
    pub partners: String,
    #[serde(default)]
    pub start: Option<Month>,
    #[serde(default)]
    pub end: Option<Month>,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    #[ts(type = "string | null")]
    pub cost: Option<Decimal>,
    #[serde(default)]
    pub funding: Vec<FundingLine>,
    pub status: ActionStatus,
    #[serde(default)]
    pub pilot: bool,
    #[serde(default)]
    pub indicator_ids: Vec<String>,
}

impl ActionInput {
    fn into_action(self, id: String) -> Action {
        Action {
            id,
            objective: self.objective,
            title: self.title,
            description: self.description,
            lead: self.lead,
            partners: self.partners,
            start: self.start,
            end: self.end,
            cost: self.cost,
            funding: self.funding,
            status: self.status,
            pilot: self.pilot,
            indicator_ids: self.indicator_ids,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IndicatorInput {
    pub name: String,
    pub kind: IndicatorKind,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub baseline: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub target_date: Option<Month>,
    #[serde(default)]
    pub verification: String,
}

impl IndicatorInput {
    fn into_indicator(self, id: String) -> Indicator {
        Indicator {
            id,
            name: self.name,
            kind: self.kind,
            unit: self.unit,
            baseline: self.baseline,
            target: self.target,
            target_date: self.target_date,
            verification: self.verification,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RiskInput {
    pub description: String,
    pub likelihood: u8,
    pub impact: u8,
    #[serde(default)]
    pub mitigation: String,
    #[serde(default)]
    pub owner: String,
}

impl RiskInput {
    fn into_risk(self, id: String) -> Risk {
        Risk {
            id,
            description: self.description,
            likelihood: self.likelihood,
            impact: self.impact,
            mitigation: self.mitigation,
            owner: self.owner,
        }
    }
}

fn position<T>(rows: &[T], id: &str, id_of: impl Fn(&T) -> &str, what: &str) -> Result<usize> {
    rows.iter().position(|r| id_of(r) == id).ok_or_else(|| Error::not_found(format!("this plan has no {what} with id {id}")))
}

/// Adds an action at the end of the table; `item_id` of the result is its id.
pub fn add_action(db: &mut Db, plan_id: i64, input: ActionInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let title = input.title.trim().to_string();
        content.actions.push(input.into_action(id.clone()));
        Ok((format!("Added action {title}"), Some(id)))
    })
}

pub fn update_action(db: &mut Db, plan_id: i64, action_id: &str, input: ActionInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        content.actions[at] = input.into_action(action_id.to_string());
        Ok((format!("Changed action {}", content.actions[at].title.trim()), None))
    })
}

pub fn delete_action(db: &mut Db, plan_id: i64, action_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        let removed = content.actions.remove(at);
        Ok((format!("Deleted action {}", removed.title), None))
    })
}

/// Moves an action to place `to` (0-based) of the table.
pub fn move_action(db: &mut Db, plan_id: i64, action_id: &str, to: usize) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        let action = content.actions.remove(at);
        let title = action.title.clone();
        content.actions.insert(to.min(content.actions.len()), action);
        Ok((format!("Moved action {title}"), None))
    })
}

pub fn add_indicator(db: &mut Db, plan_id: i64, input: IndicatorInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let name = input.name.trim().to_string();
        content.indicators.push(input.into_indicator(id.clone()));
        Ok((format!("Added indicator {name}"), Some(id)))
    })
}

pub fn update_indicator(db: &mut Db, plan_id: i64, indicator_id: &str, input: IndicatorInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.indicators, indicator_id, |i| &i.id, "indicator")?;
        content.indicators[at] = input.into_indicator(indicator_id.to_string());
        Ok((format!("Changed indicator {}", content.indicators[at].name.trim()), None))
    })
}

pub fn delete_indicator(db: &mut Db, plan_id: i64, indicator_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.indicators, indicator_id, |i| &i.id, "indicator")?;
        let removed = content.indicators.remove(at);
        unlink_indicator(content, indicator_id);
        Ok((format!("Deleted indicator {}", removed.name), None))
    })
}

fn unlink_indicator(content: &mut PlanContent, indicator_id: &str) {
    for action in &mut content.actions {
        action.indicator_ids.retain(|i| i != indicator_id);
    }
}

pub fn add_risk(db: &mut Db, plan_id: i64, input: RiskInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let description = input.description.trim().to_string();
        content.risks.push(input.into_risk(id.clone()));
        Ok((format!("Added risk {description}"), Some(id)))
    })
}

pub fn update_risk(db: &mut Db, plan_id: i64, risk_id: &str, input: RiskInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.risks, risk_id, |r| &r.id, "risk")?;
        content.risks[at] = input.into_risk(risk_id.to_string());
        Ok((format!("Changed risk {}", content.risks[at].description.trim()), None))
    })
}

pub fn delete_risk(db: &mut Db, plan_id: i64, risk_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.risks, risk_id, |r| &r.id, "risk")?;
        let removed = content.risks.remove(at);
        Ok((format!("Deleted risk {}", removed.description), None))
    })
}
