//! Who is writing: the name every revision, status change and resolution is signed with.
//!
//! Kept in the database's `settings` table under `author_name`, so the desktop app and the
//! command line sign alike. Until someone sets it, the name is the operating system's user
//! name (`USER`, or `USERNAME` on Windows); the [`AuthorSetting`] says whether the name
//! was chosen or is that default.
//!
//! When neither is set, changes are signed "Unknown", a token in no language: a plan file
//! carrying it is read by older versions, which refuse an empty author. A reader sees it,
//! and a signature left empty by a partner's file, as "Unknown" in their own language
//! ([`shown_author`], `export.ftl`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{OptionalExt, Result};
use crate::i18n::{self, Locale, Message};
use crate::store::Db;
use crate::validate::{self, NAME_MAX};

const KEY: &str = "author_name";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuthorSetting {
    pub name: String,
    /// True while no name was set and the operating system's user name (or "Unknown") is used.
    pub is_default: bool,
}

/// The operating system's user name, or [`OLD_UNKNOWN`] when none is set.
pub(crate) fn default_author() -> String {
    ["USER", "USERNAME"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| OLD_UNKNOWN.to_string())
}

/// What changes are signed with when no name is known (see the module docs).
const OLD_UNKNOWN: &str = "Unknown";

/// A stored signature as a reader of `locale` reads it: the name as it is, or "Unknown" in
/// that language for a change signed with no name (see the module docs).
pub fn shown_author(stored: &str, locale: Locale) -> String {
    match stored.trim() {
        "" | OLD_UNKNOWN => Message::new("plan-author-unknown").render(locale),
        _ => stored.to_string(),
    }
}

pub fn get_author(db: &Db) -> Result<AuthorSetting> {
    author_setting(db.conn())
}

pub(crate) fn author_setting(conn: &rusqlite::Connection) -> Result<AuthorSetting> {
    let stored: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| r.get(0)).optional()?;
    Ok(match stored {
        Some(name) => AuthorSetting { name, is_default: false },
        None => AuthorSetting { name: shown_author(&default_author(), i18n::current()), is_default: true },
    })
}

/// The name changes are signed with: the chosen one, else [`default_author`].
pub(crate) fn author_name(conn: &rusqlite::Connection) -> Result<String> {
    let stored: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |r| r.get(0)).optional()?;
    Ok(stored.unwrap_or_else(default_author))
}

/// Sets the author name; an empty name goes back to the default.
pub fn set_author(db: &mut Db, name: &str) -> Result<AuthorSetting> {
    let name = validate::optional("name", name, NAME_MAX)?;
    if name.is_empty() {
        db.conn().execute("DELETE FROM settings WHERE key = ?1", [KEY])?;
    } else {
        db.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [KEY, name.as_str()],
        )?;
    }
    get_author(db)
}
