//! The home screen in parts: first the next meetings across all networks, the headings of
//! the networks' timelines, and what needs someone's attention; then, after the window's
//! first frame, the travel warnings that join that attention list; and each timeline's
//! meetings and milestones ([`home_timeline`]) once its place on the page comes near the view.
//!
//! Invariants:
//! - The first read is one call against one connection, so its three parts agree.
//! - The first read carries no timeline items: on a large database they are most of its
//!   payload (2,000 items, about 400 KB of JSON at 100,000 meetings) and all of them are
//!   below the first screen, so reading and parsing them delayed the first frame
//!   (docs/performance.md). A heading's span is the one its timeline draws, except that the
//!   timeline may widen it by a day for a timed meeting whose own date differs from UTC's.
//! - A timeline item's dates are the meeting's dates on its own clock (a timed meeting at
//!   00:30 in Riga is on the Riga date, whatever UTC says); milestones last one day (a
//!   milestone known to the month sits on the first of its month and says so in
//!   `precision`, as the network page's timeline draws it).
//! - A network's span is its own start and end dates; a missing one is taken from its
//!   items, so every item falls inside the span.
//! - The home screen stays quick on very large databases (1,000 networks and 100,000
//!   meetings answer in tens of milliseconds, where drawing everything took 0.6 s and
//!   16 MB): it draws the timelines of at most
//!   [`TIMELINES_MAX`] networks (those with the nearest coming meeting or milestone; then
//!   those most recently active) and says how many it left out; a timeline carries at most
//!   [`TIMELINE_MAX`] items (those nearest to today) and [`UNDATED_MAX`] undated meetings,
//!   and says how many it left out; each kind of attention item is listed at most
//!   [`ATTENTION_MAX`] times, followed by one line counting the rest. The queries walk the
//!   `(network_id, sort_start)` index instead of reading every meeting.
//! - The travel warnings are a read of their own, [`home_travel_attention`]: they are the
//!   slow part (the holidays of every host of the next 180 days' meetings and each network's
//!   meeting before them; on 100,000 meetings about 60% of the whole), so the window draws
//!   the home screen first and asks for them after its first frame. Together the two reads
//!   give the attention list in its order: import notes, tentative, no host, travel.
//!
//! The timelines are [`timeline`]'s, the attention items [`attention`]'s; both read
//! meetings' schedules the same way (`meeting::schedule::schedule_from_row`) and word them with the core's one
//! schedule formatter ([`crate::schedule_text`]).

mod attention;
mod timeline;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::i18n::{self, Locale};
use crate::meeting::{upcoming_meetings, MeetingStatus, MeetingSummary};
use crate::milestone::DatePrecision;
use crate::store::Db;
use attention::{import_warnings, tentative_soon, travel_warnings, without_host};
use timeline::{heading, network_row, networks, timeline};

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
    /// The headings of the timelines drawn, one per network, by network name; at most
    /// [`TIMELINES_MAX`], those with the nearest coming meeting or milestone. Each one's
    /// items are [`home_timeline`]'s.
    pub timelines: Vec<TimelineHeading>,
    /// Networks whose timelines were left out (the Networks screen lists them all).
    pub omitted_timelines: i64,
    /// Import notes, tentative meetings starting soon and meetings without a host; the
    /// travel warnings come from [`home_travel_attention`].
    pub attention: Vec<AttentionItem>,
}

