//! `convene holidays CC|NETWORK` and `convene dayoff add|list|remove NETWORK`.
//!
//! `holidays` lists a country's public holidays (and its region's, with `--region`) or
//! every day a network's partners do not work: their national and regional holidays and
//! the days off recorded for them. Two letters name a country (`FR`, `es`); anything else
//! names a network, and so does a two-letter network short name that is no country of the
//! holiday table. The dates are python-holidays' ([`convene_core::holiday`]).
//!
//! `dayoff` records a partner's own days off (a patron saint's day, a local election), which
//! count like public holidays everywhere Convene looks for a date.

use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand};
use convene_core::holiday::{
    self, add_day_off, country_holidays, delete_day_off, list_days_off, named_partner_days_off, DayOff, DayOffInput,
};
use convene_core::i18n::Message;
use convene_core::names::fold;
use convene_core::network::find_network;
use convene_core::partner::list_partners;
use convene_core::validate::{self, parse_date};
use convene_core::{Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, table};
use crate::partners::find_partner;
use crate::{usage_error, Ctx};

#[derive(Debug, Args)]
#[command(after_help = "Two letters name a country, as an ISO 3166-1 code (FR, es, XK): its public holidays.\n\
    Anything else names a network (its short name or name): every day one of its partners does not\n\
    work (national and regional holidays, and the days off recorded with `convene dayoff add`).\n\
    The period is --year YEAR, or --from DATE --to DATE (both days included).\n\
    Dates come from python-holidays; a country it does not cover is refused with the list of those it does.")]
pub struct HolidaysArgs {
    /// A country's two-letter code (FR), or a network's short name or name
    #[arg(value_name = "CC|NETWORK")]
    pub target: String,
    /// With a country: also its region's holidays, an ISO 3166-2 code such as ES-CN or DE-BY
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// The whole year
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// The first day, YYYY-MM-DD
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// The last day, YYYY-MM-DD
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum DayOffCommand {
    /// The days off recorded for a network's partners, in date order
    List {
        /// The network's short name or name
        network: String,
        /// Only this partner's (its id or name)
        #[arg(long, value_name = "CITY")]
        partner: Option<String>,
    },
    /// Record a day a partner does not work (a patron saint's day, a local election)
    Add {
        /// The network's short name or name
        network: String,
        /// The partner's id or name
        #[arg(long, value_name = "CITY")]
        partner: String,
        /// The day, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        date: String,
        /// What the day is ("Saint John's Day")
        #[arg(long, value_name = "TEXT")]
        name: String,
    },
    /// Remove a partner's day off; --name chooses when it has several that day
    Remove {
        /// The network's short name or name
        network: String,
        /// The partner's id or name
        #[arg(long, value_name = "CITY")]
        partner: String,
        /// The day, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        date: String,
        /// The day off's name
        #[arg(long, value_name = "TEXT")]
        name: Option<String>,
    },
}

/// The days from --year or --from/--to.
fn period(args: &HolidaysArgs) -> Result<(NaiveDate, NaiveDate)> {
    if let Some(year) = args.year {
        validate::year("year", year)?;
        let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("a year's first day");
        return Ok((first, NaiveDate::from_ymd_opt(year, 12, 31).expect("a year's last day")));
    }
    match (&args.from, &args.to) {
        (Some(from), Some(to)) => {
            let (from, to) = (parse_date("from", from)?, parse_date("to", to)?);
            validate::date_range("from", Some(from), "to", Some(to))?;
            Ok((from, to))
        }
        _ => usage_error(&["holidays"], text("cli-holidays-which-days")),
    }
}

/// `2027` for a whole year, else `2027-05-01 to 2027-05-31`.
fn span(from: NaiveDate, to: NaiveDate) -> String {
    if from.year() == to.year() && (from.month(), from.day(), to.month(), to.day()) == (1, 1, 12, 31) {
        from.year().to_string()
    } else {
        output::date_span(Some(from), Some(to))
    }
}

/// The weekday's short name in the CLI's language: "Thu", "jeu.", "Do.".
fn weekday(date: NaiveDate) -> String {
    convene_core::i18n::format::weekday_short_name(convene_core::i18n::current(), date.weekday())
}

/// A holiday's name, marked when its date is only estimated (a lunar calendar's).
fn holiday_name(name: &str, estimated: bool) -> String {
    if estimated {
        text_with("cli-holiday-estimated", &[("name", name.into())])
    } else {
        name.to_string()
    }
}

pub fn holidays(ctx: &Ctx, args: HolidaysArgs) -> Result<()> {
    let target = args.target.trim();
    let two_letters = target.len() == 2 && target.chars().all(|c| c.is_ascii_alphabetic());
    if two_letters && (holiday::holiday_country(target).is_some() || find_network(&ctx.db, target).is_err()) {
        return country_list(ctx, &args);
    }
    if args.region.is_some() {
        return Err(Error::invalid("region", Message::new("cli-holidays-region-needs-country")));
    }
    network_list(ctx, &args)
}

fn country_list(ctx: &Ctx, args: &HolidaysArgs) -> Result<()> {
    let (from, to) = period(args)?;
    let days = country_holidays(&args.target, args.region.as_deref(), from, to).map_err(|e| match e {
        Error::Invalid { field, reason } if field == "country" => Error::invalid("CC", reason),
        other => other,
    })?;
    let covered = holiday::holiday_country(&args.target).expect("country_holidays knew it");
    if to.year() < covered.first_year {
        return Err(Error::NotFound(
            Message::new("cli-holidays-not-covered")
                .arg("country", covered.name)
                .arg("code", covered.code)
                .arg("first_year", covered.first_year.to_string())
                .arg("span", output::date_span(Some(from), Some(to))),
        ));
    }
    if ctx.json {
        return output::json(&days);
    }
    let region = match args.region.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(r) => Some(region_text(&covered.code, &holiday::check_region(&covered.code, r)?)),
        None => None,
    };
    let heading = match region {
        Some(region) => text_with(
            "cli-holidays-heading-region",
            &[
                ("country", covered.name.as_str().into()),
                ("code", covered.code.as_str().into()),
                ("region", region.into()),
                ("span", span(from, to).into()),
            ],
        ),
        None => text_with(
            "cli-holidays-heading",
            &[
                ("country", covered.name.as_str().into()),
                ("code", covered.code.as_str().into()),
                ("span", span(from, to).into()),
            ],
        ),
    };
    let mut out = format!("{heading}\n");
    if days.is_empty() {
        out.push_str(&format!("{}\n", text("cli-holidays-none")));
        return output::print(&out);
    }
    let rows: Vec<Vec<String>> = days
        .iter()
        .map(|h| {
            vec![
                h.date.to_string(),
                weekday(h.date),
                holiday_name(&h.name, h.estimated),
                h.region.clone().unwrap_or_else(|| text("cli-holiday-national")),
            ]
        })
        .collect();
    let headers = ["cli-column-date", "cli-column-day", "cli-column-holiday", "cli-column-where"].map(text);
    out.push_str(&table(&headers.each_ref().map(String::as_str), &rows));
    if covered.first_year > from.year() {
        let args = [("first_year", covered.first_year.to_string().into()), ("code", covered.code.as_str().into())];
        out.push_str(&format!("{}\n", text_with("cli-holidays-no-dates-before", &args)));
    }
    output::print(&out)
}

