//! `convene plans NETWORK` and `convene plan ...`: drafting Integrated Action Plans from
//! the command line, with the same revisions, review and exchange as the window.
//!
//! PLAN is a plan's id (`convene plans NETWORK` lists them) or `NETWORK/CITY`, the network's
//! short name or name and the partner city's name, ignoring case and accents
//! (`techtown/gavle`). Every change is signed with the author name (`convene plan author
//! NAME` sets it; by default the system user name).
//!
//! Rows of the tables are added in `plan_tables`, the history is read in `plan_history`,
//! documents are written in `plan_export`.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};
use convene_core::i18n::{Locale, Message};
use convene_core::input_file::cannot_read;
use convene_core::network::find_network;
use convene_core::plan::exchange::resolve_conflict_by_key;
use convene_core::plan::{
    self, find_plan, list_plan_overviews, load_plan_document, ActionPlanInput, ConflictChoice, PlanDocument,
    PlanStatus, SavedRevision,
};
use convene_core::validate::parse_date;
use convene_core::Result;
use convene_plan_export::Report;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, opt, table};
use crate::partners::find_partner;
use crate::plan_history;
use crate::plan_tables::{self, ActionCommand, IndicatorCommand, RiskCommand};
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// A plan as its document (the Markdown export), then its section keys, warnings, open comments and conflicts
    Show {
        /// The plan's id or NETWORK/CITY
        plan: String,
    },
    /// Start a plan for a partner city (nine standard sections, revision 1)
    Create(CreateArgs),
    /// Set the language the plan's documents are exported in (headings, labels, dates, amounts)
    Language {
        /// The plan's id or NETWORK/CITY
        plan: String,
        /// en, fr, de, es, it, pt, pl, nl, el or ro
        code: String,
    },
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
    /// Put the plan's .convene-plan file in a WebDAV folder (never over a copy not pulled first)
    Push(crate::publish::PlanPushArgs),
    /// Read the plan's .convene-plan file from the WebDAV folder and merge it, as `plan receive` does
    Pull(crate::publish::PlanPushArgs),
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
    /// The language of its exported documents: en, fr, de, es, it, pt, pl, nl, el, ro [default: en]
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
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
        let words =
            text_with("cli-plans-none", &[("network", (&network.name).into()), ("slug", (&network.slug).into())]);
        return output::print(&format!("{words}\n"));
    }
    let rows: Vec<Vec<String>> = plans
        .iter()
        .map(|p| {
            vec![
                p.plan.id.to_string(),
                opt(p.plan.partner_name.clone()),
                p.plan.title.clone(),
                label(p.plan.status),
                p.revision_number.to_string(),
                p.last_change_at.replace('T', " ").trim_end_matches('Z').to_string(),
                p.last_change_by.clone(),
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-partner"),
        text("cli-column-title"),
        text("cli-column-status"),
        format!("#{}", text("cli-column-revision")),
        text("cli-column-last-change-utc"),
        text("cli-column-by"),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

pub fn run(ctx: &mut Ctx, cmd: PlanCommand) -> Result<()> {
    match cmd {
        PlanCommand::Show { plan } => show(ctx, &plan),
        PlanCommand::Export { plan, args } => crate::plan_export::run(ctx, &plan, args),
        PlanCommand::Create(args) => create(ctx, args),
        PlanCommand::Language { plan, code } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let plan = plan::set_plan_language(&mut ctx.db, id, Locale::parse("language", &code)?)?;
            if ctx.json {
                return output::json(&plan);
            }
            let words = text_with(
                "cli-plan-language-set",
                &[("title", (&plan.title).into()), ("language", plan.language.native_name().into())],
            );
            output::print(&format!("{words}\n"))
        }
        PlanCommand::Section(SectionCommand::Set(args)) => section_set(ctx, args),
        PlanCommand::Section(SectionCommand::Add { plan, title, after }) => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::add_section(&mut ctx.db, id, &title, after.as_deref())?;
            let key = saved.item_id.clone().unwrap_or_default();
            saved_line(ctx, &saved, &text_with("cli-plan-section-added", &[("key", key.into())]))
        }
        PlanCommand::Section(SectionCommand::Remove { plan, key }) => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::remove_section(&mut ctx.db, id, &key)?;
            saved_line(ctx, &saved, &text_with("cli-plan-section-removed", &[("key", key.into())]))
        }
        PlanCommand::Indicator(IndicatorCommand::Add(args)) => plan_tables::indicator_add(ctx, args),
        PlanCommand::Risk(RiskCommand::Add(args)) => plan_tables::risk_add(ctx, args),
        PlanCommand::Action(ActionCommand::Add(args)) => plan_tables::action_add(ctx, args),
        PlanCommand::Revisions { plan } => plan_history::revisions(ctx, &plan),
        PlanCommand::Diff { plan, rev_a, rev_b } => plan_history::diff(ctx, &plan, rev_a, rev_b),
        PlanCommand::Restore { plan, rev } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let saved = plan::restore_revision(&mut ctx.db, id, rev)?;
            saved_line(ctx, &saved, &text_with("cli-plan-revision-restored", &[("revision", rev.into())]))
        }
        PlanCommand::Status { plan, status, date } => {
            let id = find_plan(&ctx.db, &plan)?.id;
            let status = PlanStatus::parse("status", &status)?;
            let date = date.map(|d| parse_date("adoption_date", &d)).transpose()?;
            let plan = plan::set_plan_status(&mut ctx.db, id, status, date)?;
            if ctx.json {
                return output::json(&plan);
            }
            let status_word = Message::new("cli-plan-status-word").arg("status", plan.status.as_str());
            let words = match plan.adoption_date {
                Some(date) => text_with(
                    "cli-plan-status-set-on",
                    &[
                        ("title", (&plan.title).into()),
                        ("status", status_word.into()),
                        ("date", date.to_string().into()),
                    ],
                ),
                None => {
                    text_with("cli-plan-status-set", &[("title", (&plan.title).into()), ("status", status_word.into())])
                }
            };
            output::print(&format!("{words}\n"))
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
            let words = text_with(
                "cli-plan-comment-added",
                &[
                    ("id", comment.id.to_string().into()),
                    ("key", (&comment.section_key).into()),
                    ("author", (&comment.author).into()),
                ],
            );
            output::print(&format!("{words}\n"))
        }
        PlanCommand::Send { plan, out } => {
            let found = find_plan(&ctx.db, &plan)?;
            plan::send_plan_to_file(&ctx.db, found.id, &out)?;
            let count = plan::list_revisions(&ctx.db, found.id)?.len();
            if ctx.json {
                return output::json(&serde_json::json!({ "plan_id": found.id, "file": out, "revisions": count }));
            }
            let words = text_with(
                "cli-plan-sent",
                &[
                    ("title", (&found.title).into()),
                    ("count", count.into()),
                    ("file", out.display().to_string().into()),
                ],
            );
            output::print(&format!("{words}\n"))
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
                let settle = text_with("cli-plan-received-settle", &[("id", report.plan_id.to_string().into())]);
                text.push_str(&format!("{settle}\n"));
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
                return output::print(&format!("{}\n", text("cli-plan-conflicts-none")));
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
            saved_line(ctx, &saved, &text_with("cli-plan-conflict-settled", &[("key", (&args.key).into())]))
        }
        PlanCommand::Push(args) => crate::publish::plan_push(ctx, args),
        PlanCommand::Pull(args) => crate::publish::plan_pull(ctx, args),
        PlanCommand::Author { name } => {
            let setting = match name {
                Some(name) => plan::set_author(&mut ctx.db, &name)?,
                None => plan::get_author(&ctx.db)?,
            };
            if ctx.json {
                return output::json(&setting);
            }
            let words = if setting.is_default {
                text_with("cli-plan-author-default", &[("name", (&setting.name).into())])
            } else {
                setting.name.clone()
            };
            output::print(&format!("{words}\n"))
        }
    }
}

