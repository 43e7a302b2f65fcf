//! Reading an export into an empty database: every record through its own module's insert
//! function, the one a form uses, with an [`Origin::Export`] that keeps the file's ids,
//! UIDs, sequence numbers, UUIDs, timestamps and source references. So a value in a file
//! passes exactly the rules it passes when typed in; an error names where in the file it
//! is (`networks[0].partners[2].country`).
//!
//! Order matters only for references: a network's partners (and their contacts) come
//! before its lead partner is set and before the meetings, agendas, attendance and plans
//! that refer to them; networks come before the practices that name them.

use crate::agenda::import_agenda;
use crate::error::Result;
use crate::holiday::days_off::insert_day_off;
use crate::holiday::DayOffInput;
use crate::import_note::{insert_note, ImportNote};
use crate::meeting::attendance::import_attendance;
use crate::meeting::import_meeting;
use crate::milestone::{insert_milestone, MilestoneInput};
use crate::network::{import_lead_partner, insert_network, NetworkInput};
use crate::origin::{Kept, Origin};
use crate::partner::{
    insert_contact, insert_local_group_member, insert_partner, ContactInput, LocalGroupMemberInput, PartnerInput,
};
use crate::plan::exchange::insert_conflict;
use crate::plan::history::import_history;
use crate::plan::import_plan;
use crate::plan::review::{insert_comment, record_status_change};
use crate::practice::{insert_practice, PracticeInput};
use crate::store::Db;
use crate::validate::{self, LINE_MAX, NAME_MAX};

use super::document::{Export, NetworkExport, PlanExport, Setting};
use super::ImportSummary;

/// Writes `data` in one transaction; see [`super::import_all`].
pub(super) fn write_all(db: &mut Db, data: &Export) -> Result<ImportSummary> {
    db.in_transaction(|db| {
        let mut summary = ImportSummary::default();
        for (i, s) in data.settings.iter().enumerate() {
            setting(db, s).map_err(|e| e.within(&format!("settings[{i}]")))?;
        }
        for (i, n) in data.networks.iter().enumerate() {
            network(db, &format!("networks[{i}]"), n, &mut summary)?;
        }
        for (i, p) in data.practices.iter().enumerate() {
            let origin = stamped(p.id, &p.created_at, &p.updated_at, &p.source_ref);
            insert_practice(db, &PracticeInput::from(p), &origin).map_err(|e| e.within(&format!("practices[{i}]")))?;
            summary.practices += 1;
        }
        for (i, n) in data.import_notes.iter().enumerate() {
            note(db, None, n).map_err(|e| e.within(&format!("import_notes[{i}]")))?;
            summary.import_notes += 1;
        }
        Ok(summary)
    })
}

/// What a record with timestamps keeps.
fn stamped(id: i64, created_at: &str, updated_at: &str, source_ref: &Option<String>) -> Origin {
    Origin::Export(Kept {
        id,
        created_at: created_at.to_string(),
        updated_at: updated_at.to_string(),
        source_ref: source_ref.clone(),
        ..Kept::default()
    })
}

/// What a record without timestamps keeps.
fn referenced(id: i64, source_ref: &Option<String>) -> Origin {
    Origin::Export(Kept { id, source_ref: source_ref.clone(), ..Kept::default() })
}

fn setting(db: &Db, s: &Setting) -> Result<()> {
    let key = validate::required("key", &s.key, NAME_MAX)?;
    let value = validate::optional("value", &s.value, LINE_MAX)?;
    // A setting already made in this (otherwise empty) database wins.
    db.conn().execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?1, ?2)", [key, value])?;
    Ok(())
}

fn note(db: &Db, network_id: Option<i64>, n: &ImportNote) -> Result<i64> {
    insert_note(db, network_id, n.line, &n.text, &n.reason, &referenced(n.id, &n.source_ref))
}