fn network_list(ctx: &Ctx, args: &HolidaysArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.target)?;
    let (from, to) = period(args)?;
    let days = named_partner_days_off(&ctx.db, network.id, from, to)?;
    if ctx.json {
        return output::json(&days);
    }
    let span = span(from, to);
    let mut out = String::new();
    let args = [("network", (&network.name).into()), ("span", span.into())];
    if days.is_empty() {
        out.push_str(&format!("{}\n", text_with("cli-holidays-network-none", &args)));
    } else {
        out.push_str(&format!("{}\n", text_with("cli-holidays-network-heading", &args)));
        let rows: Vec<Vec<String>> = days
            .iter()
            .map(|d| {
                let place = if d.region.is_empty() { d.country.clone() } else { d.region.clone() };
                vec![
                    d.date.to_string(),
                    weekday(d.date),
                    format!("{} ({place})", d.partner_name),
                    holiday_name(&d.name, d.estimated),
                    label(d.source),
                ]
            })
            .collect();
        let headers =
            ["cli-column-date", "cli-column-day", "cli-column-partner", "cli-column-holiday", "cli-column-kind"]
                .map(text);
        out.push_str(&table(&headers.each_ref().map(String::as_str), &rows));
    }
    let uncovered: Vec<String> = list_partners(&ctx.db, network.id)?
        .into_iter()
        .filter(|p| holiday::holiday_country(&p.country).is_none())
        .map(|p| format!("{} ({})", p.name, p.country))
        .collect();
    if !uncovered.is_empty() {
        let words = text_with("cli-holidays-uncovered", &[("partners", uncovered.join(", ").into())]);
        out.push_str(&format!("{words}\n"));
    }
    output::print(&out)
}

#[derive(Serialize)]
struct Removed {
    removed: String,
    id: i64,
}

/// A day off as lists and messages show it: `Saint John's fair on 2027-06-24 (Thu)`.
fn line(d: &DayOff) -> String {
    text_with(
        "cli-day-off-line",
        &[("name", (&d.name).into()), ("date", d.date.to_string().into()), ("weekday", weekday(d.date).into())],
    )
}

