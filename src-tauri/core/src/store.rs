//! Opening the database: pragmas, migrations, backups.
//!
//! Invariants:
//! - The schema version lives in `PRAGMA user_version`; migration `N` (the file
//!   `migrations/000N_*.sql`) moves a database from `N-1` to `N` inside one transaction, so a
//!   failed migration leaves the previous version intact. Migrations are append-only. The
//!   transaction (IMMEDIATE, so it holds the write lock) re-reads the version first: when
//!   two programs open a new or old file at once, the second finds the migration applied by
//!   the first and skips it instead of running it again.
//! - A database whose version is newer than [`SCHEMA_VERSION`] is refused before anything is
//!   written to it: it is first inspected through a read-only connection, so the file stays
//!   byte-for-byte as it was.
//! - Before a database that already holds data is migrated, a copy is written beside it with
//!   SQLite's online backup API (`NAME.before-vN.bak`).
//! - Every connection runs with WAL, `foreign_keys = ON` and a busy timeout, and its
//!   transactions begin IMMEDIATE: a transaction takes the write lock before it reads, so
//!   two connections of the app's pool that save at once wait for each other (the busy
//!   timeout) instead of one failing with "database is locked" when it turns from reading
//!   to writing.
//! - The desktop app and the `convene` command line share one default file,
//!   [`default_database_path`]: `convene.db` in the folder Tauri's `app_data_dir` resolves
//!   to, the user's data directory joined with [`APP_IDENTIFIER`] (the `identifier` of
//!   `tauri.conf.json`; a test keeps the two equal). So pages imported with the command
//!   line appear in the window. `CONVENE_DB` ([`DB_ENV`]) names another file for both.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::i18n::Message;

/// The migrations, in order; index `i` holds version `i + 1`.
pub const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_initial.sql", include_str!("../../../migrations/0001_initial.sql")),
    ("0002_plan_drafting.sql", include_str!("../../../migrations/0002_plan_drafting.sql")),
    ("0003_milestone_kind.sql", include_str!("../../../migrations/0003_milestone_kind.sql")),
    ("0004_holidays.sql", include_str!("../../../migrations/0004_holidays.sql")),
    ("0005_polls.sql", include_str!("../../../migrations/0005_polls.sql")),
    ("0006_search_prefixes.sql", include_str!("../../../migrations/0006_search_prefixes.sql")),
    ("0007_languages.sql", include_str!("../../../migrations/0007_languages.sql")),
    ("0008_dav.sql", include_str!("../../../migrations/0008_dav.sql")),
    ("0009_search_folded.sql", include_str!("../../../migrations/0009_search_folded.sql")),
    ("0010_dav_ctag_and_series.sql", include_str!("../../../migrations/0010_dav_ctag_and_series.sql")),
    ("0011_search_without_positions.sql", include_str!("../../../migrations/0011_search_without_positions.sql")),
    ("0012_meeting_text_kept_once.sql", include_str!("../../../migrations/0012_meeting_text_kept_once.sql")),
];

/// The page cache of a bulk write ([`Db::with_bulk_cache`]), in KiB.
const BULK_CACHE_KIB: i64 = 256 * 1024;

/// How long a connection waits for another's write transaction before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The schema version this build of Convene writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// A connection to a Convene database, migrated to [`SCHEMA_VERSION`].
pub struct Db {
    conn: Connection,
    path: Option<PathBuf>,
    backup_taken: Option<PathBuf>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).finish()
    }
}

impl Db {
    /// Opens (creating when missing) the database at `path` and migrates it.
    pub fn open(path: impl AsRef<Path>) -> Result<Db> {
        Self::open_with_migrations(path, MIGRATIONS)
    }

