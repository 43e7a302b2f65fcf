//! Networks: the projects that bring partner cities together, with their phases.
//!
//! A network is found by its slug or its name, ignoring case and accents ([`find_network`]).
//! Deleting one removes its partners, meetings, milestones, plans and import notes, so
//! [`delete_network`] refuses unless the cascade is confirmed, and says what would go.

use chrono::NaiveDate;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::{self, Locale, Message};
use crate::labels::text_enum;
use crate::names::{fold, slugify};
use crate::origin::Origin;
use crate::store::{now_text, Db};
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX};

text_enum! {
    /// What kind of programme network this is.
    pub enum NetworkKind {
        ActionPlanning = "action_planning" / "Action planning",
        Transfer = "transfer" / "Transfer",
        InnovationTransfer = "innovation_transfer" / "Innovation transfer",
        Implementation = "implementation" / "Implementation",
        Other = "other" / "Other",
    }
}

/// A stage of the project (URBACT networks run in phase 1 and phase 2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Phase {
    pub name: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Network {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    /// In the network's order.
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub website: String,
    /// One of the network's partners.
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
    /// The URBACT page the network was imported from (see [`crate::urbact`]).
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The working language of its invitations, reminders and calendar texts (English
    /// unless chosen; [`set_network_language`]).
    #[serde(default)]
    pub language: Locale,
}

/// Everything a person enters for a network; used to create and to update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkInput {
    pub name: String,
    /// Derived from the name when empty.
    #[serde(default)]
    pub slug: String,
    pub kind: NetworkKind,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
}

impl NetworkInput {
    pub fn named(name: &str, kind: NetworkKind) -> Self {
        NetworkInput {
            name: name.into(),
            slug: String::new(),
            kind,
            tagline: String::new(),
            description: String::new(),
            programme: String::new(),
            start_date: None,
            end_date: None,
            phases: Vec::new(),
            contact_email: String::new(),
            website: String::new(),
            lead_partner_id: None,
        }
    }
}

impl From<&Network> for NetworkInput {
    fn from(n: &Network) -> Self {
        NetworkInput {
            name: n.name.clone(),
            slug: n.slug.clone(),
            kind: n.kind,
            tagline: n.tagline.clone(),
            description: n.description.clone(),
            programme: n.programme.clone(),
            start_date: n.start_date,
            end_date: n.end_date,
            phases: n.phases.clone(),
            contact_email: n.contact_email.clone(),
            website: n.website.clone(),
            lead_partner_id: n.lead_partner_id,
        }
    }
}

/// A line of the networks list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkSummary {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    pub tagline: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub partner_count: i64,
    pub meeting_count: i64,
    pub lead_partner: Option<String>,
}

/// What deleting a record would also remove.
// One counted phrase per kind of record, with each language's plurals
// (`count-*` in `errors.ftl`); `items` are in the reader's language
// (`i18n::current`), `messages` render in any.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Dependents {
    /// Plain phrases such as "8 partners" or "12 meetings".
    pub items: Vec<String>,
    #[serde(skip)]
    #[ts(skip)]
    pub messages: Vec<Message>,
}

