//! Discovery, publish and pull against a CalDAV server, following the decisions of
//! [`convene_core::publish`].
//!
//! A publish is: find or create the network's calendar (MKCALENDAR with the network's name
//! and a colour), read the server's changes ([`pull`]: sync-collection from the remembered
//! token, everything when the server refuses the token; where the server has no
//! sync-collection, its calendar's `getctag` and, when that moved, a listing of every
//! event's ETag), then write Convene's changes, at most [`PARALLEL_REQUESTS`] at a time. An
//! unchanged re-publish is one request (the sync-collection, or the ctag). Only what the server confirmed is
//! remembered, so a run cut short is completed by the next one; local meetings change only
//! through a server change that was taken, or never when a request fails.
//!
//! The report's summary and lines ([`SyncReport`]) are sentences of `dav.ftl` written in the
//! process's language when they are made ([`said`]: the CLI's `--lang`, the window's
//! choice), as the core writes what the server changed in a meeting; its counts are numbers
//! for scripts.

use std::collections::{HashMap, HashSet};

use futures_util::stream::{self, StreamExt};
use libdav::caldav::{CalendarComponent, CreateCalendar, FindCalendarHomeSet, FindCalendars, GetCalendarResources};
use libdav::dav::{Delete, GetProperty, ListResources, PutResource, SyncCollection, WebDavError};
use libdav::names;
use serde::Serialize;

use convene_core::i18n::{self, Message};
use convene_core::publish::{
    self as core_publish, Account, Binding, Listing, LocalResource, NewConflict, Remembered, RemoteDecision, Write,
};
use convene_core::Db;

use crate::client::{Dav, TransportError};
use crate::error::{from_status, from_transport, DavError};

/// At most this many requests at once during a publish.
pub const PARALLEL_REQUESTS: usize = 8;

const ICS: &str = "text/calendar; charset=utf-8";

impl Dav {
    /// The failure of the request `what` (a `dav-request-*` message).
    pub(crate) fn fail(&self, what: Message, e: WebDavError<TransportError>) -> DavError {
        use libdav::dav::RequestError;
        match e {
            WebDavError::Request(RequestError::Client(t)) => from_transport(&self.url, &self.host, &t),
            WebDavError::Request(RequestError::Http(b)) => from_transport(&self.url, &self.host, b.as_ref()),
            WebDavError::BadStatusCode(s) => from_status(&self.url, what, s),
            WebDavError::PreconditionFailed(_) => from_status(&self.url, what, http::StatusCode::PRECONDITION_FAILED),
            WebDavError::Xml(x) => DavError::NotCalDav {
                url: self.url.clone(),
                detail: said(Message::new("dav-detail-not-webdav-xml").arg("what", what).arg("detail", x.to_string())),
            },
            other => DavError::Other {
                url: self.url.clone(),
                detail: said(Message::new("dav-detail-request").arg("what", what).arg("detail", other.to_string())),
            },
        }
    }
}

/// `message` in the process's language (the CLI's `--lang`, the window's choice): the
/// report's lines and Convene's own causes of a failure are sentences a person reads.
pub(crate) fn said(message: Message) -> String {
    message.render(i18n::current())
}

fn is_precondition_failed(e: &WebDavError<TransportError>) -> bool {
    matches!(e, WebDavError::PreconditionFailed(_))
        || matches!(e, WebDavError::BadStatusCode(s) if *s == http::StatusCode::PRECONDITION_FAILED)
        || e.to_string().contains("412")
}

/// What discovery found on the server.
#[derive(Debug, Clone, Serialize)]
pub struct Discovery {
    pub principal: String,
    pub calendar_home: String,
    /// (href, display name)
    pub calendars: Vec<(String, Option<String>)>,
}