    /// [`Db::open`] with another list of migrations; lets tests exercise upgrades and
    /// refusals with schemas this build does not have.
    #[doc(hidden)]
    pub fn open_with_migrations(path: impl AsRef<Path>, migrations: &[(&str, &str)]) -> Result<Db> {
        let path = path.as_ref();
        let latest = migrations.len() as i64;
        if path.exists() {
            check_compatible(path, latest)?;
        } else if let Some(dir) = path.parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)?;
            }
        }
        let mut conn = Connection::open(path)?;
        configure(&mut conn)?;
        let mut db = Db { conn, path: Some(path.to_path_buf()), backup_taken: None };
        db.migrate(migrations)?;
        Ok(db)
    }

    /// Opens an already-migrated database without running migrations; for extra
    /// connections of a pool after [`Db::open`] has done the migrating.
    pub fn open_migrated(path: impl AsRef<Path>) -> Result<Db> {
        let path = path.as_ref();
        let mut conn = Connection::open(path)?;
        configure(&mut conn)?;
        let version = user_version(&conn)?;
        if version != SCHEMA_VERSION {
            return Err(Error::IncompatibleDatabase {
                path: path.to_path_buf(),
                message: Message::new("error-database-schema-mismatch")
                    .arg("path", path.display().to_string())
                    .arg("version", version.to_string())
                    .arg("expected", SCHEMA_VERSION.to_string()),
            });
        }
        Ok(Db { conn, path: Some(path.to_path_buf()), backup_taken: None })
    }

    /// A private database in memory, for tests and previews.
    pub fn open_in_memory() -> Result<Db> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn)?;
        let mut db = Db { conn, path: None, backup_taken: None };
        db.migrate(MIGRATIONS)?;
        Ok(db)
    }

    /// A copy of this database in a new in-memory database, configured as every
    /// connection is. For work that needs many fresh databases of one starting state: the
    /// fuzz targets give each input a database of its own this way, which costs a page copy
    /// instead of running every migration again.
    #[doc(hidden)]
    pub fn copy_in_memory(&self) -> Result<Db> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn)?;
        rusqlite::backup::Backup::new(&self.conn, &mut conn)?.run_to_completion(i32::MAX, Duration::ZERO, None)?;
        Ok(Db { conn, path: None, backup_taken: None })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Where the copy taken before the last migration went, if one was needed.
    pub fn backup_taken(&self) -> Option<&Path> {
        self.backup_taken.as_deref()
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Runs `work` in one transaction (a savepoint when the caller already holds one):
    /// committed when it returns `Ok`, rolled back (nothing written) when it or the commit
    /// fails. For work made of functions that take the [`Db`] itself, such as an import
    /// that goes through each record's own insert function; those may use savepoints but
    /// never [`Connection::transaction`], which cannot nest.
    pub(crate) fn in_transaction<T>(&mut self, work: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
        let nested = !self.conn.is_autocommit();
        self.conn.execute_batch(if nested { "SAVEPOINT in_transaction" } else { "BEGIN IMMEDIATE" })?;
        let outcome = work(self);
        let rollback = if nested { "ROLLBACK TO in_transaction; RELEASE in_transaction" } else { "ROLLBACK" };
        let end = match (outcome.is_ok(), nested) {
            (true, false) => "COMMIT",
            (true, true) => "RELEASE in_transaction",
            (false, _) => rollback,
        };
        if let Err(e) = self.conn.execute_batch(end) {
            if outcome.is_ok() {
                let _ = self.conn.execute_batch(rollback);
            }
            return Err(e.into());
        }
        outcome
    }

    /// Runs `work` with a page cache of [`BULK_CACHE_KIB`] KiB, then puts the cache size
    /// back. A bulk write (an import of 20,000 events and their search index) touches far
    /// more pages than the default cache of 2 MB holds; SQLite then spills pages to the WAL
    /// in the middle of the transaction and writes many of them again later. The cache
    /// only grows as pages are read, so a small import costs nothing more.
    pub(crate) fn with_bulk_cache<T>(&mut self, work: impl FnOnce(&mut Db) -> Result<T>) -> Result<T> {
        let before: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        let outcome = work(self);
        let restored = self.conn.pragma_update(None, "cache_size", before);
        let value = outcome?;
        restored?;
        Ok(value)
    }

    /// A write of its own: a savepoint inside the caller's transaction, else a transaction
    /// that begins IMMEDIATE. Never `conn_mut().savepoint()` for a write that reads first:
    /// outside a transaction that begins a deferred one, which fails with "database is
    /// locked" at its first write when another program wrote since its first read.
    pub(crate) fn write_savepoint(&mut self) -> Result<WriteScope<'_>> {
        Ok(if self.conn.is_autocommit() {
            WriteScope::Transaction(self.conn.transaction()?)
        } else {
            WriteScope::Savepoint(self.conn.savepoint()?)
        })
    }

    pub fn schema_version(&self) -> Result<i64> {
        user_version(&self.conn)
    }

    /// Copies the whole database to `dest` with SQLite's online backup; safe while other
    /// connections read and write. An existing `dest` is replaced only by a complete copy
    /// (written beside it and renamed: `file_write`).
    pub fn backup_to(&self, dest: impl AsRef<Path>) -> Result<()> {
        let dest = dest.as_ref();
        if let Some(dir) = dest.parent() {
            if !dir.as_os_str().is_empty() && !dir.exists() {
                return Err(Error::bad_input(
                    Message::new("error-backup-folder-gone").arg("folder", dir.display().to_string()),
                ));
            }
        }
        if let (Some(src), Ok(dst)) = (&self.path, dest.canonicalize()) {
            if src.canonicalize().ok().as_deref() == Some(dst.as_path()) {
                return Err(Error::bad_input(Message::new("error-backup-is-the-database")));
            }
        }
        crate::file_write::write_file_at(dest, |temporary| {
            let mut target = Connection::open(temporary)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut target)?;
            backup.run_to_completion(256, Duration::from_millis(0), None)?;
            drop(backup);
            target.close().map_err(|(_, e)| e)?;
            Ok(())
        })
    }

    fn migrate(&mut self, migrations: &[(&str, &str)]) -> Result<()> {
        let latest = migrations.len() as i64;
        let current = user_version(&self.conn)?;
        if current > latest {
            return Err(newer_error(self.path.as_deref().unwrap_or(Path::new(":memory:")), current, latest));
        }
        if current == latest {
            return Ok(());
        }
        if let Some(path) = self.path.clone() {
            if holds_data(&self.conn)? {
                let copy = backup_name(&path, current);
                self.backup_to(&copy)?;
                self.backup_taken = Some(copy);
            }
        }
        for (index, (name, sql)) in migrations.iter().enumerate() {
            let version = index as i64 + 1;
            if version <= current {
                continue;
            }
            let tx = self.conn.transaction()?;
            if user_version(&tx)? >= version {
                continue;
            }
            tx.execute_batch(sql).map_err(|e| Error::IncompatibleDatabase {
                path: self.path.clone().unwrap_or_default(),
                message: Message::new("error-database-migration-failed")
                    .arg("name", name.to_string())
                    .arg("reason", e.to_string()),
            })?;
            tx.pragma_update(None, "user_version", version)?;
            tx.commit()?;
        }
        Ok(())
    }
}

