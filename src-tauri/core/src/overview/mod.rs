//! The home screen in one read: the next meetings across all networks, each network's
//! timeline of meetings and milestones, and what needs someone's attention.
//!
//! Invariants:
//! - Everything is read in one call against one connection, so the three parts agree.
//! - A timeline item's dates are the meeting's dates on its own clock (a timed meeting at
//!   00:30 in Riga is on the Riga date, whatever UTC says); milestones last one day.
//! - A network's span is its own start and end dates; a missing one is taken from its
//!   items, so every item falls inside the span.
//! - The home screen stays quick on very large databases (1,000 networks and 100,000
//!   meetings answer in tens of milliseconds with a payload of a few hundred kilobytes,
//!   where drawing everything took 0.6 s and 16 MB): it draws the timelines of at most
//!   [`TIMELINES_MAX`] networks (those with the nearest coming meeting or milestone; then
//!   those most recently active) and says how many it left out; a timeline carries at most
//!   [`TIMELINE_MAX`] items (those nearest to today) and [`UNDATED_MAX`] undated meetings,
//!   and says how many it left out; each kind of attention item is listed at most
//!   [`ATTENTION_MAX`] times, followed by one line counting the rest. The queries walk the
//!   `(network_id, sort_start)` index instead of reading every meeting.
//!
//! [`timeline`] places a network's meetings and milestones, [`attention`] finds what
//! needs someone.

mod attention;
mod timeline;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::meeting::{upcoming_meetings, MeetingStatus, MeetingSummary};
use crate::store::Db;
use crate::time_text::utc_text;

use attention::{import_warnings, tentative_soon, without_host};
use timeline::timeline;

/// How many upcoming meetings the home screen lists.
pub const UPCOMING_MAX: usize = 20;
/// The most networks whose timelines the home screen draws.
pub const TIMELINES_MAX: usize = 20;
/// The most items one network's timeline carries.
pub const TIMELINE_MAX: usize = 100;
/// The most undated meetings one network's timeline carries.
pub const UNDATED_MAX: usize = 20;
/// The most attention items of one kind.
pub const ATTENTION_MAX: usize = 50;
/// Tentative meetings starting within this many days need attention.
pub const TENTATIVE_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Overview {
    /// The next meetings across every network, cancelled ones left out.
    pub upcoming: Vec<MeetingSummary>,
    /// One per network, by network name; at most [`TIMELINES_MAX`], those with the
    /// nearest coming meeting or milestone.
    pub timelines: Vec<NetworkTimeline>,
    /// Networks whose timelines were left out (the Networks screen lists them all).
    pub omitted_timelines: i64,
    pub attention: Vec<AttentionItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkTimeline {
    pub network_id: i64,
    pub network_name: String,
    pub slug: String,
    /// The first day the timeline covers: the network's start, else its first item.
    pub start: Option<NaiveDate>,
    /// The last day the timeline covers: the network's end, else its last item.
    pub end: Option<NaiveDate>,
    /// Dated meetings and milestones in date order.
    pub items: Vec<TimelineItem>,
    /// Meetings without dates yet, shown apart from the timeline.
    pub undated: Vec<MeetingSummary>,
    /// Dated items left out of `items` because the network has more than the home screen
    /// draws (those farthest from today go first).
    pub omitted_items: i64,
    /// Undated meetings left out of `undated`.
    pub omitted_undated: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    Meeting,
    Milestone,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineItem {
    pub kind: TimelineKind,
    /// The meeting's or the milestone's id.
    pub id: i64,
    /// First day, on the meeting's own clock.
    pub date: NaiveDate,
    /// Last day (the same as `date` for a one-day item).
    pub last_date: NaiveDate,
    pub title: String,
    /// The meeting's status; none for milestones.
    pub status: Option<MeetingStatus>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttentionKind {
    /// Lines of imported pages that could not be placed (import notes).
    ImportWarning,
    /// A tentative meeting starting within the next 30 days.
    TentativeSoon,
    /// A meeting in person or hybrid, not yet held, without a host city.
    NoHost,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttentionItem {
    pub kind: AttentionKind,
    /// The network concerned; none for import notes that belong to no network, and for
    /// the line counting items not listed.
    pub network_id: Option<i64>,
    /// The meeting concerned, when the item is about one.
    pub meeting_id: Option<i64>,
    /// What needs doing, in plain words.
    pub message: String,
}

/// Everything the home screen shows, as of `now`.
pub fn home_overview(db: &Db, now: DateTime<Utc>) -> Result<Overview> {
    overview_within(db, now, TIMELINES_MAX, TIMELINE_MAX, UNDATED_MAX)
}

fn overview_within(
    db: &Db,
    now: DateTime<Utc>,
    networks_cap: usize,
    items_cap: usize,
    undated_cap: usize,
) -> Result<Overview> {
    let upcoming = upcoming_meetings(db, now, UPCOMING_MAX)?;
    let (chosen, omitted_timelines) = networks(db, now, networks_cap)?;
    let mut timelines = Vec::new();
    for network in chosen {
        timelines.push(timeline(db, network, now, items_cap, undated_cap)?);
    }
    let mut attention = import_warnings(db)?;
    attention.extend(tentative_soon(db, now)?);
    attention.extend(without_host(db, now)?);
    Ok(Overview { upcoming, timelines, omitted_timelines, attention })
}

struct NetworkRow {
    id: i64,
    name: String,
    slug: String,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

/// The networks whose timelines are drawn, by name, and how many were left out: those
/// with the nearest coming meeting or milestone first, then the most recently active.
fn networks(db: &Db, now: DateTime<Utc>, cap: usize) -> Result<(Vec<NetworkRow>, i64)> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT n.id, n.name, n.slug, n.start_date, n.end_date,
            (SELECT min(sort_start) FROM meetings m WHERE m.network_id = n.id AND m.sort_start >= ?1),
            (SELECT min(date) FROM milestones s WHERE s.network_id = n.id AND s.date >= ?2),
            (SELECT max(sort_start) FROM meetings m WHERE m.network_id = n.id AND m.sort_start < ?1),
            (SELECT max(date) FROM milestones s WHERE s.network_id = n.id AND s.date < ?2)
         FROM networks n",
    )?;
    let mut rows = stmt
        .query_map(params![utc_text(now), now.date_naive()], |r| {
            let day = |i: usize| -> rusqlite::Result<Option<String>> {
                Ok(r.get::<_, Option<String>>(i)?.map(|t| t.chars().take(10).collect()))
            };
            let next = [day(5)?, day(6)?].into_iter().flatten().min();
            let last = [day(7)?, day(8)?].into_iter().flatten().max();
            let row = NetworkRow { id: r.get(0)?, name: r.get(1)?, slug: r.get(2)?, start: r.get(3)?, end: r.get(4)? };
            Ok((row, next, last))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Coming soonest first; then without anything coming, the most recent first; then the rest.
    rows.sort_by(|(a, a_next, a_last), (b, b_next, b_last)| {
        let coming = |n: &Option<String>| (n.is_none(), n.clone());
        coming(a_next)
            .cmp(&coming(b_next))
            .then_with(|| b_last.cmp(a_last))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then(a.id.cmp(&b.id))
    });
    let omitted = rows.len().saturating_sub(cap) as i64;
    let mut chosen: Vec<NetworkRow> = rows.into_iter().take(cap).map(|(row, _, _)| row).collect();
    chosen.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
    Ok((chosen, omitted))
}

#[cfg(test)]
mod tests;
