//! Full-fidelity JSON export and import of a whole Convene database.
//!
//! [`export_all`] reads every network (with its phases, partners, contacts, local groups,
//! meetings, agendas, attendance, milestones, action plans with their revisions, status
//! changes, comments and conflicts, and import notes), every good practice (with its
//! sections and network links), the import notes that belong to no network and the
//! settings into one [`Export`]. [`import_all`] writes such an export into an **empty**
//! database. The shape ([`document`]) is made of Convene's own record types, the ones the
//! window and the command line use; it is documented for people in `docs/json.md`.
//!
//! Invariants:
//! - Nothing is lost or renumbered: ids, meeting UIDs and sequence numbers, `created_at` /
//!   `updated_at`, source references (the importers' idempotence keys) and the order of
//!   agendas, phases and practice sections are carried as they are. Hence
//!   export -> import into an empty database -> export gives the same JSON, byte for byte.
//! - The export is deterministic: every list is in id order (agendas, phases and sections
//!   in their own order, attendance by name), so the same data always gives the same text.
//!   It holds no export time for the same reason.
//! - Every document carries `"format": "convene"` and `"schema_version"` (the version of
//!   this JSON shape, [`SCHEMA_VERSION`], not the SQLite schema). A document of another
//!   format, or of a newer version than this build reads, is refused before anything is
//!   looked at, with an error saying so. Version 1 documents (records without the ids of
//!   the record they are listed under, a conflict's `their_uuid`) are read as well. Unknown
//!   fields are refused too, rather than silently dropped ([`read_strictly`]).
//! - Import only goes into a database that holds no networks, practices or import notes;
//!   otherwise it fails with [`Error::Conflict`] and changes nothing (merging two databases
//!   whose ids collide cannot be done without renumbering, which would break the promise
//!   above). Every record goes through its own module's insert function, the one a form
//!   uses ([`write`], [`crate::origin`]), so it passes the same rules as when typed in, and
//!   every reference must point inside the same network; the import is one transaction, so
//!   a refused file leaves the database exactly as it was.

mod document;
mod read;
mod write;

pub use document::{Export, NetworkExport, PlanExport, Setting};
pub use read::export_all;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{self, Message};
use crate::store::Db;

/// The value of the `format` field of every export.
pub const FORMAT: &str = "convene";

/// The version of the JSON shape this build writes and the newest it reads. Version 2
/// writes every record in its one shape (with the ids of the record it is listed under,
/// and the names and local times screens show); version 1 is read too.
pub const SCHEMA_VERSION: u32 = 2;

/// How much an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportSummary {
    pub networks: usize,
    pub partners: usize,
    pub contacts: usize,
    pub local_group_members: usize,
    pub meetings: usize,
    pub agenda_items: usize,
    pub attendance: usize,
    pub milestones: usize,
    #[serde(default)]
    pub days_off: usize,
    pub action_plans: usize,
    pub practices: usize,
    pub import_notes: usize,
    #[serde(default)]
    pub polls: usize,
}

impl ImportSummary {
    /// One line such as "imported 4 networks, 45 partners, 40 meetings, 3 good practices",
    /// in the reader's language ([`i18n::current`]).
    pub fn summary(&self) -> String {
        self.message().render(i18n::current())
    }

    /// [`ImportSummary::summary`] as a catalogue message, the counts with each language's
    /// plurals (`count-*` of `errors.ftl`).
    pub fn message(&self) -> Message {
        let parts: Vec<Message> = [
            (self.networks, "count-networks"),
            (self.partners, "count-partners"),
            (self.contacts, "count-contacts"),
            (self.local_group_members, "count-local-group-members"),
            (self.meetings, "count-meetings"),
            (self.agenda_items, "count-agenda-items"),
            (self.attendance, "count-attendance-records"),
            (self.milestones, "count-milestones"),
            (self.days_off, "count-days-off"),
            (self.action_plans, "count-action-plans"),
            (self.practices, "count-good-practices"),
            (self.import_notes, "count-import-notes"),
            (self.polls, "count-polls"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| Message::new(id).arg("count", n))
        .collect();
        if parts.is_empty() {
            Message::new("export-imported-nothing")
        } else {
            Message::new("export-imported").arg("parts", parts)
        }
    }
}

/// [`export_all`] as pretty-printed JSON text ending in a newline.
pub fn export_json(db: &Db) -> Result<String> {
    let mut text = serde_json::to_string_pretty(&export_all(db)?)
        .map_err(|e| Error::bad_input(Message::new("error-export-json-unwritable").arg("reason", e.to_string())))?;
    text.push('\n');
    Ok(text)
}

/// Reads `value` as a `T`, refusing any field `T` does not have, at any depth, with its
/// place (`networks[0].colour`). Serde's own `deny_unknown_fields` cannot be used here, as
/// the documents nest records with `flatten`; instead every key of the input must come
/// back when the value read is written again (every field of these types is always
/// written). Used for exports and `.convene-plan` files.
pub(crate) fn read_strictly<T: DeserializeOwned + Serialize>(value: Value) -> std::result::Result<T, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    let known = serde_json::to_value(&typed).map_err(|e| e.to_string())?;
    match unknown_field(&value, &known, "") {
        Some(path) => Err(format!("unknown field `{path}`")),
        None => Ok(typed),
    }
}

