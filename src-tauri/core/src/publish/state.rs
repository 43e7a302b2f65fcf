//! What this computer remembers about servers (migration 0008): accounts without their
//! passwords, the calendar each network is published to, each published meeting's href,
//! ETag and fingerprint, the open conflicts, and each shared plan file.
//!
//! None of it is carried by the JSON export: it describes this computer's view of a server
//! (an ETag from here means nothing to another copy of the data), and an account's
//! password lives in this computer's keyring. Moving a database to another computer and
//! publishing again binds it afresh.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::store::{now_text, Db};

/// A CalDAV/WebDAV account. There is no password field, on purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub user: String,
    pub ca_file: Option<String>,
    pub created_at: String,
}

/// What `account add` takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountInput {
    pub name: String,
    pub url: String,
    pub user: String,
    pub ca_file: Option<String>,
}

const MAX_NAME: usize = 100;
const MAX_URL: usize = 2000;

fn validate_account(input: &AccountInput) -> Result<()> {
    let name = input.name.trim();
    if name.is_empty() {
        return Err(Error::invalid("name", Message::new("error-account-needs-name")));
    }
    if name.chars().count() > MAX_NAME {
        return Err(Error::invalid("name", Message::new("error-account-name-too-long").arg("max", MAX_NAME)));
    }
    let url = input.url.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    match rest {
        None => return Err(Error::invalid("url", Message::new("error-account-url-not-web").arg("url", url))),
        Some(host) if host.is_empty() || host.starts_with('/') => {
            return Err(Error::invalid("url", Message::new("error-account-url-no-server").arg("url", url)));
        }
        Some(_) => {}
    }
    if url.chars().count() > MAX_URL || url.chars().any(char::is_whitespace) {
        return Err(Error::invalid("url", Message::new("error-account-url-spaces-or-long")));
    }
    if input.user.trim().is_empty() {
        return Err(Error::invalid("user", Message::new("error-account-needs-user")));
    }
    if let Some(ca) = &input.ca_file {
        if !Path::new(ca).is_file() {
            return Err(Error::invalid("ca_file", Message::new("error-account-ca-not-a-file").arg("file", ca)));
        }
    }
    Ok(())
}

fn account_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        name: r.get(1)?,
        url: r.get(2)?,
        user: r.get(3)?,
        ca_file: r.get(4)?,
        created_at: r.get(5)?,
    })
}

const ACCOUNT_COLUMNS: &str = "id, name, url, username, ca_file, created_at";

/// Saves a new account (no password: that goes to the keyring, see `convene-dav`).
pub fn add_account(db: &mut Db, input: AccountInput) -> Result<Account> {
    validate_account(&input)?;
    let name = input.name.trim();
    if find_account(db, name).is_ok() {
        return Err(Error::conflict(Message::new("error-account-exists").arg("name", name)));
    }
    let ca_file = input.ca_file.as_deref().map(|p| std::fs::canonicalize(p).map(|p| p.display().to_string()));
    let ca_file = ca_file.transpose()?;
    db.conn().execute(
        "INSERT INTO dav_accounts (name, url, username, ca_file, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, input.url.trim(), input.user.trim(), ca_file, now_text()],
    )?;
    find_account(db, name)
}

