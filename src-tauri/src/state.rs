//! The open database, shared by every command: a small pool of connections.
//!
//! Why a pool and not one connection behind a mutex: a command holding the only connection
//! (an import, a backup, a search over 100,000 meetings) would make every other command
//! wait, and the window with it. SQLite in WAL mode lets several connections read while one
//! writes, so each command takes its own connection from an r2d2 pool of [`POOL_SIZE`]
//! (writers queue on SQLite's busy timeout, set by the core). Measured on the 2-core
//! development machine (release build, 2,000 rounds of open-or-take plus one small query):
//! opening a connection per command with [`Db::open_migrated`] costs about 0.6 ms (the
//! pragmas, WAL set-up and schema check), taking one from the pool about 8 µs; the pool
//! also keeps each connection's prepared-statement cache warm across commands.
//!
//! Invariants:
//! - [`Db::open`] runs once at start-up (it creates, checks and migrates the file); pooled
//!   connections use [`Db::open_migrated`], which refuses a file at another schema version.
//! - Work on the database runs on a blocking thread ([`AppState::run`]), never on the async
//!   runtime's threads; no lock is held across an `.await` (the pool handle is cloned out of
//!   its lock before the work starts).
//! - Restoring a backup ([`AppState::restore`]) never leaves a half-written database: the
//!   backup is copied aside and opened as a Convene database first (newer or foreign files
//!   are refused, older ones migrated), the current database is copied beside itself, then
//!   SQLite's backup API writes the checked copy into the live file in one step (so other
//!   connections see either all of the old data or all of the new, never a mix, and the
//!   WAL stays consistent, which replacing the file on disk would not guarantee); finally the
//!   pool is rebuilt. If any step fails, the current database is left as it was.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

use convene_core::i18n::{self, Message};
use convene_core::ipc::{app_info, AppInfo, IpcError};
use convene_core::{Db, Error};
use rusqlite::backup::{Backup, StepResult};

/// Connections kept open: enough for the UI's parallel requests on a small machine.
pub const POOL_SIZE: u32 = 4;

/// How long a restore waits for other connections to let go of the database.
const RESTORE_WAIT: Duration = Duration::from_secs(15);

/// Opens pooled connections to an already-migrated Convene database.
#[derive(Debug)]
struct DbManager {
    path: PathBuf,
}

impl r2d2::ManageConnection for DbManager {
    type Connection = Db;
    type Error = Error;

    fn connect(&self) -> Result<Db, Error> {
        writable(&self.path, Db::open_migrated(&self.path)?)
    }

    fn is_valid(&self, db: &mut Db) -> Result<(), Error> {
        db.conn().query_row("SELECT 1", [], |_| Ok(()))?;
        Ok(())
    }

    fn has_broken(&self, _db: &mut Db) -> bool {
        false
    }
}

/// `db`, unless SQLite could only open it read-only (its disk, folder or file is read-only):
/// then the plain error, so the window says so at once instead of at the first save, and
/// "Try again" opens it writable once the cause is gone. (A connection opened read-only
/// stays so, and keeps even a later writable connection from writing to a WAL database.)
fn writable(path: &Path, db: Db) -> Result<Db, Error> {
    if !db.conn().is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
        return Ok(db);
    }
    let read_only = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY), None);
    Err(convene_core::disk_errors::about_database(path, Error::Sqlite(read_only)))
}

type Pool = r2d2::Pool<DbManager>;

fn pool_for(path: &Path) -> Result<Pool, IpcError> {
    r2d2::Pool::builder()
        .max_size(POOL_SIZE)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(30))
        .build(DbManager { path: path.to_path_buf() })
        .map_err(|e| {
            IpcError::internal(
                Message::new("error-window-cannot-open-database")
                    .arg("file", path.display().to_string())
                    .arg("reason", e.to_string())
                    .render(i18n::current()),
            )
        })
}

/// A connection that did not come free in time: every one was kept by other work.
fn busy(e: r2d2::Error) -> IpcError {
    IpcError::internal(Message::new("error-window-database-busy").arg("reason", e.to_string()).render(i18n::current()))
}

/// Opens (creating or migrating when needed) the database at `path` and the pool on it.
fn open_pool(path: &Path) -> Result<Pool, IpcError> {
    let db = Db::open(path).and_then(|db| writable(path, db));
    drop(db.map_err(|e| IpcError::from(convene_core::disk_errors::about_database(path, e)))?);
    pool_for(path)
}

