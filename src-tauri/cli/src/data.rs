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
use convene_core::urbact::{import_urbact_bytes, ImportOptions};
use convene_core::{Error, Result};

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
fn read_text(path: &Path, expected: &str) -> Result<String> {
    let bytes =
        convene_core::input_file::read_input_file(path, convene_core::input_file::JSON_EXPORT_MAX_BYTES, expected)?;
    String::from_utf8(bytes).map_err(|_| {
        Error::BadInput(format!(
            "{} is not a text file (it is not UTF-8); expected {expected}. Nothing was imported",
            path.display()
        ))
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "there is no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
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
    output::print(&format!("Backed up the database to {}.\n", file.display()))
}

pub fn export_json(ctx: &Ctx, args: ExportJsonArgs) -> Result<()> {
    let text = exchange::export_json(&ctx.db)?;
    match args.out {
        None => output::print(&text),
        Some(path) => {
            convene_core::file_write::write_file(&path, text.as_bytes())?;
            if !ctx.json {
                eprintln!("Exported the database to {}.", path.display());
            }
            Ok(())
        }
    }
}

pub fn import_json(ctx: &mut Ctx, file: &Path) -> Result<()> {
    let text = read_text(file, "a file written by `convene export json`")?;
    let summary = exchange::import_json(&mut ctx.db, &text)?;
    if ctx.json {
        return output::json(&summary);
    }
    output::print(&format!("{} from {}.\n", capitalised(&summary.summary()), file.display()))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn import_urbact(ctx: &mut Ctx, args: UrbactArgs) -> Result<()> {
    let bytes = std::fs::read(&args.file)
        .map_err(|e| Error::BadInput(format!("cannot read {}: {}", args.file.display(), io_reason(&e))))?;
    let options = ImportOptions { start_year: args.start_year, dry_run: args.dry_run };
    let report = import_urbact_bytes(&mut ctx.db, &bytes, &options)?;
    if ctx.json {
        return output::json(&report);
    }
    let mut out = format!("{}\n", report.summary());
    if !report.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &report.warnings {
            out.push_str(&format!("line {}: {} (\"{}\")\n", w.line, w.message, w.text));
        }
    }
    output::print(&out)
}
