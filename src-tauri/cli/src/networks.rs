//! `convene networks` and `convene network show|add|update|delete`.
//!
//! `update` loads the network, changes only the options given, and saves the whole; an
//! empty value (`--tagline ""`) clears an optional field. `delete` goes ahead only with
//! `--cascade` when partners, meetings or other records belong to the network: the core
//! refuses and says what would go.

use clap::{Args, Subcommand};
use convene_core::i18n::Locale;
use convene_core::import_note::{list_import_notes, ImportNote};
use convene_core::milestone::{list_milestones, Milestone};
use convene_core::network::set_network_language;
use convene_core::network::{
    create_network, delete_network, find_network, list_networks, update_network, Network, NetworkInput, NetworkKind,
};
use convene_core::partner::{list_partners, Partner};
use convene_core::plan::{list_plans, ActionPlan};
use convene_core::validate::parse_date;
use convene_core::{Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{self, text, text_with};
use crate::output::{self, date_span, fields, opt, table};
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Everything about one network: details, phases, partners, milestones, plans, import notes
    Show {
        /// The network's short name or name
        network: String,
    },
    /// Add a network
    Add(AddArgs),
    /// Change a network; only the options given change
    Update(UpdateArgs),
    /// Delete a network; with --cascade, also everything that belongs to it
    Delete {
        /// The network's short name or name
        network: String,
        /// Also delete its partners, meetings, milestones, plans and import notes
        #[arg(long)]
        cascade: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The network's name
    #[arg(long)]
    pub name: String,
    #[command(flatten)]
    pub options: NetworkOptions,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The network's short name or name
    pub network: String,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    /// The lead partner: a partner's id or name
    #[arg(long, value_name = "PARTNER")]
    pub lead: Option<String>,
    #[command(flatten)]
    pub options: NetworkOptions,
}

#[derive(Debug, Args)]
pub struct NetworkOptions {
    /// action-planning, transfer, innovation-transfer, implementation or other [add: other]
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Short name used on the command line [add: made from the name]
    #[arg(long)]
    pub slug: Option<String>,
    /// One line saying what the network is about
    #[arg(long)]
    pub tagline: Option<String>,
    /// What the network does, in a paragraph or more
    #[arg(long)]
    pub description: Option<String>,
    /// e.g. "URBACT IV"
    #[arg(long)]
    pub programme: Option<String>,
    /// First day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Last day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// Contact e-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// Web address (https://...)
    #[arg(long)]
    pub website: Option<String>,
    /// Working language of its invitations, reminders and calendar texts: en, fr, de, es, it, pt, pl, nl, el, ro [add: en]
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
}

/// An optional date option: empty clears it.
pub fn optional_date(field: &str, text: &str) -> Result<Option<chrono::NaiveDate>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(field, text).map(Some)
    }
}

fn apply(input: &mut NetworkInput, o: NetworkOptions) -> Result<()> {
    if let Some(k) = o.kind {
        input.kind = NetworkKind::parse("kind", &k)?;
    }
    if let Some(v) = o.slug {
        input.slug = v;
    }
    if let Some(v) = o.tagline {
        input.tagline = v;
    }
    if let Some(v) = o.description {
        input.description = v;
    }
    if let Some(v) = o.programme {
        input.programme = v;
    }
    if let Some(v) = o.start {
        input.start_date = optional_date("start_date", &v)?;
    }
    if let Some(v) = o.end {
        input.end_date = optional_date("end_date", &v)?;
    }
    if let Some(v) = o.email {
        input.contact_email = v;
    }
    if let Some(v) = o.website {
        input.website = v;
    }
    Ok(())
}

pub fn run(ctx: &mut Ctx, cmd: NetworkCommand) -> Result<()> {
    match cmd {
        NetworkCommand::Show { network } => show(ctx, &network),
        NetworkCommand::Add(args) => add(ctx, args),
        NetworkCommand::Update(args) => update(ctx, args),
        NetworkCommand::Delete { network, cascade } => delete(ctx, &network, cascade),
    }
}

