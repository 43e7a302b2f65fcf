//! Integrated Action Plans: what each partner city writes with its local group, drafted
//! over months, reviewed, exchanged between partners and adopted by its council.
//!
//! A plan ([`ActionPlan`]) belongs to a network and usually to one partner city. What it
//! says is a [`content::PlanContent`]: the nine standard IAP sections plus custom ones
//! ([`sections`]), the action table ([`actions`]), indicators ([`indicators`]) and risks ([`risks`]). Every change of
//! content is a revision ([`revisions`]): nothing typed is ever lost, any two revisions can
//! be compared word by word ([`diff`]) and any one restored. Budget figures are computed,
//! never typed ([`summary`], exact decimals from [`money`]). [`review`] holds the status
//! workflow and reviewers' comments, [`exchange`] the `.convene-plan` file two partners
//! swap without a server, [`author`] the name revisions are signed with.
//!
//! Invariants:
//! - Every plan has the standard sections and at least one revision from the moment it is
//!   created ([`create_plan`], the URBACT importer through `insert_plan`, and migration
//!   0002 for plans that existed before): revision 1 holds the plan's summary as the text
//!   of its `context` section.
//! - [`load_plan_document`] returns, in one read transaction, everything a screen or an
//!   export needs: [`PlanDocument`]. Its fields only ever grow.

pub mod actions;
pub mod author;
pub mod content;
pub mod diff;
pub mod exchange;
pub mod history;
pub mod indicators;
pub mod money;
pub mod review;
pub mod revision_summary;
pub mod revisions;
pub mod risks;
mod rows;
pub mod sections;
pub mod snapshot;
pub mod summary;

pub use actions::{add_action, delete_action, move_action, update_action, ActionInput};
pub use author::{get_author, set_author, AuthorSetting};
pub use content::{
    Action, ActionStatus, FundingLine, FundingSource, Indicator, IndicatorKind, PlanContent, Risk, Section,
    STANDARD_SECTIONS,
};
pub use diff::{diff_revisions, PlanDiff};
pub use exchange::{
    list_conflicts, receive_plan, receive_plan_file, resolve_conflict, send_plan, send_plan_to_file, ConflictChoice,
    PlanConflict, ReceiveOutcome, ReceiveReport,
};
pub use indicators::{add_indicator, delete_indicator, update_indicator, IndicatorInput};
pub use money::Month;
pub use review::{
    add_comment, list_comments, list_status_changes, resolve_comment, set_plan_status, unresolve_comment, Comment,
    CommentInput, StatusChange,
};
pub use revisions::{
    list_revisions, list_revisions_in, restore_revision, revision_content, Revision, RevisionKind, SavedRevision,
};
pub use risks::{add_risk, delete_risk, update_risk, RiskInput};
pub use sections::{add_section, remove_section, rename_section, reorder_sections, save_section};
pub use summary::{summarize, PlanSummary};

use chrono::NaiveDate;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::{self, Locale, Message};
use crate::labels::text_enum;
use crate::names::fold;
use crate::network::get_network;
use crate::origin::{Origin, Stamps};
use crate::partner::get_partner;
use crate::store::{now_text, Db};
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

