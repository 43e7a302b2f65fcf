//! One VEVENT read: its times (a date, a UTC time, a zoned or floating time, a duration),
//! what it says about the meeting (title, kind, status, place, online link) and its UID
//! and sequence; see the mapping in [`super`].

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, NaiveDateTime, TimeDelta, TimeZone};
use chrono_tz::Tz;

use super::super::reader::{split_values, Component, ContentLine};
use super::super::recurrence::Start;
use super::super::tzid::{ZoneResolver, ZoneSource};
use crate::error::Result;
use crate::i18n::{self, Message};
use crate::meeting::{MeetingKind, MeetingStatus};
use crate::validate::{self, LINE_MAX};

use super::{bad, shown, Context};

/// A date or date-time value as written.
#[derive(Debug, Clone)]
pub(super) enum RawTime {
    Date(NaiveDate),
    Utc(NaiveDateTime),
    Zoned(NaiveDateTime, String),
    Floating(NaiveDateTime),
}

pub(super) fn parse_date(line: &ContentLine, text: &str) -> Result<NaiveDate> {
    let parsed = match digits(text.as_bytes()) {
        Some(_) if text.len() == 8 => ymd(text.as_bytes()),
        _ => NaiveDate::parse_from_str(text, "%Y%m%d").ok(),
    };
    parsed
        .filter(|_| text.len() == 8)
        .ok_or_else(|| bad(line.line, Message::new("error-ical-not-a-date").arg("name", &*line.name).arg("text", text)))
}

