//! Travel sanity: what is unwise about where and when a network meets in person.
//!
//! Three rules, over the network's meetings in person or hybrid that are not cancelled and
//! have a date (undated ones have nothing to compare yet):
//! - the same host twice in a row (meetings with a host, in date order): let another
//!   partner host;
//! - two meetings in different host cities that overlap, or where the second starts fewer
//!   than [`TRAVEL_GAP_DAYS`] days after the first ends: every partner travels to both;
//! - a meeting on one of its host's public holidays or own days off.
//!
//! A warning about two meetings is attached to the later one and names the other, so a
//! meeting's page lists the warnings that involve it either way
//! ([`MeetingWarning::involves`]). Dates are each meeting's dates on its own clock; two
//! timed meetings overlap when their instants do, any other pair when their days do.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::facts;
use super::rotation::travelled;
use super::DayOff;
use crate::error::Result;
use crate::meeting::{
    get_meeting, list_meetings, schedule_instants, DateRange, MeetingInput, MeetingStatus, MeetingSummary, Schedule,
};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::schedule_text::{schedule_parts, DateStyle};
use crate::store::Db;
use crate::time_text::date_text;

/// Two in-person meetings in different cities closer than this many days are flagged.
pub const TRAVEL_GAP_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    SameHostTwice,
    TooClose,
    Overlapping,
    HostHoliday,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingWarning {
    pub kind: WarningKind,
    /// The meeting the warning is about (the later one of a pair).
    pub meeting_id: i64,
    /// The earlier meeting of a pair.
    pub other_meeting_id: Option<i64>,
    /// What is wrong and what to do, in plain words.
    pub message: String,
}

impl MeetingWarning {
    /// Whether the warning is about `meeting_id`, as the later or the earlier meeting.
    pub fn involves(&self, meeting_id: i64) -> bool {
        self.meeting_id == meeting_id || self.other_meeting_id == Some(meeting_id)
    }
}

/// A dated meeting in person, as the rules read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub id: i64,
    pub title: String,
    /// The host partner's id and name.
    pub host: Option<(i64, String)>,
    /// Start and end instants (seconds) of a timed meeting; none for whole days.
    pub instants: Option<(i64, i64)>,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

impl Placed {
    fn from_summary(m: &MeetingSummary) -> Option<Placed> {
        if !travelled(m) {
            return None;
        }
        placed(m.id, &m.title, m.host_partner_id.zip(m.host_name.clone()), &m.schedule)
    }

    fn overlaps(&self, other: &Placed) -> bool {
        match (self.instants, other.instants) {
            (Some((s1, e1)), Some((s2, e2))) => s1 < e2 && s2 < e1,
            _ => self.first_day <= other.last_day && other.first_day <= self.last_day,
        }
    }

    fn said(&self) -> String {
        let place = self.host.as_ref().map(|(_, n)| format!(" in {n}")).unwrap_or_default();
        format!("“{}”{place} ({})", self.title, date_text(self.first_day, DateStyle::Long))
    }
}

fn placed(id: i64, title: &str, host: Option<(i64, String)>, schedule: &Schedule) -> Option<Placed> {
    let parts = schedule_parts(schedule, None, DateStyle::Iso);
    let instants = match schedule {
        Schedule::Timed { start, end, .. } => Some((start.timestamp(), end.timestamp())),
        _ => None,
    };
    Some(Placed {
        id,
        title: title.to_string(),
        host,
        instants,
        first_day: parts.first_date?,
        last_day: parts.last_date?,
    })
}

