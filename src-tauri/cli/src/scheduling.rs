//! `convene slots NETWORK` (when could the partners meet?) and `convene rotation NETWORK`
//! (who has hosted, who should host next), over the core's [`convene_core::scheduling`].
//!
//! `slots` ranks candidate starts every 30 minutes for `--duration`, or with `--days N`
//! lists runs of N whole days on which no partner has a holiday. `--from` and `--to` are
//! days on the clock of `--tz` (UTC by default), which is also the clock of each slot's
//! heading; every partner's own local time and offset are listed under it.

use clap::Args;
use convene_core::network::find_network;
use convene_core::scheduling::free_days::find_free_days;
use convene_core::scheduling::rotation::network_rotation;
use convene_core::scheduling::slots::{find_slots, parse_duration, SLOT_LIMIT_DEFAULT};
use convene_core::scheduling::{DayFinding, DayRequest, Rotation, SlotFinding, SlotRequest, WorkingHours};
use convene_core::validate::parse_date;
use convene_core::Result;

use crate::language::{text, text_with};
use crate::networks::relabel;
use crate::output::{self, clock_span, table};
use crate::partners::find_partner;
use crate::{usage_error, Ctx};

#[derive(Debug, Args)]
pub struct SlotsArgs {
    /// The network's short name or name
    pub network: String,
    /// First day to search, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// Last day to search, YYYY-MM-DD (a meeting must end by its midnight)
    #[arg(long, value_name = "DATE")]
    pub to: String,
    /// How long the meeting lasts: 2h, 90m, 1h30
    #[arg(long, value_name = "LENGTH", conflicts_with = "days")]
    pub duration: Option<String>,
    /// Whole days instead: N consecutive days on which no partner has a holiday
    #[arg(long, value_name = "N")]
    pub days: Option<u32>,
    /// Working hours on every partner's clock [default: 09:00-17:00]
    #[arg(long, value_name = "HH:MM-HH:MM", conflicts_with = "days")]
    pub hours: Option<String>,
    /// Only this partner's clock counts (repeat for several) [default: every partner]
    #[arg(long = "partner", value_name = "CITY")]
    pub partners: Vec<String>,
    /// Leave out times that fall on a Saturday or Sunday for any partner
    #[arg(long)]
    pub exclude_weekends: bool,
    /// How many slots to list, best first
    #[arg(long, value_name = "N", default_value_t = SLOT_LIMIT_DEFAULT, conflicts_with = "days")]
    pub limit: u32,
    /// The clock of --from, --to and each slot's heading [default: UTC]
    #[arg(long, value_name = "ZONE", conflicts_with = "days")]
    pub tz: Option<String>,
}

pub fn slots(ctx: &Ctx, args: SlotsArgs) -> Result<()> {
    if args.duration.is_none() && args.days.is_none() {
        usage_error(&["slots"], text("cli-slots-how-long"));
    }
    let network = find_network(&ctx.db, &args.network)?;
    let from = parse_date("from", &args.from)?;
    let to = parse_date("to", &args.to)?;
    let partner_ids = args
        .partners
        .iter()
        .map(|name| find_partner(&ctx.db, &network, name).map(|p| p.id).map_err(|e| relabel(e, "partner")))
        .collect::<Result<Vec<_>>>()?;
    if let Some(days) = args.days {
        let request = DayRequest { from, to, days, partner_ids, exclude_weekends: args.exclude_weekends };
        let found = find_free_days(&ctx.db, network.id, &request)?;
        if ctx.json {
            return output::json(&found);
        }
        return output::print(&describe_days(&network.name, &request, &found));
    }
    let mut request = SlotRequest::new(from, to, parse_duration(args.duration.as_deref().unwrap_or_default())?);
    if let Some(hours) = &args.hours {
        request.hours = WorkingHours::parse(hours)?;
    }
    request.partner_ids = partner_ids;
    request.exclude_weekends = args.exclude_weekends;
    request.limit = args.limit;
    request.time_zone = args.tz.unwrap_or_default();
    let found = find_slots(&ctx.db, network.id, &request)?;
    if ctx.json {
        return output::json(&found);
    }
    output::print(&describe_slots(&network.name, &request, &found))
}

/// A meeting's length as it describes a meeting: "2-hour", "30-minute", "1h30".
fn length(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => text_with("cli-length-minutes", &[("minutes", m.into())]),
        (h, 0) => text_with("cli-length-hours", &[("hours", h.into())]),
        (h, m) => text_with("cli-length-hours-minutes", &[("hours", h.into()), ("minutes", format!("{m:02}").into())]),
    }
}

