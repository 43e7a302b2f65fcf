//! Swapping a plan between partners without a server: the `.convene-plan` file.
//!
//! [`send_plan`] writes one JSON document (shape in `docs/json.md`): `"format":
//! "convene-plan"`, `"version"` ([`VERSION`]), the plan's identity (UUID, title, network
//! and partner names), every revision with its UUID, parent, author, time, message and
//! snapshot, parents before children, the head last (see [`super::history`]), the parts the
//! snapshots refer to, and the reviewers' comments.
//!
//! [`receive_plan`] ([`receive`]) reads such a file. Invariants:
//! - A file that is not JSON, of another format, of a newer version, or whose revisions do
//!   not hang together or fail the rules of [`PlanContent::validate`] is refused with the
//!   reason, and nothing is written ([`parse_plan_file`] checks everything before a
//!   database is touched). Everything else happens in one transaction.
//! - Revisions are identified by UUID: receiving the same file twice changes nothing, and
//!   a revision is never stored twice.
//! - An unknown plan is created in the network with the file's slug (or name); when that
//!   network is not in this database the file is refused, saying to import it first.
//! - A known plan gains the revisions it lacks. If our head is an ancestor of theirs, their
//!   head becomes ours (fast-forward). If theirs is an ancestor of ours, nothing changes.
//!   If both changed since their last common revision, a merge revision is made (its
//!   parents are both heads; see [`merge`]): per section and per action, indicator or
//!   risk, a change made on one side only is taken; a change made on both sides
//!   differently keeps OUR version in the plan and is stored as a [`PlanConflict`] holding
//!   the base, our and their versions. Nothing is overwritten: the user settles each
//!   conflict with [`resolve_conflict`] ([`conflicts`]: ours, theirs or a merged text),
//!   which makes a revision.
//! - Comments travel with the plan and arrive once (by UUID); a resolution is never undone
//!   by a file. Status history, conflicts and settings stay on their machine; the status
//!   and title of a known plan are not changed by a received file.

pub mod conflicts;
mod merge;
pub mod receive;

pub(crate) use conflicts::{all_conflicts, insert_conflict};
pub use conflicts::{list_conflicts, resolve_conflict, resolve_conflict_by_key, ConflictChoice, PlanConflict};
pub use receive::{receive_plan, receive_plan_file, ReceiveOutcome, ReceiveReport};

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::exchange::read_strictly;
use crate::i18n::Message;
use crate::store::Db;
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

use super::history::{ancestors, check_revisions, RevisionWithSnapshot};
use super::review::{clean_comment, stored_comments, Comment};
use super::revisions::all_stored;
use super::snapshot::{file_manifest, stored_parts};
use super::{get_plan, PlanStatus};

#[cfg(doc)]
use super::content::PlanContent;

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
    /// The language the plan is exported in (files written before languages: English).
    #[serde(default)]
    pub language: crate::i18n::Locale,
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

/// The `.convene-plan` document of a plan, as pretty JSON ending in a newline.
pub fn send_plan(db: &Db, plan_id: i64) -> Result<String> {
    let file = plan_file(db, plan_id)?;
    let mut text = serde_json::to_string_pretty(&file)
        .map_err(|e| Error::bad_input(Message::new("error-plan-json-unwritable").arg("reason", e.to_string())))?;
    text.push('\n');
    Ok(text)
}

/// [`send_plan`] written to `path`. The file is written beside it under another name and
/// then renamed, so an existing file is replaced only by a complete one.
pub fn send_plan_to_file(db: &Db, plan_id: i64, path: &Path) -> Result<()> {
    crate::file_write::write_file(path, send_plan(db, plan_id)?.as_bytes())
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
            language: plan.language,
        },
        revisions,
        parts,
        comments: stored_comments(db, plan_id, true)?.into_iter().map(|c| Comment { id: 0, plan_id: 0, ..c }).collect(),
    })
}

