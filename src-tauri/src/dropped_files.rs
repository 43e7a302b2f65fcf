//! Files dropped on the window, kept in Rust.
//!
//! Tauri 2 delivers a drop of files as the window's `DragDrop` event, with their paths, to
//! Rust; the web page gets no path. [`on_window_event`] keeps the paths here and tells the
//! page only the files' names, as a `convene:files-dropped` DOM event (its `detail` is the
//! list of names), so the page needs no event permission. A command then takes the paths
//! kept here ([`DroppedFiles::take`]): a path never comes from the page.
//!
//! Test seam: in the end-to-end tests' build, when nothing was dropped, the files named by
//! `CONVENE_E2E_DROP_DIR` stand for a drop ([`crate::test_hooks::dropped_files`]); the
//! test dispatches the same DOM event the drop would.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{DragDropEvent, Manager, Window, WindowEvent};

use crate::test_hooks;

#[derive(Default)]
pub struct DroppedFiles(Mutex<Vec<PathBuf>>);

impl DroppedFiles {
    fn keep(&self, paths: Vec<PathBuf>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = paths;
    }

    /// The files of the last drop (once), or the test seam's.
    pub fn take(&self) -> Vec<PathBuf> {
        let kept = std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()));
        if kept.is_empty() {
            test_hooks::dropped_files()
        } else {
            kept
        }
    }
}

/// Keeps the paths of a drop and tells the page their names.
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event else { return };
    let names: Vec<String> =
        paths.iter().map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()).collect();
    window.state::<DroppedFiles>().keep(paths.clone());
    let detail = serde_json::to_string(&names).unwrap_or_else(|_| "[]".into());
    if let Some(webview) = window.app_handle().get_webview_window(window.label()) {
        let _ = webview
            .eval(format!("window.dispatchEvent(new CustomEvent('convene:files-dropped', {{ detail: {detail} }}))"));
    }
}
