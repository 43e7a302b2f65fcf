//! The results framework: output and result indicators with unit, baseline, target,
//! target date and means of verification. Deleting an indicator also unlinks it from the
//! actions that referred to it, in the same revision.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Indicator, IndicatorKind, PlanContent};
use super::money::Month;
use super::revisions::{edit, SavedRevision};
use super::rows::position;

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
