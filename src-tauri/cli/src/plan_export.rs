//! `convene plan export PLAN --format docx|pdf|md|html --out FILE`: a plan as the document
//! a city council receives (see the `convene-plan-export` crate for what each format holds).
//!
//! The format is `--format`, else the extension of `--out`. The file is written next to
//! its final name and renamed into place only once complete, so a failed export never
//! leaves half a document, nor damages a file that was already there. Exporting reads the
//! plan and changes nothing in the database.

use std::path::{Path, PathBuf};

use clap::Args;
use convene_core::i18n::Message;
use convene_core::plan::{find_plan, load_plan_document};
use convene_core::{Error, Result};
use convene_plan_export::{export_plan, ExportFormat};
use serde::Serialize;

use crate::language::text_with;
use crate::output;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// docx, pdf, md (or markdown) or html [default: from the extension of --out]
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<ExportFormat>,
    /// The file to write (replaced if it exists)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// `--format`'s parser; its error is in the environment's language, since clap reads the
/// options before `--lang` is applied (as `language::parse_lang`).
fn parse_format(text: &str) -> std::result::Result<ExportFormat, String> {
    text.parse::<ExportFormat>().map_err(|_| {
        Message::new("cli-not-an-export-format").arg("text", text).render(convene_core::i18n::from_environment())
    })
}

/// What `--json` prints.
#[derive(Debug, Serialize)]
struct Exported {
    plan_id: i64,
    format: String,
    file: String,
    bytes: usize,
}

pub fn run(ctx: &Ctx, plan_key: &str, args: ExportArgs) -> Result<()> {
    let format = match args.format {
        Some(format) => format,
        None => format_from_extension(&args.out).ok_or_else(|| {
            let message = Message::new("cli-plan-export-format-unknown").arg("file", args.out.display().to_string());
            Error::invalid("format", message)
        })?,
    };
    let plan = find_plan(&ctx.db, plan_key)?;
    let document = load_plan_document(&ctx.db, plan.id)?;
    let bytes = export_plan(&document, format)?;
    convene_core::file_write::write_file(&args.out, &bytes)?;
    if ctx.json {
        return output::json(&Exported {
            plan_id: plan.id,
            format: format.to_string(),
            file: args.out.display().to_string(),
            bytes: bytes.len(),
        });
    }
    let words = text_with(
        "cli-plan-exported",
        &[
            ("title", (&plan.title).into()),
            ("file", args.out.display().to_string().into()),
            ("format", format_name(format).into()),
            ("size", size(bytes.len()).into()),
        ],
    );
    output::print(&format!("{words}\n"))
}

fn format_from_extension(path: &Path) -> Option<ExportFormat> {
    path.extension()?.to_str()?.parse().ok()
}

fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Docx => "Word",
        ExportFormat::Pdf => "PDF",
        ExportFormat::Markdown => "Markdown",
        ExportFormat::Html => "HTML",
    }
}

/// `800 bytes`, `12 KB`.
fn size(bytes: usize) -> String {
    if bytes < 1024 {
        text_with("cli-size-bytes", &[("count", bytes.into())])
    } else {
        text_with("cli-size-kilobytes", &[("count", (bytes as f64 / 1024.0).round().into())])
    }
}
