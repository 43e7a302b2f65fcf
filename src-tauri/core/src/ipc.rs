//! The payloads the desktop UI receives that no domain module owns: the error reply, facts
//! about the open database, and the choice lists of the forms (countries, time zones).
//!
//! They live in the core, not in the Tauri shell, so that every IPC type is exported to
//! TypeScript by one test (`cargo test -p convene-core --test bindings`) that needs no GTK,
//! and so that the mapping from [`Error`] to what a form shows is tested here.
//!
//! Invariant: an [`IpcError`] always carries the [`Error::code`] of the error it came from;
//! `field` is set exactly when the error is about one input field, and then `message` is
//! the reason alone ("must not be empty"), ready to be shown beside that field. The
//! message is in the window's language ([`crate::i18n::current`]).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::store::Db;

/// An error as the UI receives it: `{ code, message, field? }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct IpcError {
    /// A stable name for the kind of error: "invalid", "not_found", "conflict",
    /// "has_dependents", "incompatible_database", "bad_input", "database", "io", or
    /// "internal" for failures of the app itself.
    pub code: String,
    /// Plain words for the person using the app, in the window's language
    /// ([`crate::i18n::current`], set by the shell's `set_language`).
    pub message: String,
    /// The input field the error is about (`title`, `agenda[2].end_time`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
}

impl IpcError {
    /// An error of the app itself, not of what the person did.
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError { code: "internal".into(), message: message.into(), field: None }
    }
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        let code = e.code().to_string();
        let message = e.message(crate::i18n::current());
        IpcError { code, message, field: e.field().map(str::to_string) }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{field}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for IpcError {}

/// What the app tells about itself and the database it has open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    /// The database file, shown in Settings.
    pub db_path: String,
    pub schema_version: i64,
    /// Convene's version.
    pub version: String,
    /// No networks and no good practices yet: the UI shows the first-run screen.
    pub is_empty: bool,
}

/// Facts about `db` for the running app of version `version`.
pub fn app_info(db: &Db, version: &str) -> Result<AppInfo> {
    let records: i64 =
        db.conn()
            .query_row("SELECT (SELECT count(*) FROM networks) + (SELECT count(*) FROM practices)", [], |r| r.get(0))?;
    Ok(AppInfo {
        db_path: db.path().map(|p| p.display().to_string()).unwrap_or_else(|| ":memory:".into()),
        schema_version: db.schema_version()?,
        version: version.to_string(),
        is_empty: records == 0,
    })
}

/// A country as a form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountryOption {
    /// ISO 3166-1 alpha-2 code, as stored on partners.
    pub code: String,
    /// CLDR's name in the window's language ("Lettland").
    pub name: String,
    /// The IANA zone a new partner of this country gets.
    pub default_zone: String,
}

/// Every country Convene knows, named in the process's language (CLDR's names; the
/// window's language in the app), in that name's alphabetical order, accents aside.
pub fn country_options() -> Vec<CountryOption> {
    let locale = crate::i18n::current();
    let mut list: Vec<CountryOption> = crate::country::all()
        .map(|c| CountryOption {
            code: c.code.into(),
            name: c.name_in(locale).into(),
            default_zone: c.default_zone.into(),
        })
        .collect();
    list.sort_by_cached_key(|c| (crate::names::fold(&c.name), c.name.clone()));
    list
}

/// The IANA zones a person can choose: "Area/City" names and UTC, sorted. Legacy aliases
/// such as "US/Eastern" or "Etc/GMT+1" are left out; they are still accepted when typed.
pub fn time_zone_names() -> Vec<String> {
    const AREAS: &[&str] = &[
        "Africa/",
        "America/",
        "Antarctica/",
        "Arctic/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    ];
    let mut names: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|n| AREAS.iter().any(|a| n.starts_with(a)))
        .map(String::from)
        .collect();
    names.push("UTC".into());
    names.sort();
    names
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_error_renders_in_the_language_asked_and_displays_in_english() {
        use crate::i18n::{Locale, Message};
        let e = Error::invalid("name", Message::new("error-required"));
        assert_eq!(e.message(Locale::De), "darf nicht leer sein");
        assert_eq!(e.message(Locale::Fr), "ne doit pas être vide");
        assert_eq!(e.to_string(), "name: must not be empty");
        let gone = Error::not_found(Message::new("error-no-meeting-id").arg("id", "7"));
        assert_eq!(gone.message(Locale::El), "δεν υπάρχει συνάντηση με αναγνωριστικό 7");
    }

    use super::*;
    use crate::network::{create_network, NetworkInput, NetworkKind};

    #[test]
    fn field_errors_keep_the_field_apart_from_the_reason() {
        let e = IpcError::from(Error::invalid("title", "must not be empty"));
        assert_eq!(e.code, "invalid");
        assert_eq!(e.field.as_deref(), Some("title"));
        assert_eq!(e.message, "must not be empty");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["field"], "title");

        let e = IpcError::from(Error::not_found("there is no meeting with id 7"));
        assert_eq!(e.code, "not_found");
        assert_eq!(e.message, "there is no meeting with id 7");
        let json = serde_json::to_value(&e).unwrap();
        assert!(json.get("field").is_none(), "no field key when the error is not about a field: {json}");
    }

    #[test]
    fn app_info_says_when_the_database_is_empty() {
        let mut db = Db::open_in_memory().unwrap();
        let info = app_info(&db, "1.2.3").unwrap();
        assert!(info.is_empty);
        assert_eq!(info.version, "1.2.3");
        assert_eq!(info.schema_version, crate::store::SCHEMA_VERSION);
        create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap();
        assert!(!app_info(&db, "1.2.3").unwrap().is_empty);
    }

    #[test]
    fn choice_lists_hold_what_partners_use() {
        let countries = country_options();
        let latvia = countries.iter().find(|c| c.code == "LV").expect("Latvia is offered");
        assert_eq!(latvia.default_zone, "Europe/Riga");
        let folded = |name: &str| crate::names::fold(name);
        assert!(
            countries.windows(2).all(|w| folded(&w[0].name) <= folded(&w[1].name)),
            "countries are sorted by name, accents aside"
        );
        let zones = time_zone_names();
        for zone in ["Europe/Riga", "Europe/Lisbon", "Europe/Paris", "UTC"] {
            assert!(zones.iter().any(|z| z == zone), "{zone} is offered");
        }
        assert!(!zones.iter().any(|z| z == "US/Eastern"), "legacy aliases are not offered");
        for c in &countries {
            assert!(zones.contains(&c.default_zone), "{} default zone {} is offered", c.code, c.default_zone);
        }
    }
}

/// What a long piece of work is doing now, as its progress bar words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WorkStage {
    /// Reading and checking the input (a file, the meetings); how much is left is not known yet.
    Reading,
    /// Saving the records read, `done` of `total`.
    Saving,
    /// Writing the output, `done` of `total` records.
    Writing,
}

/// How far a long piece of work (a calendar import or export) has got: what the shell
/// sends on the command's progress channel, from [`crate::progress::Progress`]'s figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkProgress {
    pub stage: WorkStage,
    pub done: u64,
    /// 0 while the total is not known (the bar then shows activity, not a share).
    pub total: u64,
}
