//! `convene plans NETWORK` and `convene plan ...`: drafting Integrated Action Plans from
//! the command line, with the same revisions, review and exchange as the window.
//!
//! PLAN is a plan's id (`convene plans NETWORK` lists them) or `NETWORK/CITY`, the network's
//! short name or name and the partner city's name, ignoring case and accents
//! (`techtown/gavle`). Every change is signed with the author name (`convene plan author
//! NAME` sets it; by default the system user name).
//!
//! `plan diff` prints the sections that changed with deleted words as `[-old-]` and
//! inserted ones as `{+new+}` (the notation of `git diff --word-diff`), then the rows of
//! the action, indicator and risk tables that were added, removed or changed.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};
use convene_core::network::find_network;
use convene_core::plan::diff::{ChangeKind, RowTable, SegmentKind};
use convene_core::plan::exchange::resolve_conflict_by_key;
use convene_core::plan::money::{format_euros, parse_amount, Decimal};
use convene_core::plan::{
    self, find_plan, list_plan_overviews, load_plan_document, ActionInput, ActionPlanInput, ActionStatus, ConflictChoice,
    FundingLine, FundingSource, Month, PlanDocument, PlanStatus, SavedRevision,
};
use convene_core::validate::parse_date;
use convene_core::{Error, Result};

use crate::output::{self, fields, opt, table};
use crate::partners::find_partner;
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// A plan with its sections, actions, indicators, risks, budget summary and open comments
    Show {
        /// The plan's id or NETWORK/CITY
        plan: String,
    },
    /// Start a plan for a partner city (nine standard sections, revision 1)
    Create(CreateArgs),
    /// Write a section's text
    #[command(subcommand)]
    Section(SectionCommand),
    /// Add to the action table
    #[command(subcommand)]
    Action(ActionCommand),
    /// Add to the results framework
    #[command(subcommand)]
    Indicator(IndicatorCommand),
    /// Add to the risks
    #[command(subcommand)]
    Risk(RiskCommand),
    /// Every revision, newest first
    Revisions {
        /// The plan's id or NETWORK/CITY
        plan: String,
    },
    /// What changed between two revisions, word by word
    Diff {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// The older revision's number
        rev_a: i64,
        /// The newer revision's number
        rev_b: i64,
    },
    /// Make an old revision's content current again (as a new revision; nothing is lost)
    Restore {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// The revision's number
        rev: i64,
    },
    /// Move the plan on: draft, in-review, final, adopted (with --date), or back one step
    Status {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// draft, in-review, final or adopted
        status: String,
        /// The day the council adopted the plan (YYYY-MM-DD), for adopted
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Comment on a section, as a reviewer
    Comment(CommentArgs),
    /// Write the plan with its whole history to a .convene-plan file for a partner
    Send {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// The file to write
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Read a .convene-plan file: a new plan, newer revisions, or a merge (conflicts are reported)
    Receive {
        /// The .convene-plan file
        file: PathBuf,
    },
    /// The differences with a partner's copy waiting for a choice
    Conflicts {
        /// The plan's id or NETWORK/CITY
        plan: String,
    },
    /// Settle a conflict: keep ours, take theirs, or put a merged text
    Resolve(ResolveArgs),
    /// Write the plan as a Word, PDF, Markdown or HTML document for the council
    Export {
        /// The plan's id or NETWORK/CITY
        plan: String,
        #[command(flatten)]
        args: crate::plan_export::ExportArgs,
    },
    /// Show the name changes are signed with, or set it
    Author {
        /// The new name ("" goes back to the system user name)
        name: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The network's short name or name
    pub network: String,
    /// The partner city whose plan it is (its name or id)
    #[arg(long, value_name = "CITY")]
    pub partner: String,
    #[arg(long)]
    pub title: String,
    /// A few lines on the plan; they become the first text of its context section
    #[arg(long, default_value = "")]
    pub summary: String,
}

#[derive(Debug, Subcommand)]
pub enum SectionCommand {
    /// Replace a section's text (Markdown) with --text or the contents of --file
    Set(SectionSetArgs),
    /// Add a custom section (its key is made from the title)
    Add {
        /// The plan's id or NETWORK/CITY
        plan: String,
        #[arg(long)]
        title: String,
        /// Put it after this section [default: at the end]
        #[arg(long, value_name = "KEY")]
        after: Option<String>,
    },
    /// Remove a custom section (its text stays in the history)
    Remove {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// The section's key
        key: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum IndicatorCommand {
    /// Add an indicator
    Add(IndicatorAddArgs),
}

#[derive(Debug, Args)]
pub struct IndicatorAddArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    #[arg(long)]
    pub name: String,
    /// output or result
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: String,
    #[arg(long, default_value = "")]
    pub unit: String,
    #[arg(long, default_value = "")]
    pub baseline: String,
    #[arg(long, default_value = "")]
    pub target: String,
    /// When the target should be reached (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    pub by: Option<String>,
    /// Means of verification
    #[arg(long, default_value = "")]
    pub verification: String,
}

#[derive(Debug, Subcommand)]
pub enum RiskCommand {
    /// Add a risk
    Add(RiskAddArgs),
}

#[derive(Debug, Args)]
pub struct RiskAddArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    #[arg(long)]
    pub description: String,
    /// 1 (rare) to 5 (almost certain)
    #[arg(long)]
    pub likelihood: u8,
    /// 1 (minor) to 5 (severe)
    #[arg(long)]
    pub impact: u8,
    #[arg(long, default_value = "")]
    pub mitigation: String,
    #[arg(long, default_value = "")]
    pub owner: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["text", "file"])))]
