//! Receiving a `.convene-plan` file: a new plan is created, a known one gains the
//! revisions it lacks and is fast-forwarded or merged; see the invariants in [`super`].

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Arg, Message};
use crate::names::fold;
use crate::store::{now_text, Db};

use super::super::content::{read_content, write_content, PlanContent};
use super::super::history::ancestors;
use super::super::review::{insert_comment, Comment};
use super::super::revisions::{all_stored, commit, head_of, insert_revision, Revision, RevisionKind, SavedRevision};
use super::super::snapshot::{load_snapshot, store_snapshot, PartTexts};
use super::super::{import_plan, ActionPlan, PlanStatus};
use super::conflicts::{get_conflict_in, insert_conflict, PlanConflict};
use super::merge::merge_contents;
use super::{parse_plan_file, words, PlanFile};
use crate::origin::Origin;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReceiveOutcome {
    /// The plan was new here and was created.
    Created,
    /// Their copy was ours plus more: it is now the plan's content.
    FastForward,
    /// We already had every revision of the file.
    AlreadyUpToDate,
    /// Their copy is older than ours: nothing changed.
    OursNewer,
    /// Both sides changed different things: merged into a new revision.
    Merged,
    /// Both sides changed the same things: merged where possible, conflicts to settle.
    MergedWithConflicts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReceiveReport {
    pub plan_id: i64,
    pub plan_title: String,
    pub outcome: ReceiveOutcome,
    /// Revisions of the file this database did not have.
    pub added_revisions: u32,
    /// Keys of the sections (and `action:ID` ...) taken from their side in a merge.
    pub merged_items: Vec<String>,
    /// Comments of the file this database did not have, and comments it marked resolved.
    pub added_comments: u32,
    pub resolved_comments: u32,
    pub conflicts: Vec<PlanConflict>,
    /// One sentence for a person.
    pub message: String,
}

/// Adds the file's comments this plan lacks, and marks resolved the ones the file says
/// were resolved (a resolution is never undone by a file). Returns (added, resolved).
fn receive_comments(conn: &Connection, plan_id: i64, comments: &[Comment]) -> Result<(u32, u32)> {
    let (mut added, mut resolved) = (0, 0);
    for c in comments {
        let here: Option<(i64, Option<String>)> = conn
            .query_row("SELECT plan_id, resolved_at FROM plan_comments WHERE uuid = ?1", [&c.uuid], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        match here {
            None => {
                insert_comment(conn, plan_id, c, None)?;
                added += 1;
            }
            Some((owner, _)) if owner != plan_id => {
                let elsewhere =
                    Message::new("error-plan-file-comment-elsewhere").arg("uuid", &c.uuid).arg("id", owner.to_string());
                return Err(damaged(elsewhere));
            }
            Some((_, None)) if c.resolved_at.is_some() => {
                conn.execute(
                    "UPDATE plan_comments SET resolved_at = ?2, resolved_by = ?3 WHERE uuid = ?1",
                    params![c.uuid, c.resolved_at, c.resolved_by],
                )?;
                resolved += 1;
            }
            Some(_) => {}
        }
    }
    Ok((added, resolved))
}

/// What the file did to the plan's comments, put at the end of the report's sentence
/// (`$note`): " (1 new comment, 2 comments resolved)", or nothing.
fn comments_note(added: u32, resolved: u32) -> Arg {
    let parts: Vec<Message> = [(added, "plan-received-comments-added"), (resolved, "plan-received-comments-resolved")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| Message::new(id).arg("count", n))
        .collect();
    if parts.is_empty() {
        Arg::from("")
    } else {
        Arg::from(Message::new("plan-received-note").arg("notes", parts))
    }
}

/// The checked content of the file's revision `i`.
fn resolve(file: &PlanFile, texts: &mut PartTexts<'_>, i: usize) -> Result<PlanContent> {
    let r = &file.revisions[i];
    let at = format!("revision {} ({})", i + 1, r.revision.uuid);
    texts
        .content(&r.snapshot, &at)
        .and_then(|c| {
            c.validate().map_err(|e| {
                Error::bad_input(Message::new("error-in-file-part").arg("what", &at).arg("reason", words(e)))
            })
        })
        .map_err(|e| damaged(words(e)))
}

/// "this plan file is damaged: WHAT".
fn damaged(what: Message) -> Error {
    Error::bad_input(Message::new("error-plan-file-damaged").arg("what", what))
}

/// Stores the file's revision `i` for `plan_id` and returns its content.
fn store_received(
    conn: &Connection,
    plan_id: i64,
    file: &PlanFile,
    texts: &mut PartTexts<'_>,
    i: usize,
) -> Result<(Revision, PlanContent)> {
    let content = resolve(file, texts, i)?;
    let snapshot = store_snapshot(conn, plan_id, &content)?;
    let saved = insert_revision(conn, plan_id, &file.revisions[i].revision, &snapshot)?;
    Ok((saved, content))
}

/// Reads `path` and receives it; see [`receive_plan`].
pub fn receive_plan_file(db: &mut Db, path: &Path) -> Result<ReceiveReport> {
    let bytes = crate::input_file::read_input_file(
        path,
        crate::input_file::PLAN_FILE_MAX_BYTES,
        &Message::new("error-expected-plan-file"),
    )?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::bad_input(Message::new("error-plan-file-not-utf8").arg("path", path.display().to_string()))
    })?;
    receive_plan(db, &text)
}