/// RFC 6764's well-known address when the account names only a server, then the current
/// user's principal and its calendar home; lists the calendars there.
pub async fn discover(dav: &mut Dav) -> Result<Discovery, DavError> {
    let base = dav.caldav.base_url().clone();
    let given = dav.caldav.clone();
    if base.path() == "/" || base.path().is_empty() {
        let service = if base.scheme_str() == Some("https") {
            libdav::sd::DiscoverableService::CalDavs
        } else {
            libdav::sd::DiscoverableService::CalDav
        };
        let port = base.port_u16().unwrap_or(service.default_port());
        if let Ok(Some(found)) = dav.caldav.find_context_path(service, &dav.host, port).await {
            dav.caldav = libdav::CalDavClient::new(libdav::dav::WebDavClient::new(found, dav.http.clone()));
        }
    }
    let mut lookup = dav.caldav.find_current_user_principal().await;
    if lookup.is_err() && dav.caldav.base_url() != given.base_url() {
        // The well-known address led somewhere that is not the DAV root (Radicale's web
        // page, say): the address as given is used instead.
        dav.caldav = given;
        lookup = dav.caldav.find_current_user_principal().await;
    }
    let principal = match lookup {
        Ok(Some(p)) => p.path().to_string(),
        Ok(None) => dav.caldav.base_url().path().to_string(),
        Err(libdav::dav::FindCurrentUserPrincipalError::RequestError(e)) => {
            return Err(dav.fail(Message::new("dav-request-principal"), e))
        }
        Err(e) => return Err(DavError::NotCalDav { url: dav.url.clone(), detail: e.to_string() }),
    };
    let homes = dav
        .caldav
        .request(FindCalendarHomeSet::new(&principal))
        .await
        .map_err(|e| dav.fail(Message::new("dav-request-calendar-home"), e))?;
    let Some(home) = homes.home_sets.into_iter().next() else {
        return Err(DavError::NotCalDav {
            url: dav.url.clone(),
            detail: said(Message::new("dav-detail-no-calendar-home").arg("principal", &principal)),
        });
    };
    let home = home.path().to_string();
    let found = dav
        .caldav
        .request(FindCalendars::new(&home))
        .await
        .map_err(|e| dav.fail(Message::new("dav-request-calendars"), e))?;
    let calendars = found
        .calendars
        .into_iter()
        .map(|c| {
            let name = c.properties.iter().find(|(p, _)| **p == names::DISPLAY_NAME).and_then(|(_, v)| v.clone());
            (c.href, name)
        })
        .collect();
    Ok(Discovery { principal, calendar_home: home, calendars })
}

/// Options of a publish.
#[derive(Debug, Clone, Default)]
pub struct PublishOptions {
    /// The calendar's display name; the network's name when `None`.
    pub calendar: Option<String>,
    /// Also keep a plain `.ics` of the network at this path (absolute, or relative to the
    /// account's address).
    pub ics_file: Option<String>,
}

/// What a publish or pull did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncReport {
    pub network: String,
    pub calendar_href: String,
    pub calendar_created: bool,
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    /// Meetings changed or created from the server: one line each, with what changed.
    pub taken_from_server: Vec<String>,
    /// Events deleted on the server that are still here (a conflict each; see `conflicts`).
    pub deleted_on_server: Vec<String>,
    /// New conflicts (both sides changed): nothing was written for them.
    pub conflicts: Vec<String>,
    pub warnings: Vec<String>,
    /// HTTP requests made.
    pub requests: usize,
    pub ics_file: Option<String>,
}

impl SyncReport {
    /// One sentence in the process's language: created, updated, deleted, taken from the
    /// server, conflicts to settle.
    pub fn summary(&self) -> String {
        said(self.summary_message())
    }

    /// The summary as a catalogue message (`dav-summary`).
    pub fn summary_message(&self) -> Message {
        Message::new("dav-summary")
            .arg("network", &self.network)
            .arg("created", self.created)
            .arg("updated", self.updated)
            .arg("deleted", self.deleted)
            .arg("taken", self.taken_from_server.len())
            .arg("conflicts", self.conflicts.len() + self.deleted_on_server.len())
    }
}

