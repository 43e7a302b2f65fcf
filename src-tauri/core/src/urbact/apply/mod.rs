//! Writing what the pages say into the database, matching what is already there.
//!
//! Invariants:
//! - **Additive and idempotent.** Every record the importer writes carries a stable
//!   `source_ref` ("urbact:<network slug>", "urbact:<slug>:meeting:<folded line>",
//!   "urbact:<slug>:plan:<folded title>", "urbact:practice:<title slug>:<city slug>", ...);
//!   partners, which have no such column, are matched by name within their network
//!   (accents and case ignored). Whatever is found is left exactly as it is (a person may
//!   have edited it since) and counted as existing; only what is missing is added. So
//!   importing the same file twice changes nothing the second time. A network is also
//!   found by its slug, so pages merge into a network a person created by hand.
//! - **Partners need a country.** A partner the page lists without one gets a country
//!   only from evidence in the file ([`super::countries::infer`]), and the warning says
//!   which. Without evidence it is not saved (the core cannot store a partner without a
//!   country, and none is made up): its line goes to the import notes with a warning that
//!   says how to add it, and meetings that name it keep the place as their venue.
//! - **Hosts** are partners whose name the meeting's place matches
//!   ([`crate::partner::match_partner`]: accents, case, whole words, close spellings). A
//!   place naming several places ("Vaasa and Nykarleby", "Åbo Akademy/Nykarleby") or no
//!   partner (Brussels) is only the venue. The venue always keeps the place as written.
//! - **Statuses.** Meetings with dates are `confirmed`, the others `tentative` (the page
//!   does not say whether a past meeting was held). Action plans are `final`: the pages
//!   publish the finished plans, and adoption by a city council is not stated.
//! - **Start year.** Years given to month-only meetings (`start_year`) apply to meetings
//!   this import creates; a meeting already saved is left as it is, with a warning.
//! - A record the core's rules refuse (a partner name over its length limit, say) is
//!   reported and its line kept as a note; it does not stop the rest of the import. A
//!   network page the rules refuse stops the import (its partners and meetings would have
//!   nowhere to go) and everything is rolled back.

use std::collections::HashMap;

use rusqlite::params;

use crate::country;
use crate::error::{Error, OptionalExt, Result};
use crate::i18n::Message;
use crate::import_note::insert_note;
use crate::names::{fold, slugify};
use crate::network::{insert_network, NetworkInput};
use crate::origin::Origin;
use crate::store::Db;

use super::countries::Mention;
use super::network_page::{error_said, NetworkPage, Unplaced};
use super::practice_page::PracticePage;
use super::report::{ImportCounts, ImportReport, ImportWarning, NetworkOutcome, WarningKind};

mod partners;
mod practice;
mod records;

use practice::apply_practice;

/// Everything read from the file, ready to be written.
pub(crate) struct Reading {
    pub networks: Vec<NetworkPage>,
    pub practices: Vec<PracticePage>,
    /// Lines of records that are neither kind of page, and lines after the last record.
    pub loose: Vec<Unplaced>,
    pub mentions: Vec<Mention>,
    /// The year month-only meetings were counted from, if one was given.
    pub start_year: Option<i32>,
}

/// Source references handed out in this import; a repeated key gets "#2", "#3".
#[derive(Default)]
struct Refs(HashMap<String, usize>);

impl Refs {
    fn make(&mut self, key: String) -> String {
        let n = self.0.entry(key.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            key
        } else {
            format!("{key}#{n}")
        }
    }
}

#[derive(Clone, Copy)]
enum Table {
    Meetings,
    Milestones,
    Plans,
    Practices,
    Notes,
}

fn exists(db: &Db, table: Table, source_ref: &str) -> Result<bool> {
    let sql = match table {
        Table::Meetings => "SELECT 1 FROM meetings WHERE source_ref = ?1",
        Table::Milestones => "SELECT 1 FROM milestones WHERE source_ref = ?1",
        Table::Plans => "SELECT 1 FROM action_plans WHERE source_ref = ?1",
        Table::Practices => "SELECT 1 FROM practices WHERE source_ref = ?1",
        Table::Notes => "SELECT 1 FROM import_notes WHERE source_ref = ?1",
    };
    Ok(db.conn().query_row(sql, [source_ref], |_| Ok(())).optional()?.is_some())
}

