//! Writing the calendar: VTIMEZONE blocks for the zones used, then one VEVENT per dated
//! meeting (times in the meeting's zone, UID and SEQUENCE, status, place, description,
//! organizer and attendees, reminders), through [`super::super::line_writer`].

use super::event::{Event, EventTime};
use super::words::CalendarWords;
use super::zones::ZoneYears;
use super::*;
use crate::i18n::catalogue::text;
use crate::i18n::Locale;
use crate::ical::vtimezone::is_repeated_local_time;

/// A short fixed-size text (a date or a date-time) formatted without allocating.
pub(super) struct Stamp {
    bytes: [u8; 16],
    len: usize,
}

impl Stamp {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }

    fn digits(&mut self, value: u32, width: usize) {
        let mut v = value;
        for i in (0..width).rev() {
            self.bytes[self.len + i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
        self.len += width;
    }

    fn date(d: NaiveDate) -> Stamp {
        let mut s = Stamp { bytes: [0; 16], len: 0 };
        s.digits(d.year().clamp(0, 9999) as u32, 4);
        s.digits(d.month(), 2);
        s.digits(d.day(), 2);
        s
    }

    fn date_time(t: NaiveDateTime, utc: bool) -> Stamp {
        let mut s = Stamp::date(t.date());
        s.bytes[s.len] = b'T';
        s.len += 1;
        s.digits(t.hour(), 2);
        s.digits(t.minute(), 2);
        s.digits(t.second(), 2);
        if utc {
            s.bytes[s.len] = b'Z';
            s.len += 1;
        }
        s
    }
}

/// `-P1D`, `-PT2H`, `-P1DT2H30M`, `PT0S`: a trigger `before` the start.
pub(super) fn trigger(before: chrono::Duration) -> String {
    let secs = before.num_seconds();
    if secs == 0 {
        return "PT0S".into();
    }
    let mut text = String::from(if secs > 0 { "-P" } else { "P" });
    let s = secs.unsigned_abs();
    let (days, hours, minutes, seconds) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    if days > 0 {
        text.push_str(&format!("{days}D"));
    }
    if hours + minutes + seconds > 0 {
        text.push('T');
        for (n, unit) in [(hours, 'H'), (minutes, 'M'), (seconds, 'S')] {
            if n > 0 {
                text.push_str(&format!("{n}{unit}"));
            }
        }
    }
    text
}

/// The zones of `meetings`' timed schedules, with the years they touch.
pub(super) fn zones_used(meetings: &[Meeting]) -> Vec<ZoneRules> {
    let mut zones = ZoneYears::default();
    for m in meetings {
        if let Schedule::Timed { time_zone, start_local, end_local, .. } = &m.schedule {
            let (zone, _) = zones.find(time_zone);
            zones.note_years(zone, start_local.year(), end_local.year());
        }
    }
    zones.into_rules()
}

/// The calendar of `meetings`, in their order: undated ones are counted and left out.
pub(crate) fn write_calendar(
    meetings: &[Meeting],
    now: DateTime<Utc>,
    calendar_name: Option<&str>,
    reminder: Option<chrono::Duration>,
    itip: Option<&Itip<'_>>,
    language: Locale,
) -> CalendarExport {
    let zones = zones_used(meetings);
    let mut lines = Lines::with_capacity(1024 + zones.len() * 1024 + meetings.len() * 900);
    write_head(&mut lines, calendar_name, itip, &zones);
    let context = EventContext::new(now, reminder, itip, language);
    let mut events = 0;
    let mut undated = 0;
    for m in meetings {
        match Event::of_meeting(m) {
            Some(event) => {
                write_event(&mut lines, &event, &context);
                events += 1;
            }
            None => undated += 1,
        }
    }
    write_tail(&mut lines);
    CalendarExport { text: lines.into_string(), events, left_out_undated: undated }
}

/// Everything before the first VEVENT: the calendar's properties and its VTIMEZONEs.
pub(super) fn write_head(lines: &mut Lines, calendar_name: Option<&str>, itip: Option<&Itip<'_>>, zones: &[ZoneRules]) {
    lines.line("BEGIN", "VCALENDAR");
    lines.line("VERSION", "2.0");
    lines.line("PRODID", concat!("-//Convene//Convene ", env!("CARGO_PKG_VERSION"), "//EN"));
    lines.line("CALSCALE", "GREGORIAN");
    if let Some(itip) = itip {
        lines.line("METHOD", itip.method);
    }
    if let Some(name) = calendar_name.filter(|n| !n.trim().is_empty()) {
        lines.text_line("NAME", name);
        lines.text_line("X-WR-CALNAME", name);
    }
    for zone in zones {
        zone.write(lines);
    }
}

/// Everything after the last VEVENT.
pub(super) fn write_tail(lines: &mut Lines) {
    lines.line("END", "VCALENDAR");
}

/// What every event of one file shares: its DTSTAMP, reminder, iTIP method and words.
pub(super) struct EventContext<'a> {
    dtstamp: Stamp,
    trigger: Option<String>,
    itip: Option<&'a Itip<'a>>,
    words: CalendarWords,
}

