//! The home screen's timelines: which networks are drawn, and each one's dated items and
//! undated meetings, nearest to today first when there are more than the screen draws.
//!
//! Invariants (see also [`super`]): an item's days are the meeting's days on its own clock
//! (a meeting ending at midnight does not occupy the next day); the span of a timeline
//! covers every item of the network, drawn or not, and the network's own dates.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Row};

use super::{NetworkTimeline, TimelineHeading, TimelineItem, TimelineKind};
use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::meeting::schedule::schedule_from_row;
use crate::meeting::{window_when, MeetingSummary, Schedule};
use crate::schedule_text::schedule_days;
use crate::store::Db;
use crate::time_text::utc_text;

pub(super) struct NetworkRow {
    id: i64,
    name: String,
    slug: String,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

/// The networks whose timelines are drawn, by name, and how many were left out: those
/// with the nearest coming meeting or milestone first, then the most recently active.
pub(super) fn networks(db: &Db, now: DateTime<Utc>, cap: usize) -> Result<(Vec<NetworkRow>, i64)> {
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

/// One network's row, for its timeline alone.
pub(super) fn network_row(db: &Db, id: i64) -> Result<NetworkRow> {
    db.conn()
        .prepare_cached("SELECT id, name, slug, start_date, end_date FROM networks WHERE id = ?1")?
        .query_row([id], |r| {
            Ok(NetworkRow { id: r.get(0)?, name: r.get(1)?, slug: r.get(2)?, start: r.get(3)?, end: r.get(4)? })
        })
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => {
                Error::not_found(Message::new("error-no-network-id").arg("id", id.to_string()))
            }
            e => e.into(),
        })
}

/// A timeline's heading: the network's own dates, widened to its first and last meeting or
/// milestone (UTC dates for timed meetings; [`timeline`] widens to the items' own dates).
pub(super) fn heading(db: &Db, network: NetworkRow) -> Result<TimelineHeading> {
    let (first_day, last_day) = dated_span(db, network.id)?;
    let earliest = |a: Option<NaiveDate>, b: Option<NaiveDate>| a.into_iter().chain(b).min();
    let latest = |a: Option<NaiveDate>, b: Option<NaiveDate>| a.into_iter().chain(b).max();
    Ok(TimelineHeading {
        network_id: network.id,
        network_name: network.name,
        slug: network.slug,
        start: earliest(network.start, first_day),
        end: latest(network.end, last_day),
    })
}

/// The first and last day of a dated meeting on its own clock.
fn meeting_days(row: &Row<'_>) -> rusqlite::Result<(NaiveDate, NaiveDate)> {
    match schedule_days(&schedule_from_row(row)?, None) {
        Some(days) => Ok(days),
        None => Err(rusqlite::Error::InvalidColumnType(0, "schedule_kind".into(), rusqlite::types::Type::Text)),
    }
}

/// An item with the instant used to measure its distance from today.
struct Placed {
    at: DateTime<Utc>,
    item: TimelineItem,
}