/// `YYYYMMDDTHHMMSS` read as chrono's `%Y%m%dT%H%M%S` reads it, without its format
/// interpreter (a fifth of the reading of a 20,000-event file went to it): `None` when
/// the text has another shape, or a second of 60 (a leap second, which chrono reads),
/// and the caller then asks chrono.
fn quick_date_time(text: &str) -> Option<Option<NaiveDateTime>> {
    let b = text.as_bytes();
    if b.len() != 15 || b[8] != b'T' || digits(&b[..8]).is_none() || digits(&b[9..]).is_none() {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits(&b[range]).unwrap_or(u32::MAX);
    let (hour, minute, second) = (number(9..11), number(11..13), number(13..15));
    if second == 60 {
        return None;
    }
    Some(ymd(&b[..8]).and_then(|date| date.and_hms_opt(hour, minute, second)))
}

/// The date of eight ASCII digits `YYYYMMDD`; `None` when there is no such day.
fn ymd(b: &[u8]) -> Option<NaiveDate> {
    let number = |range: std::ops::Range<usize>| digits(&b[range]).unwrap_or(u32::MAX);
    NaiveDate::from_ymd_opt(i32::try_from(number(0..4)).ok()?, number(4..6), number(6..8))
}

/// The number written by `b`, when it is only ASCII digits (and not empty).
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// One value of a DTSTART, DTEND, RECURRENCE-ID, RDATE or EXDATE line.
pub(super) fn parse_time(line: &ContentLine, text: &str) -> Result<RawTime> {
    let text = text.trim();
    let is_date = line.param("VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) || !text.contains(['T', 't']);
    if is_date {
        return parse_date(line, text).map(RawTime::Date);
    }
    let (local, utc) = match text.strip_suffix(['Z', 'z']) {
        Some(t) => (t, true),
        None => (text, false),
    };
    let parsed = match quick_date_time(local) {
        Some(quick) => quick,
        None => NaiveDateTime::parse_from_str(local, "%Y%m%dT%H%M%S").ok(),
    };
    let parsed = parsed.filter(|_| local.len() == 15).ok_or_else(|| {
        bad(line.line, Message::new("error-ical-not-a-date-time").arg("name", &*line.name).arg("text", text))
    })?;
    Ok(match (utc, line.param("TZID")) {
        (true, _) => RawTime::Utc(parsed),
        (false, Some(tzid)) => RawTime::Zoned(parsed, tzid.to_string()),
        (false, None) => RawTime::Floating(parsed),
    })
}

/// DURATION (RFC 5545 3.3.6): `P1D`, `PT1H30M`, `P2W`, `P1DT2H`.
pub(super) fn parse_duration(line: &ContentLine) -> Result<TimeDelta> {
    let text = line.value.trim();
    let wrong = || bad(line.line, Message::new("error-ical-not-a-duration").arg("text", text));
    let body = text.strip_prefix('+').unwrap_or(text).strip_prefix('P').ok_or_else(wrong)?;
    let (mut total, mut number, mut in_time, mut any) = (TimeDelta::zero(), String::new(), false, false);
    for c in body.chars() {
        match c {
            '0'..='9' => number.push(c),
            'T' if number.is_empty() && !in_time => in_time = true,
            'W' | 'D' | 'H' | 'M' | 'S' if !number.is_empty() => {
                let n: i64 = number.parse().map_err(|_| wrong())?;
                let unit = match (c, in_time) {
                    ('W', false) => TimeDelta::try_weeks(n),
                    ('D', false) => TimeDelta::try_days(n),
                    ('H', true) => TimeDelta::try_hours(n),
                    ('M', true) => TimeDelta::try_minutes(n),
                    ('S', true) => TimeDelta::try_seconds(n),
                    _ => None,
                };
                total += unit.ok_or_else(wrong)?;
                number.clear();
                any = true;
            }
            _ => return Err(wrong()),
        }
    }
    if !any || !number.is_empty() {
        return Err(wrong());
    }
    Ok(total)
}

/// When an event takes place, read and resolved to zones.
#[derive(Debug, Clone)]
pub(super) enum When {
    /// `start` on the clock the series repeats on; `store_zone` is the zone the meeting
    /// keeps (`None`: the host's, else the lead's, else UTC; for UTC times).
    Timed {
        start: DateTime<Tz>,
        length: TimeDelta,
        store_zone: Option<Tz>,
    },
    AllDay {
        first: NaiveDate,
        days: u64,
    },
}

impl When {
    pub(super) fn start(&self) -> Start {
        match self {
            When::Timed { start, .. } => Start::Timed(*start),
            When::AllDay { first, .. } => Start::Day(*first),
        }
    }

    pub(super) fn moved_to(&self, start: Start) -> When {
        match (self, start) {
            (When::Timed { length, store_zone, .. }, Start::Timed(t)) => {
                When::Timed { start: t, length: *length, store_zone: *store_zone }
            }
            (When::AllDay { days, .. }, Start::Day(d)) => When::AllDay { first: d, days: *days },
            (_, _) => self.clone(),
        }
    }
}

/// The title an event without SUMMARY is saved with. It is stored, so it is the same in
/// every language, as a title the file had written would be.
pub(super) const UNTITLED: &str = "Untitled meeting";

/// A VEVENT as read.
#[derive(Debug, Clone)]
pub(super) struct Event {
    pub(super) line: usize,
    pub(super) uid: String,
    pub(super) uid_made_up: bool,
    pub(super) recurrence_id: Option<Start>,
    pub(super) sequence: i64,
    pub(super) title: String,
    /// Whether the file gave the title (SUMMARY); else it is "Untitled meeting".
    pub(super) titled: bool,
    pub(super) description: String,
    pub(super) venue: String,
    pub(super) online_url: String,
    /// CATEGORIES naming a kind of meeting, as Convene's own export writes it.
    pub(super) kind: Option<MeetingKind>,
    /// LOCATION only named the call ("Microsoft Teams Meeting", "Online").
    pub(super) online: bool,
    pub(super) host: Option<i64>,
    pub(super) status: MeetingStatus,
    pub(super) when: When,
    pub(super) rules: Vec<String>,
    /// The line of the first RRULE (or RDATE), for errors about the series.
    pub(super) rule_line: usize,
    pub(super) rdates: Vec<Start>,
    pub(super) exdates: Vec<Start>,
}

/// Reads times against the calendar's zones.
pub(super) struct TimeReader<'a> {
    pub(super) zones: ZoneResolver<'a>,
    /// The calendar's own zone (X-WR-TIMEZONE), for floating times.
    pub(super) calendar_zone: Option<Tz>,
    /// The lead partner's name and zone.
    pub(super) lead: Option<(String, Tz)>,
    /// TZIDs already reported as matched by their offsets or read by the file's own
    /// rules (one warning per TZID), with the warning given.
    pub(super) reported: std::cell::RefCell<HashMap<String, String>>,
}

impl<'a> TimeReader<'a> {
    /// The reader of `calendar`'s times, for `context`'s network.
    pub(super) fn of(calendar: &'a Component<'a>, context: &Context) -> TimeReader<'a> {
        TimeReader {
            zones: ZoneResolver::new(calendar, context.preferred.clone()),
            calendar_zone: calendar.property("X-WR-TIMEZONE").and_then(|p| p.value.trim().parse::<Tz>().ok()),
            lead: context.lead.clone(),
            reported: Default::default(),
        }
    }

    /// Gives the warning `message` says about `tzid`, unless one was given already.
    fn report_once(&self, tzid: &str, warnings: &mut Vec<String>, message: impl FnOnce() -> Message) {
        let mut reported = self.reported.borrow_mut();
        if !reported.contains_key(tzid) {
            let text = message().render(i18n::current());
            reported.insert(tzid.to_string(), text.clone());
            warnings.push(text);
        }
    }

    /// Reads `raw`; a floating time is read in `floating_as` when given (the zone of the
    /// event's DTSTART, for its DTEND, EXDATE, RDATE and RECURRENCE-ID), else in the
    /// calendar's floating zone with a warning.
    pub(super) fn start(
        &self,
        line: &ContentLine,
        raw: RawTime,
        host: Option<(&str, Tz)>,
        floating_as: Option<Tz>,
        warnings: &mut Vec<String>,
        title: &str,
    ) -> Result<Start> {
        let in_zone = |local: NaiveDateTime, tz: Tz| -> Result<Start> {
            tz.from_local_datetime(&local).earliest().map(Start::Timed).ok_or_else(|| {
                bad(
                    line.line,
                    Message::new("error-ical-time-skipped")
                        .arg("name", &*line.name)
                        .arg("time", local.format("%Y-%m-%d %H:%M").to_string())
                        .arg("zone", tz.name()),
                )
            })
        };
        match raw {
            RawTime::Date(d) => Ok(Start::Day(d)),
            RawTime::Utc(t) => Ok(Start::Timed(chrono_tz::UTC.from_utc_datetime(&t))),
            RawTime::Floating(local) if floating_as.is_some() => in_zone(local, floating_as.unwrap_or(chrono_tz::UTC)),
            RawTime::Floating(local) => {
                let (tz, why) = match (self.calendar_zone, host, &self.lead) {
                    (Some(tz), _, _) => (tz, Message::new("ical-floating-calendar-zone")),
                    (None, Some((name, tz)), _) => (tz, Message::new("ical-floating-host-zone").arg("name", name)),
                    (None, None, Some((name, tz))) => (*tz, Message::new("ical-floating-lead-zone").arg("name", name)),
                    (None, None, None) => (chrono_tz::UTC, Message::new("ical-floating-utc")),
                };
                if line.name == "DTSTART" {
                    warnings.push(
                        Message::new("ical-warning-floating")
                            .arg("line", line.line.to_string())
                            .arg("title", shown(title))
                            .arg("zone", tz.name())
                            .arg("why", why)
                            .render(i18n::current()),
                    );
                }
                in_zone(local, tz)
            }
            RawTime::Zoned(local, tzid) => {
                let resolved = self.zones.resolve(&tzid, local, host.map(|(_, tz)| tz));
                if let Some(instant) = resolved.is_none().then(|| self.zones.instant_by_rules(&tzid, local)).flatten() {
                    self.report_once(&tzid, warnings, || {
                        Message::new("ical-warning-zone-by-rules").arg("line", line.line.to_string()).arg("tzid", &tzid)
                    });
                    return Ok(Start::Timed(instant.with_timezone(&chrono_tz::UTC)));
                }
                let (tz, source) = resolved.ok_or_else(|| {
                    bad(line.line, Message::new("error-ical-zone-unknown").arg("name", &*line.name).arg("tzid", &tzid))
                })?;
                if source == ZoneSource::Observances {
                    self.report_once(&tzid, warnings, || {
                        Message::new("ical-warning-zone-by-offsets")
                            .arg("line", line.line.to_string())
                            .arg("tzid", &tzid)
                            .arg("zone", tz.name())
                    });
                }
                in_zone(local, tz)
            }
        }
    }
}

