//! One search box over networks, partners, meetings, action plans (with the text of their
//! sections) and good practices.
//!
//! Backed by the FTS5 table `search_index`, which triggers keep in step with the data. The
//! tokenizer removes diacritics, so "Gavle" finds "Gävle". Every word typed must appear
//! (as a word or the start of one); punctuation in the query is treated as a separator,
//! so no text a person types is an FTS syntax error.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::labels::text_enum;
use crate::names::fold;
use crate::store::Db;

/// How many hits the search box shows at most: enough to scan, few enough to read.
pub const SEARCH_LIMIT: usize = 50;

text_enum! {
    /// What a search hit is, with the word the search box shows beside it.
    pub enum HitKind {
        Network = "network" / "Network",
        Partner = "partner" / "Partner",
        Meeting = "meeting" / "Meeting",
        Plan = "plan" / "Action plan",
        Practice = "practice" / "Good practice",
    }
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
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"*")).collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

pub fn search(db: &Db, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let Some(query) = fts_query(text) else { return Ok(Vec::new()) };
    // Ranking must read every match, so it selects nothing but the rowid; the snippet and
    // the network name are then fetched for the best rows only.
    let mut ranked = db.conn().prepare_cached(
        "SELECT rowid FROM search_index WHERE search_index MATCH ?1
         ORDER BY bm25(search_index, 0, 0, 0, 10.0, 1.0) LIMIT ?2",
    )?;
    let rowids: Vec<i64> = ranked
        .query_map(rusqlite::params![query, (limit * 2) as i64], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut detail = db.conn().prepare_cached(
        "SELECT s.kind, s.ref_id, s.network_id, n.name,
                CASE s.kind
                    WHEN 'practice_section' THEN (SELECT title FROM practices p WHERE p.id = s.ref_id)
                    WHEN 'plan_section' THEN (SELECT title FROM action_plans a WHERE a.id = s.ref_id)
                    ELSE s.title END,
                s.body
         FROM search_index s LEFT JOIN networks n ON n.id = s.network_id
         WHERE s.rowid = ?1",
    )?;
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect();
    let mut hits: Vec<SearchHit> = Vec::new();
    for rowid in rowids {
        let (kind, id, network_id, network_name, title, body) = detail.query_row([rowid], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let snippet = excerpt(&body, &words);
        let kind = match kind.as_str() {
            "network" => HitKind::Network,
            "partner" => HitKind::Partner,
            "meeting" => HitKind::Meeting,
            "plan" | "plan_section" => HitKind::Plan,
            _ => HitKind::Practice,
        };
        if hits.iter().any(|h| h.kind == kind && h.id == id) {
            continue;
        }
        hits.push(SearchHit { kind, id, network_id, network_name, title, snippet });
        if hits.len() == limit {
            break;
        }
    }
    Ok(hits)
}

/// About a dozen words of `body` around the first word that matches one of `words`
/// (compared folded, so "Gavle" finds "Gävle"), with "…" where text was left out.
fn excerpt(body: &str, words: &[String]) -> String {
    let tokens: Vec<&str> = body.split_whitespace().collect();
    let hit = tokens
        .iter()
        .position(|t| {
            let t = fold(t);
            words.iter().any(|w| t.split(' ').any(|part| part.starts_with(w.as_str())))
        })
        .unwrap_or(0);
    let from = hit.saturating_sub(5);
    let to = (hit + 7).min(tokens.len());
    let mut text = tokens[from..to].join(" ");
    if from > 0 {
        text.insert_str(0, "… ");
    }
    if to < tokens.len() {
        text.push_str(" …");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{excerpt, fts_query};

    #[test]
    fn the_excerpt_is_around_the_first_match() {
        let body = "one two three four five six seven eight Gävle nine ten eleven twelve thirteen fourteen fifteen";
        assert_eq!(
            excerpt(body, &["gavle".into()]),
            "… four five six seven eight Gävle nine ten eleven twelve thirteen fourteen …"
        );
        assert_eq!(excerpt("short text", &["zzz".into()]), "short text");
    }

    #[test]
    fn typed_text_never_becomes_fts_syntax() {
        assert_eq!(fts_query("Gävle \"OR\" (x"), Some("\"Gävle\"* AND \"OR\"* AND \"x\"*".into()));
        assert_eq!(fts_query("  -- "), None);
    }
}
