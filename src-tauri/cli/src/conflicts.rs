//! `convene conflicts` and `convene conflict resolve ID --keep local|remote`: meetings both
//! sides changed since the last sync, with both versions; nothing was written for them.

use clap::{Subcommand, ValueEnum};
use convene_core::publish::{self, Keep};
use convene_core::Result;

use crate::language::{text, text_with};
use crate::output;
use crate::Ctx;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KeepSide {
    /// Convene's version (written to the server by the next publish)
    Local,
    /// The server's version (taken here now)
    Remote,
}

#[derive(Debug, Subcommand)]
pub enum ConflictCommand {
    /// Settle a conflict by keeping one side
    Resolve {
        /// The conflict's id (convene conflicts)
        id: i64,
        #[arg(long, value_enum)]
        keep: KeepSide,
    },
}

fn side(ics: &Option<String>) -> String {
    match ics {
        None => format!("    {}", text("cli-conflict-deleted")),
        Some(t) => t
            .lines()
            .filter(|l| {
                ["SUMMARY", "DTSTART", "DTEND", "LOCATION", "STATUS", "SEQUENCE"].iter().any(|p| l.starts_with(p))
            })
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

pub fn list(ctx: &Ctx) -> Result<()> {
    let conflicts = publish::list_conflicts(&ctx.db, None)?;
    if ctx.json {
        return output::json(&conflicts);
    }
    if conflicts.is_empty() {
        return output::print(&format!("{}\n", text("cli-conflicts-none")));
    }
    let mut out = String::new();
    for c in &conflicts {
        let heading = text_with(
            "cli-conflict-heading",
            &[
                ("id", c.id.to_string().into()),
                ("title", (&c.title).into()),
                ("network", (&c.network_name).into()),
                ("found", (&c.found_at).into()),
            ],
        );
        out.push_str(&format!(
            "{heading}\n  {}\n{}\n  {}\n{}\n",
            text("cli-conflict-here"),
            side(&c.local_ics),
            text("cli-conflict-on-server"),
            side(&c.remote_ics)
        ));
    }
    out.push_str(&text("cli-conflicts-settle"));
    crate::accounts::say(&out)
}

pub fn run(ctx: &mut Ctx, cmd: ConflictCommand) -> Result<()> {
    match cmd {
        ConflictCommand::Resolve { id, keep } => {
            let keep = match keep {
                KeepSide::Local => Keep::Local,
                KeepSide::Remote => Keep::Remote,
            };
            let message = publish::resolve_conflict(&mut ctx.db, id, keep)?;
            if ctx.json {
                return output::json(&serde_json::json!({ "resolved": id, "message": message }));
            }
            crate::accounts::say(&message)
        }
    }
}
