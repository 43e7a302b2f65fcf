//! The slot finder: when could a network meet for a given length of time?
//!
//! Candidates start every 30 minutes from the first minute of `from` to the last start that
//! still ends within `to` (days on the clock of the request's zone, UTC when none is given).
//! At each candidate every partner's wall clock is read through its own zone and assessed
//! ([`super::burden`]); the candidates are ranked by the worst burden any partner carries,
//! then by the total over all partners, then by the earliest start. With
//! `exclude_weekends`, a candidate that falls on a Saturday or Sunday for any partner is
//! not offered at all.
//!
//! The burdens of every candidate are computed without words; only the `limit` best are
//! described (each partner's local start and end, offset and problems), which keeps 12
//! partners over 90 days (4,320 candidates) within a few milliseconds (docs/performance.md).

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::burden::{assess, Assessment, Busy, BusySpan, SlotProblem, WorkingHours};
use super::facts::{self, NetworkFacts};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::store::Db;
use crate::validate;

/// Minutes between two candidate starts.
pub const SLOT_STEP_MINUTES: i64 = 30;
/// The longest range searched, in days.
pub const SLOT_RANGE_MAX_DAYS: i64 = 366;
/// How many slots are listed when the request does not say.
pub const SLOT_LIMIT_DEFAULT: u32 = 10;
/// The most slots one request lists.
pub const SLOT_LIMIT_MAX: u32 = 500;
/// The shortest and longest meetings the finder places (15 minutes to 24 hours).
pub const DURATION_MIN_MINUTES: i64 = 15;
pub const DURATION_MAX_MINUTES: i64 = 24 * 60;

/// What the person asks: a length of time within a range of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlotRequest {
    /// First day of the range, on the clock of `time_zone`.
    pub from: NaiveDate,
    /// Last day of the range (inclusive); a meeting must end by its midnight.
    pub to: NaiveDate,
    pub duration_minutes: i64,
    #[serde(default)]
    pub hours: WorkingHours,
    /// The partners whose clocks count; empty for all of the network's.
    #[serde(default)]
    pub partner_ids: Vec<i64>,
    #[serde(default)]
    pub exclude_weekends: bool,
    /// How many slots to list, best first.
    pub limit: u32,
    /// The clock the range and each slot's `start_local` are read on; empty for UTC.
    #[serde(default)]
    pub time_zone: String,
}

impl SlotRequest {
    /// A request for `duration_minutes` within `from..=to`, with the defaults: working
    /// hours 09:00-17:00, every partner, weekends ranked (not left out), 10 slots, UTC.
    pub fn new(from: NaiveDate, to: NaiveDate, duration_minutes: i64) -> Self {
        SlotRequest {
            from,
            to,
            duration_minutes,
            hours: WorkingHours::default(),
            partner_ids: Vec::new(),
            exclude_weekends: false,
            limit: SLOT_LIMIT_DEFAULT,
            time_zone: String::new(),
        }
    }
}

