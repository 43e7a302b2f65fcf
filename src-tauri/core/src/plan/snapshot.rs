//! How a revision's content is stored: a small manifest pointing at parts kept once.
//!
//! A plan of nine long sections and a hundred actions is a few hundred kilobytes; storing
//! it whole at every autosave would grow the database by that much per revision (measured:
//! 342 KB per autosave on the plan of `examples/plan_figures.rs`, 100 MB in an afternoon).
//! So a snapshot is split into parts (each section's text, each action, indicator and
//! risk) identified by a hash of their JSON, and a [`PlanManifest`] listing the sections
//! (key, title, custom flag, part of the text) and the parts of the rows in order. A part
//! is stored once per plan (`plan_parts`); an autosave that changes one section adds that
//! section's text and a manifest of a few kilobytes. `.convene-plan` files and the
//! whole-database JSON carry the same manifests with a map of parts.
//!
//! Invariants: a part's id is the first 128 bits of the SHA-256 of its JSON text, so the
//! same text always gets the same id on every machine and in every file; a manifest only
//! refers to parts stored for the same plan; [`load_snapshot`] gives back exactly the
//! content [`store_snapshot`] was given. Snapshots written by migration 0002 (plans that
//! existed before drafting) are whole [`PlanContent`] JSON and are read as such.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;

use super::content::{Action, Indicator, PlanContent, Risk, Section};

/// A section in a manifest: everything but its text, which is the part `body_part`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SectionRef {
    pub key: String,
    pub title: String,
    pub custom: bool,
    pub body_part: String,
}

/// A revision's content by reference: sections in order, then the parts of the actions,
/// indicators and risks in table order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanManifest {
    pub sections: Vec<SectionRef>,
    #[serde(default)]
    pub actions: Vec<String>,
    #[serde(default)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub risks: Vec<String>,
}

/// What a `plan_revisions.snapshot` holds.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Manifest(PlanManifest),
    Whole(PlanContent),
}

