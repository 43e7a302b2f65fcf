//! `convene agenda NETWORK MEETING [add|update|move|remove]`: a meeting's ordered agenda.
//!
//! Items are named by their number in the agenda (1 for the first), as `convene agenda`
//! and `convene meeting show` print them. Each item has a title, optional times of day on
//! the meeting's clock (`--start HH:MM`, `--end HH:MM`), a speaker (the partner who leads
//! it: `--speaker CITY`, an id or name) and notes. Every change goes through one core
//! function of `convene_core::agenda`, which checks the item as the window does and saves
//! the whole agenda at once; `--json` prints the agenda after the change.

use std::collections::HashMap;

use chrono::NaiveTime;
use clap::{Args, Subcommand};
use convene_core::agenda::{add_agenda_item, move_agenda_item, remove_agenda_item, update_agenda_item};
use convene_core::i18n::Message;
use convene_core::meeting::{AgendaItem, AgendaItemInput, Meeting};
use convene_core::network::{find_network, Network};
use convene_core::partner::list_partners;
use convene_core::{Db, Error, Result};

use crate::language::text_with;
use crate::meetings::find_in_network;
use crate::networks::relabel;
use crate::output;
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The network's short name or name
    pub network: String,
    /// The meeting's id, UID or title
    pub meeting: String,
    #[command(subcommand)]
    pub command: Option<AgendaCommand>,
}

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Add an item, at the end or as number --at
    Add {
        /// What the item is ("Welcome and introductions")
        #[arg(long)]
        title: String,
        /// Its place: 1 for the first [default: after the last]
        #[arg(long, value_name = "N")]
        at: Option<usize>,
        #[command(flatten)]
        details: ItemDetails,
    },
    /// Change item N; only the options given change (an empty value clears it)
    Update {
        /// The item's number
        #[arg(value_name = "N")]
        item: usize,
        /// A new title
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        details: ItemDetails,
    },
    /// Move item N so that it becomes number --to
    Move {
        /// The item's number
        #[arg(value_name = "N")]
        item: usize,
        /// Its new number
        #[arg(long, value_name = "N")]
        to: usize,
    },
    /// Remove item N; the items after it move up
    Remove {
        /// The item's number
        #[arg(value_name = "N")]
        item: usize,
    },
}

#[derive(Debug, Args)]
pub struct ItemDetails {
    /// When it starts, HH:MM on the meeting's clock
    #[arg(long, value_name = "HH:MM")]
    pub start: Option<String>,
    /// When it ends, HH:MM
    #[arg(long, value_name = "HH:MM")]
    pub end: Option<String>,
    /// The partner who leads it (id or name)
    #[arg(long, value_name = "CITY")]
    pub speaker: Option<String>,
    /// Free text about the item
    #[arg(long)]
    pub notes: Option<String>,
}

fn parse_time(field: &str, text: &str) -> Result<Option<NaiveTime>> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveTime::parse_from_str(t, "%H:%M")
        .map(Some)
        .map_err(|_| Error::invalid(field, Message::new("cli-not-a-time-of-day").arg("text", t)))
}

fn apply(db: &Db, network: &Network, item: &mut AgendaItemInput, d: ItemDetails) -> Result<()> {
    if let Some(s) = d.start {
        item.start_time = parse_time("start_time", &s)?;
    }
    if let Some(e) = d.end {
        item.end_time = parse_time("end_time", &e)?;
    }
    if let Some(s) = d.speaker {
        item.lead_partner_id = if s.trim().is_empty() {
            None
        } else {
            Some(find_partner(db, network, &s).map_err(|e| relabel(e, "speaker"))?.id)
        };
    }
    if let Some(n) = d.notes {
        item.notes = n;
    }
    Ok(())
}

/// The names of a network's partners by id, to name the speakers.
pub fn partner_names(db: &Db, network_id: i64) -> Result<HashMap<i64, String>> {
    Ok(list_partners(db, network_id)?.into_iter().map(|p| (p.id, p.name)).collect())
}

