//! `convene practices`, `convene practice show ID` and `convene search TEXT` (adding and
//! changing practices is in `practice_edit`).
//!
//! A practice is named by its id or its title (ignoring case and accents). Search looks in
//! every network, partner, meeting, action plan and good practice at once; every word typed
//! must match (as a word or the start of one), accents aside.

use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::names::fold;
use convene_core::network::get_network;
use convene_core::practice::{get_practice, list_practices, Practice};
use convene_core::search::search as search_all;
use convene_core::{Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, fields, opt, table};
use crate::practice_edit::{self, PracticeEditCommand};
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum PracticeCommand {
    /// A good practice with all its sections and the networks that use it
    Show {
        /// The practice's id or title
        id: String,
    },
    #[command(flatten)]
    Edit(Box<PracticeEditCommand>),
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to look for (all must match; accents and case do not matter)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// At most this many results
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

pub fn list(ctx: &Ctx) -> Result<()> {
    let practices = list_practices(&ctx.db)?;
    if ctx.json {
        return output::json(&practices);
    }
    if practices.is_empty() {
        return output::print(&format!("{}\n", text("cli-practices-none")));
    }
    let rows: Vec<Vec<String>> = practices
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.title.clone(),
                p.city.clone(),
                opt(p.country.clone()),
                if p.is_transfer { text("cli-yes") } else { String::new() },
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-title"),
        text("cli-column-city"),
        text("cli-column-country"),
        text("cli-column-transfer"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

pub fn run(ctx: &mut Ctx, cmd: PracticeCommand) -> Result<()> {
    match cmd {
        PracticeCommand::Show { id } => show(ctx, &id),
        PracticeCommand::Edit(cmd) => practice_edit::run(ctx, *cmd),
    }
}

pub fn find_practice(ctx: &Ctx, key: &str) -> Result<Practice> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        return get_practice(&ctx.db, id);
    }
    let wanted = fold(key);
    let hits: Vec<i64> =
        list_practices(&ctx.db)?.into_iter().filter(|p| fold(&p.title) == wanted).map(|p| p.id).collect();
    match hits.as_slice() {
        [one] => get_practice(&ctx.db, *one),
        [] => Err(Error::NotFound(Message::new("cli-no-practice").arg("key", key))),
        _ => {
            let message = Message::new("cli-practices-same-title").arg("count", hits.len()).arg("key", key);
            let ambiguous = Error::invalid("practice", message);
            Err(ambiguous)
        }
    }
}

/// `practice show --json`: the practice and the names of its networks.
#[derive(Serialize)]
struct PracticeDetail {
    #[serde(flatten)]
    practice: Practice,
    network_names: Vec<String>,
}

fn show(ctx: &Ctx, key: &str) -> Result<()> {
    let practice = find_practice(ctx, key)?;
    let network_names =
        practice.network_ids.iter().map(|&id| get_network(&ctx.db, id).map(|n| n.name)).collect::<Result<Vec<_>>>()?;
    let detail = PracticeDetail { practice, network_names };
    if ctx.json {
        return output::json(&detail);
    }
    let p = &detail.practice;
    let mut out = format!("{}\n\n", p.title);
    let author = match (p.author.is_empty(), p.author_role.is_empty()) {
        (false, false) => format!("{}, {}", p.author, p.author_role),
        _ => format!("{}{}", p.author, p.author_role),
    };
    let labels = [
        "cli-label-id",
        "cli-label-tagline",
        "cli-label-city",
        "cli-label-country",
        "cli-label-author",
        "cli-label-figure",
        "cli-label-transfer",
        "cli-label-networks",
    ]
    .map(text);
    let values = [
        p.id.to_string(),
        p.tagline.clone(),
        p.city.clone(),
        p.country
            .as_deref()
            .map(|c| convene_core::country::name_with_code(c, convene_core::i18n::current()))
            .unwrap_or_default(),
        author,
        p.headline_figure.clone(),
        if p.is_transfer { text("cli-practice-transferred") } else { String::new() },
        detail.network_names.join(", "),
    ];
    let pairs: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    out.push_str(&fields(&pairs));
    for s in &p.sections {
        if s.heading.is_empty() {
            out.push_str(&format!("\n{}\n", s.body));
        } else {
            out.push_str(&format!("\n{}\n{}\n", s.heading, s.body));
        }
    }
    output::print(&out)
}

pub fn search(ctx: &Ctx, args: SearchArgs) -> Result<()> {
    if args.limit == 0 {
        return Err(Error::invalid("limit", Message::new("cli-limit-at-least-one")));
    }
    let query = args.text.join(" ");
    let hits = search_all(&ctx.db, &query, args.limit)?;
    if ctx.json {
        return output::json(&hits);
    }
    if hits.is_empty() {
        return output::print(&format!("{}\n", text_with("cli-search-nothing", &[("text", query.into())])));
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|h| {
            let kind = label(h.kind);
            vec![kind, h.id.to_string(), h.title.clone(), opt(h.network_name.clone()), h.snippet.clone()]
        })
        .collect();
    let headers = [
        text("cli-column-kind"),
        format!("#{}", text("cli-column-id")),
        text("cli-column-title"),
        text("cli-column-network"),
        text("cli-column-match"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}
