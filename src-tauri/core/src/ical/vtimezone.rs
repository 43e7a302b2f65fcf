//! VTIMEZONE components for IANA zones, correct for every year a calendar's events touch.
//!
//! chrono-tz answers "which offset at this instant" but has no list of transitions, so
//! [`ZoneRules::scan`] finds them: it reads the offset once a day from 1 January of the year
//! before the first event to the end of the last event's year and, where it changed,
//! narrows the change to the second by bisection. (Two changes within one day that undo
//! each other would be missed; no zone has had one.) Starting a year early means the
//! observances begin before the first event, so no event falls before the VTIMEZONE's
//! first onset, where RFC 5545 leaves the offset undefined.
//!
//! Transitions of the same kind in consecutive years (same month, same weekday in the same
//! week of the month, same local time, same offsets and name) become one observance with
//! `RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..`, closed with `UNTIL` (UTC, as RFC 5545 requires
//! in VTIMEZONE) when the rule stops inside the window and left open when it still holds
//! in the last year. A transition that fits no rule is an observance of its own. Every
//! `DTSTART` is the onset on the local clock before the change (`20270328T020000` for
//! Berlin's spring change at 01:00 UTC). A zone without changes in the window, such as
//! Europe/Istanbul since 2016, gets a single STANDARD observance.
//!
//! Observances with a positive DST offset (chrono-tz's `dst_offset`) are DAYLIGHT, others
//! STANDARD; Europe/Dublin's negative DST therefore gives two STANDARD observances, which
//! describes the same offsets.

use chrono::{DateTime, Datelike, NaiveDateTime, Offset, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

use super::line_writer::Lines;

/// A zone's offset at some instant, in seconds east of UTC, with its name and DST flag.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneOffset {
    pub seconds: i32,
    pub name: String,
    pub daylight: bool,
}

/// The moment a zone's clock changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    /// The first second of the new offset, as a Unix timestamp.
    pub at: i64,
    pub from: ZoneOffset,
    pub to: ZoneOffset,
}

impl Transition {
    /// The onset on the local clock before the change.
    pub fn local_onset(&self) -> NaiveDateTime {
        naive(self.at + i64::from(self.from.seconds))
    }
}

/// A zone's offsets over a window of years: the offset at the window's start and every
/// change until its end.
#[derive(Debug, Clone)]
pub struct ZoneRules {
    pub zone: Tz,
    pub first_year: i32,
    pub last_year: i32,
    /// Unix timestamp of 1 January of `first_year - 1`, 00:00 UTC.
    pub window_start: i64,
    pub initial: ZoneOffset,
    pub transitions: Vec<Transition>,
}

/// Whether the clocks of `zone` show `local` twice (the hour repeated in autumn): the answer
/// of [`ZoneRules::is_repeated_local_time`] for an instant whose time on that clock is
/// `local`, from chrono-tz's own table, without a [`ZoneRules::scan`].
pub fn is_repeated_local_time(zone: Tz, local: NaiveDateTime) -> bool {
    match zone.offset_from_local_datetime(&local) {
        chrono::LocalResult::Ambiguous(first, second) => first.fix() != second.fix(),
        _ => false,
    }
}

fn naive(timestamp: i64) -> NaiveDateTime {
    DateTime::<Utc>::from_timestamp(timestamp, 0).unwrap_or_default().naive_utc()
}

fn offset_at(zone: Tz, timestamp: i64) -> ZoneOffset {
    let offset = zone.offset_from_utc_datetime(&naive(timestamp));
    ZoneOffset {
        seconds: offset.fix().local_minus_utc(),
        name: offset.abbreviation().unwrap_or("").to_string(),
        daylight: offset.dst_offset().num_seconds() > 0,
    }
}

fn seconds_at(zone: Tz, timestamp: i64) -> (i32, i64) {
    let offset = zone.offset_from_utc_datetime(&naive(timestamp));
    (offset.fix().local_minus_utc(), offset.dst_offset().num_seconds())
}

fn year_start(year: i32) -> i64 {
    Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0).single().map(|t| t.timestamp()).unwrap_or(0)
}

