//! `convene practice add|update|remove`: good practices written by hand, with the same
//! fields the URBACT importer fills (title, tagline, city, country, author and their role,
//! headline figure, whether it is a transfer practice, its sections and its networks).
//!
//! Sections come from a text file (`--sections FILE`, `-` for standard input): a line
//! `## Heading` starts a section, the lines below are its text; text before the first
//! heading is a section without a heading (the practice's introduction, as imported
//! pages have). `update --sections` replaces all sections; `--networks a,b` replaces the
//! list of networks (short names or names; `""` for none). Everything is checked by the
//! core (`create_practice`, `update_practice`), once.

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::input_file::cannot_read;
use convene_core::network::find_network;
use convene_core::practice::{
    create_practice, delete_practice, update_practice, Practice, PracticeInput, PracticeSection,
};
use convene_core::{Db, Error, Result};
use serde::Serialize;

use crate::language::text_with;
use crate::output;
use crate::practices::find_practice;
use crate::{yes_or_no, Ctx};

#[derive(Debug, Args)]
pub struct PracticeOptions {
    /// One line saying what it is
    #[arg(long)]
    pub tagline: Option<String>,
    /// The city it comes from
    #[arg(long)]
    pub city: Option<String>,
    /// ISO 3166-1 code (ES), country name (Spain) or region
    #[arg(long)]
    pub country: Option<String>,
    /// Who wrote it up
    #[arg(long)]
    pub author: Option<String>,
    /// The author's role ("Project coordinator")
    #[arg(long, value_name = "ROLE")]
    pub author_role: Option<String>,
    /// A figure the practice puts forward ("521 946 inhabitants")
    #[arg(long, value_name = "TEXT")]
    pub figure: Option<String>,
    /// Whether networks transfer it: yes or no [add: no]
    #[arg(long, value_name = "YES|NO")]
    pub transfer: Option<String>,
    /// The networks that use it, by short name or name, separated by commas ("" for none)
    #[arg(long, value_name = "NETWORKS")]
    pub networks: Option<String>,
    /// A text file of its sections ("## Heading" lines, text below); - reads standard input
    #[arg(long, value_name = "FILE")]
    pub sections: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum PracticeEditCommand {
    /// Add a good practice
    Add {
        /// What the practice is called
        #[arg(long)]
        title: String,
        #[command(flatten)]
        options: PracticeOptions,
    },
    /// Change a good practice; only the options given change (an empty value clears it)
    Update {
        /// The practice's id or title
        practice: String,
        /// A new title
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        options: PracticeOptions,
    },
    /// Remove a good practice
    Remove {
        /// The practice's id or title
        practice: String,
    },
}

/// The sections of a text: `## Heading` lines start one; text before the first heading is
/// a section without a heading. Blank lines around a section's text are dropped.
pub fn parse_sections(text: &str) -> Vec<PracticeSection> {
    let mut sections = Vec::new();
    let mut heading: Option<String> = None;
    let mut body: Vec<&str> = Vec::new();
    let mut flush = |heading: Option<String>, body: &mut Vec<&str>| {
        let text = body.join("\n").trim().to_string();
        body.clear();
        if heading.is_some() || !text.is_empty() {
            sections.push(PracticeSection { heading: heading.unwrap_or_default(), body: text });
        }
    };
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            flush(heading.take(), &mut body);
            heading = Some(h.trim().to_string());
        } else {
            body.push(line);
        }
    }
    flush(heading, &mut body);
    sections
}

fn read_sections(path: &PathBuf) -> Result<Vec<PracticeSection>> {
    let mut text = String::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::bad_input(Message::new("cli-cannot-read-stdin").arg("reason", e.to_string())))?;
    } else {
        let bytes = std::fs::read(path).map_err(|e| cannot_read(path, &e))?;
        text = String::from_utf8(bytes)
            .map_err(|_| Error::bad_input(Message::new("error-not-utf8").arg("file", path.display().to_string())))?;
    }
    Ok(parse_sections(&text))
}