text_enum! {
    pub enum PlanStatus {
        Draft = "draft" / "Draft",
        InReview = "in_review" / "In review",
        Final = "final" / "Final",
        Adopted = "adopted" / "Adopted",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionPlan {
    pub id: i64,
    /// In an export, the network the plan is listed under (absent in schema version 1).
    #[serde(default)]
    pub network_id: i64,
    /// The partner city whose plan it is.
    #[serde(default)]
    pub partner_id: Option<i64>,
    /// The partner's name: derived, so a file's value (absent in schema version 1) is not
    /// read back.
    #[serde(default)]
    pub partner_name: Option<String>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: PlanStatus,
    /// The day the city council adopted the plan (set with the status `adopted`).
    #[serde(default)]
    pub adoption_date: Option<NaiveDate>,
    /// The plan's identity on every machine (`.convene-plan` files). Files written before
    /// plan drafting have none; one is then made up.
    #[serde(default)]
    pub uuid: String,
    /// The URBACT page the plan was imported from.
    #[serde(default)]
    pub source_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The language of its exported documents: headings, labels, dates and amounts
    /// (English unless chosen; [`set_plan_language`]). The section texts are as written.
    #[serde(default)]
    pub language: Locale,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionPlanInput {
    #[serde(default)]
    pub partner_id: Option<i64>,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    pub status: PlanStatus,
}

fn check(db: &Db, network_id: i64, input: &ActionPlanInput) -> Result<(String, String)> {
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    let summary = validate::optional("summary", &input.summary, TEXT_MAX)?;
    if let Some(p) = input.partner_id {
        let partner =
            get_partner(db, p).map_err(|_| Error::invalid("partner_id", Message::new("error-partner-gone")))?;
        if partner.network_id != network_id {
            return Err(Error::invalid(
                "partner_id",
                Message::new("error-not-a-partner-here").arg("partner", partner.name),
            ));
        }
    }
    Ok((title, summary))
}

pub fn create_plan(db: &mut Db, network_id: i64, input: ActionPlanInput) -> Result<ActionPlan> {
    let id = insert_plan(db, network_id, &input, &Origin::Form)?;
    get_plan(db, id)
}

/// Inserts a plan with the standard sections as revision 1. A plan from a page gets the
/// same identity (and first revision) on every machine that imports the same page.
pub(crate) fn insert_plan(db: &mut Db, network_id: i64, input: &ActionPlanInput, origin: &Origin) -> Result<i64> {
    get_network(db, network_id)?;
    let (title, summary) = check(db, network_id, input)?;
    let stamps = origin.stamps()?;
    let page = match origin {
        Origin::Page(key) => Some(key.as_str()),
        _ => None,
    };
    let plan_uuid = match page {
        Some(key) => exchange::imported_uuid("plan", key),
        None => uuid::Uuid::new_v4().to_string(),
    };
    let tx = db.write_savepoint()?;
    let id = insert_row(&tx, network_id, input, (&title, &summary), &plan_uuid, None, &stamps)?;
    let message = revision_summary::stored(
        if page.is_some() { "plan-revision-created-from-page" } else { "plan-revision-created" },
        &[],
    );
    let first = revisions::commit(&tx, id, PlanContent::standard(&summary), RevisionKind::Created, &message, None)?;
    if let Some(key) = page {
        // Partners who import the same pages get the same plan and first revision, so their
        // copies can be exchanged and merged later (see exchange::imported_uuid).
        tx.execute(
            "UPDATE plan_revisions SET uuid = ?2 WHERE uuid = ?1",
            params![first.revision.uuid, exchange::imported_uuid("revision-1", key)],
        )?;
    }
    tx.commit()?;
    Ok(id)
}

/// Inserts an exported plan's row, keeping its id, UUID, status, adoption date and
/// timestamps; its history (revisions, comments ...) is the caller's to write.
pub(crate) fn import_plan(db: &Db, network_id: i64, plan: &ActionPlan, origin: &Origin) -> Result<i64> {
    let input = ActionPlanInput {
        partner_id: plan.partner_id,
        title: plan.title.clone(),
        summary: plan.summary.clone(),
        status: plan.status,
    };
    let (title, summary) = check(db, network_id, &input)?;
    let adoption_date = review::adoption_date_for(plan.status, plan.adoption_date)?;
    let plan_uuid = match &plan.uuid {
        u if u.is_empty() => uuid::Uuid::new_v4().to_string(),
        u => uuid::Uuid::parse_str(u.trim())
            .map_err(|_| Error::invalid("uuid", Message::new("error-not-a-uuid").arg("value", u)))?
            .to_string(),
    };
    let id =
        insert_row(db.conn(), network_id, &input, (&title, &summary), &plan_uuid, adoption_date, &origin.stamps()?)?;
    db.conn().execute("UPDATE action_plans SET language = ?2 WHERE id = ?1", params![id, plan.language])?;
    Ok(id)
}

fn insert_row(
    conn: &rusqlite::Connection,
    network_id: i64,
    input: &ActionPlanInput,
    (title, summary): (&str, &str),
    uuid: &str,
    adoption_date: Option<NaiveDate>,
    stamps: &Stamps,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO action_plans (id, network_id, partner_id, title, summary, status, source_ref, created_at, updated_at, uuid, adoption_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            stamps.id, network_id, input.partner_id, title, summary, input.status, stamps.source_ref,
            stamps.created_at, stamps.updated_at, uuid, adoption_date
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn update_plan(db: &mut Db, id: i64, input: ActionPlanInput) -> Result<ActionPlan> {
    let before = get_plan(db, id)?;
    let (title, summary) = check(db, before.network_id, &input)?;
    db.conn().execute(
        "UPDATE action_plans SET partner_id = ?2, title = ?3, summary = ?4, status = ?5, updated_at = ?6 WHERE id = ?1",
        params![id, input.partner_id, title, summary, input.status, now_text()],
    )?;
    get_plan(db, id)
}

fn plan_from_row(r: &Row<'_>) -> rusqlite::Result<ActionPlan> {
    Ok(ActionPlan {
        id: r.get("id")?,
        network_id: r.get("network_id")?,
        partner_id: r.get("partner_id")?,
        partner_name: r.get("partner_name")?,
        title: r.get("title")?,
        summary: r.get("summary")?,
        status: r.get("status")?,
        adoption_date: r.get("adoption_date")?,
        uuid: r.get("uuid")?,
        source_ref: r.get("source_ref")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        // Absent before migration 0007 (a database being upgraded step by step).
        language: r.get("language").unwrap_or_default(),
    })
}

/// Sets the language the plan `id` is exported in; the window's language does not change.
pub fn set_plan_language(db: &mut Db, id: i64, language: Locale) -> Result<ActionPlan> {
    get_plan(db, id)?;
    db.conn().execute("UPDATE action_plans SET language = ?2 WHERE id = ?1", params![id, language])?;
    get_plan(db, id)
}

const PLAN_COLUMNS: &str = "a.*, (SELECT name FROM partners p WHERE p.id = a.partner_id) AS partner_name";

pub fn get_plan(db: &Db, id: i64) -> Result<ActionPlan> {
    db.conn()
        .query_row(&format!("SELECT {PLAN_COLUMNS} FROM action_plans a WHERE a.id = ?1"), [id], plan_from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-plan-id").arg("id", id.to_string())))
}

pub fn list_plans(db: &Db, network_id: i64) -> Result<Vec<ActionPlan>> {
    let mut stmt = db.conn().prepare_cached(&format!(
        "SELECT {PLAN_COLUMNS} FROM action_plans a WHERE a.network_id = ?1 ORDER BY partner_name COLLATE NOCASE, a.id"
    ))?;
    let rows = stmt.query_map([network_id], plan_from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn delete_plan(db: &mut Db, id: i64) -> Result<()> {
    get_plan(db, id)?;
    db.conn().execute("DELETE FROM action_plans WHERE id = ?1", [id])?;
    Ok(())
}

/// Everything about one plan that a screen or an export shows, read in one go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanDocument {
    pub plan: ActionPlan,
    /// The plan's identity on every machine (`.convene-plan` files).
    pub uuid: String,
    pub network_name: String,
    pub network_slug: String,
    /// ISO 3166-1 alpha-2 code of the partner city, when the plan has a partner.
    pub partner_country: Option<String>,
    /// The newest revision: what `sections`, `actions`, `indicators` and `risks` hold.
    pub revision: Revision,
    pub revision_count: i64,
    /// In the plan's order.
    pub sections: Vec<Section>,
    pub actions: Vec<Action>,
    pub indicators: Vec<Indicator>,
    pub risks: Vec<Risk>,
    pub summary: PlanSummary,
    /// Comments not resolved yet, oldest first.
    pub open_comments: Vec<Comment>,
    /// Differences with a partner's copy waiting for a choice (see [`exchange`]).
    pub open_conflicts: Vec<PlanConflict>,
    pub status_changes: Vec<StatusChange>,
}

/// Reads a plan with its content, summary, open comments and conflicts.
pub fn load_plan_document(db: &Db, plan_id: i64) -> Result<PlanDocument> {
    let tx = db.conn().unchecked_transaction()?;
    let plan = get_plan(db, plan_id)?;
    let (uuid, network_name, network_slug, partner_country): (String, String, String, Option<String>) = tx.query_row(
        "SELECT a.uuid, n.name, n.slug, (SELECT country FROM partners p WHERE p.id = a.partner_id)
         FROM action_plans a JOIN networks n ON n.id = a.network_id WHERE a.id = ?1",
        [plan_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let revision = revisions::shown(revisions::head_of(&tx, plan_id)?, i18n::current());
    let revision_count: i64 =
        tx.query_row("SELECT count(*) FROM plan_revisions WHERE plan_id = ?1", [plan_id], |r| r.get(0))?;
    let content = content::read_content(&tx, plan_id)?;
    let summary = summarize(&content);
    let open_comments = list_comments(db, plan_id, false)?;
    let open_conflicts = list_conflicts(db, plan_id)?;
    let status_changes = list_status_changes(db, plan_id)?;
    let PlanContent { sections, actions, indicators, risks } = content;
    Ok(PlanDocument {
        plan,
        uuid,
        network_name,
        network_slug,
        partner_country,
        revision,
        revision_count,
        sections,
        actions,
        indicators,
        risks,
        summary,
        open_comments,
        open_conflicts,
        status_changes,
    })
}

/// A line of a network's list of plans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanListItem {
    pub plan: ActionPlan,
    /// The newest revision's number, time and author: the plan's last change.
    pub revision_number: i64,
    pub last_change_at: String,
    pub last_change_by: String,
    pub open_comments: i64,
    pub open_conflicts: i64,
}

/// Every plan of a network with its status and last change, in the order of
/// [`list_plans`].
pub fn list_plan_overviews(db: &Db, network_id: i64) -> Result<Vec<PlanListItem>> {
    get_network(db, network_id)?;
    let plans = list_plans(db, network_id)?;
    let mut stmt = db.conn().prepare_cached(
        "SELECT r.number, r.created_at, r.author,
                (SELECT count(*) FROM plan_comments c WHERE c.plan_id = ?1 AND c.resolved_at IS NULL),
                (SELECT count(*) FROM plan_conflicts c WHERE c.plan_id = ?1 AND c.resolved_at IS NULL)
         FROM plan_revisions r WHERE r.plan_id = ?1 ORDER BY r.number DESC LIMIT 1",
    )?;
    plans
        .into_iter()
        .map(|plan| {
            let (revision_number, last_change_at, signed_by, open_comments, open_conflicts): (_, _, String, _, _) =
                stmt.query_row([plan.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
            let last_change_by = author::shown_author(&signed_by, i18n::current());
            Ok(PlanListItem { plan, revision_number, last_change_at, last_change_by, open_comments, open_conflicts })
        })
        .collect()
}

/// Finds a plan from what a person typed on the command line: its id (`12`), or
/// `NETWORK/CITY` (network slug or name, then the partner city's name, both ignoring case
/// and accents: `techtown/gavle`).
pub fn find_plan(db: &Db, key: &str) -> Result<ActionPlan> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        return get_plan(db, id);
    }
    let Some((network_key, city)) = key.rsplit_once('/') else {
        return Err(Error::not_found(Message::new("error-not-a-plan-key").arg("key", key)));
    };
    let network = crate::network::find_network(db, network_key)?;
    let plans = list_plans(db, network.id)?;
    let wanted = fold(city);
    let found: Vec<&ActionPlan> =
        plans.iter().filter(|p| p.partner_name.as_deref().map(fold).as_deref() == Some(wanted.as_str())).collect();
    match found.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::not_found(
            Message::new("error-no-plan-of-city")
                .arg("network", &network.name)
                .arg("city", city)
                .arg("slug", &network.slug),
        )),
        many => Err(Error::conflict(
            Message::new("error-several-plans-of-city")
                .arg("network", &network.name)
                .arg("count", many.len())
                .arg("city", city)
                .arg("ids", many.iter().map(|p| p.id.to_string()).collect::<Vec<_>>().join(", ")),
        )),
    }
}
