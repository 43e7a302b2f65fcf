//! Which meetings a selection keeps: a partner's view (what it hosts or attends, and the
//! network-wide meetings) and a date range (a meeting with a day inside it on its own
//! zone's clock).
//!
//! The rules are written over the few facts they read (kind, host, attendance, days), not
//! over a [`Meeting`], so that the export reading rows ([`super::rows`]) and the one holding
//! `Meeting` values ([`super::export_ics_with`] for one meeting) choose by the same code.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::meeting::{AttendanceStatus, Attendee, Meeting, MeetingKind, Schedule};
use crate::partner::Partner;

/// The days a meeting covers, as a date range reads them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Days {
    /// First to last day, inclusive.
    Span(NaiveDate, NaiveDate),
    /// Not dated and nothing known that places it: in every range.
    Unknown,
}

/// The days of a timed meeting on its own clock; one that ends at midnight of a later day
/// does not cover that day.
pub(super) fn timed_days(start_local: NaiveDateTime, end_local: NaiveDateTime) -> Days {
    let last = if end_local.time() == NaiveTime::MIN && end_local.date() > start_local.date() {
        end_local.date().pred_opt().unwrap_or(end_local.date())
    } else {
        end_local.date()
    };
    Days::Span(start_local.date(), last)
}

/// The days an undated meeting may fall on: its month, its year, or unknown.
pub(super) fn undated_days(year: Option<i32>, month: Option<u32>) -> Days {
    let Some(y) = year else { return Days::Unknown };
    let (first, last) = match month {
        Some(m) => (NaiveDate::from_ymd_opt(y, m, 1), next_month(y, m).and_then(|d| d.pred_opt())),
        None => (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 12, 31)),
    };
    match (first, last) {
        (Some(f), Some(l)) => Days::Span(f, l),
        _ => Days::Unknown,
    }
}

fn next_month(year: i32, month: u32) -> Option<NaiveDate> {
    if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
}

/// The days of a schedule.
pub(super) fn schedule_days(schedule: &Schedule) -> Days {
    match schedule {
        Schedule::Timed { start_local, end_local, .. } => timed_days(*start_local, *end_local),
        Schedule::AllDay { first, last } => Days::Span(*first, *last),
        Schedule::Undated { year, month, .. } => undated_days(*year, *month),
    }
}

/// Whether `days` has a day in `from..=to`.
pub(super) fn in_range(days: Days, from: Option<NaiveDate>, to: Option<NaiveDate>) -> bool {
    match days {
        Days::Unknown => true,
        Days::Span(first, last) => from.is_none_or(|f| last >= f) && to.is_none_or(|t| first <= t),
    }
}

/// Whether a meeting of `kind` concerns every partner of its network: kick-off,
/// transnational, online touch-base, phase review and final event meetings, and any meeting
/// that names nobody in particular (no host and no attendance recorded).
pub(super) fn network_wide(kind: MeetingKind, host: Option<i64>, attendance_recorded: bool) -> bool {
    matches!(
        kind,
        MeetingKind::KickOff
            | MeetingKind::Transnational
            | MeetingKind::OnlineTouchBase
            | MeetingKind::PhaseReview
            | MeetingKind::FinalEvent
    ) || (host.is_none() && !attendance_recorded)
}

/// Whether `partner` hosts the meeting, attends it (itself or through a contact, unless it
/// declined), or the meeting is network-wide.
pub(super) fn concerns(
    partner: &Partner,
    kind: MeetingKind,
    host: Option<i64>,
    attendance: &[(Attendee, AttendanceStatus)],
) -> bool {
    host == Some(partner.id)
        || network_wide(kind, host, !attendance.is_empty())
        || attendance.iter().any(|(attendee, status)| attends(partner, *attendee, *status))
}

/// Whether `attendee`'s answer `status` means `partner` comes.
fn attends(partner: &Partner, attendee: Attendee, status: AttendanceStatus) -> bool {
    status != AttendanceStatus::Declined
        && match attendee {
            Attendee::Partner(id) => id == partner.id,
            Attendee::Contact(id) => partner.contacts.iter().any(|c| c.id == id),
        }
}

/// [`concerns`] for a `Meeting`.
pub(super) fn meeting_concerns(meeting: &Meeting, partner: &Partner) -> bool {
    meeting.host_partner_id == Some(partner.id)
        || network_wide(meeting.kind, meeting.host_partner_id, !meeting.attendance.is_empty())
        || meeting.attendance.iter().any(|a| attends(partner, a.attendee, a.status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_days_on_the_meetings_clock() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let all_day = Days::Span(d("2027-03-10"), d("2027-03-12"));
        assert!(in_range(all_day, Some(d("2027-03-12")), None));
        assert!(!in_range(all_day, Some(d("2027-03-13")), None));
        assert!(!in_range(all_day, None, Some(d("2027-03-09"))));
        let june = undated_days(Some(2019), Some(6));
        assert!(in_range(june, Some(d("2019-06-30")), None));
        assert!(!in_range(june, Some(d("2019-07-01")), None));
        let unknown = schedule_days(&Schedule::Undated { year: None, month: None, wording: "after the summer".into() });
        assert!(in_range(unknown, Some(d("2030-01-01")), None));
        let to_midnight = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let night = timed_days(to_midnight("2027-03-10 22:00"), to_midnight("2027-03-11 00:00"));
        assert_eq!(night, Days::Span(d("2027-03-10"), d("2027-03-10")), "ending at midnight is not a day more");
    }
}
