//! A plan's history as files carry it: each [`Revision`] with its content by reference to
//! the file's parts ([`RevisionWithSnapshot`]). Both the whole-database JSON export
//! ([`crate::exchange`]) and the `.convene-plan` file ([`super::exchange`]) carry histories
//! this way, and both check what they read with [`check_revisions`], so a revision passes
//! the same rules whichever file brings it.
//!
//! Invariants checked for every revision, oldest first: its UUID is a UUID and appears
//! once; the revisions it names as parent and merged parent come earlier in the list; its
//! author and message are within their limits, its time is an RFC 3339 instant; every part
//! its snapshot refers to is in the file; and its content passes the rules of a plan typed
//! in ([`PlanContent::validate`]). Errors name `revisions[i].FIELD`.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::origin::instant;
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX};

use super::content::{write_content, PlanContent};
use super::revisions::{commit, insert_revision, Revision, RevisionKind};
use super::snapshot::{referenced, store_snapshot, PartTexts, PlanManifest};
use super::ActionPlan;

/// A revision and its content, by reference to the parts of the file that carries it.
/// (A thin wrapper: [`Revision`] alone is what screens list; files need the content too.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RevisionWithSnapshot {
    #[serde(flatten)]
    pub revision: Revision,
    pub snapshot: PlanManifest,
}

/// Checks `revisions` (see the module docs), trimming UUIDs and authors as they are saved,
/// and returns each revision's content.
pub(crate) fn check_revisions(
    revisions: &mut [RevisionWithSnapshot],
    parts: &BTreeMap<String, serde_json::Value>,
) -> Result<Vec<PlanContent>> {
    let mut earlier: HashSet<String> = HashSet::new();
    let mut texts = PartTexts::new(parts);
    let mut contents = Vec::with_capacity(revisions.len());
    for (i, entry) in revisions.iter_mut().enumerate() {
        let at = format!("revisions[{i}]");
        let field = |name: &str| format!("{at}.{name}");
        let r = &mut entry.revision;
        r.uuid = uuid::Uuid::parse_str(r.uuid.trim())
            .map_err(|_| Error::invalid(field("uuid"), Message::new("error-not-a-uuid").arg("value", &r.uuid)))?
            .to_string();
        for (name, parent) in [("parent_uuid", &r.parent_uuid), ("merged_uuid", &r.merged_uuid)] {
            if let Some(parent) = parent {
                if !earlier.contains(parent) {
                    let later = Message::new("error-revision-parent-not-earlier").arg("uuid", parent);
                    return Err(Error::invalid(field(name), later));
                }
            }
        }
        if !earlier.insert(r.uuid.clone()) {
            return Err(Error::invalid(field("uuid"), Message::new("error-revision-twice").arg("uuid", &r.uuid)));
        }
        r.author = validate::optional(&field("author"), &r.author, NAME_MAX)?;
        r.message = validate::optional(&field("message"), &r.message, LINE_MAX)?;
        instant(&field("created_at"), &r.created_at)?;
        if let Some(id) = referenced(&entry.snapshot).find(|id| !parts.contains_key(*id)) {
            let missing = Message::new("error-snapshot-part-missing").arg("id", id);
            return Err(Error::invalid(field("snapshot"), missing));
        }
        let content = texts
            .content(&entry.snapshot, &field("snapshot"))
            .map_err(|e| match e {
                Error::BadInput(reason) => Error::invalid(field("snapshot"), reason),
                other => Error::invalid(field("snapshot"), other.to_string()),
            })?
            .validate()
            .map_err(|e| match e {
                Error::Invalid { field: inner, reason } => Error::invalid(field(&format!("snapshot.{inner}")), reason),
                other => other,
            })?;
        contents.push(content);
    }
    Ok(contents)
}

/// Writes an exported plan's history: the revisions as they are (numbered 1, 2, 3 in
/// order, each checked by [`check_revisions`]), the newest one's content as the plan's. A
/// file without revisions (written before plan drafting) gets the standard sections with
/// the plan's summary as revision 1, the plan keeping its `updated_at`.
pub(crate) fn import_history(
    conn: &Connection,
    plan: &ActionPlan,
    revisions: &[RevisionWithSnapshot],
    parts: &BTreeMap<String, serde_json::Value>,
) -> Result<()> {
    if revisions.is_empty() {
        let summary = validate::optional("summary", &plan.summary, TEXT_MAX)?;
        commit(
            conn,
            plan.id,
            PlanContent::standard(&summary),
            RevisionKind::Created,
            &super::revision_summary::stored("plan-revision-created", &[]),
            None,
        )?;
        conn.execute("UPDATE action_plans SET updated_at = ?2 WHERE id = ?1", params![plan.id, plan.updated_at])?;
        return Ok(());
    }
    let mut revisions = revisions.to_vec();
    let contents = check_revisions(&mut revisions, parts)?;
    let last = revisions.len() - 1;
    for (i, (entry, content)) in revisions.iter().zip(contents).enumerate() {
        let number = i as i64 + 1;
        if entry.revision.number != number {
            let misnumbered = Message::new("error-revision-misnumbered")
                .arg("number", entry.revision.number.to_string())
                .arg("expected", number.to_string());
            return Err(Error::invalid(format!("revisions[{i}].number"), misnumbered));
        }
        let snapshot = store_snapshot(conn, plan.id, &content)?;
        insert_revision(conn, plan.id, &entry.revision, &snapshot).map_err(|e| e.within(&format!("revisions[{i}]")))?;
        if i == last {
            write_content(conn, plan.id, &content)?;
        }
    }
    Ok(())
}

/// Every revision reachable from `start` through parents and merged parents.
pub(crate) fn ancestors(parents: &HashMap<String, Vec<String>>, start: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    let mut stack = vec![start.to_string()];
    while let Some(uuid) = stack.pop() {
        if seen.insert(uuid.clone()) {
            if let Some(ps) = parents.get(&uuid) {
                stack.extend(ps.iter().cloned());
            }
        }
    }
    seen
}
