//! Swapping a plan between partners without a server: the `.convene-plan` file.
//!
//! [`send_plan`] writes one JSON document (shape in `docs/json.md`): `"format":
//! "convene-plan"`, `"version": 1`, the plan's identity (UUID, title, network and partner
//! names) and every revision with its UUID, parent, author, time, message and full
//! snapshot, parents before children, the head last.
//!
//! [`receive_plan`] reads such a file. Invariants:
//! - A file that is not JSON, of another format, of a newer version, or whose revisions do
//!   not hang together or fail the rules of [`PlanContent::validate`] is refused with the
//!   reason, and nothing is written. Everything else happens in one transaction.
//! - Revisions are identified by UUID: receiving the same file twice changes nothing, and
//!   a revision is never stored twice.
//! - An unknown plan is created in the network with the file's slug (or name); when that
//!   network is not in this database the file is refused, saying to import it first.
//! - A known plan gains the revisions it lacks. If our head is an ancestor of theirs, their
//!   head becomes ours (fast-forward). If theirs is an ancestor of ours, nothing changes.
//!   If both changed since their last common revision, a merge revision is made (its
//!   parents are both heads): per section and per action, indicator or risk, a change made
//!   on one side only is taken; a change made on both sides differently keeps OUR version
//!   in the plan and is stored as a [`PlanConflict`] holding the base, our and their
//!   versions. Nothing is overwritten: the user settles each conflict with
//!   [`resolve_conflict`] (ours, theirs or a merged text), which makes a revision.
//! - Comments, status history and settings stay on their machine; the status and title of
//!   a known plan are not changed by a received file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::exchange::read_strictly;
use crate::names::fold;
use crate::origin::instant;
use crate::store::{now_text, Db};
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

use super::content::{read_content, write_content, Action, Indicator, PlanContent, Risk, Section};
use super::history::{check_revisions, RevisionWithSnapshot};
use super::review::{clean_comment, insert_comment, list_comments, Comment};
use super::revisions::{all_stored, commit, head_of, insert_revision, Revision, RevisionKind, SavedRevision};
use super::snapshot::{file_manifest, load_snapshot, store_snapshot, stored_parts, PartTexts};
use super::{get_plan, PlanStatus};

/// The value of `format` in every `.convene-plan` file.
pub const FORMAT: &str = "convene-plan";
/// The version this build writes and the newest it reads. Version 2 carries revisions
/// and comments in their one shape ([`Revision`], [`Comment`]), with the sender's numbers;
/// version 1 files (without them) are read as well.
pub const VERSION: u32 = 2;
/// The file extension, without the dot.
pub const EXTENSION: &str = "convene-plan";

