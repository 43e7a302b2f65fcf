//! Disk errors in plain words: a full disk, a read-only file or folder, a folder that
//! disappeared (a USB stick pulled out), a database another program keeps locked.
//!
//! SQLite and the operating system say `SQLITE_FULL`, `attempt to write a readonly
//! database`, `unable to open database file` or `os error 30`; a person needs to know which
//! file, what is wrong with it and what to do, and that nothing saved before was lost
//! (every write is one transaction, so a failed one leaves the database as it was).
//! [`about_database`] turns the errors of a command on the database at a path into those
//! words; [`crate::file_write`] uses [`disk_problem`] for the files Convene writes.

use std::io;
use std::path::Path;

use crate::i18n::Message;
use crate::{Db, Error, Result};

/// Runs `work` on the open database `db` as the window runs each command: refused before
/// it starts when the database file is no longer where it was opened (a write would go to
/// a file nobody can reach, and be lost when it is closed), and with its errors said in
/// plain words ([`about_database`]). Once the file is back, the same `db` works again.
pub fn on_open_database<T>(db: &mut Db, work: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
    let Some(path) = db.path().map(Path::to_path_buf) else { return work(db) };
    if !path.exists() {
        return Err(moved(&path));
    }
    work(db).map_err(|e| about_database(&path, e))
}

fn moved(path: &Path) -> Error {
    Error::bad_input(Message::new("error-database-moved").arg("file", path.display().to_string()))
}

/// `error`, from a command on the database at `path`, said in plain words when it is a
/// disk problem or a lock held by another program; any other error is returned as it is.
pub fn about_database(path: &Path, error: Error) -> Error {
    match &error {
        Error::Sqlite(e) if is_busy(e) => Error::bad_input(
            Message::new("error-database-locked")
                .arg("file", path.display().to_string())
                .arg("seconds", crate::store::BUSY_TIMEOUT.as_secs()),
        ),
        Error::Sqlite(e) if moved_while_open(e) => moved(path),
        Error::Sqlite(e) => match io_kind_of_sqlite(e) {
            Some(kind) => database_problem(path, &io_error_of(diagnose(path, kind))),
            None => error,
        },
        Error::Io(e) if is_disk_problem(e) || folder_missing(path) => database_problem(path, e),
        _ => error,
    }
}

fn moved_while_open(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(failure, _) if failure.extended_code == rusqlite::ffi::SQLITE_READONLY_DBMOVED)
}

/// An I/O error of `kind`; an unexplained one is the operating system's input/output error.
pub fn io_error_of(kind: io::ErrorKind) -> io::Error {
    match kind {
        io::ErrorKind::Other => io::Error::from_raw_os_error(5),
        kind => io::Error::from(kind),
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

fn is_disk_problem(e: &io::Error) -> bool {
    use io::ErrorKind::*;
    matches!(e.kind(), StorageFull | QuotaExceeded | FileTooLarge | ReadOnlyFilesystem | NotADirectory | AlreadyExists)
}

/// What SQLite's "unable to open database file" or "disk I/O error" meant, from a look at
/// the disk itself: a folder gone, a file system mounted read-only, no space left.
fn diagnose(path: &Path, said: io::ErrorKind) -> io::ErrorKind {
    if folder_missing(path) {
        return io::ErrorKind::NotFound;
    }
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        if let Ok(disk) = rustix::fs::statvfs(dir) {
            if disk.f_flag.contains(rustix::fs::StatVfsMountFlags::RDONLY) {
                return io::ErrorKind::ReadOnlyFilesystem;
            }
            if disk.f_bavail.saturating_mul(disk.f_frsize) < NEARLY_FULL_BYTES {
                return io::ErrorKind::StorageFull;
            }
        }
    }
    said
}

/// Below this much free space a failed write is put down to a full disk (SQLite reports a
/// full disk while growing its shared-memory index as an I/O error, not as "disk full").
const NEARLY_FULL_BYTES: u64 = 256 * 1024;

fn folder_missing(path: &Path) -> bool {
    path.parent().is_some_and(|dir| !dir.as_os_str().is_empty() && !dir.exists())
}

fn database_problem(path: &Path, e: &io::Error) -> Error {
    let problem = if e.kind() == io::ErrorKind::NotFound && (folder_missing(path) || !path.exists()) {
        Message::new("error-database-folder-gone")
    } else {
        disk_problem(e)
    };
    Error::bad_input(
        Message::new("error-cannot-save-database")
            .arg("file", path.display().to_string())
            .arg("problem", problem)
            .arg("todo", what_to_do(e)),
    )
}

/// The I/O problem behind an SQLite error, when it is one a person can act on.
pub fn io_kind_of_sqlite(e: &rusqlite::Error) -> Option<io::ErrorKind> {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code()? {
        ErrorCode::DiskFull => Some(io::ErrorKind::StorageFull),
        ErrorCode::ReadOnly => Some(io::ErrorKind::ReadOnlyFilesystem),
        ErrorCode::CannotOpen => Some(io::ErrorKind::NotFound),
        ErrorCode::PermissionDenied => Some(io::ErrorKind::PermissionDenied),
        ErrorCode::SystemIoFailure => Some(io::ErrorKind::Other),
        ErrorCode::DatabaseCorrupt => None,
        ErrorCode::TooBig => Some(io::ErrorKind::FileTooLarge),
        _ => None,
    }
}

/// What went wrong, in plain words.
pub fn disk_problem(e: &io::Error) -> Message {
    let id = match e.kind() {
        io::ErrorKind::StorageFull => "error-disk-full",
        io::ErrorKind::QuotaExceeded => "error-disk-quota",
        io::ErrorKind::FileTooLarge => "error-file-grew-too-large",
        io::ErrorKind::ReadOnlyFilesystem => "error-read-only",
        io::ErrorKind::PermissionDenied => "error-permission-denied",
        io::ErrorKind::NotFound => "error-folder-gone",
        io::ErrorKind::IsADirectory => "error-is-a-folder",
        io::ErrorKind::NotADirectory | io::ErrorKind::AlreadyExists => "error-not-a-folder",
        _ if e.raw_os_error() == Some(5) => "error-disk-io",
        _ => return Message::from(e.to_string()),
    };
    Message::new(id)
}

/// What to do about `e`, the end of a sentence: "free some space ..., then try again".
pub fn what_to_do(e: &io::Error) -> Message {
    Message::new(match e.kind() {
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded | io::ErrorKind::FileTooLarge => {
            "error-todo-free-space"
        }
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied => "error-todo-writable-folder",
        _ => "error-todo-check-disk",
    })
}