fn describe_slots(network: &str, request: &SlotRequest, found: &SlotFinding) -> String {
    let heading = text_with(
        "cli-slots-heading",
        &[
            ("network", network.into()),
            ("count", found.candidates.into()),
            ("length", length(found.duration_minutes).into()),
            ("from", request.from.to_string().into()),
            ("to", request.to.to_string().into()),
            ("zone", (&found.time_zone).into()),
            ("hours", found.hours.text().into()),
        ],
    );
    let mut out = format!("{heading}\n");
    let suit = match found.suit_everyone {
        0 => text("cli-slots-none-suit-all"),
        n => text_with("cli-slots-suit-all", &[("count", n.into())]),
    };
    out.push_str(&format!("{suit}\n"));
    if found.slots.is_empty() {
        out.push_str(&format!("{}\n", text("cli-slots-nothing-fits")));
        return out;
    }
    for (rank, slot) in found.slots.iter().enumerate() {
        let verdict = if slot.worst_burden == 0 {
            text("cli-slot-suits-everyone")
        } else {
            let troubled = slot.partners.iter().filter(|p| p.burden > 0).count();
            text_with(
                "cli-slot-awkward",
                &[
                    ("troubled", troubled.into()),
                    ("count", slot.partners.len().into()),
                    ("worst", slot.worst_burden.to_string().into()),
                    ("total", slot.total_burden.to_string().into()),
                ],
            )
        };
        out.push_str(&format!(
            "\n{}. {} {}  {verdict}\n",
            rank + 1,
            clock_span(slot.start_local, slot.end_local),
            found.time_zone
        ));
        let rows: Vec<Vec<String>> = slot
            .partners
            .iter()
            .map(|p| {
                vec![
                    format!("   {}", p.partner_name),
                    clock_span(p.start_local, p.end_local),
                    format!("UTC{}", p.utc_offset),
                    p.problems.iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join("; "),
                ]
            })
            .collect();
        let headers = [
            format!("   {}", text("cli-column-partner")),
            text("cli-column-local-time"),
            text("cli-column-offset"),
            text("cli-column-problems"),
        ];
        out.push_str(&table(&headers.each_ref().map(String::as_str), &rows));
    }
    out
}

fn describe_days(network: &str, request: &DayRequest, found: &DayFinding) -> String {
    let heading = text_with(
        "cli-days-heading",
        &[
            ("network", network.into()),
            ("count", found.windows.len().into()),
            ("days", request.days.into()),
            ("from", request.from.to_string().into()),
            ("to", request.to.to_string().into()),
            ("weekends", if request.exclude_weekends { "left-out" } else { "counted" }.into()),
        ],
    );
    let mut out = format!("{heading}\n");
    for w in &found.windows {
        let span = if w.first == w.last {
            w.first.to_string()
        } else {
            text_with("cli-date-span", &[("first", w.first.to_string().into()), ("last", w.last.to_string().into())])
        };
        if w.other_meetings.is_empty() {
            out.push_str(&format!("  {span}\n"));
        } else {
            let also = text_with("cli-days-also", &[("meetings", w.other_meetings.join(", ").into())]);
            out.push_str(&format!("  {span}  {also}\n"));
        }
    }
    if !found.blocked.is_empty() {
        out.push_str(&format!("{}\n", text("cli-days-left-out")));
        for b in &found.blocked {
            out.push_str(&format!("  {}  {}\n", b.date, b.reasons.join("; ")));
        }
    }
    out
}

#[derive(Debug, Args)]
pub struct RotationArgs {
    /// The network's short name or name
    pub network: String,
}

pub fn rotation(ctx: &Ctx, args: RotationArgs) -> Result<()> {
    let network = find_network(&ctx.db, &args.network)?;
    let r = network_rotation(&ctx.db, network.id)?;
    if ctx.json {
        return output::json(&r);
    }
    output::print(&describe_rotation(&r))
}

fn describe_rotation(r: &Rotation) -> String {
    let heading = text_with(
        "cli-rotation-heading",
        &[("network", (&r.network_name).into()), ("count", r.meetings_counted.into())],
    );
    let mut out = format!("{heading}\n");
    if r.hosts.is_empty() {
        out.push_str(&format!("{}\n", text("cli-rotation-no-partners")));
        return out;
    }
    let rows: Vec<Vec<String>> = r
        .hosts
        .iter()
        .map(|h| {
            vec![
                h.partner_name.clone(),
                h.hosted.to_string(),
                h.held.to_string(),
                h.planned.to_string(),
                output::opt(h.last_hosted),
            ]
        })
        .collect();
    let headers = [
        text("cli-column-partner"),
        format!("#{}", text("cli-column-hosted")),
        format!("#{}", text("cli-column-held")),
        format!("#{}", text("cli-column-planned")),
        text("cli-column-last-hosted"),
    ];
    out.push_str(&table(&headers.each_ref().map(String::as_str), &rows));
    if r.without_host > 0 {
        out.push_str(&format!("{}\n", text_with("cli-rotation-without-host", &[("count", r.without_host.into())])));
    }
    if !r.not_hosted.is_empty() {
        let words = text_with("cli-rotation-not-hosted", &[("partners", r.not_hosted.join(", ").into())]);
        out.push_str(&format!("{words}\n"));
    }
    let next: Vec<&str> = r.suggested.iter().map(|h| h.partner_name.as_str()).collect();
    out.push_str(&format!("{}\n", text_with("cli-rotation-next", &[("partners", next.join(", ").into())])));
    out
}