fn colour_of(slug: &str) -> String {
    const PALETTE: [&str; 8] = ["#1F77B4", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#17BECF", "#BCBD22"];
    let sum: usize = slug.bytes().map(usize::from).sum();
    PALETTE[sum % PALETTE.len()].to_string()
}

async fn ensure_calendar(
    dav: &mut Dav,
    network: &convene_core::network::Network,
    name: &str,
    report: &mut SyncReport,
) -> Result<String, DavError> {
    let found = discover(dav).await?;
    report.requests += 3;
    if let Some((href, _)) = found.calendars.iter().find(|(_, n)| n.as_deref() == Some(name)) {
        return Ok(href.clone());
    }
    let home = if found.calendar_home.ends_with('/') {
        found.calendar_home.clone()
    } else {
        format!("{}/", found.calendar_home)
    };
    let colour = colour_of(&network.slug);
    for attempt in 1..=5 {
        let href = match attempt {
            1 => format!("{home}{}/", network.slug),
            n => format!("{home}{}-{n}/", network.slug),
        };
        if found.calendars.iter().any(|(h, _)| *h == href) {
            continue;
        }
        let request = CreateCalendar::new(&href)
            .with_display_name(name)
            .with_colour(&colour)
            .with_components(&[CalendarComponent::VEvent]);
        report.requests += 1;
        match dav.caldav.request(request).await {
            Ok(_) => {
                report.calendar_created = true;
                return Ok(href);
            }
            Err(WebDavError::BadStatusCode(s)) if s.as_u16() == 405 || s.as_u16() == 409 => continue,
            Err(e) => return Err(dav.fail(Message::new("dav-request-create-calendar"), e)),
        }
    }
    let detail = said(Message::new("dav-detail-no-free-calendar-name").arg("home", home));
    Err(DavError::Other { url: dav.url.clone(), detail })
}

/// An href as libdav gives those of listings (only reserved characters percent-encoded), so
/// that the hrefs Convene wrote compare equal to the server's (`%40` and `@` alike).
fn normal(href: &str) -> String {
    libdav::encoding::normalise_percent_encoded(href).map(|h| h.into_owned()).unwrap_or_else(|_| href.to_string())
}

fn to_listing(changed: Vec<libdav::dav::ListedResource>, deleted: Vec<String>, complete: bool, home: &str) -> Listing {
    let changed = changed
        .into_iter()
        .filter(|r| r.href.trim_end_matches('/') != home.trim_end_matches('/') && !r.href.ends_with('/'))
        .map(|r| (normal(&r.href), r.etag))
        .collect();
    Listing { complete, changed, deleted: deleted.iter().map(|h| normal(h)).collect() }
}

/// The CalendarServer extension's collection tag: it changes whenever anything in the
/// calendar changes. Read where the server has no sync-collection.
const GETCTAG: libdav::PropertyName<'static, 'static> = libdav::PropertyName::new(names::CALENDAR_SERVER, "getctag");

/// Where the next sync starts from, as the server gave it with a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ChangeMark {
    /// RFC 6578's sync token.
    SyncToken(String),
    /// The server has no sync-collection: the calendar's `getctag` (`None`: no ctag either,
    /// so every sync lists the calendar).
    Ctag(Option<String>),
}

/// A failure that no other way of listing would get past: no connection, a wrong
/// password, a calendar that is not there, a server error (5xx but 501 Not Implemented:
/// one that may pass, so it must not make Convene forget sync-collection for good).
fn is_fatal(e: &WebDavError<TransportError>) -> bool {
    matches!(e, WebDavError::Request(_))
        || matches!(e, WebDavError::BadStatusCode(s)
            if s.as_u16() == 401 || s.as_u16() == 404 || (s.is_server_error() && s.as_u16() != 501))
}

