//! Long work the window watches and can stop: a calendar import or export of thousands
//! of meetings.
//!
//! How it fits together: the UI passes a `tauri::ipc::Channel` with the command (Tauri 2's
//! way of streaming figures for one call); the command registers the work under that
//! channel's id in [`RunningWork`], builds a [`convene_core::progress::Progress`] from
//! the registered cancel flag and the channel ([`Watch::progress`]), and runs the core
//! function on a blocking thread ([`crate::state::AppState::run`]) with it. The Cancel
//! button calls [`cancel_work`](crate::commands::work::cancel_work) with the same id,
//! which only sets the flag; the core sees it at its next report and fails with
//! `Error::Cancelled` inside its transaction, so nothing of that work stays.
//!
//! Invariants:
//! - The window stays responsive: the work runs on a blocking thread with a pooled
//!   connection of its own, and the only lock here is the registry's, held for a map
//!   insert or look-up, never while work runs.
//! - A work's flag is in the registry exactly while its command runs ([`Watch`] removes
//!   it when dropped, whether the work succeeded, failed or was cancelled); a cancel for
//!   work that has finished or never existed changes nothing and answers `false`.
//! - Progress messages are the core's figures (about a hundred per operation,
//!   [`convene_core::progress::report_every`]), never one per record; a window that has
//!   gone away does not stop the work.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use convene_core::ipc::{WorkProgress, WorkStage};
use convene_core::progress::{Progress, Reporter};

/// Where progress figures go: the command's channel, or a test's collector.
pub type Sink = Arc<dyn Fn(WorkProgress) + Send + Sync>;

/// The works now running, by the id of their progress channel; managed as Tauri state.
#[derive(Default)]
pub struct RunningWork {
    flags: Mutex<HashMap<u32, Arc<AtomicBool>>>,
}

impl RunningWork {
    /// Registers the work named `id` until the returned [`Watch`] is dropped; its figures
    /// go to `sink`.
    pub fn start(&self, id: u32, sink: Sink) -> Watch<'_> {
        let cancelled = Arc::new(AtomicBool::new(false));
        self.flags.lock().unwrap_or_else(|e| e.into_inner()).insert(id, cancelled.clone());
        Watch { registry: self, id, cancelled, sink }
    }

    /// Asks the work named `id` to stop; false when no such work is running.
    pub fn cancel(&self, id: u32) -> bool {
        match self.flags.lock().unwrap_or_else(|e| e.into_inner()).get(&id) {
            Some(flag) => {
                flag.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }

    /// How many works are registered (for the tests).
    pub fn running(&self) -> usize {
        self.flags.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// One running work: its cancel flag and where its figures go.
pub struct Watch<'a> {
    registry: &'a RunningWork,
    id: u32,
    cancelled: Arc<AtomicBool>,
    sink: Sink,
}

impl Watch<'_> {
    /// Tells the window what the work is doing now.
    pub fn report(&self, stage: WorkStage, done: u64, total: u64) {
        (self.sink)(WorkProgress { stage, done, total });
    }

    /// What the blocking thread takes along to build the core's [`Progress`] for `stage`.
    pub fn progress(&self, stage: WorkStage) -> StageProgress {
        StageProgress { stage, cancelled: self.cancelled.clone(), sink: self.sink.clone() }
    }

    /// Whether Cancel was pressed.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

impl Drop for Watch<'_> {
    fn drop(&mut self) {
        self.registry.flags.lock().unwrap_or_else(|e| e.into_inner()).remove(&self.id);
    }
}

/// A work's cancel flag and sink, owned, for the blocking thread; reports the core's
/// figures as `stage`.
#[derive(Clone)]
pub struct StageProgress {
    stage: WorkStage,
    cancelled: Arc<AtomicBool>,
    sink: Sink,
}

impl StageProgress {
    /// Runs `work` with a [`Progress`] that reports to the window and reads the cancel flag.
    pub fn with<T>(&self, work: impl FnOnce(&dyn Progress) -> T) -> T {
        let sink = &self.sink;
        let stage = self.stage;
        let reporter = Reporter {
            cancelled: &self.cancelled,
            on_advance: |done, total| sink(WorkProgress { stage, done, total }),
        };
        work(&reporter)
    }
}

/// A sink sending each figure on a command's progress channel; a closed window is ignored.
pub fn channel_sink(channel: tauri::ipc::Channel<WorkProgress>) -> Sink {
    Arc::new(move |p| {
        let _ = channel.send(p);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collector() -> (Sink, Arc<Mutex<Vec<WorkProgress>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let into = seen.clone();
        (Arc::new(move |p| into.lock().unwrap().push(p)), seen)
    }

    #[test]
    fn a_cancel_reaches_only_its_own_work_and_only_while_it_runs() {
        let running = RunningWork::default();
        let (sink, _) = collector();
        let first = running.start(1, sink.clone());
        let second = running.start(2, sink);
        assert!(running.cancel(2));
        assert!(second.is_cancelled());
        assert!(!first.is_cancelled(), "the other work goes on");
        assert!(second.progress(WorkStage::Saving).with(|p| p.is_cancelled()), "the core sees the flag");
        drop(second);
        assert!(!running.cancel(2), "finished work cannot be cancelled");
        assert!(!running.cancel(7), "unknown work cannot be cancelled");
        assert_eq!(running.running(), 1);
        drop(first);
        assert_eq!(running.running(), 0, "nothing is left registered");
    }

    #[test]
    fn the_cores_figures_reach_the_sink_under_the_stage() {
        let running = RunningWork::default();
        let (sink, seen) = collector();
        let watch = running.start(3, sink);
        watch.report(WorkStage::Reading, 0, 0);
        watch.progress(WorkStage::Saving).with(|p| {
            p.advance(0, 200);
            p.advance(200, 200)
        });
        let seen = seen.lock().unwrap().clone();
        assert_eq!(
            seen,
            [
                WorkProgress { stage: WorkStage::Reading, done: 0, total: 0 },
                WorkProgress { stage: WorkStage::Saving, done: 0, total: 200 },
                WorkProgress { stage: WorkStage::Saving, done: 200, total: 200 },
            ]
        );
    }
}