pub fn list_accounts(db: &Db) -> Result<Vec<Account>> {
    let mut stmt = db.conn().prepare(&format!("SELECT {ACCOUNT_COLUMNS} FROM dav_accounts ORDER BY name"))?;
    let rows = stmt.query_map([], account_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn find_account(db: &Db, name: &str) -> Result<Account> {
    db.conn()
        .query_row(
            &format!("SELECT {ACCOUNT_COLUMNS} FROM dav_accounts WHERE name = ?1"),
            [name.trim()],
            account_from_row,
        )
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-account-named").arg("name", name)))
}

pub fn get_account(db: &Db, id: i64) -> Result<Account> {
    db.conn()
        .query_row(&format!("SELECT {ACCOUNT_COLUMNS} FROM dav_accounts WHERE id = ?1"), [id], account_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-account-removed").arg("id", id.to_string())))
}

/// Removes the account and what was remembered through it (bound calendars, ETags,
/// conflicts of those networks, shared plan files); the networks and meetings stay.
pub fn remove_account(db: &mut Db, name: &str) -> Result<Account> {
    let account = find_account(db, name)?;
    db.in_transaction(|db| {
        db.conn().execute(
            "DELETE FROM dav_conflicts WHERE network_id IN (SELECT network_id FROM dav_calendars WHERE account_id = ?1)",
            [account.id],
        )?;
        db.conn().execute("DELETE FROM dav_accounts WHERE id = ?1", [account.id])?;
        Ok(())
    })?;
    Ok(account)
}

/// The calendar a network is published to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Binding {
    pub network_id: i64,
    pub account_id: i64,
    pub href: String,
    pub display_name: String,
    pub sync_token: Option<String>,
    /// The server refused the sync-collection report: its changes are found through the
    /// calendar's `getctag` and a PROPFIND listing instead.
    pub without_sync_collection: bool,
    /// The calendar's CalendarServer `getctag` when its changes were last read (a server
    /// without sync-collection only).
    pub ctag: Option<String>,
    pub ics_href: Option<String>,
    pub ics_etag: Option<String>,
    pub last_sync_at: Option<String>,
    pub last_result: Option<String>,
}

pub fn binding(db: &Db, network_id: i64) -> Result<Option<Binding>> {
    Ok(db
        .conn()
        .query_row(
            "SELECT network_id, account_id, href, display_name, sync_token, ics_href, ics_etag, last_sync_at, last_result,
             without_sync_collection, ctag FROM dav_calendars WHERE network_id = ?1",
            [network_id],
            |r| {
                Ok(Binding {
                    network_id: r.get(0)?,
                    account_id: r.get(1)?,
                    href: r.get(2)?,
                    display_name: r.get(3)?,
                    sync_token: r.get(4)?,
                    ics_href: r.get(5)?,
                    ics_etag: r.get(6)?,
                    last_sync_at: r.get(7)?,
                    last_result: r.get(8)?,
                    without_sync_collection: r.get(9)?,
                    ctag: r.get(10)?,
                })
            },
        )
        .optional()?)
}

/// Binds the network to a calendar (a new binding forgets what an earlier one remembered).
pub fn bind_calendar(db: &mut Db, network_id: i64, account_id: i64, href: &str, display_name: &str) -> Result<()> {
    db.in_transaction(|db| {
        db.conn().execute("DELETE FROM dav_calendars WHERE network_id = ?1", [network_id])?;
        db.conn().execute(
            "INSERT INTO dav_calendars (network_id, account_id, href, display_name) VALUES (?1, ?2, ?3, ?4)",
            params![network_id, account_id, href, display_name],
        )?;
        Ok(())
    })
}

pub fn set_sync_token(db: &Db, network_id: i64, token: Option<&str>) -> Result<()> {
    db.conn().execute("UPDATE dav_calendars SET sync_token = ?2 WHERE network_id = ?1", params![network_id, token])?;
    Ok(())
}

/// Remembers that the server refused sync-collection, and the calendar's `getctag` (`None`:
/// the server gives none, so every sync lists the calendar).
pub fn set_ctag(db: &Db, network_id: i64, ctag: Option<&str>) -> Result<()> {
    db.conn().execute(
        "UPDATE dav_calendars SET without_sync_collection = 1, sync_token = NULL, ctag = ?2 WHERE network_id = ?1",
        params![network_id, ctag],
    )?;
    Ok(())
}

pub fn set_ics_file(db: &Db, network_id: i64, href: &str, etag: Option<&str>) -> Result<()> {
    db.conn().execute(
        "UPDATE dav_calendars SET ics_href = ?2, ics_etag = ?3 WHERE network_id = ?1",
        params![network_id, href, etag],
    )?;
    Ok(())
}

/// Records when the last publish or pull ran and its one-line result.
pub fn set_last_result(db: &Db, network_id: i64, result: &str) -> Result<()> {
    db.conn().execute(
        "UPDATE dav_calendars SET last_sync_at = ?2, last_result = ?3 WHERE network_id = ?1",
        params![network_id, now_text(), result],
    )?;
    Ok(())
}

/// A published meeting as last synced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    pub uid: String,
    pub href: String,
    /// `None`: the server did not say (the next listing's ETag is then taken as ours).
    pub etag: Option<String>,
    /// Of the local resource last written or read; empty means "write it again".
    pub fingerprint: String,
    /// An occurrence of a recurring event created on the server (`href` is the series'):
    /// read from the server, never written or deleted there.
    #[serde(default)]
    pub from_series: bool,
}

/// Every remembered resource of the network, by UID.
pub fn remembered(db: &Db, network_id: i64) -> Result<HashMap<String, Remembered>> {
    let mut stmt = db
        .conn()
        .prepare_cached("SELECT uid, href, etag, fingerprint, from_series FROM dav_resources WHERE network_id = ?1")?;
    let rows = stmt.query_map([network_id], |r| {
        Ok(Remembered {
            uid: r.get(0)?,
            href: r.get(1)?,
            etag: r.get(2)?,
            fingerprint: r.get(3)?,
            from_series: r.get(4)?,
        })
    })?;
    let mut map = HashMap::new();
    for row in rows {
        let row = row?;
        map.insert(row.uid.clone(), row);
    }
    Ok(map)
}

pub fn remember(db: &Db, network_id: i64, r: &Remembered) -> Result<()> {
    db.conn()
        .prepare_cached(
            "INSERT INTO dav_resources (network_id, uid, href, etag, fingerprint, from_series)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (network_id, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag,
             fingerprint = excluded.fingerprint, from_series = excluded.from_series",
        )?
        .execute(params![network_id, r.uid, r.href, r.etag, r.fingerprint, r.from_series])?;
    Ok(())
}

pub fn forget(db: &Db, network_id: i64, uid: &str) -> Result<()> {
    db.conn().execute("DELETE FROM dav_resources WHERE network_id = ?1 AND uid = ?2", params![network_id, uid])?;
    Ok(())
}

/// Both sides changed one meeting: the two versions, kept until a person chooses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub id: i64,
    pub network_id: i64,
    pub network_name: String,
    pub uid: String,
    pub href: String,
    pub title: String,
    /// The meeting as Convene would publish it; `None`: deleted here.
    pub local_ics: Option<String>,
    /// The event as the server holds it; `None`: deleted on the server.
    pub remote_ics: Option<String>,
    pub remote_etag: Option<String>,
    pub found_at: String,
}