/// The server's listing of the calendar and where the next sync starts from.
///
/// A server with sync-collection (RFC 6578) gives a delta from the remembered token (one
/// request), or everything when it refuses the token. A server that refuses the report
/// (403 with `DAV:supported-report`, 501, 400, or an answer without a sync token) is
/// remembered as such and asked for the calendar's `getctag` instead (PROPFIND, Depth 0):
/// the same ctag as last time means nothing changed (one request); another one, or none,
/// means a Depth-1 PROPFIND of every event's ETag, a complete listing from which changed
/// and removed events are found. The ctag is read before the listing, so a change made
/// between the two is listed again next time rather than missed.
async fn listing(dav: &Dav, binding: &Binding, report: &mut SyncReport) -> Result<(Listing, ChangeMark), DavError> {
    let href = binding.href.as_str();
    if !binding.without_sync_collection {
        if let Some(token) = &binding.sync_token {
            report.requests += 1;
            match dav.caldav.request(SyncCollection::new(href).with_sync_token(token)).await {
                Ok(r) => {
                    return Ok((to_listing(r.changed, r.deleted, false, href), ChangeMark::SyncToken(r.new_sync_token)))
                }
                Err(e) if is_fatal(&e) => return Err(dav.fail(Message::new("dav-request-calendar-changes"), e)),
                Err(_) => {} // the token refused, or sync no longer offered: from no token below
            }
        }
        report.requests += 1;
        match dav.caldav.request(SyncCollection::new(href)).await {
            Ok(r) => {
                return Ok((to_listing(r.changed, r.deleted, true, href), ChangeMark::SyncToken(r.new_sync_token)))
            }
            Err(e @ WebDavError::Request(_)) => return Err(dav.fail(Message::new("dav-request-calendar"), e)),
            Err(WebDavError::BadStatusCode(s)) if is_fatal(&WebDavError::BadStatusCode(s)) => {
                return Err(from_status(&dav.url, Message::new("dav-request-calendar-at").arg("href", href), s))
            }
            // 403 with DAV:supported-report, 501, 400, an answer without a sync token: no
            // sync-collection on this server; the ctag below, from now on.
            Err(_) => {}
        }
    }
    report.requests += 1;
    let ctag = match dav.caldav.request(GetProperty::new(href, &GETCTAG)).await {
        Ok(r) => r.value,
        Err(e @ WebDavError::Request(_)) => return Err(dav.fail(Message::new("dav-request-calendar"), e)),
        Err(WebDavError::BadStatusCode(s)) if s.as_u16() == 401 => {
            return Err(from_status(&dav.url, Message::new("dav-request-calendar-at").arg("href", href), s))
        }
        Err(_) => None, // no ctag either: every sync lists the calendar
    };
    if binding.without_sync_collection && ctag.is_some() && ctag == binding.ctag {
        return Ok((Listing::default(), ChangeMark::Ctag(ctag)));
    }
    report.requests += 1;
    let all = dav
        .caldav
        .request(ListResources::new(href))
        .await
        .map_err(|e| dav.fail(Message::new("dav-request-calendar-listing"), e))?;
    Ok((to_listing(all.resources, Vec::new(), true, href), ChangeMark::Ctag(ctag)))
}

fn account_binding(db: &Db, network_id: i64, account: &Account) -> Result<Option<Binding>, DavError> {
    match core_publish::binding(db, network_id)? {
        Some(b) if b.account_id != account.id => {
            let other = core_publish::get_account(db, b.account_id)?;
            Err(DavError::Core(convene_core::Error::conflict(
                Message::new("error-published-with-other-account")
                    .arg("other", &other.name)
                    .arg("account", &account.name),
            )))
        }
        b => Ok(b),
    }
}

