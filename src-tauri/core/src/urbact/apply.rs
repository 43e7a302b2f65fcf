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
use crate::import_note::insert_note;
use crate::meeting::{insert_meeting, MeetingInput, MeetingMode, MeetingStatus, ScheduleInput};
use crate::milestone::{insert_milestone, MilestoneInput};
use crate::names::{fold, slugify};
use crate::network::{insert_network, NetworkInput};
use crate::origin::Origin;
use crate::partner::{create_partner, match_partner, PartnerInput, PartnerRole};
use crate::plan::{insert_plan, ActionPlanInput, PlanStatus};
use crate::practice::{insert_practice, PracticeInput};
use crate::store::Db;

use super::countries::{self, Evidence, Mention};
use super::dates::month_name;
use super::network_page::{
    EventWhat, MeetingDraft, NetworkPage, PartnerLine, PlanEntry, Unplaced, When,
};
use super::practice_page::PracticePage;
use super::report::{ImportCounts, ImportReport, ImportWarning, NetworkOutcome, WarningKind};

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
    Ok(db
        .conn()
        .query_row(sql, [source_ref], |_| Ok(()))
        .optional()?
        .is_some())
}

fn warn(report: &mut ImportReport, line: i64, text: &str, kind: WarningKind, message: String) {
    report.warnings.push(ImportWarning {
        line,
        text: text.to_string(),
        message,
        kind,
    });
}

/// A name short enough to quote in a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn country_name(code: &str) -> String {
    country::by_code(code).map_or_else(|| code.to_string(), |c| format!("{} ({})", c.name, c.code))
}