/// The warnings over `meetings`, with the hosts' days off; see the module docs.
pub fn travel_warnings(meetings: &[Placed], days_off: &[DayOff], gap_days: i64) -> Vec<MeetingWarning> {
    let mut order: Vec<&Placed> = meetings.iter().collect();
    order.sort_by_key(|m| (m.first_day, m.instants.map(|(s, _)| s), m.id));
    let mut out = Vec::new();

    let hosted: Vec<&&Placed> = order.iter().filter(|m| m.host.is_some()).collect();
    for pair in hosted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let (Some((ha, name)), Some((hb, _))) = (&a.host, &b.host) {
            if ha == hb {
                out.push(MeetingWarning {
                    kind: WarningKind::SameHostTwice,
                    meeting_id: b.id,
                    other_meeting_id: Some(a.id),
                    message: format!(
                        "{name} hosts “{}” right after hosting {}: let another partner host.",
                        b.title,
                        a.said()
                    ),
                });
            }
        }
    }

    for (i, a) in order.iter().enumerate() {
        for b in &order[i + 1..] {
            if (b.first_day - a.last_day).num_days() >= gap_days {
                break;
            }
            let (Some((ha, _)), Some((hb, _))) = (&a.host, &b.host) else { continue };
            if ha == hb {
                continue;
            }
            let (kind, message) = if a.overlaps(b) {
                (
                    WarningKind::Overlapping,
                    format!("{} overlaps {}: partners cannot be in both cities.", b.said(), a.said()),
                )
            } else {
                let gap = (b.first_day - a.last_day).num_days();
                let when = match gap {
                    0 => "the day".to_string(),
                    1 => "1 day".to_string(),
                    n => format!("{n} days"),
                };
                (
                    WarningKind::TooClose,
                    format!(
                        "{} starts {when} after {} ends: partners travel to two cities within {gap_days} days.",
                        b.said(),
                        a.said()
                    ),
                )
            };
            out.push(MeetingWarning { kind, meeting_id: b.id, other_meeting_id: Some(a.id), message });
        }
    }

    for m in &order {
        let Some((host, name)) = &m.host else { continue };
        let mut day = m.first_day;
        while day <= m.last_day {
            if let Some(off) = days_off.iter().find(|d| d.partner_id == *host && d.date == day) {
                out.push(MeetingWarning {
                    kind: WarningKind::HostHoliday,
                    meeting_id: m.id,
                    other_meeting_id: None,
                    message: format!(
                        "“{}” is on {} in {name}, a holiday there ({}): people may be away; choose another day.",
                        m.title,
                        date_text(day, DateStyle::Long),
                        off.name
                    ),
                });
                break;
            }
            day += Duration::days(1);
        }
    }
    out
}

/// The network's meetings as the rules read them, and the hosts' days off over their dates.
fn network_placed(db: &Db, network_id: i64, range: DateRange) -> Result<(Vec<Placed>, Vec<DayOff>)> {
    let meetings: Vec<Placed> = list_meetings(db, network_id, range)?.iter().filter_map(Placed::from_summary).collect();
    let days_off = match (meetings.iter().map(|m| m.first_day).min(), meetings.iter().map(|m| m.last_day).max()) {
        (Some(first), Some(last)) => facts::days_off(db, network_id, first, last)?,
        _ => Vec::new(),
    };
    Ok((meetings, days_off))
}

/// Every warning of a network's meetings.
pub fn network_warnings(db: &Db, network_id: i64) -> Result<Vec<MeetingWarning>> {
    get_network(db, network_id)?;
    let (meetings, days_off) = network_placed(db, network_id, DateRange::default())?;
    Ok(travel_warnings(&meetings, &days_off, TRAVEL_GAP_DAYS))
}

/// The warnings that involve a saved meeting.
pub fn meeting_warnings(db: &Db, meeting_id: i64) -> Result<Vec<MeetingWarning>> {
    let meeting = get_meeting(db, meeting_id)?;
    let mut all = network_warnings(db, meeting.network_id)?;
    all.retain(|w| w.involves(meeting_id));
    Ok(all)
}

