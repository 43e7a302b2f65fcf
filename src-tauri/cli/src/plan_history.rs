//! `convene plan revisions` and `convene plan diff`: a plan's history. The diff prints
//! the sections that changed with deleted words as `[-old-]` and inserted ones as
//! `{+new+}` (the notation of `git diff --word-diff`), then the rows of the action,
//! indicator and risk tables that were added, removed or changed.

use convene_core::plan::diff::{ChangeKind, RowTable, SegmentKind};
use convene_core::plan::{self, find_plan};
use convene_core::Result;

use crate::output::{self, table};
use crate::Ctx;

pub fn revisions(ctx: &Ctx, key: &str) -> Result<()> {
    let id = find_plan(&ctx.db, key)?.id;
    let list = plan::list_revisions(&ctx.db, id)?;
    if ctx.json {
        return output::json(&list);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|r| {
            vec![
                r.number.to_string(),
                r.created_at.replace('T', " ").trim_end_matches('Z').to_string(),
                r.author.clone(),
                r.kind.label().to_string(),
                r.message.clone(),
            ]
        })
        .collect();
    output::print(&table(&["#REV", "TIME (UTC)", "AUTHOR", "KIND", "MESSAGE"], &rows))
}

pub fn diff(ctx: &Ctx, key: &str, a: i64, b: i64) -> Result<()> {
    let id = find_plan(&ctx.db, key)?.id;
    let d = plan::diff_revisions(&ctx.db, id, a, b)?;
    if ctx.json {
        return output::json(&d);
    }
    let mut out = format!(
        "revision {} ({}, {}) -> revision {} ({}, {})\n",
        d.from.number, d.from.author, d.from.created_at, d.to.number, d.to.author, d.to.created_at
    );
    if d.sections.is_empty() && d.rows.is_empty() && !d.sections_reordered {
        out.push_str("No differences.\n");
    }
    for s in &d.sections {
        let change = match s.change {
            ChangeKind::Added => " (added)".to_string(),
            ChangeKind::Removed => " (removed)".to_string(),
            ChangeKind::Changed => s.old_title.as_ref().map(|t| format!(" (was {t})")).unwrap_or_default(),
        };
        out.push_str(&format!("\n== {} [{}]{change}\n", s.title, s.key));
        for seg in &s.segments {
            match seg.kind {
                SegmentKind::Equal => out.push_str(&seg.text),
                SegmentKind::Delete => out.push_str(&format!("[-{}-]", seg.text)),
                SegmentKind::Insert => out.push_str(&format!("{{+{}+}}", seg.text)),
            }
        }
        out.push('\n');
    }
    if d.sections_reordered {
        out.push_str("\nThe sections were put in another order.\n");
    }
    if !d.rows.is_empty() {
        out.push('\n');
    }
    for r in &d.rows {
        let table = match r.table {
            RowTable::Action => "action",
            RowTable::Indicator => "indicator",
            RowTable::Risk => "risk",
        };
        let change = match r.change {
            ChangeKind::Added => "added".to_string(),
            ChangeKind::Removed => "removed".to_string(),
            ChangeKind::Changed => format!("changed: {}", r.fields.join(", ")),
        };
        out.push_str(&format!("{table} \"{}\" {change}\n", r.label));
    }
    output::print(&out)
}
