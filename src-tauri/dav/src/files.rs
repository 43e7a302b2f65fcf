//! Plain WebDAV files: the network's `.ics` kept beside its calendar (for partners who can
//! only subscribe to an address) and action plans' `.convene-plan` files in a shared
//! folder. Every write is conditional (`If-Match` with the ETag last seen, or
//! `If-None-Match: *` for a new file), so two pushes never clobber each other.

use http::{Method, Request};
use serde::Serialize;

use convene_core::i18n::Message;
use convene_core::ical::export::{export_ics, ExportOptions, IcsSelection};
use convene_core::plan::exchange::{receive_plan, send_plan, ReceiveReport};
use convene_core::plan::find_plan;
use convene_core::publish::{self as core_publish, Account, PlanFile};
use convene_core::Db;
use libdav::dav::RequestError;

use crate::client::{Dav, TransportError};
use crate::error::{from_status, from_transport, DavError};
use crate::sync::{said, SyncReport};

fn absolute(dav: &Dav, path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        let base = dav.caldav.base_url().path();
        format!("{}/{}", base.trim_end_matches('/'), path)
    }
}

/// A request that reached no answer (DNS, refused, TLS, timeout), classified from the
/// client's own error: libdav's `RequestError::Client` does not give it as its source, so
/// classifying the wrapper would miss "refused" and say only "client error (Connect)".
fn unanswered(dav: &Dav, e: RequestError<TransportError>) -> DavError {
    match e {
        RequestError::Client(t) => from_transport(&dav.url, &dav.host, &t),
        RequestError::Http(b) => from_transport(&dav.url, &dav.host, b.as_ref()),
    }
}

/// GET: the body and ETag, or `None` when there is no such file.
pub async fn get_file(dav: &Dav, href: &str) -> Result<Option<(String, Option<String>)>, DavError> {
    let uri =
        dav.caldav.relative_uri(href).map_err(|e| DavError::Other { url: dav.url.clone(), detail: e.to_string() })?;
    let request = Request::builder().method(Method::GET).uri(uri).body(String::new()).expect("a valid request");
    let (head, body) = dav.caldav.request_raw(request).await.map_err(|e| unanswered(dav, e))?;
    if head.status == http::StatusCode::NOT_FOUND {
        return Ok(None);
    }
    if !head.status.is_success() {
        return Err(from_status(&dav.url, Message::new("dav-request-read-file").arg("href", href), head.status));
    }
    let etag = head.headers.get(http::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_string);
    let text = String::from_utf8(body.to_vec()).map_err(|_| DavError::Other {
        url: dav.url.clone(),
        detail: said(Message::new("dav-detail-not-utf8").arg("href", href)),
    })?;
    Ok(Some((text, etag)))
}

/// PUT with `If-Match: etag`, or `If-None-Match: *` when `etag` is `None`; the new ETag.
pub async fn put_file(
    dav: &Dav,
    href: &str,
    body: String,
    content_type: &str,
    etag: Option<&str>,
) -> Result<Option<String>, DavError> {
    let uri =
        dav.caldav.relative_uri(href).map_err(|e| DavError::Other { url: dav.url.clone(), detail: e.to_string() })?;
    let mut builder = Request::builder().method(Method::PUT).uri(uri).header(http::header::CONTENT_TYPE, content_type);
    builder = match etag {
        Some(etag) => builder.header(http::header::IF_MATCH, etag),
        None => builder.header(http::header::IF_NONE_MATCH, "*"),
    };
    let request = builder.body(body).expect("a valid request");
    let (head, _) = dav.caldav.request_raw(request).await.map_err(|e| unanswered(dav, e))?;
    if !head.status.is_success() {
        return Err(from_status(&dav.url, Message::new("dav-request-write-file").arg("href", href), head.status));
    }
    Ok(head.headers.get(http::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_string))
}