/// The kind a CATEGORIES value names: its label in any of Convene's languages, as the
/// export writes it in a network's working language ("Transnational meeting", "Réunion
/// transnationale"), or its word.
pub(super) fn kind_named(category: &str) -> Option<MeetingKind> {
    let category = super::reader::unescape_text(category);
    let category = category.trim();
    let as_word = category.replace(['-', ' '], "_");
    MeetingKind::ALL
        .iter()
        .copied()
        .find(|k| k.label().eq_ignore_ascii_case(category) || k.as_str().eq_ignore_ascii_case(&as_word))
        .filter(|k| *k != MeetingKind::Other || category.eq_ignore_ascii_case("other"))
        .or_else(|| {
            let folded = crate::names::fold(category);
            translated_kind_labels().iter().find(|(label, _)| *label == folded).map(|(_, kind)| *kind)
        })
}

/// Every language's label of every kind, folded, worked out once per process: an import
/// reads a CATEGORIES value per event.
fn translated_kind_labels() -> &'static [(String, MeetingKind)] {
    static LABELS: std::sync::OnceLock<Vec<(String, MeetingKind)>> = std::sync::OnceLock::new();
    LABELS.get_or_init(|| {
        crate::i18n::Locale::ALL
            .iter()
            .flat_map(|locale| {
                MeetingKind::ALL
                    .iter()
                    .map(move |kind| (crate::names::fold(&crate::ical::export::kind_label(*locale, *kind)), *kind))
            })
            .collect()
    })
}