/// The database the app works on; managed as Tauri state.
pub struct AppState {
    path: PathBuf,
    version: String,
    /// The pool, or why the database could not be opened (every command then reports it).
    pool: RwLock<Result<Pool, IpcError>>,
    /// Held while a restore runs, so two restores cannot interleave.
    restoring: Mutex<()>,
    /// The backup chosen in the open dialog, waiting for the person to confirm the restore.
    chosen_backup: Mutex<Option<PathBuf>>,
    /// The CA file chosen in the open dialog for the account being added (Settings).
    chosen_ca_file: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// Opens (creating or migrating when needed) the database at `path`. A database that
    /// cannot be opened (written by a newer Convene, say) does not stop the app: the window
    /// opens and every command answers with the reason.
    pub fn open(path: PathBuf, version: &str) -> AppState {
        let pool = open_pool(&path);
        AppState {
            path,
            version: version.to_string(),
            pool: RwLock::new(pool),
            restoring: Mutex::new(()),
            chosen_backup: Mutex::new(None),
            chosen_ca_file: Mutex::new(None),
        }
    }

    /// Gives back what the launch's work left behind ([`crate::memory`]): the page caches of
    /// the idle connections, then malloc's free pages.
    pub async fn release_after_launch(&self) -> Result<(), IpcError> {
        let pool = self.pool()?;
        tauri::async_runtime::spawn_blocking(move || {
            let idle: Vec<_> = (0..pool.state().idle_connections).filter_map(|_| pool.try_get()).collect();
            crate::memory::shrink_caches(idle.iter().map(|db| &**db));
            drop(idle);
            crate::memory::trim();
        })
        .await
        .map_err(crate::command_panics::stopped)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The pool; when the database could not be opened (at launch, or by an earlier try),
    /// opening is tried again, so the window works as soon as the cause is gone (a disk
    /// made writable, a USB stick put back, space freed) without a restart.
    fn pool(&self) -> Result<Pool, IpcError> {
        if let Ok(pool) = &*self.pool.read().unwrap_or_else(|e| e.into_inner()) {
            return Ok(pool.clone());
        }
        let mut slot = self.pool.write().unwrap_or_else(|e| e.into_inner());
        if slot.is_err() {
            *slot = open_pool(&self.path);
        }
        slot.clone()
    }

    /// Runs `work` with a connection of its own on a blocking thread.
    pub async fn run<T, F>(&self, work: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Db) -> convene_core::Result<T> + Send + 'static,
    {
        let pool = self.pool()?;
        tauri::async_runtime::spawn_blocking(move || {
            let mut db = pool.get().map_err(busy)?;
            match convene_core::panic_report::catch_panic(|| convene_core::disk_errors::on_open_database(&mut db, work))
            {
                Ok(result) => result.map_err(IpcError::from),
                Err(internal) => Err(IpcError::internal(internal.to_string())),
            }
        })
        .await
        .map_err(crate::command_panics::stopped)?
    }

    /// Facts about the open database for Settings and the first-run check.
    pub async fn info(&self) -> Result<AppInfo, IpcError> {
        let version = self.version.clone();
        self.run(move |db| app_info(db, &version)).await
    }

    /// Remembers the backup the person chose (or forgets it, with `None`) until they confirm.
    pub fn set_chosen_backup(&self, backup: Option<PathBuf>) {
        *self.chosen_backup.lock().unwrap_or_else(|e| e.into_inner()) = backup;
    }

    /// The chosen backup, forgotten as it is handed out: one choice restores once.
    pub fn take_chosen_backup(&self) -> Option<PathBuf> {
        self.chosen_backup.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    /// Remembers the CA file the person chose for the account they are adding (or forgets
    /// it, with `None`): the window shows its name and never sends a path.
    pub fn set_chosen_ca_file(&self, file: Option<PathBuf>) {
        *self.chosen_ca_file.lock().unwrap_or_else(|e| e.into_inner()) = file;
    }

    /// The chosen CA file, kept until an account is added with it (a refused add is retried).
    pub fn chosen_ca_file(&self) -> Option<PathBuf> {
        self.chosen_ca_file.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Replaces the database with the backup at `backup` (see the module docs) and returns
    /// the facts about the restored database; the copy of the previous database is named
    /// in the log and kept beside it.
    pub fn restore(&self, backup: &Path) -> Result<AppInfo, IpcError> {
        let _one_at_a_time = self.restoring.lock().unwrap_or_else(|e| e.into_inner());
        let pool = self.pool()?;
        let kept = restore_into(&pool, &self.path, backup)?;
        eprintln!("convene: restored {}; the previous database is kept as {}", backup.display(), kept.display());
        let fresh = pool_for(&self.path)?;
        *self.pool.write().unwrap_or_else(|e| e.into_inner()) = Ok(fresh.clone());
        let db = fresh.get().map_err(|e| {
            IpcError::internal(
                Message::new("error-window-cannot-reopen-database")
                    .arg("reason", e.to_string())
                    .render(i18n::current()),
            )
        })?;
        app_info(&db, &self.version).map_err(IpcError::from)
    }
}

/// A path beside `path` with `suffix` added to its file name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Checks that `backup` is a Convene database this version can read, before anything is
/// copied: an empty or foreign file must not replace the data.
fn check_backup(backup: &Path, live: &Path) -> Result<(), IpcError> {
    let bad = |why: Message| {
        let message = Message::new("error-restore-refused").arg("file", backup.display().to_string()).arg("why", why);
        IpcError { code: "bad_input".into(), message: message.render(i18n::current()), field: None }
    };
    if !backup.is_file() {
        return Err(bad(Message::new("error-no-such-file")));
    }
    if let (Ok(a), Ok(b)) = (backup.canonicalize(), live.canonicalize()) {
        if a == b {
            return Err(bad(Message::new("error-restore-is-open")));
        }
    }
    let conn = rusqlite::Connection::open_with_flags(backup, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| bad(Message::new("error-restore-cannot-open").arg("reason", e.to_string())))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| bad(Message::new("error-restore-not-sqlite")))?;
    if version < 1 {
        return Err(bad(Message::new("error-restore-no-schema")));
    }
    Ok(())
}

/// Restores `backup` into the live database at `live`; returns where the previous
/// database was kept.
fn restore_into(pool: &Pool, live: &Path, backup: &Path) -> Result<PathBuf, IpcError> {
    check_backup(backup, live)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let staging = beside(live, &format!(".restoring-{stamp}"));
    let result = (|| {
        std::fs::copy(backup, &staging).map_err(|e| IpcError::from(Error::Io(e)))?;
        // Opening checks the version (a newer file is refused) and migrates an older one.
        let checked = Db::open(&staging)?;
        let ok: String = checked.conn().query_row("PRAGMA quick_check", [], |r| r.get(0)).map_err(Error::from)?;
        if ok != "ok" {
            return Err(IpcError {
                code: "bad_input".into(),
                message: Message::new("error-restore-damaged")
                    .arg("file", backup.display().to_string())
                    .arg("problem", ok)
                    .render(i18n::current()),
                field: None,
            });
        }
        let mut current = pool.get().map_err(busy)?;
        let kept = beside(live, &format!(".before-restore-{stamp}.bak"));
        current.backup_to(&kept)?;
        let backup_step = Backup::new(checked.conn(), current.conn_mut()).map_err(Error::from)?;
        let deadline = Instant::now() + RESTORE_WAIT;
        loop {
            // -1 copies every page in one step: other connections never see a mix.
            match backup_step.step(-1).map_err(Error::from)? {
                StepResult::Done => break,
                StepResult::Busy | StepResult::Locked | StepResult::More if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                _ => return Err(IpcError::internal(Message::new("error-restore-busy").render(i18n::current()))),
            }
        }
        Ok(kept)
    })();
    for leftover in [staging.clone(), beside(&staging, "-wal"), beside(&staging, "-shm")] {
        let _ = std::fs::remove_file(leftover);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_core::network::{create_network, list_networks, NetworkInput, NetworkKind};

    fn names(state: &AppState) -> Vec<String> {
        let pool = state.pool().unwrap();
        let db = pool.get().unwrap();
        list_networks(&db).unwrap().into_iter().map(|n| n.name).collect()
    }

    fn add(state: &AppState, name: &str) {
        let pool = state.pool().unwrap();
        let mut db = pool.get().unwrap();
        create_network(&mut db, NetworkInput::named(name, NetworkKind::Other)).unwrap();
    }

    #[test]
    fn giving_back_the_launchs_memory_leaves_every_connection_working() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        add(&state, "Alpha");
        tauri::async_runtime::block_on(state.release_after_launch()).unwrap();
        assert_eq!(names(&state), ["Alpha"]);
        add(&state, "Beta");
        assert_eq!(names(&state), ["Alpha", "Beta"]);
    }

    #[test]
    fn restore_swaps_in_the_backup_and_keeps_the_previous_database() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        add(&state, "TechTown");
        let backup = dir.path().join("monday.convene");
        state.pool().unwrap().get().unwrap().backup_to(&backup).unwrap();
        add(&state, "DigiPlace");
        // A connection held elsewhere (another command) sees the restored data too.
        let other = state.pool().unwrap().get().unwrap();

        let info = state.restore(&backup).unwrap();
        assert!(!info.is_empty);
        assert_eq!(names(&state), ["TechTown"]);
        assert_eq!(list_networks(&other).unwrap().len(), 1);
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".before-restore-"))
            .collect();
        assert_eq!(kept.len(), 1, "one copy of the previous database: {kept:?}");
        let previous = Db::open(dir.path().join(&kept[0])).unwrap();
        assert_eq!(list_networks(&previous).unwrap().len(), 2, "the copy holds what was there before");
        assert!(
            !std::fs::read_dir(dir.path()).unwrap().any(|e| e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains("restoring")),
            "no staging files are left behind"
        );
    }

    #[test]
    fn a_file_that_is_not_a_convene_backup_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        add(&state, "TechTown");
        let empty = dir.path().join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "not a database at all, just some text that is long enough").unwrap();
        let foreign = dir.path().join("other.sqlite");
        rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x);").unwrap();
        for bad in [&empty, &text, &foreign, &dir.path().join("missing.db"), &dir.path().join("convene.db")] {
            let e = state.restore(bad).unwrap_err();
            assert_eq!(e.code, "bad_input", "{}: {e}", bad.display());
            assert_eq!(names(&state), ["TechTown"], "after trying {}", bad.display());
        }
    }

    #[test]
    fn a_newer_database_is_refused_at_start_and_every_command_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("convene.db");
        rusqlite::Connection::open(&path).unwrap().execute_batch("PRAGMA user_version = 999;").unwrap();
        let state = AppState::open(path, "test");
        let e = tauri::async_runtime::block_on(state.info()).unwrap_err();
        assert_eq!(e.code, "incompatible_database");
        assert!(e.message.contains("newer version of Convene"), "{}", e.message);
    }

    #[test]
    fn a_database_that_could_not_be_opened_at_launch_is_opened_once_the_cause_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let stick = dir.path().join("stick");
        // A file where the database's folder should be: nothing can be opened there.
        std::fs::write(&stick, "not a folder").unwrap();
        let state = AppState::open(stick.join("convene.db"), "test");
        let e = tauri::async_runtime::block_on(state.info()).unwrap_err();
        assert!(e.message.contains(&stick.display().to_string()), "the error names the place: {}", e.message);
        assert!(e.message.contains("a file stands where its folder should be"), "and says why: {}", e.message);

        std::fs::remove_file(&stick).unwrap();
        let info = tauri::async_runtime::block_on(state.info()).expect("opened without a restart");
        assert!(info.is_empty);
        add(&state, "TechTown");
        assert_eq!(names(&state), ["TechTown"]);
    }

    #[test]
    fn a_chosen_backup_is_handed_out_once_and_a_new_choice_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path().join("convene.db"), "test");
        assert_eq!(state.take_chosen_backup(), None, "nothing is chosen at start");
        state.set_chosen_backup(Some(dir.path().join("monday.sqlite")));
        state.set_chosen_backup(Some(dir.path().join("tuesday.sqlite")));
        assert_eq!(state.take_chosen_backup(), Some(dir.path().join("tuesday.sqlite")));
        assert_eq!(state.take_chosen_backup(), None, "one choice restores once");
        state.set_chosen_backup(Some(dir.path().join("monday.sqlite")));
        state.set_chosen_backup(None);
        assert_eq!(state.take_chosen_backup(), None, "a closed dialog forgets the earlier choice");
    }

    #[test]
    fn commands_run_in_parallel_on_their_own_connections() {
        let dir = tempfile::tempdir().unwrap();
        let state = std::sync::Arc::new(AppState::open(dir.path().join("convene.db"), "test"));
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let slow = {
            let state = state.clone();
            tauri::async_runtime::spawn(async move {
                state
                    .run(move |_db| {
                        // Holds its connection until the fast command has finished.
                        rx.recv_timeout(Duration::from_secs(10)).expect("the fast command ran meanwhile");
                        Ok(())
                    })
                    .await
            })
        };
        let info = tauri::async_runtime::block_on(state.info()).unwrap();
        assert!(info.is_empty);
        tx.send(()).unwrap();
        tauri::async_runtime::block_on(slow).unwrap().unwrap();
    }
}