/// Writes the network's whole `.ics` (the export's bytes) at `path`.
pub(crate) async fn put_network_ics(
    dav: &Dav,
    db: &mut Db,
    network_id: i64,
    path: &str,
    report: &mut SyncReport,
) -> Result<(), DavError> {
    let network = convene_core::network::get_network(db, network_id)?;
    let selection = IcsSelection { network_id, ..Default::default() };
    let export = export_ics(db, &selection, &ExportOptions::new(&network.name, chrono::Utc::now()))?;
    let href = absolute(dav, path);
    let binding = core_publish::binding(db, network_id)?;
    let known = binding.filter(|b| b.ics_href.as_deref() == Some(href.as_str())).and_then(|b| b.ics_etag);
    report.requests += 1;
    let etag = match put_file(dav, &href, export.text.clone(), "text/calendar; charset=utf-8", known.as_deref()).await {
        Err(DavError::Status { status: 412, .. }) if known.is_none() => {
            // The file is there already but unknown to this computer: it is ours to keep
            // (a generated copy), so it is replaced after reading its ETag.
            report.requests += 2;
            let current = get_file(dav, &href).await?.and_then(|(_, e)| e);
            put_file(dav, &href, export.text, "text/calendar; charset=utf-8", current.as_deref()).await?
        }
        other => other?,
    };
    core_publish::set_ics_file(db, network_id, &href, etag.as_deref())?;
    report.ics_file = Some(href);
    Ok(())
}

/// What a plan push or pull did.
#[derive(Debug, Clone, Serialize)]
pub struct PlanTransfer {
    pub plan: String,
    pub href: String,
    pub etag: Option<String>,
    /// The three-way merge's report (pull only).
    pub received: Option<ReceiveReport>,
}

fn plan_href(dav: &Dav, folder: Option<&str>, slug: &str) -> String {
    let folder = absolute(dav, folder.unwrap_or(""));
    format!("{}/{slug}.convene-plan", folder.trim_end_matches('/'))
}

/// Writes the plan's `.convene-plan` file into the folder, never over a version this
/// computer has not read (412: pull first).
pub async fn push_plan(
    dav: &Dav,
    db: &mut Db,
    plan_key: &str,
    account: &Account,
    folder: Option<&str>,
) -> Result<PlanTransfer, DavError> {
    let plan = find_plan(db, plan_key)?;
    let known = core_publish::plan_file(db, plan.id)?;
    let href = match (folder, &known) {
        (None, Some(k)) => k.href.clone(),
        _ => plan_href(dav, folder, &plan.uuid),
    };
    let etag_known = known.filter(|k| k.href == href).and_then(|k| k.etag);
    let text = send_plan(db, plan.id)?;
    let etag = match put_file(dav, &href, text, "application/json", etag_known.as_deref()).await {
        Err(DavError::Status { status: 412, .. }) => {
            return Err(DavError::Core(convene_core::Error::conflict(
                Message::new("error-plan-file-changed-on-server")
                    .arg("href", &href)
                    .arg("plan", plan_key.to_string())
                    .arg("account", &account.name),
            )))
        }
        other => other?,
    };
    core_publish::set_plan_file(
        db,
        &PlanFile { plan_id: plan.id, account_id: account.id, href: href.clone(), etag: etag.clone() },
    )?;
    Ok(PlanTransfer { plan: plan.title, href, etag, received: None })
}

/// Reads the plan's file from the folder and merges it (the plan exchange's three-way merge).
pub async fn pull_plan(
    dav: &Dav,
    db: &mut Db,
    plan_key: &str,
    account: &Account,
    folder: Option<&str>,
) -> Result<PlanTransfer, DavError> {
    let plan = find_plan(db, plan_key)?;
    let href = match (folder, core_publish::plan_file(db, plan.id)?) {
        (None, Some(k)) => k.href,
        _ => plan_href(dav, folder, &plan.uuid),
    };
    let Some((text, etag)) = get_file(dav, &href).await? else {
        return Err(DavError::Core(convene_core::Error::not_found(
            Message::new("dav-no-plan-file")
                .arg("href", &href)
                .arg("server", &account.url)
                .arg("plan", plan_key)
                .arg("account", &account.name),
        )));
    };
    let received = receive_plan(db, &text)?;
    core_publish::set_plan_file(
        db,
        &PlanFile { plan_id: plan.id, account_id: account.id, href: href.clone(), etag: etag.clone() },
    )?;
    Ok(PlanTransfer { plan: plan.title, href, etag, received: Some(received) })
}