/// Reads the server's changes into the network (the first step of every publish).
async fn take_server_changes(
    dav: &Dav,
    db: &mut Db,
    binding: &Binding,
    report: &mut SyncReport,
) -> Result<(), DavError> {
    let network_id = binding.network_id;
    let (listing, mark) = listing(dav, binding, report).await?;
    let mut remembered = core_publish::remembered(db, network_id)?;
    for r in remembered.values_mut() {
        r.href = normal(&r.href);
    }
    let changes = core_publish::reconcile::reconcile_listing(&remembered, &listing);
    for (uid, etag) in &changes.adopt_etag {
        if let Some(r) = remembered.get(uid) {
            core_publish::remember(db, network_id, &Remembered { etag: Some(etag.clone()), ..r.clone() })?;
        }
    }
    let local: HashMap<String, LocalResource> =
        core_publish::local_resources(db, network_id)?.into_iter().map(|l| (l.uid.clone(), l)).collect();
    let by_href: HashMap<&str, &Remembered> = remembered.values().map(|r| (r.href.as_str(), r)).collect();
    if !changes.fetch.is_empty() {
        report.requests += 1;
        let hrefs: Vec<&str> = changes.fetch.iter().map(|f| f.href.as_str()).collect();
        let fetched = dav
            .caldav
            .request(GetCalendarResources::new(&binding.href).with_hrefs(hrefs))
            .await
            .map_err(|e| dav.fail(Message::new("dav-request-changed-events"), e))?;
        for resource in fetched.resources {
            let Ok(content) = resource.content else { continue };
            let uids = match core_publish::apply::event_uids(&content.data) {
                Ok(u) if !u.is_empty() => u,
                _ => {
                    report.warnings.push(said(Message::new("dav-no-readable-event").arg("href", &resource.href)));
                    continue;
                }
            };
            let href = normal(&resource.href);
            let uid = by_href.get(href.as_str()).map(|r| r.uid.clone()).unwrap_or_else(|| uids[0].clone());
            let here = local.get(&uid);
            let known = remembered.get(&uid);
            let remote_fp = core_publish::apply::remote_fingerprint(&content.data);
            let decision = match known {
                // A series on the server is the server's: its changes are taken.
                Some(k) if k.from_series => RemoteDecision::Accept,
                _ => core_publish::decide_fetched(here, known, &remote_fp),
            };
            match decision {
                RemoteDecision::AlreadyHere => core_publish::remember(
                    db,
                    network_id,
                    &Remembered {
                        uid,
                        href: href.clone(),
                        etag: Some(content.etag.clone()),
                        fingerprint: remote_fp,
                        from_series: false,
                    },
                )?,
                RemoteDecision::Conflict => {
                    let title = here.map(|l| l.title.clone()).unwrap_or_else(|| uid.clone());
                    core_publish::record_conflict(
                        db,
                        network_id,
                        &NewConflict {
                            uid: uid.clone(),
                            href: href.clone(),
                            title: title.clone(),
                            local_ics: here.map(|l| l.text.clone()),
                            remote_ics: Some(content.data.clone()),
                            remote_etag: Some(content.etag.clone()),
                        },
                    )?;
                    report.conflicts.push(said(Message::new("dav-changed-on-both-sides").arg("title", &title)));
                }
                RemoteDecision::Accept => match core_publish::accept_remote(db, network_id, &content.data) {
                    Ok(applied) => {
                        // Occurrences of the server's series changed or deleted here are
                        // replaced by the series (it is the server's); said, not silent.
                        let replaced = remembered
                            .values()
                            .filter(|r| r.from_series && r.href == href)
                            .filter(|r| local.get(&r.uid).is_none_or(|l| l.fingerprint != r.fingerprint));
                        for r in replaced {
                            let title = local.get(&r.uid).map(|l| l.title.clone()).unwrap_or_else(|| r.uid.clone());
                            report.taken_from_server.push(said(
                                Message::new("dav-series-replaced-here")
                                    .arg("title", title)
                                    .arg("date", occurrence_date(&r.uid)),
                            ));
                        }
                        for a in &applied {
                            core_publish::remember(
                                db,
                                network_id,
                                &Remembered {
                                    uid: a.uid.clone(),
                                    href: href.clone(),
                                    etag: Some(content.etag.clone()),
                                    fingerprint: a.fingerprint.clone(),
                                    from_series: a.series.is_some(),
                                },
                            )?;
                        }
                        report.taken_from_server.extend(taken_lines(&applied));
                    }
                    Err(e) => report.warnings.push(said(
                        Message::new("dav-not-taken")
                            .arg("href", &resource.href)
                            .arg("error", e.message(i18n::current())),
                    )),
                },
            }
        }
    }
    for uid in &changes.gone {
        let Some(r) = remembered.get(uid) else { continue };
        match local.get(uid) {
            Some(l) => {
                core_publish::record_conflict(
                    db,
                    network_id,
                    &NewConflict {
                        uid: uid.clone(),
                        href: r.href.clone(),
                        title: l.title.clone(),
                        local_ics: Some(l.text.clone()),
                        remote_ics: None,
                        remote_etag: None,
                    },
                )?;
                report.deleted_on_server.push(said(Message::new("dav-deleted-on-server").arg("title", &l.title)));
            }
            None => core_publish::forget(db, network_id, uid)?,
        }
    }
    match mark {
        ChangeMark::SyncToken(token) => core_publish::set_sync_token(db, network_id, Some(&token))?,
        ChangeMark::Ctag(ctag) => core_publish::set_ctag(db, network_id, ctag.as_deref())?,
    }
    Ok(())
}