/// A LOCATION that only says where the call happens ("Microsoft Teams Meeting", "Zoom").
pub(super) fn is_online_label(venue: &str) -> bool {
    // Folding keeps every ASCII letter and digit of ASCII text: one with more of them
    // than the longest label ("microsoft teams meeting", 21) is none, and most venues are
    // such addresses, not worth folding.
    if venue.is_ascii() && venue.bytes().filter(u8::is_ascii_alphanumeric).count() > 21 {
        return false;
    }
    let folded = crate::names::fold(venue);
    matches!(
        folded.as_str(),
        "microsoft teams meeting"
            | "microsoft teams"
            | "teams"
            | "teams meeting"
            | "zoom"
            | "zoom meeting"
            | "google meet"
            | "webex"
            | "webex meeting"
            | "online"
            | "online meeting"
            | "skype meeting"
    )
}

/// A property's TEXT value without the blanks around it, in the one string unescaping
/// made when there are none (a DESCRIPTION is often a few hundred characters).
fn trimmed_text(line: &ContentLine) -> String {
    let text = line.text();
    match text.trim() {
        trimmed if trimmed.len() == text.len() => text,
        trimmed => trimmed.to_string(),
    }
}

pub(super) fn status_of(line: &ContentLine) -> Option<MeetingStatus> {
    match line.value.trim().to_ascii_uppercase().as_str() {
        "CONFIRMED" => Some(MeetingStatus::Confirmed),
        "TENTATIVE" => Some(MeetingStatus::Tentative),
        "CANCELLED" | "CANCELED" => Some(MeetingStatus::Cancelled),
        _ => None,
    }
}