/// A conflict's heading and both texts, under labels padded to one width (`ours:   `).
fn conflict_text(c: &plan::PlanConflict) -> String {
    let removed = text("cli-plan-conflict-removed");
    let (ours, theirs) = (text("cli-plan-conflict-ours"), text("cli-plan-conflict-theirs"));
    let width = ours.chars().count().max(theirs.chars().count());
    let indent = format!("\n{}", " ".repeat(width + 3));
    let side = |label: &str, t: &Option<String>| {
        let pad = " ".repeat(width - label.chars().count());
        format!("  {label}{pad} {}\n", t.as_deref().unwrap_or(&removed).replace('\n', &indent))
    };
    let heading = text_with("cli-plan-conflict", &[("label", (&c.label).into()), ("key", (&c.item_key).into())]);
    format!("{heading}\n{}{}", side(&ours, &c.ours_text), side(&theirs, &c.their_text))
}

fn read_text(file: &PathBuf) -> Result<String> {
    std::fs::read_to_string(file).map_err(|e| cannot_read(file, &e))
}

pub fn saved_line(ctx: &Ctx, saved: &SavedRevision, what: &str) -> Result<()> {
    if ctx.json {
        return output::json(saved);
    }
    let revision = saved.revision.number.to_string();
    let words = if saved.created {
        text_with(
            "cli-plan-saved",
            &[("what", what.into()), ("revision", revision.into()), ("author", (&saved.revision.author).into())],
        )
    } else {
        text_with("cli-plan-unchanged", &[("revision", revision.into())])
    };
    output::print(&format!("{words}\n"))
}

