//! Writing an export: every record read by its own module's reader, in id order (agendas,
//! phases and sections in their own order, attendance by name), in one read transaction.

use rusqlite::Connection;

use crate::error::Result;
use crate::holiday::list_days_off;
use crate::import_note::notes_of;
use crate::meeting::get_meeting;
use crate::milestone::list_milestones;
use crate::network::get_network;
use crate::partner::list_partners;
use crate::plan::exchange::all_conflicts;
use crate::plan::history::RevisionWithSnapshot;
use crate::plan::list_plans;
use crate::plan::review::{stored_comments, stored_status_changes};
use crate::plan::revisions::all_stored;
use crate::plan::snapshot::{file_manifest, stored_parts};
use crate::practice::get_practice;
use crate::store::Db;

use super::document::{Export, NetworkExport, PlanExport, Setting};
use super::{FORMAT, SCHEMA_VERSION};

fn ids(conn: &Connection, sql: &str, owner: Option<i64>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = match owner {
        Some(id) => stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?,
        None => stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// Reads the whole database, as one consistent snapshot.
pub fn export_all(db: &Db) -> Result<Export> {
    let tx = db.conn().unchecked_transaction()?;
    let networks = ids(&tx, "SELECT id FROM networks ORDER BY id", None)?
        .into_iter()
        .map(|id| network(db, id))
        .collect::<Result<_>>()?;
    let practices = ids(&tx, "SELECT id FROM practices ORDER BY id", None)?
        .into_iter()
        .map(|id| get_practice(db, id))
        .collect::<Result<_>>()?;
    let mut stmt = tx.prepare("SELECT key, value FROM settings ORDER BY key")?;
    let settings =
        stmt.query_map([], |r| Ok(Setting { key: r.get(0)?, value: r.get(1)? }))?.collect::<rusqlite::Result<_>>()?;
    Ok(Export {
        format: FORMAT.into(),
        schema_version: SCHEMA_VERSION,
        networks,
        practices,
        import_notes: notes_of(db, None)?,
        settings,
    })
}

fn network(db: &Db, id: i64) -> Result<NetworkExport> {
    let mut partners = list_partners(db, id)?;
    partners.sort_by_key(|p| p.id);
    let meetings = ids(db.conn(), "SELECT id FROM meetings WHERE network_id = ?1 ORDER BY id", Some(id))?
        .into_iter()
        .map(|m| get_meeting(db, m))
        .collect::<Result<_>>()?;
    let mut milestones = list_milestones(db, id)?;
    milestones.sort_by_key(|m| m.id);
    let mut days_off = list_days_off(db, id)?;
    days_off.sort_by_key(|d| d.id);
    let mut plans = list_plans(db, id)?;
    plans.sort_by_key(|p| p.id);
    Ok(NetworkExport {
        network: get_network(db, id)?,
        partners,
        meetings,
        milestones,
        days_off,
        action_plans: plans.into_iter().map(|p| plan(db, p)).collect::<Result<_>>()?,
        import_notes: notes_of(db, Some(id))?,
        polls: polls_of(db, id)?,
    })
}

fn polls_of(db: &Db, network_id: i64) -> Result<Vec<crate::poll::Poll>> {
    ids(db.conn(), "SELECT id FROM polls WHERE network_id = ?1 ORDER BY id", Some(network_id))?
        .into_iter()
        .map(|id| crate::poll::get_poll(db, id))
        .collect()
}

fn plan(db: &Db, plan: crate::plan::ActionPlan) -> Result<PlanExport> {
    let mut parts = stored_parts(db.conn(), plan.id)?;
    let revisions = all_stored(db.conn(), plan.id)?
        .into_iter()
        .map(|s| Ok(RevisionWithSnapshot { snapshot: file_manifest(&s.snapshot, &mut parts)?, revision: s.revision }))
        .collect::<Result<_>>()?;
    Ok(PlanExport {
        revisions,
        parts,
        status_changes: stored_status_changes(db, plan.id)?,
        comments: stored_comments(db, plan.id, true)?,
        conflicts: all_conflicts(db, plan.id)?,
        plan,
    })
}
