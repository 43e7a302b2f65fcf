//! One VEVENT's facts, borrowed: what the writer ([`super::write`]) reads to write an event,
//! whichever source they come from.
//!
//! Why a view and not a [`Meeting`]: a network's calendar is written straight from SQLite's
//! rows ([`super::rows`]), borrowing each text column for the moment the row is current, so
//! 20,000 meetings cost no `Meeting` value, no `String` per column and no 20,000-element
//! list. A single meeting, an invitation or a published resource already holds a
//! `Meeting`; [`Event::of_meeting`] lends its fields. Both sources go through the same
//! writer, so the same meeting gives the same bytes either way (`tests/core/ical_from_database.rs`
//! compares the two on a varied network).
//!
//! Invariant: an [`Event`] holds exactly what the VEVENT shows and nothing the writer would
//! have to look up (the host's name is resolved, the local times are computed on the
//! meeting's own zone); undated meetings have no event.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::agenda::AgendaItem;
use crate::meeting::{Meeting, MeetingKind, MeetingMode, MeetingStatus, Schedule};

/// When a dated meeting takes place, as DTSTART and DTEND write it.
#[derive(Debug, Clone, Copy)]
pub(super) enum EventTime {
    /// Instants with their zone (`None` for a name chrono-tz does not know: such times are
    /// written in UTC) and the same instants on that zone's clock.
    Timed {
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        zone: Option<Tz>,
        start_local: NaiveDateTime,
        end_local: NaiveDateTime,
    },
    /// Whole days, first to last inclusive.
    AllDay { first: NaiveDate, last: NaiveDate },
}

/// The fields of a dated meeting that its VEVENT writes, borrowed from a `Meeting` or a row.
#[derive(Debug, Clone, Copy)]
pub(super) struct Event<'a> {
    pub uid: &'a str,
    pub sequence: i64,
    pub time: EventTime,
    pub title: &'a str,
    pub status: MeetingStatus,
    pub kind: MeetingKind,
    pub venue: &'a str,
    /// The host partner's name: the city a LOCATION names.
    pub host_name: Option<&'a str>,
    pub mode: MeetingMode,
    pub online_url: &'a str,
    pub description: &'a str,
    pub agenda: &'a [AgendaItem],
}

impl<'a> Event<'a> {
    /// The event of a dated meeting; `None` for an undated one.
    pub(super) fn of_meeting(m: &'a Meeting) -> Option<Event<'a>> {
        let time = match &m.schedule {
            Schedule::Timed { start, end, time_zone, start_local, end_local } => EventTime::Timed {
                start: *start,
                end: *end,
                zone: time_zone.parse::<Tz>().ok(),
                start_local: *start_local,
                end_local: *end_local,
            },
            Schedule::AllDay { first, last } => EventTime::AllDay { first: *first, last: *last },
            Schedule::Undated { .. } => return None,
        };
        Some(Event {
            uid: &m.uid,
            sequence: m.sequence,
            time,
            title: &m.title,
            status: m.status,
            kind: m.kind,
            venue: &m.venue,
            host_name: m.host_name.as_deref(),
            mode: m.mode,
            online_url: &m.online_url,
            description: &m.description,
            agenda: &m.agenda,
        })
    }
}