/// See [`Db::write_savepoint`]; committed by [`WriteScope::commit`], rolled back when dropped.
pub(crate) enum WriteScope<'a> {
    Transaction(rusqlite::Transaction<'a>),
    Savepoint(rusqlite::Savepoint<'a>),
}

impl WriteScope<'_> {
    pub(crate) fn commit(self) -> Result<()> {
        match self {
            WriteScope::Transaction(tx) => tx.commit()?,
            WriteScope::Savepoint(sp) => sp.commit()?,
        }
        Ok(())
    }
}

impl std::ops::Deref for WriteScope<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        match self {
            WriteScope::Transaction(tx) => tx,
            WriteScope::Savepoint(sp) => sp,
        }
    }
}

fn configure(conn: &mut Connection) -> Result<()> {
    register_fold_text(conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    conn.pragma_update(None, "foreign_keys", true)?;
    switch_to_wal(conn)?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// `fold_text(x)`: [`crate::names::fold`] as an SQL function, which the search index's
/// triggers call (migration 0009_search_folded) so that the words indexed and the words
/// typed are folded alike. Registered on every connection before it migrates or writes;
/// a program without it (the `sqlite3` shell) can read a Convene database but not change
/// the records the search index follows.
fn register_fold_text(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "fold_text",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| match ctx.get_raw(0) {
            // Read in place: an import of 20,000 events folds 60,000 texts, each of
            // which was copied first.
            rusqlite::types::ValueRef::Text(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => Ok(crate::names::fold(text)),
                Err(_) => Ok(crate::names::fold(&ctx.get::<String>(0)?)),
            },
            _ => Ok(ctx.get::<Option<String>>(0)?.map(|text| crate::names::fold(&text)).unwrap_or_default()),
        },
    )?;
    Ok(())
}

/// Turns on WAL and returns the journal mode now in force. Switching a new file to WAL
/// takes its exclusive lock; when another program is opening the same new file at that
/// moment SQLite answers "database is locked" at once rather than calling the busy handler
/// (waiting could deadlock), so the switch is retried for as long as the busy timeout.
fn switch_to_wal(conn: &Connection) -> Result<()> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            mode => return mode.map(|_| ()).map_err(Error::from),
        }
    }
}

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}

