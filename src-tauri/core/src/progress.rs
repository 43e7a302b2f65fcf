//! How long work tells its caller how far it has got, and hears that it should stop.
//!
//! An import or export of 20,000 meetings takes long enough that a person wants to see
//! it move and to be able to change their mind. The core stays ignorant of windows: a
//! long operation takes a `&dyn Progress`, reports `advance(done, total)` between units
//! of work, and asks `is_cancelled()` at the same points. The shell forwards the
//! figures to the window as events and sets the flag when the person presses Cancel; the
//! CLI passes [`Silent`].
//!
//! Invariant: cancelling never leaves half the work done. An operation that sees the
//! flag fails with [`Error::Cancelled`](crate::error::Error::Cancelled) from inside its
//! transaction, so nothing it wrote stays; one that has already committed ignores a late
//! cancel and reports success.

use std::sync::atomic::{AtomicBool, Ordering};

/// Receives progress figures and answers whether to stop; see the module docs.
pub trait Progress: Sync {
    /// `done` of `total` units (events, meetings) are finished.
    fn advance(&self, done: u64, total: u64);
    /// True when the work should stop and undo what it did.
    fn is_cancelled(&self) -> bool;
}

/// No figures, never cancelled: what the CLI and the tests use.
#[derive(Debug, Clone, Copy, Default)]
pub struct Silent;

impl Progress for Silent {
    fn advance(&self, _done: u64, _total: u64) {}
    fn is_cancelled(&self) -> bool {
        false
    }
}

/// A cancel flag and a function that receives the figures: what the shell builds for
/// one operation, keeping the flag where its Cancel command can set it.
pub struct Reporter<'a, F: Fn(u64, u64) + Sync> {
    pub cancelled: &'a AtomicBool,
    pub on_advance: F,
}

impl<F: Fn(u64, u64) + Sync> Progress for Reporter<'_, F> {
    fn advance(&self, done: u64, total: u64) {
        (self.on_advance)(done, total)
    }
    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// How often, in units, a loop reports: about a hundred reports whatever the total, so a
/// progress bar moves smoothly without an event per meeting.
pub fn report_every(total: u64) -> u64 {
    (total / 100).max(1)
}
