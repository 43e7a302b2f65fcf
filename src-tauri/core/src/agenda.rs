//! One item at a time on a meeting's agenda: add at a place, change, move, remove.
//!
//! The agenda is an ordered list; people name an item by its number in that list
//! (1 for the first), as the meeting's page and `convene meeting show` print it. Every
//! operation here reads the current list, changes it in memory and saves the whole list
//! through [`set_agenda`], so an item passes exactly the rules a whole agenda passes
//! (title required, end after start, the speaker a partner of the meeting's network),
//! checked in one place, and the list is saved in one transaction or not at all.
//!
//! Invariant: after every operation the items are numbered 1..=n without gaps, in the
//! order shown. Items get new ids when the list is saved; their numbers are what stays
//! meaningful to a person.

use crate::error::{Error, Result};
use crate::meeting::{get_meeting, set_agenda, AgendaItem, AgendaItemInput, Meeting};
use crate::store::Db;
use crate::wording::count_of;

/// An item as it would be entered again: what [`set_agenda`] takes back.
pub fn item_input(item: &AgendaItem) -> AgendaItemInput {
    AgendaItemInput {
        start_time: item.start_time,
        end_time: item.end_time,
        title: item.title.clone(),
        lead_partner_id: item.lead_partner_id,
        notes: item.notes.clone(),
    }
}

fn current_items(meeting: &Meeting) -> Vec<AgendaItemInput> {
    meeting.agenda.iter().map(item_input).collect()
}

/// The index of item `number` (1-based), or an error that says how many there are.
fn index_of(meeting: &Meeting, field: &str, number: usize) -> Result<usize> {
    let count = meeting.agenda.len();
    if number == 0 || number > count {
        let reason = match count {
            0 => format!(
                "the agenda of \"{}\" is empty; there is no item {number}",
                meeting.title
            ),
            1 => format!("there is no item {number}; the agenda has 1 item"),
            n => format!("there is no item {number}; the agenda has items 1 to {n}"),
        };
        return Err(Error::invalid(field, reason));
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
            return Err(Error::invalid(
                "position",
                format!(
                    "{p} is not a place in an agenda of {}; use 1 to {}",
                    count_of(items.len(), "item", "items"),
                    items.len() + 1
                ),
            ))
        }
    };
    items.insert(at, item);
    set_agenda(db, meeting_id, items)
}

/// Replaces item `number` (1-based) with `item`, keeping its place.
pub fn update_agenda_item(
    db: &mut Db,
    meeting_id: i64,
    number: usize,
    item: AgendaItemInput,
) -> Result<Meeting> {
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
    use crate::meeting::{
        create_meeting, MeetingInput, MeetingKind, MeetingMode, MeetingStatus, ScheduleInput,
    };
    use crate::network::{create_network, NetworkInput, NetworkKind};

    fn meeting(db: &mut Db) -> i64 {
        let network =
            create_network(db, NetworkInput::named("TechTown", NetworkKind::Other)).unwrap();
        let input = MeetingInput {
            kind: MeetingKind::Transnational,
            title: "Meeting in Gävle".into(),
            host_partner_id: None,
            venue: String::new(),
            mode: MeetingMode::Online,
            online_url: String::new(),
            status: MeetingStatus::Tentative,
            description: String::new(),
            schedule: ScheduleInput::Undated {
                year: None,
                month: None,
                wording: String::new(),
            },
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
        assert_eq!(
            m.agenda.iter().map(|a| a.position).collect::<Vec<_>>(),
            [0, 1]
        );
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