/// `<uid>/20270112` (an occurrence as the importer names it) as `2027-01-12`; the UID as it
/// is otherwise.
fn occurrence_date(uid: &str) -> String {
    match uid.rsplit_once('/') {
        Some((_, d)) if d.len() >= 8 && d.as_bytes()[..8].iter().all(u8::is_ascii_digit) => {
            format!("{}-{}-{}", &d[0..4], &d[4..6], &d[6..8])
        }
        _ => uid.to_string(),
    }
}

/// The report's lines for what was taken from one server resource: one a meeting, and one
/// a series on the server (how many of its occurrences were made or updated here), each
/// with who and when as far as the event says.
fn taken_lines(applied: &[core_publish::apply::RemoteApplied]) -> Vec<String> {
    let with_provenance = |line: Message, provenance: &[String]| {
        if provenance.is_empty() {
            said(line)
        } else {
            said(Message::new("dav-line-with-provenance").arg("line", said(line)).arg("details", provenance.join("; ")))
        }
    };
    let mut lines = Vec::new();
    let mut series_done: HashSet<&str> = HashSet::new();
    for a in applied {
        if let Some(series) = &a.series {
            if !series_done.insert(series) {
                continue;
            }
            let all: Vec<_> = applied.iter().filter(|o| o.series.as_ref() == Some(series)).collect();
            let made = all.iter().filter(|o| o.created).count();
            let updated = all.iter().filter(|o| !o.created && !o.changes.is_empty()).count();
            if made > 0 {
                let line = Message::new("dav-series-on-server").arg("title", &a.title).arg("count", made);
                lines.push(with_provenance(line, &a.provenance));
            }
            if updated > 0 || made == 0 {
                let line = Message::new("dav-series-changed-on-server").arg("title", &a.title).arg("count", updated);
                lines.push(with_provenance(line, &a.provenance));
            }
            continue;
        }
        let line = if a.created {
            Message::new("dav-created-on-server").arg("title", &a.title)
        } else if a.changes.is_empty() {
            Message::new("dav-rewritten-on-server").arg("title", &a.title)
        } else {
            Message::new("dav-changed-on-server").arg("title", &a.title).arg("changes", a.changes.join("; "))
        };
        lines.push(with_provenance(line, &a.provenance));
    }
    lines
}

/// Reads the server's changes into a network already published (`convene pull`).
pub async fn pull(dav: &mut Dav, db: &mut Db, network_id: i64, account: &Account) -> Result<SyncReport, DavError> {
    let network = convene_core::network::get_network(db, network_id)?;
    let Some(binding) = account_binding(db, network_id, account)? else {
        return Err(DavError::Core(convene_core::Error::invalid(
            "network",
            Message::new("dav-network-not-published").arg("network", &network.name).arg("slug", &network.slug),
        )));
    };
    let mut report =
        SyncReport { network: network.name.clone(), calendar_href: binding.href.clone(), ..Default::default() };
    take_server_changes(dav, db, &binding, &mut report).await?;
    let last = said(Message::new("dav-last-result-pull").arg("summary", report.summary()));
    core_publish::set_last_result(db, network_id, &last)?;
    Ok(report)
}

enum Outcome {
    Written { uid: String, href: String, etag: Option<String>, created: bool },
    Deleted { uid: String },
    Precondition { write: Write },
    Failed(DavError),
}

