//! The life of a meeting: confirmed, held, postponed, cancelled.
//!
//! Each step is one function that checks the step makes sense for the meeting as it is
//! (a cancelled meeting is not held, an undated one is not confirmed) and saves through
//! [`update_meeting`], so the SEQUENCE rises exactly as for any change of status or time
//! and calendars replace their copy. Repeating a step that is already done (confirming a
//! confirmed meeting) changes nothing and is not an error.
//!
//! Postponing keeps the old date on record without a history table: a line such as
//! "Postponed from 10 March 2027, 10:00–12:00 (Europe/Riga)." is added to the end of the
//! meeting's description, where the window, `convene meeting show`, the calendar export
//! and invitations all show it, and where it survives export and import. The line is
//! written in the network's working language, like the invitations partners read it in
//! (`meeting-postponed-from` in `export.ftl`; an English network's line is as above). Then
//! either
//! - the meeting gets its new date ([`Postponement::To`]) and becomes tentative again,
//!   since the new date is not confirmed yet; or
//! - no new date is known ([`Postponement::Undated`]): the status becomes `postponed` and
//!   the old date stays in the schedule, because that is the date calendars hold: the
//!   export and invitations cancel it there ("Postponed: a new date will follow."). The
//!   new date is given later by postponing again with one, or by editing the meeting.

use chrono::{DateTime, NaiveDate, Utc};

use crate::error::{Error, Result};
use crate::i18n::{self, translate, Locale, Message};
use crate::ical::invite::schedule_in;
use crate::meeting::{get_meeting, update_meeting, Meeting, MeetingInput, MeetingStatus, Schedule, ScheduleInput};
use crate::network::get_network;
use crate::schedule_text::schedule_text;
use crate::store::Db;
use crate::time_text::{date_text_in, DateStyle};

/// Where a postponed meeting goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Postponement {
    /// To this later date.
    To(ScheduleInput),
    /// Off the calendar until a new date is known.
    Undated,
}

/// Marks a dated meeting as confirmed (also a postponed or cancelled one that takes place
/// at its date after all).
pub fn confirm_meeting(db: &mut Db, id: i64) -> Result<Meeting> {
    let meeting = get_meeting(db, id)?;
    if meeting.status == MeetingStatus::Held {
        return Err(refused("error-meeting-already-held", &meeting.title));
    }
    if matches!(meeting.schedule, Schedule::Undated { .. }) {
        return Err(refused("error-meeting-undated-not-confirmed", &meeting.title));
    }
    with_status(db, meeting, MeetingStatus::Confirmed)
}

/// Marks a meeting as held; it must have begun by `now`.
pub fn mark_meeting_held(db: &mut Db, id: i64, now: DateTime<Utc>) -> Result<Meeting> {
    let meeting = get_meeting(db, id)?;
    let title = &meeting.title;
    let not_yet = |when: String| {
        let message = Message::new("error-meeting-not-begun").arg("title", title).arg("when", when);
        Error::invalid("status", message)
    };
    match (&meeting.status, &meeting.schedule) {
        (MeetingStatus::Cancelled, _) => return Err(refused("error-meeting-cancelled-not-held", title)),
        (MeetingStatus::Postponed, _) => return Err(refused("error-meeting-postponed-not-held", title)),
        (_, Schedule::Undated { .. }) => return Err(refused("error-meeting-undated-not-held", title)),
        (_, Schedule::Timed { start, time_zone, start_local, .. }) if *start > now => {
            let when = format!("{}, {} ({time_zone})", long_date(start_local.date()), start_local.format("%H:%M"));
            return Err(not_yet(when));
        }
        (_, Schedule::AllDay { first, .. }) if *first > now.date_naive() => return Err(not_yet(long_date(*first))),
        _ => {}
    }
    with_status(db, meeting, MeetingStatus::Held)
}

/// Cancels a meeting; it stays, so calendars learn of the cancellation.
pub fn cancel_meeting(db: &mut Db, id: i64) -> Result<Meeting> {
    let meeting = get_meeting(db, id)?;
    if meeting.status == MeetingStatus::Held {
        return Err(refused("error-meeting-already-held", &meeting.title));
    }
    with_status(db, meeting, MeetingStatus::Cancelled)
}

