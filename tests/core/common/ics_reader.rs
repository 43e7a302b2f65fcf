//! An independent reader of the iCalendar files Convene writes, for the export and
//! invitation tests: the `icalendar` crate parses the file (code nobody here wrote) and every
//! TZID time is resolved through the file's own VTIMEZONE (not through chrono-tz), so a wrong
//! observance shows as a wrong instant. [`check_lines`] holds the line rules every file follows.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use convene_core::ical::export::ExportOptions;
use icalendar::parser::{read_calendar, unfold, Component, Property};

#[derive(Debug)]
pub struct Observance {
    pub onset: NaiveDateTime,
    pub from: i32,
    pub to: i32,
    pub rule: Option<Rule>,
}

#[derive(Debug)]
pub struct Rule {
    pub month: u32,
    pub week: i32,
    pub weekday: Weekday,
    pub until: Option<NaiveDateTime>,
}

#[derive(Debug)]
pub struct TzDef {
    /// (UTC onset, offset from then on), sorted.
    pub onsets: Vec<(NaiveDateTime, i32)>,
}

pub fn parse_offset(text: &str) -> i32 {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits = &text[1..];
    let h: i32 = digits[0..2].parse().unwrap();
    let m: i32 = digits[2..4].parse().unwrap();
    let s: i32 = if digits.len() >= 6 { digits[4..6].parse().unwrap() } else { 0 };
    sign * (h * 3600 + m * 60 + s)
}

pub fn parse_local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text.trim_end_matches('Z'), "%Y%m%dT%H%M%S")
        .unwrap_or_else(|_| panic!("bad date-time {text}"))
}

pub fn weekday(code: &str) -> Weekday {
    match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        other => panic!("weekday {other}"),
    }
}

/// The day of the `week`th (or last, -1) `weekday` of a month.
pub fn nth_weekday(year: i32, month: u32, week: i32, day: Weekday) -> NaiveDate {
    if week > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, day, week as u8).unwrap()
    } else {
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        };
        let mut d = next.unwrap().pred_opt().unwrap();
        while d.weekday() != day {
            d = d.pred_opt().unwrap();
        }
        d
    }
}

pub fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a Property<'a>> {
    c.properties.iter().find(|p| p.name.as_str() == name)
}

pub fn value(c: &Component<'_>, name: &str) -> Option<String> {
    prop(c, name).map(|p| p.val.as_str().to_string())
}

pub fn param(p: &Property<'_>, key: &str) -> Option<String> {
    p.params.iter().find(|x| x.key.as_str() == key).and_then(|x| x.val.as_ref()).map(|v| v.as_str().to_string())
}

impl TzDef {
    pub fn read(c: &Component<'_>) -> TzDef {
        let mut observances = Vec::new();
        for o in &c.components {
            assert!(o.name == "STANDARD" || o.name == "DAYLIGHT", "observance {}", o.name.as_str());
            let onset = parse_local(&value(o, "DTSTART").expect("DTSTART"));
            let from = parse_offset(&value(o, "TZOFFSETFROM").expect("TZOFFSETFROM"));
            let to = parse_offset(&value(o, "TZOFFSETTO").expect("TZOFFSETTO"));
            assert!(prop(o, "RDATE").is_none(), "no RDATE expected");
            let rule = value(o, "RRULE").map(|r| {
                let parts: HashMap<&str, &str> = r.split(';').map(|kv| kv.split_once('=').unwrap()).collect();
                assert_eq!(parts["FREQ"], "YEARLY");
                let by_day = parts["BYDAY"];
                let (week, day) = by_day.split_at(by_day.len() - 2);
                Rule {
                    month: parts["BYMONTH"].parse().unwrap(),
                    week: week.parse().unwrap(),
                    weekday: weekday(day),
                    until: parts.get("UNTIL").map(|u| {
                        assert!(u.ends_with('Z'), "UNTIL in UTC");
                        parse_local(u)
                    }),
                }
            });
            observances.push(Observance { onset, from, to, rule });
        }
        let mut onsets = Vec::new();
        for o in &observances {
            let utc = o.onset - Duration::seconds(o.from.into());
            onsets.push((utc, o.to));
            if let Some(rule) = &o.rule {
                assert_eq!(o.onset.month(), rule.month, "DTSTART is the rule's first occurrence");
                assert_eq!(nth_weekday(o.onset.year(), rule.month, rule.week, rule.weekday), o.onset.date());
                for year in o.onset.year() + 1..=2101 {
                    let local = nth_weekday(year, rule.month, rule.week, rule.weekday).and_time(o.onset.time());
                    let utc = local - Duration::seconds(o.from.into());
                    if rule.until.is_some_and(|u| utc > u) {
                        break;
                    }
                    onsets.push((utc, o.to));
                }
            }
        }
        onsets.sort();
        TzDef { onsets }
    }

