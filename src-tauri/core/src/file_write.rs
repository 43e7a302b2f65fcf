//! Writing a person's file (an export, a document, a backup, an invitation) whole or not
//! at all.
//!
//! Every file Convene writes for a person goes through [`write_file`], [`write_file_with`]
//! or [`write_file_from`]:
//! the bytes go to a temporary file in the target's own folder (the `tempfile` crate's
//! `NamedTempFile`), are flushed to the disk, and only then is that file renamed over the
//! target (`persist`, one `rename`, atomic within a folder). So whatever stops the write
//! (a full disk, a file size limit, a folder made read-only, a writer's own error, a
//! killed process) the file that was at the target before is still there byte for byte,
//! and a failed write leaves no temporary file behind (except after a kill, when a hidden
//! `.convene-*.tmp` may remain beside it).
//!
//! A failure becomes [`Error::BadInput`] with a plain message that names the file, says
//! what went wrong in the words a person uses (the disk is full, the folder is read-only)
//! and what to do (the words of [`crate::disk_errors`], which the database's own disk
//! errors use too).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::disk_errors::{disk_problem, io_error_of, io_kind_of_sqlite, what_to_do};
use crate::i18n::Message;
use crate::{Error, Result};

/// Writes `bytes` to `path` whole, replacing what was there only once all of it is on disk.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file_with(path, |out| out.write_all(bytes))
}

/// Like [`write_file`], for content produced by a writer: `fill` writes into the temporary
/// file; if it (or the flush, or the rename) fails, `path` is left as it was.
pub fn write_file_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    write_through_temporary(path, |temporary| {
        let mut out = BufWriter::new(temporary.as_file());
        fill(&mut out)?;
        out.flush()
    })
}

/// Like [`write_file_with`], for a writer that can also fail with Convene's own errors (a
/// database read, a cancel) and answers a value: the calendar export streams a network's
/// meetings into the file as it reads them. Whatever fails, `path` is left as it was; an
/// I/O error is said as [`write_file`] says it, any other error comes back as it was.
pub fn write_file_from<T>(path: &Path, fill: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
    let mut inner = None;
    let mut value = None;
    let written = write_through_temporary(path, |temporary| {
        let mut out = BufWriter::new(temporary.as_file());
        match fill(&mut out) {
            Ok(v) => value = Some(v),
            Err(Error::Io(e)) => return Err(e),
            Err(e) => {
                let reason = io::Error::other(e.to_string());
                inner = Some(e);
                return Err(reason);
            }
        }
        out.flush()
    });
    match (written, inner, value) {
        (Err(_), Some(e), _) => Err(e),
        (Err(e), None, _) => Err(e),
        (Ok(()), _, Some(v)) => Ok(v),
        (Ok(()), _, None) => unreachable!("the file was written, so `fill` answered"),
    }
}

/// Writes `path` whole through a temporary file the caller fills by its path (SQLite's
/// backup opens a file by name): `fill` gets the temporary file's path, empty.
pub fn write_file_at(path: &Path, fill: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let mut inner = None;
    let written = write_through_temporary(path, |temporary| match fill(temporary.path()) {
        Ok(()) => Ok(()),
        Err(e) => {
            let reason = io::Error::other(e.to_string());
            inner = Some(e);
            Err(reason)
        }
    });
    match (written, inner) {
        (Err(_), Some(Error::Io(e))) => Err(cannot_write(path, &e)),
        (Err(_), Some(Error::Sqlite(e))) => Err(cannot_write_database_file(path, e)),
        (Err(_), Some(other)) => Err(other),
        (result, _) => result,
    }
}

fn write_through_temporary(path: &Path, fill: impl FnOnce(&tempfile::NamedTempFile) -> io::Result<()>) -> Result<()> {
    if path.file_name().is_none() {
        return Err(Error::bad_input(
            Message::new("error-write-not-a-file-name").arg("file", path.display().to_string()),
        ));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    if path.is_dir() {
        return Err(Error::bad_input(Message::new("error-write-is-a-folder").arg("file", path.display().to_string())));
    }
    let result = (|| {
        let temporary = tempfile::Builder::new().prefix(".convene-").suffix(".tmp").tempfile_in(dir)?;
        fill(&temporary)?;
        temporary.as_file().sync_all()?;
        keep_permissions_of(path, temporary.as_file());
        temporary.persist(path).map_err(|e| e.error)?;
        Ok(())
    })();
    result.map_err(|e: io::Error| {
        if e.kind() == io::ErrorKind::NotFound && !dir.exists() {
            Error::bad_input(
                Message::new("error-write-folder-gone")
                    .arg("file", path.display().to_string())
                    .arg("folder", dir.display().to_string()),
            )
        } else {
            cannot_write(path, &e)
        }
    })
}

/// A replaced file keeps its permissions (a temporary file is created readable by its owner only).
fn keep_permissions_of(path: &Path, temporary: &File) {
    let permissions = match std::fs::metadata(path) {
        Ok(old) => old.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            return;
        }
    };
    let _ = temporary.set_permissions(permissions);
}

/// "cannot write FILE: the disk is full. ..." with what to do.
pub fn cannot_write(path: &Path, e: &io::Error) -> Error {
    Error::bad_input(
        Message::new("error-cannot-write")
            .arg("file", path.display().to_string())
            .arg("problem", disk_problem(e))
            .arg("todo", what_to_do(e)),
    )
}

fn cannot_write_database_file(path: &Path, e: rusqlite::Error) -> Error {
    match io_kind_of_sqlite(&e) {
        Some(kind) => cannot_write(path, &io_error_of(kind)),
        None => Error::Sqlite(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_written_whole_and_keeps_an_older_files_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.md");
        write_file(&path, b"first").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_file(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }

    #[test]
    fn a_writer_that_fails_midway_leaves_the_old_file_byte_identical_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meetings.ics");
        let old = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(1000);
        std::fs::write(&path, &old).unwrap();
        let err = write_file_with(&path, |out| {
            out.write_all(&[b'x'; 100_000])?;
            Err(io::Error::from(io::ErrorKind::StorageFull))
        })
        .unwrap_err();
        assert_eq!(std::fs::read(&path).unwrap(), old);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        let message = err.to_string();
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("the disk is full") && message.contains("free some space"), "{message}");
    }

    #[test]
    fn a_writer_that_fails_with_its_own_error_leaves_the_old_file_and_returns_that_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("meetings.ics");
        std::fs::write(&path, b"old").unwrap();
        let err = write_file_from(&path, |out| -> Result<()> {
            out.write_all(&[b'x'; 100_000])?;
            Err(Error::Cancelled)
        })
        .unwrap_err();
        assert!(matches!(err, Error::Cancelled), "{err:?}");
        let err = write_file_from(&path, |out| -> Result<()> {
            out.write_all(b"half")?;
            Err(Error::Io(io::Error::from(io::ErrorKind::StorageFull)))
        })
        .unwrap_err();
        assert!(err.to_string().contains("the disk is full"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
        assert_eq!(write_file_from(&path, |out| Ok(out.write(b"new")?)).unwrap(), 3);
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[test]
    fn a_missing_folder_or_a_folder_as_target_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_file(&dir.path().join("gone/x.json"), b"x").unwrap_err().to_string();
        assert!(err.contains("does not exist") && err.contains("gone"), "{err}");
        let err = write_file(dir.path(), b"x").unwrap_err().to_string();
        assert!(err.contains("it is a folder"), "{err}");
    }
}