/// Receives a `.convene-plan` document; see the module docs.
pub fn receive_plan(db: &mut Db, text: &str) -> Result<ReceiveReport> {
    let file = parse_plan_file(text)?;
    let report = db.in_transaction(|db| {
        let known: Option<i64> = db
            .conn()
            .query_row("SELECT id FROM action_plans WHERE uuid = ?1", [&file.plan.uuid], |r| r.get(0))
            .optional()?;
        match known {
            None => create_received(db, &file),
            Some(plan_id) => merge_received(db.conn(), plan_id, &file),
        }
    })?;
    Ok(report)
}

fn check_not_elsewhere(conn: &Connection, plan_id: Option<i64>, uuid: &str) -> Result<()> {
    let owner: Option<i64> =
        conn.query_row("SELECT plan_id FROM plan_revisions WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?;
    match owner {
        Some(other) if Some(other) != plan_id => Err(damaged(
            Message::new("error-plan-file-revision-elsewhere").arg("uuid", uuid).arg("id", other.to_string()),
        )),
        _ => Ok(()),
    }
}

fn create_received(db: &Db, file: &PlanFile) -> Result<ReceiveReport> {
    let conn = db.conn();
    let identity = &file.plan;
    let networks: Vec<(i64, String, String)> = conn
        .prepare("SELECT id, slug, name FROM networks")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let network_id = networks
        .iter()
        .find(|(_, slug, _)| *slug == identity.network.slug)
        .or_else(|| networks.iter().find(|(_, _, name)| fold(name) == fold(&identity.network.name)))
        .map(|(id, _, _)| *id)
        .ok_or_else(|| {
            Error::bad_input(Message::new("error-plan-network-missing").arg("network", &identity.network.name))
        })?;
    let partner_id: Option<i64> = match &identity.partner {
        None => None,
        Some(p) => {
            let partners: Vec<(i64, String)> = conn
                .prepare("SELECT id, name FROM partners WHERE network_id = ?1")?
                .query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            partners.iter().find(|(_, name)| fold(name) == fold(&p.name)).map(|(id, _)| *id)
        }
    };
    // A new plan here, through the one insert path of plans: its identity, status and
    // adoption date as the file says, a new id and this machine's timestamps.
    let plan = ActionPlan {
        id: 0,
        network_id,
        partner_id,
        partner_name: None,
        title: identity.title.clone(),
        summary: identity.summary.clone(),
        status: identity.status,
        adoption_date: identity.adoption_date.filter(|_| identity.status == PlanStatus::Adopted),
        uuid: identity.uuid.clone(),
        source_ref: None,
        created_at: String::new(),
        updated_at: String::new(),
        language: identity.language,
    };
    let plan_id = import_plan(db, network_id, &plan, &Origin::Form)?;
    let mut head = PlanContent::default();
    let mut texts = PartTexts::new(&file.parts);
    for (i, r) in file.revisions.iter().map(|r| &r.revision).enumerate() {
        check_not_elsewhere(conn, None, &r.uuid)?;
        head = store_received(conn, plan_id, file, &mut texts, i)?.1;
    }
    write_content(conn, plan_id, &head)?;
    let (added_comments, resolved_comments) = receive_comments(conn, plan_id, &file.comments)?;
    let partner_note = match (&identity.partner, partner_id) {
        (Some(p), None) => Arg::from(Message::new("plan-received-partner-unknown").arg("partner", &p.name)),
        _ => Arg::from(""),
    };
    Ok(ReceiveReport {
        plan_id,
        plan_title: identity.title.clone(),
        outcome: ReceiveOutcome::Created,
        added_revisions: file.revisions.len() as u32,
        merged_items: vec![],
        added_comments,
        resolved_comments,
        conflicts: vec![],
        message: Message::new("plan-received-created")
            .arg("title", &identity.title)
            .arg("count", file.revisions.len())
            .arg("note", comments_note(added_comments, resolved_comments))
            .arg("partner_note", partner_note)
            .render(i18n::current()),
    })
}

fn merge_received(conn: &Connection, plan_id: i64, file: &PlanFile) -> Result<ReceiveReport> {
    let title: String = conn.query_row("SELECT title FROM action_plans WHERE id = ?1", [plan_id], |r| r.get(0))?;
    let stored = all_stored(conn, plan_id)?;
    let ours_head = head_of(conn, plan_id)?;
    let known: HashSet<&str> = stored.iter().map(|s| s.revision.uuid.as_str()).collect();
    let new: Vec<&Revision> =
        file.revisions.iter().map(|r| &r.revision).filter(|r| !known.contains(r.uuid.as_str())).collect();
    let their_head = &file.revisions.last().expect("checked: at least one revision").revision;
    let (added_comments, resolved_comments) = receive_comments(conn, plan_id, &file.comments)?;
    let note = comments_note(added_comments, resolved_comments);
    let report = |outcome, added: usize, merged_items, conflicts, message: Message| ReceiveReport {
        plan_id,
        plan_title: title.clone(),
        outcome,
        added_revisions: added as u32,
        merged_items,
        added_comments,
        resolved_comments,
        conflicts,
        message: message.arg("title", &title).arg("note", note.clone()).render(i18n::current()),
    };
    if new.is_empty() {
        let comments_only = added_comments + resolved_comments > 0;
        return Ok(if their_head.uuid == ours_head.uuid {
            let id = if comments_only { "plan-received-up-to-date-text" } else { "plan-received-up-to-date" };
            report(ReceiveOutcome::AlreadyUpToDate, 0, vec![], vec![], Message::new(id))
        } else {
            let id = if comments_only { "plan-received-ours-newer-text" } else { "plan-received-ours-newer" };
            report(ReceiveOutcome::OursNewer, 0, vec![], vec![], Message::new(id))
        });
    }

    let mut parents: HashMap<String, Vec<String>> = HashMap::new();
    let mut numbers: HashMap<String, i64> = HashMap::new();
    for s in &stored {
        let ps = [&s.revision.parent_uuid, &s.revision.merged_uuid].into_iter().flatten().cloned().collect();
        parents.insert(s.revision.uuid.clone(), ps);
        numbers.insert(s.revision.uuid.clone(), s.revision.number);
    }
    for r in &new {
        check_not_elsewhere(conn, Some(plan_id), &r.uuid)?;
        let ps = [&r.parent_uuid, &r.merged_uuid].into_iter().flatten().cloned().collect();
        parents.insert(r.uuid.clone(), ps);
    }
    // Our head is an ancestor of theirs: take theirs as it is.
    let their_ancestors = ancestors(&parents, &their_head.uuid);
    let mut texts = PartTexts::new(&file.parts);
    for (i, r) in file.revisions.iter().map(|r| &r.revision).enumerate() {
        if !known.contains(r.uuid.as_str()) {
            let (saved, _) = store_received(conn, plan_id, file, &mut texts, i)?;
            numbers.insert(r.uuid.clone(), saved.number);
        }
    }
    let their_content = resolve(file, &mut texts, file.revisions.len() - 1)?;
    if their_ancestors.contains(&ours_head.uuid) {
        write_content(conn, plan_id, &their_content)?;
        conn.execute("UPDATE action_plans SET updated_at = ?2 WHERE id = ?1", params![plan_id, now_text()])?;
        return Ok(report(
            ReceiveOutcome::FastForward,
            new.len(),
            vec![],
            vec![],
            Message::new("plan-received-fast-forward").arg("count", new.len()),
        ));
    }

    // Both sides moved on: three-way merge against the newest common revision.
    let our_ancestors = ancestors(&parents, &ours_head.uuid);
    let base_uuid =
        our_ancestors.intersection(&their_ancestors).max_by_key(|u| numbers.get(*u).copied().unwrap_or(0)).cloned();
    let base = match &base_uuid {
        Some(uuid) => {
            let text: String =
                conn.query_row("SELECT snapshot FROM plan_revisions WHERE uuid = ?1", [uuid], |r| r.get(0))?;
            load_snapshot(conn, plan_id, &text)?
        }
        None => PlanContent::default(),
    };
    let ours = read_content(conn, plan_id)?;
    let merge = merge_contents(&base, &ours, &their_content);
    let message = crate::plan::revision_summary::stored_merge(new.len(), &their_head.author, merge.conflicts.len());
    commit_merge(conn, plan_id, merge.content, &ours_head.uuid, &their_head.uuid, &message)?;
    let now = now_text();
    let mut conflicts = Vec::new();
    for c in merge.conflicts {
        let conflict = PlanConflict {
            id: 0,
            plan_id,
            item_key: c.item_key,
            label: c.label,
            base_text: c.base,
            ours_text: c.ours,
            their_text: c.theirs,
            their_revision_uuid: their_head.uuid.clone(),
            created_at: now.clone(),
            resolved_at: None,
            resolution: None,
        };
        conflicts.push(get_conflict_in(conn, insert_conflict(conn, plan_id, &conflict, None)?)?);
    }
    let outcome = if conflicts.is_empty() { ReceiveOutcome::Merged } else { ReceiveOutcome::MergedWithConflicts };
    let text = if conflicts.is_empty() {
        Message::new("plan-received-merged").arg("count", new.len())
    } else {
        let labels: Vec<&str> = conflicts.iter().map(|c| c.label.as_str()).collect();
        Message::new("plan-received-merged-conflicts").arg("count", new.len()).arg("labels", labels.join(", "))
    };
    Ok(report(outcome, new.len(), merge.taken, conflicts, text))
}

fn commit_merge(
    conn: &Connection,
    plan_id: i64,
    content: PlanContent,
    ours: &str,
    theirs: &str,
    message: &str,
) -> Result<SavedRevision> {
    let saved = commit(conn, plan_id, content, RevisionKind::Merge, message, Some(theirs))?;
    // A merge's first parent is our head, not the newest row (their head was stored last).
    conn.execute("UPDATE plan_revisions SET parent_uuid = ?2 WHERE uuid = ?1", params![saved.revision.uuid, ours])?;
    Ok(saved)
}
