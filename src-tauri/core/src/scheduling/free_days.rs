//! Whole days for all-day and multi-day meetings in person: runs of `days` consecutive days
//! on which no partner has a public holiday or day off (and, when weekends are left out,
//! no Saturday or Sunday).
//!
//! Dates are calendar dates, the same on every clock (an all-day meeting is stored as
//! dates), so no zone is involved. Each blocked day is listed with why (which partner's
//! which holiday), so a coordinator sees what moving a day would cost.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::burden::BusySpan;
use super::facts::{self, NetworkFacts};
use super::slots::SLOT_RANGE_MAX_DAYS;
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::store::Db;
use crate::validate;

/// The longest run of days asked for.
pub const DAYS_MAX: u32 = 14;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DayRequest {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// How many consecutive days the meeting lasts.
    pub days: u32,
    #[serde(default)]
    pub partner_ids: Vec<i64>,
    #[serde(default)]
    pub exclude_weekends: bool,
}

/// Consecutive free days, first to last inclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DayWindow {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Other meetings of the network on any of these days, by title.
    pub other_meetings: Vec<String>,
}

/// A day that no window may include, and why ("Riga: Restoration of Independence Day").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct BlockedDay {
    pub date: NaiveDate,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DayFinding {
    pub days: u32,
    /// Every window in the range, earliest first.
    pub windows: Vec<DayWindow>,
    pub blocked: Vec<BlockedDay>,
}

/// The free windows of `network_id` for `request`; see the module docs.
pub fn find_free_days(db: &Db, network_id: i64, request: &DayRequest) -> Result<DayFinding> {
    check(request)?;
    let facts = facts::read(db, network_id, request.from, request.to)?.only(&request.partner_ids, "partner_ids")?;
    Ok(free_days(&facts, request))
}

fn check(request: &DayRequest) -> Result<()> {
    validate::date("from", request.from)?;
    validate::date("to", request.to)?;
    if request.to < request.from {
        let message = Message::new("error-last-day-before-first")
            .arg("last", request.to.to_string())
            .arg("first", request.from.to_string());
        return Err(Error::invalid("to", message));
    }
    if (request.to - request.from).num_days() + 1 > SLOT_RANGE_MAX_DAYS {
        return Err(Error::invalid("to", Message::new("error-range-too-long").arg("max", SLOT_RANGE_MAX_DAYS)));
    }
    if !(1..=DAYS_MAX).contains(&request.days) {
        let message = Message::new("error-days-out-of-range").arg("days", request.days).arg("max", DAYS_MAX);
        return Err(Error::invalid("days", message));
    }
    Ok(())
}

/// The pure search over facts read once.
pub fn free_days(facts: &NetworkFacts, request: &DayRequest) -> DayFinding {
    let mut blocked = Vec::new();
    let mut free = Vec::new();
    let mut day = request.from;
    while day <= request.to {
        let mut reasons = Vec::new();
        if request.exclude_weekends && matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            reasons.push("weekend".to_string());
        }
        for p in &facts.partners {
            for off in facts.days_off.iter().filter(|d| d.partner_id == p.id && d.date == day) {
                reasons.push(format!("{}: {}", p.name, off.name));
            }
        }
        free.push(reasons.is_empty());
        if !reasons.is_empty() {
            blocked.push(BlockedDay { date: day, reasons });
        }
        day += Duration::days(1);
    }
    let n = request.days as usize;
    let windows = (0..free.len().saturating_sub(n - 1))
        .filter(|&i| free[i..i + n].iter().all(|f| *f))
        .map(|i| {
            let first = request.from + Duration::days(i as i64);
            let last = first + Duration::days(n as i64 - 1);
            let other_meetings = facts
                .busy
                .iter()
                .filter(|b| match b.span {
                    BusySpan::Days { first: f, last: l } => f <= last && first <= l,
                    BusySpan::Instants { start, end } => {
                        let day_of = |t: i64| chrono::DateTime::from_timestamp(t, 0).map(|t| t.date_naive());
                        matches!((day_of(start), day_of(end - 1)), (Some(s), Some(e)) if s <= last && first <= e)
                    }
                })
                .map(|b| b.title.clone())
                .collect();
            DayWindow { first, last, other_meetings }
        })
        .collect();
    DayFinding { days: request.days, windows, blocked }
}