/// A conflict to record (replacing an older one of the same meeting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConflict {
    pub uid: String,
    pub href: String,
    pub title: String,
    pub local_ics: Option<String>,
    pub remote_ics: Option<String>,
    pub remote_etag: Option<String>,
}

pub fn record_conflict(db: &Db, network_id: i64, c: &NewConflict) -> Result<()> {
    db.conn().execute(
        "INSERT INTO dav_conflicts (network_id, uid, href, title, local_ics, remote_ics, remote_etag, found_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (network_id, uid) DO UPDATE SET href = excluded.href, title = excluded.title,
         local_ics = excluded.local_ics, remote_ics = excluded.remote_ics, remote_etag = excluded.remote_etag,
         found_at = excluded.found_at",
        params![network_id, c.uid, c.href, c.title, c.local_ics, c.remote_ics, c.remote_etag, now_text()],
    )?;
    Ok(())
}

const CONFLICT_SELECT: &str = "SELECT c.id, c.network_id, n.name, c.uid, c.href, c.title, c.local_ics, c.remote_ics,
    c.remote_etag, c.found_at FROM dav_conflicts c JOIN networks n ON n.id = c.network_id";

fn conflict_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Conflict> {
    Ok(Conflict {
        id: r.get(0)?,
        network_id: r.get(1)?,
        network_name: r.get(2)?,
        uid: r.get(3)?,
        href: r.get(4)?,
        title: r.get(5)?,
        local_ics: r.get(6)?,
        remote_ics: r.get(7)?,
        remote_etag: r.get(8)?,
        found_at: r.get(9)?,
    })
}

/// Open conflicts, of one network or all, oldest first.
pub fn list_conflicts(db: &Db, network_id: Option<i64>) -> Result<Vec<Conflict>> {
    let mut stmt =
        db.conn().prepare(&format!("{CONFLICT_SELECT} WHERE ?1 IS NULL OR c.network_id = ?1 ORDER BY c.id"))?;
    let rows = stmt.query_map([network_id], conflict_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn get_conflict(db: &Db, id: i64) -> Result<Conflict> {
    db.conn()
        .query_row(&format!("{CONFLICT_SELECT} WHERE c.id = ?1"), [id], conflict_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-open-calendar-conflict").arg("id", id.to_string())))
}

/// A plan's file on a WebDAV folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFile {
    pub plan_id: i64,
    pub account_id: i64,
    pub href: String,
    pub etag: Option<String>,
}

pub fn plan_file(db: &Db, plan_id: i64) -> Result<Option<PlanFile>> {
    Ok(db
        .conn()
        .query_row("SELECT plan_id, account_id, href, etag FROM dav_plan_files WHERE plan_id = ?1", [plan_id], |r| {
            Ok(PlanFile { plan_id: r.get(0)?, account_id: r.get(1)?, href: r.get(2)?, etag: r.get(3)? })
        })
        .optional()?)
}

pub fn set_plan_file(db: &Db, file: &PlanFile) -> Result<()> {
    db.conn().execute(
        "INSERT INTO dav_plan_files (plan_id, account_id, href, etag) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (plan_id) DO UPDATE SET account_id = excluded.account_id, href = excluded.href, etag = excluded.etag",
        params![file.plan_id, file.account_id, file.href, file.etag],
    )?;
    Ok(())
}
