//! Reading a file a person chose to import, bounded: a file larger than what Convene
//! could ever have written of that kind (a video picked by mistake, a disk image, a log
//! that grew for years) is refused from its size, before a byte of it is read, with its
//! size and the limit in the message. The readers then parse at most that much.
//!
//! The limits, each far above what a real file of the kind holds: URBACT page text
//! [`URBACT_PAGES_MAX_BYTES`], a `.convene-plan` [`PLAN_FILE_MAX_BYTES`], a JSON export
//! [`JSON_EXPORT_MAX_BYTES`]; calendars have theirs in `calendar::IMPORT_MAX_BYTES`, poll
//! replies in `poll::reply::REPLY_FILE_MAX`.

use std::io::Read;
use std::path::Path;

use crate::i18n::Message;
use crate::{Error, Result};

/// Copied URBACT pages: the four example networks are 40 KB.
pub const URBACT_PAGES_MAX_BYTES: u64 = 16 * 1024 * 1024;
/// A plan with its whole history (100 sections of at most 50,000 characters, revisions).
pub const PLAN_FILE_MAX_BYTES: u64 = 64 * 1024 * 1024;
/// A whole database as `convene export json` writes it.
pub const JSON_EXPORT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file cannot be read or written, in a person's words: "there is no such file",
/// "permission denied", else the system's own.
pub fn io_reason(e: &std::io::Error) -> Message {
    match e.kind() {
        std::io::ErrorKind::NotFound => Message::new("error-no-such-file"),
        // A folder, a read-only or failing disk, no permission: disk_problem's plain words.
        _ => crate::disk_errors::disk_problem(e),
    }
}

/// "cannot read FILE: REASON".
pub fn cannot_read(path: &Path, e: &std::io::Error) -> Error {
    Error::bad_input(
        Message::new("error-cannot-read").arg("file", path.display().to_string()).arg("reason", io_reason(e)),
    )
}

/// The bytes of `path`, refused when it is larger than `max_bytes`; `what` says what the
/// file should be (`error-expected-urbact-pages`: "URBACT page text").
pub fn read_input_file(path: &Path, max_bytes: u64, what: &Message) -> Result<Vec<u8>> {
    let cannot = |e: std::io::Error| cannot_read(path, &e);
    let file = std::fs::File::open(path).map_err(cannot)?;
    let size = file.metadata().map_err(cannot)?.len();
    let too_large = |size: u64| {
        Error::bad_input(
            Message::new("error-file-too-large")
                .arg("file", path.display().to_string())
                .arg("size", size.div_ceil(1024 * 1024))
                .arg("what", what)
                .arg("max", max_bytes / (1024 * 1024)),
        )
    };
    if size > max_bytes {
        return Err(too_large(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(cannot)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