pub struct SectionSetArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    /// The section's key: context, vision, approach, actions, implementation, funding, risks, monitoring, local-group, or a custom one
    pub key: String,
    /// The new text
    #[arg(long)]
    pub text: Option<String>,
    /// A file holding the new text (UTF-8 Markdown)
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Why it changed, for the history
    #[arg(long)]
    pub message: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Add an action at the end of the table
    Add(ActionAddArgs),
}

#[derive(Debug, Args)]
pub struct ActionAddArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    #[arg(long)]
    pub title: String,
    /// The objective it serves (actions are summed by objective)
    #[arg(long)]
    pub objective: Option<String>,
    /// The lead organisation
    #[arg(long)]
    pub lead: Option<String>,
    /// Partner organisations
    #[arg(long)]
    pub partners: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// First month (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    pub start: Option<String>,
    /// Last month (YYYY-MM)
    #[arg(long, value_name = "YYYY-MM")]
    pub end: Option<String>,
    /// Estimated cost in euros, such as 12500.50
    #[arg(long, value_name = "EUR")]
    pub cost: Option<String>,
    /// Secured funding: city, erdf, esf-plus, national, regional, private or other, then = and euros; repeatable
    #[arg(long, value_name = "SOURCE=EUR")]
    pub funding: Vec<String>,
    /// idea, planned, ongoing, done or dropped [default: planned]
    #[arg(long)]
    pub status: Option<String>,
    /// A small-scale pilot (test action)
    #[arg(long)]
    pub pilot: bool,
}

#[derive(Debug, Args)]
pub struct CommentArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    /// The section's key
    pub key: String,
    /// The reviewer's name
    #[arg(long)]
    pub author: String,
    #[arg(long)]
    pub text: String,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("choice").required(true).args(["ours", "theirs", "text", "file"])))]
