//! Availability polls: deciding when a meeting takes place by asking the partners.
//!
//! A coordinator offers a few dates ([`option`]), sends every partner's contacts an e-mail
//! whose calendar part holds one tentative hold per option ([`invite`]), reads the answers
//! the partners' calendar programs send back, or the answer grid they paste ([`reply`]),
//! or types an answer in by hand ([`answer`]), looks at who can come when ([`grid`]), and
//! closes the poll on one option, which becomes a meeting ([`close`]).
//!
//! Invariants:
//! - An option is either timed (UTC instants plus the zone it was entered in, like a
//!   meeting) or all-day (dates only, the same days on every partner's calendar: never a
//!   shift across zones).
//! - Every option has its own random UUID, the iCalendar UID of its tentative hold; the
//!   meeting a poll closes on takes the chosen option's UID (with SEQUENCE 1), so the hold
//!   in each partner's calendar becomes the meeting.
//! - One answer per partner and option; a newer answer (by the reply's own DTSTAMP, or the
//!   time it was typed) replaces an older one and an older one never replaces a newer one,
//!   so reading the same replies twice, or in any order, gives the same answers.
//! - A closed poll is read-only: every change is refused with [`Error::Conflict`] naming the
//!   poll and the option it closed on; it stays as the record of how the date was chosen.
//! - The whole poll (options, answers, invitations sent) is carried by the JSON export.

pub mod answer;
pub mod close;
pub mod grid;
pub mod invite;
pub mod option;
pub mod reply;

use chrono::NaiveDate;
use rusqlite::{params, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, OptionalExt, Result};
use crate::i18n::{self, Message};
use crate::meeting::schedule::schedule_from_row;
use crate::meeting::{check_host, MeetingKind, Schedule};
use crate::network::get_network;
use crate::origin::Origin;
use crate::schedule_text::{schedule_parts_in, DateStyle};
use crate::store::{now_text, Db};
use crate::validate::{self, TITLE_MAX};

pub use answer::{set_answer, Answer, AnswerSource, PollAnswer};
pub use close::{close_poll, ClosedPoll};
pub use grid::{poll_grid, poll_grid_in, GridCell, GridOption, GridPartner, PollGrid};
pub use invite::{poll_cancellations, poll_invitations, PollInviteInput, PollMessage, PollMessagesWritten};
pub use option::{parse_option, PollOption};
pub use reply::{parse_reply, read_replies, ReadAnswer, RepliesReport, ReplyFile, ReplyProblem};

/// Options a poll may offer: enough for a few weeks of choices, few enough for a grid.
pub const OPTIONS_MAX: usize = 30;

/// An invitation `poll invite` wrote: to which address, for which partner, and the token
/// a pasted text answer carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollRecipient {
    pub partner_id: i64,
    pub email: String,
    pub token: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Poll {
    pub id: i64,
    pub network_id: i64,
    pub title: String,
    pub kind: MeetingKind,
    #[serde(default)]
    pub host_partner_id: Option<i64>,
    /// The host's name: derived, not read back from a file.
    #[serde(default, skip_deserializing)]
    pub host_name: Option<String>,
    /// The zone the timed options were entered in.
    #[serde(default)]
    pub time_zone: Option<String>,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// The sender of the invitations, once sent.
    #[serde(default)]
    pub organizer: String,
    /// Set when the poll is closed: the option chosen and the meeting made of it.
    #[serde(default)]
    pub closed_option_id: Option<i64>,
    #[serde(default)]
    pub meeting_id: Option<i64>,
    #[serde(default)]
    pub closed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// In order: option 1, 2, 3.
    pub options: Vec<PollOption>,
    #[serde(default)]
    pub answers: Vec<PollAnswer>,
    #[serde(default)]
    pub recipients: Vec<PollRecipient>,
}

impl Poll {
    pub fn is_closed(&self) -> bool {
        self.closed_at.is_some()
    }

    /// The option numbered `number` (1-based, as people and the CLI count).
    pub fn option_numbered(&self, number: i64) -> Result<&PollOption> {
        self.options.iter().find(|o| o.number == number).ok_or_else(|| {
            Error::invalid(
                "option",
                Message::new("error-poll-no-option")
                    .arg("poll", &self.title)
                    .arg("number", number.to_string())
                    .arg("count", self.options.len()),
            )
        })
    }

    /// Refuses any change to a closed poll.
    pub fn check_open(&self) -> Result<()> {
        if !self.is_closed() {
            return Ok(());
        }
        let message = match self.options.iter().find(|o| Some(o.id) == self.closed_option_id) {
            Some(chosen) => Message::new("error-poll-closed-on-option")
                .arg("number", chosen.number.to_string())
                .arg("when", &chosen.when.text),
            None => Message::new("error-poll-closed"),
        };
        Err(Error::conflict(message.arg("poll", &self.title)))
    }
}