/// A timeline's heading on the home screen: the network and the months it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineHeading {
    pub network_id: i64,
    pub network_name: String,
    pub slug: String,
    /// The first day the timeline covers: the network's start, or its first meeting or
    /// milestone when that is earlier or the start is not set.
    pub start: Option<NaiveDate>,
    /// The last day the timeline covers: the network's end, or its last meeting or
    /// milestone when that is later or the end is not set.
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkTimeline {
    /// The network and its span, widened where an item's own date falls outside the
    /// heading's (a timed meeting's date on its own clock can be a day off UTC's).
    /// Sent as the heading's fields beside the others, as the window reads them.
    #[serde(flatten)]
    #[ts(flatten)]
    pub heading: TimelineHeading,
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
    /// A milestone's precision (a month milestone reads "June 2027"); absent for meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub precision: Option<DatePrecision>,
    /// Whether a milestone is done (drawn hollow until it is); absent for meetings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub done: Option<bool>,
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
    /// A coming meeting in person hosted by the same partner as the one before, too close
    /// to another in a different city, or on its host's holiday
    /// ([`crate::scheduling::warnings`]).
    TravelWarning,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AttentionItem {
    pub kind: AttentionKind,
    /// The network concerned; none for import notes that belong to no network, and for
    /// the line counting items not listed.
    pub network_id: Option<i64>,
    /// The meeting concerned, when the item is about one.
    pub meeting_id: Option<i64>,
    /// What needs doing, in plain words, in the reader's language.
    pub message: String,
}

/// What the home screen shows first, as of `now`, its attention lines in the window's
/// language ([`i18n::current`]): all but the travel warnings ([`home_travel_attention`]).
pub fn home_overview(db: &Db, now: DateTime<Utc>) -> Result<Overview> {
    home_overview_in(db, now, i18n::current())
}

/// [`home_overview`] with its attention lines in `locale`.
pub fn home_overview_in(db: &Db, now: DateTime<Utc>, locale: Locale) -> Result<Overview> {
    overview_within(db, now, locale, TIMELINES_MAX)
}

/// One network's timeline on the home screen as of `now`: its dated meetings and milestones
/// nearest today (at most [`TIMELINE_MAX`]) and its undated meetings (at most
/// [`UNDATED_MAX`]), each list saying how many it left out.
pub fn home_timeline(db: &Db, network_id: i64, now: DateTime<Utc>) -> Result<NetworkTimeline> {
    timeline(db, heading(db, network_row(db, network_id)?)?, now, TIMELINE_MAX, UNDATED_MAX)
}

/// The home screen's travel warnings as of `now`, in the window's language: coming meetings
/// in person hosted by the same partner as the one before, too close to another in a
/// different city, or on the host's holiday; at most [`ATTENTION_MAX`], then a line counting
/// the rest. They follow [`Overview::attention`] in the list.
pub fn home_travel_attention(db: &Db, now: DateTime<Utc>) -> Result<Vec<AttentionItem>> {
    home_travel_attention_in(db, now, i18n::current())
}

/// [`home_travel_attention`] in `locale`.
pub fn home_travel_attention_in(db: &Db, now: DateTime<Utc>, locale: Locale) -> Result<Vec<AttentionItem>> {
    travel_warnings(db, now, locale)
}

fn overview_within(db: &Db, now: DateTime<Utc>, locale: Locale, networks_cap: usize) -> Result<Overview> {
    let upcoming = upcoming_meetings(db, now, UPCOMING_MAX)?;
    let (chosen, omitted_timelines) = networks(db, now, networks_cap)?;
    let timelines = chosen.into_iter().map(|network| heading(db, network)).collect::<Result<Vec<_>>>()?;
    let mut attention = import_warnings(db, locale)?;
    attention.extend(tentative_soon(db, now, locale)?);
    attention.extend(without_host(db, now, locale)?);
    Ok(Overview { upcoming, timelines, omitted_timelines, attention })
}

/// Networks, partners and meetings for the tests of the home screen's parts.
#[cfg(test)]
mod fixtures {
    use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

    use crate::meeting::{MeetingInput, MeetingKind, MeetingMode, MeetingStatus, ScheduleInput};
    use crate::partner::{create_partner, PartnerInput, PartnerRole};
    use crate::store::Db;

    pub(super) fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub(super) fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    pub(super) fn meeting(
        title: &str,
        host: Option<i64>,
        mode: MeetingMode,
        status: MeetingStatus,
        schedule: ScheduleInput,
    ) -> MeetingInput {
        MeetingInput {
            kind: MeetingKind::Transnational,
            title: title.into(),
            host_partner_id: host,
            venue: String::new(),
            mode,
            online_url: String::new(),
            status,
            description: String::new(),
            schedule,
        }
    }

    pub(super) fn all_day(first: &str, last: &str) -> ScheduleInput {
        ScheduleInput::AllDay { first: day(first), last: day(last) }
    }

    pub(super) fn partner(db: &mut Db, network: i64, name: &str, country: &str) -> i64 {
        let input = PartnerInput {
            name: name.into(),
            country: country.into(),
            region: String::new(),
            role: PartnerRole::Partner,
            time_zone: String::new(),
            population: None,
            notes: String::new(),
        };
        create_partner(db, network, input).unwrap().id
    }

    /// 1 March 2027, 12:00 UTC.
    pub(super) fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use crate::import_note::insert_note;
    use crate::meeting::{create_meeting, MeetingMode, ScheduleInput};
    use crate::milestone::{create_milestone, MilestoneInput};
    use crate::network::{create_network, NetworkInput, NetworkKind};
    use crate::origin::Origin;

    #[test]
    fn home_lists_upcoming_timelines_and_what_needs_attention() {
        let mut db = Db::open_in_memory().unwrap();
        let iot = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap().id;
        let jelgava = partner(&mut db, iot, "Jelgava", "LV");
        let quiet = create_network(&mut db, NetworkInput::named("DigiPlace", NetworkKind::ActionPlanning)).unwrap().id;

        // Tentative, hosted, in ten days: needs confirming. 00:30 on 11 March in Riga is 10 March in UTC.
        let soon = create_meeting(
            &mut db,
            iot,
            meeting(
                "Transnational meeting in Jelgava",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Tentative,
                ScheduleInput::Timed {
                    start_local: local("2027-03-11 00:30"),
                    end_local: local("2027-03-11 02:00"),
                    time_zone: String::new(),
                },
            ),
        )
        .unwrap();
        // In person, no host, confirmed, in April: needs a host.
        let hostless = create_meeting(
            &mut db,
            iot,
            meeting(
                "Thematic seminar",
                None,
                MeetingMode::InPerson,
                MeetingStatus::Confirmed,
                all_day("2027-04-20", "2027-04-21"),
            ),
        )
        .unwrap();
        // Online without a host is fine; held in the past without a host is history.
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Online touch-base",
                None,
                MeetingMode::Online,
                MeetingStatus::Tentative,
                all_day("2027-03-05", "2027-03-05"),
            ),
        )
        .unwrap();
        let past = create_meeting(
            &mut db,
            iot,
            meeting("Kick-off", None, MeetingMode::InPerson, MeetingStatus::Held, all_day("2026-10-01", "2026-10-02")),
        )
        .unwrap();
        // Tentative but two months away: not yet pressing. Cancelled: not upcoming.
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Final event",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Tentative,
                all_day("2027-05-10", "2027-05-10"),
            ),
        )
        .unwrap();
        create_meeting(
            &mut db,
            iot,
            meeting(
                "Cancelled visit",
                Some(jelgava),
                MeetingMode::InPerson,
                MeetingStatus::Cancelled,
                all_day("2027-03-03", "2027-03-03"),
            ),
        )
        .unwrap();
        let undated = create_meeting(
            &mut db,
            iot,
            meeting(
                "Study visit",
                None,
                MeetingMode::Hybrid,
                MeetingStatus::Tentative,
                ScheduleInput::Undated { year: None, month: None, wording: "autumn".into() },
            ),
        )
        .unwrap();
        let milestone = create_milestone(&mut db, iot, MilestoneInput::on(day("2027-06-30"), "Phase 2 ends")).unwrap();
        insert_note(&db, Some(iot), 12, "Meeting in Oulo, date tbc", "no date", &Origin::Form).unwrap();
        insert_note(&db, Some(iot), 14, "Partner: Vaasa", "not a partner", &Origin::Form).unwrap();
        insert_note(&db, None, 3, "stray line", "no network", &Origin::Form).unwrap();

        let o = home_overview(&db, now()).unwrap();

        let upcoming: Vec<&str> = o.upcoming.iter().map(|m| m.title.as_str()).collect();
        assert_eq!(
            upcoming,
            ["Online touch-base", "Transnational meeting in Jelgava", "Thematic seminar", "Final event"]
        );

        assert_eq!(o.timelines.len(), 2);
        assert_eq!(o.timelines[0].network_name, "DigiPlace", "timelines are in name order");
        assert!(o.timelines[0].start.is_none() && o.timelines[0].end.is_none());
        assert_eq!(o.timelines[0].network_id, quiet);
        assert!(home_timeline(&db, quiet, now()).unwrap().items.is_empty());

        let t = &home_timeline(&db, o.timelines[1].network_id, now()).unwrap();
        let dated: Vec<(&str, NaiveDate)> = t.items.iter().map(|i| (i.title.as_str(), i.date)).collect();
        assert_eq!(dated[0], ("Kick-off", day("2026-10-01")));
        let jelgava_item = t.items.iter().find(|i| i.id == soon.id && i.kind == TimelineKind::Meeting).unwrap();
        assert_eq!(jelgava_item.date, day("2027-03-11"), "the date on the meeting's own clock, not UTC's 10 March");
        assert_eq!(jelgava_item.status, Some(MeetingStatus::Tentative));
        let m = t.items.iter().find(|i| i.kind == TimelineKind::Milestone).unwrap();
        assert_eq!((m.id, m.date, m.last_date, m.status), (milestone.id, day("2027-06-30"), day("2027-06-30"), None));
        assert_eq!(t.items.len(), 7, "six dated meetings and one milestone");
        assert!(t.items.windows(2).all(|w| w[0].date <= w[1].date), "items in date order");
        assert_eq!(t.heading.start, Some(day("2026-10-01")), "no network dates: the span starts with the first item");
        assert_eq!(t.heading.end, Some(day("2027-06-30")));
        assert_eq!(t.undated.iter().map(|m| m.id).collect::<Vec<_>>(), [undated.id]);
        assert_eq!((t.omitted_items, t.omitted_undated), (0, 0));

        let kinds = |k: AttentionKind| o.attention.iter().filter(|a| a.kind == k).collect::<Vec<_>>();
        let warnings = kinds(AttentionKind::ImportWarning);
        assert_eq!(warnings.len(), 2);
        assert_eq!(warnings[0].network_id, Some(iot));
        assert!(warnings[0].message.contains("2 lines"), "{}", warnings[0].message);
        assert_eq!(warnings[1].network_id, None);
        assert!(warnings[1].message.contains("1 line "), "{}", warnings[1].message);

        let tentative = kinds(AttentionKind::TentativeSoon);
        let ids: Vec<_> = tentative.iter().map(|a| a.meeting_id).collect();
        assert!(ids.contains(&Some(soon.id)));
        assert!(!tentative.iter().any(|a| a.message.contains("Final event")), "two months away is not soon");
        assert!(
            !tentative.iter().any(|a| a.message.contains("Study visit")),
            "undated meetings have no start to be near"
        );
        let a = tentative.iter().find(|a| a.meeting_id == Some(soon.id)).unwrap();
        assert!(a.message.contains("11 March 2027"), "{}", a.message);

        let hostless_ids: Vec<_> = kinds(AttentionKind::NoHost).iter().map(|a| a.meeting_id.unwrap()).collect();
        assert_eq!(hostless_ids, [hostless.id, undated.id], "not the online one, not the held one, undated last");
        assert!(!hostless_ids.contains(&past.id));
    }
}
