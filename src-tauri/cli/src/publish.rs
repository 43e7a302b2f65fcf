//! `convene publish NETWORK --account NAME` and `convene pull NETWORK`: a network's
//! meetings on a CalDAV server, and the server's changes back (convene-dav does the work).
//!
//! The report's summary and lines are written in the person's language as convene-dav
//! makes them; with `--json` they are made in English, as every JSON the CLI prints is the
//! same in every language ([`made_for_output`]).

use clap::Args;
use convene_core::i18n::{self, Locale, Message};
use convene_core::network::find_network;
use convene_core::publish;
use convene_core::Result;
use convene_dav::{PublishOptions, SyncReport};

use crate::accounts::{dav_error, runtime, PasswordArgs, PASSWORD_HELP};
use crate::language::text_with;
use crate::output;
use crate::Ctx;

#[derive(Debug, Args)]
#[command(after_help = PASSWORD_HELP)]
pub struct PublishArgs {
    /// The network's short name or name
    pub network: String,
    /// The account (convene account list)
    #[arg(long)]
    pub account: String,
    /// The calendar's name on the server [default: the network's name]
    #[arg(long, value_name = "DISPLAYNAME")]
    pub calendar: Option<String>,
    /// Also keep the network's whole .ics at this path on the server (for subscribers)
    #[arg(long, value_name = "PATH")]
    pub ics_file: Option<String>,
    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Args)]
#[command(after_help = PASSWORD_HELP)]
pub struct PullArgs {
    /// The network's short name or name
    pub network: String,
    #[command(flatten)]
    pub password: PasswordArgs,
}

/// Runs `work` in English when the output is JSON (the sentences of a report are written
/// as they are made), else in the person's language.
fn made_for_output<T>(json: bool, work: impl FnOnce() -> T) -> T {
    if !json {
        return work();
    }
    let person = i18n::current();
    i18n::set_current(Locale::En);
    let done = work();
    i18n::set_current(person);
    done
}

fn print_report(ctx: &Ctx, report: &SyncReport) -> Result<()> {
    if ctx.json {
        return output::json(report);
    }
    let mut text = report.summary();
    for line in report.taken_from_server.iter().chain(&report.deleted_on_server).chain(&report.conflicts) {
        text.push_str(&format!("\n  {line}"));
    }
    for w in &report.warnings {
        text.push_str(&format!("\n  {}", text_with("cli-warning", &[("warning", w.into())])));
    }
    if let Some(f) = &report.ics_file {
        text.push_str(&format!("\n  {}", text_with("cli-sync-ics-file", &[("path", f.into())])));
    }
    crate::accounts::say(&text)
}

pub fn publish(ctx: &mut Ctx, args: PublishArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let account = publish::find_account(&ctx.db, &args.account)?;
    let secret = args.password.password(&account.name)?;
    let options = PublishOptions { calendar: args.calendar, ics_file: args.ics_file };
    let db = &mut ctx.db;
    let report = made_for_output(ctx.json, || {
        runtime()?.block_on(async {
            let mut dav = convene_dav::connect(&account, &secret).map_err(dav_error)?;
            convene_dav::publish(&mut dav, db, network.id, &account, &options).await.map_err(dav_error)
        })
    })?;
    print_report(ctx, &report)
}

pub fn pull(ctx: &mut Ctx, args: PullArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let Some(binding) = publish::binding(&ctx.db, network.id)? else {
        return Err(convene_core::Error::invalid(
            "network",
            Message::new("dav-network-not-published").arg("network", &network.name).arg("slug", &network.slug),
        ));
    };
    let account = publish::get_account(&ctx.db, binding.account_id)?;
    let secret = args.password.password(&account.name)?;
    let db = &mut ctx.db;
    let report = made_for_output(ctx.json, || {
        runtime()?.block_on(async {
            let mut dav = convene_dav::connect(&account, &secret).map_err(dav_error)?;
            convene_dav::pull(&mut dav, db, network.id, &account).await.map_err(dav_error)
        })
    })?;
    print_report(ctx, &report)
}

#[derive(Debug, Args)]
#[command(after_help = PASSWORD_HELP)]
pub struct PlanPushArgs {
    /// The plan's id or NETWORK/CITY
    pub plan: String,
    /// The account whose WebDAV folder holds the file (convene account list)
    #[arg(long)]
    pub account: String,
    /// The folder on the server (absolute, or relative to the account's address) [default: the
    /// folder of the last push or pull, else the account's address]
    #[arg(long, value_name = "PATH")]
    pub folder: Option<String>,
    #[command(flatten)]
    pub password: PasswordArgs,
}

fn plan_transfer(ctx: &mut Ctx, args: PlanPushArgs, push: bool) -> Result<convene_dav::files::PlanTransfer> {
    let account = publish::find_account(&ctx.db, &args.account)?;
    let secret = args.password.password(&account.name)?;
    let db = &mut ctx.db;
    runtime()?
        .block_on(async {
            let dav = convene_dav::connect(&account, &secret)?;
            if push {
                convene_dav::files::push_plan(&dav, db, &args.plan, &account, args.folder.as_deref()).await
            } else {
                convene_dav::files::pull_plan(&dav, db, &args.plan, &account, args.folder.as_deref()).await
            }
        })
        .map_err(dav_error)
}

pub fn plan_push(ctx: &mut Ctx, args: PlanPushArgs) -> Result<()> {
    let done = plan_transfer(ctx, args, true)?;
    if ctx.json {
        return output::json(&done);
    }
    crate::accounts::say(&text_with("cli-plan-pushed", &[("plan", (&done.plan).into()), ("href", (&done.href).into())]))
}

pub fn plan_pull(ctx: &mut Ctx, args: PlanPushArgs) -> Result<()> {
    let plan = args.plan.clone();
    let done = plan_transfer(ctx, args, false)?;
    if ctx.json {
        return output::json(&done);
    }
    let mut text = text_with("cli-plan-pulled", &[("plan", (&done.plan).into()), ("href", (&done.href).into())]);
    if let Some(r) = &done.received {
        text.push_str(&format!("\n{}", r.message));
        if !r.conflicts.is_empty() {
            let args = [("count", r.conflicts.len().into()), ("plan", plan.into())];
            text.push_str(&format!("\n{}", text_with("cli-plan-pulled-conflicts", &args)));
        }
    }
    crate::accounts::say(&text)
}