fn at_midnight(d: NaiveDate) -> DateTime<Utc> {
    d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

fn meeting_item(row: &Row<'_>) -> rusqlite::Result<Placed> {
    let (date, last_date) = meeting_days(row)?;
    let sort: String = row.get("sort_start")?;
    let at = DateTime::parse_from_rfc3339(&sort).map(|t| t.with_timezone(&Utc)).unwrap_or_else(|_| at_midnight(date));
    Ok(Placed {
        at,
        item: TimelineItem {
            kind: TimelineKind::Meeting,
            id: row.get("id")?,
            date,
            last_date,
            title: row.get("title")?,
            status: Some(row.get("status")?),
            precision: None,
            done: None,
        },
    })
}

fn milestone_item(row: &Row<'_>) -> rusqlite::Result<Placed> {
    let date: NaiveDate = row.get("date")?;
    Ok(Placed {
        at: at_midnight(date),
        item: TimelineItem {
            kind: TimelineKind::Milestone,
            id: row.get("id")?,
            date,
            last_date: date,
            title: row.get("title")?,
            status: None,
            precision: Some(row.get("precision")?),
            done: Some(row.get("done")?),
        },
    })
}

const DATED_COLUMNS: &str =
    "id, title, status, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date, sort_start";

pub(super) fn timeline(
    db: &Db,
    heading: TimelineHeading,
    now: DateTime<Utc>,
    cap: usize,
    undated_cap: usize,
) -> Result<NetworkTimeline> {
    let conn = db.conn();
    let now_text = utc_text(now);
    let cap_sql = cap as i64;
    let mut placed: Vec<Placed> = Vec::new();
    // Up to `cap` items on each side of now, read along the index; the nearest `cap` stay.
    for sql in [
        format!("SELECT {DATED_COLUMNS} FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL AND sort_start < ?2 ORDER BY sort_start DESC, id DESC LIMIT ?3"),
        format!("SELECT {DATED_COLUMNS} FROM meetings WHERE network_id = ?1 AND sort_start >= ?2 ORDER BY sort_start, id LIMIT ?3"),
    ] {
        let mut stmt = conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![heading.network_id, now_text, cap_sql], meeting_item)?;
        for row in rows {
            placed.push(row?);
        }
    }
    let today = now.date_naive();
    for sql in [
        "SELECT id, date, title, precision, done FROM milestones WHERE network_id = ?1 AND date < ?2 ORDER BY date DESC, id DESC LIMIT ?3",
        "SELECT id, date, title, precision, done FROM milestones WHERE network_id = ?1 AND date >= ?2 ORDER BY date, id LIMIT ?3",
    ] {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params![heading.network_id, today, cap_sql], milestone_item)?;
        for row in rows {
            placed.push(row?);
        }
    }
    let total_dated: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL)
              + (SELECT count(*) FROM milestones WHERE network_id = ?1)",
        [heading.network_id],
        |r| r.get(0),
    )?;
    placed.sort_by_key(|p| ((p.at - now).num_seconds().abs(), p.item.id));
    placed.truncate(cap);
    let mut items: Vec<TimelineItem> = placed.into_iter().map(|p| p.item).collect();
    items.sort_by(|a, b| {
        (a.date, a.last_date, a.kind == TimelineKind::Meeting, a.id).cmp(&(
            b.date,
            b.last_date,
            b.kind == TimelineKind::Meeting,
            b.id,
        ))
    });
    let omitted_items = total_dated - items.len() as i64;

    let start = heading.start.map(|d| items.first().map_or(d, |i| d.min(i.date)));
    let end = heading.end.map(|d| items.iter().map(|i| i.last_date).max().map_or(d, |l| d.max(l)));

    let (undated, total_undated) = undated_meetings(db, heading.network_id, &heading.network_name, undated_cap)?;
    Ok(NetworkTimeline {
        heading: TimelineHeading { start, end, ..heading },
        items,
        omitted_undated: total_undated - undated.len() as i64,
        undated,
        omitted_items,
    })
}

/// The first and last day any meeting or milestone of the network touches (UTC dates for
/// timed meetings; [`timeline`] widens the span to cover the items' local dates).
fn dated_span(db: &Db, network_id: i64) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let conn = db.conn();
    let first: Option<String> = conn.query_row(
        "SELECT min(d) FROM (
            SELECT (SELECT substr(min(sort_start), 1, 10) FROM meetings WHERE network_id = ?1 AND sort_start IS NOT NULL) AS d
            UNION ALL SELECT min(date) FROM milestones WHERE network_id = ?1)",
        [network_id],
        |r| r.get(0),
    )?;
    let last: Option<String> = conn.query_row(
        "SELECT max(d) FROM (
            SELECT (SELECT coalesce(last_date, substr(end_utc, 1, 10)) FROM meetings
                    WHERE network_id = ?1 AND sort_start IS NOT NULL ORDER BY sort_start DESC LIMIT 1) AS d
            UNION ALL SELECT max(date) FROM milestones WHERE network_id = ?1)",
        [network_id],
        |r| r.get(0),
    )?;
    let parse = |s: Option<String>| s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    Ok((parse(first), parse(last)))
}

