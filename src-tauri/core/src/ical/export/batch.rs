//! Events handed from the thread that reads SQLite's rows to the thread that writes them.
//!
//! Why: a network's calendar costs two halves of about the same size, stepping SQLite
//! through the meetings (and working out each one's local times) and writing the VEVENTs.
//! On a machine with two cores the halves overlap: [`super::rows`] reads on the calling
//! thread and sends the events in batches over a bounded channel to a writer thread. A row
//! is only current while SQLite sits on it, so a batch copies the texts of its events into
//! one buffer of its own; the copy is small next to the writing it lets run beside the read.
//!
//! Invariant: a batch gives its events back in the order they were pushed, each exactly as
//! it was pushed, and the writer takes the batches in the order they were sent, so the
//! file is the one a single pass writes (`tests/core/ical_from_database.rs` compares them).

use std::collections::HashMap;
use std::ops::Range;

use super::event::{Event, EventTime};
use crate::agenda::AgendaItem;
use crate::meeting::{MeetingKind, MeetingMode, MeetingStatus};

/// How many events a batch holds before it is sent: large enough that the channel is not
/// the work, small enough that the writer starts at once.
pub(super) const EVENTS_PER_BATCH: usize = 256;

/// Events whose texts live in one buffer of the batch.
pub(super) struct EventBatch {
    texts: String,
    events: Vec<BatchedEvent>,
}

/// An event of a batch: its texts are ranges of the batch's buffer, its agenda is found by
/// its meeting's id when it is written.
struct BatchedEvent {
    meeting_id: i64,
    uid: Range<usize>,
    sequence: i64,
    time: EventTime,
    title: Range<usize>,
    status: MeetingStatus,
    kind: MeetingKind,
    venue: Range<usize>,
    host_name: Option<Range<usize>>,
    mode: MeetingMode,
    online_url: Range<usize>,
    description: Range<usize>,
}

impl EventBatch {
    pub(super) fn new() -> EventBatch {
        EventBatch {
            texts: String::with_capacity(EVENTS_PER_BATCH * 256),
            events: Vec::with_capacity(EVENTS_PER_BATCH),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.events.len()
    }

    /// Copies `event` of meeting `meeting_id` into the batch. Its `agenda` is not kept: the
    /// writer looks the meeting's agenda up when it writes the event ([`EventBatch::events`]).
    pub(super) fn push(&mut self, meeting_id: i64, event: &Event<'_>) {
        let mut keep = |text: &str| {
            let start = self.texts.len();
            self.texts.push_str(text);
            start..self.texts.len()
        };
        let batched = BatchedEvent {
            meeting_id,
            uid: keep(event.uid),
            sequence: event.sequence,
            time: event.time,
            title: keep(event.title),
            status: event.status,
            kind: event.kind,
            venue: keep(event.venue),
            host_name: event.host_name.map(&mut keep),
            mode: event.mode,
            online_url: keep(event.online_url),
            description: keep(event.description),
        };
        self.events.push(batched);
    }

    /// The events in the order they were pushed, each with its meeting's agenda from
    /// `agendas` (none when the meeting has no entry).
    pub(super) fn events<'a>(
        &'a self,
        agendas: &'a HashMap<i64, Vec<AgendaItem>>,
    ) -> impl Iterator<Item = Event<'a>> + 'a {
        let text = |range: &Range<usize>| &self.texts[range.clone()];
        self.events.iter().map(move |e| Event {
            uid: text(&e.uid),
            sequence: e.sequence,
            time: e.time,
            title: text(&e.title),
            status: e.status,
            kind: e.kind,
            venue: text(&e.venue),
            host_name: e.host_name.as_ref().map(text),
            mode: e.mode,
            online_url: text(&e.online_url),
            description: text(&e.description),
            agenda: agendas.get(&e.meeting_id).map(Vec::as_slice).unwrap_or(&[]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn event<'a>(uid: &'a str, title: &'a str, host: Option<&'a str>) -> Event<'a> {
        let day = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        Event {
            uid,
            sequence: 2,
            time: EventTime::AllDay { first: day, last: day },
            title,
            status: MeetingStatus::Confirmed,
            kind: MeetingKind::Transnational,
            venue: "Town hall",
            host_name: host,
            mode: MeetingMode::Hybrid,
            online_url: "https://meet.example/x",
            description: "Día 1: ūdens",
            agenda: &[],
        }
    }

    #[test]
    fn a_batch_gives_back_each_event_as_pushed_in_order_with_its_agenda() {
        let item = AgendaItem {
            id: 1,
            position: 0,
            start_time: None,
            end_time: None,
            title: "Welcome".into(),
            lead_partner_id: None,
            notes: String::new(),
        };
        let agendas = HashMap::from([(8, vec![item.clone()])]);
        let mut batch = EventBatch::new();
        batch.push(7, &event("a@x", "Kick-off in Gävle", Some("Gävle")));
        batch.push(8, &event("b@x", "", None));
        assert_eq!(batch.len(), 2);
        let back: Vec<Event<'_>> = batch.events(&agendas).collect();
        assert_eq!((back[0].uid, back[0].title, back[0].host_name), ("a@x", "Kick-off in Gävle", Some("Gävle")));
        assert_eq!((back[1].uid, back[1].title, back[1].host_name), ("b@x", "", None));
        assert_eq!(back[1].description, "Día 1: ūdens");
        assert!(back[0].agenda.is_empty());
        assert_eq!(back[1].agenda, &[item][..]);
    }
}