/// The warnings a meeting form would raise if saved as typed: `meeting_id` is the meeting
/// being edited, none for a new one. A schedule the form cannot save yet raises none (the
/// form shows why beside its field).
pub fn preview_meeting_warnings(
    db: &Db,
    network_id: i64,
    meeting_id: Option<i64>,
    input: &MeetingInput,
) -> Result<Vec<MeetingWarning>> {
    get_network(db, network_id)?;
    const UNSAVED: i64 = -1;
    let id = meeting_id.unwrap_or(UNSAVED);
    let (mut meetings, _) = network_placed(db, network_id, DateRange::default())?;
    meetings.retain(|m| m.id != id);
    let host = match input.host_partner_id {
        Some(h) => list_partners(db, network_id)?.into_iter().find(|p| p.id == h).map(|p| (p.id, p.name)),
        None => None,
    };
    let schedule = match &input.schedule {
        crate::meeting::ScheduleInput::AllDay { first, last } if first <= last => {
            Schedule::AllDay { first: *first, last: *last }
        }
        crate::meeting::ScheduleInput::Timed { start_local, end_local, time_zone } => {
            match schedule_instants(db, &input.schedule, input.host_partner_id) {
                Ok(Some((start, end))) if end > start => Schedule::Timed {
                    start,
                    end,
                    time_zone: if time_zone.trim().is_empty() {
                        host_zone(db, input.host_partner_id)
                    } else {
                        time_zone.clone()
                    },
                    start_local: *start_local,
                    end_local: *end_local,
                },
                _ => return Ok(Vec::new()),
            }
        }
        _ => return Ok(Vec::new()),
    };
    let travels = input.mode != crate::meeting::MeetingMode::Online && input.status != MeetingStatus::Cancelled;
    if !travels {
        return Ok(Vec::new());
    }
    if let Some(p) = placed(id, &input.title, host, &schedule) {
        meetings.push(p);
    }
    let first = meetings.iter().map(|m| m.first_day).min();
    let last = meetings.iter().map(|m| m.last_day).max();
    let days_off = match (first, last) {
        (Some(f), Some(l)) => facts::days_off(db, network_id, f, l)?,
        _ => Vec::new(),
    };
    let mut warnings = travel_warnings(&meetings, &days_off, TRAVEL_GAP_DAYS);
    warnings.retain(|w| w.involves(id));
    Ok(warnings)
}

fn host_zone(db: &Db, host: Option<i64>) -> String {
    host.and_then(|h| crate::partner::get_partner(db, h).ok()).map(|p| p.time_zone).unwrap_or_else(|| "UTC".into())
}

/// How far ahead the home screen looks for travel warnings, in days.
pub const WARNING_HORIZON_DAYS: i64 = 180;

/// Warnings about meetings of every network that start from `today` to
/// [`WARNING_HORIZON_DAYS`] later and are not yet held, with their network's name, for the
/// home screen. Each network's meetings are read from its last hosted in-person meeting
/// before `today` (or [`TRAVEL_GAP_DAYS`] before, if later), which is all the rules need to
/// look back.
pub fn upcoming_warnings(db: &Db, today: NaiveDate) -> Result<Vec<(String, MeetingSummary, MeetingWarning)>> {
    let today_text = format!("{today}T00:00:00Z");
    let horizon = today + Duration::days(WARNING_HORIZON_DAYS);
    let mut stmt = db.conn().prepare_cached(
        "SELECT n.id, n.name,
            (SELECT max(p.sort_start) FROM meetings p WHERE p.network_id = n.id AND p.sort_start < ?1
               AND p.mode <> 'online' AND p.status <> 'cancelled' AND p.host_partner_id IS NOT NULL)
         FROM networks n
         WHERE EXISTS (SELECT 1 FROM meetings m WHERE m.network_id = n.id AND m.sort_start >= ?1
               AND m.sort_start < ?2 AND m.mode <> 'online' AND m.status NOT IN ('cancelled', 'held'))
         ORDER BY n.name COLLATE NOCASE",
    )?;
    let networks = stmt
        .query_map([&today_text, &format!("{horizon}T00:00:00Z")], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for (network_id, name, previous) in networks {
        let look_back = today - Duration::days(TRAVEL_GAP_DAYS);
        let previous = previous.and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        let from = previous.map_or(look_back, |p| p.min(look_back));
        let summaries = list_meetings(db, network_id, DateRange { from: Some(from), to: Some(horizon) })?;
        let (meetings, days_off) = {
            let placed: Vec<Placed> = summaries.iter().filter_map(Placed::from_summary).collect();
            let first = placed.iter().map(|m| m.first_day).min();
            let last = placed.iter().map(|m| m.last_day).max();
            let off = match (first, last) {
                (Some(f), Some(l)) => facts::days_off(db, network_id, f, l)?,
                _ => Vec::new(),
            };
            (placed, off)
        };
        for w in travel_warnings(&meetings, &days_off, TRAVEL_GAP_DAYS) {
            let Some(m) = summaries.iter().find(|m| m.id == w.meeting_id) else { continue };
            let upcoming = meetings.iter().any(|p| p.id == m.id && p.first_day >= today && p.first_day < horizon);
            if upcoming && m.status != MeetingStatus::Held {
                out.push((name.clone(), m.clone(), w));
            }
        }
    }
    Ok(out)
}
