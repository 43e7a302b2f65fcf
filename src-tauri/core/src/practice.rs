//! Good practices: a city's proven solution, written up in sections, that networks transfer.

use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country;
use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;
use crate::network::get_network;
use crate::origin::Origin;
use crate::store::{now_text, Db};
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PracticeSection {
    pub heading: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Practice {
    pub id: i64,
    pub title: String,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub city: String,
    /// ISO 3166-1 alpha-2 code, when known.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub author_role: String,
    /// A figure the page puts forward, such as the city's population ("521 946").
    #[serde(default)]
    pub headline_figure: String,
    #[serde(default)]
    pub is_transfer: bool,
    /// In the practice's order.
    #[serde(default)]
    pub sections: Vec<PracticeSection>,
    /// Networks that transfer or use this practice, ascending.
    #[serde(default)]
    pub network_ids: Vec<i64>,
    /// The URBACT page the practice was imported from.
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&Practice> for PracticeInput {
    fn from(p: &Practice) -> Self {
        PracticeInput {
            title: p.title.clone(),
            tagline: p.tagline.clone(),
            city: p.city.clone(),
            country: p.country.clone().unwrap_or_default(),
            author: p.author.clone(),
            author_role: p.author_role.clone(),
            headline_figure: p.headline_figure.clone(),
            is_transfer: p.is_transfer,
            sections: p.sections.clone(),
            network_ids: p.network_ids.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PracticeInput {
    pub title: String,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub author_role: String,
    #[serde(default)]
    pub headline_figure: String,
    #[serde(default)]
    pub is_transfer: bool,
    #[serde(default)]
    pub sections: Vec<PracticeSection>,
    #[serde(default)]
    pub network_ids: Vec<i64>,
}

/// A line of the practices list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PracticeSummary {
    pub id: i64,
    pub title: String,
    pub tagline: String,
    pub city: String,
    pub country: Option<String>,
    pub is_transfer: bool,
}

struct Clean {
    title: String,
    tagline: String,
    city: String,
    country: Option<&'static str>,
    author: String,
    author_role: String,
    headline_figure: String,
    sections: Vec<PracticeSection>,
}

fn clean(db: &Db, input: &PracticeInput) -> Result<Clean> {
    let country =
        if input.country.trim().is_empty() { None } else { Some(country::resolve("country", &input.country)?.code) };
    let mut sections = Vec::with_capacity(input.sections.len());
    for (i, s) in input.sections.iter().enumerate() {
        sections.push(PracticeSection {
            heading: validate::optional(&format!("sections[{i}].heading"), &s.heading, LINE_MAX)?,
            body: validate::optional(&format!("sections[{i}].body"), &s.body, TEXT_MAX)?,
        });
    }
    for &n in &input.network_ids {
        get_network(db, n)
            .map_err(|_| Error::invalid("network_ids", Message::new("error-no-network-id").arg("id", n.to_string())))?;
    }
    Ok(Clean {
        title: validate::required("title", &input.title, TITLE_MAX)?,
        tagline: validate::optional("tagline", &input.tagline, LINE_MAX)?,
        city: validate::optional("city", &input.city, NAME_MAX)?,
        country,
        author: validate::optional("author", &input.author, NAME_MAX)?,
        author_role: validate::optional("author_role", &input.author_role, LINE_MAX)?,
        headline_figure: validate::optional("headline_figure", &input.headline_figure, NAME_MAX)?,
        sections,
    })
}

pub fn create_practice(db: &mut Db, input: PracticeInput) -> Result<Practice> {
    let id = insert_practice(db, &input, &Origin::Form)?;
    get_practice(db, id)
}

pub(crate) fn insert_practice(db: &mut Db, input: &PracticeInput, origin: &Origin) -> Result<i64> {
    let c = clean(db, input)?;
    let stamps = origin.stamps()?;
    let tx = db.write_savepoint()?;
    tx.execute(
        "INSERT INTO practices (id, title, tagline, city, country, author, author_role, headline_figure, is_transfer,
            source_ref, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            stamps.id,
            c.title,
            c.tagline,
            c.city,
            c.country,
            c.author,
            c.author_role,
            c.headline_figure,
            input.is_transfer,
            stamps.source_ref,
            stamps.created_at,
            stamps.updated_at
        ],
    )?;
    let id = tx.last_insert_rowid();
    write_parts(&tx, id, &c.sections, &input.network_ids)?;
    tx.commit()?;
    Ok(id)
}

fn write_parts(tx: &rusqlite::Connection, id: i64, sections: &[PracticeSection], networks: &[i64]) -> Result<()> {
    tx.execute("DELETE FROM practice_sections WHERE practice_id = ?1", [id])?;
    tx.execute("DELETE FROM practice_networks WHERE practice_id = ?1", [id])?;
    for (i, s) in sections.iter().enumerate() {
        tx.execute(
            "INSERT INTO practice_sections (practice_id, position, heading, body) VALUES (?1, ?2, ?3, ?4)",
            params![id, i as i64, s.heading, s.body],
        )?;
    }
    for n in networks {
        tx.execute(
            "INSERT OR IGNORE INTO practice_networks (practice_id, network_id) VALUES (?1, ?2)",
            params![id, n],
        )?;
    }
    Ok(())
}

pub fn update_practice(db: &mut Db, id: i64, input: PracticeInput) -> Result<Practice> {
    get_practice(db, id)?;
    let c = clean(db, &input)?;
    let tx = db.write_savepoint()?;
    tx.execute(
        "UPDATE practices SET title = ?2, tagline = ?3, city = ?4, country = ?5, author = ?6, author_role = ?7,
            headline_figure = ?8, is_transfer = ?9, updated_at = ?10 WHERE id = ?1",
        params![
            id,
            c.title,
            c.tagline,
            c.city,
            c.country,
            c.author,
            c.author_role,
            c.headline_figure,
            input.is_transfer,
            now_text()
        ],
    )?;
    write_parts(&tx, id, &c.sections, &input.network_ids)?;
    tx.commit()?;
    get_practice(db, id)
}

fn practice_from_row(r: &Row<'_>) -> rusqlite::Result<Practice> {
    Ok(Practice {
        id: r.get("id")?,
        title: r.get("title")?,
        tagline: r.get("tagline")?,
        city: r.get("city")?,
        country: r.get("country")?,
        author: r.get("author")?,
        author_role: r.get("author_role")?,
        headline_figure: r.get("headline_figure")?,
        is_transfer: r.get("is_transfer")?,
        sections: Vec::new(),
        network_ids: Vec::new(),
        source_ref: r.get("source_ref")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
    })
}

pub fn get_practice(db: &Db, id: i64) -> Result<Practice> {
    let mut p = db
        .conn()
        .query_row("SELECT * FROM practices WHERE id = ?1", [id], practice_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-practice-id").arg("id", id.to_string())))?;
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT heading, body FROM practice_sections WHERE practice_id = ?1 ORDER BY position")?;
    p.sections = stmt
        .query_map([id], |r| Ok(PracticeSection { heading: r.get(0)?, body: r.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT network_id FROM practice_networks WHERE practice_id = ?1 ORDER BY network_id")?;
    p.network_ids = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(p)
}

pub fn list_practices(db: &Db) -> Result<Vec<PracticeSummary>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, title, tagline, city, country, is_transfer FROM practices ORDER BY title COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(PracticeSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                tagline: r.get(2)?,
                city: r.get(3)?,
                country: r.get(4)?,
                is_transfer: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_practice(db: &mut Db, id: i64) -> Result<()> {
    get_practice(db, id)?;
    db.conn().execute("DELETE FROM practices WHERE id = ?1", [id])?;
    Ok(())
}