fn network(db: &mut Db, path: &str, n: &NetworkExport, summary: &mut ImportSummary) -> Result<()> {
    let within = |at: String| move |e: crate::Error| e.within(&at);
    let network = &n.network;
    let id = network.id;
    let input = NetworkInput { lead_partner_id: None, ..NetworkInput::from(network) };
    let origin = stamped(id, &network.created_at, &network.updated_at, &network.source_ref);
    insert_network(db, &input, &origin).map_err(within(path.to_string()))?;
    crate::network::set_network_language(db, id, network.language)?;
    summary.networks += 1;
    for (i, p) in n.partners.iter().enumerate() {
        let at = format!("{path}.partners[{i}]");
        let origin = stamped(p.id, &p.created_at, &p.updated_at, &None);
        insert_partner(db, id, &PartnerInput::from(p), &origin).map_err(within(at.clone()))?;
        summary.partners += 1;
        for (j, c) in p.contacts.iter().enumerate() {
            insert_contact(db, p.id, &ContactInput::from(c), &Origin::kept_id(c.id))
                .map_err(within(format!("{at}.contacts[{j}]")))?;
            summary.contacts += 1;
        }
        for (j, m) in p.local_group.iter().enumerate() {
            insert_local_group_member(db, p.id, &LocalGroupMemberInput::from(m), &Origin::kept_id(m.id))
                .map_err(within(format!("{at}.local_group[{j}]")))?;
            summary.local_group_members += 1;
        }
    }
    import_lead_partner(db, id, network.lead_partner_id).map_err(within(path.to_string()))?;
    for (i, m) in n.meetings.iter().enumerate() {
        let at = format!("{path}.meetings[{i}]");
        let origin = Origin::Export(Kept {
            id: m.id,
            created_at: m.created_at.clone(),
            updated_at: m.updated_at.clone(),
            source_ref: m.source_ref.clone(),
            uid: Some(m.uid.clone()),
            sequence: m.sequence,
        });
        import_meeting(db, id, m, &origin).map_err(within(at.clone()))?;
        import_agenda(db, m.id, id, &m.agenda).map_err(within(at.clone()))?;
        import_attendance(db, m.id, id, &m.attendance).map_err(within(at))?;
        summary.meetings += 1;
        summary.agenda_items += m.agenda.len();
        summary.attendance += m.attendance.len();
    }
    for (i, m) in n.milestones.iter().enumerate() {
        insert_milestone(db, id, &MilestoneInput::from(m), &referenced(m.id, &m.source_ref))
            .map_err(within(format!("{path}.milestones[{i}]")))?;
        summary.milestones += 1;
    }
    for (i, d) in n.days_off.iter().enumerate() {
        let at = format!("{path}.days_off[{i}]");
        if !n.partners.iter().any(|p| p.id == d.partner_id) {
            let message = crate::i18n::Message::new("error-not-a-partner-id-here").arg("id", d.partner_id.to_string());
            return Err(crate::Error::invalid(format!("{at}.partner_id"), message));
        }
        insert_day_off(db, d.partner_id, &DayOffInput::from(d), &Origin::kept_id(d.id)).map_err(within(at))?;
        summary.days_off += 1;
    }
    for (i, a) in n.action_plans.iter().enumerate() {
        plan(db, id, a).map_err(within(format!("{path}.action_plans[{i}]")))?;
        summary.action_plans += 1;
    }
    for (i, note_) in n.import_notes.iter().enumerate() {
        note(db, Some(id), note_).map_err(within(format!("{path}.import_notes[{i}]")))?;
        summary.import_notes += 1;
    }
    for (i, p) in n.polls.iter().enumerate() {
        let origin = stamped(p.id, &p.created_at, &p.updated_at, &None);
        crate::poll::import_poll(db, id, p, &origin).map_err(within(format!("{path}.polls[{i}]")))?;
        summary.polls += 1;
    }
    Ok(())
}

fn plan(db: &Db, network_id: i64, a: &PlanExport) -> Result<()> {
    let p = &a.plan;
    import_plan(db, network_id, p, &stamped(p.id, &p.created_at, &p.updated_at, &p.source_ref))?;
    let conn = db.conn();
    import_history(conn, p, &a.revisions, &a.parts)?;
    for (i, c) in a.status_changes.iter().enumerate() {
        record_status_change(conn, p.id, c).map_err(|e| e.within(&format!("status_changes[{i}]")))?;
    }
    for (i, c) in a.comments.iter().enumerate() {
        insert_comment(conn, p.id, c, Some(c.id)).map_err(|e| e.within(&format!("comments[{i}]")))?;
    }
    for (i, c) in a.conflicts.iter().enumerate() {
        insert_conflict(conn, p.id, c, Some(c.id)).map_err(|e| e.within(&format!("conflicts[{i}]")))?;
    }
    Ok(())
}
