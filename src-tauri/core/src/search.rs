//! One search box over networks, partners, meetings, action plans (with the text of their
//! sections) and good practices.
//!
//! Backed by the FTS5 table `search_index`, which triggers keep in step with the data. The
//! tokenizer removes diacritics, so "Gavle" finds "Gävle". Every word typed must appear
//! (as a word or the start of one); punctuation in the query is treated as a separator,
//! so no text a person types is an FTS syntax error.
//!
//! Ranking ([`Rank`]): a title that is what was typed, then a title that begins with it,
//! then a title holding every word, then a match in the text; within each, the shorter
//! title, then the newest. It is what a search box over names needs ("gav" puts the
//! partner Gävle before a plan section that mentions Gävle), and it is cheap: SQLite's
//! bm25, tried first, must count every row holding each word to weigh it, which for a
//! word in 100,000 meeting titles took most of a search's time.
//!
//! The titles are indexed a second time on their own (`search_titles`, same rowids), so
//! the matches in a title are a look-up among titles: two words that are each in tens of
//! thousands of texts but together in few titles are not searched for through every text.
//!
//! A meeting's row keeps no text of its own to show (migration 0012): the excerpt of a
//! meeting found is cut from the meeting's venue, description and undated wording, read
//! from `meetings` for the hits shown, so a large calendar import writes its text once.
//!
//! Both tables record which rows hold a word, not where (migration 0011, FTS5
//! `detail = none`): a search asks for each word on its own, never a phrase, a NEAR or a
//! column, and cuts its excerpt itself (`excerpt`), so positions would only make every
//! write slower (a large calendar import spent half its indexing time on them).
//!
//! Speed: the box searches after every pause in typing, so after one letter too. The
//! index keeps prefixes of one to three letters (migration 0006_search_prefixes), so "h"
//! reads one list rather than merging those of every word beginning with h. Ranking reads
//! at most [`RANKED_MAX`] matches from each of two lists, newest first: the matches in a
//! title, and the matches anywhere. A query matching fewer rows (a name, most words) is
//! ranked over all of them; one matching thousands (a single letter, a word in every
//! meeting's title) over its newest ones, which is what a person typing on expects to see
//! first. Whole words are looked up first; the
//! words that merely begin with what was typed ("harb" for "harbour", "plan" for
//! "planning") are added unless the whole words already fill the list. A whole word is
//! read lazily, newest first, while a prefix of four letters or more makes FTS5 merge
//! the lists of every word it begins, which for a word in 100,000 titles is most of the
//! time a search took.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::labels::text_enum;
use crate::names::fold;
use crate::store::Db;

/// How many hits the search box shows at most: enough to scan, few enough to read.
pub const SEARCH_LIMIT: usize = 50;

/// How many matches of each list ranking reads at most (see the module docs).
const RANKED_MAX: usize = 200;

/// Where a match ranks: first by how its title meets what was typed, then the shorter
/// title (the name rather than a sentence containing it), then the newest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    fit: Fit,
    title_length: usize,
    newest_first: std::cmp::Reverse<i64>,
    rowid: i64,
}

/// How a match's title meets what was typed, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Fit {
    /// The title is what was typed ("Gävle" for "gavle").
    Title,
    /// The title begins with it ("Gävle Municipality" for "gav").
    TitleStart,
    /// Every word typed is in the title, somewhere.
    InTitle,
    /// The words are in the text, or split between title and text.
    InText,
}

impl Rank {
    fn of(rowid: i64, title: &str, typed: &str, in_title: bool) -> Rank {
        if !in_title {
            return Rank { fit: Fit::InText, title_length: title.len(), newest_first: std::cmp::Reverse(rowid), rowid };
        }
        let folded = fold(title);
        let fit = if folded == typed {
            Fit::Title
        } else if folded.starts_with(typed) {
            Fit::TitleStart
        } else {
            Fit::InTitle
        };
        Rank { fit, title_length: folded.len(), newest_first: std::cmp::Reverse(rowid), rowid }
    }
}

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

/// How the words typed are matched: as whole words, or as the starts of words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Match {
    Whole,
    Start,
}

/// The FTS5 query for what a person typed: each word quoted (a whole word, or a prefix),
/// all required.
fn fts_query(text: &str, matching: Match) -> Option<String> {
    let star = if matching == Match::Start { "*" } else { "" };
    let words: Vec<String> =
        fold(text).split(' ').filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"{star}")).collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