pub(super) fn sequence_of(line: &ContentLine) -> Result<i64> {
    line.value
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0)
        .ok_or_else(|| bad(line.line, Message::new("error-ical-not-a-sequence").arg("text", line.value.trim())))
}

/// Where an event happens, read from LOCATION and the link properties.
pub(super) struct Place {
    pub(super) venue: String,
    pub(super) online_url: String,
    /// Online or hybrid: a link, or a LOCATION that only names the call.
    pub(super) online: bool,
}

/// The venue and online link of an event: URL, else Google's X-GOOGLE-CONFERENCE, else
/// Teams' X-MICROSOFT-SKYPETEAMSMEETINGURL, else a LOCATION that is a web address. A
/// LOCATION such as "Microsoft Teams Meeting" makes the meeting online, with no venue.
pub(super) fn place_of(component: &Component, title: &str, warnings: &mut Vec<String>) -> Place {
    let mut venue = component.property("LOCATION").map(trimmed_text).unwrap_or_default();
    let mut link: Option<(String, usize)> = ["URL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL"]
        .iter()
        .find_map(|name| component.property(name).map(|p| (trimmed_text(p), p.line)))
        .filter(|(url, _)| !url.is_empty());
    let web_address = |v: &str| v.starts_with("https://") || v.starts_with("http://");
    if link.is_none() && web_address(&venue) && validate::url("location", &venue).is_ok_and(|url| !url.is_empty()) {
        let line = component.property("LOCATION").map_or(component.begin_line, |p| p.line);
        link = Some((std::mem::take(&mut venue), line));
    }
    let online_url = match link {
        Some((url, line)) => validate::url("online_url", &url).unwrap_or_else(|_| {
            warnings.push(
                Message::new("ical-warning-not-a-link")
                    .arg("line", line.to_string())
                    .arg("url", shown(&url))
                    .arg("title", shown(title))
                    .render(i18n::current()),
            );
            String::new()
        }),
        None => String::new(),
    };
    let named_call = is_online_label(&venue);
    if named_call {
        venue.clear();
    }
    Place { online: named_call || !online_url.is_empty(), venue, online_url }
}

