//! The importer of URBACT network and good-practice pages (`convene import urbact FILE`).
//!
//! It reads the text of the pages as copied from the URBACT site (see
//! [`EXAMPLE_PAGES`]: records ending with a `Ref nid` line) and creates networks, partners,
//! the contact e-mail, meetings and milestones, action plans, descriptions and taglines, and
//! good practices with their sections and figures. The work is split by concept:
//! [`parse`] cuts the text into records, [`network_page`] and [`practice_page`] read a
//! record into what it says ([`dates`], [`events`] and [`countries`] read its phrases),
//! [`apply`] writes that into the database matching what is already there, and
//! [`report`] says what happened.
//!
//! Invariants:
//! - **All or nothing.** The import runs in one transaction (a savepoint when the caller
//!   already holds one); any error rolls everything back. A dry run does the whole import
//!   and then rolls back, so its report is exactly what a real import would do.
//! - **Refuse what is not such a page.** Empty, binary (NUL or control bytes), non-UTF-8,
//!   HTML, or text without any network or good-practice record is refused with
//!   [`Error::BadInput`] before the database is touched.
//! - **Nothing is lost or guessed silently.** A line the importer cannot place is kept in
//!   the network's import notes and reported with its line number; every inference (a
//!   partner's country, a plan's city, a year for a month) is reported as a warning.
//! - **Idempotent.** Importing the same file again adds nothing and says so.
//! - **Said in the reader's language.** Warnings and the reasons for unplaced lines are
//!   messages of `locales/<code>/import.ftl`; a warning is said in [`crate::i18n::current`]
//!   once the report is finished, while the reason kept in the import notes is stored in
//!   English (databases and exported files keep it; [`crate::import_note::ImportNote::reason_in`]
//!   says the fixed ones again in the reader's language).

pub mod apply;
pub mod countries;
pub mod dates;
pub mod events;
pub mod network_page;
pub mod parse;
pub mod practice_page;
pub mod report;

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::store::Db;
use crate::validate;

pub use report::{ImportCounts, ImportReport, ImportWarning, NetworkOutcome, WarningKind};

use apply::Reading;
use network_page::Unplaced;
use parse::RecordKind;

/// The example pages bundled with Convene (four networks, three good practices), for
/// "Load the example networks"; the importer's main test fixture.
pub const EXAMPLE_PAGES: &str = include_str!("../../examples-data/urbact-network-pages.txt");

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportOptions {
    /// The year of the first month-only meeting of each network; later months follow in
    /// page order ("June, September, November, March" -> 2019, 2019, 2019, 2020). Such
    /// meetings stay undated (their day is unknown) with the year and month set.
    #[serde(default)]
    pub start_year: Option<i32>,
    /// Report what would be done without saving anything.
    #[serde(default)]
    pub dry_run: bool,
}

/// Imports the text of URBACT pages; see the module docs.
pub fn import_urbact(db: &mut Db, text: &str, options: &ImportOptions) -> Result<ImportReport> {
    if let Some(year) = options.start_year {
        validate::year("start_year", year)?;
    }
    let text = check_text(text)?;
    let reading = read(text, options.start_year)?;
    let mut report = ImportReport::new(options.dry_run);
    let nested = !db.conn().is_autocommit();
    db.conn().execute_batch(if nested { "SAVEPOINT urbact_import" } else { "BEGIN IMMEDIATE" })?;
    let outcome = apply::apply(db, &reading, &mut report);
    let keep = outcome.is_ok() && !options.dry_run;
    let end = match (keep, nested) {
        (true, false) => "COMMIT",
        (true, true) => "RELEASE urbact_import",
        (false, false) => "ROLLBACK",
        (false, true) => "ROLLBACK TO urbact_import; RELEASE urbact_import",
    };
    if let Err(e) = db.conn().execute_batch(end) {
        if keep {
            let _ = db.conn().execute_batch(if nested {
                "ROLLBACK TO urbact_import; RELEASE urbact_import"
            } else {
                "ROLLBACK"
            });
        }
        return Err(e.into());
    }
    outcome?;
    report.finish();
    Ok(report)
}

