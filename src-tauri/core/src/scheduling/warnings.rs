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
//!
//! A warning's message is written in the reader's language when it is made: the
//! `overview-warning-*` messages of `locales/<code>/overview.ftl`, with the days written
//! out by [`super::days_text`]. The `_in` functions take that language; the others use
//! [`crate::i18n::current`] (the window's language, or the command line's `--lang`).

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::days_text::days_text;
use super::facts;
use super::rotation::travelled;
use super::DayOff;
use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::i18n::{self, format, translate, Locale};
use crate::meeting::{
    get_meeting, list_meetings, schedule_instants, DateRange, MeetingInput, MeetingStatus, MeetingSummary, Schedule,
};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::store::Db;

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
    /// What is wrong and what to do, in plain words, in the reader's language.
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

    /// The meeting named inside a warning: its title, host city and days.
    fn said(&self, locale: Locale) -> String {
        let title = (&self.title).into();
        let dates = days_text(locale, self.first_day, self.last_day).into();
        match &self.host {
            Some((_, host)) => translate(
                locale,
                "overview-warning-meeting-hosted",
                &[("title", title), ("host", host.into()), ("dates", dates)],
            ),
            None => translate(locale, "overview-warning-meeting", &[("title", title), ("dates", dates)]),
        }
    }
}

fn placed(id: i64, title: &str, host: Option<(i64, String)>, schedule: &Schedule) -> Option<Placed> {
    let (instants, first_day, last_day) = match schedule {
        Schedule::Timed { start, end, start_local, end_local, .. } => {
            let midnight = end_local.time() == chrono::NaiveTime::MIN && end_local.date() > start_local.date();
            let last = if midnight { end_local.date().pred_opt()? } else { end_local.date() };
            (Some((start.timestamp(), end.timestamp())), start_local.date(), last)
        }
        Schedule::AllDay { first, last } => (None, *first, *last),
        Schedule::Undated { .. } => return None,
    };
    Some(Placed { id, title: title.to_string(), host, instants, first_day, last_day })
}

/// The warnings over `meetings`, with the hosts' days off; see the module docs.
pub fn travel_warnings(meetings: &[Placed], days_off: &[DayOff], gap_days: i64) -> Vec<MeetingWarning> {
    travel_warnings_in(i18n::current(), meetings, days_off, gap_days)
}