/// What a coordinator types to start a poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PollInput {
    pub title: String,
    pub kind: MeetingKind,
    #[serde(default)]
    pub host_partner_id: Option<i64>,
    /// The zone of the timed options; empty: the host's.
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// "YYYY-MM-DD HH:MM/HH:MM" (timed) or "YYYY-MM-DD" / "YYYY-MM-DD/YYYY-MM-DD" (all day).
    pub options: Vec<String>,
}

const POLL_COLUMNS: &str = "p.id, p.network_id, p.title, p.kind, p.host_partner_id, h.name AS host_name, p.time_zone,
    p.deadline, p.organizer, p.closed_option_id, p.meeting_id, p.closed_at, p.created_at, p.updated_at";

fn poll_from_row(row: &Row<'_>) -> rusqlite::Result<Poll> {
    Ok(Poll {
        id: row.get("id")?,
        network_id: row.get("network_id")?,
        title: row.get("title")?,
        kind: row.get("kind")?,
        host_partner_id: row.get("host_partner_id")?,
        host_name: row.get("host_name")?,
        time_zone: row.get("time_zone")?,
        deadline: row.get("deadline")?,
        organizer: row.get("organizer")?,
        closed_option_id: row.get("closed_option_id")?,
        meeting_id: row.get("meeting_id")?,
        closed_at: row.get("closed_at")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
        options: Vec::new(),
        answers: Vec::new(),
        recipients: Vec::new(),
    })
}