impl<'a> EventContext<'a> {
    pub(super) fn new(
        now: DateTime<Utc>,
        reminder: Option<chrono::Duration>,
        itip: Option<&'a Itip<'a>>,
        language: Locale,
    ) -> EventContext<'a> {
        EventContext {
            dtstamp: Stamp::date_time(now.naive_utc(), true),
            trigger: reminder.map(trigger),
            itip,
            words: CalendarWords::in_locale(language),
        }
    }
}

/// `NAME;TZID=zone:local`, or `NAME:utcZ` where a TZID time would be read two ways (or the
/// zone is one chrono-tz does not know, which has no VTIMEZONE).
pub(super) fn write_instant(lines: &mut Lines, name: &str, zone: Option<Tz>, utc: DateTime<Utc>, local: NaiveDateTime) {
    lines.name(name);
    match zone {
        Some(z) if !is_repeated_local_time(z, local) => {
            lines.param("TZID", z.name());
            lines.colon();
            lines.value(Stamp::date_time(local, false).as_str());
        }
        _ => {
            lines.colon();
            lines.value(Stamp::date_time(utc.naive_utc(), true).as_str());
        }
    }
    lines.end();
}

/// Writes the VEVENT of a dated meeting.
pub(super) fn write_event(lines: &mut Lines, e: &Event<'_>, cx: &EventContext<'_>) {
    lines.line("BEGIN", "VEVENT");
    lines.text_line("UID", e.uid);
    lines.line("DTSTAMP", cx.dtstamp.as_str());
    lines.line("SEQUENCE", itoa(e.sequence).as_str());
    if let Some(itip) = cx.itip {
        write_party(lines, "ORGANIZER", itip.organizer, None);
        let rsvp = (itip.method == "REQUEST").then_some("TRUE");
        for attendee in itip.attendees {
            write_party(lines, "ATTENDEE", attendee, rsvp);
        }
    }
    match e.time {
        EventTime::Timed { start, end, zone, start_local, end_local } => {
            write_instant(lines, "DTSTART", zone, start, start_local);
            write_instant(lines, "DTEND", zone, end, end_local);
        }
        EventTime::AllDay { first, last } => {
            lines.name("DTSTART");
            lines.param("VALUE", "DATE");
            lines.colon();
            lines.value(Stamp::date(first).as_str());
            lines.end();
            lines.name("DTEND");
            lines.param("VALUE", "DATE");
            lines.colon();
            lines.value(Stamp::date(last.succ_opt().unwrap_or(last)).as_str());
            lines.end();
        }
    }
    lines.text_line("SUMMARY", e.title);
    let status = if cx.itip.is_some_and(|i| i.method == "CANCEL") { "CANCELLED" } else { ical_status(e.status) };
    lines.line("STATUS", status);
    write_location(lines, e, &cx.words);
    if !e.online_url.is_empty() {
        lines.line("URL", e.online_url);
    }
    write_description(lines, e, &cx.words);
    lines.text_line("CATEGORIES", cx.words.kind(e.kind));
    if let Some(trigger) = cx.trigger.as_deref().filter(|_| status != "CANCELLED") {
        lines.line("BEGIN", "VALARM");
        lines.line("ACTION", "DISPLAY");
        lines.text_line("DESCRIPTION", e.title);
        lines.line("TRIGGER", trigger);
        lines.line("END", "VALARM");
    }
    lines.line("END", "VEVENT");
}

pub(super) fn write_party(lines: &mut Lines, property: &str, party: &Party, rsvp: Option<&str>) {
    lines.name(property);
    if let Some(name) = party.name.as_deref().filter(|n| !n.trim().is_empty()) {
        lines.param("CN", name);
    }
    if property == "ATTENDEE" {
        lines.param("CUTYPE", "INDIVIDUAL");
        lines.param("ROLE", "REQ-PARTICIPANT");
        lines.param("PARTSTAT", "NEEDS-ACTION");
        if let Some(rsvp) = rsvp {
            lines.param("RSVP", rsvp);
        }
    }
    lines.colon();
    lines.value("mailto:");
    lines.value(&party.email);
    lines.end();
}

/// Where a meeting takes place, as LOCATION says it (see the module docs).
pub(super) enum Place<'a> {
    VenueInCity(&'a str, &'a str),
    Named(&'a str),
}