/// A meeting length as people write it: "2h", "90m", "1h30", "1h30m" or "1:30" (the field
/// `duration`), in minutes.
pub fn parse_duration(text: &str) -> Result<i64> {
    let t = text.trim().to_ascii_lowercase().replace(' ', "");
    let bad = || Error::invalid("duration", Message::new("error-not-a-duration").arg("text", text));
    let number = |s: &str| -> Result<i64> {
        if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) || s.len() > 5 {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let minutes = if let Some((h, m)) = t.split_once(':') {
        number(h)? * 60 + number(m)?
    } else if let Some((h, rest)) = t.split_once('h') {
        let m = rest.strip_suffix('m').unwrap_or(rest);
        number(h)? * 60 + if m.is_empty() { 0 } else { number(m)? }
    } else if let Some(m) = t.strip_suffix("min").or_else(|| t.strip_suffix('m')) {
        number(m)?
    } else {
        return Err(bad());
    };
    Ok(minutes)
}

/// A partner's view of a slot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerSlot {
    pub partner_id: i64,
    pub partner_name: String,
    pub time_zone: String,
    pub start_local: NaiveDateTime,
    pub end_local: NaiveDateTime,
    /// Offset from UTC at the start there, such as "+03:00".
    pub utc_offset: String,
    pub burden: u32,
    /// What is wrong there, worst first; empty when the time suits the partner.
    pub problems: Vec<SlotProblem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Slot {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Start and end on the clock of the request's zone.
    pub start_local: NaiveDateTime,
    pub end_local: NaiveDateTime,
    /// The largest burden one partner carries (0: the time suits everybody).
    pub worst_burden: u32,
    pub total_burden: u32,
    /// Every partner considered, in name order.
    pub partners: Vec<PartnerSlot>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SlotFinding {
    /// The zone of `start_local` in each slot.
    pub time_zone: String,
    pub hours: WorkingHours,
    pub duration_minutes: i64,
    /// How many starts were weighed.
    pub candidates: u32,
    /// How many of them suit every partner.
    pub suit_everyone: u32,
    /// The best `limit`, best first.
    pub slots: Vec<Slot>,
}

/// A partner's clock, as the finder reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerClock {
    pub id: i64,
    pub name: String,
    pub zone: Tz,
}

/// The ranked slots of `network_id` for `request`; see the module docs.
pub fn find_slots(db: &Db, network_id: i64, request: &SlotRequest) -> Result<SlotFinding> {
    let zone = checked(request)?;
    let facts = facts::read(db, network_id, request.from, request.to)?;
    let facts = facts.only(&request.partner_ids, "partner_ids")?;
    rank_slots(&facts, request, zone)
}

/// The request's zone, once its values are checked.
pub(super) fn checked(request: &SlotRequest) -> Result<Tz> {
    if request.to < request.from {
        let message = Message::new("error-last-day-before-first")
            .arg("last", request.to.to_string())
            .arg("first", request.from.to_string());
        return Err(Error::invalid("to", message));
    }
    validate::date("from", request.from)?;
    validate::date("to", request.to)?;
    let days = (request.to - request.from).num_days() + 1;
    if days > SLOT_RANGE_MAX_DAYS {
        let message = Message::new("error-slot-range-too-long").arg("days", days).arg("max", SLOT_RANGE_MAX_DAYS);
        return Err(Error::invalid("to", message));
    }
    if !(DURATION_MIN_MINUTES..=DURATION_MAX_MINUTES).contains(&request.duration_minutes) {
        let message = Message::new("error-slot-length-out-of-range").arg("minutes", request.duration_minutes);
        return Err(Error::invalid("duration", message));
    }
    if !(1..=SLOT_LIMIT_MAX).contains(&request.limit) {
        return Err(Error::invalid("limit", Message::new("error-slot-limit-out-of-range").arg("max", SLOT_LIMIT_MAX)));
    }
    request.hours.checked()?;
    if request.time_zone.trim().is_empty() {
        Ok(Tz::UTC)
    } else {
        validate::zone("time_zone", &request.time_zone)
    }
}

/// The first instant of `day` on the clock of `zone` (01:00 where midnight is skipped).
fn day_start(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let mut local = day.and_time(chrono::NaiveTime::MIN);
    loop {
        if let Some(t) = zone.from_local_datetime(&local).earliest() {
            return t.with_timezone(&Utc);
        }
        local += Duration::minutes(SLOT_STEP_MINUTES);
    }
}

/// The pure finder over facts read once; `zone` is the request's, checked.
pub fn rank_slots(facts: &NetworkFacts, request: &SlotRequest, zone: Tz) -> Result<SlotFinding> {
    let hours = request.hours;
    let length = Duration::minutes(request.duration_minutes);
    let step = Duration::minutes(SLOT_STEP_MINUTES);
    let first = day_start(request.from, zone);
    let bound = day_start(request.to.succ_opt().unwrap_or(request.to), zone);
    let days_off: Vec<_> = facts.partners.iter().map(|p| facts.days_off_of(p.id)).collect();

    let mut ranked: Vec<(u32, u32, DateTime<Utc>)> = Vec::new();
    let mut candidates = 0u32;
    let mut start = first;
    'candidates: while start + length <= bound {
        let end = start + length;
        let clash = clash_at(&facts.busy, start, end);
        let (mut worst, mut total) = (0, 0);
        for (partner, off) in facts.partners.iter().zip(&days_off) {
            let a = assessment(partner, start, end, &hours, off, clash, &facts.busy);
            if request.exclude_weekends && a.weekend {
                start += step;
                continue 'candidates;
            }
            let b = a.burden();
            worst = worst.max(b);
            total += b;
        }
        candidates += 1;
        ranked.push((worst, total, start));
        start += step;
    }
    let suit_everyone = ranked.iter().filter(|(worst, _, _)| *worst == 0).count() as u32;
    ranked.sort_unstable();
    ranked.truncate(request.limit as usize);

    let slots = ranked
        .into_iter()
        .map(|(worst_burden, total_burden, start)| {
            let end = start + length;
            let clash = clash_at(&facts.busy, start, end);
            let partners = facts
                .partners
                .iter()
                .zip(&days_off)
                .map(|(p, off)| {
                    let a = assessment(p, start, end, &hours, off, clash, &facts.busy);
                    let local = start.with_timezone(&p.zone);
                    PartnerSlot {
                        partner_id: p.id,
                        partner_name: p.name.clone(),
                        time_zone: p.zone.name().to_string(),
                        start_local: local.naive_local(),
                        end_local: end.with_timezone(&p.zone).naive_local(),
                        utc_offset: local.format("%:z").to_string(),
                        burden: a.burden(),
                        problems: a.problems(&hours, crate::i18n::current()),
                    }
                })
                .collect();
            Slot {
                start,
                end,
                start_local: start.with_timezone(&zone).naive_local(),
                end_local: end.with_timezone(&zone).naive_local(),
                worst_burden,
                total_burden,
                partners,
            }
        })
        .collect();
    Ok(SlotFinding {
        time_zone: zone.name().to_string(),
        hours,
        duration_minutes: request.duration_minutes,
        candidates,
        suit_everyone,
        slots,
    })
}