pub struct ResolveArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    /// The conflict's key: a section key, or action:ID, indicator:ID, risk:ID (`convene plan conflicts` lists them)
    pub key: String,
    /// Keep our text
    #[arg(long)]
    pub ours: bool,
    /// Take their text
    #[arg(long)]
    pub theirs: bool,
    /// Put this merged text
    #[arg(long)]
    pub text: Option<String>,
    /// Put the merged text in this file
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// `convene plans NETWORK`
pub fn list(ctx: &Ctx, network: &str) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let plans = list_plan_overviews(&ctx.db, network.id)?;
    if ctx.json {
        return output::json(&plans);
    }
    if plans.is_empty() {
        return output::print(&format!(
            "{} has no action plans yet. `convene plan create {} --partner CITY --title T` starts one.\n",
            network.name, network.slug
        ));
    }
    let rows: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                p.plan.id.to_string(),
                opt(p.plan.partner_name.clone()),
                p.plan.title.clone(),
                p.plan.status.label().to_string(),
                p.revision_number.to_string(),
                p.last_change_at.replace('T', " ").trim_end_matches('Z').to_string(),
                p.last_change_by.clone(),
            ]
        })
        .collect();
    output::print(&table(&["#ID", "PARTNER", "TITLE", "STATUS", "#REV", "LAST CHANGE (UTC)", "BY"], &rows))
}