pub(crate) fn apply(db: &mut Db, reading: &Reading, report: &mut ImportReport) -> Result<()> {
    let mut refs = Refs::default();
    for page in &reading.networks {
        let outcome = apply_network(
            db,
            page,
            &reading.mentions,
            reading.start_year,
            &mut refs,
            report,
        )?;
        report.created.add(&outcome.created);
        report.skipped_existing.add(&outcome.existing);
        report.networks.push(outcome);
    }
    for page in &reading.practices {
        apply_practice(db, page, &mut refs, report)?;
    }
    for u in &reading.loose {
        let key = refs.make(format!("urbact:file:note:{}", fold(&u.text)));
        keep_note(
            db,
            None,
            u,
            &key,
            &mut report.created,
            &mut report.skipped_existing,
        )?;
        warn(
            report,
            u.line,
            &u.text,
            WarningKind::UnknownRecord,
            format!("{}; kept in the import notes", u.reason),
        );
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
    let mut stmt = db
        .conn()
        .prepare("SELECT id, name, country FROM partners WHERE network_id = ?1 ORDER BY id")?;
    let rows = stmt
        .query_map([network_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
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
    let contact = page
        .emails
        .first()
        .map(|(_, e)| e.clone())
        .unwrap_or_default();
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
                    format!(
                        "the page does not say what kind of network {} is; it is recorded as an action planning network, the kind whose pages list partners and meetings like this one (change it if that is wrong)",
                        page.name
                    ),
                );
            }
            let input = NetworkInput {
                tagline: page
                    .tagline
                    .as_ref()
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
                description: page
                    .description
                    .as_ref()
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default(),
                contact_email: contact.clone(),
                ..NetworkInput::named(&page.name, page.kind)
            };
            let id = insert_network(db, &input, &Origin::Page(network_ref.clone())).map_err(|e| match e {
                Error::Invalid { .. } => Error::BadInput(format!(
                    "line {}: the network \"{}\" cannot be saved ({e}); nothing was imported",
                    page.line,
                    shortened(&page.name)
                )),
                other => other,
            })?;
            out.created.networks += 1;
            if !contact.is_empty() {
                out.created.contacts += 1;
            }
            id
        }
    };

    let mut partners = saved_partners(db, network_id)?;
    let mut unsaved: Vec<String> = Vec::new();
    let page_emails: Vec<(i64, &str)> = page.emails.iter().map(|(l, e)| (*l, e.as_str())).collect();
    for p in &page.partners {
        if let Some(saved) = partners.iter().find(|s| fold(&s.1) == fold(&p.name)) {
            out.existing.partners += 1;
            if let Some(code) = p.country.filter(|c| *c != saved.2) {
                warn(
                    report,
                    p.line,
                    &p.text,
                    WarningKind::CountryConflict,
                    format!(
                        "the page places {} in {}, but the saved partner is in {}; the saved country is kept",
                        p.name,
                        country_name(code),
                        country_name(&saved.2)
                    ),
                );
            }
            continue;
        }
        let code = match p.country {
            Some(code) => code,
            None => match countries::infer(&p.name, &page_emails, mentions) {
                Evidence::One(inference) => {
                    warn(
                        report,
                        p.line,
                        &p.text,
                        WarningKind::InferredCountry,
                        format!(
                            "the page gives no country for {}; set to {} because {}",
                            p.name,
                            country_name(inference.country.code),
                            inference.because
                        ),
                    );
                    inference.country.code
                }
                evidence => {
                    let why = match evidence {
                        Evidence::Conflicting(options) => format!(
                            "the file suggests different countries: {}",
                            options.join("; ")
                        ),
                        _ => "nothing in the file says which country it is in".to_string(),
                    };
                    warn(
                        report,
                        p.line,
                        &p.text,
                        WarningKind::MissingCountry,
                        format!(
                            "the page gives no country for {} and {why}; the partner is not saved (a partner needs a country) and the line is kept in the import notes. Add it with: convene partner add {slug} --name \"{}\" --country CODE",
                            p.name, p.name
                        ),
                    );
                    let u = Unplaced {
                        line: p.line,
                        text: p.text.clone(),
                        reason: format!("partner without a country: {}", p.name),
                    };
                    let key = refs.make(format!("urbact:{slug}:note:{}", fold(&p.text)));
                    keep_note(
                        db,
                        Some(network_id),
                        &u,
                        &key,
                        &mut out.created,
                        &mut out.existing,
                    )?;
                    unsaved.push(p.name.clone());
                    continue;
                }
            },
        };
        save_partner(
            db,
            network_id,
            p,
            code,
            &mut partners,
            &mut out,
            refs,
            &slug,
            report,
        )?;
    }

    // Cities with an action plan that are not listed partners become associated partners.
    let listed: Vec<(i64, String)> = page.partners.iter().map(|p| (0, p.name.clone())).collect();
    let mut added: Vec<i64> = Vec::new();
    for plan in &page.plans {
        let Some(city) = &plan.city else { continue };
        match match_partner(&city.city, &names(&partners)) {
            Some((id, name, _)) => {
                if match_partner(&city.city, &listed).is_none() && !added.contains(&id) {
                    // Added as an associated partner by an earlier import of this page.
                    out.existing.partners += 1;
                    added.push(id);
                }
                let saved = partners
                    .iter()
                    .find(|s| s.0 == id)
                    .map(|s| s.2.clone())
                    .unwrap_or_default();
                if saved != city.country {
                    warn(
                        report,
                        city.line,
                        &city.text,
                        WarningKind::CountryConflict,
                        format!(
                            "the page places {} in {}, but the partner {name} is in {}; the action plan is linked to {name} and no new partner is added",
                            city.city,
                            country_name(city.country),
                            country_name(&saved)
                        ),
                    );
                }
            }
            None => {
                let line = PartnerLine {
                    line: city.line,
                    text: city.text.clone(),
                    name: city.city.clone(),
                    country: Some(city.country),
                    lead: false,
                    address: None,
                };
                let role = PartnerRole::Associated;
                if save_partner_as(
                    db,
                    network_id,
                    &line,
                    city.country,
                    role,
                    &mut partners,
                    &mut out,
                    refs,
                    &slug,
                    report,
                )? {
                    added.extend(partners.last().map(|p| p.0));
                    warn(
                        report,
                        city.line,
                        &city.text,
                        WarningKind::PartnerAdded,
                        format!(
                            "{} has an action plan (\"{}\") but is not in the partner list; added as an associated partner in {}",
                            city.city,
                            plan.title,
                            country_name(city.country)
                        ),
                    );
                }
            }
        }
    }

    let partner_names = names(&partners);
    for e in &page.events {
        match &e.what {
            EventWhat::Milestone { date, title } => {
                let key = refs.make(format!("urbact:{slug}:milestone:{}", fold(&e.text)));
                if exists(db, Table::Milestones, &key)? {
                    out.existing.milestones += 1;
                    continue;
                }
                let input = MilestoneInput::on(*date, title);
                match insert_milestone(db, network_id, &input, &Origin::Page(key.clone())) {
                    Ok(_) => out.created.milestones += 1,
                    Err(err @ Error::Invalid { .. }) => refused(
                        db, network_id, e.line, &e.text, &err, &slug, refs, &mut out, report,
                    )?,
                    Err(err) => return Err(err),
                }
            }
            EventWhat::Meeting(m) => {
                let base = format!("urbact:{slug}:meeting:{}", fold(&e.text));
                let key = refs.make(if e.part == 0 {
                    base
                } else {
                    format!("{base}#part{}", e.part + 1)
                });
                let host = m.place.as_deref().and_then(|place| match resolve_host(place, &partner_names, &unsaved) {
                    Host::Partner(id) => Some(id),
                    Host::Venue => None,
                    Host::Unsaved(name) => {
                        warn(
                            report,
                            e.line,
                            &e.text,
                            WarningKind::HostNotSaved,
                            format!(
                                "the place {place} is the partner {name}, which is not saved (its country is unknown); the meeting keeps {place} as its venue and has no host"
                            ),
                        );
                        None
                    }
                });
                let given_year = match &m.when {
                    When::Month {
                        month,
                        year: Some(year),
                        ..
                    } => Some((*month, *year)),
                    _ => None,
                };
                if exists(db, Table::Meetings, &key)? {
                    out.existing.meetings += 1;
                    if given_year.is_some() {
                        warn(
                            report,
                            e.line,
                            &e.text,
                            WarningKind::Inferred,
                            format!(
                                "the {} is already in the database and is left as it is: the start year does not change saved meetings (date it by editing it)",
                                m.title
                            ),
                        );
                    }
                    continue;
                }
                if let (Some((month, year)), Some(start)) = (given_year, start_year) {
                    warn(
                        report,
                        e.line,
                        &e.text,
                        WarningKind::Inferred,
                        format!(
                            "the page gives only the month of the {} at {}; it is set to {} {year}, counting on from the start year {start} in page order, and stays without a day",
                            m.title,
                            m.place.as_deref().unwrap_or("an unnamed place"),
                            month_name(month)
                        ),
                    );
                }
                let input = meeting_input(m, host);
                match insert_meeting(db, network_id, &input, &Origin::Page(key.clone())) {
                    Ok(_) => out.created.meetings += 1,
                    Err(err @ Error::Invalid { .. }) => refused(
                        db, network_id, e.line, &e.text, &err, &slug, refs, &mut out, report,
                    )?,
                    Err(err) => return Err(err),
                }
            }
        }
    }

    let partner_names = names(&partners);
    for plan in &page.plans {
        let partner_id = plan_partner(plan, &partner_names, report);
        let key = refs.make(format!("urbact:{slug}:plan:{}", fold(&plan.title)));
        if exists(db, Table::Plans, &key)? {
            out.existing.action_plans += 1;
            continue;
        }
        let input = ActionPlanInput {
            partner_id,
            title: plan.title.clone(),
            summary: plan.summary.clone(),
            status: PlanStatus::Final,
        };
        match insert_plan(db, network_id, &input, &Origin::Page(key.clone())) {
            Ok(_) => out.created.action_plans += 1,
            Err(err @ Error::Invalid { .. }) => refused(
                db, network_id, plan.line, &plan.text, &err, &slug, refs, &mut out, report,
            )?,
            Err(err) => return Err(err),
        }
    }

    report.warnings.extend(page.warnings.iter().cloned());
    for u in &page.unplaced {
        let key = refs.make(format!("urbact:{slug}:note:{}", fold(&u.text)));
        keep_note(
            db,
            Some(network_id),
            u,
            &key,
            &mut out.created,
            &mut out.existing,
        )?;
        warn(
            report,
            u.line,
            &u.text,
            WarningKind::Unplaced,
            format!(
                "not placed ({}); kept in the import notes of {}",
                u.reason, page.name
            ),
        );
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn save_partner(
    db: &mut Db,
    network_id: i64,
    p: &PartnerLine,
    code: &str,
    partners: &mut Vec<Saved>,
    out: &mut NetworkOutcome,
    refs: &mut Refs,
    slug: &str,
    report: &mut ImportReport,
) -> Result<bool> {
    let role = if p.lead {
        PartnerRole::LeadPartner
    } else {
        PartnerRole::Partner
    };
    save_partner_as(
        db, network_id, p, code, role, partners, out, refs, slug, report,
    )
}

#[allow(clippy::too_many_arguments)]
fn save_partner_as(
    db: &mut Db,
    network_id: i64,
    p: &PartnerLine,
    code: &str,
    role: PartnerRole,
    partners: &mut Vec<Saved>,
    out: &mut NetworkOutcome,
    refs: &mut Refs,
    slug: &str,
    report: &mut ImportReport,
) -> Result<bool> {
    let notes = p
        .address
        .as_ref()
        .map(|(_, a)| format!("Address: {a}"))
        .unwrap_or_default();
    let input = PartnerInput {
        name: p.name.clone(),
        country: code.to_string(),
        role,
        time_zone: String::new(),
        population: None,
        notes,
    };
    match create_partner(db, network_id, input) {
        Ok(saved) => {
            out.created.partners += 1;
            if let Some((line, address)) = &p.address {
                warn(
                    report,
                    *line,
                    address,
                    WarningKind::Inferred,
                    format!("read as the postal address of {} (it starts with its name and ends with its country); kept in the partner's notes", p.name),
                );
            }
            partners.push((saved.id, saved.name, saved.country));
            Ok(true)
        }
        Err(err @ Error::Invalid { .. }) => {
            refused(
                db, network_id, p.line, &p.text, &err, slug, refs, out, report,
            )?;
            Ok(false)
        }
        Err(err) => Err(err),
    }
}

#[allow(clippy::too_many_arguments)]
fn refused(
    db: &mut Db,
    network_id: i64,
    line: i64,
    text: &str,
    err: &Error,
    slug: &str,
    refs: &mut Refs,
    out: &mut NetworkOutcome,
    report: &mut ImportReport,
) -> Result<()> {
    let u = Unplaced {
        line,
        text: text.to_string(),
        reason: format!("refused: {err}"),
    };
    let key = refs.make(format!("urbact:{slug}:note:{}", fold(text)));
    keep_note(
        db,
        Some(network_id),
        &u,
        &key,
        &mut out.created,
        &mut out.existing,
    )?;
    warn(
        report,
        line,
        text,
        WarningKind::Refused,
        format!("cannot be saved ({err}); kept in the import notes"),
    );
    Ok(())
}

/// Who hosts a meeting held at a place the page names.
#[derive(Debug, PartialEq, Eq)]
enum Host {
    Partner(i64),
    /// Not a partner (or several places): the place is only the venue.
    Venue,
    /// A listed partner that could not be saved.
    Unsaved(String),
}

fn resolve_host(place: &str, partners: &[(i64, String)], unsaved: &[String]) -> Host {
    let key = fold(place);
    if let Some((id, _)) = partners.iter().find(|(_, n)| fold(n) == key) {
        return Host::Partner(*id);
    }
    let several = place
        .split(['/', ',', '&'])
        .flat_map(|p| p.split(" and "))
        .filter(|p| !p.trim().is_empty())
        .count()
        > 1;
    if several {
        return Host::Venue;
    }
    if let Some((id, _, _)) = match_partner(place, partners) {
        return Host::Partner(id);
    }
    if let Some(name) = unsaved
        .iter()
        .find(|n| match_partner(place, &[(0, (*n).clone())]).is_some())
    {
        return Host::Unsaved(name.clone());
    }
    Host::Venue
}

fn meeting_input(m: &MeetingDraft, host: Option<i64>) -> MeetingInput {
    let (schedule, status) = match &m.when {
        When::Days(span) => (
            ScheduleInput::AllDay {
                first: span.first,
                last: span.last,
            },
            MeetingStatus::Confirmed,
        ),
        When::Month {
            month,
            year,
            wording,
        } => (
            ScheduleInput::Undated {
                year: *year,
                month: Some(*month),
                wording: wording.clone(),
            },
            MeetingStatus::Tentative,
        ),
        When::Undated { wording } => (
            ScheduleInput::Undated {
                year: None,
                month: None,
                wording: wording.clone(),
            },
            MeetingStatus::Tentative,
        ),
    };
    MeetingInput {
        kind: m.kind,
        title: m.title.clone(),
        host_partner_id: host,
        venue: m.place.clone().unwrap_or_default(),
        mode: if m.online {
            MeetingMode::Online
        } else {
            MeetingMode::InPerson
        },
        online_url: String::new(),
        status,
        description: String::new(),
        schedule,
    }
}

/// The partner an action plan belongs to: the one its city line names, else the one its
/// title names (reported), else none (reported).
fn plan_partner(
    plan: &PlanEntry,
    partners: &[(i64, String)],
    report: &mut ImportReport,
) -> Option<i64> {
    if let Some(city) = &plan.city {
        return match_partner(&city.city, partners).map(|(id, _, _)| id);
    }
    let title = format!(" {} ", fold(&plan.title));
    let named: Vec<&(i64, String)> = partners
        .iter()
        .filter(|(_, n)| !fold(n).is_empty() && title.contains(&format!(" {} ", fold(n))))
        .collect();
    match named.as_slice() {
        [(id, name)] => {
            warn(
                report,
                plan.line,
                &plan.text,
                WarningKind::Inferred,
                format!("this action plan has no city line; it is linked to {name}, which its title names"),
            );
            Some(*id)
        }
        _ => {
            warn(
                report,
                plan.line,
                &plan.text,
                WarningKind::Unplaced,
                "this action plan has no city line and its title names no single partner; it is saved without a city".into(),
            );
            None
        }
    }
}

fn apply_practice(
    db: &mut Db,
    page: &PracticePage,
    refs: &mut Refs,
    report: &mut ImportReport,
) -> Result<()> {
    let mut key = format!("urbact:practice:{}", slugify(&page.title));
    if !page.city.is_empty() {
        key.push(':');
        key.push_str(&slugify(&page.city));
    }
    let key = refs.make(key);
    report.warnings.extend(page.warnings.iter().cloned());
    if exists(db, Table::Practices, &key)? {
        report.skipped_existing.practices += 1;
    } else {
        let input = PracticeInput {
            title: page.title.clone(),
            tagline: page.tagline.clone(),
            city: page.city.clone(),
            country: page.country.unwrap_or_default().to_string(),
            author: page.author.clone(),
            author_role: page.author_role.clone(),
            headline_figure: page.figure.clone(),
            is_transfer: page.is_transfer,
            sections: page.sections.clone(),
            network_ids: Vec::new(),
        };
        match insert_practice(db, &input, &Origin::Page(key.clone())) {
            Ok(_) => report.created.practices += 1,
            Err(err @ Error::Invalid { .. }) => {
                let u = Unplaced {
                    line: page.line,
                    text: page.title.clone(),
                    reason: format!("refused: {err}"),
                };
                let note_key = refs.make(format!("{key}:note:{}", fold(&page.title)));
                keep_note(
                    db,
                    None,
                    &u,
                    &note_key,
                    &mut report.created,
                    &mut report.skipped_existing,
                )?;
                warn(report, page.line, &page.title, WarningKind::Refused, format!("the good practice cannot be saved ({err}); its title is kept in the import notes"));
            }
            Err(err) => return Err(err),
        }
    }
    for u in &page.unplaced {
        let note_key = refs.make(format!("{key}:note:{}", fold(&u.text)));
        keep_note(
            db,
            None,
            u,
            &note_key,
            &mut report.created,
            &mut report.skipped_existing,
        )?;
        warn(
            report,
            u.line,
            &u.text,
            WarningKind::Unplaced,
            format!("not placed ({}); kept in the import notes", u.reason),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        assert_eq!(
            host("Basingstoke"),
            Host::Unsaved("Basingstoke and Deane".into())
        );
    }

    #[test]
    fn repeated_keys_stay_unique() {
        let mut refs = Refs::default();
        assert_eq!(refs.make("a".into()), "a");
        assert_eq!(refs.make("a".into()), "a#2");
        assert_eq!(refs.make("b".into()), "b");
    }
}
