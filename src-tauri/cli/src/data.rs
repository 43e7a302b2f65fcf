//! Whole-database commands: `backup FILE`, `export json [--out FILE]`, `import json FILE`
//! and `import urbact FILE`.
//!
//! `export json` writes [`convene_core::exchange`]'s document (see docs/json.md); `import
//! json` reads one back into an empty database, so `export json`, `import json` into a new
//! `--db` and `export json` again give the same text. `import urbact` reads URBACT network
//! and good-practice pages; running it again on the same file changes nothing and says so.

use std::path::{Path, PathBuf};

use clap::Args;
use convene_core::exchange;
use convene_core::i18n::Message;
use convene_core::input_file::cannot_read;
use convene_core::urbact::{import_urbact_bytes, ImportOptions};
use convene_core::{Error, Result};

use crate::language::{text, text_with};
use crate::output;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct UrbactArgs {
    /// A text file of URBACT pages (each record ends with a `Ref nid` line)
    pub file: PathBuf,
    /// Date month-only schedules ("June (Basingstoke)") in sequence from this year
    #[arg(long, value_name = "YEAR")]
    pub start_year: Option<i32>,
    /// Show what would be imported, without saving anything
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ExportJsonArgs {
    /// Write to this file instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Reads a text file, with errors that name it.
fn read_text(path: &Path, expected: &Message) -> Result<String> {
    let bytes =
        convene_core::input_file::read_input_file(path, convene_core::input_file::JSON_EXPORT_MAX_BYTES, expected)?;
    String::from_utf8(bytes).map_err(|_| {
        Error::bad_input(
            Message::new("error-not-utf8-expected").arg("file", path.display().to_string()).arg("expected", expected),
        )
    })
}

pub fn backup(ctx: &Ctx, file: &Path) -> Result<()> {
    ctx.db.backup_to(file)?;
    if ctx.json {
        #[derive(serde::Serialize)]
        struct Backup<'a> {
            backup: &'a Path,
        }
        return output::json(&Backup { backup: file });
    }
    let words = text_with("cli-backup-done", &[("file", file.display().to_string().into())]);
    output::print(&format!("{words}\n"))
}

pub fn export_json(ctx: &Ctx, args: ExportJsonArgs) -> Result<()> {
    let text = exchange::export_json(&ctx.db)?;
    match args.out {
        None => output::print(&text),
        Some(path) => {
            convene_core::file_write::write_file(&path, text.as_bytes())?;
            if !ctx.json {
                eprintln!("{}", text_with("cli-export-json-done", &[("file", path.display().to_string().into())]));
            }
            Ok(())
        }
    }
}

pub fn import_json(ctx: &mut Ctx, file: &Path) -> Result<()> {
    let json = read_text(file, &Message::new("error-expected-json-export"))?;
    let summary = exchange::import_json(&mut ctx.db, &json)?;
    if ctx.json {
        return output::json(&summary);
    }
    let words = text_with(
        "cli-import-json-done",
        &[("summary", capitalised(&summary.summary()).into()), ("file", file.display().to_string().into())],
    );
    output::print(&format!("{words}\n"))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn import_urbact(ctx: &mut Ctx, args: UrbactArgs) -> Result<()> {
    let bytes = std::fs::read(&args.file).map_err(|e| cannot_read(&args.file, &e))?;
    let options = ImportOptions { start_year: args.start_year, dry_run: args.dry_run };
    let report = import_urbact_bytes(&mut ctx.db, &bytes, &options)?;
    if ctx.json {
        return output::json(&report);
    }
    let mut out = format!("{}\n", report.summary());
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-warnings-heading")));
        for w in &report.warnings {
            let args = [("line", w.line.into()), ("message", (&w.message).into()), ("text", (&w.text).into())];
            out.push_str(&format!("{}\n", text_with("cli-import-warning", &args)));
        }
    }
    output::print(&out)
}