/// The id of a part: 32 hex digits of the SHA-256 of its JSON text.
pub fn part_id(json: &str) -> String {
    let digest = Sha256::digest(json.as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plan parts serialize")
}

/// Splits `content` into a manifest and its parts (id, JSON text).
pub fn split(content: &PlanContent) -> (PlanManifest, Vec<(String, String)>) {
    let mut parts = Vec::new();
    let mut part = |text: String| {
        let id = part_id(&text);
        parts.push((id.clone(), text));
        id
    };
    let sections = content
        .sections
        .iter()
        .map(|s| SectionRef {
            key: s.key.clone(),
            title: s.title.clone(),
            custom: s.custom,
            body_part: part(json(&s.body)),
        })
        .collect();
    let actions = content.actions.iter().map(|a| part(json(a))).collect();
    let indicators = content.indicators.iter().map(|i| part(json(i))).collect();
    let risks = content.risks.iter().map(|r| part(json(r))).collect();
    (PlanManifest { sections, actions, indicators, risks }, parts)
}

/// Rebuilds a content from a manifest, `part` giving the JSON text of a part id.
pub fn join(manifest: &PlanManifest, mut part: impl FnMut(&str) -> Result<String>) -> Result<PlanContent> {
    fn parse<T: for<'de> Deserialize<'de>>(id: &str, text: &str) -> Result<T> {
        serde_json::from_str(text).map_err(|e| {
            Error::bad_input(Message::new("error-part-unreadable").arg("id", id).arg("reason", e.to_string()))
        })
    }
    let mut sections = Vec::with_capacity(manifest.sections.len());
    for s in &manifest.sections {
        let body: String = parse(&s.body_part, &part(&s.body_part)?)?;
        sections.push(Section { key: s.key.clone(), title: s.title.clone(), body, custom: s.custom });
    }
    let actions = manifest.actions.iter().map(|id| parse::<Action>(id, &part(id)?)).collect::<Result<_>>()?;
    let indicators = manifest.indicators.iter().map(|id| parse::<Indicator>(id, &part(id)?)).collect::<Result<_>>()?;
    let risks = manifest.risks.iter().map(|id| parse::<Risk>(id, &part(id)?)).collect::<Result<_>>()?;
    Ok(PlanContent { sections, actions, indicators, risks })
}

/// Stores the parts of `content` that the plan does not have yet; returns the manifest's
/// JSON text for `plan_revisions.snapshot`.
pub(crate) fn store_snapshot(conn: &Connection, plan_id: i64, content: &PlanContent) -> Result<String> {
    let (manifest, parts) = split(content);
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO plan_parts (plan_id, hash, body) VALUES (?1, ?2, ?3)")?;
    for (id, text) in parts {
        insert.execute(params![plan_id, id, text])?;
    }
    Ok(json(&manifest))
}

/// "a stored revision cannot be read: REASON".
fn stored_revision_unreadable(e: serde_json::Error) -> Error {
    Error::bad_input(Message::new("error-stored-revision-unreadable").arg("reason", e.to_string()))
}

/// "WHAT refers to the part ID, which is not in the file".
fn file_part_missing(what: &str, id: &str) -> Error {
    Error::bad_input(Message::new("error-file-part-missing").arg("what", what).arg("id", id))
}

/// The content a stored snapshot stands for.
pub(crate) fn load_snapshot(conn: &Connection, plan_id: i64, text: &str) -> Result<PlanContent> {
    let stored: Stored = serde_json::from_str(text).map_err(stored_revision_unreadable)?;
    match stored {
        Stored::Whole(content) => Ok(content),
        Stored::Manifest(manifest) => {
            let mut get = conn.prepare_cached("SELECT body FROM plan_parts WHERE plan_id = ?1 AND hash = ?2")?;
            join(&manifest, |id| {
                get.query_row(params![plan_id, id], |r| r.get(0))
                    .optional()?
                    .ok_or_else(|| Error::bad_input(Message::new("error-stored-part-missing").arg("id", id)))
            })
        }
    }
}

/// Every part stored for a plan, as JSON values by id (what files carry).
pub(crate) fn stored_parts(conn: &Connection, plan_id: i64) -> Result<BTreeMap<String, serde_json::Value>> {
    let mut stmt = conn.prepare_cached("SELECT hash, body FROM plan_parts WHERE plan_id = ?1")?;
    let rows = stmt.query_map([plan_id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut parts = BTreeMap::new();
    for row in rows {
        let (id, body) = row?;
        let value = serde_json::from_str(&body).map_err(|e| {
            Error::bad_input(Message::new("error-stored-part-unreadable").arg("id", &id).arg("reason", e.to_string()))
        })?;
        parts.insert(id, value);
    }
    Ok(parts)
}

/// The manifest of a stored snapshot for a file whose `parts` already hold the plan's
/// stored parts ([`stored_parts`]); a whole snapshot (migration 0002) adds its parts.
pub(crate) fn file_manifest(text: &str, parts: &mut BTreeMap<String, serde_json::Value>) -> Result<PlanManifest> {
    let stored: Stored = serde_json::from_str(text).map_err(stored_revision_unreadable)?;
    Ok(match stored {
        Stored::Manifest(manifest) => manifest,
        Stored::Whole(content) => to_file_parts(&content, parts),
    })
}

/// Reads the parts of a file into a plan's content, each part read once however many
/// revisions use it.
pub struct PartTexts<'a> {
    parts: &'a BTreeMap<String, serde_json::Value>,
    bodies: HashMap<&'a str, String>,
    actions: HashMap<&'a str, Action>,
    indicators: HashMap<&'a str, Indicator>,
    risks: HashMap<&'a str, Risk>,
}

fn cached<'a, T: Clone + for<'de> Deserialize<'de>>(
    parts: &'a BTreeMap<String, serde_json::Value>,
    cache: &mut HashMap<&'a str, T>,
    id: &str,
    what: &str,
) -> Result<T> {
    let (key, value) = parts.get_key_value(id).ok_or_else(|| file_part_missing(what, id))?;
    if let Some(hit) = cache.get(key.as_str()) {
        return Ok(hit.clone());
    }
    let typed: T = T::deserialize(value).map_err(|e| {
        let unreadable = Message::new("error-part-unreadable").arg("id", id).arg("reason", e.to_string());
        Error::bad_input(Message::new("error-in-file-part").arg("what", what).arg("reason", unreadable))
    })?;
    cache.insert(key.as_str(), typed.clone());
    Ok(typed)
}

impl<'a> PartTexts<'a> {
    pub fn new(parts: &'a BTreeMap<String, serde_json::Value>) -> Self {
        PartTexts {
            parts,
            bodies: HashMap::new(),
            actions: HashMap::new(),
            indicators: HashMap::new(),
            risks: HashMap::new(),
        }
    }

    /// The content `manifest` stands for; `what` names the revision in errors.
    pub fn content(&mut self, manifest: &PlanManifest, what: &str) -> Result<PlanContent> {
        let parts = self.parts;
        let sections = manifest
            .sections
            .iter()
            .map(|s| {
                let body = cached(parts, &mut self.bodies, &s.body_part, what)?;
                Ok(Section { key: s.key.clone(), title: s.title.clone(), body, custom: s.custom })
            })
            .collect::<Result<_>>()?;
        let actions =
            manifest.actions.iter().map(|id| cached(parts, &mut self.actions, id, what)).collect::<Result<_>>()?;
        let indicators = manifest
            .indicators
            .iter()
            .map(|id| cached(parts, &mut self.indicators, id, what))
            .collect::<Result<_>>()?;
        let risks = manifest.risks.iter().map(|id| cached(parts, &mut self.risks, id, what)).collect::<Result<_>>()?;
        Ok(PlanContent { sections, actions, indicators, risks })
    }
}

/// Every part id a manifest refers to.
pub fn referenced(manifest: &PlanManifest) -> impl Iterator<Item = &str> {
    manifest
        .sections
        .iter()
        .map(|s| s.body_part.as_str())
        .chain(manifest.actions.iter().map(String::as_str))
        .chain(manifest.indicators.iter().map(String::as_str))
        .chain(manifest.risks.iter().map(String::as_str))
}

/// A manifest and its parts as they travel in files: parts as JSON values by id.
pub fn to_file_parts(content: &PlanContent, parts: &mut BTreeMap<String, serde_json::Value>) -> PlanManifest {
    let (manifest, texts) = split(content);
    for (id, text) in texts {
        parts.entry(id).or_insert_with(|| serde_json::from_str(&text).expect("our own JSON"));
    }
    manifest
}

/// The content a manifest of a file stands for; `what` names it in errors.
pub fn from_file_parts(
    manifest: &PlanManifest,
    parts: &BTreeMap<String, serde_json::Value>,
    what: &str,
) -> Result<PlanContent> {
    join(manifest, |id| parts.get(id).map(|v| v.to_string()).ok_or_else(|| file_part_missing(what, id))).map_err(|e| {
        match e {
            Error::BadInput(m) if !m.starts_with(what) => {
                Error::bad_input(Message::new("error-in-file-part").arg("what", what).arg("reason", m))
            }
            other => other,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Db;

    #[test]
    fn a_snapshot_comes_back_exactly_and_unchanged_parts_are_stored_once() {
        let db = Db::open_in_memory().unwrap();
        db.conn()
            .execute_batch(
                "INSERT INTO networks (id, slug, name, kind, created_at, updated_at) VALUES (1, 'n', 'N', 'other', 'x', 'x');
                 INSERT INTO action_plans (id, network_id, title, status, created_at, updated_at, uuid) VALUES (1, 1, 'P', 'draft', 'x', 'x', 'u');",
            )
            .unwrap();
        let mut content = PlanContent::standard("  Gävle\n\n* first\n");
        let first = store_snapshot(db.conn(), 1, &content).unwrap();
        assert_eq!(load_snapshot(db.conn(), 1, &first).unwrap(), content);
        let count = || db.conn().query_row("SELECT count(*) FROM plan_parts", [], |r| r.get::<_, i64>(0)).unwrap();
        // Nine sections, eight of them empty: two distinct texts.
        assert_eq!(count(), 2);
        content.section_mut("vision").unwrap().body = "A vision".into();
        let second = store_snapshot(db.conn(), 1, &content).unwrap();
        assert_eq!(count(), 3, "only the changed text is added");
        assert_eq!(load_snapshot(db.conn(), 1, &second).unwrap(), content);
        assert!(second.len() < 2_000, "a manifest is small: {} bytes", second.len());
        // The whole-content form written by migration 0002 still reads.
        let whole = serde_json::to_string(&content).unwrap();
        assert_eq!(load_snapshot(db.conn(), 1, &whole).unwrap(), content);
    }

    #[test]
    fn part_ids_are_stable() {
        assert_eq!(part_id("\"\""), "12ae32cb1ec02d01eda3581b127c1fee");
        let mut parts = BTreeMap::new();
        let content = PlanContent::standard("x");
        let manifest = to_file_parts(&content, &mut parts);
        assert_eq!(from_file_parts(&manifest, &parts, "revision 1").unwrap(), content);
        parts.clear();
        let err = from_file_parts(&manifest, &parts, "revision 1").unwrap_err();
        assert!(err.to_string().starts_with("revision 1 refers to the part"), "{err}");
    }
}
