//! What the program keeps of the memory its launch used.
//!
//! Why: issue 12 weighs the app's resident memory against an empty Tauri window, and at
//! launch the program does its largest work in one go: Home's read and its travel check
//! over 100,000 meetings, each on a blocking thread with SQLite's page cache filled, and
//! their results turned into JSON for the page. glibc's malloc keeps what such work frees:
//! each thread that allocated gets an arena of its own (up to eight per core), and freed
//! pages stay in the process until the arena's top is free. Measured on the 2-core machine
//! (docs/performance.md, the section of 2026-12-07 on launch and memory), the program
//! process held about 9 MB more anonymous memory than the empty window's after launch.
//!
//! What is done, and when:
//! - [`limit_arenas`] at start: at most [`ARENAS`] malloc arenas, so the few threads that
//!   touch the database share them instead of each keeping its own (the program is not
//!   allocation-bound: the work is SQLite's and WebKit's).
//! - [`release_after_launch`] once Home's launch work is done (the page calls the command
//!   `launch_settled` after the travel warnings are drawn, once per page load): SQLite's
//!   idle connections drop their page caches (`PRAGMA shrink_memory`; the pages stay in the
//!   system's file cache, so a later read costs a copy, not a disk read), then
//!   `malloc_trim(0)` gives freed pages of every arena back to the system.
//!
//! Invariants: nothing here changes what a command returns; on systems without glibc both
//! do nothing.

/// The most malloc arenas the program uses.
pub const ARENAS: i32 = 2;

/// Limits glibc's malloc to [`ARENAS`] arenas. Call first, before any thread starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a malloc parameter; called before other threads exist.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENAS);
    }
}

/// Gives the freed pages of every malloc arena back to the system.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe and only releases memory malloc holds free.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Empties the page caches of `connections` (idle ones: no statement of theirs is running).
pub fn shrink_caches<'a>(connections: impl IntoIterator<Item = &'a convene_core::Db>) {
    for db in connections {
        // Only a cache: a failure leaves it as it was.
        let _ = db.conn().execute_batch("PRAGMA shrink_memory");
    }
}
