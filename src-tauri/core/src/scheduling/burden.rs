//! What is wrong for one partner when a meeting runs from one wall-clock time to another
//! on its clock, and how much that weighs.
//!
//! The weights order what a partner can live with: a start a little outside its working
//! hours (1) is better than one before 08:00 or ending after 19:00 (3, instead of the 1), a
//! Saturday or Sunday (4), a clash with another meeting of the network (6), and a public
//! holiday or day off there (8), when people are simply away. A partner's burden is the sum
//! of its problems' weights; a slot is as bad as its worst partner's burden.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::calendar::{WORKDAY_END, WORKDAY_START};
use crate::error::{Error, Result};
use crate::i18n::{translate, Arg, Locale, Message};

/// The working day the slot finder aims for on every partner's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WorkingHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for WorkingHours {
    /// 09:00-17:00.
    fn default() -> Self {
        WorkingHours { start: clock(9, 0), end: clock(17, 0) }
    }
}

fn clock(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

impl WorkingHours {
    /// Working hours written "09:00-17:00" (the field `hours`).
    pub fn parse(text: &str) -> Result<WorkingHours> {
        let bad = || Error::invalid("hours", Message::new("error-not-working-hours").arg("text", text));
        let (start, end) = text.trim().split_once(['-', '–']).ok_or_else(bad)?;
        let read = |t: &str| NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| bad());
        WorkingHours { start: read(start)?, end: read(end)? }.checked()
    }

    /// The hours, refused when they end before they start.
    pub fn checked(self) -> Result<WorkingHours> {
        if self.end <= self.start {
            let message = Message::new("error-working-day-ends-before")
                .arg("end", self.end.format("%H:%M").to_string())
                .arg("start", self.start.format("%H:%M").to_string());
            return Err(Error::invalid("hours", message));
        }
        Ok(self)
    }

    /// "09:00-17:00".
    pub fn text(&self) -> String {
        format!("{}-{}", self.start.format("%H:%M"), self.end.format("%H:%M"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Starts before or ends after the working hours asked for.
    OutsideHours,
    /// Starts before 08:00 or ends after 19:00 (or overnight): worse than outside hours.
    EarlyOrLate,
    Weekend,
    /// A public holiday or a day off of the partner.
    DayOff,
    /// Overlaps another meeting of the network.
    Overlap,
}

impl ProblemKind {
    pub fn weight(self) -> u32 {
        match self {
            ProblemKind::OutsideHours => 1,
            ProblemKind::EarlyOrLate => 3,
            ProblemKind::Weekend => 4,
            ProblemKind::Overlap => 6,
            ProblemKind::DayOff => 8,
        }
    }
}

/// One thing wrong for a partner, in plain words ("holiday: Midsummer Day").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlotProblem {
    pub kind: ProblemKind,
    pub text: String,
}

/// Another meeting of the network that takes time: between two instants, or whole days
/// (an all-day meeting, which takes those dates on every partner's clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Busy {
    pub meeting_id: i64,
    pub title: String,
    pub span: BusySpan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusySpan {
    Instants { start: i64, end: i64 },
    Days { first: NaiveDate, last: NaiveDate },
}

/// A partner's days off by date, for quick look-up.
pub type DaysOff<'a> = HashMap<NaiveDate, &'a str>;

/// What is wrong for a partner, without words yet: computed for every candidate, worded
/// only for the slots shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Assessment<'a> {
    pub outside_hours: bool,
    pub early_or_late: bool,
    pub weekend: bool,
    pub day_off: Option<&'a str>,
    pub overlap: Option<&'a Busy>,
}

impl<'a> Assessment<'a> {
    pub fn burden(&self) -> u32 {
        let hours = if self.early_or_late {
            ProblemKind::EarlyOrLate.weight()
        } else if self.outside_hours {
            ProblemKind::OutsideHours.weight()
        } else {
            0
        };
        hours
            + if self.weekend { ProblemKind::Weekend.weight() } else { 0 }
            + self.day_off.map_or(0, |_| ProblemKind::DayOff.weight())
            + self.overlap.map_or(0, |_| ProblemKind::Overlap.weight())
    }

    /// The problems in words in `locale` (`slot-problem-*` in `export.ftl`), worst first.
    pub fn problems(&self, hours: &WorkingHours, locale: Locale) -> Vec<SlotProblem> {
        let mut out = Vec::new();
        let mut say =
            |kind, id: &str, args: &[(&str, Arg)]| out.push(SlotProblem { kind, text: translate(locale, id, args) });
        if let Some(name) = self.day_off {
            say(ProblemKind::DayOff, "slot-problem-holiday", &[("name", name.into())]);
        }
        if let Some(busy) = self.overlap {
            say(ProblemKind::Overlap, "slot-problem-overlap", &[("title", (&busy.title).into())]);
        }
        if self.weekend {
            say(ProblemKind::Weekend, "slot-problem-weekend", &[]);
        }
        if self.early_or_late {
            let clock = |t: NaiveTime| Arg::from(t.format("%H:%M").to_string());
            say(
                ProblemKind::EarlyOrLate,
                "slot-problem-early-or-late",
                &[("early", clock(WORKDAY_START)), ("late", clock(WORKDAY_END))],
            );
        } else if self.outside_hours {
            say(ProblemKind::OutsideHours, "slot-problem-outside-hours", &[("hours", hours.text().into())]);
        }
        out
    }
}

/// What is wrong for a partner whose clock reads `start`..`end`, with its days off;
/// `overlap` is a meeting that clashes on that clock, if any.
pub fn assess<'a>(
    start: NaiveDateTime,
    end: NaiveDateTime,
    hours: &WorkingHours,
    days_off: &DaysOff<'a>,
    overlap: Option<&'a Busy>,
) -> Assessment<'a> {
    let last_day = if end.time() == NaiveTime::MIN && end.date() > start.date() {
        end.date().pred_opt().unwrap_or(end.date())
    } else {
        end.date()
    };
    let overnight = last_day > start.date();
    let ends_after =
        |limit: NaiveTime| end.time() > limit || (end.time() == NaiveTime::MIN && end.date() > start.date());
    let mut day_off = None;
    let mut weekend = false;
    let mut day = start.date();
    while day <= last_day {
        weekend |= matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        if day_off.is_none() {
            day_off = days_off.get(&day).copied();
        }
        day = match day.succ_opt() {
            Some(d) => d,
            None => break,
        };
    }
    Assessment {
        outside_hours: overnight || start.time() < hours.start || ends_after(hours.end),
        early_or_late: overnight || start.time() < WORKDAY_START || ends_after(WORKDAY_END),
        weekend,
        day_off,
        overlap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn hours_are_read_as_written_and_refused_backwards() {
        let h = WorkingHours::parse("08:30-16:00").unwrap();
        assert_eq!(h.text(), "08:30-16:00");
        assert_eq!(WorkingHours::parse(" 09:00 – 17:00 ").unwrap(), WorkingHours::default());
        assert_eq!(WorkingHours::parse("17:00-09:00").unwrap_err().field(), Some("hours"));
        assert!(WorkingHours::parse("9-5").unwrap_err().to_string().contains("HH:MM-HH:MM"));
    }

    #[test]
    fn early_is_worse_than_outside_hours_and_holidays_worst_of_all() {
        let h = WorkingHours::default();
        let none = DaysOff::new();
        let a = |s, e| assess(at(s), at(e), &h, &none, None);
        assert_eq!(a("2027-03-10 09:00", "2027-03-10 17:00").burden(), 0);
        assert_eq!(a("2027-03-10 08:30", "2027-03-10 10:30").burden(), 1, "outside 09-17 only");
        assert_eq!(a("2027-03-10 07:30", "2027-03-10 09:30").burden(), 3, "before 08:00");
        assert_eq!(a("2027-03-10 18:00", "2027-03-11 00:00").burden(), 3, "ends at midnight, after 19:00");
        assert_eq!(a("2027-03-13 10:00", "2027-03-13 12:00").burden(), 4, "a Saturday");
        let mut off = DaysOff::new();
        off.insert(at("2027-06-24 00:00").date(), "Midsummer Day");
        let holiday = assess(at("2027-06-24 10:00"), at("2027-06-24 12:00"), &h, &off, None);
        assert_eq!(holiday.burden(), 8);
        assert_eq!(holiday.problems(&h, Locale::En)[0].text, "holiday: Midsummer Day");
        assert_eq!(holiday.problems(&h, Locale::De)[0].text, "Feiertag: Midsummer Day");
        let early = a("2027-03-10 07:30", "2027-03-10 09:30");
        assert_eq!(early.problems(&h, Locale::En)[0].text, "before 08:00 or after 19:00");
        let outside = a("2027-03-10 08:30", "2027-03-10 10:30");
        assert_eq!(outside.problems(&h, Locale::En)[0].text, "outside working hours (09:00-17:00)");
        assert_eq!(outside.problems(&h, Locale::Fr)[0].text, "en dehors des heures de travail (09:00-17:00)");
        let overnight = assess(at("2027-06-23 23:00"), at("2027-06-24 01:00"), &h, &off, None);
        assert_eq!(overnight.day_off, Some("Midsummer Day"), "the day it ends on counts too");
    }
}
