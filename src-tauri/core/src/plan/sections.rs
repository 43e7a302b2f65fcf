//! Writing a plan's sections: their Markdown text, and the custom sections a city adds,
//! renames, moves or removes. Each call is one revision (see [`super::revisions`]); saving
//! a text that is already saved creates none, so autosaves are free.
//!
//! The nine standard sections may be moved but not removed or renamed (an IAP that leaves
//! one empty says so by leaving it empty); custom sections may be all of these.

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::store::Db;
use crate::validate::{self, TITLE_MAX};

use super::content::{is_standard_key, no_such_section, Section};
use super::revisions::{edit, SavedRevision};

/// Saves the Markdown text of one section. `message` is optional ("" or None gives
/// "Edited <title>").
pub fn save_section(db: &mut Db, plan_id: i64, key: &str, body: &str, message: Option<&str>) -> Result<SavedRevision> {
    edit(db, plan_id, message, |content| {
        let section = content.section_mut(key)?;
        section.body = body.to_string();
        Ok((super::revision_summary::stored("plan-revision-edited", &[("section", &section.title)]), None))
    })
}

/// Adds a custom section titled `title` after the section `after` (at the end when None).
/// The new key is a slug of the title; `item_id` of the result holds it.
pub fn add_section(db: &mut Db, plan_id: i64, title: &str, after: Option<&str>) -> Result<SavedRevision> {
    let title = validate::required("title", title, TITLE_MAX)?;
    edit(db, plan_id, None, |content| {
        let key = content.new_section_key(&title);
        let at = match after {
            Some(after) => content
                .sections
                .iter()
                .position(|s| s.key == after)
                .map(|i| i + 1)
                .ok_or_else(|| Error::invalid("after", no_such_section(after)))?,
            None => content.sections.len(),
        };
        content
            .sections
            .insert(at, Section { key: key.clone(), title: title.clone(), body: String::new(), custom: true });
        Ok((super::revision_summary::stored("plan-revision-section-added", &[("section", &title)]), Some(key)))
    })
}

/// Renames a custom section (its key stays).
pub fn rename_section(db: &mut Db, plan_id: i64, key: &str, title: &str) -> Result<SavedRevision> {
    let title = validate::required("title", title, TITLE_MAX)?;
    edit(db, plan_id, None, |content| {
        let section = content.section_mut(key)?;
        if !section.custom {
            return Err(Error::invalid(
                "title",
                Message::new("error-standard-section-title").arg("title", &section.title),
            ));
        }
        let old = std::mem::replace(&mut section.title, title.clone());
        Ok((super::revision_summary::stored("plan-revision-section-renamed", &[("old", &old), ("new", &title)]), None))
    })
}

/// Puts the sections in the order of `keys`, which must name every section once.
pub fn reorder_sections(db: &mut Db, plan_id: i64, keys: &[String]) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        let mut ordered = Vec::with_capacity(content.sections.len());
        for key in keys {
            let at =
                content.sections.iter().position(|s| &s.key == key).ok_or_else(|| {
                    Error::invalid("keys", Message::new("error-section-order-unknown").arg("key", key))
                })?;
            ordered.push(content.sections.remove(at));
        }
        if let Some(left) = content.sections.first() {
            return Err(Error::invalid("keys", Message::new("error-section-order-leaves-out").arg("key", &left.key)));
        }
        content.sections = ordered;
        Ok((super::revision_summary::stored("plan-revision-sections-reordered", &[]), None))
    })
}

/// Removes a custom section; its text stays in the earlier revisions.
pub fn remove_section(db: &mut Db, plan_id: i64, key: &str) -> Result<SavedRevision> {
    edit(db, plan_id, None, |content| {
        if is_standard_key(key) {
            return Err(Error::invalid("key", Message::new("error-standard-section-remove").arg("key", key)));
        }
        let at =
            content.sections.iter().position(|s| s.key == key).ok_or_else(|| Error::not_found(no_such_section(key)))?;
        let removed = content.sections.remove(at);
        Ok((super::revision_summary::stored("plan-revision-section-removed", &[("section", &removed.title)]), None))
    })
}
