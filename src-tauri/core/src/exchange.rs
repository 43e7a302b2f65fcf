//! Full-fidelity JSON export and import of a whole Convene database.
//!
//! [`export_all`] reads every network (with its phases, partners, contacts, local groups,
//! meetings, agendas, attendance, milestones, action plans with their revisions, status
//! changes, comments and conflicts, and import notes), every good practice (with its
//! sections and network links), the import notes that belong to no network and the
//! settings into one [`Export`]. [`import_all`] writes such an export into an **empty**
//! database. The shape is documented for people in `docs/json.md`.
//!
//! Invariants:
//! - Nothing is lost or renumbered: ids, meeting UIDs and sequence numbers, `created_at` /
//!   `updated_at`, source references (the importers' idempotence keys) and the order of
//!   agendas, phases and practice sections are carried as they are. Hence
//!   export -> import into an empty database -> export gives the same JSON, byte for byte.
//! - The export is deterministic: every list is in id order (agendas, phases and sections
//!   in their own order), so the same data always gives the same text. It holds no export
//!   time for the same reason.
//! - Every document carries `"format": "convene"` and `"schema_version"` (the version of
//!   this JSON shape, [`SCHEMA_VERSION`], not the SQLite schema). A document of another
//!   format, or of a newer version than this build reads, is refused before anything is
//!   looked at, with an error saying so. Unknown fields are refused too, rather than
//!   silently dropped.
//! - Import only goes into a database that holds no networks, practices or import notes;
//!   otherwise it fails with [`Error::Conflict`] and changes nothing (merging two databases
//!   whose ids collide cannot be done without renumbering, which would break the promise
//!   above). Every value passes the same rules as when typed in ([`crate::validate`]) and
//!   every reference must point inside the same network; the import is one transaction, so a
//!   refused file leaves the database exactly as it was.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::country;
use crate::error::{Error, Result};
use crate::milestone::{clean_milestone, DatePrecision, MilestoneInput, MilestoneKind};
use crate::meeting::{AttendanceStatus, Attendee, MeetingKind, MeetingMode, MeetingStatus};
use crate::names::slugify;
use crate::network::NetworkKind;
use crate::partner::PartnerRole;
use crate::plan::content::{write_content, PlanContent};
use crate::plan::snapshot::{file_manifest, store_snapshot, stored_parts, PartTexts, PlanManifest};
use crate::plan::revisions::{commit, RevisionKind};
use crate::plan::PlanStatus;
use crate::store::Db;
use crate::validate::{self, LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX};

/// The value of the `format` field of every export.
pub const FORMAT: &str = "convene";