impl Dependents {
    /// Adds the phrase `id` (a message counting `$count` records) when `n` is not zero.
    pub(crate) fn count(&mut self, n: i64, id: &'static str) {
        if n > 0 {
            let message = Message::new(id).arg("count", n);
            self.items.push(message.render(i18n::current()));
            self.messages.push(message);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

struct Clean {
    name: String,
    slug: String,
    tagline: String,
    description: String,
    programme: String,
    contact_email: String,
    website: String,
    phases: Vec<Phase>,
}

fn clean(db: &Db, input: &NetworkInput, id: Option<i64>) -> Result<Clean> {
    let name = validate::required("name", &input.name, NAME_MAX)?;
    let slug_source = if input.slug.trim().is_empty() { &name } else { &input.slug };
    let slug = slugify(slug_source);
    if slug.is_empty() {
        return Err(Error::invalid("slug", Message::new("error-slug-needs-letter")));
    }
    validate::optional("slug", &slug, NAME_MAX)?;
    let taken: Option<String> = db
        .conn()
        .query_row("SELECT name FROM networks WHERE slug = ?1 AND id IS NOT ?2", params![slug, id], |r| r.get(0))
        .optional()?;
    if let Some(other) = taken {
        return Err(Error::invalid("slug", Message::new("error-slug-taken").arg("slug", &slug).arg("network", other)));
    }
    validate::date_range("start_date", input.start_date, "end_date", input.end_date)?;
    let mut phases = Vec::with_capacity(input.phases.len());
    for (i, p) in input.phases.iter().enumerate() {
        let field = format!("phases[{i}]");
        phases.push(Phase {
            name: validate::required(&format!("{field}.name"), &p.name, NAME_MAX)?,
            start_date: p.start_date,
            end_date: p.end_date,
        });
        validate::date_range(&format!("{field}.start_date"), p.start_date, &format!("{field}.end_date"), p.end_date)?;
    }
    if let (Some(id), Some(lead)) = (id, input.lead_partner_id) {
        check_lead_partner(db, id, lead)?;
    } else if id.is_none() && input.lead_partner_id.is_some() {
        return Err(Error::invalid("lead_partner_id", Message::new("error-lead-partner-after-network")));
    }
    Ok(Clean {
        name,
        slug,
        tagline: validate::optional("tagline", &input.tagline, LINE_MAX)?,
        description: validate::optional("description", &input.description, TEXT_MAX)?,
        programme: validate::optional("programme", &input.programme, NAME_MAX)?,
        contact_email: validate::email("contact_email", &input.contact_email)?,
        website: validate::url("website", &input.website)?,
        phases,
    })
}

fn check_lead_partner(db: &Db, network_id: i64, lead: i64) -> Result<()> {
    let belongs: Option<i64> =
        db.conn().query_row("SELECT network_id FROM partners WHERE id = ?1", [lead], |r| r.get(0)).optional()?;
    if belongs != Some(network_id) {
        return Err(Error::invalid("lead_partner_id", Message::new("error-lead-partner-elsewhere")));
    }
    Ok(())
}

pub fn create_network(db: &mut Db, input: NetworkInput) -> Result<Network> {
    let id = insert_network(db, &input, &Origin::Form)?;
    get_network(db, id)
}

/// Inserts a network (without its lead partner, who is chosen among partners added after
/// it; see [`import_lead_partner`] for an export's).
pub(crate) fn insert_network(db: &mut Db, input: &NetworkInput, origin: &Origin) -> Result<i64> {
    let c = clean(db, input, None)?;
    let stamps = origin.stamps()?;
    let tx = db.write_savepoint()?;
    tx.execute(
        "INSERT INTO networks (id, slug, name, kind, tagline, description, programme, start_date, end_date,
            contact_email, website, source_ref, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            stamps.id,
            c.slug,
            c.name,
            input.kind,
            c.tagline,
            c.description,
            c.programme,
            input.start_date,
            input.end_date,
            c.contact_email,
            c.website,
            stamps.source_ref,
            stamps.created_at,
            stamps.updated_at
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_phases(&tx, id, &c.phases)?;
    tx.commit()?;
    Ok(id)
}

fn write_phases(tx: &rusqlite::Connection, network_id: i64, phases: &[Phase]) -> Result<()> {
    tx.execute("DELETE FROM phases WHERE network_id = ?1", [network_id])?;
    let mut stmt = tx
        .prepare("INSERT INTO phases (network_id, position, name, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, p) in phases.iter().enumerate() {
        stmt.execute(params![network_id, i as i64, p.name, p.start_date, p.end_date])?;
    }
    Ok(())
}

pub fn update_network(db: &mut Db, id: i64, input: NetworkInput) -> Result<Network> {
    get_network(db, id)?;
    let c = clean(db, &input, Some(id))?;
    let tx = db.write_savepoint()?;
    tx.execute(
        "UPDATE networks SET slug = ?2, name = ?3, kind = ?4, tagline = ?5, description = ?6, programme = ?7,
            start_date = ?8, end_date = ?9, contact_email = ?10, website = ?11, lead_partner_id = ?12,
            updated_at = ?13
         WHERE id = ?1",
        params![
            id,
            c.slug,
            c.name,
            input.kind,
            c.tagline,
            c.description,
            c.programme,
            input.start_date,
            input.end_date,
            c.contact_email,
            c.website,
            input.lead_partner_id,
            now_text()
        ],
    )?;
    write_phases(&tx, id, &c.phases)?;
    tx.commit()?;
    get_network(db, id)
}

/// Sets the lead partner an export names, once its partners are in, keeping the
/// network's `updated_at` as the file says.
pub(crate) fn import_lead_partner(db: &Db, network_id: i64, lead: Option<i64>) -> Result<()> {
    if let Some(lead) = lead {
        check_lead_partner(db, network_id, lead)?;
    }
    db.conn().execute("UPDATE networks SET lead_partner_id = ?2 WHERE id = ?1", params![network_id, lead])?;
    Ok(())
}

pub(crate) fn set_lead_partner(db: &Db, network_id: i64, partner_id: Option<i64>) -> Result<()> {
    db.conn().execute(
        "UPDATE networks SET lead_partner_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![network_id, partner_id, now_text()],
    )?;
    Ok(())
}

fn network_from_row(row: &Row<'_>) -> rusqlite::Result<Network> {
    Ok(Network {
        id: row.get("id")?,
        slug: row.get("slug")?,
        name: row.get("name")?,
        kind: row.get("kind")?,
        tagline: row.get("tagline")?,
        description: row.get("description")?,
        programme: row.get("programme")?,
        start_date: row.get("start_date")?,
        end_date: row.get("end_date")?,
        phases: Vec::new(),
        contact_email: row.get("contact_email")?,
        website: row.get("website")?,
        lead_partner_id: row.get("lead_partner_id")?,
        source_ref: row.get("source_ref")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
        // Absent before migration 0007 (a database being upgraded step by step).
        language: row.get("language").unwrap_or_default(),
    })
}

/// Sets the working language of the network `id` (its invitations, reminders and
/// calendar texts); the window's language does not change.
pub fn set_network_language(db: &mut Db, id: i64, language: Locale) -> Result<Network> {
    get_network(db, id)?;
    db.conn().execute("UPDATE networks SET language = ?2 WHERE id = ?1", params![id, language])?;
    get_network(db, id)
}

pub fn get_network(db: &Db, id: i64) -> Result<Network> {
    let mut network = db
        .conn()
        .query_row("SELECT * FROM networks WHERE id = ?1", [id], network_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-network-id").arg("id", id.to_string())))?;
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT name, start_date, end_date FROM phases WHERE network_id = ?1 ORDER BY position")?;
    network.phases = stmt
        .query_map([id], |r| Ok(Phase { name: r.get(0)?, start_date: r.get(1)?, end_date: r.get(2)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(network)
}

/// Finds a network by id, slug or name, ignoring case and accents.
pub fn find_network(db: &Db, key: &str) -> Result<Network> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        if let Ok(n) = get_network(db, id) {
            return Ok(n);
        }
    }
    let folded = fold(key);
    let slug = folded.replace(' ', "-");
    let mut stmt = db.conn().prepare("SELECT id, slug, name FROM networks")?;
    let rows: Vec<(i64, String, String)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    let found = rows.iter().find(|(_, s, _)| *s == slug).or_else(|| rows.iter().find(|(_, _, n)| fold(n) == folded));
    match found {
        Some((id, _, _)) => get_network(db, *id),
        None => Err(Error::not_found(Message::new("error-no-network").arg("key", key))),
    }
}

pub fn list_networks(db: &Db) -> Result<Vec<NetworkSummary>> {
    let mut stmt = db.conn().prepare(
        "SELECT n.id, n.slug, n.name, n.kind, n.tagline, n.start_date, n.end_date,
                (SELECT count(*) FROM partners p WHERE p.network_id = n.id),
                (SELECT count(*) FROM meetings m WHERE m.network_id = n.id),
                (SELECT name FROM partners p WHERE p.id = n.lead_partner_id)
         FROM networks n ORDER BY n.name COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(NetworkSummary {
                id: r.get(0)?,
                slug: r.get(1)?,
                name: r.get(2)?,
                kind: r.get(3)?,
                tagline: r.get(4)?,
                start_date: r.get(5)?,
                end_date: r.get(6)?,
                partner_count: r.get(7)?,
                meeting_count: r.get(8)?,
                lead_partner: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<NetworkSummary>>>()?;
    let mut rows = rows;
    rows.sort_by_cached_key(|n| fold(&n.name));
    Ok(rows)
}

/// What deleting the network would remove with it.
pub fn network_dependents(db: &Db, id: i64) -> Result<Dependents> {
    get_network(db, id)?;
    let count = |sql: &str| -> Result<i64> { Ok(db.conn().query_row(sql, [id], |r| r.get(0))?) };
    let mut d = Dependents::default();
    d.count(count("SELECT count(*) FROM partners WHERE network_id = ?1")?, "count-partners");
    d.count(
        count("SELECT count(*) FROM contacts WHERE partner_id IN (SELECT id FROM partners WHERE network_id = ?1)")?,
        "count-contacts",
    );
    d.count(count("SELECT count(*) FROM meetings WHERE network_id = ?1")?, "count-meetings");
    d.count(count("SELECT count(*) FROM milestones WHERE network_id = ?1")?, "count-milestones");
    d.count(count("SELECT count(*) FROM action_plans WHERE network_id = ?1")?, "count-action-plans");
    d.count(count("SELECT count(*) FROM import_notes WHERE network_id = ?1")?, "count-import-notes");
    Ok(d)
}

/// Deletes a network. Unless `cascade` is set, refuses when anything belongs to it.
pub fn delete_network(db: &mut Db, id: i64, cascade: bool) -> Result<Dependents> {
    let network = get_network(db, id)?;
    let dependents = network_dependents(db, id)?;
    if !dependents.is_empty() && !cascade {
        return Err(Error::HasDependents {
            message: Message::new("error-network-has-dependents")
                .arg("network", &network.name)
                .arg("dependents", dependents.messages.as_slice()),
            dependents: dependents.messages,
        });
    }
    let tx = db.write_savepoint()?;
    tx.execute("UPDATE networks SET lead_partner_id = NULL WHERE id = ?1", [id])?;
    tx.execute("DELETE FROM networks WHERE id = ?1", [id])?;
    tx.commit()?;
    Ok(dependents)
}