pub fn run(ctx: &mut Ctx, cmd: PlanCommand) -> Result<()> {
    match cmd {
        PlanCommand::Show { plan } => show(ctx, &plan),
        PlanCommand::Export { plan, args } => crate::plan_export::run(ctx, &plan, args),
        PlanCommand::Create(args) => create(ctx, args),
        PlanCommand::Section(SectionCommand::Set(args)) => section_set(ctx, args),
        PlanCommand::Section(SectionCommand::Add { plan, title, after }) => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::add_section(&mut ctx.db, id, &title, after.as_deref())?;
            saved_line(ctx, &saved, &format!("added section {}", saved.item_id.clone().unwrap_or_default()))
        }
        PlanCommand::Section(SectionCommand::Remove { plan, key }) => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::remove_section(&mut ctx.db, id, &key)?;
            saved_line(ctx, &saved, &format!("removed section {key}"))
        }
        PlanCommand::Indicator(IndicatorCommand::Add(args)) => {
            let id = find_plan(&ctx.db, &args.plan)?.id;
            let name = args.name.clone();
            let input = plan::IndicatorInput {
                id: String::new(),
                name: args.name,
                kind: plan::IndicatorKind::parse("type", &args.kind)?,
                unit: args.unit,
                baseline: args.baseline,
                target: args.target,
                target_date: args.by.as_deref().map(|m| Month::parse("target_date", m)).transpose()?,
                verification: args.verification,
            };
            let saved = plan::add_indicator(&mut ctx.db, id, input)?;
            saved_line(ctx, &saved, &format!("added indicator \"{name}\""))
        }
        PlanCommand::Risk(RiskCommand::Add(args)) => {
            let id = find_plan(&ctx.db, &args.plan)?.id;
            let input = plan::RiskInput {
                id: String::new(),
                description: args.description,
                likelihood: args.likelihood,
                impact: args.impact,
                mitigation: args.mitigation,
                owner: args.owner,
            };
            let saved = plan::add_risk(&mut ctx.db, id, input)?;
            saved_line(ctx, &saved, "added the risk")
        }
        PlanCommand::Action(ActionCommand::Add(args)) => action_add(ctx, args),
        PlanCommand::Revisions { plan } => revisions(ctx, &plan),
        PlanCommand::Diff { plan, rev_a, rev_b } => diff(ctx, &plan, rev_a, rev_b),
        PlanCommand::Restore { plan, rev } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::restore_revision(&mut ctx.db, id, rev)?;
            saved_line(ctx, &saved, &format!("restored revision {rev}"))
        }
        PlanCommand::Status { plan, status, date } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let status = PlanStatus::parse("status", &status)?;
            let date = date.map(|d| parse_date("adoption_date", &d)).transpose()?;
            let plan = plan::set_plan_status(&mut ctx.db, id, status, date)?;
            if ctx.json {
                return output::json(&plan);
            }
            let when = plan.adoption_date.map(|d| format!(" on {d}")).unwrap_or_default();
            output::print(&format!("\"{}\" is now {}{when}\n", plan.title, plan.status.label().to_lowercase()))
        }
        PlanCommand::Comment(args) => {
            let id = find_plan(&ctx.db, &args.plan)?.id;
            let comment = plan::add_comment(
                &mut ctx.db,
                id,
                plan::CommentInput { section_key: args.key, author: args.author, text: args.text },
            )?;
            if ctx.json {
                return output::json(&comment);
            }
            output::print(&format!("comment {} added to {} by {}\n", comment.id, comment.section_key, comment.author))
        }
        PlanCommand::Send { plan, out } => {
            let found = find_plan(&ctx.db, &plan)?;
            plan::send_plan_to_file(&ctx.db, found.id, &out)?;
            let count = plan::list_revisions(&ctx.db, found.id)?.len();
            if ctx.json {
                return output::json(&serde_json::json!({ "plan_id": found.id, "file": out, "revisions": count }));
            }
            output::print(&format!("wrote \"{}\" with {count} revisions to {}\n", found.title, out.display()))
        }
        PlanCommand::Receive { file } => {
            let report = plan::receive_plan_file(&mut ctx.db, &file)?;
            if ctx.json {
                return output::json(&report);
            }
            let mut text = format!("{}\n", report.message);
            for c in &report.conflicts {
                text.push_str(&conflict_text(c));
            }
            if !report.conflicts.is_empty() {
                text.push_str(&format!(
                    "Settle each with `convene plan resolve {} KEY --ours | --theirs | --text T`.\n",
                    report.plan_id
                ));
            }
            output::print(&text)
        }
        PlanCommand::Conflicts { plan } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let conflicts = plan::list_conflicts(&ctx.db, id)?;
            if ctx.json {
                return output::json(&conflicts);
            }
            if conflicts.is_empty() {
                return output::print("No conflicts to settle.\n");
            }
            output::print(&conflicts.iter().map(conflict_text).collect::<String>())
        }
        PlanCommand::Resolve(args) => {
            let id = find_plan(&ctx.db, &args.plan)?.id;
            let choice = if args.ours {
                ConflictChoice::Ours
            } else if args.theirs {
                ConflictChoice::Theirs
            } else if let Some(text) = args.text {
                ConflictChoice::Merged { text }
            } else {
                let file = args.file.expect("clap requires one choice");
                ConflictChoice::Merged { text: read_text(&file)? }
            };
            let saved = resolve_conflict_by_key(&mut ctx.db, id, &args.key, choice)?;
            saved_line(ctx, &saved, &format!("settled the conflict in {}", args.key))
        }
        PlanCommand::Author { name } => {
            let setting = match name {
                Some(name) => plan::set_author(&mut ctx.db, &name)?,
                None => plan::get_author(&ctx.db)?,
            };
            if ctx.json {
                return output::json(&setting);
            }
            let default = if setting.is_default { " (the system user name; set one with `convene plan author NAME`)" } else { "" };
            output::print(&format!("{}{default}\n", setting.name))
        }
    }
}

fn conflict_text(c: &plan::PlanConflict) -> String {
    let side = |t: &Option<String>| t.clone().unwrap_or_else(|| "(removed)".into());
    format!(
        "conflict in {} ({}):\n  ours:   {}\n  theirs: {}\n",
        c.label,
        c.item_key,
        side(&c.ours_text).replace('\n', "\n          "),
        side(&c.their_text).replace('\n', "\n          ")
    )
}

fn read_text(file: &PathBuf) -> Result<String> {
    std::fs::read_to_string(file).map_err(|e| Error::BadInput(format!("cannot read {}: {e}", file.display())))
}