/// A stable made-up UID for an event without one: FNV-1a over its start and title.
pub(super) fn made_up_uid(component: &Component) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for name in ["DTSTART", "SUMMARY", "LOCATION"] {
        for b in component.property(name).map_or("", |p| &*p.value).bytes().chain([0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("convene-import-{hash:016x}")
}

pub(super) fn read_event(
    component: &Component,
    method_cancel: bool,
    reader: &TimeReader<'_>,
    context: &Context,
    warnings: &mut Vec<String>,
) -> Result<Event> {
    let line = component.begin_line;
    let text = |name: &str| component.property(name).map(trimmed_text).unwrap_or_default();
    let title = match text("SUMMARY") {
        t if t.is_empty() => {
            warnings.push(
                Message::new("ical-warning-untitled")
                    .arg("line", line.to_string())
                    .arg("title", UNTITLED)
                    .render(i18n::current()),
            );
            UNTITLED.to_string()
        }
        t => t,
    };
    let (uid, uid_made_up) =
        match component.property("UID").map(|p| p.value.trim().to_string()).filter(|u| !u.is_empty()) {
            Some(uid) => (uid, false),
            None => (made_up_uid(component), true),
        };
    if uid.chars().count() > LINE_MAX {
        return Err(bad(
            component.property("UID").map_or(line, |p| p.line),
            Message::new("error-ical-uid-too-long").arg("title", shown(&title)).arg("max", LINE_MAX.to_string()),
        ));
    }
    let place = place_of(component, &title, warnings);
    let (venue, online_url, online) = (place.venue, place.online_url, place.online);
    let host = context.host_in(&venue);
    let host_name = host.and_then(|h| context.partners.iter().find(|(id, _)| *id == h)).map(|(_, name)| name.as_str());
    let host_zone = host.and_then(|h| context.zones_by_partner.get(&h).copied());
    let host_zone = host_name.zip(host_zone);
    let status = match component.property("STATUS") {
        _ if method_cancel => MeetingStatus::Cancelled,
        Some(p) => status_of(p).unwrap_or(MeetingStatus::Confirmed),
        None => MeetingStatus::Confirmed,
    };
    let sequence = component.property("SEQUENCE").map(sequence_of).transpose()?.unwrap_or(0);

    let dtstart = component
        .property("DTSTART")
        .ok_or_else(|| bad(line, Message::new("error-ical-no-start").arg("title", shown(&title))))?;
    let start_raw = parse_time(dtstart, &dtstart.value)?;
    let start = reader.start(dtstart, start_raw.clone(), host_zone, None, warnings, &title)?;
    let start_zone = match start {
        Start::Timed(t) => Some(t.timezone()),
        Start::Day(_) => None,
    };
    let end = match (component.property("DTEND"), component.property("DURATION")) {
        (Some(dtend), _) => {
            Some(reader.start(dtend, parse_time(dtend, &dtend.value)?, host_zone, start_zone, warnings, &title)?)
        }
        (None, Some(duration)) => {
            let length = parse_duration(duration)?;
            Some(match start {
                Start::Timed(t) => Start::Timed(t + length),
                Start::Day(d) => Start::Day(d + Days::new(length.num_days().max(0) as u64)),
            })
        }
        (None, None) => None,
    };
    let when = match (start, end) {
        (Start::Day(first), None) => When::AllDay { first, days: 1 },
        (Start::Day(first), Some(Start::Day(after_last))) => {
            When::AllDay { first, days: (after_last - first).num_days().max(1) as u64 }
        }
        (Start::Timed(s), None) => {
            warnings.push(
                Message::new("ical-warning-no-end")
                    .arg("line", dtstart.line.to_string())
                    .arg("title", shown(&title))
                    .render(i18n::current()),
            );
            When::Timed { start: s, length: TimeDelta::hours(1), store_zone: None }
        }
        (Start::Timed(s), Some(Start::Timed(e))) => {
            When::Timed { start: s, length: e.signed_duration_since(s), store_zone: None }
        }
        (Start::Day(_), Some(Start::Timed(_))) | (Start::Timed(_), Some(Start::Day(_))) => {
            let end_line = component.property("DTEND").map_or(line, |p| p.line);
            return Err(bad(end_line, Message::new("error-ical-date-and-time-mixed").arg("title", shown(&title))));
        }
    };
    let when = match when {
        When::Timed { start, length, .. } => {
            let written_utc = matches!(start_raw, RawTime::Utc(_));
            let end_line = component.property("DTEND").map_or(line, |p| p.line);
            if length < TimeDelta::zero() {
                return Err(bad(end_line, Message::new("error-ical-ends-before-start").arg("title", shown(&title))));
            }
            let length = if length.is_zero() {
                warnings.push(
                    Message::new("ical-warning-zero-length")
                        .arg("line", end_line.to_string())
                        .arg("title", shown(&title))
                        .render(i18n::current()),
                );
                TimeDelta::hours(1)
            } else {
                length
            };
            let store_zone = if written_utc { None } else { Some(start.timezone()) };
            When::Timed { start, length, store_zone }
        }
        all_day => all_day,
    };

    let recurrence_id = component
        .property("RECURRENCE-ID")
        .map(|p| parse_time(p, &p.value).and_then(|raw| reader.start(p, raw, host_zone, start_zone, warnings, &title)))
        .transpose()?;
    let mut times = |name: &str| -> Result<Vec<Start>> {
        let mut out = Vec::new();
        for p in component.properties_named(name) {
            for value in split_values(&p.value) {
                let value = value.split('/').next().unwrap_or(value);
                out.push(reader.start(p, parse_time(p, value)?, host_zone, start_zone, warnings, &title)?);
            }
        }
        Ok(out)
    };
    let rdates = times("RDATE")?;
    let exdates = times("EXDATE")?;
    let rules = component.properties_named("RRULE").map(|p| p.value.trim().to_string()).collect();
    let rule_line = component.property("RRULE").or(component.property("RDATE")).map_or(line, |p| p.line);
    Ok(Event {
        line,
        uid,
        uid_made_up,
        recurrence_id,
        sequence,
        titled: component.property("SUMMARY").is_some_and(|p| !p.text().trim().is_empty()),
        title,
        description: text("DESCRIPTION"),
        venue,
        online_url,
        kind: component.properties_named("CATEGORIES").flat_map(|p| split_values(&p.value)).find_map(kind_named),
        online,
        host,
        status,
        when,
        rules,
        rule_line,
        rdates,
        exdates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(name: &str, value: &str) -> ContentLine<'static> {
        ContentLine { line: 9, name: name.to_string().into(), params: vec![], value: value.to_string().into() }
    }

    #[test]
    fn durations() {
        let d = |v: &str| parse_duration(&line("DURATION", v));
        assert_eq!(d("PT1H30M").unwrap(), TimeDelta::minutes(90));
        assert_eq!(d("P2D").unwrap(), TimeDelta::days(2));
        assert_eq!(d("P1W").unwrap(), TimeDelta::days(7));
        assert_eq!(d("P1DT2H").unwrap(), TimeDelta::hours(26));
        for wrong in ["1H", "PT", "P1H", "PT1D", "-PT1H", "P1.5D"] {
            let err = d(wrong).unwrap_err().to_string();
            assert!(err.starts_with("line 9: DURATION"), "{wrong}: {err}");
        }
    }

    #[test]
    fn times_as_written() {
        let mut l = line("DTSTART", "");
        assert!(matches!(parse_time(&l, "20270310").unwrap(), RawTime::Date(_)));
        assert!(matches!(parse_time(&l, "20270310T100000Z").unwrap(), RawTime::Utc(_)));
        assert!(matches!(parse_time(&l, "20270310T100000").unwrap(), RawTime::Floating(_)));
        l.params.push(("TZID".into(), vec!["Europe/Riga".into()]));
        assert!(matches!(parse_time(&l, "20270310T100000").unwrap(), RawTime::Zoned(_, ref z) if z == "Europe/Riga"));
        let err = parse_time(&l, "2027-13-01").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"2027-13-01\" is not a date ("), "{err}");
        let err = parse_time(&l, "20270310T250000").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"20270310T250000\" is not a date and time"), "{err}");
        let err = parse_time(&l, "20271301").unwrap_err().to_string();
        assert!(err.contains("line 9: DTSTART \"20271301\" is not a date"), "{err}");
    }

    #[test]
    fn times_are_read_as_chrono_reads_them() {
        let l = line("DTSTART", "");
        for text in [
            "20270310T100000",
            "20280229T235959",
            "20270229T100000",
            "20270310T250000",
            "20270310T106000",
            "20270310T100060",
            "20270010T100000",
            "20271300T100000",
            "00000101T000000",
            "99991231T235959",
            "2027031OT100000",
            "20270310t100000",
            "+2027031T100000",
        ] {
            let chrono = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").ok();
            let ours = match parse_time(&l, text) {
                Ok(RawTime::Floating(t)) => Some(t),
                _ => None,
            };
            assert_eq!(ours, chrono, "{text}");
        }
        for text in ["20270310", "20280229", "20270229", "20271301", "20270100", "00000101", "2027031O", "+2027031"] {
            let chrono = NaiveDate::parse_from_str(text, "%Y%m%d").ok();
            assert_eq!(parse_date(&l, text).ok(), chrono, "{text}");
        }
    }
}
