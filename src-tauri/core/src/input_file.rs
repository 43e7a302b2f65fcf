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

use crate::{Error, Result};

/// Copied URBACT pages: the four example networks are 40 KB.
pub const URBACT_PAGES_MAX_BYTES: u64 = 16 * 1024 * 1024;
/// A plan with its whole history (100 sections of at most 50,000 characters, revisions).
pub const PLAN_FILE_MAX_BYTES: u64 = 64 * 1024 * 1024;
/// A whole database as `convene export json` writes it.
pub const JSON_EXPORT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The bytes of `path`, refused when it is larger than `max_bytes`; `what` says what the
/// file should be ("URBACT page text").
pub fn read_input_file(path: &Path, max_bytes: u64, what: &str) -> Result<Vec<u8>> {
    let cannot = |e: std::io::Error| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Error::BadInput(format!("cannot read {}: {reason}", path.display()))
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let size = file.metadata().map_err(cannot)?.len();
    let too_large = |size: u64| {
        Error::BadInput(format!(
            "{} is {} MB, larger than {what} can be (at most {} MB): is it the right file? Nothing was imported.",
            path.display(),
            size.div_ceil(1024 * 1024),
            max_bytes / (1024 * 1024)
        ))
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
