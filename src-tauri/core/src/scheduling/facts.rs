//! What the scheduling engines read from the database, once per question: a network's
//! partners with their zones, its meetings that take time (timed or all-day, not
//! cancelled) and the partners' days off in the range asked about.
//!
//! Invariant: a partner whose saved zone cannot be read is refused with an error naming it
//! (a partner's zone is checked when saved, so this means a damaged file), never placed on
//! UTC by guess.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use chrono_tz::Tz;

use super::burden::{Busy, BusySpan, DaysOff};
use super::slots::PartnerClock;
use super::DayOff;
use crate::error::{Error, Result};
use crate::holiday::partner_days_off;
use crate::i18n::Message;
use crate::meeting::{list_meetings, DateRange, MeetingStatus, Schedule};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::store::Db;

/// A network's partners, busy times and days off, as the engines take them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkFacts {
    pub network_name: String,
    /// In name order.
    pub partners: Vec<PartnerClock>,
    pub busy: Vec<Busy>,
    pub days_off: Vec<DayOff>,
}

impl NetworkFacts {
    /// The days off of one partner, by date.
    pub fn days_off_of(&self, partner_id: i64) -> DaysOff<'_> {
        let mut map: HashMap<NaiveDate, &str> = HashMap::new();
        for d in self.days_off.iter().filter(|d| d.partner_id == partner_id) {
            map.entry(d.date).or_insert(d.name.as_str());
        }
        map
    }

    /// The same facts for the partners `ids` only (all of them when `ids` is empty); an id
    /// that is not a partner of the network is refused, naming `field`.
    pub fn only(mut self, ids: &[i64], field: &str) -> Result<NetworkFacts> {
        if self.partners.is_empty() {
            return Err(Error::not_found(
                Message::new("error-no-partners-to-schedule").arg("network", &self.network_name),
            ));
        }
        if ids.is_empty() {
            return Ok(self);
        }
        if let Some(stray) = ids.iter().find(|id| !self.partners.iter().any(|p| p.id == **id)) {
            let message =
                Message::new("error-not-a-partner-of").arg("id", stray.to_string()).arg("network", &self.network_name);
            return Err(Error::invalid(field, message));
        }
        self.partners.retain(|p| ids.contains(&p.id));
        self.days_off.retain(|d| ids.contains(&d.partner_id));
        Ok(self)
    }
}

/// Reads the facts of `network_id` about the days `from..=to` (a day more on each side,
/// for the partners whose clocks are a day ahead or behind).
pub fn read(db: &Db, network_id: i64, from: NaiveDate, to: NaiveDate) -> Result<NetworkFacts> {
    let network = get_network(db, network_id)?;
    let partners = list_partners(db, network_id)?
        .into_iter()
        .map(|p| {
            let zone: Tz = p.time_zone.parse().map_err(|_| {
                let message =
                    Message::new("error-partner-zone-unknown").arg("partner", &p.name).arg("zone", &p.time_zone);
                Error::invalid("time_zone", message)
            })?;
            Ok(PartnerClock { id: p.id, name: p.name, zone })
        })
        .collect::<Result<Vec<_>>>()?;
    let (wide_from, wide_to) = (from - Duration::days(1), to + Duration::days(1));
    let range = DateRange { from: Some(wide_from - Duration::days(1)), to: Some(wide_to) };
    let busy = list_meetings(db, network_id, range)?
        .into_iter()
        .filter(|m| m.status != MeetingStatus::Cancelled)
        .filter_map(|m| {
            let span = match m.schedule {
                Schedule::Timed { start, end, .. } => {
                    BusySpan::Instants { start: start.timestamp(), end: end.timestamp() }
                }
                Schedule::AllDay { first, last } => BusySpan::Days { first, last },
                Schedule::Undated { .. } => return None,
            };
            Some(Busy { meeting_id: m.id, title: m.title, span })
        })
        .collect();
    let days_off = days_off(db, network_id, wide_from, wide_to)?;
    Ok(NetworkFacts { network_name: network.name, partners, busy, days_off })
}

/// The partners' public holidays and own days off in `from..=to`.
pub fn days_off(db: &Db, network_id: i64, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayOff>> {
    Ok(partner_days_off(db, network_id, from, to)?
        .into_iter()
        .map(|d| DayOff { partner_id: d.partner_id, date: d.date, name: d.name })
        .collect())
}