fn warn(report: &mut ImportReport, line: i64, text: &str, kind: WarningKind, message: Message) {
    report.warnings.push(ImportWarning::new(line, text, kind, message));
}

/// Why a line the core's rules refused is kept as a note ("refused: REASON").
fn refused_reason(err: &Error) -> Message {
    Message::new("import-reason-refused").arg("error", error_said(err))
}

/// A name short enough to quote in a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn country_name(code: &str) -> String {
    country::name_with_code(code, crate::i18n::current())
}

pub(crate) fn apply(db: &mut Db, reading: &Reading, report: &mut ImportReport) -> Result<()> {
    let mut refs = Refs::default();
    for page in &reading.networks {
        let outcome = apply_network(db, page, &reading.mentions, reading.start_year, &mut refs, report)?;
        report.created.add(&outcome.created);
        report.skipped_existing.add(&outcome.existing);
        report.networks.push(outcome);
    }
    for page in &reading.practices {
        apply_practice(db, page, &mut refs, report)?;
    }
    for u in &reading.loose {
        let key = refs.make(format!("urbact:file:note:{}", fold(&u.text)));
        keep_note(db, None, u, &key, &mut report.created, &mut report.skipped_existing)?;
        let message = Message::new("import-warning-unknown-record").arg("reason", &u.reason);
        warn(report, u.line, &u.text, WarningKind::UnknownRecord, message);
    }
    Ok(())
}

fn keep_note(
    db: &mut Db,
    network_id: Option<i64>,
    u: &Unplaced,
    key: &str,
    created: &mut ImportCounts,
    existing: &mut ImportCounts,
) -> Result<()> {
    if exists(db, Table::Notes, key)? {
        existing.import_notes += 1;
    } else {
        insert_note(db, network_id, u.line, &u.text, &u.reason, &Origin::Page(key.to_string()))?;
        created.import_notes += 1;
    }
    Ok(())
}

/// A partner of the network as saved: id, name, country code.
type Saved = (i64, String, String);

