//! The shape of an export: Convene's own record types, nested the way they belong.
//!
//! Every record is its one Rust type, the same the window and the command line get
//! ([`Network`], [`Partner`] with its contacts and local group, [`Meeting`] with its agenda
//! and attendance, [`Milestone`], [`ActionPlan`], [`Revision`], [`StatusChange`], [`Comment`],
//! [`PlanConflict`], [`ImportNote`], [`Practice`] with its sections). Nesting is document
//! structure: a network lists what belongs to it, a plan its history. Where a record type
//! does not hold its children (a [`Network`] is shown without its meetings, an
//! [`ActionPlan`] without its history), a thin wrapper adds them beside the flattened record:
//! [`NetworkExport`], [`PlanExport`] and [`RevisionWithSnapshot`].
//!
//! Fields a record carries for display (a meeting's `host_name`, a schedule's local times,
//! an attendee's `name`, a plan's `partner_name`, an agenda item's `position`) and the ids
//! of the record a child is listed under are written for readers and not read back: the
//! database derives them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::holiday::DayOff;
use crate::import_note::ImportNote;
use crate::meeting::Meeting;
use crate::milestone::Milestone;
use crate::network::Network;
use crate::partner::Partner;
use crate::plan::exchange::PlanConflict;
use crate::plan::history::RevisionWithSnapshot;
use crate::plan::review::{Comment, StatusChange};
use crate::plan::ActionPlan;
use crate::poll::Poll;
use crate::practice::Practice;

#[cfg(doc)]
use crate::plan::Revision;

/// A whole database as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Export {
    /// Always `"convene"`.
    pub format: String,
    /// The version of this shape; see [`super::SCHEMA_VERSION`].
    pub schema_version: u32,
    #[serde(default)]
    pub networks: Vec<NetworkExport>,
    #[serde(default)]
    pub practices: Vec<Practice>,
    /// Import notes that belong to no network.
    #[serde(default)]
    pub import_notes: Vec<ImportNote>,
    /// Small settings such as the author name revisions are signed with, by key.
    #[serde(default)]
    pub settings: Vec<Setting>,
}

/// A row of the settings table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Setting {
    pub key: String,
    pub value: String,
}

/// A network and everything that belongs to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkExport {
    #[serde(flatten)]
    pub network: Network,
    #[serde(default)]
    pub partners: Vec<Partner>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// The partners' own days off (a patron saint's day), in id order.
    #[serde(default)]
    pub days_off: Vec<DayOff>,
    #[serde(default)]
    pub action_plans: Vec<PlanExport>,
    #[serde(default)]
    pub import_notes: Vec<ImportNote>,
    /// Availability polls, with their options, answers and the invitations sent.
    #[serde(default)]
    pub polls: Vec<Poll>,
}

/// A plan with its whole history and review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanExport {
    #[serde(flatten)]
    pub plan: ActionPlan,
    /// Oldest first, numbered 1, 2, 3; the last one's snapshot is the plan's content. When
    /// a file has none (written before plan drafting), the plan starts with the standard
    /// sections and its summary as the text of the context section, as revision 1.
    #[serde(default)]
    pub revisions: Vec<RevisionWithSnapshot>,
    /// The section texts and table rows the revisions' snapshots refer to, by id.
    #[serde(default)]
    pub parts: BTreeMap<String, Value>,
    #[serde(default)]
    pub status_changes: Vec<StatusChange>,
    #[serde(default)]
    pub comments: Vec<Comment>,
    #[serde(default)]
    pub conflicts: Vec<PlanConflict>,
}

/// Brings a document of schema version 1 to the current shape, where it differs by more
/// than fields version 1 did not have: a conflict's `their_uuid` is now
/// `their_revision_uuid` (its name everywhere else), and a missing plan or comment UUID,
/// once written as `null`, is now absent.
pub(crate) fn upgrade_from_v1(doc: &mut Value) {
    for network in array(doc, "networks") {
        for plan in array(network, "action_plans") {
            drop_null(plan, "uuid");
            for comment in array(plan, "comments") {
                drop_null(comment, "uuid");
            }
            for conflict in array(plan, "conflicts") {
                if let Some(object) = conflict.as_object_mut() {
                    if let Some(uuid) = object.remove("their_uuid") {
                        object.insert("their_revision_uuid".into(), uuid);
                    }
                }
            }
        }
    }
}

fn array<'v>(value: &'v mut Value, key: &str) -> impl Iterator<Item = &'v mut Value> {
    value.get_mut(key).and_then(Value::as_array_mut).into_iter().flatten()
}

fn drop_null(value: &mut Value, key: &str) {
    if let Some(object) = value.as_object_mut() {
        if object.get(key).is_some_and(Value::is_null) {
            object.remove(key);
        }
    }
}