/// Reads the schema version through a read-only connection, so that a database we must
/// refuse is never written to (a writable one only recovers what a crash left, see below).
fn check_compatible(path: &Path, latest: i64) -> Result<()> {
    let not_convene = |detail: Message| Error::IncompatibleDatabase {
        path: path.to_path_buf(),
        message: Message::new("error-not-a-convene-database")
            .arg("path", path.display().to_string())
            .arg("detail", detail),
    };
    // A Convene database says its version in the file's header, which `PRAGMA user_version`
    // reads without parsing the schema (a millisecond or two of every command); only a
    // version of 0 needs the tables counted, and then in one statement, so one snapshot:
    // another program may be creating the schema meanwhile.
    let inspect = |flags: OpenFlags| -> rusqlite::Result<(i64, i64)> {
        let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > 0 {
            return Ok((version, 0));
        }
        conn.query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master WHERE type = 'table')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    };
    // A program killed while writing can leave a hot journal, or a WAL without its index,
    // that only a writable connection may recover (SQLite rolls back or replays what was
    // committed; any program opening the file does the same); the content stays as it was.
    let (version, tables) = match inspect(OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ReadOnly => {
            inspect(OpenFlags::SQLITE_OPEN_READ_WRITE)
        }
        other => other,
    }
    .map_err(|e| match crate::disk_errors::io_kind_of_sqlite(&e) {
        Some(_) => Error::Sqlite(e),
        None if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) => Error::Sqlite(e),
        None => not_convene(Message::from(e.to_string())),
    })?;
    if version > latest {
        return Err(newer_error(path, version, latest));
    }
    if version == 0 && tables > 0 {
        return Err(not_convene(Message::new("error-database-no-schema-version")));
    }
    Ok(())
}

fn newer_error(path: &Path, version: i64, latest: i64) -> Error {
    Error::IncompatibleDatabase {
        path: path.to_path_buf(),
        message: Message::new("error-database-newer")
            .arg("path", path.display().to_string())
            .arg("version", version.to_string())
            .arg("latest", latest.to_string()),
    }
}

fn holds_data(conn: &Connection) -> Result<bool> {
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))?;
    Ok(tables > 0)
}

fn backup_name(path: &Path, version: i64) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".before-v{}.bak", version + 1));
    path.with_file_name(name)
}

/// The desktop app's identifier, the `identifier` in `tauri.conf.json`. Tauri keeps the
/// app's data in a folder of this name, so the command line must use it too.
pub const APP_IDENTIFIER: &str = "eu.convene.app";

/// The file name of the database inside the app's data folder.
pub const DATABASE_FILE_NAME: &str = "convene.db";

/// The environment variable that names another database file, for the app and the CLI.
pub const DB_ENV: &str = "CONVENE_DB";

/// `convene.db` in the desktop app's data folder: the user's data directory joined with
/// [`APP_IDENTIFIER`], which is where Tauri's `app_data_dir` points.
///
/// | Platform | Path |
/// | -------- | ---- |
/// | Linux    | `$XDG_DATA_HOME/eu.convene.app/convene.db` or `~/.local/share/eu.convene.app/convene.db` |
/// | macOS    | `~/Library/Application Support/eu.convene.app/convene.db` |
/// | Windows  | `%APPDATA%\eu.convene.app\convene.db` (Roaming) |
///
/// `None` when the platform knows no data directory for this user (no home directory).
pub fn default_database_path() -> Option<PathBuf> {
    let dirs = directories::BaseDirs::new()?;
    Some(dirs.data_dir().join(APP_IDENTIFIER).join(DATABASE_FILE_NAME))
}

/// The file named by `CONVENE_DB`, made absolute; `None` when unset or empty.
pub fn database_path_from_env() -> Option<PathBuf> {
    env_path(std::env::var_os(DB_ENV))
}

/// The database to open when nothing else was chosen: `CONVENE_DB` when set and not empty,
/// else [`default_database_path`]. Fails with [`Error::BadInput`] when neither is known.
pub fn database_path_from_env_or_default() -> Result<PathBuf> {
    choose_database_path(database_path_from_env(), default_database_path)
}

fn env_path(value: Option<std::ffi::OsString>) -> Option<PathBuf> {
    let value = PathBuf::from(value.filter(|v| !v.is_empty())?);
    Some(std::path::absolute(&value).unwrap_or(value))
}