/// Like [`import_urbact`], for the raw bytes of a file: text that is not UTF-8 is refused.
pub fn import_urbact_bytes(db: &mut Db, bytes: &[u8], options: &ImportOptions) -> Result<ImportReport> {
    import_urbact(db, decode(bytes)?, options)
}

/// Reads and imports a file.
pub fn import_urbact_file(db: &mut Db, path: impl AsRef<Path>, options: &ImportOptions) -> Result<ImportReport> {
    let path = path.as_ref();
    let bytes = crate::input_file::read_input_file(
        path,
        crate::input_file::URBACT_PAGES_MAX_BYTES,
        &Message::new("error-expected-urbact-pages"),
    )?;
    import_urbact_bytes(db, &bytes, options)
}

/// The text of a file's bytes, refusing binary files and anything that is not UTF-8.
pub fn decode(bytes: &[u8]) -> Result<&str> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(refused(Message::new("error-urbact-nul-byte").arg("line", line.to_string())));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let not_utf8 =
            Message::new("error-urbact-not-utf8").arg("byte", (at + 1).to_string()).arg("line", line.to_string());
        Error::bad_input(not_utf8)
    })
}

/// A file that cannot be pages: the reason, what was expected, and that nothing was imported.
fn refused(reason: Message) -> Error {
    Error::bad_input(Message::new("error-urbact-refused").arg("reason", reason))
}

/// Refuses text that cannot be pages; returns it without a byte-order mark.
fn check_text(text: &str) -> Result<&str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(refused(Message::new("error-urbact-empty")));
    }
    if let Some(pos) = text.find(|c: char| c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')))
    {
        let line = text[..pos].matches('\n').count() + 1;
        return Err(refused(Message::new("error-urbact-control-byte").arg("line", line.to_string())));
    }
    let head = text.trim_start().chars().take(512).collect::<String>().to_lowercase();
    if head.starts_with("<!doctype") || head.starts_with("<html") || head.starts_with("<?xml") || head.contains("<body")
    {
        return Err(Error::bad_input(Message::new("error-urbact-markup")));
    }
    Ok(text)
}

fn read(text: &str, start_year: Option<i32>) -> Result<Reading> {
    let pages = parse::split_records(text);
    if pages.records.is_empty() {
        return Err(refused(Message::new("error-urbact-no-ref-nid")));
    }
    let mut reading = Reading {
        networks: Vec::new(),
        practices: Vec::new(),
        loose: Vec::new(),
        mentions: countries::mentions(&pages.all),
        start_year,
    };
    for record in &pages.records {
        match parse::record_kind(record) {
            RecordKind::Network => reading.networks.push(network_page::read(record, start_year)),
            RecordKind::Practice => reading.practices.push(practice_page::read(record)),
            RecordKind::Unknown => {
                let reason = Message::new("import-reason-unknown-record").arg("line", record.end.to_string());
                reading.loose.extend(record.lines.iter().filter(|l| !l.is_blank()).map(|l| Unplaced {
                    line: l.no,
                    text: l.text.to_string(),
                    reason: reason.clone(),
                }));
            }
        }
    }
    if reading.networks.is_empty() && reading.practices.is_empty() {
        return Err(refused(Message::new("error-urbact-no-page-records").arg("count", pages.records.len())));
    }
    reading.loose.extend(pages.trailing.iter().map(|l| Unplaced {
        line: l.no,
        text: l.text.to_string(),
        reason: Message::new("import-reason-after-last-record"),
    }));
    Ok(reading)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_pages() {
        for (text, says) in [
            ("", "empty"),
            ("  \n\n ", "empty"),
            ("abc\0def\nRef nid\n", "binary"),
            ("<!DOCTYPE html><html><body>Ref nid</body></html>", "HTML"),
            ("just some notes\nwithout records\n", "Ref nid"),
            ("• Something\nnot a page at all\nRef nid\n", "none of"),
        ] {
            let err = check_text(text).and_then(|t| read(t, None).map(|_| ())).unwrap_err();
            assert_eq!(err.code(), "bad_input", "{text:?}");
            assert!(err.to_string().contains(says), "{text:?}: {err}");
        }
        let err = decode(b"ok\n\xff\xfe").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