fn unknown_field(input: &Value, known: &Value, path: &str) -> Option<String> {
    match (input, known) {
        (Value::Object(input), Value::Object(known)) => input.iter().find_map(|(key, value)| {
            let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            match known.get(key) {
                None => Some(here),
                Some(k) => unknown_field(value, k, &here),
            }
        }),
        (Value::Array(input), Value::Array(known)) => input
            .iter()
            .zip(known)
            .enumerate()
            .find_map(|(i, (value, k))| unknown_field(value, k, &format!("{path}[{i}]"))),
        _ => None,
    }
}

/// Reads an export from JSON text: checks `format` and `schema_version` first, so a file
/// of another kind or from a newer Convene gets an error that says so, then the rest.
pub fn parse_export(text: &str) -> Result<Export> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::bad_input(Message::new("error-export-not-json").arg("reason", e.to_string())))?;
    let Some(object) = value.as_object() else {
        return Err(not_an_export(Message::new("error-export-top-not-object")));
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(not_an_export(
                Message::new("error-export-other-format").arg("format", other.to_string()).arg("expected", FORMAT),
            ))
        }
        None => return Err(not_an_export(Message::new("error-export-no-format"))),
    }
    let version = object
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| not_an_export(Message::new("error-export-no-schema-version")))?;
    check_version(version)?;
    let mut value = value;
    if version == 1 {
        document::upgrade_from_v1(&mut value);
    }
    read_strictly(value).map_err(|e| Error::bad_input(Message::new("error-export-unreadable").arg("reason", e)))
}

fn not_an_export(why: Message) -> Error {
    Error::bad_input(Message::new("error-not-an-export").arg("why", why))
}

fn check_version(version: u64) -> Result<()> {
    if version > u64::from(SCHEMA_VERSION) {
        let newer = Message::new("error-export-newer")
            .arg("version", version.to_string())
            .arg("latest", SCHEMA_VERSION.to_string());
        return Err(Error::bad_input(newer));
    }
    if version == 0 {
        return Err(not_an_export(Message::new("error-export-schema-version-zero")));
    }
    Ok(())
}

/// [`parse_export`] then [`import_all`].
pub fn import_json(db: &mut Db, text: &str) -> Result<ImportSummary> {
    let data = parse_export(text)?;
    import_all(db, &data)
}

/// Writes `data` into an empty database in one transaction, keeping every id, UID,
/// sequence number, timestamp and source reference. Refuses (changing nothing) when the
/// database already holds data, when `data` is of another format or a newer version, and
/// when any value breaks Convene's rules or points outside its network.
pub fn import_all(db: &mut Db, data: &Export) -> Result<ImportSummary> {
    if data.format != FORMAT {
        let quoted = serde_json::Value::String(data.format.clone()).to_string();
        return Err(not_an_export(
            Message::new("error-export-other-format").arg("format", quoted).arg("expected", FORMAT),
        ));
    }
    check_version(u64::from(data.schema_version))?;
    refuse_unless_empty(db)?;
    write::write_all(db, data)
}

