//! `convene milestone list|add|update|remove NETWORK`: the steps of a network that are not
//! meetings ("Phase 2 approved", "IAP due").
//!
//! A milestone is dated to the day (`--date YYYY-MM-DD`) or only to the month
//! (`--month YYYY-MM`; the core keeps it on the first of the month with month precision);
//! it has a kind (`phase`, `deadline`, `deliverable`, `decision`, `event`, `other`) and a
//! done flag (`--done`, `--done no`). MILESTONE is its id, as the list prints it, or its
//! whole title ignoring case and accents. The core checks every value
//! (`create_milestone`, `update_milestone`).

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::milestone::{
    create_milestone, delete_milestone, list_milestones, update_milestone, DatePrecision, Milestone, MilestoneInput,
    MilestoneKind,
};
use convene_core::names::fold;
use convene_core::network::{find_network, Network};
use convene_core::validate::parse_date;
use convene_core::{Db, Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, table};
use crate::{usage_error, yes_or_no, Ctx};

#[derive(Debug, Subcommand)]
pub enum MilestoneCommand {
    /// A network's milestones in date order
    List {
        /// The network's short name or name
        network: String,
    },
    /// Add a milestone, dated to the day (--date) or the month (--month)
    Add {
        /// The network's short name or name
        network: String,
        /// What happens ("IAP submitted")
        #[arg(long)]
        title: String,
        #[command(flatten)]
        when: When,
        #[command(flatten)]
        details: Details,
    },
    /// Change a milestone; only the options given change
    Update {
        /// The network's short name or name
        network: String,
        /// The milestone's id or title
        milestone: String,
        /// A new title
        #[arg(long)]
        title: Option<String>,
        #[command(flatten)]
        when: When,
        #[command(flatten)]
        details: Details,
    },
    /// Remove a milestone
    Remove {
        /// The network's short name or name
        network: String,
        /// The milestone's id or title
        milestone: String,
    },
}

#[derive(Debug, Args)]
#[group(id = "when", multiple = false)]
pub struct When {
    /// Its day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// Its month when the day is not known, YYYY-MM
    #[arg(long, value_name = "YYYY-MM")]
    pub month: Option<String>,
}

#[derive(Debug, Args)]
pub struct Details {
    /// phase, deadline, deliverable, decision, event or other [add: other]
    #[arg(long)]
    pub kind: Option<String>,
    /// Free text about it
    #[arg(long)]
    pub description: Option<String>,
    /// Whether it is done: --done, or --done no
    #[arg(long, value_name = "YES|NO", num_args = 0..=1, default_missing_value = "yes")]
    pub done: Option<String>,
}

/// A date as given: the day, its precision, and the option it came from.
struct Given {
    date: NaiveDate,
    precision: DatePrecision,
    option: &'static str,
}

/// The date `when` gives, if any.
fn date_of(when: When) -> Result<Option<Given>> {
    if let Some(d) = when.date {
        let date = parse_date("date", &d)?;
        return Ok(Some(Given { date, precision: DatePrecision::Day, option: "date" }));
    }
    if let Some(m) = when.month {
        let date = NaiveDate::parse_from_str(&format!("{}-01", m.trim()), "%Y-%m-%d")
            .map_err(|_| Error::invalid("month", Message::new("cli-milestone-not-a-month").arg("text", m.trim())))?;
        return Ok(Some(Given { date, precision: DatePrecision::Month, option: "month" }));
    }
    Ok(None)
}

/// The core's complaint about the date, re-attached to the option that gave it.
fn about_option(err: Error, option: &str) -> Error {
    match err {
        Error::Invalid { field, reason } if field == "date" => Error::invalid(option, reason),
        other => other,
    }
}

fn apply(input: &mut MilestoneInput, d: Details) -> Result<()> {
    if let Some(k) = d.kind {
        input.kind = MilestoneKind::parse("kind", &k)?;
    }
    if let Some(text) = d.description {
        input.description = text;
    }
    if let Some(done) = d.done {
        input.done = yes_or_no("done", &done)?;
    }
    Ok(())
}

/// When a milestone is, as the list shows it: `2027-06-15`, or `2027-06` for a month.
pub fn when(m: &Milestone) -> String {
    match m.precision {
        DatePrecision::Day => m.date.to_string(),
        DatePrecision::Month => m.date.format("%Y-%m").to_string(),
    }
}