fn network_ids(db: &Db, list: &str) -> Result<Vec<i64>> {
    list.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| find_network(db, n).map(|network| network.id).map_err(|e| crate::networks::relabel(e, "network_ids")))
        .collect()
}

fn apply(db: &Db, input: &mut PracticeInput, o: PracticeOptions) -> Result<()> {
    if let Some(v) = o.tagline {
        input.tagline = v;
    }
    if let Some(v) = o.city {
        input.city = v;
    }
    if let Some(v) = o.country {
        input.country = v;
    }
    if let Some(v) = o.author {
        input.author = v;
    }
    if let Some(v) = o.author_role {
        input.author_role = v;
    }
    if let Some(v) = o.figure {
        input.headline_figure = v;
    }
    if let Some(v) = o.transfer {
        input.is_transfer = yes_or_no("is_transfer", &v)?;
    }
    if let Some(v) = o.networks {
        input.network_ids = network_ids(db, &v)?;
    }
    if let Some(path) = o.sections {
        input.sections = read_sections(&path)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct Removed {
    removed: String,
    id: i64,
}

/// A practice in messages: `Card for all (id 3, Gävle (SE), 2 sections)`.
fn described(p: &Practice) -> String {
    let from = match (p.city.is_empty(), &p.country) {
        (false, Some(c)) => Some(format!("{} ({c})", p.city)),
        (false, None) => Some(p.city.clone()),
        (true, Some(c)) => Some(c.clone()),
        (true, None) => None,
    };
    let mut args =
        vec![("title", (&p.title).into()), ("id", p.id.to_string().into()), ("count", p.sections.len().into())];
    let id = match from {
        Some(from) => {
            args.push(("from", from.into()));
            "cli-practice-line-from"
        }
        None => "cli-practice-line",
    };
    text_with(id, &args)
}

pub fn run(ctx: &mut Ctx, cmd: PracticeEditCommand) -> Result<()> {
    match cmd {
        PracticeEditCommand::Add { title, options } => {
            let mut input = PracticeInput {
                title,
                tagline: String::new(),
                city: String::new(),
                country: String::new(),
                author: String::new(),
                author_role: String::new(),
                headline_figure: String::new(),
                is_transfer: false,
                sections: Vec::new(),
                network_ids: Vec::new(),
            };
            apply(&ctx.db, &mut input, options)?;
            let practice = create_practice(&mut ctx.db, input)?;
            if ctx.json {
                return output::json(&practice);
            }
            output::print(&format!(
                "{}\n",
                text_with("cli-practice-added", &[("practice", described(&practice).into())])
            ))
        }
        PracticeEditCommand::Update { practice, title, options } => {
            let before = find_practice(ctx, &practice)?;
            let mut input = PracticeInput::from(&before);
            if let Some(t) = title {
                input.title = t;
            }
            apply(&ctx.db, &mut input, options)?;
            let practice = update_practice(&mut ctx.db, before.id, input)?;
            if ctx.json {
                return output::json(&practice);
            }
            let words = text_with("cli-practice-updated", &[("practice", described(&practice).into())]);
            output::print(&format!("{words}\n"))
        }
        PracticeEditCommand::Remove { practice } => {
            let practice = find_practice(ctx, &practice)?;
            delete_practice(&mut ctx.db, practice.id)?;
            if ctx.json {
                return output::json(&Removed { removed: practice.title, id: practice.id });
            }
            let args = [("title", (&practice.title).into()), ("id", practice.id.to_string().into())];
            output::print(&format!("{}\n", text_with("cli-practice-removed", &args)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_split_at_second_level_headings() {
        let s = parse_sections(
            "Intro line\n\n## The problem\nToo many cards.\n\nStill.\n## Empty\n\n## Result\nOne card\n",
        );
        let pairs: Vec<(&str, &str)> = s.iter().map(|s| (s.heading.as_str(), s.body.as_str())).collect();
        assert_eq!(
            pairs,
            [("", "Intro line"), ("The problem", "Too many cards.\n\nStill."), ("Empty", ""), ("Result", "One card")]
        );
        assert!(parse_sections("\n\n").is_empty());
    }
}
