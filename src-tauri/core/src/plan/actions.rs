//! The action table: what the city will do, who leads, when (to the month), what it costs
//! and who pays (exact euros, see [`super::money`]), its status, whether it is a small-scale
//! pilot, and which indicators it feeds. Adding, changing, moving or deleting an action is
//! one revision each.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Action, ActionStatus, FundingLine};
use super::money::Month;
use super::revisions::{edit, SavedRevision};
use super::rows::position;

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