pub fn search(db: &Db, text: &str, limit: usize) -> Result<Vec<SearchHit>> {
    let (Some(whole), Some(start)) = (fts_query(text, Match::Whole), fts_query(text, Match::Start)) else {
        return Ok(Vec::new());
    };
    let typed = fold(text);
    let mut anywhere_matches = db.conn().prepare_cached(
        "SELECT rowid, shown_title FROM search_index WHERE search_index MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
    )?;
    let mut title_matches = db.conn().prepare_cached(
        "SELECT t.rowid, s.shown_title FROM search_titles t JOIN search_index s ON s.rowid = t.rowid
         WHERE search_titles MATCH ?1 ORDER BY t.rowid DESC LIMIT ?2",
    )?;
    let mut ranks: HashMap<i64, Rank> = HashMap::new();
    let mut gather = |query: &str| -> Result<usize> {
        let mut anywhere = 0;
        for in_title in [true, false] {
            let matches = if in_title { &mut title_matches } else { &mut anywhere_matches };
            let rows = matches.query_map(rusqlite::params![query, RANKED_MAX as i64], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })?;
            for row in rows {
                let (rowid, title) = row?;
                let rank = Rank::of(rowid, &title, &typed, in_title);
                ranks.entry(rowid).and_modify(|r| *r = (*r).min(rank)).or_insert(rank);
                anywhere += usize::from(!in_title);
            }
        }
        Ok(anywhere)
    };
    if gather(&whole)? < RANKED_MAX {
        gather(&start)?;
    }
    let mut ranked: Vec<Rank> = ranks.into_values().collect();
    ranked.sort();
    let rowids: Vec<i64> = ranked.into_iter().map(|r| r.rowid).collect();
    // The details of the best rows, read a batch at a time (sections of one plan share a
    // hit, so a batch may give fewer hits than rows).
    let mut detail = db.conn().prepare_cached(
        "SELECT s.rowid, s.kind, s.ref_id, s.network_id, n.name,
                CASE s.kind
                    WHEN 'practice_section' THEN (SELECT title FROM practices p WHERE p.id = s.ref_id)
                    WHEN 'plan_section' THEN (SELECT title FROM action_plans a WHERE a.id = s.ref_id)
                    ELSE s.shown_title END,
                CASE s.kind
                    WHEN 'meeting' THEN (SELECT m.venue || ' ' || m.description || ' ' || coalesce(m.undated_wording, '')
                                         FROM meetings m WHERE m.id = s.ref_id)
                    ELSE s.shown_body END
         FROM search_index s LEFT JOIN networks n ON n.id = s.network_id
         WHERE s.rowid IN (SELECT value FROM json_each(?1))",
    )?;
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect();
    let mut hits: Vec<SearchHit> = Vec::new();
    for batch in rowids.chunks(limit.max(1) * 2) {
        let wanted = serde_json::to_string(batch).map_err(|e| crate::error::Error::bad_input(e.to_string()))?;
        let mut found: HashMap<i64, SearchHit> = HashMap::with_capacity(batch.len());
        let rows = detail.query_map([wanted], |r| {
            let kind = match r.get_ref(1)?.as_str()? {
                "network" => HitKind::Network,
                "partner" => HitKind::Partner,
                "meeting" => HitKind::Meeting,
                "plan" | "plan_section" => HitKind::Plan,
                _ => HitKind::Practice,
            };
            let body = r.get_ref(6)?.as_str()?;
            Ok((
                r.get::<_, i64>(0)?,
                SearchHit {
                    kind,
                    id: r.get(2)?,
                    network_id: r.get(3)?,
                    network_name: r.get(4)?,
                    title: r.get(5)?,
                    snippet: excerpt(body, &words),
                },
            ))
        })?;
        for row in rows {
            let (rowid, hit) = row?;
            found.insert(rowid, hit);
        }
        for rowid in batch {
            let Some(hit) = found.remove(rowid) else { continue };
            if hits.iter().any(|h| h.kind == hit.kind && h.id == hit.id) {
                continue;
            }
            hits.push(hit);
            if hits.len() == limit {
                return Ok(hits);
            }
        }
    }
    Ok(hits)
}

/// About a dozen words of `body` around the first word that matches one of `words`
/// (compared folded, so "Gavle" finds "Gävle"), with "…" where text was left out.
fn excerpt(body: &str, words: &[String]) -> String {
    let tokens: Vec<&str> = body.split_whitespace().collect();
    let starts_with_a_word = |token: &str| {
        if token.is_ascii() {
            // What fold would give, without allocating: lower case, split at punctuation.
            return token.split(|c: char| !c.is_ascii_alphanumeric()).any(|part| {
                words
                    .iter()
                    .any(|w| part.len() >= w.len() && part.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
            });
        }
        let token = fold(token);
        words.iter().any(|w| token.split(' ').any(|part| part.starts_with(w.as_str())))
    };
    let hit = tokens.iter().position(|t| starts_with_a_word(t)).unwrap_or(0);
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
    use super::{excerpt, fts_query, Match};

    #[test]
    fn the_excerpt_is_around_the_first_match() {
        let body = "one two three four five six seven eight Gävle nine ten eleven twelve thirteen fourteen fifteen";
        assert_eq!(
            excerpt(body, &["gavle".into()]),
            "… four five six seven eight Gävle nine ten eleven twelve thirteen fourteen …"
        );
        assert_eq!(excerpt("short text", &["zzz".into()]), "short text");
        assert_eq!(excerpt("a b c d e f (Harbour) g", &["harb".into()]), "… b c d e f (Harbour) g");
    }

    #[test]
    fn typed_text_never_becomes_fts_syntax() {
        assert_eq!(fts_query("Gävle \"OR\" (x", Match::Start), Some("\"gavle\"* AND \"or\"* AND \"x\"*".into()));
        assert_eq!(fts_query("Gävle \"OR\" (x", Match::Whole), Some("\"gavle\" AND \"or\" AND \"x\"".into()));
        assert_eq!(fts_query("Łódź Straße", Match::Whole), Some("\"lodz\" AND \"strasse\"".into()));
        assert_eq!(fts_query("  -- ", Match::Start), None);
    }
}
