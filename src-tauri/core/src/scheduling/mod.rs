//! Deciding when and where: the slot finder, host rotation and the travel sanity checks.
//!
//! Coordinators of a network look for a time that suits 8 to 12 cities in several zones,
//! away from each country's public holidays and the partners' own days off, and rotate who
//! hosts. This module answers from data read once ([`facts`]): the partners with their
//! zones, the network's meetings and the partners' days off
//! ([`crate::holiday::partner_days_off`]). The engines themselves are pure functions over
//! that data, so they are tested without a database and stay fast enough to follow a form
//! as it is typed (the hot path of the window's "Find a time" panel):
//!
//! - [`burden`]: what is wrong for one partner at one time (outside working hours, before
//!   08:00 or after 19:00, a weekend, a day off, a clash with another meeting), and how much
//!   it weighs;
//! - [`slots`]: candidate starts every 30 minutes, ranked by the worst burden any partner
//!   carries, then the total, then the earliest;
//! - [`free_days`]: runs of whole days (all-day and multi-day meetings in person) on which
//!   no partner has a day off;
//! - [`rotation`]: who has hosted in-person meetings, who has not, who should host next;
//! - [`warnings`]: the same host twice in a row, two in-person meetings in different cities
//!   too close together or overlapping, a meeting on its host's holiday, said in the
//!   reader's language with the days written out by [`days_text`].
//!
//! Invariant of every time shown: candidate starts are instants (UTC), stepped by 30
//! minutes of real time, and each partner's wall clock is worked out from the instant
//! through its IANA zone (chrono-tz). A slot therefore never shifts by an hour for a
//! partner whose clocks change in the range: what moves across a clock change is the
//! partner's offset, which is shown with every local time.

pub mod burden;
pub mod days_text;
pub mod facts;
pub mod free_days;
pub mod rotation;
pub mod slots;
pub mod warnings;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use burden::{ProblemKind, SlotProblem, WorkingHours};
pub use free_days::{BlockedDay, DayFinding, DayRequest, DayWindow};
pub use rotation::{HostCount, Rotation};
pub use slots::{PartnerSlot, Slot, SlotFinding, SlotRequest};
pub use warnings::{MeetingWarning, WarningKind, TRAVEL_GAP_DAYS};

/// A day a partner does not meet: a public holiday of its country or region, or one of
/// its own days off, with its name ("Midsummer Day", "Saint John's Day in Porto").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DayOff {
    pub partner_id: i64,
    pub date: NaiveDate,
    pub name: String,
}
