//! `convene plan action|indicator|risk add`: rows of a plan's action table, results
//! framework and risks. Amounts are exact euros (`12500.50`); funding is `SOURCE=EUR`,
//! repeatable; months are `YYYY-MM`. Each row is one new revision, checked by the core.

use clap::{Args, Subcommand};
use convene_core::i18n::Message;
use convene_core::plan::money::parse_amount;
use convene_core::plan::{self, find_plan, ActionInput, ActionStatus, FundingLine, FundingSource, Month};
use convene_core::{Error, Result};

use crate::language::{text, text_with};
use crate::plans::saved_line;
use crate::Ctx;

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

/// `SOURCE=EUR`, the source in any case with - or _.
fn funding_line(text: &str) -> Result<FundingLine> {
    let (source, amount) = text
        .split_once('=')
        .ok_or_else(|| Error::invalid("funding", Message::new("cli-not-a-funding-line").arg("text", text)))?;
    Ok(FundingLine { source: FundingSource::parse("funding", source)?, amount: parse_amount("funding", amount)? })
}

pub fn action_add(ctx: &mut Ctx, args: ActionAddArgs) -> Result<()> {
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
        status: args
            .status
            .as_deref()
            .map(|s| ActionStatus::parse("status", s))
            .transpose()?
            .unwrap_or(ActionStatus::Planned),
        pilot: args.pilot,
        indicator_ids: vec![],
    };
    let saved = plan::add_action(&mut ctx.db, id, input)?;
    saved_line(ctx, &saved, &text_with("cli-plan-action-added", &[("title", title.into())]))
}

pub fn indicator_add(ctx: &mut Ctx, args: IndicatorAddArgs) -> Result<()> {
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
    saved_line(ctx, &saved, &text_with("cli-plan-indicator-added", &[("name", name.into())]))
}

pub fn risk_add(ctx: &mut Ctx, args: RiskAddArgs) -> Result<()> {
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
    saved_line(ctx, &saved, &text("cli-plan-risk-added"))
}