/// Postpones a dated meeting, keeping its old date in the description (see the module
/// docs).
pub fn postpone_meeting(db: &mut Db, id: i64, to: Postponement) -> Result<Meeting> {
    let meeting = get_meeting(db, id)?;
    let title = &meeting.title;
    match meeting.status {
        MeetingStatus::Cancelled => return Err(refused("error-meeting-cancelled-not-postponed", title)),
        MeetingStatus::Held => return Err(refused("error-meeting-already-held", title)),
        MeetingStatus::Postponed if to == Postponement::Undated => {
            return Err(refused("error-meeting-already-postponed", title))
        }
        _ => {}
    }
    let language = get_network(db, meeting.network_id)?.language;
    let Some(old_date) = dated_text(language, &meeting.schedule) else {
        let message = Message::new("error-meeting-nothing-to-postpone").arg("title", title);
        return Err(Error::invalid("schedule", message));
    };
    let mut input = MeetingInput::from(&meeting);
    let record = translate(language, "meeting-postponed-from", &[("when", old_date.into())]);
    input.description = if input.description.trim().is_empty() {
        record
    } else {
        format!("{}\n\n{record}", input.description.trim_end())
    };
    match to {
        Postponement::Undated => input.status = MeetingStatus::Postponed,
        Postponement::To(schedule) => {
            check_later(&meeting.schedule, &schedule)?;
            input.schedule = schedule;
            input.status = MeetingStatus::Tentative;
        }
    }
    update_meeting(db, id, input)
}

/// The step refused because of the meeting's state: the message `id` about `title`.
fn refused(id: &'static str, title: &str) -> Error {
    Error::invalid("status", Message::new(id).arg("title", title))
}

fn with_status(db: &mut Db, meeting: Meeting, status: MeetingStatus) -> Result<Meeting> {
    if meeting.status == status {
        return Ok(meeting);
    }
    let mut input = MeetingInput::from(&meeting);
    input.status = status;
    update_meeting(db, meeting.id, input)
}

/// A new date must come after the old one: bringing a meeting forward is a change of
/// date, not a postponement.
fn check_later(old: &Schedule, new: &ScheduleInput) -> Result<()> {
    let old_start = match old {
        Schedule::Timed { start_local, .. } => *start_local,
        Schedule::AllDay { first, .. } => first.and_hms_opt(0, 0, 0).expect("midnight exists"),
        Schedule::Undated { .. } => return Ok(()),
    };
    let (field, new_start) = match new {
        ScheduleInput::Timed { start_local, .. } => ("start", *start_local),
        ScheduleInput::AllDay { first, .. } => ("first", first.and_hms_opt(23, 59, 59).expect("a time of day")),
        ScheduleInput::Undated { .. } => {
            return Err(Error::invalid("schedule", Message::new("error-postpone-needs-date")))
        }
    };
    if new_start <= old_start {
        let message = Message::new("error-postpone-not-later")
            .arg("new", new_start.format("%Y-%m-%d %H:%M").to_string())
            .arg("old", old_start.format("%Y-%m-%d %H:%M").to_string());
        return Err(Error::invalid(field, message));
    }
    Ok(())
}

/// A day as an error about the meeting says it, in the reader's language: "10 March
/// 2027", "10. März 2027".
fn long_date(date: NaiveDate) -> String {
    date_text_in(i18n::current(), date, DateStyle::Long)
}

