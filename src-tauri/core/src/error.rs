//! The one error type of Convene's core.
//!
//! Every variant is something a person can act on: a field to correct, a record that is
//! gone, a dependent list to confirm, a database to open with a newer app. The desktop
//! shell turns an [`Error`] into `{ code, message, field? }`; the CLI prints its message.
//!
//! The words of an error are a [`Message`] of the catalogue (`locales/*/errors.ftl`):
//! [`Error::message`] renders them in the person's language, `Display` in English (logs).
//! A `Message` made from a `String` (text not yet in the catalogue) is shown as it is in
//! every language.

use std::path::PathBuf;

use crate::i18n::{Locale, Message};

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value a user typed or imported breaks a rule; `field` names the input field.
    #[error("{field}: {reason}")]
    Invalid { field: String, reason: Message },

    /// The record asked for does not exist (any more).
    #[error("{0}")]
    NotFound(Message),

    /// The change would clash with something already saved (a taken slug, say).
    #[error("{0}")]
    Conflict(Message),

    /// Deleting would also remove these records; repeat with the cascade confirmed.
    #[error("{message}")]
    HasDependents { message: Message, dependents: Vec<Message> },

    /// The database was written by a newer Convene, or is not a Convene database at all.
    #[error("{message}")]
    IncompatibleDatabase { path: PathBuf, message: Message },

    /// An input file cannot be read as what it claims to be, or an output file cannot be
    /// written.
    #[error("{0}")]
    BadInput(Message),

    /// The person stopped the work before it finished; nothing of it was saved.
    #[error("{}", Message::new("error-cancelled"))]
    Cancelled,

    #[error("{}", database_message(.0))]
    Sqlite(#[from] rusqlite::Error),

    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn invalid(field: impl Into<String>, reason: impl Into<Message>) -> Self {
        Error::Invalid { field: field.into(), reason: reason.into() }
    }

    pub fn not_found(what: impl Into<Message>) -> Self {
        Error::NotFound(what.into())
    }

    pub fn bad_input(what: impl Into<Message>) -> Self {
        Error::BadInput(what.into())
    }

    pub fn conflict(what: impl Into<Message>) -> Self {
        Error::Conflict(what.into())
    }

    /// The error's words in `locale` (for `Invalid`, the reason alone: the caller names the
    /// field its own way, beside a form's box or with a command-line option).
    pub fn message(&self, locale: Locale) -> String {
        match self {
            Error::Invalid { reason, .. } => reason.render(locale),
            Error::NotFound(message) | Error::BadInput(message) | Error::Conflict(message) => message.render(locale),
            Error::HasDependents { message, .. } | Error::IncompatibleDatabase { message, .. } => {
                message.render(locale)
            }
            Error::Cancelled => Message::new("error-cancelled").render(locale),
            Error::Sqlite(error) if is_busy(error) => busy_message().render(locale),
            other => other.to_string(),
        }
    }

    /// A stable machine-readable name for the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Conflict(_) => "conflict",
            Error::HasDependents { .. } => "has_dependents",
            Error::IncompatibleDatabase { .. } => "incompatible_database",
            Error::BadInput(_) => "bad_input",
            Error::Cancelled => "cancelled",
            Error::Sqlite(_) => "database",
            Error::Io(_) => "io",
        }
    }

    /// The same error about the field `path.field`: what a form calls `name` is
    /// `networks[0].partners[2].name` in a file.
    /// A value that must be unique but is not (a database UNIQUE constraint) becomes an
    /// error about `path.COLUMN` too.
    pub fn within(self, path: &str) -> Self {
        match self {
            Error::Invalid { field, reason } => Error::Invalid { field: format!("{path}.{field}"), reason },
            Error::Sqlite(rusqlite::Error::SqliteFailure(failure, Some(message)))
                if failure.code == rusqlite::ErrorCode::ConstraintViolation
                    && message.starts_with("UNIQUE constraint failed: ") =>
            {
                let column = message.rsplit('.').next().unwrap_or("id").to_string();
                Error::invalid(format!("{path}.{column}"), Message::new("error-appears-twice").arg("column", column))
            }
            other => other,
        }
    }

    /// The input field the error is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// SQLite's own words, except for a write that waited for another program longer than the
/// busy timeout: that one says what happened and what to do.
fn database_message(error: &rusqlite::Error) -> String {
    if is_busy(error) {
        return busy_message().to_string();
    }
    format!("database error: {error}")
}

fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

fn busy_message() -> Message {
    Message::new("error-database-busy").arg("seconds", crate::store::BUSY_TIMEOUT.as_secs())
}

pub(crate) trait OptionalExt<T> {
    /// `QueryReturnedNoRows` becomes `None`.
    fn optional(self) -> Result<Option<T>>;
}

impl<T> OptionalExt<T> for rusqlite::Result<T> {
    fn optional(self) -> Result<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}