fn create(ctx: &mut Ctx, args: CreateArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let partner = find_partner(&ctx.db, &network, &args.partner)?;
    let language = args.language.as_deref().map(|code| Locale::parse("language", code)).transpose()?;
    let mut created = plan::create_plan(
        &mut ctx.db,
        network.id,
        ActionPlanInput {
            partner_id: Some(partner.id),
            title: args.title,
            summary: args.summary,
            status: PlanStatus::Draft,
        },
    )?;
    if let Some(language) = language {
        created = plan::set_plan_language(&mut ctx.db, created.id, language)?;
    }
    if ctx.json {
        return output::json(&created);
    }
    let words = text_with(
        "cli-plan-created",
        &[
            ("id", created.id.to_string().into()),
            ("title", (&created.title).into()),
            ("partner", (&partner.name).into()),
        ],
    );
    output::print(&format!("{words}\n"))
}

fn section_set(ctx: &mut Ctx, args: SectionSetArgs) -> Result<()> {
    let id = find_plan(&ctx.db, &args.plan)?.id;
    let text = match (args.text, args.file) {
        (Some(text), _) => text,
        (None, Some(file)) => read_text(&file)?,
        (None, None) => unreachable!("clap requires --text or --file"),
    };
    let saved = plan::save_section(&mut ctx.db, id, &args.key, &text, args.message.as_deref())?;
    saved_line(ctx, &saved, &text_with("cli-plan-section-saved", &[("key", (&args.key).into())]))
}

/// `plan show`: the plan as the document a council receives, rendered by
/// `convene-plan-export` from its one [`Report`] (the Markdown export, so `show` and
/// `export --format md` read the same), followed by what a drafter works on and a document
/// leaves out: the section keys to write to, the summary's warnings, open comments and
/// conflicts.
fn show(ctx: &Ctx, key: &str) -> Result<()> {
    let id = find_plan(&ctx.db, key)?.id;
    let doc = load_plan_document(&ctx.db, id)?;
    if ctx.json {
        return output::json(&doc);
    }
    let mut out = convene_plan_export::markdown::render(&Report::from_plan(&doc));
    out.push_str(&workbench(&doc));
    output::print(&out)
}

/// The lines below the document: section keys, warnings, open comments and conflicts.
fn workbench(doc: &PlanDocument) -> String {
    let id = doc.plan.id;
    let keys: Vec<&str> = doc.sections.iter().map(|s| s.key.as_str()).collect();
    let keys_line =
        text_with("cli-plan-section-keys", &[("id", id.to_string().into()), ("keys", keys.join(", ").into())]);
    let mut out = format!("\n---\n\n{keys_line}\n");
    for w in &doc.summary.warnings {
        out.push_str(&format!("{}\n", text_with("cli-warning", &[("warning", w.into())])));
    }
    if !doc.open_comments.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-plan-open-comments")));
        for c in &doc.open_comments {
            out.push_str(&format!("[{}] {} ({}): {}\n", c.section_key, c.author, c.created_at, c.text));
        }
    }
    if !doc.open_conflicts.is_empty() {
        let args = [("count", doc.open_conflicts.len().into()), ("id", id.to_string().into())];
        out.push_str(&format!("\n{}\n", text_with("cli-plan-open-conflicts", &args)));
    }
    out
}
