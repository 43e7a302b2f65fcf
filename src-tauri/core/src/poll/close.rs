//! Closing a poll on one option: the option becomes a meeting.
//!
//! [`close_poll`] creates the meeting through the meetings' own insert (the same checks as
//! a form's): the poll's title, kind and host, the option's time (or days), status
//! confirmed. The meeting keeps the option's UID with SEQUENCE 1, so its invitation
//! replaces the tentative hold the partners' calendars hold for that option. The poll then
//! records the option, the meeting and the time, and is read-only from then on. All of it
//! is one transaction: a refused meeting leaves the poll open and unchanged.

use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::error::Result;
use crate::meeting::{get_meeting, insert_meeting, Meeting, MeetingInput, MeetingStatus, ScheduleInput};
use crate::origin::Origin;
use crate::store::{now_text, Db};

use super::{get_poll, Poll};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClosedPoll {
    pub poll: Poll,
    pub meeting: Meeting,
}

/// Closes the poll on option `number` (1-based) and creates its meeting; see the module docs.
pub fn close_poll(db: &mut Db, poll_id: i64, number: i64) -> Result<ClosedPoll> {
    let poll = get_poll(db, poll_id)?;
    poll.check_open()?;
    let option = poll.option_numbered(number)?.clone();
    let meeting_id = db.in_transaction(|db| {
        let input = MeetingInput {
            host_partner_id: poll.host_partner_id,
            status: MeetingStatus::Confirmed,
            ..MeetingInput::new(poll.kind, &poll.title, ScheduleInput::from(&option.schedule))
        };
        let origin = Origin::Calendar { uid: option.uid.clone(), sequence: 1 };
        let meeting_id = insert_meeting(db, poll.network_id, &input, &origin)?;
        let now = now_text();
        db.conn().execute(
            "UPDATE polls SET closed_option_id = ?2, meeting_id = ?3, closed_at = ?4, updated_at = ?4 WHERE id = ?1",
            params![poll.id, option.id, meeting_id, now],
        )?;
        Ok(meeting_id)
    })?;
    Ok(ClosedPoll { poll: get_poll(db, poll_id)?, meeting: get_meeting(db, meeting_id)? })
}
