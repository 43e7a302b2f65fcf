//! Host rotation: how many in-person meetings each partner has hosted or will host, who has
//! not hosted yet, and who should host next.
//!
//! Counted: the network's meetings in person or hybrid (somebody travels to a host city)
//! that are held or still planned (tentative, confirmed or postponed); cancelled meetings
//! and online ones are not. The suggestion is fair in a plain way: fewest hosted first,
//! then the one who hosted longest ago (never is longest ago), then by name.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::meeting::{list_meetings, DateRange, MeetingMode, MeetingStatus, MeetingSummary};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::schedule_text::schedule_days;
use crate::store::Db;

/// How many next hosts are suggested.
pub const SUGGESTED_HOSTS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HostCount {
    pub partner_id: i64,
    pub partner_name: String,
    /// Held and planned together.
    pub hosted: u32,
    pub held: u32,
    pub planned: u32,
    /// The first day of the latest meeting it hosts or hosted (planned ones included).
    pub last_hosted: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Rotation {
    pub network_id: i64,
    pub network_name: String,
    /// Every partner, in name order.
    pub hosts: Vec<HostCount>,
    /// Partners that have hosted nothing, in name order.
    pub not_hosted: Vec<String>,
    /// Up to three next hosts, the fairest first.
    pub suggested: Vec<HostCount>,
    /// In-person meetings counted.
    pub meetings_counted: u32,
    /// In-person meetings held or planned without a host city yet.
    pub without_host: u32,
}

/// One meeting in person that counts for rotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hosting {
    pub host: Option<i64>,
    pub first_day: Option<NaiveDate>,
    pub held: bool,
}

/// Whether a meeting counts for rotation (and travel): in person or hybrid, not cancelled.
pub(crate) fn travelled(m: &MeetingSummary) -> bool {
    m.mode != MeetingMode::Online && m.status != MeetingStatus::Cancelled
}

/// The rotation of `network_id`.
pub fn network_rotation(db: &Db, network_id: i64) -> Result<Rotation> {
    let network = get_network(db, network_id)?;
    let partners: Vec<(i64, String)> = list_partners(db, network_id)?.into_iter().map(|p| (p.id, p.name)).collect();
    let hostings: Vec<Hosting> = list_meetings(db, network_id, DateRange::default())?
        .iter()
        .filter(|m| travelled(m))
        .map(|m| Hosting {
            host: m.host_partner_id,
            first_day: schedule_days(&m.schedule, None).map(|(first, _)| first),
            held: m.status == MeetingStatus::Held,
        })
        .collect();
    let mut rotation = rotation_of(&partners, &hostings);
    rotation.network_id = network.id;
    rotation.network_name = network.name;
    Ok(rotation)
}

/// The pure count over `partners` (id, name, in name order) and their hostings.
pub fn rotation_of(partners: &[(i64, String)], hostings: &[Hosting]) -> Rotation {
    let hosts: Vec<HostCount> = partners
        .iter()
        .map(|(id, name)| {
            let mine: Vec<&Hosting> = hostings.iter().filter(|h| h.host == Some(*id)).collect();
            let held = mine.iter().filter(|h| h.held).count() as u32;
            HostCount {
                partner_id: *id,
                partner_name: name.clone(),
                hosted: mine.len() as u32,
                held,
                planned: mine.len() as u32 - held,
                last_hosted: mine.iter().filter_map(|h| h.first_day).max(),
            }
        })
        .collect();
    let not_hosted = hosts.iter().filter(|h| h.hosted == 0).map(|h| h.partner_name.clone()).collect();
    let mut suggested = hosts.clone();
    suggested.sort_by_key(|h| (h.hosted, h.last_hosted));
    suggested.truncate(SUGGESTED_HOSTS);
    Rotation {
        network_id: 0,
        network_name: String::new(),
        hosts,
        not_hosted,
        suggested,
        meetings_counted: hostings.len() as u32,
        without_host: hostings.iter().filter(|h| h.host.is_none()).count() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn fewest_hosted_first_then_longest_ago_never_first() {
        let partners: Vec<(i64, String)> = [(1, "Fundão"), (2, "Jelgava"), (3, "Nevers"), (4, "Oulu")]
            .iter()
            .map(|(i, n)| (*i, n.to_string()))
            .collect();
        let h = |host, d, held| Hosting { host, first_day: day(d), held };
        let hostings = [
            h(Some(2), "2026-05-01", true),
            h(Some(3), "2026-10-01", true),
            h(Some(2), "2027-04-01", false),
            h(Some(1), "2026-01-15", true),
            h(None, "2027-09-01", false),
        ];
        let r = rotation_of(&partners, &hostings);
        assert_eq!(r.not_hosted, ["Oulu"]);
        let jelgava = &r.hosts[1];
        assert_eq!((jelgava.hosted, jelgava.held, jelgava.planned), (2, 1, 1));
        assert_eq!(jelgava.last_hosted, day("2027-04-01"), "planned meetings count as the latest");
        let next: Vec<&str> = r.suggested.iter().map(|h| h.partner_name.as_str()).collect();
        assert_eq!(next, ["Oulu", "Fundão", "Nevers"], "never hosted, then hosted once longest ago");
        assert_eq!((r.meetings_counted, r.without_host), (5, 1));
    }
}