/// The version of the JSON shape this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A whole database as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// Always `"convene"`.
    pub format: String,
    /// The version of this shape; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    #[serde(default)]
    pub networks: Vec<NetworkRecord>,
    #[serde(default)]
    pub practices: Vec<PracticeRecord>,
    /// Import notes that belong to no network.
    #[serde(default)]
    pub import_notes: Vec<ImportNoteRecord>,
    /// Small settings such as the author name revisions are signed with, by key.
    #[serde(default)]
    pub settings: Vec<SettingRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SettingRecord {
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct NetworkRecord {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub kind: NetworkKind,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub programme: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    /// In the network's order.
    #[serde(default)]
    pub phases: Vec<PhaseRecord>,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub website: String,
    /// The id of one of this network's partners.
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub partners: Vec<PartnerRecord>,
    #[serde(default)]
    pub meetings: Vec<MeetingRecord>,
    #[serde(default)]
    pub milestones: Vec<MilestoneRecord>,
    #[serde(default)]
    pub action_plans: Vec<ActionPlanRecord>,
    #[serde(default)]
    pub import_notes: Vec<ImportNoteRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PhaseRecord {
    pub name: String,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PartnerRecord {
    pub id: i64,
    pub name: String,
    /// ISO 3166-1 alpha-2 code.
    pub country: String,
    pub role: PartnerRole,
    /// IANA zone name.
    pub time_zone: String,
    #[serde(default)]
    pub population: Option<i64>,
    #[serde(default)]
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default)]
    pub contacts: Vec<ContactRecord>,
    #[serde(default)]
    pub local_group: Vec<LocalGroupMemberRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ContactRecord {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LocalGroupMemberRecord {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
}

/// A meeting's schedule as stored: instants in UTC, not the local wall clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ScheduleRecord {
    Timed {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        time_zone: String,
    },
    AllDay {
        first: NaiveDate,
        last: NaiveDate,
    },
    Undated {
        #[serde(default)]
        year: Option<i32>,
        #[serde(default)]
        month: Option<u32>,
        #[serde(default)]
        wording: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MeetingRecord {
    pub id: i64,
    pub uid: String,
    pub sequence: i64,
    pub kind: MeetingKind,
    pub title: String,
    #[serde(default)]
    pub host_partner_id: Option<i64>,
    #[serde(default)]
    pub venue: String,
    pub mode: MeetingMode,
    #[serde(default)]
    pub online_url: String,
    pub status: MeetingStatus,
    #[serde(default)]
    pub description: String,
    pub schedule: ScheduleRecord,
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// In the agenda's order.
    #[serde(default)]
    pub agenda: Vec<AgendaItemRecord>,
    #[serde(default)]
    pub attendance: Vec<AttendanceRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AgendaItemRecord {
    pub id: i64,
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub end_time: Option<NaiveTime>,
    pub title: String,
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRecord {
    /// `{"type": "partner", "id": 3}` or `{"type": "contact", "id": 7}`.
    pub attendee: Attendee,
    pub status: AttendanceStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct MilestoneRecord {
    pub id: i64,
    pub date: NaiveDate,
    /// Absent in files written before milestones had a precision: `day`.
    #[serde(default)]
    pub precision: DatePrecision,
    /// Absent in files written before milestones had a kind: `other`.
    #[serde(default)]
    pub kind: MilestoneKind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub done: bool,
    #[serde(default)]
    pub source_ref: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ActionPlanRecord {
    pub id: i64,
    #[serde(default)]
    pub partner_id: Option<i64>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: PlanStatus,
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The plan's identity across machines (`.convene-plan` files). Files written before
    /// plan drafting have none; one is then made up.
    #[serde(default)]
    pub uuid: Option<String>,
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    /// Oldest first; the last one's snapshot is the plan's content. When a file has none
    /// (written before plan drafting), the plan starts with the standard sections and its
    /// summary as the text of the context section, as revision 1.
    #[serde(default)]
    pub revisions: Vec<PlanRevisionRecord>,
    /// The section texts and table rows the revisions' snapshots refer to, by id.
    #[serde(default)]
    pub parts: std::collections::BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub status_changes: Vec<PlanStatusChangeRecord>,
    #[serde(default)]
    pub comments: Vec<PlanCommentRecord>,
    #[serde(default)]
    pub conflicts: Vec<PlanConflictRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanRevisionRecord {
    pub number: i64,
    pub uuid: String,
    #[serde(default)]
    pub parent_uuid: Option<String>,
    #[serde(default)]
    pub merged_uuid: Option<String>,
    pub kind: RevisionKind,
    pub author: String,
    pub created_at: String,
    #[serde(default)]
    pub message: String,
    /// The content, by reference to the plan's `parts`.
    pub snapshot: PlanManifest,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanStatusChangeRecord {
    pub from: PlanStatus,
    pub to: PlanStatus,
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    pub author: String,
    pub changed_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanCommentRecord {
    pub id: i64,
    /// Absent in files written before comments travelled between machines; one is made up.
    #[serde(default)]
    pub uuid: Option<String>,
    pub section_key: String,
    pub author: String,
    pub text: String,
    pub created_at: String,
    #[serde(default)]
    pub resolved_at: Option<String>,
    #[serde(default)]
    pub resolved_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PlanConflictRecord {
    pub id: i64,
    pub item_key: String,
    pub label: String,
    #[serde(default)]
    pub base_text: Option<String>,
    #[serde(default)]
    pub ours_text: Option<String>,
    #[serde(default)]
    pub their_text: Option<String>,
    pub their_uuid: String,
    pub created_at: String,
    #[serde(default)]
    pub resolved_at: Option<String>,
    #[serde(default)]
    pub resolution: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ImportNoteRecord {
    pub id: i64,
    /// 1-based line number in the file that was imported.
    pub line: i64,
    pub text: String,
    pub reason: String,
    #[serde(default)]
    pub source_ref: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PracticeRecord {
    pub id: i64,
    pub title: String,
    #[serde(default)]
    pub tagline: String,
    #[serde(default)]
    pub city: String,
    /// ISO 3166-1 alpha-2 code, when known.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub author_role: String,
    #[serde(default)]
    pub headline_figure: String,
    #[serde(default)]
    pub is_transfer: bool,
    /// In the practice's order.
    #[serde(default)]
    pub sections: Vec<PracticeSectionRecord>,
    /// Ids of the networks that transfer or use this practice, ascending.
    #[serde(default)]
    pub network_ids: Vec<i64>,
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct PracticeSectionRecord {
    pub heading: String,
    pub body: String,
}

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
    pub action_plans: usize,
    pub practices: usize,
    pub import_notes: usize,
}

impl ImportSummary {
    /// One line such as "imported 4 networks, 45 partners, 40 meetings, 3 good practices".
    pub fn summary(&self) -> String {
        let parts: Vec<String> = [
            (self.networks, "network", "networks"),
            (self.partners, "partner", "partners"),
            (self.contacts, "contact", "contacts"),
            (self.local_group_members, "local group member", "local group members"),
            (self.meetings, "meeting", "meetings"),
            (self.agenda_items, "agenda item", "agenda items"),
            (self.attendance, "attendance record", "attendance records"),
            (self.milestones, "milestone", "milestones"),
            (self.action_plans, "action plan", "action plans"),
            (self.practices, "good practice", "good practices"),
            (self.import_notes, "import note", "import notes"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
        .collect();
        if parts.is_empty() {
            "imported nothing: the file holds no data".into()
        } else {
            format!("imported {}", parts.join(", "))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------

/// Reads the whole database, as one consistent snapshot.
pub fn export_all(db: &Db) -> Result<Export> {
    let tx = db.conn().unchecked_transaction()?;
    let conn: &Connection = &tx;
    let mut networks = read_networks(conn)?;
    for n in &mut networks {
        n.phases = read_phases(conn, n.id)?;
        n.partners = read_partners(conn, n.id)?;
        n.meetings = read_meetings(conn, n.id)?;
        n.milestones = read_milestones(conn, n.id)?;
        n.action_plans = read_plans(conn, n.id)?;
        n.import_notes = read_notes(conn, Some(n.id))?;
    }
    let practices = read_practices(conn)?;
    let import_notes = read_notes(conn, None)?;
    let settings = collect(conn, "SELECT key, value FROM settings ORDER BY key", [], |r| {
        Ok(SettingRecord { key: r.get(0)?, value: r.get(1)? })
    })?;
    Ok(Export { format: FORMAT.into(), schema_version: SCHEMA_VERSION, networks, practices, import_notes, settings })
}

/// [`export_all`] as pretty-printed JSON text ending in a newline.
pub fn export_json(db: &Db) -> Result<String> {
    let mut text = serde_json::to_string_pretty(&export_all(db)?)
        .map_err(|e| Error::BadInput(format!("cannot write the export as JSON: {e}")))?;
    text.push('\n');
    Ok(text)
}

fn collect<T>(
    conn: &Connection,
    sql: &str,
    args: impl rusqlite::Params,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(args, map)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn read_networks(conn: &Connection) -> Result<Vec<NetworkRecord>> {
    collect(
        conn,
        "SELECT id, slug, name, kind, tagline, description, programme, start_date, end_date, contact_email,
                website, lead_partner_id, source_ref, created_at, updated_at
         FROM networks ORDER BY id",
        [],
        |r| {
            Ok(NetworkRecord {
                id: r.get(0)?,
                slug: r.get(1)?,
                name: r.get(2)?,
                kind: r.get(3)?,
                tagline: r.get(4)?,
                description: r.get(5)?,
                programme: r.get(6)?,
                start_date: r.get(7)?,
                end_date: r.get(8)?,
                phases: Vec::new(),
                contact_email: r.get(9)?,
                website: r.get(10)?,
                lead_partner_id: r.get(11)?,
                source_ref: r.get(12)?,
                created_at: r.get(13)?,
                updated_at: r.get(14)?,
                partners: Vec::new(),
                meetings: Vec::new(),
                milestones: Vec::new(),
                action_plans: Vec::new(),
                import_notes: Vec::new(),
            })
        },
    )
}

fn read_phases(conn: &Connection, network_id: i64) -> Result<Vec<PhaseRecord>> {
    collect(
        conn,
        "SELECT name, start_date, end_date FROM phases WHERE network_id = ?1 ORDER BY position, id",
        [network_id],
        |r| Ok(PhaseRecord { name: r.get(0)?, start_date: r.get(1)?, end_date: r.get(2)? }),
    )
}

fn read_partners(conn: &Connection, network_id: i64) -> Result<Vec<PartnerRecord>> {
    let mut partners = collect(
        conn,
        "SELECT id, name, country, role, time_zone, population, notes, created_at, updated_at
         FROM partners WHERE network_id = ?1 ORDER BY id",
        [network_id],
        |r| {
            Ok(PartnerRecord {
                id: r.get(0)?,
                name: r.get(1)?,
                country: r.get(2)?,
                role: r.get(3)?,
                time_zone: r.get(4)?,
                population: r.get(5)?,
                notes: r.get(6)?,
                created_at: r.get(7)?,
                updated_at: r.get(8)?,
                contacts: Vec::new(),
                local_group: Vec::new(),
            })
        },
    )?;
    for p in &mut partners {
        p.contacts = collect(
            conn,
            "SELECT id, name, role, email, phone FROM contacts WHERE partner_id = ?1 ORDER BY id",
            [p.id],
            |r| {
                Ok(ContactRecord {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    role: r.get(2)?,
                    email: r.get(3)?,
                    phone: r.get(4)?,
                })
            },
        )?;
        p.local_group = collect(
            conn,
            "SELECT id, name, organisation, role FROM local_group_members WHERE partner_id = ?1 ORDER BY id",
            [p.id],
            |r| Ok(LocalGroupMemberRecord { id: r.get(0)?, name: r.get(1)?, organisation: r.get(2)?, role: r.get(3)? }),
        )?;
    }
    Ok(partners)
}

fn parse_instant(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

fn read_meetings(conn: &Connection, network_id: i64) -> Result<Vec<MeetingRecord>> {
    let mut meetings = collect(
        conn,
        "SELECT id, uid, sequence, kind, title, host_partner_id, venue, mode, online_url, status, description,
                schedule_kind, start_utc, end_utc, time_zone, first_date, last_date, undated_year, undated_month,
                undated_wording, source_ref, created_at, updated_at
         FROM meetings WHERE network_id = ?1 ORDER BY id",
        [network_id],
        |r| {
            let kind: String = r.get(11)?;
            let schedule = match kind.as_str() {
                "timed" => ScheduleRecord::Timed {
                    start: parse_instant(&r.get::<_, String>(12)?)?,
                    end: parse_instant(&r.get::<_, String>(13)?)?,
                    time_zone: r.get(14)?,
                },
                "all_day" => ScheduleRecord::AllDay { first: r.get(15)?, last: r.get(16)? },
                _ => ScheduleRecord::Undated {
                    year: r.get(17)?,
                    month: r.get(18)?,
                    wording: r.get::<_, Option<String>>(19)?.unwrap_or_default(),
                },
            };
            Ok(MeetingRecord {
                id: r.get(0)?,
                uid: r.get(1)?,
                sequence: r.get(2)?,
                kind: r.get(3)?,
                title: r.get(4)?,
                host_partner_id: r.get(5)?,
                venue: r.get(6)?,
                mode: r.get(7)?,
                online_url: r.get(8)?,
                status: r.get(9)?,
                description: r.get(10)?,
                schedule,
                source_ref: r.get(20)?,
                created_at: r.get(21)?,
                updated_at: r.get(22)?,
                agenda: Vec::new(),
                attendance: Vec::new(),
            })
        },
    )?;
    for m in &mut meetings {
        m.agenda = collect(
            conn,
            "SELECT id, start_time, end_time, title, lead_partner_id, notes
             FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
            [m.id],
            |r| {
                Ok(AgendaItemRecord {
                    id: r.get(0)?,
                    start_time: r.get(1)?,
                    end_time: r.get(2)?,
                    title: r.get(3)?,
                    lead_partner_id: r.get(4)?,
                    notes: r.get(5)?,
                })
            },
        )?;
        m.attendance = collect(
            conn,
            "SELECT partner_id, contact_id, status FROM attendance WHERE meeting_id = ?1 ORDER BY id",
            [m.id],
            |r| {
                let partner: Option<i64> = r.get(0)?;
                let contact: Option<i64> = r.get(1)?;
                Ok(AttendanceRecord {
                    attendee: match partner {
                        Some(p) => Attendee::Partner(p),
                        None => Attendee::Contact(contact.unwrap_or_default()),
                    },
                    status: r.get(2)?,
                })
            },
        )?;
    }
    Ok(meetings)
}

fn read_milestones(conn: &Connection, network_id: i64) -> Result<Vec<MilestoneRecord>> {
    collect(
        conn,
        "SELECT id, date, precision, kind, title, description, done, source_ref
         FROM milestones WHERE network_id = ?1 ORDER BY id",
        [network_id],
        |r| {
            Ok(MilestoneRecord {
                id: r.get(0)?,
                date: r.get(1)?,
                precision: r.get(2)?,
                kind: r.get(3)?,
                title: r.get(4)?,
                description: r.get(5)?,
                done: r.get(6)?,
                source_ref: r.get(7)?,
            })
        },
    )
}

fn read_plans(conn: &Connection, network_id: i64) -> Result<Vec<ActionPlanRecord>> {
    let mut plans = collect(
        conn,
        "SELECT id, partner_id, title, summary, status, source_ref, created_at, updated_at, uuid, adoption_date
         FROM action_plans WHERE network_id = ?1 ORDER BY id",
        [network_id],
        |r| {
            Ok(ActionPlanRecord {
                id: r.get(0)?,
                partner_id: r.get(1)?,
                title: r.get(2)?,
                summary: r.get(3)?,
                status: r.get(4)?,
                source_ref: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
                uuid: r.get(8)?,
                adoption_date: r.get(9)?,
                revisions: Vec::new(),
                parts: Default::default(),
                status_changes: Vec::new(),
                comments: Vec::new(),
                conflicts: Vec::new(),
            })
        },
    )?;
    for p in &mut plans {
        let texts = collect(
            conn,
            "SELECT number, uuid, parent_uuid, merged_uuid, kind, author, created_at, message, snapshot
             FROM plan_revisions WHERE plan_id = ?1 ORDER BY number",
            [p.id],
            |r| {
                Ok((
                    PlanRevisionRecord {
                        number: r.get(0)?,
                        uuid: r.get(1)?,
                        parent_uuid: r.get(2)?,
                        merged_uuid: r.get(3)?,
                        kind: r.get(4)?,
                        author: r.get(5)?,
                        created_at: r.get(6)?,
                        message: r.get(7)?,
                        snapshot: PlanManifest::default(),
                    },
                    r.get::<_, String>(8)?,
                ))
            },
        )?;
        let mut parts = stored_parts(conn, p.id)?;
        p.revisions = texts
            .into_iter()
            .map(|(mut record, text)| {
                record.snapshot = file_manifest(&text, &mut parts)?;
                Ok(record)
            })
            .collect::<Result<_>>()?;
        p.parts = parts;
        p.status_changes = collect(
            conn,
            "SELECT from_status, to_status, adoption_date, author, changed_at FROM plan_status_changes WHERE plan_id = ?1 ORDER BY id",
            [p.id],
            |r| {
                Ok(PlanStatusChangeRecord {
                    from: r.get(0)?,
                    to: r.get(1)?,
                    adoption_date: r.get(2)?,
                    author: r.get(3)?,
                    changed_at: r.get(4)?,
                })
            },
        )?;
        p.comments = collect(
            conn,
            "SELECT id, uuid, section_key, author, text, created_at, resolved_at, resolved_by FROM plan_comments WHERE plan_id = ?1 ORDER BY id",
            [p.id],
            |r| {
                Ok(PlanCommentRecord {
                    id: r.get(0)?,
                    uuid: r.get(1)?,
                    section_key: r.get(2)?,
                    author: r.get(3)?,
                    text: r.get(4)?,
                    created_at: r.get(5)?,
                    resolved_at: r.get(6)?,
                    resolved_by: r.get(7)?,
                })
            },
        )?;
        p.conflicts = collect(
            conn,
            "SELECT id, item_key, label, base_text, ours_text, theirs_text, their_uuid, created_at, resolved_at, resolution
             FROM plan_conflicts WHERE plan_id = ?1 ORDER BY id",
            [p.id],
            |r| {
                Ok(PlanConflictRecord {
                    id: r.get(0)?,
                    item_key: r.get(1)?,
                    label: r.get(2)?,
                    base_text: r.get(3)?,
                    ours_text: r.get(4)?,
                    their_text: r.get(5)?,
                    their_uuid: r.get(6)?,
                    created_at: r.get(7)?,
                    resolved_at: r.get(8)?,
                    resolution: r.get(9)?,
                })
            },
        )?;
    }
    Ok(plans)
}

fn read_notes(conn: &Connection, network_id: Option<i64>) -> Result<Vec<ImportNoteRecord>> {
    collect(
        conn,
        "SELECT id, line, text, reason, source_ref FROM import_notes WHERE network_id IS ?1 ORDER BY id",
        [network_id],
        |r| {
            Ok(ImportNoteRecord {
                id: r.get(0)?,
                line: r.get(1)?,
                text: r.get(2)?,
                reason: r.get(3)?,
                source_ref: r.get(4)?,
            })
        },
    )
}

fn read_practices(conn: &Connection) -> Result<Vec<PracticeRecord>> {
    let mut practices = collect(
        conn,
        "SELECT id, title, tagline, city, country, author, author_role, headline_figure, is_transfer, source_ref,
                created_at, updated_at
         FROM practices ORDER BY id",
        [],
        |r| {
            Ok(PracticeRecord {
                id: r.get(0)?,
                title: r.get(1)?,
                tagline: r.get(2)?,
                city: r.get(3)?,
                country: r.get(4)?,
                author: r.get(5)?,
                author_role: r.get(6)?,
                headline_figure: r.get(7)?,
                is_transfer: r.get(8)?,
                sections: Vec::new(),
                network_ids: Vec::new(),
                source_ref: r.get(9)?,
                created_at: r.get(10)?,
                updated_at: r.get(11)?,
            })
        },
    )?;
    for p in &mut practices {
        p.sections = collect(
            conn,
            "SELECT heading, body FROM practice_sections WHERE practice_id = ?1 ORDER BY position, id",
            [p.id],
            |r| Ok(PracticeSectionRecord { heading: r.get(0)?, body: r.get(1)? }),
        )?;
        p.network_ids = collect(
            conn,
            "SELECT network_id FROM practice_networks WHERE practice_id = ?1 ORDER BY network_id",
            [p.id],
            |r| r.get(0),
        )?;
    }
    Ok(practices)
}

// ---------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------

/// Reads an export from JSON text: checks `format` and `schema_version` first, so a file
/// of another kind or from a newer Convene gets an error that says so, then the rest.
pub fn parse_export(text: &str) -> Result<Export> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        Error::BadInput(format!("the file is not valid JSON ({e}); expected a file written by `convene export json`"))
    })?;
    let Some(object) = value.as_object() else {
        return Err(not_an_export("its top level is not a JSON object"));
    };
    match object.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(other) => return Err(not_an_export(&format!("its \"format\" is {other}, not \"{FORMAT}\""))),
        None => return Err(not_an_export("it has no \"format\" field")),
    }
    let version = object
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| not_an_export("it has no whole-number \"schema_version\" field"))?;
    check_version(version)?;
    serde_json::from_value(value)
        .map_err(|e| Error::BadInput(format!("the Convene export cannot be read: {e}; nothing was imported")))
}

fn not_an_export(why: &str) -> Error {
    Error::BadInput(format!(
        "this JSON is not a Convene export: {why}. Use a file written by `convene export json`; nothing was imported"
    ))
}

fn check_version(version: u64) -> Result<()> {
    if version > u64::from(SCHEMA_VERSION) {
        return Err(Error::BadInput(format!(
            "this export was written by a newer version of Convene (schema_version {version}; this version reads up to {SCHEMA_VERSION}). Update Convene to import it; nothing was imported"
        )));
    }
    if version == 0 {
        return Err(not_an_export("its \"schema_version\" is 0; versions start at 1"));
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
        return Err(not_an_export(&format!("its \"format\" is \"{}\", not \"{FORMAT}\"", data.format)));
    }
    check_version(u64::from(data.schema_version))?;
    refuse_unless_empty(db)?;
    let tx = db.conn_mut().transaction()?;
    let mut w = Writer { conn: &tx, seen: Seen::default(), summary: ImportSummary::default() };
    for (i, s) in data.settings.iter().enumerate() {
        w.setting(&format!("settings[{i}]"), s)?;
    }
    for (i, n) in data.networks.iter().enumerate() {
        w.network(&format!("networks[{i}]"), n)?;
    }
    for (i, p) in data.practices.iter().enumerate() {
        w.practice(&format!("practices[{i}]"), p)?;
    }
    for (i, note) in data.import_notes.iter().enumerate() {
        w.note(&format!("import_notes[{i}]"), None, note)?;
    }
    let summary = w.summary;
    tx.commit()?;
    Ok(summary)
}

fn refuse_unless_empty(db: &Db) -> Result<()> {
    let count = |table: &str| -> Result<i64> {
        Ok(db.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    let mut held = Vec::new();
    for (table, one, many) in [
        ("networks", "network", "networks"),
        ("practices", "good practice", "good practices"),
        ("import_notes", "import note", "import notes"),
    ] {
        let n = count(table)?;
        if n > 0 {
            held.push(format!("{n} {}", if n == 1 { one } else { many }));
        }
    }
    if held.is_empty() {
        return Ok(());
    }
    let at = db.path().map(|p| format!(" {}", p.display())).unwrap_or_default();
    Err(Error::Conflict(format!(
        "the database{at} already holds data ({}); a JSON export is imported only into an empty database, so that every id stays as it was. Import it into a new database file instead, for example: convene --db new.db import json FILE. Nothing was changed",
        held.join(", ")
    )))
}

/// Ids, keys and ownership already written, to check uniqueness and references.
#[derive(Default)]
struct Seen {
    networks: HashSet<i64>,
    slugs: HashSet<String>,
    /// partner id -> network id
    partners: HashMap<i64, i64>,
    /// contact id -> network id
    contacts: HashMap<i64, i64>,
    members: HashSet<i64>,
    meetings: HashSet<i64>,
    uids: HashSet<String>,
    agenda: HashSet<i64>,
    milestones: HashSet<i64>,
    plans: HashSet<i64>,
    plan_uuids: HashSet<String>,
    revision_uuids: HashSet<String>,
    comments: HashSet<i64>,
    comment_uuids: HashSet<String>,
    conflicts: HashSet<i64>,
    practices: HashSet<i64>,
    notes: HashSet<i64>,
    source_refs: HashSet<(&'static str, String)>,
}

fn unique<T: std::hash::Hash + Eq + std::fmt::Display + Clone>(
    set: &mut HashSet<T>,
    value: &T,
    field: String,
    what: &str,
) -> Result<()> {
    if !set.insert(value.clone()) {
        return Err(Error::invalid(field, format!("{what} {value} appears twice; each must be unique")));
    }
    Ok(())
}

fn uuid_text(field: &str, text: &str) -> Result<String> {
    uuid::Uuid::parse_str(text.trim())
        .map(|u| u.to_string())
        .map_err(|_| Error::invalid(field, format!("\"{text}\" is not a UUID")))
}

fn instant_text(field: &str, text: &str) -> Result<()> {
    DateTime::parse_from_rfc3339(text).map_err(|_| {
        Error::invalid(field, format!("\"{text}\" is not a timestamp (expected e.g. 2024-05-01T09:30:00Z)"))
    })?;
    Ok(())
}

fn country_code(field: &str, code: &str) -> Result<String> {
    match country::by_code(code) {
        Some(c) if c.code == code.trim() => Ok(c.code.to_string()),
        _ => Err(Error::invalid(
            field,
            format!("\"{code}\" is not an ISO 3166-1 alpha-2 country code Convene knows (e.g. LV)"),
        )),
    }
}

fn utc_text(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

struct Writer<'c> {
    conn: &'c Connection,
    seen: Seen,
    summary: ImportSummary,
}

impl Writer<'_> {
    fn source_ref(&mut self, table: &'static str, path: &str, source_ref: &Option<String>) -> Result<Option<String>> {
        let Some(s) = source_ref else { return Ok(None) };
        let s = validate::required(&format!("{path}.source_ref"), s, LINE_MAX)?;
        if !self.seen.source_refs.insert((table, s.clone())) {
            return Err(Error::invalid(
                format!("{path}.source_ref"),
                format!("the source reference \"{s}\" appears twice in {table}"),
            ));
        }
        Ok(Some(s))
    }

    fn network(&mut self, path: &str, n: &NetworkRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.networks, &n.id, f("id"), "the network id")?;
        let name = validate::required(&f("name"), &n.name, NAME_MAX)?;
        let slug = validate::required(&f("slug"), &n.slug, NAME_MAX)?;
        if slugify(&slug) != slug {
            return Err(Error::invalid(
                f("slug"),
                format!(
                    "\"{slug}\" is not a short name (lower-case letters, digits and hyphens, e.g. {})",
                    slugify(&slug)
                ),
            ));
        }
        unique(&mut self.seen.slugs, &slug, f("slug"), "the short name")?;
        validate::date_range(&f("start_date"), n.start_date, &f("end_date"), n.end_date)?;
        let tagline = validate::optional(&f("tagline"), &n.tagline, LINE_MAX)?;
        let description = validate::optional(&f("description"), &n.description, TEXT_MAX)?;
        let programme = validate::optional(&f("programme"), &n.programme, NAME_MAX)?;
        let email = validate::email(&f("contact_email"), &n.contact_email)?;
        let website = validate::url(&f("website"), &n.website)?;
        instant_text(&f("created_at"), &n.created_at)?;
        instant_text(&f("updated_at"), &n.updated_at)?;
        let source_ref = self.source_ref("networks", path, &n.source_ref)?;
        self.conn.execute(
            "INSERT INTO networks (id, slug, name, kind, tagline, description, programme, start_date, end_date,
                contact_email, website, lead_partner_id, source_ref, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL, ?12, ?13, ?14)",
            params![
                n.id,
                slug,
                name,
                n.kind,
                tagline,
                description,
                programme,
                n.start_date,
                n.end_date,
                email,
                website,
                source_ref,
                n.created_at,
                n.updated_at
            ],
        )?;
        for (i, p) in n.phases.iter().enumerate() {
            let pf = |name: &str| format!("{path}.phases[{i}].{name}");
            let phase_name = validate::required(&pf("name"), &p.name, NAME_MAX)?;
            validate::date_range(&pf("start_date"), p.start_date, &pf("end_date"), p.end_date)?;
            self.conn.execute(
                "INSERT INTO phases (network_id, position, name, start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![n.id, i as i64, phase_name, p.start_date, p.end_date],
            )?;
        }
        self.summary.networks += 1;
        for (i, p) in n.partners.iter().enumerate() {
            self.partner(&format!("{path}.partners[{i}]"), n.id, p)?;
        }
        if let Some(lead) = n.lead_partner_id {
            self.partner_of(&f("lead_partner_id"), n.id, lead)?;
            self.conn.execute("UPDATE networks SET lead_partner_id = ?2 WHERE id = ?1", params![n.id, lead])?;
        }
        for (i, m) in n.meetings.iter().enumerate() {
            self.meeting(&format!("{path}.meetings[{i}]"), n.id, m)?;
        }
        for (i, m) in n.milestones.iter().enumerate() {
            self.milestone(&format!("{path}.milestones[{i}]"), n.id, m)?;
        }
        for (i, a) in n.action_plans.iter().enumerate() {
            self.plan(&format!("{path}.action_plans[{i}]"), n.id, a)?;
        }
        for (i, note) in n.import_notes.iter().enumerate() {
            self.note(&format!("{path}.import_notes[{i}]"), Some(n.id), note)?;
        }
        Ok(())
    }

    /// Checks that `partner_id` is a partner of `network_id` written earlier in the file.
    fn partner_of(&self, field: &str, network_id: i64, partner_id: i64) -> Result<()> {
        match self.seen.partners.get(&partner_id) {
            Some(&owner) if owner == network_id => Ok(()),
            Some(_) => Err(Error::invalid(field, format!("the partner {partner_id} belongs to another network"))),
            None => Err(Error::invalid(field, format!("there is no partner with id {partner_id} in this network"))),
        }
    }

    fn partner(&mut self, path: &str, network_id: i64, p: &PartnerRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        if self.seen.partners.insert(p.id, network_id).is_some() {
            return Err(Error::invalid(f("id"), format!("the partner id {} appears twice; each must be unique", p.id)));
        }
        let name = validate::required(&f("name"), &p.name, NAME_MAX)?;
        let country = country_code(&f("country"), &p.country)?;
        let zone = validate::zone(&f("time_zone"), &p.time_zone)?;
        if p.population.is_some_and(|n| n < 0) {
            return Err(Error::invalid(f("population"), "must not be negative"));
        }
        let notes = validate::optional(&f("notes"), &p.notes, TEXT_MAX)?;
        instant_text(&f("created_at"), &p.created_at)?;
        instant_text(&f("updated_at"), &p.updated_at)?;
        self.conn.execute(
            "INSERT INTO partners (id, network_id, name, country, role, time_zone, population, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![p.id, network_id, name, country, p.role, zone.name(), p.population, notes, p.created_at, p.updated_at],
        )?;
        self.summary.partners += 1;
        for (i, c) in p.contacts.iter().enumerate() {
            let cf = |name: &str| format!("{path}.contacts[{i}].{name}");
            if self.seen.contacts.insert(c.id, network_id).is_some() {
                return Err(Error::invalid(
                    cf("id"),
                    format!("the contact id {} appears twice; each must be unique", c.id),
                ));
            }
            self.conn.execute(
                "INSERT INTO contacts (id, partner_id, name, role, email, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    c.id,
                    p.id,
                    validate::required(&cf("name"), &c.name, NAME_MAX)?,
                    validate::optional(&cf("role"), &c.role, LINE_MAX)?,
                    validate::email(&cf("email"), &c.email)?,
                    validate::optional(&cf("phone"), &c.phone, NAME_MAX)?
                ],
            )?;
            self.summary.contacts += 1;
        }
        for (i, m) in p.local_group.iter().enumerate() {
            let mf = |name: &str| format!("{path}.local_group[{i}].{name}");
            unique(&mut self.seen.members, &m.id, mf("id"), "the local group member id")?;
            self.conn.execute(
                "INSERT INTO local_group_members (id, partner_id, name, organisation, role) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    m.id,
                    p.id,
                    validate::required(&mf("name"), &m.name, NAME_MAX)?,
                    validate::optional(&mf("organisation"), &m.organisation, LINE_MAX)?,
                    validate::optional(&mf("role"), &m.role, LINE_MAX)?
                ],
            )?;
            self.summary.local_group_members += 1;
        }
        Ok(())
    }

    fn meeting(&mut self, path: &str, network_id: i64, m: &MeetingRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.meetings, &m.id, f("id"), "the meeting id")?;
        let uid = validate::required(&f("uid"), &m.uid, LINE_MAX)?;
        unique(&mut self.seen.uids, &uid, f("uid"), "the meeting UID")?;
        if m.sequence < 0 {
            return Err(Error::invalid(f("sequence"), "must not be negative"));
        }
        let title = validate::required(&f("title"), &m.title, TITLE_MAX)?;
        if let Some(host) = m.host_partner_id {
            self.partner_of(&f("host_partner_id"), network_id, host)?;
        }
        let venue = validate::optional(&f("venue"), &m.venue, LINE_MAX)?;
        let online_url = validate::url(&f("online_url"), &m.online_url)?;
        let description = validate::optional(&f("description"), &m.description, TEXT_MAX)?;
        instant_text(&f("created_at"), &m.created_at)?;
        instant_text(&f("updated_at"), &m.updated_at)?;
        let source_ref = self.source_ref("meetings", path, &m.source_ref)?;
        let s = schedule_columns(&f("schedule"), &m.schedule)?;
        self.conn.execute(
            "INSERT INTO meetings (id, uid, sequence, network_id, kind, title, host_partner_id, venue, mode, online_url,
                status, description, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date,
                undated_year, undated_month, undated_wording, sort_start, source_ref, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                ?22, ?23, ?24, ?25)",
            params![
                m.id,
                uid,
                m.sequence,
                network_id,
                m.kind,
                title,
                m.host_partner_id,
                venue,
                m.mode,
                online_url,
                m.status,
                description,
                s.kind,
                s.start_utc,
                s.end_utc,
                s.time_zone,
                s.first_date,
                s.last_date,
                s.year,
                s.month,
                s.wording,
                s.sort_start,
                source_ref,
                m.created_at,
                m.updated_at
            ],
        )?;
        self.summary.meetings += 1;
        for (i, a) in m.agenda.iter().enumerate() {
            let af = |name: &str| format!("{path}.agenda[{i}].{name}");
            unique(&mut self.seen.agenda, &a.id, af("id"), "the agenda item id")?;
            let title = validate::required(&af("title"), &a.title, TITLE_MAX)?;
            let notes = validate::optional(&af("notes"), &a.notes, TEXT_MAX)?;
            if let (Some(s), Some(e)) = (a.start_time, a.end_time) {
                if e <= s {
                    return Err(Error::invalid(af("end_time"), "the item must end after it starts"));
                }
            }
            if let Some(lead) = a.lead_partner_id {
                self.partner_of(&af("lead_partner_id"), network_id, lead)?;
            }
            self.conn.execute(
                "INSERT INTO agenda_items (id, meeting_id, position, start_time, end_time, title, lead_partner_id, notes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![a.id, m.id, i as i64, a.start_time, a.end_time, title, a.lead_partner_id, notes],
            )?;
            self.summary.agenda_items += 1;
        }
        let mut attendees = HashSet::new();
        for (i, a) in m.attendance.iter().enumerate() {
            let field = format!("{path}.attendance[{i}].attendee");
            let (partner, contact) = match a.attendee {
                Attendee::Partner(id) => {
                    self.partner_of(&field, network_id, id)?;
                    (Some(id), None)
                }
                Attendee::Contact(id) => {
                    if self.seen.contacts.get(&id) != Some(&network_id) {
                        return Err(Error::invalid(field, format!("there is no contact with id {id} in this network")));
                    }
                    (None, Some(id))
                }
            };
            if !attendees.insert((partner, contact)) {
                return Err(Error::invalid(field, "this attendee is listed twice for the meeting"));
            }
            self.conn.execute(
                "INSERT INTO attendance (meeting_id, partner_id, contact_id, status) VALUES (?1, ?2, ?3, ?4)",
                params![m.id, partner, contact, a.status],
            )?;
            self.summary.attendance += 1;
        }
        Ok(())
    }

    fn milestone(&mut self, path: &str, network_id: i64, m: &MilestoneRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.milestones, &m.id, f("id"), "the milestone id")?;
        let input = MilestoneInput {
            date: m.date,
            precision: m.precision,
            kind: m.kind,
            title: m.title.clone(),
            description: m.description.clone(),
            done: m.done,
        };
        let clean = clean_milestone(f, &input)?;
        let source_ref = self.source_ref("milestones", path, &m.source_ref)?;
        self.conn.execute(
            "INSERT INTO milestones (id, network_id, date, precision, kind, title, description, done, source_ref)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![m.id, network_id, clean.date, m.precision, m.kind, clean.title, clean.description, m.done, source_ref],
        )?;
        self.summary.milestones += 1;
        Ok(())
    }

    fn plan(&mut self, path: &str, network_id: i64, a: &ActionPlanRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.plans, &a.id, f("id"), "the action plan id")?;
        if let Some(p) = a.partner_id {
            self.partner_of(&f("partner_id"), network_id, p)?;
        }
        let title = validate::required(&f("title"), &a.title, TITLE_MAX)?;
        let summary = validate::optional(&f("summary"), &a.summary, TEXT_MAX)?;
        instant_text(&f("created_at"), &a.created_at)?;
        instant_text(&f("updated_at"), &a.updated_at)?;
        let source_ref = self.source_ref("action_plans", path, &a.source_ref)?;
        let uuid = match &a.uuid {
            Some(u) => {
                let u = uuid_text(&f("uuid"), u)?;
                unique(&mut self.seen.plan_uuids, &u, f("uuid"), "the action plan uuid")?;
                u
            }
            None => uuid::Uuid::new_v4().to_string(),
        };
        let adoption_date = match (a.status, a.adoption_date) {
            (PlanStatus::Adopted, Some(d)) => Some(validate::date(&f("adoption_date"), d)?),
            (_, Some(_)) => return Err(Error::invalid(f("adoption_date"), "only an adopted plan has an adoption date")),
            (_, None) => None,
        };
        self.conn.execute(
            "INSERT INTO action_plans (id, network_id, partner_id, title, summary, status, source_ref, created_at, updated_at, uuid, adoption_date)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![a.id, network_id, a.partner_id, title, summary, a.status, source_ref, a.created_at, a.updated_at, uuid, adoption_date],
        )?;
        self.plan_history(path, a, &summary)?;
        self.summary.action_plans += 1;
        Ok(())
    }

    fn plan_history(&mut self, path: &str, a: &ActionPlanRecord, summary: &str) -> Result<()> {
        if a.revisions.is_empty() {
            commit(self.conn, a.id, PlanContent::standard(summary), RevisionKind::Created, "Created", None)?;
            self.conn.execute("UPDATE action_plans SET updated_at = ?2 WHERE id = ?1", params![a.id, a.updated_at])?;
        }
        let mut earlier: HashSet<&str> = HashSet::new();
        let mut texts = PartTexts::new(&a.parts);
        let mut last_number = 0;
        for (i, r) in a.revisions.iter().enumerate() {
            let rf = |name: &str| format!("{path}.revisions[{i}].{name}");
            let uuid = uuid_text(&rf("uuid"), &r.uuid)?;
            unique(&mut self.seen.revision_uuids, &uuid, rf("uuid"), "the revision uuid")?;
            if r.number <= last_number {
                return Err(Error::invalid(rf("number"), format!("{} does not follow {last_number}; revisions are numbered 1, 2, 3 in order", r.number)));
            }
            last_number = r.number;
            for parent in [&r.parent_uuid, &r.merged_uuid].into_iter().flatten() {
                if !earlier.contains(parent.as_str()) {
                    return Err(Error::invalid(rf("parent_uuid"), format!("{parent} is not an earlier revision of this plan")));
                }
            }
            let author = validate::optional(&rf("author"), &r.author, NAME_MAX)?;
            instant_text(&rf("created_at"), &r.created_at)?;
            let message = validate::optional(&rf("message"), &r.message, LINE_MAX)?;
            let snapshot = texts
                .content(&r.snapshot, &rf("snapshot"))
                .map_err(|e| Error::invalid(rf("snapshot"), e.to_string()))?
                .validate()
                .map_err(|e| match e {
                    Error::Invalid { field, reason } => Error::invalid(rf(&format!("snapshot.{field}")), reason),
                    other => other,
                })?;
            self.conn.execute(
                "INSERT INTO plan_revisions (plan_id, number, uuid, parent_uuid, merged_uuid, kind, author, created_at, message, snapshot)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    a.id,
                    r.number,
                    uuid,
                    r.parent_uuid,
                    r.merged_uuid,
                    r.kind,
                    author,
                    r.created_at,
                    message,
                    store_snapshot(self.conn, a.id, &snapshot)?
                ],
            )?;
            earlier.insert(r.uuid.as_str());
            if i + 1 == a.revisions.len() {
                write_content(self.conn, a.id, &snapshot)?;
            }
        }
        for (i, c) in a.status_changes.iter().enumerate() {
            let cf = |name: &str| format!("{path}.status_changes[{i}].{name}");
            let author = validate::optional(&cf("author"), &c.author, NAME_MAX)?;
            instant_text(&cf("changed_at"), &c.changed_at)?;
            self.conn.execute(
                "INSERT INTO plan_status_changes (plan_id, from_status, to_status, adoption_date, author, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![a.id, c.from, c.to, c.adoption_date, author, c.changed_at],
            )?;
        }
        for (i, c) in a.comments.iter().enumerate() {
            let cf = |name: &str| format!("{path}.comments[{i}].{name}");
            unique(&mut self.seen.comments, &c.id, cf("id"), "the comment id")?;
            let section_key = validate::required(&cf("section_key"), &c.section_key, NAME_MAX)?;
            let author = validate::required(&cf("author"), &c.author, NAME_MAX)?;
            let text = validate::required(&cf("text"), &c.text, TEXT_MAX)?;
            instant_text(&cf("created_at"), &c.created_at)?;
            if let Some(at) = &c.resolved_at {
                instant_text(&cf("resolved_at"), at)?;
            }
            let uuid = match &c.uuid {
                Some(u) => uuid_text(&cf("uuid"), u)?,
                None => uuid::Uuid::new_v4().to_string(),
            };
            unique(&mut self.seen.comment_uuids, &uuid, cf("uuid"), "the comment uuid")?;
            self.conn.execute(
                "INSERT INTO plan_comments (id, plan_id, uuid, section_key, author, text, created_at, resolved_at, resolved_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![c.id, a.id, uuid, section_key, author, text, c.created_at, c.resolved_at, c.resolved_by],
            )?;
        }
        for (i, c) in a.conflicts.iter().enumerate() {
            let cf = |name: &str| format!("{path}.conflicts[{i}].{name}");
            unique(&mut self.seen.conflicts, &c.id, cf("id"), "the conflict id")?;
            let label = validate::required(&cf("label"), &c.label, TITLE_MAX)?;
            instant_text(&cf("created_at"), &c.created_at)?;
            self.conn.execute(
                "INSERT INTO plan_conflicts (id, plan_id, item_key, label, base_text, ours_text, theirs_text, their_uuid, created_at, resolved_at, resolution)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![c.id, a.id, c.item_key, label, c.base_text, c.ours_text, c.their_text, c.their_uuid, c.created_at, c.resolved_at, c.resolution],
            )?;
        }
        Ok(())
    }

    fn setting(&mut self, path: &str, s: &SettingRecord) -> Result<()> {
        let key = validate::required(&format!("{path}.key"), &s.key, NAME_MAX)?;
        let value = validate::optional(&format!("{path}.value"), &s.value, LINE_MAX)?;
        // A setting already made in this (otherwise empty) database wins.
        self.conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?1, ?2)", params![key, value])?;
        Ok(())
    }

    fn note(&mut self, path: &str, network_id: Option<i64>, n: &ImportNoteRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.notes, &n.id, f("id"), "the import note id")?;
        if n.line < 0 {
            return Err(Error::invalid(f("line"), "must not be negative"));
        }
        let source_ref = self.source_ref("import_notes", path, &n.source_ref)?;
        self.conn.execute(
            "INSERT INTO import_notes (id, network_id, line, text, reason, source_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![n.id, network_id, n.line, n.text, n.reason, source_ref],
        )?;
        self.summary.import_notes += 1;
        Ok(())
    }

    fn practice(&mut self, path: &str, p: &PracticeRecord) -> Result<()> {
        let f = |name: &str| format!("{path}.{name}");
        unique(&mut self.seen.practices, &p.id, f("id"), "the good practice id")?;
        let country = match &p.country {
            Some(c) => Some(country_code(&f("country"), c)?),
            None => None,
        };
        instant_text(&f("created_at"), &p.created_at)?;
        instant_text(&f("updated_at"), &p.updated_at)?;
        let source_ref = self.source_ref("practices", path, &p.source_ref)?;
        self.conn.execute(
            "INSERT INTO practices (id, title, tagline, city, country, author, author_role, headline_figure, is_transfer,
                source_ref, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                p.id,
                validate::required(&f("title"), &p.title, TITLE_MAX)?,
                validate::optional(&f("tagline"), &p.tagline, LINE_MAX)?,
                validate::optional(&f("city"), &p.city, NAME_MAX)?,
                country,
                validate::optional(&f("author"), &p.author, NAME_MAX)?,
                validate::optional(&f("author_role"), &p.author_role, LINE_MAX)?,
                validate::optional(&f("headline_figure"), &p.headline_figure, NAME_MAX)?,
                p.is_transfer,
                source_ref,
                p.created_at,
                p.updated_at
            ],
        )?;
        for (i, s) in p.sections.iter().enumerate() {
            let sf = |name: &str| format!("{path}.sections[{i}].{name}");
            self.conn.execute(
                "INSERT INTO practice_sections (practice_id, position, heading, body) VALUES (?1, ?2, ?3, ?4)",
                params![
                    p.id,
                    i as i64,
                    validate::optional(&sf("heading"), &s.heading, LINE_MAX)?,
                    validate::optional(&sf("body"), &s.body, TEXT_MAX)?
                ],
            )?;
        }
        let mut linked = HashSet::new();
        for (i, &n) in p.network_ids.iter().enumerate() {
            let field = format!("{path}.network_ids[{i}]");
            if !self.seen.networks.contains(&n) {
                return Err(Error::invalid(field, format!("there is no network with id {n} in the file")));
            }
            if !linked.insert(n) {
                return Err(Error::invalid(field, format!("the network {n} is listed twice")));
            }
            self.conn
                .execute("INSERT INTO practice_networks (practice_id, network_id) VALUES (?1, ?2)", params![p.id, n])?;
        }
        self.summary.practices += 1;
        Ok(())
    }
}

/// The columns a schedule occupies, as `meeting.rs` writes them.
struct ScheduleColumns {
    kind: &'static str,
    start_utc: Option<String>,
    end_utc: Option<String>,
    time_zone: Option<String>,
    first_date: Option<NaiveDate>,
    last_date: Option<NaiveDate>,
    year: Option<i32>,
    month: Option<u32>,
    wording: Option<String>,
    sort_start: Option<String>,
}

fn schedule_columns(path: &str, s: &ScheduleRecord) -> Result<ScheduleColumns> {
    let f = |name: &str| format!("{path}.{name}");
    let empty = ScheduleColumns {
        kind: "undated",
        start_utc: None,
        end_utc: None,
        time_zone: None,
        first_date: None,
        last_date: None,
        year: None,
        month: None,
        wording: None,
        sort_start: None,
    };
    match s {
        ScheduleRecord::Timed { start, end, time_zone } => {
            let zone = validate::zone(&f("time_zone"), time_zone)?;
            validate::date(&f("start"), start.date_naive())?;
            validate::date(&f("end"), end.date_naive())?;
            if end <= start {
                return Err(Error::invalid(f("end"), "the meeting must end after it starts"));
            }
            Ok(ScheduleColumns {
                kind: "timed",
                start_utc: Some(utc_text(start)),
                end_utc: Some(utc_text(end)),
                time_zone: Some(zone.name().to_string()),
                sort_start: Some(utc_text(start)),
                ..empty
            })
        }
        ScheduleRecord::AllDay { first, last } => {
            validate::date(&f("first"), *first)?;
            validate::date(&f("last"), *last)?;
            if last < first {
                return Err(Error::invalid(f("last"), format!("the last day, {last}, is before the first, {first}")));
            }
            Ok(ScheduleColumns {
                kind: "all_day",
                first_date: Some(*first),
                last_date: Some(*last),
                sort_start: Some(format!("{first}T00:00:00Z")),
                ..empty
            })
        }
        ScheduleRecord::Undated { year, month, wording } => {
            if let Some(y) = year {
                validate::year(&f("year"), *y)?;
            }
            if let Some(m) = month {
                if !(1..=12).contains(m) {
                    return Err(Error::invalid(f("month"), format!("{m} is not a month (1-12)")));
                }
            }
            Ok(ScheduleColumns {
                year: *year,
                month: *month,
                wording: Some(validate::optional(&f("wording"), wording, LINE_MAX)?),
                ..empty
            })
        }
    }
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
        ("networks", "id slug name kind tagline description programme start_date end_date contact_email website lead_partner_id source_ref created_at updated_at"),
        ("phases", "id network_id position name start_date end_date"),
        ("partners", "id network_id name country role time_zone population notes created_at updated_at"),
        ("contacts", "id partner_id name role email phone"),
        ("local_group_members", "id partner_id name organisation role"),
        ("meetings", "id uid sequence network_id kind title host_partner_id venue mode online_url status description schedule_kind start_utc end_utc time_zone first_date last_date undated_year undated_month undated_wording sort_start source_ref created_at updated_at"),
        ("agenda_items", "id meeting_id position start_time end_time title lead_partner_id notes"),
        ("attendance", "id meeting_id partner_id contact_id status"),
        ("milestones", "id network_id date title description source_ref kind done precision"),
        ("action_plans", "id network_id partner_id title summary status source_ref created_at updated_at uuid adoption_date"),
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
    ];

    #[test]
    fn every_table_and_column_of_the_schema_is_carried() {
        let db = Db::open_in_memory().unwrap();
        let mut stmt = db
            .conn()
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                 AND name NOT LIKE 'search_index%' ORDER BY name",
            )
            .unwrap();
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|t| t.unwrap()).collect();
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