/// A timed meeting of the network that overlaps `start..end`.
fn clash_at(busy: &[Busy], start: DateTime<Utc>, end: DateTime<Utc>) -> Option<&Busy> {
    let (s, e) = (start.timestamp(), end.timestamp());
    busy.iter().find(|b| matches!(b.span, BusySpan::Instants { start, end } if start < e && s < end))
}

fn assessment<'a>(
    partner: &PartnerClock,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    hours: &WorkingHours,
    days_off: &super::burden::DaysOff<'a>,
    clash: Option<&'a Busy>,
    busy: &'a [Busy],
) -> Assessment<'a> {
    let local_start = start.with_timezone(&partner.zone).naive_local();
    let local_end = end.with_timezone(&partner.zone).naive_local();
    let overlap = clash.or_else(|| {
        busy.iter().find(|b| {
            matches!(b.span, BusySpan::Days { first, last }
                if first <= local_end.date() && local_start.date() <= last)
        })
    });
    assess(local_start, local_end, hours, days_off, overlap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_read_as_people_write_them() {
        for (text, minutes) in [("2h", 120), ("90m", 90), ("1h30", 90), ("1h30m", 90), ("1:30", 90), (" 45 min ", 45)] {
            assert_eq!(parse_duration(text).unwrap(), minutes, "{text}");
        }
        for bad in ["", "2", "two hours", "h", "1:xx", "-1h"] {
            assert_eq!(parse_duration(bad).unwrap_err().field(), Some("duration"), "{bad}");
        }
    }
}
