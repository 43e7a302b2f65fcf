//! A plan as documents and files: the sanitized preview of a section's Markdown, the
//! export of a plan as Word, PDF, Markdown or HTML, and the `.convene-plan` file sent to
//! and received from a partner.
//!
//! The native dialogs open in Rust, not in the UI, and files are written whole: see
//! [`crate::file_dialogs`]. Closing a dialog is not an error: the command answers `None`.
//!
//! Invariants:
//! - The preview HTML is [`convene_plan_export::markdown_to_safe_html`]'s, sanitized by
//!   ammonia; it is the only HTML the UI inserts (ui/src/components/plan/SanitizedHtml.svelte).
//! - An export or a send never changes the plan; a file is written whole or not at all
//!   (written beside the target, then renamed over it).
//!
//! Test seam, only in the end-to-end tests' build ([`crate::test_hooks`]): no dialog
//! opens; a save goes to the test's folder, a receive takes the newest `.convene-plan`
//! file there.

use convene_core::i18n::Message;
use convene_core::plan::{
    load_plan_document, receive_plan_file as receive_from, send_plan_to_file, PlanDocument, ReceiveReport,
};
use convene_plan_export::{export_plan, markdown_to_safe_html, ExportFormat};
use tauri::{AppHandle, State};

use crate::command_panics::stopped;
use crate::error::CommandResult;
use crate::file_dialogs::{choose_open_path, choose_save_path, dialog_title, file_stem, write_whole, FileKind};
use crate::state::AppState;

/// The extension of the files partners exchange.
const PLAN_FILE_EXTENSION: &str = "convene-plan";
const PLAN_FILE: FileKind<'static> = ("file-kind-plan", &[PLAN_FILE_EXTENSION]);

/// The section's Markdown as sanitized HTML for the preview.
#[tauri::command]
pub async fn render_markdown_preview(text: String) -> CommandResult<String> {
    tauri::async_runtime::spawn_blocking(move || markdown_to_safe_html(&text)).await.map_err(stopped)
}

/// "Gävle IAP": the partner city's name, or the plan's title for a plan without one,
/// without characters a file name cannot hold.
fn suggested_stem(doc: &PlanDocument) -> String {
    stem_for(doc.plan.partner_name.as_deref(), &doc.plan.title)
}

fn stem_for(partner: Option<&str>, title: &str) -> String {
    format!("{} IAP", file_stem(partner.unwrap_or(title), "Action plan"))
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Docx => "file-kind-docx",
        ExportFormat::Pdf => "file-kind-pdf",
        ExportFormat::Markdown => "file-kind-markdown",
        ExportFormat::Html => "file-kind-html",
    }
}

/// Exports the plan as `format` (`docx`, `pdf`, `md` or `html`) to a file the person
/// chooses; answers the path written, or `None` when the dialog was closed.
#[tauri::command]
pub async fn export_plan_file(
    app: AppHandle,
    state: State<'_, AppState>,
    plan_id: i64,
    format: String,
) -> CommandResult<Option<String>> {
    let format: ExportFormat = format.parse()?;
    let doc = state.run(move |db| load_plan_document(db, plan_id)).await?;
    let name = format!("{}.{}", suggested_stem(&doc), format.extension());
    let title = dialog_title(
        Message::new("window-dialog-plan-export")
            .arg("plan", &doc.plan.title)
            .arg("format", Message::new(format_name(format))),
    );
    let Some(path) = choose_save_path(&app, &title, name, (format_name(format), &[format.extension()])).await? else {
        return Ok(None);
    };
    let written = path.clone();
    tauri::async_runtime::spawn_blocking(move || -> convene_core::Result<()> {
        let bytes = export_plan(&doc, format)?;
        write_whole(&path, &bytes)
    })
    .await
    .map_err(stopped)??;
    Ok(Some(written.display().to_string()))
}

/// Saves the plan with its whole history as a `.convene-plan` file to send to a partner;
/// answers the path written, or `None` when the dialog was closed.
#[tauri::command]
pub async fn send_plan_file(app: AppHandle, state: State<'_, AppState>, plan_id: i64) -> CommandResult<Option<String>> {
    let doc = state.run(move |db| load_plan_document(db, plan_id)).await?;
    let name = format!("{}.{PLAN_FILE_EXTENSION}", suggested_stem(&doc));
    let title = dialog_title(Message::new("window-dialog-plan-send").arg("plan", &doc.plan.title));
    let Some(path) = choose_save_path(&app, &title, name, PLAN_FILE).await? else {
        return Ok(None);
    };
    let written = path.clone();
    state.run(move |db| send_plan_to_file(db, plan_id, &path)).await?;
    Ok(Some(written.display().to_string()))
}

/// Reads a `.convene-plan` file a partner sent (chosen in the open dialog) and merges it;
/// answers what happened, or `None` when the dialog was closed.
#[tauri::command]
pub async fn receive_plan_file(app: AppHandle, state: State<'_, AppState>) -> CommandResult<Option<ReceiveReport>> {
    let Some(path) =
        choose_open_path(&app, dialog_title(Message::new("window-dialog-plan-receive")), PLAN_FILE).await?
    else {
        return Ok(None);
    };
    state.run(move |db| receive_from(db, &path)).await.map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_after_the_city_keeping_its_letters() {
        assert_eq!(stem_for(Some("Gävle"), "Digital jobs"), "Gävle IAP");
        assert_eq!(stem_for(Some("Nyíregyháza"), "x"), "Nyíregyháza IAP");
        assert_eq!(stem_for(None, "Plan: smart/green?"), "Plan- smart-green- IAP");
        assert_eq!(stem_for(Some("..Hidden."), "x"), "Hidden IAP");
    }

    #[test]
    fn the_preview_is_sanitized_html() {
        let html = tauri::async_runtime::block_on(render_markdown_preview(
            "## Pilots\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))".into(),
        ))
        .unwrap();
        assert!(html.contains("<h2>Pilots</h2>"), "{html}");
        assert!(!html.contains("<script") && !html.contains("javascript:"), "{html}");
    }
}