impl ZoneRules {
    /// The offsets of `zone` from 1 January of `first_year - 1` to the end of `last_year`
    /// (with a day's margin for the zones ahead of UTC).
    pub fn scan(zone: Tz, first_year: i32, last_year: i32) -> ZoneRules {
        const DAY: i64 = 86_400;
        let window_start = year_start(first_year - 1);
        let window_end = year_start(last_year + 1) + 2 * DAY;
        let mut transitions = Vec::new();
        let mut t = window_start;
        let mut current = seconds_at(zone, t);
        while t < window_end {
            let next = t + DAY;
            let there = seconds_at(zone, next);
            if there != current {
                let (mut lo, mut hi) = (t, next);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if seconds_at(zone, mid) == current {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                let from = offset_at(zone, hi - 1);
                let to = offset_at(zone, hi);
                transitions.push(Transition { at: hi, from, to });
                current = seconds_at(zone, hi);
                if current != there {
                    // A second change on the same day: rescan from the first one.
                    t = hi;
                    continue;
                }
            }
            current = there;
            t = next;
        }
        ZoneRules { zone, first_year, last_year, window_start, initial: offset_at(zone, window_start), transitions }
    }

    /// Whether the instant's local time is one the clocks show twice (the hour repeated in
    /// autumn), in either pass. RFC 5545 §3.3.5 makes such a TZID time the first pass, but
    /// ical.js reads it as the second, so the export writes these instants in UTC. The
    /// export asks [`is_repeated_local_time`] instead, which needs no scan of the years; a
    /// test keeps the two answers equal.
    pub fn is_repeated_local_time(&self, timestamp: i64) -> bool {
        self.transitions.iter().any(|t| {
            let back = i64::from(t.from.seconds - t.to.seconds);
            back > 0 && timestamp >= t.at - back && timestamp < t.at + back
        })
    }

    /// Writes the VTIMEZONE component.
    pub fn write(&self, lines: &mut Lines) {
        lines.line("BEGIN", "VTIMEZONE");
        lines.line("TZID", self.zone.name());
        let first_local_year = self.transitions.first().map(|t| t.local_onset().year());
        if first_local_year.is_none_or(|y| y >= self.first_year) {
            // No change before the first event's year: the offset in force at the window's
            // start holds until the first change.
            let start = naive(self.window_start + i64::from(self.initial.seconds));
            write_observance(lines, &self.initial, &self.initial, start, None);
        }
        for series in self.series() {
            let first = &self.transitions[series.first];
            let last = &self.transitions[series.last];
            let rule = (series.count > 1).then(|| {
                let until = (last.local_onset().year() < self.last_year).then(|| naive(last.at));
                (series.key.by_month, series.key.by_day, until)
            });
            write_observance(lines, &first.from, &first.to, first.local_onset(), rule.as_ref());
        }
        lines.line("END", "VTIMEZONE");
    }

    /// The transitions grouped into yearly rules, in order of their first onset.
    fn series(&self) -> Vec<Series> {
        let mut series: Vec<Series> = Vec::new();
        for (i, t) in self.transitions.iter().enumerate() {
            let key = RuleKey::of(t);
            let year = t.local_onset().year();
            match series.iter_mut().find(|s| s.key == key && s.last_year + 1 == year) {
                Some(s) => {
                    s.last = i;
                    s.last_year = year;
                    s.count += 1;
                }
                None => series.push(Series { key, first: i, last: i, last_year: year, count: 1 }),
            }
        }
        series
    }
}

/// What makes two transitions instances of one yearly rule.
#[derive(Debug, Clone, PartialEq)]
struct RuleKey {
    by_month: u32,
    /// (week of the month: 1-4, or -1 for the last seven days; weekday)
    by_day: (i8, Weekday),
    local_time: u32,
    from: ZoneOffset,
    to: ZoneOffset,
}

impl RuleKey {
    fn of(t: &Transition) -> RuleKey {
        let onset = t.local_onset();
        let day = onset.day();
        let days_in_month = days_in_month(onset.year(), onset.month());
        let week = if day + 7 > days_in_month { -1 } else { ((day - 1) / 7 + 1) as i8 };
        RuleKey {
            by_month: onset.month(),
            by_day: (week, onset.weekday()),
            local_time: onset.num_seconds_from_midnight(),
            from: t.from.clone(),
            to: t.to.clone(),
        }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    chrono::NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt()).map(|d| d.day()).unwrap_or(31)
}

struct Series {
    key: RuleKey,
    first: usize,
    last: usize,
    last_year: i32,
    count: usize,
}

fn weekday_code(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// `+0200`, `-0330`, or `+013845` when seconds are needed.
pub fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

fn write_observance(
    lines: &mut Lines,
    from: &ZoneOffset,
    to: &ZoneOffset,
    onset: NaiveDateTime,
    rule: Option<&(u32, (i8, Weekday), Option<NaiveDateTime>)>,
) {
    let kind = if to.daylight { "DAYLIGHT" } else { "STANDARD" };
    lines.line("BEGIN", kind);
    lines.line("DTSTART", &onset.format("%Y%m%dT%H%M%S").to_string());
    lines.line("TZOFFSETFROM", &format_offset(from.seconds));
    lines.line("TZOFFSETTO", &format_offset(to.seconds));
    if !to.name.is_empty() {
        lines.text_line("TZNAME", &to.name);
    }
    if let Some((month, (week, weekday), until)) = rule {
        let mut value = format!("FREQ=YEARLY;BYMONTH={month};BYDAY={week}{}", weekday_code(*weekday));
        if let Some(until) = until {
            value.push_str(&until.format(";UNTIL=%Y%m%dT%H%M%SZ").to_string());
        }
        lines.line("RRULE", &value);
    }
    lines.line("END", kind);
}

/// The VTIMEZONE of `zone` for events from `first_year` to `last_year`, as text.
pub fn vtimezone(zone: Tz, first_year: i32, last_year: i32) -> String {
    let mut lines = Lines::with_capacity(1024);
    ZoneRules::scan(zone, first_year, last_year).write(&mut lines);
    lines.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(name: &str) -> Tz {
        name.parse().unwrap()
    }

    #[test]
    fn berlin_has_a_spring_and_an_autumn_rule_from_the_year_before() {
        let text = vtimezone(zone("Europe/Berlin"), 2027, 2028);
        let expected = "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n\
            BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
            BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn lisbon_changes_at_one_local_and_athens_at_three() {
        let lisbon = vtimezone(zone("Europe/Lisbon"), 2027, 2027);
        assert!(
            lisbon.contains("DTSTART:20260329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:WEST"),
            "{lisbon}"
        );
        assert!(
            lisbon.contains("DTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:WET"),
            "{lisbon}"
        );
        let athens = vtimezone(zone("Europe/Athens"), 2027, 2027);
        assert!(
            athens.contains("DTSTART:20260329T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nTZNAME:EEST"),
            "{athens}"
        );
        assert!(
            athens.contains("DTSTART:20261025T040000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nTZNAME:EET"),
            "{athens}"
        );
    }

    #[test]
    fn istanbul_without_dst_since_2016_has_one_standard_observance() {
        let text = vtimezone(zone("Europe/Istanbul"), 2027, 2030);
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1, "{text}");
        assert!(!text.contains("DAYLIGHT") && !text.contains("RRULE"), "{text}");
        assert!(text.contains("DTSTART:20260101T030000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\n"), "{text}");
    }

    #[test]
    fn a_rule_that_stops_gets_until_and_the_last_change_its_own_observance() {
        // Turkey: EU rules until 2015 (with shifted dates in 2011, 2014 and 2015), summer
        // time kept from 2016 on.
        let rules = ZoneRules::scan(zone("Europe/Istanbul"), 2012, 2017);
        let text = vtimezone(zone("Europe/Istanbul"), 2012, 2017);
        assert!(rules.transitions.len() >= 9, "{:?}", rules.transitions);
        assert!(text.contains("UNTIL="), "{text}");
        let last = rules.transitions.last().unwrap();
        assert_eq!(last.to.seconds, 3 * 3600);
        assert!(text.contains(&format!("DTSTART:{}", last.local_onset().format("%Y%m%dT%H%M%S"))), "{text}");
    }

    #[test]
    fn both_passes_of_the_repeated_autumn_hour() {
        let rules = ZoneRules::scan(zone("Europe/Riga"), 2027, 2027);
        let first = Utc.with_ymd_and_hms(2027, 10, 31, 0, 30, 0).unwrap().timestamp(); // 03:30 EEST
        let second = Utc.with_ymd_and_hms(2027, 10, 31, 1, 30, 0).unwrap().timestamp(); // 03:30 EET
        assert!(!rules.is_repeated_local_time(first - 3600), "02:30 EEST happens once");
        assert!(rules.is_repeated_local_time(first));
        assert!(rules.is_repeated_local_time(second));
        assert!(!rules.is_repeated_local_time(second + 3600), "04:30 EET happens once");
        let spring = Utc.with_ymd_and_hms(2027, 3, 28, 1, 30, 0).unwrap().timestamp();
        assert!(!rules.is_repeated_local_time(spring));
    }

    #[test]
    fn a_repeated_local_time_reads_the_same_from_chrono_tz_as_from_the_scan() {
        for zone in [
            "Europe/Berlin",
            "Europe/Dublin",
            "Europe/Lisbon",
            "America/New_York",
            "America/Sao_Paulo",
            "Australia/Lord_Howe",
            "Pacific/Auckland",
            "Pacific/Chatham",
            "Asia/Tehran",
            "Africa/Casablanca",
            "Europe/Istanbul",
            "Asia/Tokyo",
            "America/Havana",
            "Antarctica/Troll",
            "Europe/Moscow",
        ] {
            let tz = zone.parse::<Tz>().unwrap();
            let rules = ZoneRules::scan(tz, 2000, 2030);
            let mut instants: Vec<i64> = (year_start(2000)..year_start(2031)).step_by(86_400 * 7 + 3_600 * 5).collect();
            for t in &rules.transitions {
                instants.extend((t.at - 3 * 3_600..t.at + 3 * 3_600).step_by(300));
            }
            for ts in instants {
                let local = naive(ts + i64::from(seconds_at(tz, ts).0));
                assert_eq!(is_repeated_local_time(tz, local), rules.is_repeated_local_time(ts), "{zone} at {ts}");
            }
        }
    }

    #[test]
    fn offsets_with_seconds() {
        assert_eq!(format_offset(7200), "+0200");
        assert_eq!(format_offset(-(3 * 3600 + 1800)), "-0330");
        assert_eq!(format_offset(5745), "+013545");
    }
}
