//! `convene plan revisions` and `convene plan diff`: a plan's history. The diff prints
//! the sections that changed with deleted words as `[-old-]` and inserted ones as
//! `{+new+}` (the notation of `git diff --word-diff`), then the rows of the action,
//! indicator and risk tables that were added, removed or changed.

use convene_core::plan::diff::{ChangeKind, RowTable, SegmentKind};
use convene_core::plan::{self, find_plan};
use convene_core::Result;

use crate::language::{text, text_with};
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
                r.kind.label_in(convene_core::i18n::current()),
                r.message.clone(),
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-revision")),
        text("cli-column-time-utc"),
        text("cli-column-author"),
        text("cli-column-kind"),
        text("cli-column-message"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

pub fn diff(ctx: &Ctx, key: &str, a: i64, b: i64) -> Result<()> {
    let id = find_plan(&ctx.db, key)?.id;
    let d = plan::diff_revisions(&ctx.db, id, a, b)?;
    if ctx.json {
        return output::json(&d);
    }
    let heading = text_with(
        "cli-plan-diff-heading",
        &[
            ("from", d.from.number.to_string().into()),
            ("from_author", (&d.from.author).into()),
            ("from_time", (&d.from.created_at).into()),
            ("to", d.to.number.to_string().into()),
            ("to_author", (&d.to.author).into()),
            ("to_time", (&d.to.created_at).into()),
        ],
    );
    let mut out = format!("{heading}\n");
    if d.sections.is_empty() && d.rows.is_empty() && !d.sections_reordered {
        out.push_str(&format!("{}\n", text("cli-plan-diff-none")));
    }
    for s in &d.sections {
        let change = match s.change {
            ChangeKind::Added => format!(" {}", text("cli-plan-diff-section-added")),
            ChangeKind::Removed => format!(" {}", text("cli-plan-diff-section-removed")),
            ChangeKind::Changed => s
                .old_title
                .as_ref()
                .map(|t| format!(" {}", text_with("cli-plan-diff-section-renamed", &[("title", t.into())])))
                .unwrap_or_default(),
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
        out.push_str(&format!("\n{}\n", text("cli-plan-diff-reordered")));
    }
    if !d.rows.is_empty() {
        out.push('\n');
    }
    for r in &d.rows {
        let row = match r.table {
            RowTable::Action => "action",
            RowTable::Indicator => "indicator",
            RowTable::Risk => "risk",
        };
        let change = match r.change {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        };
        let args = [
            ("row", row.into()),
            ("label", (&r.label).into()),
            ("change", change.into()),
            ("fields", r.fields.join(", ").into()),
        ];
        out.push_str(&format!("{}\n", text_with("cli-plan-diff-row", &args)));
    }
    output::print(&out)
}
