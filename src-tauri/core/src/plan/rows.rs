//! The plan's tables, shared by [`super::actions`], [`super::indicators`] and
//! [`super::risks`]: rows are found by their UUID, which stays the same on every machine a
//! plan travels to (see [`super::exchange`]), so that two copies merge row by row.

use crate::error::{Error, Result};

pub(crate) fn position<T>(rows: &[T], id: &str, id_of: impl Fn(&T) -> &str, what: &str) -> Result<usize> {
    rows.iter()
        .position(|r| id_of(r) == id)
        .ok_or_else(|| Error::not_found(crate::i18n::Message::new("error-plan-no-row").arg("row", what).arg("id", id)))
}