/// `online_place` is the word for a place that is only online ("Online").
pub(super) fn place<'a>(
    venue: &'a str,
    host_name: Option<&'a str>,
    mode: MeetingMode,
    online_place: &'a str,
) -> Option<Place<'a>> {
    let venue = venue.trim();
    let city = host_name.map(str::trim).unwrap_or("");
    let online = mode == MeetingMode::Online;
    match (venue.is_empty(), city.is_empty()) {
        (false, false) if !venue.contains(city) => Some(Place::VenueInCity(venue, city)),
        (false, _) => Some(Place::Named(venue)),
        (true, false) if !online => Some(Place::Named(city)),
        _ if online => Some(Place::Named(online_place)),
        _ => None,
    }
}

/// The LOCATION text of a meeting, unescaped, in `language` ("Online" is the one word).
pub fn location(m: &Meeting, language: Locale) -> Option<String> {
    let online_place =
        if m.mode == MeetingMode::Online { text(language, "calendar-location-online") } else { String::new() };
    place(&m.venue, m.host_name.as_deref(), m.mode, &online_place).map(|p| match p {
        Place::VenueInCity(venue, city) => format!("{venue}, {city}"),
        Place::Named(name) => name.to_string(),
    })
}

pub(super) fn write_location(lines: &mut Lines, e: &Event<'_>, words: &CalendarWords) {
    let Some(place) = place(e.venue, e.host_name, e.mode, &words.online_place) else { return };
    lines.name("LOCATION");
    lines.colon();
    match place {
        Place::VenueInCity(venue, city) => {
            lines.text(venue);
            lines.text(", ");
            lines.text(city);
        }
        Place::Named(name) => lines.text(name),
    }
    lines.end();
}

pub(super) fn write_description(lines: &mut Lines, e: &Event<'_>, words: &CalendarWords) {
    let description = e.description.trim();
    let postponed = e.status == MeetingStatus::Postponed;
    if description.is_empty() && e.online_url.is_empty() && e.agenda.is_empty() && !postponed {
        return;
    }
    lines.name("DESCRIPTION");
    lines.colon();
    let mut first = true;
    let mut paragraph = |lines: &mut Lines| {
        if !first {
            lines.text("\n\n");
        }
        first = false;
    };
    if postponed {
        paragraph(lines);
        lines.text(&words.postponed);
    }
    if !description.is_empty() {
        paragraph(lines);
        lines.text(description);
    }
    if !e.online_url.is_empty() {
        paragraph(lines);
        lines.text(&words.online_before_link);
        lines.text(e.online_url);
        lines.text(&words.online_after_link);
    }
    if !e.agenda.is_empty() {
        paragraph(lines);
        lines.text(&words.agenda);
        for item in e.agenda {
            lines.text("\n");
            match (item.start_time, item.end_time) {
                (Some(s), Some(e)) => lines.text(&format!("{}-{} ", s.format("%H:%M"), e.format("%H:%M"))),
                (Some(s), None) => lines.text(&format!("{} ", s.format("%H:%M"))),
                _ => lines.text("- "),
            }
            lines.text(&item.title);
        }
    }
    lines.end();
}

/// An integer as text without allocating.
pub(super) fn itoa(n: i64) -> Stamp {
    let mut s = Stamp { bytes: [0; 16], len: 0 };
    let negative = n < 0;
    let mut v = n.unsigned_abs().min(999_999_999_999_999);
    let mut digits = [0u8; 15];
    let mut count = 0;
    loop {
        digits[count] = b'0' + (v % 10) as u8;
        count += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if negative {
        s.bytes[0] = b'-';
        s.len = 1;
    }
    for i in (0..count).rev() {
        s.bytes[s.len] = digits[i];
        s.len += 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers() {
        assert_eq!(trigger(chrono::Duration::days(1)), "-P1D");
        assert_eq!(trigger(chrono::Duration::hours(2)), "-PT2H");
        assert_eq!(trigger(chrono::Duration::minutes(30)), "-PT30M");
        assert_eq!(trigger(chrono::Duration::minutes(24 * 60 + 90)), "-P1DT1H30M");
        assert_eq!(trigger(chrono::Duration::zero()), "PT0S");
    }

    #[test]
    fn integers_and_stamps() {
        assert_eq!(itoa(0).as_str(), "0");
        assert_eq!(itoa(42).as_str(), "42");
        assert_eq!(itoa(-7).as_str(), "-7");
        let t = NaiveDate::from_ymd_opt(2027, 3, 5).unwrap().and_hms_opt(9, 4, 0).unwrap();
        assert_eq!(Stamp::date_time(t, false).as_str(), "20270305T090400");
        assert_eq!(Stamp::date_time(t, true).as_str(), "20270305T090400Z");
        assert_eq!(Stamp::date(t.date()).as_str(), "20270305");
    }
}