    /// The offset at a UTC instant; the instant must not precede every observance.
    pub fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let i = self.onsets.partition_point(|(t, _)| *t <= utc);
        assert!(i > 0, "{utc} is before the first observance {:?}", self.onsets.first());
        self.onsets[i - 1].1
    }

    /// The instant of a local time: its first occurrence (RFC 5545 §3.3.5).
    pub fn to_utc(&self, local: NaiveDateTime) -> NaiveDateTime {
        let mut offsets: Vec<i32> = self.onsets.iter().map(|o| o.1).collect();
        offsets.sort();
        offsets.dedup();
        offsets
            .iter()
            .map(|off| local - Duration::seconds((*off).into()))
            .filter(|utc| {
                let off = (local - *utc).num_seconds() as i32;
                self.offset_at(*utc) == off
            })
            .min()
            .unwrap_or_else(|| panic!("{local} does not exist in this VTIMEZONE"))
    }
}

/// A point in time as a VEVENT states it.
#[derive(Debug, PartialEq)]
pub enum When {
    Instant(DateTime<Utc>, Option<String>),
    Day(NaiveDate),
}

pub fn when(p: &Property<'_>, zones: &HashMap<String, TzDef>) -> When {
    let v = p.val.as_str();
    if param(p, "VALUE").as_deref() == Some("DATE") {
        return When::Day(NaiveDate::parse_from_str(v, "%Y%m%d").unwrap());
    }
    match param(p, "TZID") {
        Some(tzid) => {
            assert!(!v.ends_with('Z'));
            let zone = zones.get(&tzid).unwrap_or_else(|| panic!("no VTIMEZONE for {tzid}"));
            When::Instant(Utc.from_utc_datetime(&zone.to_utc(parse_local(v))), Some(tzid))
        }
        None => {
            assert!(v.ends_with('Z'), "floating time {v}");
            When::Instant(Utc.from_utc_datetime(&parse_local(v)), None)
        }
    }
}

/// A file read back: calendar properties, zones and events. TEXT values are as the parser
/// unescapes them (it knows the RFC 5545 TEXT properties by name).
pub struct Read {
    pub calendar: Vec<(String, String)>,
    pub zones: HashMap<String, TzDef>,
    pub events: Vec<Event>,
}

#[derive(Debug)]
pub struct Event {
    pub props: Vec<(String, String)>,
    pub start: When,
    pub end: When,
    pub alarms: usize,
    pub attendees: Vec<(String, Vec<(String, String)>)>,
    pub organizer: Option<String>,
}

impl Event {
    pub fn text(&self, name: &str) -> Option<&str> {
        self.props.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

pub fn read(text_of_file: &str) -> Read {
    let unfolded = unfold(text_of_file);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{text_of_file}"));
    let calendar = cal.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect();
    let mut zones = HashMap::new();
    for c in cal.components.iter().filter(|c| c.name == "VTIMEZONE") {
        let id = value(c, "TZID").unwrap();
        assert!(zones.insert(id.clone(), TzDef::read(c)).is_none(), "one VTIMEZONE per zone: {id}");
    }
    let events = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| Event {
            props: c.properties.iter().map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string())).collect(),
            start: when(prop(c, "DTSTART").expect("DTSTART"), &zones),
            end: when(prop(c, "DTEND").expect("every event has a DTEND"), &zones),
            alarms: c.components.iter().filter(|a| a.name == "VALARM").count(),
            attendees: c
                .properties
                .iter()
                .filter(|p| p.name == "ATTENDEE")
                .map(|p| {
                    let params = p
                        .params
                        .iter()
                        .map(|x| {
                            (
                                x.key.as_str().to_string(),
                                x.val.as_ref().map(|v| v.as_str().to_string()).unwrap_or_default(),
                            )
                        })
                        .collect();
                    (p.val.as_str().to_string(), params)
                })
                .collect(),
            organizer: value(c, "ORGANIZER"),
        })
        .collect();
    Read { calendar, zones, events }
}

/// The rules every line of every file follows.
pub fn check_lines(text: &str) {
    assert!(!text.starts_with('\u{feff}'), "no BOM");
    assert!(text.ends_with("\r\n"));
    for (i, line) in text[..text.len() - 2].split("\r\n").enumerate() {
        assert!(line.len() <= 75, "line {} has {} octets: {line:?}", i + 1, line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "bare LF or CR in line {}: {line:?}", i + 1);
    }
    let unfolded = unfold(text);
    assert!(unfolded.contains("\r\nVERSION:2.0\r\n") && unfolded.contains("\r\nPRODID:"));
    assert!(!unfolded.contains("X-WR-TIMEZONE"));
}

pub fn utc(text: &str) -> DateTime<Utc> {
    Utc.from_utc_datetime(&NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap())
}

pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The clock every export test runs at.
pub fn now() -> DateTime<Utc> {
    utc("2026-11-29 12:00")
}

pub fn options(name: &str) -> ExportOptions {
    ExportOptions::new(name, now())
}