fn find(db: &Db, network: &Network, key: &str) -> Result<Milestone> {
    let key = key.trim();
    let all = list_milestones(db, network.id)?;
    let by_id = key.parse::<i64>().ok();
    let hits: Vec<&Milestone> = all
        .iter()
        .filter(|m| match by_id {
            Some(id) => m.id == id,
            None => fold(&m.title) == fold(key),
        })
        .collect();
    match hits.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(Error::NotFound(
            Message::new("cli-no-milestone").arg("network", &network.name).arg("key", key).arg("slug", &network.slug),
        )),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|m| {
                    text_with("cli-meeting-id-and-date", &[("id", m.id.to_string().into()), ("date", when(m).into())])
                })
                .collect();
            let message = Message::new("cli-milestones-same-title")
                .arg("count", many.len())
                .arg("key", key)
                .arg("milestones", each.join(", "));
            let ambiguous = Error::invalid("milestone", message);
            Err(ambiguous)
        }
    }
}

#[derive(Serialize)]
struct Removed {
    removed: String,
    id: i64,
}

/// A milestone in messages: `Final report (2027-06, report, done, id 3)`.
fn line(m: &Milestone) -> String {
    let args = [
        ("title", (&m.title).into()),
        ("when", when(m).into()),
        ("kind", label(m.kind).into()),
        ("id", m.id.to_string().into()),
    ];
    text_with(if m.done { "cli-milestone-line-done" } else { "cli-milestone-line" }, &args)
}

pub fn run(ctx: &mut Ctx, cmd: MilestoneCommand) -> Result<()> {
    match cmd {
        MilestoneCommand::List { network } => list(ctx, &network),
        MilestoneCommand::Add { network, title, when, details } => {
            let network = find_network(&ctx.db, &network)?;
            let Some(given) = date_of(when)? else {
                usage_error(&["milestone", "add"], text("cli-milestone-needs-date"));
            };
            let mut input = MilestoneInput::on(given.date, &title);
            input.precision = given.precision;
            apply(&mut input, details)?;
            let m = create_milestone(&mut ctx.db, network.id, input).map_err(|e| about_option(e, given.option))?;
            if ctx.json {
                return output::json(&m);
            }
            let args = [("milestone", line(&m).into()), ("network", (&network.name).into())];
            output::print(&format!("{}\n", text_with("cli-milestone-added", &args)))
        }
        MilestoneCommand::Update { network, milestone, title, when, details } => {
            let network = find_network(&ctx.db, &network)?;
            let before = find(&ctx.db, &network, &milestone)?;
            let mut input = MilestoneInput {
                date: before.date,
                precision: before.precision,
                kind: before.kind,
                title: title.unwrap_or(before.title),
                description: before.description,
                done: before.done,
            };
            let mut option = "date";
            if let Some(given) = date_of(when)? {
                (input.date, input.precision, option) = (given.date, given.precision, given.option);
            }
            apply(&mut input, details)?;
            let m = update_milestone(&mut ctx.db, before.id, input).map_err(|e| about_option(e, option))?;
            if ctx.json {
                return output::json(&m);
            }
            output::print(&format!("{}\n", text_with("cli-milestone-updated", &[("milestone", line(&m).into())])))
        }
        MilestoneCommand::Remove { network, milestone } => {
            let network = find_network(&ctx.db, &network)?;
            let m = find(&ctx.db, &network, &milestone)?;
            delete_milestone(&mut ctx.db, m.id)?;
            if ctx.json {
                return output::json(&Removed { removed: m.title, id: m.id });
            }
            let args = [("milestone", line(&m).into()), ("network", (&network.name).into())];
            output::print(&format!("{}\n", text_with("cli-milestone-removed", &args)))
        }
    }
}

fn list(ctx: &Ctx, network: &str) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let milestones = list_milestones(&ctx.db, network.id)?;
    if ctx.json {
        return output::json(&milestones);
    }
    if milestones.is_empty() {
        let args = [("network", (&network.name).into()), ("slug", (&network.slug).into())];
        return output::print(&format!("{}\n", text_with("cli-milestones-none", &args)));
    }
    let rows: Vec<Vec<String>> = milestones
        .iter()
        .map(|m| {
            vec![
                m.id.to_string(),
                when(m),
                label(m.kind),
                m.title.clone(),
                if m.done { text("cli-milestone-done-word") } else { String::new() },
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-when"),
        text("cli-column-kind"),
        text("cli-column-title"),
        text("cli-column-done"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}