fn choose_database_path(from_env: Option<PathBuf>, default: impl FnOnce() -> Option<PathBuf>) -> Result<PathBuf> {
    from_env.or_else(default).ok_or_else(|| {
        Error::bad_input(
            Message::new("error-no-data-directory").arg("file", DATABASE_FILE_NAME).arg("variable", DB_ENV),
        )
    })
}

/// The current time as stored in `created_at` / `updated_at`.
pub(crate) fn now_text() -> String {
    crate::time_text::utc_text(chrono::Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy starts with the original's records and schema version, takes writes that
    /// need the connection's set-up (foreign keys, the search index's `fold_text`), and
    /// leaves the original as it was.
    #[test]
    fn an_in_memory_copy_is_a_whole_independent_database() {
        let mut original = Db::open_in_memory().unwrap();
        crate::network::create_network(
            &mut original,
            crate::network::NetworkInput::named("TechTown", crate::network::NetworkKind::ActionPlanning),
        )
        .unwrap();
        let mut copy = original.copy_in_memory().unwrap();
        let version: i64 = copy.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        crate::network::create_network(
            &mut copy,
            crate::network::NetworkInput::named("Łódź Hub", crate::network::NetworkKind::ActionPlanning),
        )
        .unwrap();
        let orphan = copy.conn().execute("INSERT INTO partners (network_id, name, country, role, time_zone) VALUES (99, 'Riga', 'LV', 'partner', 'Europe/Riga')", []);
        assert!(orphan.is_err(), "foreign keys are enforced in the copy");
        let count =
            |db: &Db| -> i64 { db.conn().query_row("SELECT count(*) FROM networks", [], |r| r.get(0)).unwrap() };
        assert_eq!((count(&original), count(&copy)), (1, 2));
    }

    /// A transaction that has only read already holds the write lock, so another
    /// connection's write waits for it (here: fails at once, its busy timeout set to zero)
    /// and the transaction's own write cannot fail with "database is locked" afterwards.
    /// With SQLite's default (deferred) transactions the other write would go through and
    /// this transaction's write would then fail. (`tests/core/plans.rs` runs the same race
    /// with two threads saving a plan at once.)
    #[test]
    fn a_transaction_holds_the_write_lock_from_its_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        Db::open(&path).unwrap();
        let mut first = Db::open_migrated(&path).unwrap();
        let second = Db::open_migrated(&path).unwrap();
        second.conn().busy_timeout(Duration::ZERO).unwrap();
        let tx = first.conn_mut().transaction().unwrap();
        let _count: i64 = tx.query_row("SELECT count(*) FROM settings", [], |r| r.get(0)).unwrap();
        let blocked = second.conn().execute("INSERT INTO settings (key, value) VALUES ('b', '2')", []);
        assert!(
            matches!(blocked, Err(rusqlite::Error::SqliteFailure(ref e, _)) if e.code == rusqlite::ErrorCode::DatabaseBusy),
            "the other connection must wait for the open transaction: {blocked:?}"
        );
        tx.execute("INSERT INTO settings (key, value) VALUES ('a', '1')", []).unwrap();
        tx.commit().unwrap();
        second.conn().execute("INSERT INTO settings (key, value) VALUES ('b', '2')", []).unwrap();
        let rows: i64 = first.conn().query_row("SELECT count(*) FROM settings", [], |r| r.get(0)).unwrap();
        assert_eq!(rows, 2);
    }

    /// Outside a transaction a write scope is an IMMEDIATE transaction, as above; a plain
    /// `savepoint()` would begin a deferred one, and its first write would fail with
    /// "database is locked" if another connection wrote after its first read.
    #[test]
    fn a_write_savepoint_outside_a_transaction_holds_the_write_lock_from_its_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut first = Db::open(&path).unwrap();
        let second = Db::open_migrated(&path).unwrap();
        second.conn().busy_timeout(Duration::ZERO).unwrap();
        let scope = first.write_savepoint().unwrap();
        let _count: i64 = scope.query_row("SELECT count(*) FROM settings", [], |r| r.get(0)).unwrap();
        let blocked = second.conn().execute("INSERT INTO settings (key, value) VALUES ('b', '2')", []);
        assert!(
            matches!(blocked, Err(rusqlite::Error::SqliteFailure(ref e, _)) if e.code == rusqlite::ErrorCode::DatabaseBusy),
            "the other connection must wait for the open write: {blocked:?}"
        );
        let message = Error::from(blocked.unwrap_err()).to_string();
        assert!(message.starts_with("the database is busy: another Convene"), "{message}");
        scope.execute("INSERT INTO settings (key, value) VALUES ('a', '1')", []).unwrap();
        scope.commit().unwrap();
        second.conn().execute("INSERT INTO settings (key, value) VALUES ('b', '2')", []).unwrap();
    }

    /// A program killed in the middle of a rollback-journal transaction (as during a new
    /// file's switch to WAL) leaves a hot journal. The read-only look before opening cannot
    /// roll it back; Convene must still open the file, with its committed content.
    #[test]
    fn a_file_left_with_a_hot_journal_by_a_killed_program_opens_with_its_committed_content() {
        let dir = tempfile::tempdir().unwrap();
        let live = dir.path().join("live.db");
        {
            let db = Db::open(&live).unwrap();
            db.conn().execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')", []).unwrap();
        }
        let writer = Connection::open(&live).unwrap();
        let _mode: String = writer.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).unwrap();
        writer.execute_batch("PRAGMA cache_size = 1; BEGIN; CREATE TABLE unfinished (x);").unwrap();
        for _ in 0..500 {
            writer.execute("INSERT INTO unfinished VALUES (randomblob(1000))", []).unwrap();
        }
        // The files as a kill at this moment leaves them.
        let crashed = dir.path().join("crashed.db");
        let journal = dir.path().join("live.db-journal");
        assert!(journal.exists(), "the transaction should have spilled to a hot journal");
        std::fs::copy(&live, &crashed).unwrap();
        std::fs::copy(&journal, dir.path().join("crashed.db-journal")).unwrap();
        drop(writer);

        let db = Db::open(&crashed).unwrap();
        assert_eq!(db.schema_version().unwrap(), SCHEMA_VERSION);
        let kept: String =
            db.conn().query_row("SELECT value FROM settings WHERE key = 'kept'", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, "yes");
        let unfinished: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'unfinished'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(unfinished, 0, "the killed transaction must be rolled back");
    }

    #[test]
    fn every_migration_file_is_listed_in_order() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".sql"))
            .collect();
        files.sort();
        let listed: Vec<&str> = MIGRATIONS.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, listed);
        for (i, name) in listed.iter().enumerate() {
            assert!(name.starts_with(&format!("{:04}_", i + 1)), "{name} is out of sequence");
        }
    }

    #[test]
    fn the_identifier_is_the_desktop_apps_so_both_open_the_same_file() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tauri.conf.json");
        let text = std::fs::read_to_string(&path).expect("tauri.conf.json at the repository root");
        let config: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            config["identifier"].as_str(),
            Some(APP_IDENTIFIER),
            "the identifier in tauri.conf.json and APP_IDENTIFIER differ"
        );
        assert!(
            config["app"].get("appDirectoriesOverride").is_none(),
            "an appDirectoriesOverride moves Tauri's app_data_dir away from default_database_path"
        );
    }

    #[test]
    fn the_default_database_is_convene_db_in_the_identifier_folder() {
        let Some(path) = default_database_path() else { return };
        assert!(path.is_absolute(), "{}", path.display());
        assert!(path.ends_with(Path::new(APP_IDENTIFIER).join("convene.db")), "{}", path.display());
    }

    #[test]
    fn convene_db_wins_over_the_default_and_an_empty_value_is_ignored() {
        let default = || Some(PathBuf::from("/data/eu.convene.app/convene.db"));
        let chosen = choose_database_path(env_path(Some("/tmp/other.db".into())), default).unwrap();
        assert_eq!(chosen, PathBuf::from("/tmp/other.db"));
        let chosen = choose_database_path(env_path(Some("".into())), default).unwrap();
        assert_eq!(chosen, PathBuf::from("/data/eu.convene.app/convene.db"));
        let relative = env_path(Some("here.db".into())).unwrap();
        assert_eq!(relative, std::env::current_dir().unwrap().join("here.db"));
    }

    #[test]
    fn without_any_data_directory_the_error_says_how_to_choose_a_file() {
        let err = choose_database_path(None, || None).unwrap_err();
        assert_eq!(err.code(), "bad_input");
        let message = err.to_string();
        assert!(message.contains("CONVENE_DB") && message.contains("--db"), "{message}");
    }
}