fn saved_line(ctx: &Ctx, saved: &SavedRevision, what: &str) -> Result<()> {
    if ctx.json {
        return output::json(saved);
    }
    if saved.created {
        output::print(&format!("{what}: revision {} by {}\n", saved.revision.number, saved.revision.author))
    } else {
        output::print(&format!("nothing changed: the plan already reads so (revision {})\n", saved.revision.number))
    }
}

fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let partner = find_partner(&ctx.db, &network, &args.partner)?;
    let created = plan::create_plan(
        &mut ctx.db,
        network.id,
        ActionPlanInput { partner_id: Some(partner.id), title: args.title, summary: args.summary, status: PlanStatus::Draft },
    )?;
    if ctx.json {
        return output::json(&created);
    }
    output::print(&format!("created plan {} \"{}\" for {}\n", created.id, created.title, partner.name))
}

fn section_set(ctx: &mut Ctx, args: SectionSetArgs) -> Result<()> {
    let id = find_plan(&ctx.db, &args.plan)?.id;
    let text = match (args.text, args.file) {
        (Some(text), _) => text,
        (None, Some(file)) => read_text(&file)?,
        (None, None) => unreachable!("clap requires --text or --file"),
    };
    let saved = plan::save_section(&mut ctx.db, id, &args.key, &text, args.message.as_deref())?;
    saved_line(ctx, &saved, &format!("saved {}", args.key))
}

/// `SOURCE=EUR`, the source in any case with - or _.
fn funding_line(text: &str) -> Result<FundingLine> {
    let (source, amount) = text
        .split_once('=')
        .ok_or_else(|| Error::invalid("funding", format!("\"{text}\" is not SOURCE=EUR (such as erdf=12000)")))?;
    Ok(FundingLine { source: FundingSource::parse("funding", source)?, amount: parse_amount("funding", amount)? })
}

fn action_add(ctx: &mut Ctx, args: ActionAddArgs) -> Result<()> {
    let id = find_plan(&ctx.db, &args.plan)?.id;
    let title = args.title.clone();
    let month = |field: &str, value: &Option<String>| value.as_deref().map(|v| Month::parse(field, v)).transpose();
    let input = ActionInput {
        id: String::new(),
        objective: args.objective.unwrap_or_default(),
        title: args.title,
        description: args.description.unwrap_or_default(),
        lead: args.lead.unwrap_or_default(),
        partners: args.partners.unwrap_or_default(),
        start: month("start", &args.start)?,
        end: month("end", &args.end)?,
        cost: args.cost.as_deref().map(|c| parse_amount("cost", c)).transpose()?,
        funding: args.funding.iter().map(|f| funding_line(f)).collect::<Result<_>>()?,
        status: args.status.as_deref().map(|s| ActionStatus::parse("status", s)).transpose()?.unwrap_or(ActionStatus::Planned),
        pilot: args.pilot,
        indicator_ids: vec![],
    };
    let saved = plan::add_action(&mut ctx.db, id, input)?;
    saved_line(ctx, &saved, &format!("added action \"{title}\""))
}

