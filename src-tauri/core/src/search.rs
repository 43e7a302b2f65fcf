//! One search box over networks, partners, meetings, action plans and good practices.
//!
//! Backed by the FTS5 table `search_index`, which triggers keep in step with the data. The
//! tokenizer removes diacritics, so "Gavle" finds "Gävle". Every word typed must appear
//! (as a word or the start of one); punctuation in the query is treated as a separator,
//! so no text a person types is an FTS syntax error.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::store::Db;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    Network,
    Partner,
    Meeting,
    Plan,
    Practice,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    pub kind: HitKind,
    /// The id of the network, partner, meeting, plan or practice.
    pub id: i64,
    pub network_id: Option<i64>,
    pub network_name: Option<String>,
    pub title: String,
    /// A short excerpt around the match, as plain text.
    pub snippet: String,
}

/// The FTS5 query for what a person typed: each word quoted, as a prefix, all required.
fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

pub fn search(db: &Db, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(query) = fts_query(text) else { return Ok(Vec::new()) };
    let mut stmt = db.conn().prepare_cached(
        "SELECT s.kind, s.ref_id, s.network_id, n.name, s.title,
                snippet(search_index, 4, '', '', '…', 12)
         FROM search_index s LEFT JOIN networks n ON n.id = s.network_id
         WHERE search_index MATCH ?1
         ORDER BY bm25(search_index, 0, 0, 0, 10.0, 1.0)
         LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![query, (limit * 2) as i64], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Option<i64>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    let mut hits: Vec<SearchHit> = Vec::new();
    for row in rows {
        let (kind, id, network_id, network_name, title, snippet) = row?;
        let kind = match kind.as_str() {
            "network" => HitKind::Network,
            "partner" => HitKind::Partner,
            "meeting" => HitKind::Meeting,
            "plan" => HitKind::Plan,
            _ => HitKind::Practice,
        };
        if hits.iter().any(|h| h.kind == kind && h.id == id) {
            continue;
        }
        let title = if kind == HitKind::Practice {
            db.conn().query_row("SELECT title FROM practices WHERE id = ?1", [id], |r| r.get(0)).unwrap_or(title)
        } else {
            title
        };
        hits.push(SearchHit { kind, id, network_id, network_name, title, snippet });
        if hits.len() == limit {
            break;
        }
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_text_never_becomes_fts_syntax() {
        assert_eq!(fts_query("Gävle \"OR\" (x"), Some("\"Gävle\"* AND \"OR\"* AND \"x\"*".into()));
        assert_eq!(fts_query("  -- "), None);
    }
}