async fn perform(dav: &Dav, write: Write, texts: &HashMap<String, LocalResource>) -> Outcome {
    let result = match &write {
        Write::Create { href, uid } => {
            let text = texts[uid].text.clone();
            dav.caldav.request(PutResource::new(href).create(text, ICS)).await.map(|r| r.etag)
        }
        Write::Update { href, uid, etag } => {
            let text = texts[uid].text.clone();
            match etag {
                Some(etag) => {
                    dav.caldav.request(PutResource::new(href).update(text, ICS, etag.clone())).await.map(|r| r.etag)
                }
                None => dav.caldav.request(PutResource::new(href).update(text, ICS, "*")).await.map(|r| r.etag),
            }
        }
        Write::Delete { href, etag, .. } => match etag {
            Some(etag) => dav.caldav.request(Delete::new(href).with_etag(etag.clone())).await.map(|_| None),
            None => dav.caldav.request(Delete::new(href).force()).await.map(|_| None),
        },
    };
    match result {
        Ok(etag) => match write {
            Write::Create { uid, href } => Outcome::Written { uid, href, etag, created: true },
            Write::Update { uid, href, .. } => Outcome::Written { uid, href, etag, created: false },
            Write::Delete { uid, .. } => Outcome::Deleted { uid },
        },
        Err(WebDavError::BadStatusCode(s)) if s.as_u16() == 404 && matches!(write, Write::Delete { .. }) => {
            Outcome::Deleted { uid: write.uid().to_string() }
        }
        Err(e) if is_precondition_failed(&e) => Outcome::Precondition { write },
        Err(e) => Outcome::Failed(dav.fail(
            Message::new(match write {
                Write::Create { .. } => "dav-request-create-event",
                Write::Update { .. } => "dav-request-update-event",
                Write::Delete { .. } => "dav-request-delete-event",
            }),
            e,
        )),
    }
}