/// The agenda as numbered lines: "  1. 10:00-11:00  Welcome (speaker: Jelgava)", notes
/// indented below.
pub fn numbered(items: &[AgendaItem], partner_names: &HashMap<i64, String>) -> String {
    let mut text = String::new();
    for (i, a) in items.iter().enumerate() {
        let time = match (a.start_time, a.end_time) {
            (Some(s), Some(e)) => format!("{}-{}  ", s.format("%H:%M"), e.format("%H:%M")),
            (Some(s), None) => format!("{}        ", s.format("%H:%M")),
            (None, Some(e)) => format!("  -{}  ", e.format("%H:%M")),
            (None, None) => String::new(),
        };
        let speaker = a
            .lead_partner_id
            .and_then(|id| partner_names.get(&id))
            .map(|name| format!(" {}", text_with("cli-agenda-speaker", &[("speaker", name.into())])))
            .unwrap_or_default();
        text.push_str(&format!("  {}. {time}{}{speaker}\n", i + 1, a.title));
        if !a.notes.is_empty() {
            text.push_str(&format!("     {}\n", a.notes));
        }
    }
    text
}

fn print_agenda(ctx: &Ctx, network: &Network, meeting: &Meeting, headline: &str) -> Result<()> {
    if ctx.json {
        return output::json(&meeting.agenda);
    }
    let mut text = format!("{headline}\n");
    if meeting.agenda.is_empty() {
        let args = [("slug", (&network.slug).into()), ("meeting", meeting.id.to_string().into())];
        text.push_str(&format!("{}\n", text_with("cli-agenda-empty", &args)));
    } else {
        text.push_str(&numbered(&meeting.agenda, &partner_names(&ctx.db, network.id)?));
    }
    output::print(&text)
}

pub fn run(ctx: &mut Ctx, args: AgendaArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let meeting = find_in_network(&ctx.db, &network, &args.meeting)?;
    let Some(command) = args.command else {
        let headline = text_with(
            "cli-agenda-heading",
            &[("title", (&meeting.title).into()), ("meeting", meeting.id.to_string().into())],
        );
        return print_agenda(ctx, &network, &meeting, &headline);
    };
    let (after, headline) = match command {
        AgendaCommand::Add { title, at, details } => {
            let mut item = AgendaItemInput {
                start_time: None,
                end_time: None,
                title,
                lead_partner_id: None,
                notes: String::new(),
            };
            apply(&ctx.db, &network, &mut item, details)?;
            let after = add_agenda_item(&mut ctx.db, meeting.id, item, at)?;
            let number = at.unwrap_or(after.agenda.len());
            let args = [("number", number.into()), ("title", (&meeting.title).into())];
            (after, text_with("cli-agenda-item-added", &args))
        }
        AgendaCommand::Update { item: number, title, details } => {
            let current = meeting.agenda.get(number.wrapping_sub(1));
            let mut item = current.map(AgendaItemInput::from).unwrap_or(AgendaItemInput {
                start_time: None,
                end_time: None,
                title: String::new(),
                lead_partner_id: None,
                notes: String::new(),
            });
            if let Some(t) = title {
                item.title = t;
            }
            apply(&ctx.db, &network, &mut item, details)?;
            let after = update_agenda_item(&mut ctx.db, meeting.id, number, item)?;
            let args = [("number", number.into()), ("title", (&meeting.title).into())];
            (after, text_with("cli-agenda-item-changed", &args))
        }
        AgendaCommand::Move { item, to } => {
            let after = move_agenda_item(&mut ctx.db, meeting.id, item, to)?;
            let args = [("number", item.into()), ("place", to.into()), ("title", (&meeting.title).into())];
            (after, text_with("cli-agenda-item-moved", &args))
        }
        AgendaCommand::Remove { item } => {
            let title = meeting.agenda.get(item.wrapping_sub(1)).map(|a| a.title.clone());
            let after = remove_agenda_item(&mut ctx.db, meeting.id, item)?;
            let words = match title {
                Some(item_title) => text_with(
                    "cli-agenda-item-removed-named",
                    &[("number", item.into()), ("item", item_title.into()), ("title", (&meeting.title).into())],
                ),
                None => {
                    text_with("cli-agenda-item-removed", &[("number", item.into()), ("title", (&meeting.title).into())])
                }
            };
            (after, words)
        }
    };
    print_agenda(ctx, &network, &after, &headline)
}
