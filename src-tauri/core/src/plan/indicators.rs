//! The results framework: output and result indicators with unit, baseline, target,
//! target date and means of verification. Deleting an indicator also unlinks it from the
//! actions that referred to it, in the same revision.

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Indicator, PlanContent};
use super::revisions::{edit, SavedRevision};
use super::rows::position;

/// What a form sends to add or change an indicator: an [`Indicator`], whose id is given
/// by the plan, so any id sent is ignored.
pub type IndicatorInput = Indicator;

pub fn add_indicator(db: &mut Db, plan_id: i64, input: IndicatorInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let name = input.name.trim().to_string();
        content.indicators.push(Indicator { id: id.clone(), ..input });
        Ok((super::revision_summary::stored("plan-revision-indicator-added", &[("indicator", &name)]), Some(id)))
    })
}

pub fn update_indicator(db: &mut Db, plan_id: i64, indicator_id: &str, input: IndicatorInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.indicators, indicator_id, |i| &i.id, "indicator")?;
        content.indicators[at] = Indicator { id: indicator_id.to_string(), ..input };
        Ok((
            super::revision_summary::stored(
                "plan-revision-indicator-changed",
                &[("indicator", content.indicators[at].name.trim())],
            ),
            None,
        ))
    })
}

pub fn delete_indicator(db: &mut Db, plan_id: i64, indicator_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.indicators, indicator_id, |i| &i.id, "indicator")?;
        let removed = content.indicators.remove(at);
        unlink_indicator(content, indicator_id);
        Ok((super::revision_summary::stored("plan-revision-indicator-deleted", &[("indicator", &removed.name)]), None))
    })
}

fn unlink_indicator(content: &mut PlanContent, indicator_id: &str) {
    for action in &mut content.actions {
        action.indicator_ids.retain(|i| i != indicator_id);
    }
}