/// The options of `poll`, each `when` on the poll's clock in the reader's language.
fn options_of(db: &Db, poll: &Poll) -> Result<Vec<PollOption>> {
    let locale = i18n::current();
    let zone = poll.time_zone.as_deref().and_then(|z| z.parse().ok());
    let mut stmt = db.conn().prepare_cached(
        "SELECT id, poll_id, position, uid, schedule_kind, start_utc, end_utc, time_zone, first_date, last_date
         FROM poll_options WHERE poll_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([poll.id], |r| {
        let schedule: Schedule = schedule_from_row(r)?;
        Ok(PollOption {
            id: r.get("id")?,
            poll_id: r.get("poll_id")?,
            number: r.get("position")?,
            uid: r.get("uid")?,
            when: schedule_parts_in(locale, &schedule, zone, DateStyle::Short),
            schedule,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn recipients_of(db: &Db, poll_id: i64) -> Result<Vec<PollRecipient>> {
    let mut stmt = db.conn().prepare_cached(
        "SELECT partner_id, email, token FROM poll_recipients WHERE poll_id = ?1 ORDER BY partner_id, email",
    )?;
    let rows =
        stmt.query_map([poll_id], |r| Ok(PollRecipient { partner_id: r.get(0)?, email: r.get(1)?, token: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get_poll(db: &Db, id: i64) -> Result<Poll> {
    let mut poll = db
        .conn()
        .query_row(
            &format!(
                "SELECT {POLL_COLUMNS} FROM polls p LEFT JOIN partners h ON h.id = p.host_partner_id WHERE p.id = ?1"
            ),
            [id],
            poll_from_row,
        )
        .optional()?
        .ok_or_else(|| Error::not_found(Message::new("error-no-poll-id").arg("id", id.to_string())))?;
    poll.options = options_of(db, &poll)?;
    poll.answers = answer::answers_of(db, id)?;
    poll.recipients = recipients_of(db, id)?;
    Ok(poll)
}

/// A network's polls, newest first.
pub fn list_polls(db: &Db, network_id: i64) -> Result<Vec<Poll>> {
    get_network(db, network_id)?;
    let mut stmt = db.conn().prepare_cached("SELECT id FROM polls WHERE network_id = ?1 ORDER BY id DESC")?;
    let ids: Vec<i64> = stmt.query_map([network_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| get_poll(db, id)).collect()
}

/// Starts a poll: its options checked and saved in the order given (see [`parse_option`]).
pub fn create_poll(db: &mut Db, network_id: i64, input: PollInput) -> Result<Poll> {
    let id = db.in_transaction(|db| insert_poll(db, network_id, &input))?;
    get_poll(db, id)
}

fn insert_poll(db: &mut Db, network_id: i64, input: &PollInput) -> Result<i64> {
    get_network(db, network_id)?;
    let title = validate::required("title", &input.title, TITLE_MAX)?;
    if let Some(host) = input.host_partner_id {
        check_host(db, network_id, host)?;
    }
    let zone = option::poll_zone(db, &input.time_zone, input.host_partner_id)?;
    if let Some(deadline) = input.deadline {
        validate::date("deadline", deadline)?;
    }
    if input.options.is_empty() {
        return Err(Error::invalid("options", Message::new("error-poll-no-options")));
    }
    if input.options.len() > OPTIONS_MAX {
        return Err(Error::invalid(
            "options",
            Message::new("error-poll-too-many-options").arg("count", input.options.len()).arg("max", OPTIONS_MAX),
        ));
    }
    let mut schedules = Vec::new();
    for (i, text) in input.options.iter().enumerate() {
        let schedule = parse_option(&format!("options[{i}]"), text, zone)?;
        if let Some(same) = schedules.iter().position(|s| *s == schedule) {
            return Err(Error::invalid(
                format!("options[{i}]"),
                Message::new("error-poll-option-twice")
                    .arg("option", text.trim())
                    .arg("first", (same + 1).to_string())
                    .arg("second", (i + 1).to_string()),
            ));
        }
        schedules.push(schedule);
    }
    let now = now_text();
    db.conn().execute(
        "INSERT INTO polls (network_id, title, kind, host_partner_id, time_zone, deadline, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![network_id, title, input.kind, input.host_partner_id, zone.map(|z| z.name()), input.deadline, now],
    )?;
    let id = db.conn().last_insert_rowid();
    for (i, schedule) in schedules.iter().enumerate() {
        option::insert_option(db, id, None, i as i64 + 1, &uuid::Uuid::new_v4().to_string(), schedule)?;
    }
    Ok(id)
}

/// Deletes a poll with its options and answers (the meeting it created stays).
pub fn delete_poll(db: &mut Db, id: i64) -> Result<()> {
    get_poll(db, id)?;
    db.conn().execute("DELETE FROM polls WHERE id = ?1", [id])?;
    Ok(())
}

/// Writes an exported poll as the file says (ids, UIDs, answers, invitations, closure),
/// through the same checks as one typed in.
pub(crate) fn import_poll(db: &mut Db, network_id: i64, poll: &Poll, origin: &Origin) -> Result<()> {
    let stamps = origin.stamps()?;
    let title = validate::required("title", &poll.title, TITLE_MAX)?;
    if let Some(host) = poll.host_partner_id {
        check_host(db, network_id, host)?;
    }
    let zone = match poll.time_zone.as_deref() {
        Some(z) => Some(validate::zone("time_zone", z)?),
        None => None,
    };
    let organizer = validate::email("organizer", &poll.organizer)?;
    db.conn().execute(
        "INSERT INTO polls (id, network_id, title, kind, host_partner_id, time_zone, deadline, organizer, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            stamps.id,
            network_id,
            title,
            poll.kind,
            poll.host_partner_id,
            zone.map(|z| z.name()),
            poll.deadline,
            organizer,
            stamps.created_at,
            stamps.updated_at
        ],
    )?;
    let id = db.conn().last_insert_rowid();
    for (i, o) in poll.options.iter().enumerate() {
        option::insert_option(db, id, Some(o.id), o.number, &o.uid, &o.schedule)
            .map_err(|e| e.within(&format!("options[{i}]")))?;
    }
    for (i, a) in poll.answers.iter().enumerate() {
        answer::import_answer(db, network_id, id, a).map_err(|e| e.within(&format!("answers[{i}]")))?;
    }
    for (i, r) in poll.recipients.iter().enumerate() {
        invite::import_recipient(db, network_id, id, r).map_err(|e| e.within(&format!("recipients[{i}]")))?;
    }
    if let Some(closed_at) = &poll.closed_at {
        let closed_at = crate::origin::instant("closed_at", closed_at)?;
        let option = poll
            .closed_option_id
            .filter(|o| poll.options.iter().any(|x| x.id == *o))
            .ok_or_else(|| Error::invalid("closed_option_id", Message::new("error-poll-closed-option-elsewhere")))?;
        if let Some(meeting) = poll.meeting_id {
            let owner: Option<i64> = db
                .conn()
                .query_row("SELECT network_id FROM meetings WHERE id = ?1", [meeting], |r| r.get(0))
                .optional()?;
            if owner != Some(network_id) {
                return Err(Error::invalid(
                    "meeting_id",
                    Message::new("error-poll-meeting-elsewhere").arg("id", meeting.to_string()),
                ));
            }
        }
        db.conn().execute(
            "UPDATE polls SET closed_option_id = ?2, meeting_id = ?3, closed_at = ?4 WHERE id = ?1",
            params![id, option, poll.meeting_id, closed_at],
        )?;
    }
    Ok(())
}