fn undated_meetings(db: &Db, network_id: i64, network_name: &str, cap: usize) -> Result<(Vec<MeetingSummary>, i64)> {
    let conn = db.conn();
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.uid, m.kind, m.title, m.host_partner_id, p.name, m.venue, m.mode, m.status,
                m.undated_year, m.undated_month, m.undated_wording
         FROM meetings m LEFT JOIN partners p ON p.id = m.host_partner_id
         WHERE m.network_id = ?1 AND m.sort_start IS NULL
         ORDER BY m.undated_year IS NULL, m.undated_year, m.undated_month, m.id LIMIT ?2",
    )?;
    let list = stmt
        .query_map(params![network_id, cap as i64], |r| {
            let schedule = Schedule::Undated {
                year: r.get(9)?,
                month: r.get(10)?,
                wording: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            };
            Ok(MeetingSummary {
                id: r.get(0)?,
                uid: r.get(1)?,
                network_id,
                network_name: network_name.to_string(),
                kind: r.get(2)?,
                title: r.get(3)?,
                host_partner_id: r.get(4)?,
                host_name: r.get(5)?,
                venue: r.get(6)?,
                mode: r.get(7)?,
                status: r.get(8)?,
                when: window_when(&schedule),
                schedule,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total: i64 = conn.query_row(
        "SELECT count(*) FROM meetings WHERE network_id = ?1 AND sort_start IS NULL",
        [network_id],
        |r| r.get(0),
    )?;
    Ok((list, total))
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::*;
    use super::*;
    use crate::meeting::{create_meeting, MeetingMode, MeetingStatus, ScheduleInput};
    use crate::network::{create_network, NetworkInput, NetworkKind};

    #[test]
    fn network_dates_win_and_the_span_still_covers_every_item() {
        let mut db = Db::open_in_memory().unwrap();
        let mut input = NetworkInput::named("TechTown", NetworkKind::ActionPlanning);
        input.start_date = Some(day("2027-01-01"));
        let id = create_network(&mut db, input).unwrap().id;
        create_meeting(
            &mut db,
            id,
            meeting("Early", None, MeetingMode::Online, MeetingStatus::Held, all_day("2026-12-01", "2026-12-01")),
        )
        .unwrap();
        create_meeting(
            &mut db,
            id,
            meeting("Last", None, MeetingMode::Online, MeetingStatus::Confirmed, all_day("2028-02-01", "2028-02-03")),
        )
        .unwrap();
        let heading = &home_overview(&db, now()).unwrap().timelines[0];
        assert_eq!(heading.start, Some(day("2026-12-01")), "a meeting before the network's start widens the span");
        assert_eq!(heading.end, Some(day("2028-02-03")), "no end date: the last item's last day");
        let t = home_timeline(&db, id, now()).unwrap();
        assert_eq!(
            (t.heading.start, t.heading.end),
            (heading.start, heading.end),
            "the timeline draws the span its heading names"
        );
        let json = serde_json::to_value(&t).unwrap();
        assert_eq!(
            (&json["network_name"], &json["start"], &json["end"]),
            (&"TechTown".into(), &"2026-12-01".into(), &"2028-02-03".into()),
            "the heading's fields are sent beside the items: {json}"
        );
    }

    #[test]
    fn a_timeline_is_widened_to_its_meetings_own_dates_where_utc_names_another_day() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Pacific", NetworkKind::Other)).unwrap().id;
        // 22:00 on 31 May in New York is 1 June in UTC.
        let timed = ScheduleInput::Timed {
            start_local: local("2027-05-31 22:00"),
            end_local: local("2027-05-31 23:00"),
            time_zone: "America/New_York".into(),
        };
        create_meeting(&mut db, id, meeting("Call", None, MeetingMode::Online, MeetingStatus::Confirmed, timed))
            .unwrap();
        let heading = &home_overview(&db, now()).unwrap().timelines[0];
        assert_eq!(heading.start, Some(day("2027-06-01")), "the heading reads UTC's date");
        let t = home_timeline(&db, id, now()).unwrap();
        assert_eq!(t.items[0].date, day("2027-05-31"));
        assert_eq!(t.heading.start, Some(day("2027-05-31")), "the timeline covers the meeting's own date");
    }

    #[test]
    fn the_timeline_of_a_network_that_is_not_there_is_an_error_naming_its_id() {
        let db = Db::open_in_memory().unwrap();
        let err = home_timeline(&db, 42, now()).unwrap_err();
        assert_eq!(err.code(), "not_found");
        assert!(err.to_string().contains("42"), "{err}");
    }

    #[test]
    fn a_milestone_carries_its_precision_and_whether_it_is_done_and_a_meeting_neither() {
        use crate::milestone::{create_milestone, DatePrecision, MilestoneInput, MilestoneKind};
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::Other)).unwrap().id;
        let milestone = |title: &str, date: &str, precision: DatePrecision, done: bool| MilestoneInput {
            date: day(date),
            precision,
            kind: MilestoneKind::Deliverable,
            title: title.into(),
            description: String::new(),
            done,
        };
        create_milestone(&mut db, id, milestone("Action plan", "2027-06-20", DatePrecision::Month, false)).unwrap();
        create_milestone(&mut db, id, milestone("Baseline study", "2027-02-10", DatePrecision::Day, true)).unwrap();
        let d = "2027-04-15";
        create_meeting(
            &mut db,
            id,
            meeting("Visit", None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(d, d)),
        )
        .unwrap();
        let t = &home_timeline(&db, id, now()).unwrap();
        let item = |title: &str| t.items.iter().find(|i| i.title == title).unwrap();
        let plan = item("Action plan");
        assert_eq!(
            (plan.date, plan.precision, plan.done),
            (day("2027-06-01"), Some(DatePrecision::Month), Some(false)),
            "a month milestone on the first of its month, not done"
        );
        assert_eq!(
            (item("Baseline study").precision, item("Baseline study").done),
            (Some(DatePrecision::Day), Some(true))
        );
        assert_eq!((item("Visit").precision, item("Visit").done), (None, None));
        let json = serde_json::to_value(item("Visit")).unwrap();
        assert!(json.get("precision").is_none() && json.get("done").is_none(), "a meeting sends neither: {json}");
    }

    #[test]
    fn large_timelines_keep_the_items_nearest_today_and_count_the_rest() {
        let mut db = Db::open_in_memory().unwrap();
        let id = create_network(&mut db, NetworkInput::named("Busy", NetworkKind::Other)).unwrap().id;
        for month in 1..=12 {
            let d = format!("2027-{month:02}-15");
            create_meeting(
                &mut db,
                id,
                meeting(&format!("M{month}"), None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(&d, &d)),
            )
            .unwrap();
        }
        for n in 0..4 {
            create_meeting(
                &mut db,
                id,
                meeting(
                    &format!("U{n}"),
                    None,
                    MeetingMode::Online,
                    MeetingStatus::Tentative,
                    ScheduleInput::Undated { year: Some(2028), month: None, wording: String::new() },
                ),
            )
            .unwrap();
        }
        let network = networks(&db, now(), 10).unwrap().0.remove(0);
        let t = timeline(&db, heading(&db, network).unwrap(), now(), 4, 3).unwrap();
        let titles: Vec<&str> = t.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["M1", "M2", "M3", "M4"], "the four nearest 1 March, in date order");
        assert_eq!(t.omitted_items, 8);
        assert_eq!((t.undated.len(), t.omitted_undated), (3, 1));
        assert_eq!(
            (t.heading.start, t.heading.end),
            (Some(day("2027-01-15")), Some(day("2027-12-15"))),
            "the span covers all, shown or not"
        );
    }

    #[test]
    fn with_many_networks_the_ones_with_something_coming_are_drawn() {
        let mut db = Db::open_in_memory().unwrap();
        let mut network = |name: &str, dates: &[&str]| {
            let id = create_network(&mut db, NetworkInput::named(name, NetworkKind::Other)).unwrap().id;
            for d in dates {
                let m = meeting(name, None, MeetingMode::Online, MeetingStatus::Confirmed, all_day(d, d));
                create_meeting(&mut db, id, m).unwrap();
            }
        };
        network("Zagreb soon", &["2027-03-03"]);
        network("Ended", &["2027-01-20"]);
        network("Ended long ago", &["2021-05-01"]);
        network("Next year", &["2026-01-01", "2028-03-01"]);
        network("Empty", &[]);
        let names = |cap: usize| {
            let o = overview_within(&db, now(), Locale::En, cap).unwrap();
            let names: Vec<String> = o.timelines.iter().map(|t| t.network_name.clone()).collect();
            (names, o.omitted_timelines)
        };
        assert_eq!(names(2), (vec!["Next year".to_string(), "Zagreb soon".to_string()], 3), "coming first, by name");
        assert_eq!(names(3).0, ["Ended", "Next year", "Zagreb soon"], "then the most recently active");
        assert_eq!(names(4).0, ["Ended", "Ended long ago", "Next year", "Zagreb soon"]);
        assert_eq!(
            names(9),
            (
                vec!["Empty", "Ended", "Ended long ago", "Next year", "Zagreb soon"]
                    .into_iter()
                    .map(String::from)
                    .collect(),
                0
            )
        );
    }
}
