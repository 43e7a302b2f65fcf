//! Risks: description, likelihood and impact (1 to 5), mitigation and owner.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Risk};
use super::revisions::{edit, SavedRevision};
use super::rows::position;

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
