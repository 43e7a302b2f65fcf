//! The action table: what the city will do, who leads, when (to the month), what it costs
//! and who pays (exact euros, see [`super::money`]), its status, whether it is a small-scale
//! pilot, and which indicators it feeds. Adding, changing, moving or deleting an action is
//! one revision each.

use crate::error::Result;
use crate::store::Db;

use super::content::{new_id, Action};
use super::revisions::{edit, SavedRevision};
use super::rows::position;

/// What a form sends to add or change an action: an [`Action`], whose id is given by the
/// plan (a new one when added, the changed row's when updated), so any id sent is ignored.
pub type ActionInput = Action;

/// Adds an action at the end of the table; `item_id` of the result is its id.
pub fn add_action(db: &mut Db, plan_id: i64, input: ActionInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let id = new_id();
        let title = input.title.trim().to_string();
        content.actions.push(Action { id: id.clone(), ..input });
        Ok((super::revision_summary::stored("plan-revision-action-added", &[("action", &title)]), Some(id)))
    })
}

pub fn update_action(db: &mut Db, plan_id: i64, action_id: &str, input: ActionInput) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        content.actions[at] = Action { id: action_id.to_string(), ..input };
        Ok((
            super::revision_summary::stored(
                "plan-revision-action-changed",
                &[("action", content.actions[at].title.trim())],
            ),
            None,
        ))
    })
}

pub fn delete_action(db: &mut Db, plan_id: i64, action_id: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        let removed = content.actions.remove(at);
        Ok((super::revision_summary::stored("plan-revision-action-deleted", &[("action", &removed.title)]), None))
    })
}

/// Moves an action to place `to` (0-based) of the table.
pub fn move_action(db: &mut Db, plan_id: i64, action_id: &str, to: usize) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let at = position(&content.actions, action_id, |a| &a.id, "action")?;
        let action = content.actions.remove(at);
        let title = action.title.clone();
        content.actions.insert(to.min(content.actions.len()), action);
        Ok((super::revision_summary::stored("plan-revision-action-moved", &[("action", &title)]), None))
    })
}