/// Publishes the network's meetings to its calendar on the account's server; see the
/// module docs. On a failure, what the server confirmed before it is remembered and the
/// error returned; the next publish completes the rest.
pub async fn publish(
    dav: &mut Dav,
    db: &mut Db,
    network_id: i64,
    account: &Account,
    options: &PublishOptions,
) -> Result<SyncReport, DavError> {
    let network = convene_core::network::get_network(db, network_id)?;
    let name = options.calendar.clone().unwrap_or_else(|| network.name.clone());
    let mut report = SyncReport { network: network.name.clone(), ..Default::default() };
    let binding = match account_binding(db, network_id, account)? {
        Some(b) if options.calendar.as_ref().is_none_or(|c| *c == b.display_name) => b,
        _ => {
            let href = ensure_calendar(dav, &network, &name, &mut report).await?;
            core_publish::bind_calendar(db, network_id, account.id, &href, &name)?;
            core_publish::binding(db, network_id)?.expect("just bound")
        }
    };
    report.calendar_href = binding.href.clone();
    take_server_changes(dav, db, &binding, &mut report).await?;

    let local = core_publish::local_resources(db, network_id)?;
    let remembered = core_publish::remembered(db, network_id)?;
    let in_conflict: HashSet<String> =
        core_publish::list_conflicts(db, Some(network_id))?.into_iter().map(|c| c.uid).collect();
    let writes = core_publish::plan_writes(&binding.href, &local, &remembered, &in_conflict);
    for uid in core_publish::series_changed_here(&local, &remembered) {
        let date = occurrence_date(&uid);
        let line = match local.iter().find(|l| l.uid == uid) {
            Some(l) => Message::new("dav-series-not-published").arg("title", &l.title).arg("date", date),
            None => Message::new("dav-series-deleted-here").arg("date", date),
        };
        report.warnings.push(said(line));
    }
    let texts: HashMap<String, LocalResource> = local.into_iter().map(|l| (l.uid.clone(), l)).collect();
    report.requests += writes.len();
    let dav_ref = &*dav;
    let outcomes: Vec<Outcome> = stream::iter(writes.into_iter().map(|w| perform(dav_ref, w, &texts)))
        .buffer_unordered(PARALLEL_REQUESTS)
        .collect()
        .await;
    let mut failure = None;
    for outcome in outcomes {
        match outcome {
            Outcome::Written { uid, href, etag, created } => {
                let fingerprint = texts[&uid].fingerprint.clone();
                let href = normal(&href);
                core_publish::remember(
                    db,
                    network_id,
                    &Remembered { uid, href, etag, fingerprint, from_series: false },
                )?;
                if created {
                    report.created += 1;
                } else {
                    report.updated += 1;
                }
            }
            Outcome::Deleted { uid } => {
                core_publish::forget(db, network_id, &uid)?;
                report.deleted += 1;
            }
            Outcome::Precondition { write } => {
                let uid = write.uid().to_string();
                let here = texts.get(&uid);
                let href = match &write {
                    Write::Create { href, .. } | Write::Update { href, .. } | Write::Delete { href, .. } => {
                        href.clone()
                    }
                };
                report.requests += 1;
                let remote = dav
                    .caldav
                    .request(GetCalendarResources::new(&binding.href).with_hrefs([href.as_str()]))
                    .await
                    .ok()
                    .and_then(|r| r.resources.into_iter().next())
                    .and_then(|r| r.content.ok());
                let title = here.map(|l| l.title.clone()).unwrap_or_else(|| uid.clone());
                core_publish::record_conflict(
                    db,
                    network_id,
                    &NewConflict {
                        uid,
                        href,
                        title: title.clone(),
                        local_ics: here.map(|l| l.text.clone()),
                        remote_ics: remote.as_ref().map(|c| c.data.clone()),
                        remote_etag: remote.map(|c| c.etag),
                    },
                )?;
                report.conflicts.push(said(Message::new("dav-changed-meanwhile").arg("title", &title)));
            }
            Outcome::Failed(e) => {
                failure.get_or_insert(e);
            }
        }
    }
    if let Some(e) = failure {
        let last = said(Message::new("dav-last-result-failed").arg("error", e.message()));
        core_publish::set_last_result(db, network_id, &last)?;
        return Err(e);
    }
    if let Some(path) = &options.ics_file {
        crate::files::put_network_ics(dav, db, network_id, path, &mut report).await?;
    }
    core_publish::set_last_result(db, network_id, &report.summary())?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_core::i18n::Locale;

    fn report(created: usize, conflicts: usize) -> SyncReport {
        SyncReport {
            network: "IoTXchange".into(),
            created,
            updated: 1,
            taken_from_server: vec!["\"Kick-off\" was changed on the server: title".into()],
            conflicts: vec!["\"Study visit\" changed both here and on the server".into(); conflicts],
            ..Default::default()
        }
    }

    #[test]
    fn the_summary_counts_in_each_language_s_words_and_plural_forms() {
        let said = |r: &SyncReport, locale| r.summary_message().render(locale);
        assert_eq!(
            said(&report(3, 0), Locale::En),
            "IoTXchange: 3 created, 1 updated, 0 deleted on the server; 1 taken from the server."
        );
        assert_eq!(
            said(&report(3, 1), Locale::En),
            "IoTXchange: 3 created, 1 updated, 0 deleted on the server; 1 taken from the server; \
             1 conflict to resolve (convene conflicts)."
        );
        assert_eq!(
            said(&report(3, 2), Locale::De),
            "IoTXchange: 3 angelegt, 1 geändert, 0 gelöscht auf dem Server; 1 vom Server übernommen; \
             2 Konflikte zu klären (convene conflicts)."
        );
        assert!(said(&report(1, 0), Locale::Fr).starts_with("IoTXchange : 1 réunion créée, 1 modifiée"));
        assert!(said(&report(3, 5), Locale::Pl).ends_with("; 5 konfliktów do rozstrzygnięcia (convene conflicts)."));
    }

    #[test]
    fn only_a_refused_report_makes_a_server_count_as_one_without_sync_collection() {
        use http::StatusCode;
        let status = |code: u16| WebDavError::<TransportError>::BadStatusCode(StatusCode::from_u16(code).unwrap());
        for refused in [403, 501, 400, 405] {
            assert!(!is_fatal(&status(refused)), "{refused}: the ctag and a listing instead");
        }
        assert!(!is_fatal(&WebDavError::InvalidResponse("missing DAV:sync-token in response".into())));
        for fatal in [401, 404, 500, 502, 503] {
            assert!(is_fatal(&status(fatal)), "{fatal}: an error, and sync-collection is asked again next time");
        }
    }

    #[test]
    fn a_server_error_reads_in_the_person_s_language_and_its_display_stays_english() {
        let e = from_status(
            "https://cloud.example.org/dav",
            Message::new("dav-request-create-event"),
            http::StatusCode::FORBIDDEN,
        );
        assert!(e.to_string().contains("answered 403 to creating an event (PUT)"), "{e}");
        let german = e.message().render(Locale::De);
        assert!(german.contains("hat mit 403 auf das Anlegen eines Termins (PUT) geantwortet"), "{german}");
    }
}