pub fn dayoff(ctx: &mut Ctx, cmd: DayOffCommand) -> Result<()> {
    match cmd {
        DayOffCommand::List { network, partner } => {
            let network = find_network(&ctx.db, &network)?;
            let only = partner.map(|p| find_partner(&ctx.db, &network, &p)).transpose()?;
            let partners = list_partners(&ctx.db, network.id)?;
            let days: Vec<DayOff> = list_days_off(&ctx.db, network.id)?
                .into_iter()
                .filter(|d| only.as_ref().is_none_or(|p| p.id == d.partner_id))
                .collect();
            if ctx.json {
                return output::json(&days);
            }
            if days.is_empty() {
                let words = match only {
                    Some(partner) => text_with(
                        "cli-days-off-none-partner",
                        &[("partner", partner.name.into()), ("slug", (&network.slug).into())],
                    ),
                    None => text_with(
                        "cli-days-off-none-network",
                        &[("network", (&network.name).into()), ("slug", (&network.slug).into())],
                    ),
                };
                return output::print(&format!("{words}\n"));
            }
            let name_of = |id: i64| partners.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default();
            let rows: Vec<Vec<String>> = days
                .iter()
                .map(|d| {
                    vec![d.id.to_string(), d.date.to_string(), weekday(d.date), name_of(d.partner_id), d.name.clone()]
                })
                .collect();
            let headers = [
                format!("#{}", text("cli-column-id")),
                text("cli-column-date"),
                text("cli-column-day"),
                text("cli-column-partner"),
                text("cli-column-name"),
            ];
            output::print(&table(&headers.each_ref().map(String::as_str), &rows))
        }
        DayOffCommand::Add { network, partner, date, name } => {
            let network = find_network(&ctx.db, &network)?;
            let partner = find_partner(&ctx.db, &network, &partner)?;
            let date = parse_date("date", &date)?;
            let day = add_day_off(&mut ctx.db, partner.id, DayOffInput { date, name })?;
            if ctx.json {
                return output::json(&day);
            }
            let also = holiday::country_holidays(&partner.country, Some(&partner.region), date, date)
                .unwrap_or_default()
                .into_iter()
                .map(|h| h.name)
                .collect::<Vec<_>>();
            let mut args = vec![
                ("day", line(&day).into()),
                ("partner", (&partner.name).into()),
                ("id", day.id.to_string().into()),
            ];
            let id = if also.is_empty() {
                "cli-day-off-added"
            } else {
                args.push(("holidays", also.join(", ").into()));
                "cli-day-off-added-also-holiday"
            };
            output::print(&format!("{}\n", text_with(id, &args)))
        }
        DayOffCommand::Remove { network, partner, date, name } => {
            let network = find_network(&ctx.db, &network)?;
            let partner = find_partner(&ctx.db, &network, &partner)?;
            let date = parse_date("date", &date)?;
            let that_day: Vec<DayOff> = list_days_off(&ctx.db, network.id)?
                .into_iter()
                .filter(|d| d.partner_id == partner.id && d.date == date)
                .filter(|d| name.as_ref().is_none_or(|n| fold(n) == fold(&d.name)))
                .collect();
            let day = match that_day.as_slice() {
                [one] => one.clone(),
                [] => {
                    return Err(Error::NotFound(
                        match &name {
                            Some(name) => Message::new("cli-no-day-off-named").arg("name", name),
                            None => Message::new("cli-no-day-off"),
                        }
                        .arg("partner", &partner.name)
                        .arg("date", date.to_string())
                        .arg("slug", &network.slug)
                        .arg("partner_id", partner.id.to_string()),
                    ))
                }
                many => {
                    let names: Vec<String> = many.iter().map(|d| format!("\"{}\"", d.name)).collect();
                    let names = names.join(", ");
                    return Err(Error::invalid(
                        "name",
                        Message::new("cli-day-off-which")
                            .arg("partner", &partner.name)
                            .arg("count", many.len())
                            .arg("date", date.to_string())
                            .arg("names", names),
                    ));
                }
            };
            delete_day_off(&mut ctx.db, day.id)?;
            if ctx.json {
                return output::json(&Removed { removed: day.name, id: day.id });
            }
            let args = [("day", line(&day).into()), ("partner", (&partner.name).into())];
            output::print(&format!("{}\n", text_with("cli-day-off-removed", &args)))
        }
    }
}

/// The region shown beside a partner: `Canarias (ES-CN)`, or the code alone.
pub fn region_text(country_code: &str, region: &str) -> String {
    if region.is_empty() {
        return String::new();
    }
    let name = holiday::holiday_country(country_code)
        .and_then(|c| c.regions.into_iter().find(|r| r.code == region))
        .map(|r| r.name)
        .unwrap_or_default();
    if name.is_empty() {
        region.to_string()
    } else {
        format!("{name} ({region})")
    }
}
