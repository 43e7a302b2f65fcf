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
use convene_core::wording::count_of;
use convene_core::Result;

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
        usage_error(&["slots"], "say how long the meeting lasts: --duration 2h, or --days N for whole days");
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

fn length(minutes: i64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}-minute"),
        (h, 0) => format!("{h}-hour"),
        (h, m) => format!("{h}h{m:02}"),
    }
}

fn describe_slots(network: &str, request: &SlotRequest, found: &SlotFinding) -> String {
    let mut text = format!(
        "{network}: {} for a {} meeting from {} to {} ({}; working hours {} on each partner's clock).\n",
        count_of(found.candidates as usize, "start", "starts"),
        length(found.duration_minutes),
        request.from,
        request.to,
        found.time_zone,
        found.hours.text(),
    );
    text.push_str(&match found.suit_everyone {
        0 => "None suits every partner; the least awkward come first.\n".to_string(),
        n => format!("{} every partner.\n", count_of(n as usize, "suits", "suit")),
    });
    if found.slots.is_empty() {
        text.push_str("No time fits in that range; widen it or shorten the meeting.\n");
        return text;
    }
    for (rank, slot) in found.slots.iter().enumerate() {
        let verdict = if slot.worst_burden == 0 {
            "suits everyone".to_string()
        } else {
            let troubled = slot.partners.iter().filter(|p| p.burden > 0).count();
            format!(
                "awkward for {} of {} (burden: worst {}, total {})",
                troubled,
                slot.partners.len(),
                slot.worst_burden,
                slot.total_burden
            )
        };
        text.push_str(&format!(
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
        text.push_str(&table(&["   PARTNER", "LOCAL TIME", "OFFSET", "PROBLEMS"], &rows));
    }
    text
}

fn describe_days(network: &str, request: &DayRequest, found: &DayFinding) -> String {
    let days = count_of(request.days as usize, "day", "days");
    let mut text = format!(
        "{network}: {} of {days} from {} to {} on which no partner has a holiday{}.\n",
        count_of(found.windows.len(), "choice", "choices"),
        request.from,
        request.to,
        if request.exclude_weekends { " (weekends left out)" } else { "" }
    );
    for w in &found.windows {
        let span = if w.first == w.last { w.first.to_string() } else { format!("{} to {}", w.first, w.last) };
        if w.other_meetings.is_empty() {
            text.push_str(&format!("  {span}\n"));
        } else {
            text.push_str(&format!("  {span}  (also: {})\n", w.other_meetings.join(", ")));
        }
    }
    if !found.blocked.is_empty() {
        text.push_str("Days left out:\n");
        for b in &found.blocked {
            text.push_str(&format!("  {}  {}\n", b.date, b.reasons.join("; ")));
        }
    }
    text
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
    let mut text = format!(
        "{}: {} in person, held or planned.\n",
        r.network_name,
        count_of(r.meetings_counted as usize, "meeting", "meetings")
    );
    if r.hosts.is_empty() {
        text.push_str("It has no partners yet.\n");
        return text;
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
    text.push_str(&table(&["PARTNER", "#HOSTED", "#HELD", "#PLANNED", "LAST HOSTED"], &rows));
    if r.without_host > 0 {
        text.push_str(&format!(
            "{} no host city yet.\n",
            count_of(r.without_host as usize, "meeting has", "meetings have")
        ));
    }
    if !r.not_hosted.is_empty() {
        text.push_str(&format!("Not hosted yet: {}.\n", r.not_hosted.join(", ")));
    }
    let next: Vec<&str> = r.suggested.iter().map(|h| h.partner_name.as_str()).collect();
    text.push_str(&format!("Next hosts, fairest first: {}.\n", next.join(", ")));
    text
}
