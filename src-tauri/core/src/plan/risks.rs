//! Risks: description, likelihood and impact (1 to 5), mitigation and owner.

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Risk};
use super::revisions::{edit, SavedRevision};
use super::rows::position;

/// What a form sends to add or change a risk: a [`Risk`], whose id is given by the plan,
/// so any id sent is ignored.
pub type RiskInput = Risk;

pub fn add_risk(db: &mut Db, plan_id: i64, input: RiskInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let description = input.description.trim().to_string();
        content.risks.push(Risk { id: id.clone(), ..input });
        Ok((super::revision_summary::stored("plan-revision-risk-added", &[("risk", &description)]), Some(id)))
    })
}

pub fn update_risk(db: &mut Db, plan_id: i64, risk_id: &str, input: RiskInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.risks, risk_id, |r| &r.id, "risk")?;
        content.risks[at] = Risk { id: risk_id.to_string(), ..input };
        Ok((
            super::revision_summary::stored(
                "plan-revision-risk-changed",
                &[("risk", content.risks[at].description.trim())],
            ),
            None,
        ))
    })
}

pub fn delete_risk(db: &mut Db, plan_id: i64, risk_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.risks, risk_id, |r| &r.id, "risk")?;
        let removed = content.risks.remove(at);
        Ok((super::revision_summary::stored("plan-revision-risk-deleted", &[("risk", &removed.description)]), None))
    })
}
