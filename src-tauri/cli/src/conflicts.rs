//! `convene conflicts` and `convene conflict resolve ID --keep local|remote`: meetings both
//! sides changed since the last sync, with both versions; nothing was written for them.

use clap::{Subcommand, ValueEnum};
use convene_core::publish::{self, Keep};
use convene_core::Result;

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

fn side(text: &Option<String>) -> String {
    match text {
        None => "    (deleted)".to_string(),
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
        return output::print("No conflicts.");
    }
    let mut text = String::new();
    for c in &conflicts {
        text.push_str(&format!(
            "{}: \"{}\" ({}), found {}\n  here:\n{}\n  on the server:\n{}\n",
            c.id,
            c.title,
            c.network_name,
            c.found_at,
            side(&c.local_ics),
            side(&c.remote_ics)
        ));
    }
    text.push_str("Settle each with: convene conflict resolve ID --keep local|remote");
    crate::accounts::say(&text)
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