/// A dated schedule as the postponement record reads it in `language`: in English the
/// core's one wording of a meeting's when ("10 March 2027, 10:00–12:00 (Europe/Riga)",
/// English because the record is kept in an English network's description, whoever
/// reads it),
/// in the other languages an invitation's ("mercredi 10 mars 2027, 10:00-12:00 (heure de
/// Europe/Riga, UTC+02:00)"); `None` when undated.
fn dated_text(language: Locale, schedule: &Schedule) -> Option<String> {
    match schedule {
        Schedule::Undated { .. } => None,
        dated if language == Locale::En => Some(schedule_text(dated, None, DateStyle::Long)),
        dated => Some(schedule_in(language, dated, None)),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDateTime;

    use super::*;
    use crate::meeting::{create_meeting, MeetingKind};
    use crate::network::{create_network, NetworkInput, NetworkKind};

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn timed(start: &str, end: &str) -> ScheduleInput {
        ScheduleInput::Timed { start_local: at(start), end_local: at(end), time_zone: "Europe/Riga".into() }
    }

    fn setup(schedule: ScheduleInput, status: MeetingStatus) -> (tempfile::TempDir, Db, i64) {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Db::open(dir.path().join("t.db")).unwrap();
        let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Other)).unwrap();
        let input = MeetingInput {
            status,
            description: "Second meeting of phase 2".into(),
            ..MeetingInput::new(MeetingKind::Transnational, "Meeting in Jelgava", schedule)
        };
        let id = create_meeting(&mut db, network.id, input).unwrap().id;
        (dir, db, id)
    }

    #[test]
    fn postponing_keeps_the_old_date_in_the_description_and_raises_the_sequence() {
        let (_dir, mut db, id) = setup(timed("2027-03-10 10:00", "2027-03-10 12:00"), MeetingStatus::Confirmed);
        let m = postpone_meeting(&mut db, id, Postponement::To(timed("2027-04-02 10:00", "2027-04-02 12:00"))).unwrap();
        assert_eq!(
            m.description,
            "Second meeting of phase 2\n\nPostponed from 10 March 2027, 10:00–12:00 (Europe/Riga)."
        );
        assert_eq!(m.status, MeetingStatus::Tentative);
        assert_eq!(m.sequence, 1);
        let m = postpone_meeting(&mut db, id, Postponement::Undated).unwrap();
        assert!(
            m.description.ends_with("Postponed from 2 April 2027, 10:00–12:00 (Europe/Riga)."),
            "{}",
            m.description
        );
        assert!(m.description.contains("10 March 2027"), "the first postponement stays on record");
        assert_eq!(m.status, MeetingStatus::Postponed);
        assert_eq!(m.sequence, 2);
        let err = postpone_meeting(&mut db, id, Postponement::Undated).unwrap_err();
        assert!(err.to_string().contains("already postponed"), "{err}");
    }

    #[test]
    fn a_french_network_records_the_postponement_in_french() {
        let (_dir, mut db, id) = setup(timed("2027-03-10 10:00", "2027-03-10 12:00"), MeetingStatus::Confirmed);
        let network = get_meeting(&db, id).unwrap().network_id;
        crate::network::set_network_language(&mut db, network, Locale::Fr).unwrap();
        let m = postpone_meeting(&mut db, id, Postponement::Undated).unwrap();
        assert_eq!(
            m.description,
            "Second meeting of phase 2\n\nReportée ; date initiale : mercredi 10 mars 2027, 10:00-12:00 (heure de Europe/Riga, UTC+02:00)."
        );
    }

    #[test]
    fn a_new_date_must_be_later_and_a_refused_step_changes_nothing() {
        let (_dir, mut db, id) = setup(timed("2027-03-10 10:00", "2027-03-10 12:00"), MeetingStatus::Confirmed);
        let before = get_meeting(&db, id).unwrap();
        let err =
            postpone_meeting(&mut db, id, Postponement::To(timed("2027-03-09 10:00", "2027-03-09 12:00"))).unwrap_err();
        assert_eq!(err.field(), Some("start"));
        let now = "2026-12-06T08:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let err = mark_meeting_held(&mut db, id, now).unwrap_err();
        assert!(err.to_string().contains("has not come yet"), "{err}");
        assert_eq!(get_meeting(&db, id).unwrap(), before);
    }

    #[test]
    fn confirm_held_and_cancel_follow_the_meetings_life() {
        let (_dir, mut db, id) = setup(
            ScheduleInput::AllDay {
                first: NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
                last: NaiveDate::from_ymd_opt(2026, 3, 11).unwrap(),
            },
            MeetingStatus::Tentative,
        );
        let m = confirm_meeting(&mut db, id).unwrap();
        assert_eq!((m.status, m.sequence), (MeetingStatus::Confirmed, 1));
        let again = confirm_meeting(&mut db, id).unwrap();
        assert_eq!(again.sequence, 1, "confirming twice is one change");
        let now = "2026-12-06T08:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let m = mark_meeting_held(&mut db, id, now).unwrap();
        assert_eq!((m.status, m.sequence), (MeetingStatus::Held, 2));
        assert!(cancel_meeting(&mut db, id).is_err(), "a held meeting is not cancelled");
        let (_d, mut db, undated) = setup(
            ScheduleInput::Undated { year: Some(2027), month: None, wording: String::new() },
            MeetingStatus::Tentative,
        );
        assert!(confirm_meeting(&mut db, undated).is_err());
        assert!(postpone_meeting(&mut db, undated, Postponement::Undated).is_err());
        assert_eq!(cancel_meeting(&mut db, undated).unwrap().status, MeetingStatus::Cancelled);
    }
}
