//! Writing the calendar: VTIMEZONE blocks for the zones used, then one VEVENT per dated
//! meeting (times in the meeting's zone, UID and SEQUENCE, status, place, description,
//! organizer and attendees, reminders), through [`super::super::line_writer`].

use super::words::CalendarWords;
use super::*;
use crate::i18n::catalogue::text;
use crate::i18n::Locale;

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

/// The zones the timed meetings use, with the years they touch, sorted by name. A network
/// uses a handful of zones, so a list searched from the last match beats hashing.
pub(super) fn zones_used(meetings: &[Meeting]) -> Vec<ZoneRules> {
    let mut years: Vec<(&str, i32, i32)> = Vec::new();
    let mut last = 0;
    for m in meetings {
        if let Schedule::Timed { time_zone, start_local, end_local, .. } = &m.schedule {
            let (a, b) = (start_local.year(), end_local.year());
            let found = if years.get(last).is_some_and(|z| z.0 == time_zone) {
                Some(last)
            } else {
                years.iter().position(|z| z.0 == time_zone)
            };
            match found {
                Some(i) => {
                    let z = &mut years[i];
                    z.1 = z.1.min(a);
                    z.2 = z.2.max(b);
                    last = i;
                }
                None => {
                    last = years.len();
                    years.push((time_zone, a, b));
                }
            }
        }
    }
    let mut zones: Vec<ZoneRules> = years
        .into_iter()
        .filter_map(|(name, first, last)| name.parse::<Tz>().ok().map(|tz| ZoneRules::scan(tz, first, last)))
        .collect();
    zones.sort_by(|a, b| a.zone.name().cmp(b.zone.name()));
    zones
}

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
    for zone in &zones {
        zone.write(&mut lines);
    }
    let context = EventContext {
        dtstamp: Stamp::date_time(now.naive_utc(), true),
        trigger: reminder.map(trigger),
        zones: &zones,
        itip,
        words: CalendarWords::in_locale(language),
    };
    let mut events = 0;
    let mut undated = 0;
    for m in meetings {
        if write_event(&mut lines, m, &context) {
            events += 1;
        } else {
            undated += 1;
        }
    }
    lines.line("END", "VCALENDAR");
    CalendarExport { text: lines.into_string(), events, left_out_undated: undated }
}

pub(super) struct EventContext<'a> {
    dtstamp: Stamp,
    trigger: Option<String>,
    zones: &'a [ZoneRules],
    itip: Option<&'a Itip<'a>>,
    words: CalendarWords,
}

/// `NAME;TZID=zone:local`, or `NAME:utcZ` where a TZID time would be read two ways.
pub(super) fn write_instant(
    lines: &mut Lines,
    name: &str,
    zone: Option<&ZoneRules>,
    utc: DateTime<Utc>,
    local: NaiveDateTime,
) {
    lines.name(name);
    match zone {
        Some(z) if !z.is_repeated_local_time(utc.timestamp()) => {
            lines.param("TZID", z.zone.name());
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

/// Writes the VEVENT of a dated meeting; false (and nothing written) for an undated one.
pub(super) fn write_event(lines: &mut Lines, m: &Meeting, cx: &EventContext<'_>) -> bool {
    if matches!(m.schedule, Schedule::Undated { .. }) {
        return false;
    }
    lines.line("BEGIN", "VEVENT");
    lines.text_line("UID", &m.uid);
    lines.line("DTSTAMP", cx.dtstamp.as_str());
    lines.line("SEQUENCE", itoa(m.sequence).as_str());
    if let Some(itip) = cx.itip {
        write_party(lines, "ORGANIZER", itip.organizer, None);
        let rsvp = (itip.method == "REQUEST").then_some("TRUE");
        for attendee in itip.attendees {
            write_party(lines, "ATTENDEE", attendee, rsvp);
        }
    }
    match &m.schedule {
        Schedule::Timed { start, end, time_zone, start_local, end_local } => {
            let zone = cx.zones.iter().find(|z| z.zone.name() == time_zone);
            write_instant(lines, "DTSTART", zone, *start, *start_local);
            write_instant(lines, "DTEND", zone, *end, *end_local);
        }
        Schedule::AllDay { first, last } => {
            lines.name("DTSTART");
            lines.param("VALUE", "DATE");
            lines.colon();
            lines.value(Stamp::date(*first).as_str());
            lines.end();
            lines.name("DTEND");
            lines.param("VALUE", "DATE");
            lines.colon();
            lines.value(Stamp::date(last.succ_opt().unwrap_or(*last)).as_str());
            lines.end();
        }
        Schedule::Undated { .. } => {}
    }
    lines.text_line("SUMMARY", &m.title);
    let status = if cx.itip.is_some_and(|i| i.method == "CANCEL") { "CANCELLED" } else { ical_status(m.status) };
    lines.line("STATUS", status);
    write_location(lines, m, &cx.words);
    if !m.online_url.is_empty() {
        lines.line("URL", &m.online_url);
    }
    write_description(lines, m, &cx.words);
    lines.text_line("CATEGORIES", cx.words.kind(m.kind));
    if let Some(trigger) = cx.trigger.as_deref().filter(|_| status != "CANCELLED") {
        lines.line("BEGIN", "VALARM");
        lines.line("ACTION", "DISPLAY");
        lines.text_line("DESCRIPTION", &m.title);
        lines.line("TRIGGER", trigger);
        lines.line("END", "VALARM");
    }
    lines.line("END", "VEVENT");
    true
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

/// `online` is the word for a place that is only online ("Online").
pub(super) fn place<'a>(m: &'a Meeting, online_place: &'a str) -> Option<Place<'a>> {
    let venue = m.venue.trim();
    let city = m.host_name.as_deref().map(str::trim).unwrap_or("");
    let online = m.mode == MeetingMode::Online;
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
    place(m, &online_place).map(|p| match p {
        Place::VenueInCity(venue, city) => format!("{venue}, {city}"),
        Place::Named(name) => name.to_string(),
    })
}

pub(super) fn write_location(lines: &mut Lines, m: &Meeting, words: &CalendarWords) {
    let Some(place) = place(m, &words.online_place) else { return };
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

pub(super) fn write_description(lines: &mut Lines, m: &Meeting, words: &CalendarWords) {
    let description = m.description.trim();
    let postponed = m.status == MeetingStatus::Postponed;
    if description.is_empty() && m.online_url.is_empty() && m.agenda.is_empty() && !postponed {
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
    if !m.online_url.is_empty() {
        paragraph(lines);
        lines.text(&words.online_before_link);
        lines.text(&m.online_url);
        lines.text(&words.online_after_link);
    }
    if !m.agenda.is_empty() {
        paragraph(lines);
        lines.text(&words.agenda);
        for item in &m.agenda {
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

    #[test]
    fn ranges_count_days_on_the_meetings_clock() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let all_day = Schedule::AllDay { first: d("2027-03-10"), last: d("2027-03-12") };
        assert!(in_range(&all_day, Some(d("2027-03-12")), None));
        assert!(!in_range(&all_day, Some(d("2027-03-13")), None));
        assert!(!in_range(&all_day, None, Some(d("2027-03-09"))));
        let june = Schedule::Undated { year: Some(2019), month: Some(6), wording: String::new() };
        assert!(in_range(&june, Some(d("2019-06-30")), None));
        assert!(!in_range(&june, Some(d("2019-07-01")), None));
        let unknown = Schedule::Undated { year: None, month: None, wording: "after the summer".into() };
        assert!(in_range(&unknown, Some(d("2030-01-01")), None));
    }
}