/// Reads and checks a `.convene-plan` document without touching any database.
pub fn parse_plan_file(text: &str) -> Result<PlanFile> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| not_a_plan_file(Message::new("error-plan-file-not-json").arg("reason", e.to_string())))?;
    let format = value.get("format").and_then(|f| f.as_str());
    if format != Some(FORMAT) {
        let what = match format {
            Some("convene") => Message::new("error-plan-file-is-export"),
            Some(other) => Message::new("error-plan-file-other-format").arg("format", other).arg("expected", FORMAT),
            None => Message::new("error-plan-file-no-format").arg("expected", FORMAT),
        };
        return Err(not_a_plan_file(what));
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > VERSION as u64 => {
            let newer =
                Message::new("error-plan-file-newer").arg("version", v.to_string()).arg("latest", VERSION.to_string());
            return Err(Error::bad_input(newer));
        }
        Some(_) => {}
        None => return Err(Error::bad_input(Message::new("error-plan-file-no-version"))),
    }
    let mut file: PlanFile = read_strictly(value)
        .map_err(|e| Error::bad_input(Message::new("error-plan-file-unreadable").arg("reason", e)))?;
    check_file(&mut file)?;
    Ok(file)
}

/// "this is not a Convene plan file: WHY".
fn not_a_plan_file(why: Message) -> Error {
    Error::bad_input(Message::new("error-not-a-plan-file").arg("why", why))
}

/// An error's words as a message to put in another ("FIELD: REASON" for a field's).
pub(crate) fn words(error: Error) -> Message {
    match error {
        Error::Invalid { field, reason } => Message::new("error-in-file-part").arg("what", field).arg("reason", reason),
        Error::BadInput(message) | Error::NotFound(message) | Error::Conflict(message) => message,
        other => Message::from(other.to_string()),
    }
}

fn check_file(file: &mut PlanFile) -> Result<()> {
    // The parts are checked through the revisions that use them (see `resolve`).
    let bad = |what: Message| Error::bad_input(Message::new("error-plan-file-damaged").arg("what", what));
    uuid::Uuid::parse_str(&file.plan.uuid)
        .map_err(|_| bad(Message::new("error-plan-file-uuid").arg("uuid", &file.plan.uuid)))?;
    file.plan.title = validate::required("plan.title", &file.plan.title, TITLE_MAX).map_err(|e| bad(words(e)))?;
    file.plan.summary = validate::optional("plan.summary", &file.plan.summary, TEXT_MAX).map_err(|e| bad(words(e)))?;
    if file.revisions.is_empty() {
        return Err(bad(Message::new("error-plan-file-no-revision")));
    }
    // Each revision as any file's (see super::history), then what a sent history adds:
    // only the first revision has no parent.
    check_revisions(&mut file.revisions, &file.parts).map_err(|e| bad(words(e)))?;
    for (i, r) in file.revisions.iter().map(|r| &r.revision).enumerate() {
        let at = |id: &'static str| Message::new(id).arg("number", (i + 1).to_string()).arg("uuid", &r.uuid);
        if i > 0 && r.parent_uuid.is_none() {
            return Err(bad(at("error-plan-file-revision-no-parent")));
        }
        if i == 0 && r.parent_uuid.is_some() {
            return Err(bad(at("error-plan-file-first-revision-parent")));
        }
    }
    let mut comment_uuids = HashSet::new();
    for (i, c) in file.comments.iter_mut().enumerate() {
        let number = (i + 1).to_string();
        if c.uuid.trim().is_empty() {
            return Err(bad(Message::new("error-plan-file-comment-no-uuid")
                .arg("number", &number)
                .arg("uuid", &c.uuid)));
        }
        let at = |id: &'static str| Message::new(id).arg("number", &number).arg("uuid", &c.uuid);
        let refused = at("error-plan-file-comment-invalid");
        *c = clean_comment(c).map_err(|e| bad(refused.arg("reason", words(e))))?;
        if !comment_uuids.insert(c.uuid.clone()) {
            return Err(bad(Message::new("error-plan-file-comment-twice").arg("number", &number).arg("uuid", &c.uuid)));
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
        let stray = Message::new("error-plan-file-stray-revision").arg("uuid", &stray.uuid).arg("head", &head.uuid);
        return Err(bad(stray));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
