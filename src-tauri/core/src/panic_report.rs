//! A bug in Convene (a panic) reported as an error a person can act on, with its details
//! kept in a log file, instead of a blank window or a Rust backtrace on the terminal.
//!
//! [`install`] sets the process's panic hook: every panic, in any thread, is appended to
//! the log ([`write_entry`]: a UTC timestamp, the thread, where, the message and a
//! backtrace), by default `convene-errors.log` in the app's data directory beside the
//! database ([`default_log_path`]). [`catch_panic`] runs one command and turns its panic
//! into an [`InternalError`] whose text is what the person sees: "Convene hit an internal
//! error: MESSAGE. The details are in FILE." The window runs every command through it;
//! the command line prints the same text on stderr.
//!
//! What holds: a panic inside a write unwinds through the transaction, which rolls back
//! when it is dropped, so a caught panic saved nothing of that command; the log is only
//! ever appended to.

use std::any::Any;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, SecondsFormat, Utc};

/// The log's file name, in the app's data directory.
pub const LOG_FILE_NAME: &str = "convene-errors.log";

static LOG: OnceLock<PathBuf> = OnceLock::new();

/// `convene-errors.log` in the folder of the app's own database (the platform data
/// directory), also when another database is open.
pub fn default_log_path() -> Option<PathBuf> {
    Some(crate::store::default_database_path()?.with_file_name(LOG_FILE_NAME))
}

/// Where panics are logged, once [`install`] was called.
pub fn log_path() -> Option<&'static Path> {
    LOG.get().map(PathBuf::as_path)
}

/// A command that stopped on a bug, said as the person sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalError {
    pub message: String,
    pub log: Option<PathBuf>,
}

impl InternalError {
    /// What the person reads, in `locale` (`Display` gives English, for logs).
    pub fn render(&self, locale: crate::i18n::Locale) -> String {
        let problem = self.message.trim_end_matches('.');
        let message = match &self.log {
            Some(log) => crate::i18n::Message::new("error-internal-with-log")
                .arg("problem", problem)
                .arg("log", log.display().to_string()),
            None => crate::i18n::Message::new("error-internal").arg("problem", problem),
        };
        message.render(locale)
    }
}

impl std::fmt::Display for InternalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(crate::i18n::Locale::En))
    }
}

/// Logs every panic of this process to `log` (first call wins). With `quiet`, Rust's own
/// "thread panicked at" text is not printed (the command line prints [`InternalError`]
/// instead); otherwise it still goes to stderr after the log entry.
pub fn install(log: PathBuf, quiet: bool) {
    if LOG.set(log).is_err() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = payload_text(info.payload());
        let location = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let thread = std::thread::current().name().unwrap_or("unnamed").to_string();
        let backtrace = std::backtrace::Backtrace::force_capture().to_string();
        if let Some(log) = log_path() {
            let _ = write_entry(log, Utc::now(), &thread, &location, &message, &backtrace);
        }
        if !quiet {
            previous(info);
        }
    }));
}

/// Appends one panic to `log` (creating it and its folder): a line with the time, the
/// thread and where, the message, the backtrace, and a blank line.
pub fn write_entry(
    log: &Path,
    when: DateTime<Utc>,
    thread: &str,
    location: &str,
    message: &str,
    backtrace: &str,
) -> std::io::Result<()> {
    if let Some(dir) = log.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(log)?;
    let entry = format!(
        "{} panic in thread '{thread}' at {location}: {message}\n{}\n\n",
        when.to_rfc3339_opts(SecondsFormat::Secs, true),
        backtrace.trim_end()
    );
    file.write_all(entry.as_bytes())?;
    file.sync_data()
}

/// Runs `work`; a panic in it becomes an [`InternalError`] (the hook of [`install`] has
/// logged it by then).
pub fn catch_panic<T>(work: impl FnOnce() -> T) -> Result<T, InternalError> {
    catch_unwind(AssertUnwindSafe(work))
        .map_err(|payload| InternalError { message: payload_text(&*payload), log: log_path().map(Path::to_path_buf) })
}

/// The text a panic carries (`panic!("...")` gives a `&str` or a `String`).
pub fn payload_text(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}
