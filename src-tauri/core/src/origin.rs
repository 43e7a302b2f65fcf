//! Where a record being written comes from, for the few rules that differ by origin.
//!
//! Every record is checked and written by one function of its own module, whoever asks:
//! a form of the window or the command line ([`Origin::Form`]), the URBACT page importer
//! ([`Origin::Page`]) or the import of a whole-database JSON export ([`Origin::Export`],
//! see [`crate::exchange`]). The rules a value must pass are the same for all three; what
//! differs is only what the record is given besides the values a person types:
//! - a form's record gets a new id and the current time as `created_at` and `updated_at`;
//! - a meeting from an iCalendar file ([`Origin::Calendar`]) the same, keeping the event's
//!   UID and SEQUENCE;
//! - a page's record the same, plus the page reference (`source_ref`) that makes importing
//!   the same page again change nothing;
//! - an exported record keeps the id, timestamps and source reference the file says, so
//!   that nothing is renumbered (and meetings their UID and sequence, plans their UUID),
//!   and side effects a form has (a lead partner becoming the network's lead, a new plan
//!   getting revision 1) are not applied, since the file says how things were.
//!
//! Invariant: a value kept from a file passes the same checks as the rest of the file
//! ([`Origin::stamps`]): timestamps are RFC 3339 instants, a source reference is one line.

use chrono::DateTime;

use crate::error::{Error, Result};
use crate::store::now_text;
use crate::validate::{self, LINE_MAX};

/// Who is writing a record; see the module docs.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// Typed in the window or on the command line.
    Form,
    /// Read by the URBACT importer from the page this reference names.
    Page(String),
    /// A meeting read from another program's iCalendar file: new like a form's, but with
    /// the event's UID and SEQUENCE, so the meeting and the calendar entry stay one thing.
    Calendar { uid: String, sequence: i64 },
    /// Read from a Convene export, which keeps what it says.
    Export(Kept),
}

/// What an exported record keeps: everything a person does not type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kept {
    pub id: i64,
    pub created_at: String,
    pub updated_at: String,
    pub source_ref: Option<String>,
    /// A meeting's iCalendar UID and sequence number.
    pub uid: Option<String>,
    pub sequence: i64,
}

/// What [`Origin::stamps`] gives the row being inserted.
pub(crate) struct Stamps {
    /// `None`: the database gives the next id.
    pub id: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
    pub source_ref: Option<String>,
}

impl Origin {
    /// The id, timestamps and source reference of a new row, checked when they come from
    /// a file.
    pub(crate) fn stamps(&self) -> Result<Stamps> {
        let now = now_text();
        Ok(match self {
            Origin::Form | Origin::Calendar { .. } => {
                Stamps { id: None, created_at: now.clone(), updated_at: now, source_ref: None }
            }
            Origin::Page(key) => {
                Stamps { id: None, created_at: now.clone(), updated_at: now, source_ref: Some(key.clone()) }
            }
            Origin::Export(kept) => Stamps {
                id: Some(kept.id),
                created_at: instant("created_at", &kept.created_at)?,
                updated_at: instant("updated_at", &kept.updated_at)?,
                source_ref: self.source_ref()?,
            },
        })
    }

    /// The source reference of a new row of a table without timestamps (milestones, notes).
    pub(crate) fn source_ref(&self) -> Result<Option<String>> {
        Ok(match self {
            Origin::Form | Origin::Calendar { .. } => None,
            Origin::Page(key) => Some(key.clone()),
            Origin::Export(kept) => match &kept.source_ref {
                Some(s) => Some(validate::required("source_ref", s, LINE_MAX)?),
                None => None,
            },
        })
    }

    /// The id a row of a table without timestamps (contacts, agenda items ...) is given.
    pub(crate) fn id(&self) -> Option<i64> {
        match self {
            Origin::Export(kept) => Some(kept.id),
            _ => None,
        }
    }

    /// Whether the record comes from a form or a page, so that a form's side effects apply.
    pub(crate) fn is_new(&self) -> bool {
        !matches!(self, Origin::Export(_))
    }
}

impl Origin {
    /// An exported record that keeps only its id (contacts, local group members).
    pub fn kept_id(id: i64) -> Origin {
        Origin::Export(Kept { id, ..Kept::default() })
    }
}

/// Checks that `text` is an RFC 3339 instant and returns it unchanged.
pub(crate) fn instant(field: &str, text: &str) -> Result<String> {
    DateTime::parse_from_rfc3339(text)
        .map_err(|_| Error::invalid(field, crate::i18n::Message::new("error-not-a-timestamp").arg("value", text)))?;
    Ok(text.to_string())
}
