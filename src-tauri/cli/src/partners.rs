//! `convene partners NETWORK` and `convene partner show|add|update|delete`.
//!
//! PARTNER (and `--host`, `--lead`) is a partner's id, or its whole name ignoring case,
//! accents and punctuation ("gavle" is Gävle). Only such an exact match is acted on, since a
//! command may change or delete what it finds: the importer's looser matching ("Budafok"
//! for "22nd district of Budapest (Budafok-Tétény)", "Oulo" for Oulu) only produces a
//! "did you mean ...?" in the error.

use clap::{Args, Subcommand};
use convene_core::country;
use convene_core::i18n::Message;
use convene_core::names::fold;
use convene_core::network::{find_network, Network};
use convene_core::partner::{
    create_partner, delete_partner, get_partner, list_partners, match_partner, update_partner, NameMatch, Partner,
    PartnerInput, PartnerRole,
};
use convene_core::{Db, Error, Result};
use serde::Serialize;

use crate::labels::label;
use crate::language::{text, text_with};
use crate::output::{self, fields, opt, table};
use crate::Ctx;

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// A partner with its contacts and local group
    Show {
        /// The network's short name or name
        network: String,
        /// The partner's id or name
        partner: String,
    },
    /// Add a partner city or organisation to a network
    Add(AddArgs),
    /// Change a partner; only the options given change
    Update(UpdateArgs),
    /// Delete a partner; with --cascade, also its contacts, local group and attendance
    Delete {
        /// The network's short name or name
        network: String,
        /// The partner's id or name
        partner: String,
        /// Also delete its contacts, local group members and attendance; meetings and
        /// plans it hosts or owns stay, without it
        #[arg(long)]
        cascade: bool,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The network's short name or name
    pub network: String,
    /// The city's or organisation's name
    #[arg(long)]
    pub name: String,
    /// ISO 3166-1 code (LV), country name (Latvia) or region (Saxony-Anhalt)
    #[arg(long)]
    pub country: String,
    #[command(flatten)]
    pub options: PartnerOptions,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The network's short name or name
    pub network: String,
    /// The partner's id or name
    pub partner: String,
    /// A new name
    #[arg(long)]
    pub name: Option<String>,
    /// A new country; the zone follows it unless it was changed by hand or --tz is given
    #[arg(long)]
    pub country: Option<String>,
    #[command(flatten)]
    pub options: PartnerOptions,
}

#[derive(Debug, Args)]
pub struct PartnerOptions {
    /// lead-partner, partner, good-practice-city, transfer-city or associated [add: partner]
    #[arg(long)]
    pub role: Option<String>,
    /// IANA time zone such as Europe/Riga [add: the country's]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// ISO 3166-2 region (ES-CN, DE-BY) whose public holidays count for the partner besides
    /// the national ones (empty to clear); `convene holidays CC --region CODE` checks one
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Number of inhabitants (empty to clear)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub population: Option<String>,
    /// Free text
    #[arg(long)]
    pub notes: Option<String>,
}

fn apply(input: &mut PartnerInput, o: PartnerOptions) -> Result<()> {
    if let Some(r) = o.role {
        input.role = PartnerRole::parse("role", &r)?;
    }
    if let Some(tz) = o.tz {
        input.time_zone = tz;
    }
    if let Some(region) = o.region {
        input.region = region;
    }
    if let Some(p) = o.population {
        let p = p.trim().replace(['_', ' ', ','], "");
        input.population = if p.is_empty() {
            None
        } else {
            Some(p.parse::<i64>().map_err(|_| {
                Error::invalid("population", Message::new("cli-not-a-population").arg("text", p.as_str()))
            })?)
        };
    }
    if let Some(n) = o.notes {
        input.notes = n;
    }
    Ok(())
}

/// Finds a partner of `network` by id or by name (exact once accents, case and punctuation
/// are ignored); see the module docs.
pub fn find_partner(db: &Db, network: &Network, key: &str) -> Result<Partner> {
    let key = key.trim();
    if let Ok(id) = key.parse::<i64>() {
        if let Ok(p) = get_partner(db, id) {
            if p.network_id == network.id {
                return Ok(p);
            }
        }
    }
    let partners = list_partners(db, network.id)?;
    let names: Vec<(i64, String)> = partners.iter().map(|p| (p.id, p.name.clone())).collect();
    let exact: Vec<&Partner> = partners.iter().filter(|p| fold(&p.name) == fold(key)).collect();
    match exact.as_slice() {
        [one] => return Ok((*one).clone()),
        [_, _, ..] => {
            let ids: Vec<String> = exact
                .iter()
                .map(|p| {
                    text_with("cli-partner-name-and-id", &[("name", (&p.name).into()), ("id", p.id.to_string().into())])
                })
                .collect();
            let message = Message::new("cli-partners-same-name")
                .arg("count", exact.len())
                .arg("network", &network.name)
                .arg("key", key)
                .arg("partners", ids.join(", "));
            let ambiguous = Error::invalid("partner", message);
            return Err(ambiguous);
        }
        [] => {}
    }
    let message = match match_partner(key, &names) {
        Some((_, name, NameMatch::Close)) => Message::new("cli-no-partner-did-you-mean").arg("suggestion", name),
        _ => Message::new("cli-no-partner").arg("slug", &network.slug),
    };
    Err(Error::NotFound(message.arg("network", &network.name).arg("key", key)))
}

