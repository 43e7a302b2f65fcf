//! Partners (the cities and organisations of a network), their contacts and local groups.
//!
//! A partner's country is an ISO 3166-1 code and its zone an IANA name; when no zone is
//! given it defaults from the country. Partners are matched by name the way people write
//! them ([`match_partner`]): accents and case do not matter, and close spellings match
//! when only one partner is close.

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country;
use crate::error::{Error, OptionalExt, Result};
use crate::holiday;
use crate::i18n::Message;
use crate::labels::text_enum;
use crate::names::fold;
use crate::network::{get_network, set_lead_partner, Dependents};
use crate::origin::Origin;
use crate::store::{now_text, Db};
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX};

text_enum! {
    pub enum PartnerRole {
        LeadPartner = "lead_partner" / "Lead partner",
        Partner = "partner" / "Partner",
        GoodPracticeCity = "good_practice_city" / "Good practice city",
        TransferCity = "transfer_city" / "Transfer city",
        Associated = "associated" / "Associated",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Contact {
    pub id: i64,
    /// In an export, the partner the contact is listed under (absent in schema version 1).
    #[serde(default)]
    pub partner_id: i64,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ContactInput {
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LocalGroupMember {
    pub id: i64,
    /// In an export, the partner the member is listed under (absent in schema version 1).
    #[serde(default)]
    pub partner_id: i64,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LocalGroupMemberInput {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Partner {
    pub id: i64,
    /// In an export, the network the partner is listed under (absent in schema version 1).
    #[serde(default)]
    pub network_id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    /// ISO 3166-2 code of the partner's region (`ES-CN`), whose public holidays count for
    /// it besides the national ones; empty when not given (see [`crate::holiday`]).
    #[serde(default)]
    pub region: String,
    pub role: PartnerRole,
    /// IANA zone name.
    pub time_zone: String,
    #[serde(default)]
    pub population: Option<i64>,
    #[serde(default)]
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub local_group: Vec<LocalGroupMember>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerInput {
    pub name: String,
    /// A code ("LV"), a name ("Latvia") or a region ("Saxony-Anhalt").
    pub country: String,
    /// An ISO 3166-2 code such as `ES-CN` (or `CN`), one the holiday table knows for the
    /// country; empty for none.
    #[serde(default)]
    pub region: String,
    pub role: PartnerRole,
    /// Defaults from the country when empty.
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub population: Option<i64>,
    #[serde(default)]
    pub notes: String,
}

impl PartnerInput {
    /// A partner city by name and country, with the role `partner` and nothing else yet
    /// (the zone then defaults from the country).
    pub fn named(name: &str, country: &str) -> Self {
        PartnerInput {
            name: name.into(),
            country: country.into(),
            region: String::new(),
            role: PartnerRole::Partner,
            time_zone: String::new(),
            population: None,
            notes: String::new(),
        }
    }
}

impl From<&Partner> for PartnerInput {
    fn from(p: &Partner) -> Self {
        PartnerInput {
            name: p.name.clone(),
            country: p.country.clone(),
            region: p.region.clone(),
            role: p.role,
            time_zone: p.time_zone.clone(),
            population: p.population,
            notes: p.notes.clone(),
        }
    }
}

struct Clean {
    name: String,
    country: &'static str,
    region: String,
    time_zone: String,
    notes: String,
}

fn clean(input: &PartnerInput) -> Result<Clean> {
    let name = validate::required("name", &input.name, NAME_MAX)?;
    let country = country::resolve("country", &input.country)?;
    let time_zone = if input.time_zone.trim().is_empty() {
        country.default_zone.to_string()
    } else {
        validate::zone("time_zone", &input.time_zone)?.name().to_string()
    };
    if let Some(p) = input.population {
        if p < 0 {
            return Err(Error::invalid("population", Message::new("error-negative")));
        }
    }
    Ok(Clean {
        name,
        country: country.code,
        region: holiday::check_region(country.code, &input.region)?,
        time_zone,
        notes: validate::optional("notes", &input.notes, TEXT_MAX)?,
    })
}

/// Adds a partner (and makes it its network's lead when its role says so) in one
/// transaction.
pub fn create_partner(db: &mut Db, network_id: i64, input: PartnerInput) -> Result<Partner> {
    db.in_transaction(|db| {
        let id = insert_partner(db, network_id, &input, &Origin::Form)?;
        get_partner(db, id)
    })
}

/// Inserts a partner; one added as lead partner by a form or a page becomes its network's
/// lead (an export says which partner leads).
pub(crate) fn insert_partner(db: &mut Db, network_id: i64, input: &PartnerInput, origin: &Origin) -> Result<i64> {
    let c = clean(input)?;
    get_network(db, network_id)?;
    let stamps = origin.stamps()?;
    db.conn().execute(
        "INSERT INTO partners (id, network_id, name, country, role, time_zone, population, notes, created_at, updated_at,
            region)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            stamps.id, network_id, c.name, c.country, input.role, c.time_zone, input.population, c.notes,
            stamps.created_at, stamps.updated_at, c.region
        ],
    )?;
    let id = db.conn().last_insert_rowid();
    if input.role == PartnerRole::LeadPartner && origin.is_new() {
        set_lead_partner(db, network_id, Some(id))?;
    }
    Ok(id)
}

/// Saves a partner's new values (and its network's lead, when its role says so) in one
/// transaction.
pub fn update_partner(db: &mut Db, id: i64, input: PartnerInput) -> Result<Partner> {
    db.in_transaction(|db| update_partner_now(db, id, input))
}

fn update_partner_now(db: &mut Db, id: i64, input: PartnerInput) -> Result<Partner> {
    let before = get_partner(db, id)?;
    let c = clean(&input)?;
    db.conn().execute(
        "UPDATE partners SET name = ?2, country = ?3, role = ?4, time_zone = ?5, population = ?6, notes = ?7,
            updated_at = ?8, region = ?9 WHERE id = ?1",
        params![id, c.name, c.country, input.role, c.time_zone, input.population, c.notes, now_text(), c.region],
    )?;
    if input.role == PartnerRole::LeadPartner {
        set_lead_partner(db, before.network_id, Some(id))?;
    }
    get_partner(db, id)
}

fn partner_from_row(row: &Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: row.get("id")?,
        network_id: row.get("network_id")?,
        name: row.get("name")?,
        country: row.get("country")?,
        region: row.get("region")?,
        role: row.get("role")?,
        time_zone: row.get("time_zone")?,
        population: row.get("population")?,
        notes: row.get("notes")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
        contacts: Vec::new(),
        local_group: Vec::new(),
    })
}

pub fn get_partner(db: &Db, id: i64) -> Result<Partner> {
    let mut partner = db
        .conn()
        .query_row("SELECT * FROM partners WHERE id = ?1", [id], partner_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-partner-id").arg("id", id.to_string())))?;
    partner.contacts = contacts_of(db, id)?;
    partner.local_group = local_group_of(db, id)?;
    Ok(partner)
}

/// The partners of a network, with their contacts and local groups, in the order people
/// read names (Ånge among the A's, not after Z).
pub fn list_partners(db: &Db, network_id: i64) -> Result<Vec<Partner>> {
    get_network(db, network_id)?;
    let mut stmt =
        db.conn().prepare_cached("SELECT * FROM partners WHERE network_id = ?1 ORDER BY name COLLATE NOCASE")?;
    let mut partners: Vec<Partner> =
        stmt.query_map([network_id], partner_from_row)?.collect::<rusqlite::Result<_>>()?;
    partners.sort_by_cached_key(|p| fold(&p.name));
    for p in &mut partners {
        p.contacts = contacts_of(db, p.id)?;
        p.local_group = local_group_of(db, p.id)?;
    }
    Ok(partners)
}

/// What deleting the partner would remove or change.
pub fn partner_dependents(db: &Db, id: i64) -> Result<Dependents> {
    get_partner(db, id)?;
    let count = |sql: &str| -> Result<i64> { Ok(db.conn().query_row(sql, [id], |r| r.get(0))?) };
    let mut d = Dependents::default();
    d.count(count("SELECT count(*) FROM contacts WHERE partner_id = ?1")?, "count-contacts");
    d.count(count("SELECT count(*) FROM local_group_members WHERE partner_id = ?1")?, "count-local-group-members");
    d.count(count("SELECT count(*) FROM attendance WHERE partner_id = ?1")?, "count-attendance-records");
    d.count(count("SELECT count(*) FROM partner_days_off WHERE partner_id = ?1")?, "count-days-off");
    d.count(count("SELECT count(*) FROM meetings WHERE host_partner_id = ?1")?, "count-hosted-meetings");
    d.count(count("SELECT count(*) FROM action_plans WHERE partner_id = ?1")?, "count-city-plans");
    Ok(d)
}

pub fn delete_partner(db: &mut Db, id: i64, cascade: bool) -> Result<Dependents> {
    let partner = get_partner(db, id)?;
    let dependents = partner_dependents(db, id)?;
    if !dependents.is_empty() && !cascade {
        return Err(Error::HasDependents {
            message: Message::new("error-partner-has-dependents")
                .arg("partner", &partner.name)
                .arg("dependents", dependents.messages.as_slice()),
            dependents: dependents.messages,
        });
    }
    db.conn().execute("DELETE FROM partners WHERE id = ?1", [id])?;
    Ok(dependents)
}

fn contacts_of(db: &Db, partner_id: i64) -> Result<Vec<Contact>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, partner_id, name, role, email, phone FROM contacts WHERE partner_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([partner_id], |r| {
            Ok(Contact {
                id: r.get(0)?,
                partner_id: r.get(1)?,
                name: r.get(2)?,
                role: r.get(3)?,
                email: r.get(4)?,
                phone: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn local_group_of(db: &Db, partner_id: i64) -> Result<Vec<LocalGroupMember>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, partner_id, name, organisation, role FROM local_group_members WHERE partner_id = ?1 ORDER BY id",
    )?;
    let rows = stmt
        .query_map([partner_id], |r| {
            Ok(LocalGroupMember {
                id: r.get(0)?,
                partner_id: r.get(1)?,
                name: r.get(2)?,
                organisation: r.get(3)?,
                role: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn clean_contact(input: &ContactInput) -> Result<ContactInput> {
    Ok(ContactInput {
        name: validate::required("name", &input.name, NAME_MAX)?,
        role: validate::optional("role", &input.role, LINE_MAX)?,
        email: validate::email("email", &input.email)?,
        phone: validate::optional("phone", &input.phone, NAME_MAX)?,
    })
}

pub fn add_contact(db: &mut Db, partner_id: i64, input: ContactInput) -> Result<Contact> {
    let id = insert_contact(db, partner_id, &input, &Origin::Form)?;
    get_contact(db, id)
}

pub(crate) fn insert_contact(db: &Db, partner_id: i64, input: &ContactInput, origin: &Origin) -> Result<i64> {
    let c = clean_contact(input)?;
    get_partner(db, partner_id)?;
    db.conn().execute(
        "INSERT INTO contacts (id, partner_id, name, role, email, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![origin.id(), partner_id, c.name, c.role, c.email, c.phone],
    )?;
    Ok(db.conn().last_insert_rowid())
}

impl From<&Contact> for ContactInput {
    fn from(c: &Contact) -> Self {
        ContactInput { name: c.name.clone(), role: c.role.clone(), email: c.email.clone(), phone: c.phone.clone() }
    }
}

impl From<&LocalGroupMember> for LocalGroupMemberInput {
    fn from(m: &LocalGroupMember) -> Self {
        LocalGroupMemberInput { name: m.name.clone(), organisation: m.organisation.clone(), role: m.role.clone() }
    }
}

pub fn update_contact(db: &mut Db, id: i64, input: ContactInput) -> Result<Contact> {
    let c = clean_contact(&input)?;
    get_contact(db, id)?;
    db.conn().execute(
        "UPDATE contacts SET name = ?2, role = ?3, email = ?4, phone = ?5 WHERE id = ?1",
        params![id, c.name, c.role, c.email, c.phone],
    )?;
    get_contact(db, id)
}

pub fn get_contact(db: &Db, id: i64) -> Result<Contact> {
    db.conn()
        .query_row("SELECT id, partner_id, name, role, email, phone FROM contacts WHERE id = ?1", [id], |r| {
            Ok(Contact {
                id: r.get(0)?,
                partner_id: r.get(1)?,
                name: r.get(2)?,
                role: r.get(3)?,
                email: r.get(4)?,
                phone: r.get(5)?,
            })
        })
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-contact-id").arg("id", id.to_string())))
}

pub fn delete_contact(db: &mut Db, id: i64) -> Result<()> {
    get_contact(db, id)?;
    db.conn().execute("DELETE FROM contacts WHERE id = ?1", [id])?;
    Ok(())
}

fn clean_member(input: &LocalGroupMemberInput) -> Result<LocalGroupMemberInput> {
    Ok(LocalGroupMemberInput {
        name: validate::required("name", &input.name, NAME_MAX)?,
        organisation: validate::optional("organisation", &input.organisation, LINE_MAX)?,
        role: validate::optional("role", &input.role, LINE_MAX)?,
    })
}

pub fn add_local_group_member(db: &mut Db, partner_id: i64, input: LocalGroupMemberInput) -> Result<LocalGroupMember> {
    let id = insert_local_group_member(db, partner_id, &input, &Origin::Form)?;
    get_local_group_member(db, id)
}

pub(crate) fn insert_local_group_member(
    db: &Db,
    partner_id: i64,
    input: &LocalGroupMemberInput,
    origin: &Origin,
) -> Result<i64> {
    let m = clean_member(input)?;
    get_partner(db, partner_id)?;
    db.conn().execute(
        "INSERT INTO local_group_members (id, partner_id, name, organisation, role) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![origin.id(), partner_id, m.name, m.organisation, m.role],
    )?;
    Ok(db.conn().last_insert_rowid())
}

pub fn update_local_group_member(db: &mut Db, id: i64, input: LocalGroupMemberInput) -> Result<LocalGroupMember> {
    let m = clean_member(&input)?;
    get_local_group_member(db, id)?;
    db.conn().execute(
        "UPDATE local_group_members SET name = ?2, organisation = ?3, role = ?4 WHERE id = ?1",
        params![id, m.name, m.organisation, m.role],
    )?;
    get_local_group_member(db, id)
}

pub fn get_local_group_member(db: &Db, id: i64) -> Result<LocalGroupMember> {
    db.conn()
        .query_row(
            "SELECT id, partner_id, name, organisation, role FROM local_group_members WHERE id = ?1",
            [id],
            |r| {
                Ok(LocalGroupMember {
                    id: r.get(0)?,
                    partner_id: r.get(1)?,
                    name: r.get(2)?,
                    organisation: r.get(3)?,
                    role: r.get(4)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-local-group-member-id").arg("id", id.to_string())))
}

pub fn delete_local_group_member(db: &mut Db, id: i64) -> Result<()> {
    get_local_group_member(db, id)?;
    db.conn().execute("DELETE FROM local_group_members WHERE id = ?1", [id])?;
    Ok(())
}

/// How a written city name matched one of a network's partners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// Same name once accents, case and punctuation are ignored.
    Exact,
    /// One word of the partner's name equals the text, or the text is a close spelling.
    Close,
}

/// Finds the partner a written city name refers to, among `partners` (id, name).
///
/// Exact folded matches win; then a partner whose name contains the text as whole words
/// (or the other way round: "Nevers Agglomeration" for "Nevers", "Budafok" for
/// "22nd district of Budapest (Budafok-Tétény)"); then a spelling within one or two edits
/// ("Oulo" for "Oulu"). A match is returned only when it is the only one of its kind.
pub fn match_partner<'a>(text: &str, partners: &'a [(i64, String)]) -> Option<(i64, &'a str, NameMatch)> {
    let key = fold(text);
    if key.is_empty() {
        return None;
    }
    let folded: Vec<(i64, &str, String)> = partners.iter().map(|(id, n)| (*id, n.as_str(), fold(n))).collect();
    let unique = |hits: Vec<&(i64, &'a str, String)>, how| match hits.as_slice() {
        [one] => Some((one.0, one.1, how)),
        _ => None,
    };
    let exact: Vec<_> = folded.iter().filter(|(_, _, f)| *f == key).collect();
    if !exact.is_empty() {
        return unique(exact, NameMatch::Exact);
    }
    let contains_words = |hay: &str, needle: &str| {
        let padded = format!(" {hay} ");
        padded.contains(&format!(" {needle} "))
    };
    let words: Vec<_> = folded.iter().filter(|(_, _, f)| contains_words(f, &key) || contains_words(&key, f)).collect();
    if !words.is_empty() {
        return unique(words, NameMatch::Close);
    }
    let near: Vec<_> = folded
        .iter()
        .filter(|(_, _, f)| {
            let limit = if key.len() <= 5 { 1 } else { 2 };
            f.split(' ')
                .chain(std::iter::once(f.as_str()))
                .any(|w| w.len() >= 4 && strsim::levenshtein(w, &key) <= limit)
        })
        .collect();
    unique(near, NameMatch::Close)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<(i64, String)> {
        list.iter().enumerate().map(|(i, n)| (i as i64, n.to_string())).collect()
    }

    #[test]
    fn matches_spelling_variants() {
        let p = names(&[
            "Gävle",
            "Võru County",
            "Bragança",
            "Ånge",
            "Oulu",
            "22nd district of Budapest (Budafok-Tétény)",
            "Loop city",
            "Nevers Agglomération",
            "Jelgava",
        ]);
        let hit = |t: &str| match_partner(t, &p).map(|(_, n, _)| n);
        assert_eq!(hit("Gavle"), Some("Gävle"));
        assert_eq!(hit("Voru"), Some("Võru County"));
        assert_eq!(hit("Braganca"), Some("Bragança"));
        assert_eq!(hit("Ange"), Some("Ånge"));
        assert_eq!(hit("Oulo"), Some("Oulu"));
        assert_eq!(hit("Budafok"), Some("22nd district of Budapest (Budafok-Tétény)"));
        assert_eq!(hit("Loop City"), Some("Loop city"));
        assert_eq!(hit("Nevers"), Some("Nevers Agglomération"));
        assert_eq!(hit("Jelgava Local Municipality"), Some("Jelgava"));
        assert_eq!(hit("Vaasa"), None);
        assert_eq!(hit("Brussels"), None);
    }
}
