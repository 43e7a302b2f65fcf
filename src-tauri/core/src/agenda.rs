//! A meeting's agenda: an ordered list of items with times, a speaker and notes.
//!
//! The agenda is saved whole ([`set_agenda`]): every item passes the same rules (title
//! required, end after start, the speaker a partner of the meeting's network), checked in
//! one place ([`clean_agenda`]), and the list is saved in one transaction or not at all.
//! People name an item by its number in that list (1 for the first), as the meeting's page
//! and `convene meeting show` print it; the one-item operations here (add at a place,
//! change, move, remove) read the current list, change it in memory and save it whole.
//!
//! Invariant: after every operation the items are numbered 1..=n without gaps, in the
//! order shown. Items get new ids when the list is saved; their numbers are what stays
//! meaningful to a person. (An export's items keep their ids: [`import_agenda`].)

use chrono::NaiveTime;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::meeting::{get_meeting, Meeting};
use crate::partner::get_partner;
use crate::store::{now_text, Db};
use crate::validate::{self, TEXT_MAX, TITLE_MAX};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgendaItem {
    pub id: i64,
    /// The item's place, from 0: derived from the order of the list, so a file's value
    /// (absent in schema version 1) is not read back.
    #[serde(default)]
    pub position: i64,
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub end_time: Option<NaiveTime>,
    pub title: String,
    /// The speaker: a partner of the meeting's network.
    #[serde(default)]
    pub lead_partner_id: Option<i64>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AgendaItemInput {
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

pub(crate) fn agenda_of(db: &Db, meeting_id: i64) -> Result<Vec<AgendaItem>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, position, start_time, end_time, title, lead_partner_id, notes
         FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt
        .query_map([meeting_id], |r| {
            Ok(AgendaItem {
                id: r.get(0)?,
                position: r.get(1)?,
                start_time: r.get(2)?,
                end_time: r.get(3)?,
                title: r.get(4)?,
                lead_partner_id: r.get(5)?,
                notes: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The items as they are saved, checked; errors name `agenda[i].field`.
fn clean_agenda(db: &Db, network_id: i64, items: &[AgendaItemInput]) -> Result<Vec<AgendaItemInput>> {
    let mut clean = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = format!("agenda[{i}]");
        let title = validate::required(&format!("{field}.title"), &item.title, TITLE_MAX)?;
        let notes = validate::optional(&format!("{field}.notes"), &item.notes, TEXT_MAX)?;
        if let (Some(s), Some(e)) = (item.start_time, item.end_time) {
            if e <= s {
                return Err(Error::invalid(format!("{field}.end_time"), Message::new("error-agenda-item-ends-before")));
            }
        }
        if let Some(lead) = item.lead_partner_id {
            let p = get_partner(db, lead)
                .map_err(|_| Error::invalid(format!("{field}.lead_partner_id"), Message::new("error-partner-gone")))?;
            if p.network_id != network_id {
                let message = Message::new("error-not-a-partner-here").arg("partner", p.name);
                return Err(Error::invalid(format!("{field}.lead_partner_id"), message));
            }
        }
        clean.push(AgendaItemInput { title, notes, ..item.clone() });
    }
    Ok(clean)
}

/// Writes `items` as the meeting's agenda, in order; `ids` gives each item its id (none:
/// the database numbers them).
fn write_agenda(conn: &Connection, meeting_id: i64, items: &[AgendaItemInput], ids: &[Option<i64>]) -> Result<()> {
    conn.execute("DELETE FROM agenda_items WHERE meeting_id = ?1", [meeting_id])?;
    let mut stmt = conn.prepare(
        "INSERT INTO agenda_items (id, meeting_id, position, start_time, end_time, title, lead_partner_id, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (i, item) in items.iter().enumerate() {
        let id = ids.get(i).copied().flatten();
        stmt.execute(params![
            id,
            meeting_id,
            i as i64,
            item.start_time,
            item.end_time,
            item.title,
            item.lead_partner_id,
            item.notes
        ])?;
    }
    Ok(())
}

/// Replaces the agenda with `items`, in that order.
pub fn set_agenda(db: &mut Db, meeting_id: i64, items: Vec<AgendaItemInput>) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let clean = clean_agenda(db, meeting.network_id, &items)?;
    let tx = db.conn_mut().transaction()?;
    write_agenda(&tx, meeting_id, &clean, &[])?;
    tx.execute("UPDATE meetings SET updated_at = ?2 WHERE id = ?1", params![meeting_id, now_text()])?;
    tx.commit()?;
    get_meeting(db, meeting_id)
}

/// Writes an exported meeting's agenda, keeping the items' ids and leaving the meeting's
/// `updated_at` as the file says.
pub(crate) fn import_agenda(db: &Db, meeting_id: i64, network_id: i64, items: &[AgendaItem]) -> Result<()> {
    let inputs: Vec<AgendaItemInput> = items.iter().map(AgendaItemInput::from).collect();
    let clean = clean_agenda(db, network_id, &inputs)?;
    let ids: Vec<Option<i64>> = items.iter().map(|i| Some(i.id)).collect();
    write_agenda(db.conn(), meeting_id, &clean, &ids)
}

impl From<&AgendaItem> for AgendaItemInput {
    fn from(item: &AgendaItem) -> Self {
        AgendaItemInput {
            start_time: item.start_time,
            end_time: item.end_time,
            title: item.title.clone(),
            lead_partner_id: item.lead_partner_id,
            notes: item.notes.clone(),
        }
    }
}

fn current_items(meeting: &Meeting) -> Vec<AgendaItemInput> {
    meeting.agenda.iter().map(AgendaItemInput::from).collect()
}

/// The index of item `number` (1-based), or an error that says how many there are.
fn index_of(meeting: &Meeting, field: &str, number: usize) -> Result<usize> {
    let count = meeting.agenda.len();
    if number == 0 || number > count {
        let reason = match count {
            0 => Message::new("error-agenda-empty-no-item").arg("title", &meeting.title),
            n => Message::new("error-agenda-no-item").arg("count", n),
        };
        return Err(Error::invalid(field, reason.arg("number", number)));
    }
    Ok(number - 1)
}

/// Adds `item` as number `position` (1-based; `None` or one past the end appends).
pub fn add_agenda_item(
    db: &mut Db,
    meeting_id: i64,
    item: AgendaItemInput,
    position: Option<usize>,
) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let mut items = current_items(&meeting);
    let at = match position {
        None => items.len(),
        Some(p) if p >= 1 && p <= items.len() + 1 => p - 1,
        Some(p) => {
            let message = Message::new("error-agenda-not-a-place")
                .arg("position", p)
                .arg("count", items.len())
                .arg("last", items.len() + 1);
            return Err(Error::invalid("position", message));
        }
    };
    items.insert(at, item);
    set_agenda(db, meeting_id, items)
}

/// Replaces item `number` (1-based) with `item`, keeping its place.
pub fn update_agenda_item(db: &mut Db, meeting_id: i64, number: usize, item: AgendaItemInput) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let at = index_of(&meeting, "item", number)?;
    let mut items = current_items(&meeting);
    items[at] = item;
    set_agenda(db, meeting_id, items)
}

/// Moves item `number` so that it becomes number `to` (both 1-based).
pub fn move_agenda_item(db: &mut Db, meeting_id: i64, number: usize, to: usize) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let from = index_of(&meeting, "item", number)?;
    let target = index_of(&meeting, "to", to)?;
    let mut items = current_items(&meeting);
    let item = items.remove(from);
    items.insert(target, item);
    set_agenda(db, meeting_id, items)
}

/// Removes item `number` (1-based); the items after it move up one place.
pub fn remove_agenda_item(db: &mut Db, meeting_id: i64, number: usize) -> Result<Meeting> {
    let meeting = get_meeting(db, meeting_id)?;
    let at = index_of(&meeting, "item", number)?;
    let mut items = current_items(&meeting);
    items.remove(at);
    set_agenda(db, meeting_id, items)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use super::*;
    use crate::meeting::{create_meeting, MeetingInput, MeetingKind, MeetingMode, MeetingStatus, ScheduleInput};
    use crate::network::{create_network, NetworkInput, NetworkKind};

    fn meeting(db: &mut Db) -> i64 {
        let network = create_network(db, NetworkInput::named("TechTown", NetworkKind::Other)).unwrap();
        let input = MeetingInput {
            kind: MeetingKind::Transnational,
            title: "Meeting in Gävle".into(),
            host_partner_id: None,
            venue: String::new(),
            mode: MeetingMode::Online,
            online_url: String::new(),
            status: MeetingStatus::Tentative,
            description: String::new(),
            schedule: ScheduleInput::Undated { year: None, month: None, wording: String::new() },
        };
        create_meeting(db, network.id, input).unwrap().id
    }

    fn item(title: &str) -> AgendaItemInput {
        AgendaItemInput {
            start_time: None,
            end_time: None,
            title: title.into(),
            lead_partner_id: None,
            notes: String::new(),
        }
    }

    fn titles(m: &Meeting) -> Vec<&str> {
        m.agenda.iter().map(|a| a.title.as_str()).collect()
    }

    #[test]
    fn items_are_added_moved_changed_and_removed_by_their_number() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path().join("t.db")).unwrap();
        let id = meeting(&mut db);
        add_agenda_item(&mut db, id, item("Welcome"), None).unwrap();
        add_agenda_item(&mut db, id, item("Site visit"), None).unwrap();
        let m = add_agenda_item(&mut db, id, item("Coffee"), Some(2)).unwrap();
        assert_eq!(titles(&m), ["Welcome", "Coffee", "Site visit"]);
        let m = move_agenda_item(&mut db, id, 1, 3).unwrap();
        assert_eq!(titles(&m), ["Coffee", "Site visit", "Welcome"]);
        let mut lunch = item("Lunch");
        lunch.start_time = NaiveTime::from_hms_opt(12, 0, 0);
        let m = update_agenda_item(&mut db, id, 1, lunch).unwrap();
        assert_eq!(titles(&m), ["Lunch", "Site visit", "Welcome"]);
        assert_eq!(m.agenda[0].start_time, NaiveTime::from_hms_opt(12, 0, 0));
        let m = remove_agenda_item(&mut db, id, 2).unwrap();
        assert_eq!(titles(&m), ["Lunch", "Welcome"]);
        assert_eq!(m.agenda.iter().map(|a| a.position).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn a_number_outside_the_agenda_or_a_bad_item_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path().join("t.db")).unwrap();
        let id = meeting(&mut db);
        add_agenda_item(&mut db, id, item("Welcome"), None).unwrap();
        let err = remove_agenda_item(&mut db, id, 2).unwrap_err();
        assert_eq!(err.field(), Some("item"));
        assert!(err.to_string().contains("the agenda has 1 item"), "{err}");
        let err = move_agenda_item(&mut db, id, 1, 0).unwrap_err();
        assert_eq!(err.field(), Some("to"));
        let err = add_agenda_item(&mut db, id, item("Late"), Some(3)).unwrap_err();
        assert_eq!(err.field(), Some("position"));
        let err = update_agenda_item(&mut db, id, 1, item("  ")).unwrap_err();
        assert_eq!(err.field(), Some("agenda[0].title"));
        assert_eq!(titles(&get_meeting(&db, id).unwrap()), ["Welcome"]);
    }
}