pub fn list(ctx: &Ctx, network: &str) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let partners = list_partners(&ctx.db, network.id)?;
    if ctx.json {
        return output::json(&partners);
    }
    if partners.is_empty() {
        let words =
            text_with("cli-partners-none", &[("network", (&network.name).into()), ("slug", (&network.slug).into())]);
        return output::print(&format!("{words}\n"));
    }
    let rows: Vec<Vec<String>> = partners
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.name.clone(),
                p.country.clone(),
                label(p.role),
                p.time_zone.clone(),
                opt(p.population),
                p.contacts.len().to_string(),
            ]
        })
        .collect();
    let headers = [
        format!("#{}", text("cli-column-id")),
        text("cli-column-name"),
        text("cli-column-country"),
        text("cli-column-role"),
        text("cli-column-time-zone"),
        format!("#{}", text("cli-column-population")),
        format!("#{}", text("cli-column-contacts")),
    ];
    output::print(&table(&headers.each_ref().map(String::as_str), &rows))
}

pub fn run(ctx: &mut Ctx, cmd: PartnerCommand) -> Result<()> {
    match cmd {
        PartnerCommand::Show { network, partner } => show(ctx, &network, &partner),
        PartnerCommand::Add(args) => add(ctx, args),
        PartnerCommand::Update(args) => update(ctx, args),
        PartnerCommand::Delete { network, partner, cascade } => delete(ctx, &network, &partner, cascade),
    }
}

fn show(ctx: &Ctx, network: &str, key: &str) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let p = find_partner(&ctx.db, &network, key)?;
    if ctx.json {
        return output::json(&p);
    }
    let country_name = country::name_with_code(&p.country, convene_core::i18n::current());
    let mut out = format!("{} - {}\n\n", p.name, network.name);
    let labels = [
        "cli-label-id",
        "cli-label-country",
        "cli-label-region",
        "cli-label-role",
        "cli-label-time-zone",
        "cli-label-population",
        "cli-label-notes",
    ]
    .map(text);
    let values = [
        p.id.to_string(),
        country_name,
        crate::holidays::region_text(&p.country, &p.region),
        label(p.role),
        p.time_zone.clone(),
        opt(p.population),
        p.notes.clone(),
    ];
    let pairs: Vec<(&str, String)> = labels.iter().map(String::as_str).zip(values).collect();
    out.push_str(&fields(&pairs));
    if !p.contacts.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-partner-contacts")));
        for c in &p.contacts {
            let extra: Vec<&str> =
                [c.role.as_str(), c.email.as_str(), c.phone.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
            out.push_str(&format!(
                "  {}{}\n",
                c.name,
                if extra.is_empty() { String::new() } else { format!(" - {}", extra.join(", ")) }
            ));
        }
    }
    if !p.local_group.is_empty() {
        out.push_str(&format!("\n{}\n", text("cli-partner-local-group")));
        for m in &p.local_group {
            let extra: Vec<&str> =
                [m.organisation.as_str(), m.role.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
            out.push_str(&format!(
                "  {}{}\n",
                m.name,
                if extra.is_empty() { String::new() } else { format!(" - {}", extra.join(", ")) }
            ));
        }
    }
    output::print(&out)
}

fn add(ctx: &mut Ctx, args: AddArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let mut input = PartnerInput::named(&args.name, &args.country);
    apply(&mut input, args.options)?;
    let partner = create_partner(&mut ctx.db, network.id, input)?;
    if ctx.json {
        return output::json(&partner);
    }
    let words = text_with(
        "cli-partner-added",
        &[
            ("name", (&partner.name).into()),
            ("country", (&partner.country).into()),
            ("zone", (&partner.time_zone).into()),
            ("network", (&network.name).into()),
            ("role", partner.role.as_str().into()),
            ("id", partner.id.to_string().into()),
        ],
    );
    output::print(&format!("{words}\n"))
}

fn update(ctx: &mut Ctx, args: UpdateArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let before = find_partner(&ctx.db, &network, &args.partner)?;
    let mut input = PartnerInput::from(&before);
    if let Some(name) = args.name {
        input.name = name;
    }
    if let Some(c) = args.country {
        let zone_was_default = country::by_code(&before.country).is_some_and(|c| c.default_zone == before.time_zone);
        if zone_was_default {
            input.time_zone = String::new();
        }
        if country::lookup(&c).is_some_and(|new| new.code != before.country) {
            input.region = String::new();
        }
        input.country = c;
    }
    apply(&mut input, args.options)?;
    let partner = update_partner(&mut ctx.db, before.id, input)?;
    if ctx.json {
        return output::json(&partner);
    }
    let words = text_with(
        "cli-partner-updated",
        &[
            ("name", (&partner.name).into()),
            ("country", (&partner.country).into()),
            ("zone", (&partner.time_zone).into()),
            ("network", (&network.name).into()),
        ],
    );
    output::print(&format!("{words}\n"))
}

#[derive(Serialize)]
struct Deleted {
    deleted: String,
    id: i64,
    also_affected: Vec<String>,
}

fn delete(ctx: &mut Ctx, network: &str, key: &str, cascade: bool) -> Result<()> {
    let network = find_network(&ctx.db, network)?;
    let partner = find_partner(&ctx.db, &network, key)?;
    let removed = delete_partner(&mut ctx.db, partner.id, cascade)?;
    if ctx.json {
        return output::json(&Deleted { deleted: partner.name, id: partner.id, also_affected: removed.items });
    }
    let args = [("name", (&partner.name).into()), ("network", (&network.name).into())];
    let words = if removed.is_empty() {
        text_with("cli-partner-deleted", &args)
    } else {
        let mut args = args.to_vec();
        args.push(("also", removed.items.join(", ").into()));
        text_with("cli-partner-deleted-with", &args)
    };
    output::print(&format!("{words}\n"))
}