fn refuse_unless_empty(db: &Db) -> Result<()> {
    let count = |table: &str| -> Result<i64> {
        Ok(db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let mut held = Vec::new();
    for (table, id) in
        [("networks", "count-networks"), ("practices", "count-good-practices"), ("import_notes", "count-import-notes")]
    {
        let n = count(table)?;
        if n > 0 {
            held.push(Message::new(id).arg("count", n));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    let message = match db.path() {
        Some(path) => Message::new("error-import-database-not-empty-at").arg("path", path.display().to_string()),
        None => Message::new("error-import-database-not-empty"),
    };
    Err(Error::conflict(message.arg("held", held)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_and_version_are_checked_before_the_rest() {
        let err = parse_export(r#"{"format":"convene","schema_version":99,"networks":"whatever"}"#).unwrap_err();
        assert!(err.to_string().contains("newer version of Convene"), "{err}");
        let err = parse_export(r#"{"format":"ical","schema_version":1}"#).unwrap_err();
        assert!(err.to_string().contains("not a Convene export"), "{err}");
        let err = parse_export("[1, 2]").unwrap_err();
        assert!(err.to_string().contains("not a Convene export"), "{err}");
        let err = parse_export("\u{0}\u{1}binary").unwrap_err();
        assert!(err.to_string().contains("not valid JSON"), "{err}");
        let ok = parse_export(r#"{"format":"convene","schema_version":1}"#).unwrap();
        assert!(ok.networks.is_empty());
    }

    /// Every column of every table, as this module reads and writes them. A migration that
    /// adds a table or a column fails this test until the export carries it too, so that
    /// "nothing is lost" stays true. (`position` columns are the order of their lists; the
    /// row ids of phases, sections and attendance, which nothing refers to, are their place
    /// in those lists; `sort_start` is derived from the schedule; the search index is
    /// rebuilt by triggers; the plan_* content tables hold the newest revision's snapshot and
    /// are rebuilt from it, and a revision's number is its place in the plan's list.)
    const COVERED: &[(&str, &str)] = &[
        ("networks", "id slug name kind tagline description programme start_date end_date contact_email website lead_partner_id source_ref created_at updated_at language"),
        ("phases", "id network_id position name start_date end_date"),
        ("partners", "id network_id name country role time_zone population notes created_at updated_at region"),
        ("partner_days_off", "id partner_id date name"),
        ("contacts", "id partner_id name role email phone"),
        ("local_group_members", "id partner_id name organisation role"),
        ("meetings", "id uid sequence network_id kind title host_partner_id venue mode online_url status description schedule_kind start_utc end_utc time_zone first_date last_date undated_year undated_month undated_wording sort_start source_ref created_at updated_at"),
        ("agenda_items", "id meeting_id position start_time end_time title lead_partner_id notes"),
        ("attendance", "id meeting_id partner_id contact_id status"),
        ("milestones", "id network_id date title description source_ref kind done precision"),
        ("action_plans", "id network_id partner_id title summary status source_ref created_at updated_at uuid adoption_date language"),
        ("plan_sections", "id plan_id position key title body custom"),
        ("plan_indicators", "id plan_id uuid position name kind unit baseline target target_date verification"),
        ("plan_actions", "id plan_id uuid position objective title description lead partners start_month end_month cost_cents status pilot"),
        ("plan_action_funding", "id action_id position source amount_cents"),
        ("plan_action_indicators", "action_id indicator_id position"),
        ("plan_risks", "id plan_id uuid position description likelihood impact mitigation owner"),
        ("plan_revisions", "id plan_id number uuid parent_uuid merged_uuid kind author created_at message snapshot"),
        ("plan_parts", "plan_id hash body"),
        ("plan_status_changes", "id plan_id from_status to_status adoption_date author changed_at"),
        ("plan_comments", "id plan_id uuid section_key author text created_at resolved_at resolved_by"),
        ("plan_conflicts", "id plan_id item_key label base_text ours_text theirs_text their_uuid created_at resolved_at resolution"),
        ("settings", "key value"),
        ("practices", "id title tagline city country author author_role headline_figure is_transfer source_ref created_at updated_at"),
        ("practice_sections", "id practice_id position heading body"),
        ("practice_networks", "practice_id network_id"),
        ("import_notes", "id network_id line text reason source_ref"),
        ("polls", "id network_id title kind host_partner_id time_zone deadline organizer closed_option_id meeting_id closed_at created_at updated_at"),
        ("poll_options", "id poll_id position uid schedule_kind start_utc end_utc time_zone first_date last_date"),
        ("poll_answers", "option_id partner_id answer source answered_at"),
        ("poll_recipients", "poll_id partner_id email token"),
    ];

    /// Tables deliberately not carried: this computer's state about CalDAV/WebDAV servers
    /// (migration 0008; docs/sync.md says why an ETag or sync token must not travel).
    const LEFT_OUT: &[&str] = &["dav_accounts", "dav_calendars", "dav_conflicts", "dav_plan_files", "dav_resources"];

    #[test]
    fn every_table_and_column_of_the_schema_is_carried() {
        let db = Db::open_in_memory().unwrap();
        let mut stmt = db
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 AND name NOT LIKE 'search_index%' AND name NOT LIKE 'search_titles%' ORDER BY name",
            )
            .unwrap();
        let tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|t| t.unwrap())
            .filter(|t: &String| !LEFT_OUT.contains(&t.as_str()))
            .collect();
        let mut covered: Vec<&str> = COVERED.iter().map(|(t, _)| *t).collect();
        covered.sort();
        assert_eq!(tables, covered, "a table was added or removed; carry it in the export");
        for (table, columns) in COVERED {
            let mut stmt = db.conn().prepare(&format!("SELECT name FROM pragma_table_info('{table}')")).unwrap();
            let actual: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|c| c.unwrap()).collect();
            let expected: Vec<&str> = columns.split(' ').collect();
            assert_eq!(actual, expected, "the columns of {table} changed; carry them in the export");
        }
    }

    #[test]
    fn unknown_fields_are_refused_not_dropped() {
        let err = parse_export(r#"{"format":"convene","schema_version":1,"colour":"red"}"#).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }
}