/// [`travel_warnings`] with their messages in `locale`.
pub fn travel_warnings_in(
    locale: Locale,
    meetings: &[Placed],
    days_off: &[DayOff],
    gap_days: i64,
) -> Vec<MeetingWarning> {
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
                    message: translate(
                        locale,
                        "overview-warning-same-host",
                        &[("host", name.into()), ("title", (&b.title).into()), ("earlier", a.said(locale).into())],
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
            let pair = [("later", b.said(locale).into()), ("earlier", a.said(locale).into())];
            let (kind, message) = if a.overlaps(b) {
                (WarningKind::Overlapping, translate(locale, "overview-warning-overlapping", &pair))
            } else {
                let gap = (b.first_day - a.last_day).num_days();
                let [later, earlier] = pair;
                let args = [later, earlier, ("gap", gap.into()), ("days", gap_days.into())];
                (WarningKind::TooClose, translate(locale, "overview-warning-too-close", &args))
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
                    message: translate(
                        locale,
                        "overview-warning-host-holiday",
                        &[
                            ("title", (&m.title).into()),
                            ("date", format::date_long(locale, day).into()),
                            ("host", name.into()),
                            ("holiday", (&off.name).into()),
                        ],
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
    let locale = i18n::current();
    let title = match input.title.trim() {
        "" => translate(locale, "overview-warning-new-meeting", &[]),
        typed => typed.to_string(),
    };
    if let Some(p) = placed(id, &title, host, &schedule) {
        meetings.push(p);
    }
    let first = meetings.iter().map(|m| m.first_day).min();
    let last = meetings.iter().map(|m| m.last_day).max();
    let days_off = match (first, last) {
        (Some(f), Some(l)) => facts::days_off(db, network_id, f, l)?,
        _ => Vec::new(),
    };
    let mut warnings = travel_warnings_in(locale, &meetings, &days_off, TRAVEL_GAP_DAYS);
    warnings.retain(|w| w.involves(id));
    Ok(warnings)
}

fn host_zone(db: &Db, host: Option<i64>) -> String {
    host.and_then(|h| crate::partner::get_partner(db, h).ok()).map(|p| p.time_zone).unwrap_or_else(|| "UTC".into())
}

/// How far ahead the home screen looks for travel warnings, in days.
pub const WARNING_HORIZON_DAYS: i64 = 180;

/// A warning for the home screen, with the network it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpcomingWarning {
    pub network_id: i64,
    pub network_name: String,
    pub warning: MeetingWarning,
}

/// A meeting read for the home screen's warnings: as the rules read it, and what decides
/// whether it is shown.
struct Row {
    network_id: i64,
    network_name: String,
    placed: Placed,
    held: bool,
    /// The host's country and region, for its public holidays.
    host_country: Option<(String, String)>,
}

const ROW_COLUMNS: &str = "m.id, m.network_id, n.name AS network_name, m.title, m.status, m.host_partner_id,
    h.name AS host_name, h.country AS host_country, h.region AS host_region, m.schedule_kind, m.start_utc,
    m.end_utc, m.time_zone, m.first_date, m.last_date, m.undated_wording, m.undated_year, m.undated_month";

const TRAVELLED: &str = "m.mode <> 'online' AND m.status <> 'cancelled' AND m.schedule_kind <> 'undated'";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Row>> {
    let host = match (r.get::<_, Option<i64>>("host_partner_id")?, r.get::<_, Option<String>>("host_name")?) {
        (Some(id), Some(name)) => Some((id, name)),
        _ => None,
    };
    let host_country = match (r.get::<_, Option<String>>("host_country")?, r.get::<_, Option<String>>("host_region")?) {
        (Some(c), region) => Some((c, region.unwrap_or_default())),
        _ => None,
    };
    let schedule = crate::meeting::schedule::schedule_from_row(r)?;
    let title: String = r.get("title")?;
    let status: MeetingStatus = r.get("status")?;
    Ok(placed(r.get("id")?, &title, host, &schedule).map(|placed| Row {
        network_id: r.get("network_id").unwrap_or_default(),
        network_name: r.get("network_name").unwrap_or_default(),
        placed,
        held: status == MeetingStatus::Held,
        host_country,
    }))
}

/// Warnings about meetings of every network that start from `today` to
/// [`WARNING_HORIZON_DAYS`] later and are not yet held, for the home screen.
pub fn upcoming_warnings(db: &Db, today: NaiveDate) -> Result<Vec<UpcomingWarning>> {
    upcoming_warnings_in(db, today, i18n::current())
}

/// [`upcoming_warnings`] with their messages in `locale`.
///
/// Read in bulk so that Home stays quick on 1,000 networks: the in-person meetings from
/// [`TRAVEL_GAP_DAYS`] before `today` to the horizon in one query, then for each network
/// with a coming one its last hosted meeting before that (the "same host twice" rule looks
/// back that far; one look-up on the `(network_id, sort_start)` index each), and the hosts'
/// public holidays and recorded days off on those meetings' days only.
pub fn upcoming_warnings_in(db: &Db, today: NaiveDate, locale: Locale) -> Result<Vec<UpcomingWarning>> {
    let look_back = today - Duration::days(TRAVEL_GAP_DAYS);
    let horizon = today + Duration::days(WARNING_HORIZON_DAYS);
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         LEFT JOIN partners h ON h.id = m.host_partner_id
         WHERE m.sort_start >= ?1 AND m.sort_start < ?2 AND {TRAVELLED}"
    ))?;
    let mut by_network: std::collections::BTreeMap<i64, Vec<Row>> = std::collections::BTreeMap::new();
    for r in stmt.query_map([format!("{look_back}T00:00:00Z"), format!("{horizon}T00:00:00Z")], row)? {
        if let Some(r) = r? {
            by_network.entry(r.network_id).or_default().push(r);
        }
    }
    let coming = |r: &Row| !r.held && r.placed.first_day >= today && r.placed.first_day < horizon;
    by_network.retain(|_, rows| rows.iter().any(coming));

    let mut previous = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM meetings m JOIN networks n ON n.id = m.network_id
         JOIN partners h ON h.id = m.host_partner_id
         WHERE m.network_id = ?1 AND m.sort_start < ?2 AND {TRAVELLED}
         ORDER BY m.sort_start DESC LIMIT 1"
    ))?;
    let mut local_off = conn.prepare_cached(
        "SELECT partner_id, date, name FROM partner_days_off WHERE date BETWEEN ?1 AND ?2 ORDER BY date, id",
    )?;
    let recorded: Vec<DayOff> = local_off
        .query_map(params![look_back, horizon], |r| {
            Ok(DayOff { partner_id: r.get(0)?, date: r.get(1)?, name: r.get(2)? })
        })?
        .collect::<rusqlite::Result<_>>()?;

    let mut out = Vec::new();
    for (network_id, mut rows) in by_network {
        if let Some(r) = previous.query_row(params![network_id, format!("{look_back}T00:00:00Z")], row).optional()? {
            rows.extend(r);
        }
        let mut days_off: Vec<DayOff> = Vec::new();
        for r in rows.iter().filter(|r| coming(r)) {
            let (Some((host, _)), Some((country, region))) = (&r.placed.host, &r.host_country) else { continue };
            let region = Some(region.as_str()).filter(|r| !r.is_empty());
            let holidays = crate::holiday::country_holidays(country, region, r.placed.first_day, r.placed.last_day)
                .or_else(|_| crate::holiday::country_holidays(country, None, r.placed.first_day, r.placed.last_day))
                .unwrap_or_default();
            days_off.extend(holidays.into_iter().map(|h| DayOff { partner_id: *host, date: h.date, name: h.name }));
            days_off.extend(recorded.iter().filter(|d| d.partner_id == *host).cloned());
        }
        let placed: Vec<Placed> = rows.iter().map(|r| r.placed.clone()).collect();
        for w in travel_warnings_in(locale, &placed, &days_off, TRAVEL_GAP_DAYS) {
            let Some(r) = rows.iter().find(|r| r.placed.id == w.meeting_id) else { continue };
            if coming(r) {
                out.push(UpcomingWarning { network_id, network_name: r.network_name.clone(), warning: w });
            }
        }
    }
    out.sort_by(|a, b| {
        (a.network_name.to_lowercase(), a.network_id).cmp(&(b.network_name.to_lowercase(), b.network_id))
    });
    Ok(out)
}