fn revisions(ctx: &Ctx, key: &str) -> Result<()> {
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

fn diff(ctx: &Ctx, key: &str, a: i64, b: i64) -> Result<()> {
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

fn money(value: Option<Decimal>) -> String {
    value.map(format_euros).unwrap_or_default()
}

fn show(ctx: &Ctx, key: &str) -> Result<()> {
    let id = find_plan(&ctx.db, key)?.id;
    let doc = load_plan_document(&ctx.db, id)?;
    if ctx.json {
        return output::json(&doc);
    }
    output::print(&render(&doc))
}

fn render(doc: &PlanDocument) -> String {
    let p = &doc.plan;
    let s = &doc.summary;
    let gap = if s.over_funded {
        format!("{} EUR over-funded", format_euros(-s.funding_gap))
    } else {
        format!("{} EUR", format_euros(s.funding_gap))
    };
    let mut out = fields(&[
        ("Plan", format!("{} (id {})", p.title, p.id)),
        ("Network", doc.network_name.clone()),
        ("Partner", opt(p.partner_name.clone())),
        ("Status", format!("{}{}", p.status.label(), opt(p.adoption_date.map(|d: NaiveDate| format!(", adopted on {d}"))))),
        (
            "Revision",
            format!("{} of {}, {} by {}", doc.revision.number, doc.revision_count, doc.revision.created_at, doc.revision.author),
        ),
        ("Total cost", format!("{} EUR", format_euros(s.total_cost))),
        ("Secured", format!("{} EUR", format_euros(s.secured_funding))),
        ("Funding gap", gap),
    ]);
    for section in &doc.sections {
        out.push_str(&format!("\n## {} [{}]\n", section.title, section.key));
        if section.body.trim().is_empty() {
            out.push_str("(empty)\n");
        } else {
            out.push_str(section.body.trim_end());
            out.push('\n');
        }
    }
    if !doc.actions.is_empty() {
        out.push_str("\n## Action table\n");
        let rows: Vec<Vec<String>> = doc
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    (i + 1).to_string(),
                    a.title.clone(),
                    a.objective.clone(),
                    a.lead.clone(),
                    format!("{}{}", opt(a.start), a.end.map(|e| format!(" to {e}")).unwrap_or_default()),
                    money(a.cost),
                    a.funding.iter().map(|l| format!("{} {}", l.source.label(), format_euros(l.amount))).collect::<Vec<_>>().join(", "),
                    a.status.label().to_string(),
                    if a.pilot { "pilot".into() } else { String::new() },
                ]
            })
            .collect();
        out.push_str(&table(&["#N", "TITLE", "OBJECTIVE", "LEAD", "WHEN", "#COST EUR", "FUNDING", "STATUS", "PILOT"], &rows));
    }
    if !s.cost_by_source.is_empty() || !s.unfunded.is_zero() {
        out.push_str("\n## Cost by funding source\n");
        let mut rows: Vec<Vec<String>> =
            s.cost_by_source.iter().map(|x| vec![x.label.clone(), format_euros(x.amount)]).collect();
        rows.push(vec!["Not funded yet".into(), format_euros(s.unfunded)]);
        out.push_str(&table(&["SOURCE", "#EUR"], &rows));
    }
    if !doc.indicators.is_empty() {
        out.push_str("\n## Indicators\n");
        let rows: Vec<Vec<String>> = doc
            .indicators
            .iter()
            .map(|i| {
                vec![i.name.clone(), i.kind.label().into(), i.unit.clone(), i.baseline.clone(), i.target.clone(), opt(i.target_date)]
            })
            .collect();
        out.push_str(&table(&["NAME", "TYPE", "UNIT", "BASELINE", "TARGET", "BY"], &rows));
    }
    if !doc.risks.is_empty() {
        out.push_str("\n## Risks\n");
        let rows: Vec<Vec<String>> = doc
            .risks
            .iter()
            .map(|r| vec![r.description.clone(), r.likelihood.to_string(), r.impact.to_string(), r.mitigation.clone(), r.owner.clone()])
            .collect();
        out.push_str(&table(&["RISK", "#LIKELIHOOD", "#IMPACT", "MITIGATION", "OWNER"], &rows));
    }
    for w in &s.warnings {
        out.push_str(&format!("\nwarning: {w}"));
    }
    if !s.warnings.is_empty() {
        out.push('\n');
    }
    if !doc.open_comments.is_empty() {
        out.push_str("\n## Open comments\n");
        for c in &doc.open_comments {
            out.push_str(&format!("[{}] {} ({}): {}\n", c.section_key, c.author, c.created_at, c.text));
        }
    }
    if !doc.open_conflicts.is_empty() {
        out.push_str(&format!(
            "\n{} conflicts with a partner's copy to settle: `convene plan conflicts {}`\n",
            doc.open_conflicts.len(),
            p.id
        ));
    }
    out
}