pub fn list(ctx: &Ctx) -> Result<()> {
    let networks = list_networks(&ctx.db)?;
    if ctx.json {
        return output::json(&networks);
    }
    if networks.is_empty() {
        return output::print(&format!("{}\n", text("cli-networks-none")));
    }
    let rows: Vec<Vec<String>> = networks
        .iter()
        .map(|n| {
            vec![
                n.slug.clone(),
                n.name.clone(),
                label(n.kind),
                date_span(n.start_date, n.end_date),
                n.partner_count.to_string(),
                n.meeting_count.to_string(),
                opt(n.lead_partner.clone()),
            ]
        })
        .collect();
    let headers = [
        "cli-column-slug",
        "cli-column-name",
        "cli-column-kind",
        "cli-column-dates",
        "cli-column-partner-count",
        "cli-column-meeting-count",
        "cli-column-lead-partner",
    ]
    .map(text);
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

/// `network show --json`: the network with what belongs to it.
#[derive(Serialize)]
struct NetworkDetail {
    #[serde(flatten)]
    network: Network,
    partners: Vec<Partner>,
    milestones: Vec<Milestone>,
    action_plans: Vec<ActionPlan>,
    import_notes: Vec<ImportNote>,
}

fn show(ctx: &Ctx, key: &str) -> Result<()> {
    let network = find_network(&ctx.db, key)?;
    let detail = NetworkDetail {
        partners: list_partners(&ctx.db, network.id)?,
        milestones: list_milestones(&ctx.db, network.id)?,
        action_plans: list_plans(&ctx.db, network.id)?,
        import_notes: list_import_notes(&ctx.db, Some(network.id))?,
        network,
    };
    if ctx.json {
        return output::json(&detail);
    }
    let n = &detail.network;
    let lead = n.lead_partner_id.and_then(|id| detail.partners.iter().find(|p| p.id == id)).map(|p| p.name.clone());
    let mut out = format!("{}\n\n", n.name);
    let labels = [
        "cli-label-id",
        "cli-label-short-name",
        "cli-label-kind",
        "cli-label-tagline",
        "cli-label-programme",
        "cli-label-dates",
        "cli-label-lead-partner",
        "cli-label-language",
        "cli-label-email",
        "cli-label-website",
    ]
    .map(text);
    let values = [
        n.id.to_string(),
        n.slug.clone(),
        label(n.kind),
        n.tagline.clone(),
        n.programme.clone(),
        date_span(n.start_date, n.end_date),
        opt(lead),
        n.language.native_name().to_string(),
        n.contact_email.clone(),
        n.website.clone(),
    ];
    let pairs: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    out.push_str(&fields(&pairs));
    if !n.description.is_empty() {
        out.push_str(&format!("\n{}\n", n.description));
    }
    if !n.phases.is_empty() {
        out.push_str(&format!("\n{}\n", language::text("cli-network-phases")));
        for p in &n.phases {
            out.push_str(&format!("  {}  {}\n", p.name, date_span(p.start_date, p.end_date)));
        }
    }
    out.push_str(&format!(
        "\n{}\n",
        text_with("cli-network-partner-count", &[("count", detail.partners.len().into())])
    ));
    for p in &detail.partners {
        out.push_str(&format!("  {} ({}) - {}, {}\n", p.name, p.country, label(p.role), p.time_zone));
    }
    if !detail.milestones.is_empty() {
        out.push_str(&format!("\n{}\n", language::text("cli-network-milestones")));
        let done_mark = format!(" {}", language::text("cli-milestone-done"));
        for m in &detail.milestones {
            let done = if m.done { done_mark.as_str() } else { "" };
            out.push_str(&format!("  {:<10}  {}{done}\n", crate::milestones::when(m), m.title));
        }
    }
    if !detail.action_plans.is_empty() {
        out.push_str(&format!("\n{}\n", language::text("cli-network-plans")));
        let no_city = language::text("cli-plan-no-city");
        for a in &detail.action_plans {
            let city = a.partner_name.as_deref().unwrap_or(&no_city);
            out.push_str(&format!("  {city}: {} [{}]\n", a.title, label(a.status)));
        }
    }
    if !detail.import_notes.is_empty() {
        out.push_str(&format!("\n{}\n", language::text("cli-network-import-notes")));
        for note in &detail.import_notes {
            let reason = note.reason_in(convene_core::i18n::current());
            let args = [("line", note.line.into()), ("message", reason.into()), ("text", (&note.text).into())];
            out.push_str(&format!("  {}\n", text_with("cli-import-warning", &args)));
        }
    }
    out.push_str(&format!("\n{}\n", text_with("cli-network-meetings-hint", &[("slug", (&n.slug).into())])));
    output::print(&out)
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    let mut input = NetworkInput::named(&args.name, NetworkKind::Other);
    let language = args.options.language.as_deref().map(|code| Locale::parse("language", code)).transpose()?;
    apply(&mut input, args.options)?;
    let mut network = create_network(&mut ctx.db, input)?;
    if let Some(language) = language {
        network = set_network_language(&mut ctx.db, network.id, language)?;
    }
    if ctx.json {
        return output::json(&network);
    }
    let words = text_with(
        "cli-network-added",
        &[("name", (&network.name).into()), ("id", network.id.to_string().into()), ("slug", (&network.slug).into())],
    );
    output::print(&format!("{words}\n"))
}

fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let mut input = NetworkInput::from(&network);
    if let Some(name) = args.name {
        input.name = name;
    }
    if let Some(lead) = args.lead {
        input.lead_partner_id = if lead.trim().is_empty() {
            None
        } else {
            Some(find_partner(&ctx.db, &network, &lead).map_err(|e| relabel(e, "lead_partner_id"))?.id)
        };
    }
    let language = args.options.language.as_deref().map(|code| Locale::parse("language", code)).transpose()?;
    apply(&mut input, args.options)?;
    let mut updated = update_network(&mut ctx.db, network.id, input)?;
    if let Some(language) = language {
        updated = set_network_language(&mut ctx.db, network.id, language)?;
    }
    if ctx.json {
        return output::json(&updated);
    }
    let words = text_with("cli-network-updated", &[("name", (&updated.name).into()), ("slug", (&updated.slug).into())]);
    output::print(&format!("{words}\n"))
}

/// A partner look-up error re-attached to the option that named the partner.
pub fn relabel(err: Error, field: &str) -> Error {
    match err {
        Error::Invalid { reason, .. } => Error::invalid(field, reason),
        Error::NotFound(reason) => Error::invalid(field, reason),
        other => other,
    }
}

#[derive(Serialize)]
struct Deleted {
    deleted: String,
    id: i64,
    also_deleted: Vec<String>,
}

fn delete(ctx: &mut Ctx, key: &str, cascade: bool) -> Result<()> {
    let network = find_network(&ctx.db, key)?;
    let removed = delete_network(&mut ctx.db, network.id, cascade)?;
    if ctx.json {
        return output::json(&Deleted { deleted: network.name, id: network.id, also_deleted: removed.items });
    }
    let words = if removed.is_empty() {
        text_with("cli-network-deleted", &[("name", (&network.name).into())])
    } else {
        text_with(
            "cli-network-deleted-with",
            &[("name", (&network.name).into()), ("also", removed.items.join(", ").into())],
        )
    };
    output::print(&format!("{words}\n"))
}