fn saved_partners(db: &Db, network_id: i64) -> Result<Vec<Saved>> {
    let mut stmt = db.conn().prepare("SELECT id, name, country FROM partners WHERE network_id = ?1 ORDER BY id")?;
    let rows =
        stmt.query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn names(partners: &[Saved]) -> Vec<(i64, String)> {
    partners.iter().map(|(id, n, _)| (*id, n.clone())).collect()
}
fn apply_network(
    db: &mut Db,
    page: &NetworkPage,
    mentions: &[Mention],
    start_year: Option<i32>,
    refs: &mut Refs,
    report: &mut ImportReport,
) -> Result<NetworkOutcome> {
    let slug = slugify(&page.name);
    let mut out = NetworkOutcome {
        name: page.name.clone(),
        slug: slug.clone(),
        line: page.line,
        created: ImportCounts::default(),
        existing: ImportCounts::default(),
    };
    let network_ref = format!("urbact:{slug}");
    let found: Option<(i64, String)> = db
        .conn()
        .query_row(
            "SELECT id, contact_email FROM networks WHERE source_ref = ?1 OR slug = ?2 ORDER BY source_ref IS NULL LIMIT 1",
            params![network_ref, slug],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let contact = page.emails.first().map(|(_, e)| e.clone()).unwrap_or_default();
    let network_id = match found {
        Some((id, saved_email)) => {
            out.existing.networks += 1;
            if !contact.is_empty() && saved_email.eq_ignore_ascii_case(&contact) {
                out.existing.contacts += 1;
            }
            id
        }
        None => {
            if !page.kind_stated {
                warn(
                    report,
                    page.line,
                    &page.name,
                    WarningKind::Inferred,
                    Message::new("import-warning-kind-not-stated").arg("network", &page.name),
                );
            }
            let input = NetworkInput {
                tagline: page.tagline.as_ref().map(|(_, t)| t.clone()).unwrap_or_default(),
                description: page.description.as_ref().map(|(_, t)| t.clone()).unwrap_or_default(),
                contact_email: contact.clone(),
                ..NetworkInput::named(&page.name, page.kind)
            };
            let id = insert_network(db, &input, &Origin::Page(network_ref.clone())).map_err(|e| match e {
                Error::Invalid { .. } => Error::bad_input(
                    Message::new("error-urbact-network-unsaved")
                        .arg("line", page.line.to_string())
                        .arg("network", shortened(&page.name))
                        .arg("error", error_said(&e)),
                ),
                other => other,
            })?;
            out.created.networks += 1;
            if !contact.is_empty() {
                out.created.contacts += 1;
            }
            id
        }
    };

    let mut import = NetworkImport {
        partners: saved_partners(db, network_id)?,
        db,
        page,
        slug,
        network_id,
        refs,
        report,
        out,
        unsaved: Vec::new(),
    };
    import.partners(mentions)?;
    import.plan_cities()?;
    import.events(start_year)?;
    import.plans()?;
    import.notes()?;
    Ok(import.out)
}

/// One network page being written: where its records go and what was done so far. The
/// steps ([`partners`], then the cities of the action plans, then [`records`]: meetings,
/// milestones, plans, notes) run in that order, since each refers to the partners saved
/// before it.
struct NetworkImport<'a> {
    db: &'a mut Db,
    page: &'a NetworkPage,
    slug: String,
    network_id: i64,
    refs: &'a mut Refs,
    report: &'a mut ImportReport,
    out: NetworkOutcome,
    /// The network's partners as saved, growing as this import adds some.
    partners: Vec<Saved>,
    /// Partners the page lists that could not be saved (no country is known).
    unsaved: Vec<String>,
}

impl NetworkImport<'_> {
    /// The record one line of the page saved, or `None` when the core's rules refused it
    /// (kept as an import note, with a warning: see [`Self::refused`]); any other error
    /// stops the import.
    fn saved<T>(&mut self, result: Result<T>, line: i64, text: &str) -> Result<Option<T>> {
        match result {
            Ok(saved) => Ok(Some(saved)),
            Err(err @ Error::Invalid { .. }) => {
                self.refused(line, text, &err)?;
                Ok(None)
            }
            Err(err) => Err(err),
        }
    }

    /// Keeps a line the core's rules refused as an import note, with a warning.
    fn refused(&mut self, line: i64, text: &str, err: &Error) -> Result<()> {
        let u = Unplaced { line, text: text.to_string(), reason: refused_reason(err) };
        let key = self.refs.make(format!("urbact:{}:note:{}", self.slug, fold(text)));
        keep_note(self.db, Some(self.network_id), &u, &key, &mut self.out.created, &mut self.out.existing)?;
        warn(
            self.report,
            line,
            text,
            WarningKind::Refused,
            Message::new("import-warning-cannot-save").arg("error", error_said(err)),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::records::{resolve_host, Host};
    use super::*;

    #[test]
    fn hosts_and_venues() {
        let partners: Vec<(i64, String)> = [
            (1, "Gävle"),
            (2, "Võru County"),
            (3, "Jelgava"),
            (4, "Nevers Agglomération"),
            (5, "Nykarleby"),
            (6, "Loop city"),
        ]
        .iter()
        .map(|(i, n)| (*i, n.to_string()))
        .collect();
        let unsaved = vec!["Basingstoke and Deane".to_string()];
        let host = |p| resolve_host(p, &partners, &unsaved);
        assert_eq!(host("Gavle"), Host::Partner(1));
        assert_eq!(host("Voru"), Host::Partner(2));
        assert_eq!(host("Jelgava Local Municipality"), Host::Partner(3));
        assert_eq!(host("Nevers"), Host::Partner(4));
        assert_eq!(host("Loop City"), Host::Partner(6));
        assert_eq!(host("Vaasa and Nykarleby"), Host::Venue);
        assert_eq!(host("Åbo Akademy/Nykarleby"), Host::Venue);
        assert_eq!(host("Brussels"), Host::Venue);
        assert_eq!(host("Basingstoke"), Host::Unsaved("Basingstoke and Deane".into()));
    }

    #[test]
    fn repeated_keys_stay_unique() {
        let mut refs = Refs::default();
        assert_eq!(refs.make("a".into()), "a");
        assert_eq!(refs.make("a".into()), "a#2");
        assert_eq!(refs.make("b".into()), "b");
    }
}