/// A `.convene-plan` document. Unknown fields are refused (see [`parse_plan_file`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    pub format: String,
    pub version: u32,
    pub plan: PlanIdentity,
    /// Parents before children; the last one is the sender's head. Their `number`s are
    /// the sender's; the receiver numbers them in the order it stores them.
    pub revisions: Vec<RevisionWithSnapshot>,
    /// The section texts (JSON strings) and actions, indicators and risks (JSON objects)
    /// the snapshots refer to, each once, by id (see [`super::snapshot`]).
    #[serde(default)]
    pub parts: BTreeMap<String, serde_json::Value>,
    /// Reviewers' comments, oldest first, known by their UUID. Their `id` and `plan_id` are
    /// numbers of the sender's database, so a file carries 0 for them.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanIdentity {
    pub uuid: String,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: PlanStatus,
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    pub network: NetworkName,
    #[serde(default)]
    pub partner: Option<PartnerName>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkName {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartnerName {
    pub name: String,
    #[serde(default)]
    pub country: String,
}

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
pub struct PlanConflict {
    pub id: i64,
    /// In an export, the plan the conflict is listed under (absent in schema version 1).
    #[serde(default)]
    pub plan_id: i64,
    /// A section key (`context`), or `action:ID`, `indicator:ID`, `risk:ID`.
    pub item_key: String,
    /// The section's title, or the row's title, name or description.
    pub label: String,
    /// The text at the last common revision (none when the item did not exist then).
    #[serde(default)]
    pub base_text: Option<String>,
    /// Our text (none when we removed the item). The plan holds this until resolved.
    #[serde(default)]
    pub ours_text: Option<String>,
    /// Their text (none when they removed the item).
    #[serde(default)]
    pub their_text: Option<String>,
    /// Their newest revision when the conflict arose (`their_uuid` in schema version 1).
    pub their_revision_uuid: String,
    pub created_at: String,
    #[serde(default)]
    pub resolved_at: Option<String>,
    /// `ours`, `theirs` or `merged` once resolved.
    #[serde(default)]
    pub resolution: Option<String>,
}

/// Writes a conflict as given (a merge's, or one from an export, whose `id` is kept).
pub(crate) fn insert_conflict(conn: &Connection, plan_id: i64, c: &PlanConflict, id: Option<i64>) -> Result<i64> {
    let label = validate::required("label", &c.label, TEXT_MAX)?;
    validate::required("item_key", &c.item_key, TITLE_MAX)?;
    instant("created_at", &c.created_at)?;
    if let Some(at) = &c.resolved_at {
        instant("resolved_at", at)?;
    }
    conn.execute(
        "INSERT INTO plan_conflicts (id, plan_id, item_key, label, base_text, ours_text, theirs_text, their_uuid, created_at, resolved_at, resolution)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            id, plan_id, c.item_key, label, c.base_text, c.ours_text, c.their_text, c.their_revision_uuid, c.created_at,
            c.resolved_at, c.resolution
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Every conflict of a plan, settled or not, oldest first (what an export carries).
pub(crate) fn all_conflicts(db: &Db, plan_id: i64) -> Result<Vec<PlanConflict>> {
    let mut stmt = db.conn().prepare_cached("SELECT * FROM plan_conflicts WHERE plan_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([plan_id], conflict_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// How a conflict is settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "choice", rename_all = "snake_case")]
pub enum ConflictChoice {
    Ours,
    Theirs,
    /// A text the user merged by hand (for a row: its JSON, as shown in the conflict).
    Merged { text: String },
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

/// A UUID made from an importer's source reference, the same on every machine: a plan the
/// URBACT importer creates (and its first revision) gets the same identity for every
/// partner who imports the same pages, so their copies are one plan to [`receive_plan`].
/// Two 64-bit FNV-1a hashes of `what` and `source_ref`, marked as a version 8 (custom) UUID.
pub(crate) fn imported_uuid(what: &str, source_ref: &str) -> String {
    fn fnv1a(seed: u64, parts: &[&str]) -> u64 {
        let mut hash = seed;
        for part in parts {
            for byte in part.bytes().chain(std::iter::once(0)) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        hash
    }
    let parts = ["convene", what, source_ref];
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&fnv1a(0xcbf2_9ce4_8422_2325, &parts).to_be_bytes());
    bytes[8..].copy_from_slice(&fnv1a(0x6c62_272e_07bb_0142, &parts).to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    uuid::Uuid::from_bytes(bytes).to_string()
}

// ---------------------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------------------

/// The `.convene-plan` document of a plan, as pretty JSON ending in a newline.
pub fn send_plan(db: &Db, plan_id: i64) -> Result<String> {
    let file = plan_file(db, plan_id)?;
    let mut text = serde_json::to_string_pretty(&file).map_err(|e| Error::BadInput(format!("cannot write the plan as JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

/// [`send_plan`] written to `path`. The file is written beside it under another name and
/// then renamed, so an existing file is replaced only by a complete one.
pub fn send_plan_to_file(db: &Db, plan_id: i64, path: &Path) -> Result<()> {
    let text = send_plan(db, plan_id)?;
    let cannot = |e: std::io::Error| Error::BadInput(format!("cannot write {}: {e}", path.display()));
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = std::path::PathBuf::from(partial);
    std::fs::write(&partial, text).map_err(cannot)?;
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        cannot(e)
    })
}

pub fn plan_file(db: &Db, plan_id: i64) -> Result<PlanFile> {
    let plan = get_plan(db, plan_id)?;
    let tx = db.conn().unchecked_transaction()?;
    let (uuid, slug, network_name, partner_country): (String, String, String, Option<String>) = tx.query_row(
        "SELECT a.uuid, n.slug, n.name, (SELECT country FROM partners p WHERE p.id = a.partner_id)
         FROM action_plans a JOIN networks n ON n.id = a.network_id WHERE a.id = ?1",
        [plan_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let mut parts = stored_parts(&tx, plan_id)?;
    let revisions = all_stored(&tx, plan_id)?
        .into_iter()
        .map(|s| Ok(RevisionWithSnapshot { snapshot: file_manifest(&s.snapshot, &mut parts)?, revision: s.revision }))
        .collect::<Result<Vec<_>>>()?;
    Ok(PlanFile {
        format: FORMAT.into(),
        version: VERSION,
        plan: PlanIdentity {
            uuid,
            title: plan.title,
            summary: plan.summary,
            status: plan.status,
            adoption_date: plan.adoption_date,
            network: NetworkName { slug, name: network_name },
            partner: plan.partner_name.map(|name| PartnerName { name, country: partner_country.unwrap_or_default() }),
        },
        revisions,
        parts,
        comments: list_comments(db, plan_id, true)?.into_iter().map(|c| Comment { id: 0, plan_id: 0, ..c }).collect(),
    })
}

/// Adds the file's comments this plan lacks, and marks resolved the ones the file says
/// were resolved (a resolution is never undone by a file). Returns (added, resolved).
fn receive_comments(conn: &Connection, plan_id: i64, comments: &[Comment]) -> Result<(u32, u32)> {
    let (mut added, mut resolved) = (0, 0);
    for c in comments {
        let here: Option<(i64, Option<String>)> = conn
            .query_row("SELECT plan_id, resolved_at FROM plan_comments WHERE uuid = ?1", [&c.uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        match here {
            None => {
                insert_comment(conn, plan_id, c, None)?;
                added += 1;
            }
            Some((owner, _)) if owner != plan_id => {
                return Err(Error::BadInput(format!(
                    "this plan file is damaged: its comment {} belongs to another plan here (id {owner})",
                    c.uuid
                )))
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

fn comments_note(added: u32, resolved: u32) -> String {
    let mut parts = Vec::new();
    match added {
        0 => {}
        1 => parts.push("1 new comment".to_string()),
        n => parts.push(format!("{n} new comments")),
    }
    match resolved {
        0 => {}
        1 => parts.push("1 comment resolved".to_string()),
        n => parts.push(format!("{n} comments resolved")),
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

// ---------------------------------------------------------------------------------------
// Reading and checking a file
// ---------------------------------------------------------------------------------------

/// Reads and checks a `.convene-plan` document without touching any database.
pub fn parse_plan_file(text: &str) -> Result<PlanFile> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::BadInput(format!("this is not a Convene plan file: it is not valid JSON ({e})")))?;
    let format = value.get("format").and_then(|f| f.as_str());
    if format != Some(FORMAT) {
        let what = match format {
            Some("convene") => "it is a whole-database export; use `convene import` (Data > Import) for it".to_string(),
            Some(other) => format!("its format is \"{other}\", not \"{FORMAT}\""),
            None => format!("it has no \"format\": \"{FORMAT}\""),
        };
        return Err(Error::BadInput(format!("this is not a Convene plan file: {what}")));
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > VERSION as u64 => {
            return Err(Error::BadInput(format!(
                "this plan file was written by a newer version of Convene (version {v}; this version reads up to {VERSION}); update Convene to read it"
            )))
        }
        Some(_) => {}
        None => return Err(Error::BadInput("this plan file has no \"version\" number".into())),
    }
    let mut file: PlanFile =
        read_strictly(value).map_err(|e| Error::BadInput(format!("this plan file cannot be read: {e}")))?;
    check_file(&mut file)?;
    Ok(file)
}

fn check_file(file: &mut PlanFile) -> Result<()> {
    // The parts are checked through the revisions that use them (see `resolve`).
    let bad = |what: String| Error::BadInput(format!("this plan file is damaged: {what}"));
    uuid::Uuid::parse_str(&file.plan.uuid).map_err(|_| bad(format!("the plan's uuid \"{}\" is not a UUID", file.plan.uuid)))?;
    file.plan.title = validate::required("plan.title", &file.plan.title, TITLE_MAX)
        .map_err(|e| bad(e.to_string()))?;
    file.plan.summary = validate::optional("plan.summary", &file.plan.summary, TEXT_MAX).map_err(|e| bad(e.to_string()))?;
    if file.revisions.is_empty() {
        return Err(bad("it holds no revision".into()));
    }
    // Each revision as any file's (see super::history), then what a sent history adds:
    // only the first revision has no parent.
    check_revisions(&mut file.revisions, &file.parts).map_err(|e| bad(e.to_string()))?;
    for (i, r) in file.revisions.iter().map(|r| &r.revision).enumerate() {
        let at = format!("revision {} ({})", i + 1, r.uuid);
        if i > 0 && r.parent_uuid.is_none() {
            return Err(bad(format!("{at} has no parent; only the first revision may have none")));
        }
        if i == 0 && r.parent_uuid.is_some() {
            return Err(bad(format!("{at} is the first revision but names a parent")));
        }
    }
    let mut comment_uuids = HashSet::new();
    for (i, c) in file.comments.iter_mut().enumerate() {
        let at = format!("comment {} ({})", i + 1, c.uuid);
        if c.uuid.trim().is_empty() {
            return Err(bad(format!("{at} has no uuid")));
        }
        *c = clean_comment(c).map_err(|e| bad(format!("{at}: {e}")))?;
        if !comment_uuids.insert(c.uuid.clone()) {
            return Err(bad(format!("{at} appears twice")));
        }
    }
    // Every revision is in the history of the last one (the sender's head), so that taking
    // the file's revisions never leaves an unrelated revision newest here.
    let parents: HashMap<String, Vec<String>> = file
        .revisions
        .iter()
        .map(|r| &r.revision)
        .map(|r| (r.uuid.clone(), [&r.parent_uuid, &r.merged_uuid].into_iter().flatten().cloned().collect()))
        .collect();
    let head = &file.revisions[file.revisions.len() - 1].revision;
    let history = ancestors(&parents, &head.uuid);
    if let Some(stray) = file.revisions.iter().map(|r| &r.revision).find(|r| !history.contains(&r.uuid)) {
        return Err(bad(format!("the revision {} is not in the history of its latest revision {}", stray.uuid, head.uuid)));
    }
    Ok(())
}

/// The checked content of the file's revision `i`.
fn resolve(file: &PlanFile, texts: &mut PartTexts<'_>, i: usize) -> Result<PlanContent> {
    let r = &file.revisions[i];
    let at = format!("revision {} ({})", i + 1, r.revision.uuid);
    texts
        .content(&r.snapshot, &at)
        .and_then(|c| c.validate().map_err(|e| Error::BadInput(format!("{at}: {e}"))))
        .map_err(|e| Error::BadInput(format!("this plan file is damaged: {e}")))
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

// ---------------------------------------------------------------------------------------
// Receiving
// ---------------------------------------------------------------------------------------

/// Reads `path` and receives it; see [`receive_plan`].
pub fn receive_plan_file(db: &mut Db, path: &Path) -> Result<ReceiveReport> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::BadInput(format!("cannot read {}: {e}", path.display())))?;
    receive_plan(db, &text)
}

/// Receives a `.convene-plan` document; see the module docs.
pub fn receive_plan(db: &mut Db, text: &str) -> Result<ReceiveReport> {
    let file = parse_plan_file(text)?;
    let tx = db.conn_mut().transaction()?;
    let known: Option<i64> =
        tx.query_row("SELECT id FROM action_plans WHERE uuid = ?1", [&file.plan.uuid], |r| r.get(0)).optional()?;
    let report = match known {
        None => create_received(&tx, &file)?,
        Some(plan_id) => merge_received(&tx, plan_id, &file)?,
    };
    tx.commit()?;
    Ok(report)
}

fn check_not_elsewhere(conn: &Connection, plan_id: Option<i64>, uuid: &str) -> Result<()> {
    let owner: Option<i64> =
        conn.query_row("SELECT plan_id FROM plan_revisions WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?;
    match owner {
        Some(other) if Some(other) != plan_id => Err(Error::BadInput(format!(
            "this plan file is damaged: its revision {uuid} belongs to another plan here (id {other})"
        ))),
        _ => Ok(()),
    }
}

fn create_received(conn: &Connection, file: &PlanFile) -> Result<ReceiveReport> {
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
            Error::BadInput(format!(
                "this plan belongs to the network {}, which is not in this database; import that network first",
                identity.network.name
            ))
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
    let now = now_text();
    conn.execute(
        "INSERT INTO action_plans (network_id, partner_id, title, summary, status, source_ref, created_at, updated_at, uuid, adoption_date)
         VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?6, ?7, ?8)",
        params![
            network_id,
            partner_id,
            identity.title,
            identity.summary,
            identity.status,
            now,
            identity.uuid,
            if identity.status == PlanStatus::Adopted { identity.adoption_date } else { None }
        ],
    )?;
    let plan_id = conn.last_insert_rowid();
    let mut head = PlanContent::default();
    let mut texts = PartTexts::new(&file.parts);
    for (i, r) in file.revisions.iter().map(|r| &r.revision).enumerate() {
        check_not_elsewhere(conn, None, &r.uuid)?;
        head = store_received(conn, plan_id, file, &mut texts, i)?.1;
    }
    write_content(conn, plan_id, &head)?;
    let (added_comments, resolved_comments) = receive_comments(conn, plan_id, &file.comments)?;
    let partner_note = match (&identity.partner, partner_id) {
        (Some(p), None) => format!(" ({} is not a partner of this network here, so the plan has no partner)", p.name),
        _ => String::new(),
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
        message: format!(
            "added the plan \"{}\" with {} revisions{}{partner_note}",
            identity.title,
            file.revisions.len(),
            comments_note(added_comments, resolved_comments)
        ),
    })
}

/// Every revision reachable from `start` through parents and merged parents.
fn ancestors(parents: &HashMap<String, Vec<String>>, start: &str) -> HashSet<String> {
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
    let report = |outcome, added: usize, merged_items, conflicts, message: String| ReceiveReport {
        plan_id,
        plan_title: title.clone(),
        outcome,
        added_revisions: added as u32,
        merged_items,
        added_comments,
        resolved_comments,
        conflicts,
        message: format!("{message}{note}"),
    };
    if new.is_empty() {
        let unchanged = if note.is_empty() { "nothing changed" } else { "its text is unchanged" };
        return Ok(if their_head.uuid == ours_head.uuid {
            report(ReceiveOutcome::AlreadyUpToDate, 0, vec![], vec![], format!("\"{title}\" is already up to date: {unchanged}"))
        } else {
            report(ReceiveOutcome::OursNewer, 0, vec![], vec![], format!("This copy of \"{title}\" is newer than the file's: {unchanged}"))
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
            format!("Added {} to \"{title}\"; it now reads as the file's latest revision", revisions_phrase(new.len())),
        ));
    }

    // Both sides moved on: three-way merge against the newest common revision.
    let our_ancestors = ancestors(&parents, &ours_head.uuid);
    let base_uuid = our_ancestors
        .intersection(&their_ancestors)
        .max_by_key(|u| numbers.get(*u).copied().unwrap_or(0))
        .cloned();
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
    let message = format!(
        "Merged {} from {}'s copy{}",
        revisions_phrase(new.len()),
        their_head.author,
        match merge.conflicts.len() {
            0 => String::new(),
            1 => "; 1 conflict to settle".into(),
            n => format!("; {n} conflicts to settle"),
        }
    );
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
        format!("Merged {} into \"{title}\"; both sides' changes are kept", revisions_phrase(new.len()))
    } else {
        let labels: Vec<&str> = conflicts.iter().map(|c| c.label.as_str()).collect();
        format!(
            "Merged {} into \"{title}\", but both sides changed {}: nothing was overwritten; choose which text to keep",
            revisions_phrase(new.len()),
            labels.join(", ")
        )
    };
    Ok(report(outcome, new.len(), merge.taken, conflicts, text))
}

fn commit_merge(conn: &Connection, plan_id: i64, content: PlanContent, ours: &str, theirs: &str, message: &str) -> Result<SavedRevision> {
    let saved = commit(conn, plan_id, content, RevisionKind::Merge, message, Some(theirs))?;
    // A merge's first parent is our head, not the newest row (their head was stored last).
    conn.execute("UPDATE plan_revisions SET parent_uuid = ?2 WHERE uuid = ?1", params![saved.revision.uuid, ours])?;
    Ok(saved)
}

struct ConflictDraft {
    item_key: String,
    label: String,
    base: Option<String>,
    ours: Option<String>,
    theirs: Option<String>,
}

struct Merged {
    content: PlanContent,
    taken: Vec<String>,
    conflicts: Vec<ConflictDraft>,
}

/// Three-way merge of one list of keyed items. Returns the merged list in our order (with
/// items only they added inserted after their predecessor in their order).
fn merge_list<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> String,
    mut on_conflict: impl FnMut(Option<&T>, Option<&T>, Option<&T>),
    taken: &mut Vec<String>,
) -> Vec<T> {
    let find = |list: &[T], k: &str| list.iter().find(|x| key(x) == k).cloned();
    let mut keys: Vec<String> = ours.iter().map(&key).collect();
    for (i, t) in theirs.iter().enumerate() {
        let k = key(t);
        if !keys.contains(&k) {
            let after = theirs[..i].iter().rev().map(&key).find_map(|p| keys.iter().position(|x| *x == p));
            keys.insert(after.map_or(keys.len(), |p| p + 1), k);
        }
    }
    for b in base {
        let k = key(b);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let mut out = Vec::new();
    for k in keys {
        let (b, o, t) = (find(base, &k), find(ours, &k), find(theirs, &k));
        let chosen = if o == t || t == b {
            o
        } else if o == b {
            taken.push(k.clone());
            t
        } else {
            on_conflict(b.as_ref(), o.as_ref(), t.as_ref());
            o
        };
        out.extend(chosen);
    }
    out
}

fn row_text<T: Serialize>(row: Option<&T>) -> Option<String> {
    row.map(|r| serde_json::to_string_pretty(r).expect("rows serialize"))
}

fn merge_contents(base: &PlanContent, ours: &PlanContent, theirs: &PlanContent) -> Merged {
    let mut taken = Vec::new();
    let mut conflicts = Vec::new();
    let sections = merge_list(
        &base.sections,
        &ours.sections,
        &theirs.sections,
        |s: &Section| s.key.clone(),
        |b, o, t| {
            let any = o.or(t).or(b).expect("one side has the section");
            conflicts.push(ConflictDraft {
                item_key: any.key.clone(),
                label: o.or(t).map_or(any.title.clone(), |s| s.title.clone()),
                base: b.map(|s| s.body.clone()),
                ours: o.map(|s| s.body.clone()),
                theirs: t.map(|s| s.body.clone()),
            })
        },
        &mut taken,
    );
    macro_rules! rows {
        ($field:ident, $ty:ty, $prefix:literal, $label:expr) => {
            merge_list(
                &base.$field,
                &ours.$field,
                &theirs.$field,
                |r: &$ty| format!(concat!($prefix, ":{}"), r.id),
                |b, o, t| {
                    let any: &$ty = o.or(t).or(b).expect("one side has the row");
                    conflicts.push(ConflictDraft {
                        item_key: format!(concat!($prefix, ":{}"), any.id),
                        label: $label(any),
                        base: row_text(b),
                        ours: row_text(o),
                        theirs: row_text(t),
                    })
                },
                &mut taken,
            )
        };
    }
    let indicators = rows!(indicators, Indicator, "indicator", |r: &Indicator| r.name.clone());
    let mut actions = rows!(actions, Action, "action", |r: &Action| r.title.clone());
    let risks = rows!(risks, Risk, "risk", |r: &Risk| r.description.clone());
    let indicator_ids: HashSet<&str> = indicators.iter().map(|i| i.id.as_str()).collect();
    for a in &mut actions {
        a.indicator_ids.retain(|id| indicator_ids.contains(id.as_str()));
    }
    Merged { content: PlanContent { sections, actions, indicators, risks }, taken, conflicts }
}

// ---------------------------------------------------------------------------------------
// Conflicts
// ---------------------------------------------------------------------------------------

fn conflict_from_row(r: &Row<'_>) -> rusqlite::Result<PlanConflict> {
    Ok(PlanConflict {
        id: r.get("id")?,
        plan_id: r.get("plan_id")?,
        item_key: r.get("item_key")?,
        label: r.get("label")?,
        base_text: r.get("base_text")?,
        ours_text: r.get("ours_text")?,
        their_text: r.get("theirs_text")?,
        their_revision_uuid: r.get("their_uuid")?,
        created_at: r.get("created_at")?,
        resolved_at: r.get("resolved_at")?,
        resolution: r.get("resolution")?,
    })
}

fn get_conflict_in(conn: &Connection, id: i64) -> Result<PlanConflict> {
    conn.query_row("SELECT * FROM plan_conflicts WHERE id = ?1", [id], conflict_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(format!("there is no conflict with id {id}")))
}

/// The conflicts of a plan still waiting for a choice, oldest first.
pub fn list_conflicts(db: &Db, plan_id: i64) -> Result<Vec<PlanConflict>> {
    let mut stmt =
        db.conn().prepare_cached("SELECT * FROM plan_conflicts WHERE plan_id = ?1 AND resolved_at IS NULL ORDER BY id")?;
    let rows = stmt.query_map([plan_id], conflict_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Settles a conflict: keeps our version, takes theirs, or puts a merged text in place,
/// as one revision (none when the plan already reads so), and marks the conflict resolved.
pub fn resolve_conflict(db: &mut Db, conflict_id: i64, choice: ConflictChoice) -> Result<SavedRevision> {
    let conflict = get_conflict_in(db.conn(), conflict_id)?;
    if conflict.resolved_at.is_some() {
        return Err(Error::Conflict(format!(
            "the conflict in \"{}\" was already settled ({})",
            conflict.label,
            conflict.resolution.as_deref().unwrap_or("")
        )));
    }
    let plan_id = conflict.plan_id;
    let (text, resolution) = match &choice {
        ConflictChoice::Ours => (conflict.ours_text.clone(), "ours"),
        ConflictChoice::Theirs => (conflict.their_text.clone(), "theirs"),
        ConflictChoice::Merged { text } => (Some(text.clone()), "merged"),
    };
    let tx = db.conn_mut().transaction()?;
    let mut content = read_content(&tx, plan_id)?;
    apply_choice(&mut content, &conflict, text)?;
    let message = format!("Settled the conflict in {}: kept {}", conflict.label, match resolution {
        "ours" => "our text",
        "theirs" => "their text",
        _ => "a merged text",
    });
    let saved = commit(&tx, plan_id, content, RevisionKind::Resolve, &message, None)?;
    tx.execute(
        "UPDATE plan_conflicts SET resolved_at = ?2, resolution = ?3 WHERE id = ?1",
        params![conflict_id, now_text(), resolution],
    )?;
    tx.commit()?;
    Ok(saved)
}

fn apply_choice(content: &mut PlanContent, conflict: &PlanConflict, text: Option<String>) -> Result<()> {
    fn put<T: for<'de> Deserialize<'de>>(
        rows: &mut Vec<T>,
        id: &str,
        id_of: impl Fn(&T) -> &str,
        text: Option<String>,
    ) -> Result<()> {
        let at = rows.iter().position(|r| id_of(r) == id);
        match text {
            None => {
                if let Some(at) = at {
                    rows.remove(at);
                }
            }
            Some(text) => {
                let row: T = serde_json::from_str(&text)
                    .map_err(|e| Error::invalid("text", format!("the merged row is not valid: {e}")))?;
                if id_of(&row) != id {
                    return Err(Error::invalid("text", "the merged row must keep its id"));
                }
                match at {
                    Some(at) => rows[at] = row,
                    None => rows.push(row),
                }
            }
        }
        Ok(())
    }
    let key = conflict.item_key.as_str();
    if let Some(id) = key.strip_prefix("action:") {
        put(&mut content.actions, id, |a: &Action| &a.id, text)
    } else if let Some(id) = key.strip_prefix("indicator:") {
        put(&mut content.indicators, id, |i: &Indicator| &i.id, text)?;
        let ids: HashSet<String> = content.indicators.iter().map(|i| i.id.clone()).collect();
        for a in &mut content.actions {
            a.indicator_ids.retain(|i| ids.contains(i));
        }
        Ok(())
    } else if let Some(id) = key.strip_prefix("risk:") {
        put(&mut content.risks, id, |r: &Risk| &r.id, text)
    } else {
        match (content.sections.iter().position(|s| s.key == key), text) {
            (Some(at), Some(body)) => content.sections[at].body = body,
            (Some(at), None) => {
                content.sections.remove(at);
            }
            (None, Some(body)) => content.sections.push(Section {
                key: key.to_string(),
                title: conflict.label.clone(),
                body,
                custom: true,
            }),
            (None, None) => {}
        }
        Ok(())
    }
}

/// Settles a conflict found by plan and item key (the command line's way).
pub fn resolve_conflict_by_key(db: &mut Db, plan_id: i64, item_key: &str, choice: ConflictChoice) -> Result<SavedRevision> {
    let open = list_conflicts(db, plan_id)?;
    let found = open.iter().find(|c| c.item_key == item_key).ok_or_else(|| {
        let keys: Vec<&str> = open.iter().map(|c| c.item_key.as_str()).collect();
        if keys.is_empty() {
            Error::not_found("this plan has no conflict to settle".to_string())
        } else {
            Error::not_found(format!("this plan has no open conflict in \"{item_key}\"; open conflicts: {}", keys.join(", ")))
        }
    })?;
    resolve_conflict(db, found.id, choice)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(content: &PlanContent, edit: impl FnOnce(&mut PlanContent)) -> PlanContent {
        let mut c = content.clone();
        edit(&mut c);
        c
    }

    fn custom(key: &str, body: &str) -> Section {
        Section { key: key.into(), title: key.to_uppercase(), body: body.into(), custom: true }
    }

    #[test]
    fn one_sided_changes_are_taken_and_added_sections_keep_their_place() {
        let base = with(&PlanContent::standard("ctx"), |c| c.sections.push(custom("annex", "a")));
        let ours = with(&base, |c| c.section_mut("vision").unwrap().body = "ours".into());
        let theirs = with(&base, |c| {
            c.sections.insert(2, custom("skills", "theirs"));
            c.sections.retain(|s| s.key != "annex");
        });
        let merged = merge_contents(&base, &ours, &theirs);
        assert!(merged.conflicts.is_empty());
        let keys: Vec<&str> = merged.content.sections.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys[..4], ["context", "vision", "skills", "approach"], "their new section follows its predecessor");
        assert!(!keys.contains(&"annex"), "their removal of an untouched section is taken");
        assert_eq!(merged.content.section("vision").unwrap().body, "ours");
        assert_eq!(merged.taken, ["skills", "annex"]);
    }

    #[test]
    fn removed_on_one_side_and_changed_on_the_other_is_a_conflict_keeping_ours() {
        let base = with(&PlanContent::standard(""), |c| c.sections.push(custom("annex", "a")));
        let ours = with(&base, |c| c.sections.retain(|s| s.key != "annex"));
        let theirs = with(&base, |c| c.section_mut("annex").unwrap().body = "longer annex".into());
        let merged = merge_contents(&base, &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 1);
        let c = &merged.conflicts[0];
        assert_eq!((c.ours.as_deref(), c.theirs.as_deref(), c.base.as_deref()), (None, Some("longer annex"), Some("a")));
        assert!(merged.content.section("annex").is_none(), "ours (removed) stays until the user chooses");
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let base = PlanContent::standard("");
        let both = with(&base, |c| c.section_mut("risks").unwrap().body = "same".into());
        let merged = merge_contents(&base, &both, &both);
        assert!(merged.conflicts.is_empty() && merged.taken.is_empty());
        assert_eq!(merged.content, both);
    }

    #[test]
    fn imported_identities_are_stable_uuids() {
        let a = imported_uuid("plan", "urbact:techtown:plan:gavle");
        assert_eq!(a, imported_uuid("plan", "urbact:techtown:plan:gavle"));
        assert_ne!(a, imported_uuid("plan", "urbact:techtown:plan:oulu"));
        assert_ne!(a, imported_uuid("revision-1", "urbact:techtown:plan:gavle"));
        let parsed = uuid::Uuid::parse_str(&a).unwrap();
        assert_eq!(parsed.get_version_num(), 8);
        // Pinned (computed independently): changing the hash would split partners' copies
        // of the same imported plan into two plans.
        assert_eq!(a, "42cc73d2-1d7d-8e35-b7d2-088e9eb6074a");
    }
}

/// "1 revision", "3 revisions".
fn revisions_phrase(count: usize) -> String {
    if count == 1 { "1 revision".into() } else { format!("{count} revisions") }
}
