//! What a `TZID` in another program's file means, as an IANA zone.
//!
//! Convene stores every instant with the IANA zone it was entered in, so each TZID must
//! become one. In order:
//! 1. an IANA name as written (any case): `Europe/Riga`, `UTC`;
//! 2. a Windows zone id or display name as Outlook writes them ([`super::windows_zones`]);
//! 3. a path ending in an IANA name, as old Mozilla and libical wrote them
//!    (`/mozilla.org/20050126_1/Europe/Berlin`);
//! 4. the file's own VTIMEZONE for that TZID: its `X-LIC-LOCATION`, else its observances
//!    (STANDARD/DAYLIGHT onsets and offsets) compared with IANA zones around the year of
//!    use; the partners' zones are tried first, and a zone is taken only when its offsets
//!    agree in January, in July and at the event itself.
//!
//! A TZID with a VTIMEZONE that no IANA zone matches (a custom Outlook zone with rules of
//! its own) still has its instants: [`ZoneResolver::instant_by_rules`] reads them from the
//! VTIMEZONE's rules, and the importer keeps them in UTC with a warning. Anything else is
//! refused naming the TZID and the line that uses it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::reader::Component;
use super::windows_zones;

/// How a TZID was understood, for the import warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZoneSource {
    Iana,
    Windows,
    /// Matched from the VTIMEZONE's offsets; worth a warning.
    Observances,
}

/// A TZID as resolved for a year, with the zone preferred first (the host's).
type ResolveKey = (String, i32, Option<Tz>);

/// Resolves TZIDs against the file's VTIMEZONEs and the network's zones.
pub struct ZoneResolver<'a> {
    vtimezones: HashMap<String, &'a Component<'a>>,
    preferred: Vec<Tz>,
    /// What each TZID resolved to, by TZID, year and preferred zone: Windows names and
    /// observances are matched by scanning tables, so each is done once per file.
    resolved: RefCell<HashMap<ResolveKey, Option<(Tz, ZoneSource)>>>,
}

/// A STANDARD or DAYLIGHT block: from each onset (local time) on, `offset_to` applies.
struct Observance {
    onsets: Vec<NaiveDateTime>,
    offset_from: i32,
    offset_to: i32,
}

impl<'a> ZoneResolver<'a> {
    /// `calendar`'s VTIMEZONEs; `preferred` are the zones tried first (host, lead, partners).
    pub fn new(calendar: &'a Component, preferred: Vec<Tz>) -> Self {
        let vtimezones = calendar
            .children
            .iter()
            .filter(|c| c.name == "VTIMEZONE")
            .filter_map(|c| c.property("TZID").map(|id| (id.value.trim().to_string(), c)))
            .collect();
        ZoneResolver { vtimezones, preferred, resolved: RefCell::new(HashMap::new()) }
    }

    /// The IANA zone `tzid` stands for, near the local time `at`; `None` when nothing fits.
    pub fn resolve(&self, tzid: &str, at: NaiveDateTime, preferred_first: Option<Tz>) -> Option<(Tz, ZoneSource)> {
        let tzid = tzid.trim();
        if let Ok(tz) = Tz::from_str(tzid) {
            return Some((tz, ZoneSource::Iana));
        }
        let key = (tzid.to_string(), at.year(), preferred_first);
        if let Some(known) = self.resolved.borrow().get(&key) {
            return *known;
        }
        let found = self.resolve_uncached(tzid, at, preferred_first);
        self.resolved.borrow_mut().insert(key, found);
        found
    }

    fn resolve_uncached(&self, tzid: &str, at: NaiveDateTime, preferred_first: Option<Tz>) -> Option<(Tz, ZoneSource)> {
        if let Ok(tz) = iana_zone(tzid) {
            return Some((tz, ZoneSource::Iana));
        }
        let mut preferred: Vec<Tz> = preferred_first.into_iter().collect();
        preferred.extend(self.preferred.iter().copied());
        if let Some(tz) = windows_zones::iana_for_windows_name(tzid, &preferred) {
            return Some((tz, ZoneSource::Windows));
        }
        if let Some(tz) = path_suffix_zone(tzid) {
            return Some((tz, ZoneSource::Iana));
        }
        let vtimezone = self.vtimezones.get(tzid)?;
        if let Some(tz) = vtimezone.property("X-LIC-LOCATION").and_then(|p| iana_zone(p.value.trim()).ok()) {
            return Some((tz, ZoneSource::Iana));
        }
        self.match_observances(vtimezone, at, &preferred).map(|tz| (tz, ZoneSource::Observances))
    }

    /// The instant the wall-clock time `at` in `tzid` denotes by the file's own VTIMEZONE
    /// rules (the offset of the latest onset before it), for a TZID no IANA zone matches;
    /// `None` when the file has no usable VTIMEZONE for it.
    pub fn instant_by_rules(&self, tzid: &str, at: NaiveDateTime) -> Option<DateTime<Utc>> {
        let vtimezone = self.vtimezones.get(tzid.trim())?;
        let offset = offset_at(&observances(vtimezone, at.year() + 1)?, at)?;
        Some(Utc.from_utc_datetime(&(at - chrono::TimeDelta::seconds(i64::from(offset)))))
    }

    /// The IANA zone whose offsets agree with the VTIMEZONE's in January, in July and at
    /// `at`, in `at`'s year; `preferred` zones first, then region zones, then `Etc/` ones.
    fn match_observances(&self, vtimezone: &Component, at: NaiveDateTime, preferred: &[Tz]) -> Option<Tz> {
        let observances = observances(vtimezone, at.year() + 1)?;
        let offset_at = |local: NaiveDateTime| offset_at(&observances, local);
        let agrees = |tz: &Tz| {
            [NaiveDate::from_ymd_opt(at.year(), 1, 15), NaiveDate::from_ymd_opt(at.year(), 7, 15)]
                .into_iter()
                .flatten()
                .map(|d| d.and_hms_opt(12, 0, 0).unwrap_or_default())
                .chain(std::iter::once(at))
                .all(|local| match (offset_at(local), tz.from_local_datetime(&local).earliest()) {
                    (Some(ours), Some(theirs)) => theirs.offset().fix().local_minus_utc() == ours,
                    _ => false,
                })
        };
        preferred
            .iter()
            .copied()
            .chain(
                chrono_tz::TZ_VARIANTS
                    .iter()
                    .copied()
                    .filter(|tz| tz.name().contains('/') && !tz.name().starts_with("Etc/")),
            )
            .chain(chrono_tz::TZ_VARIANTS.iter().copied())
            .find(agrees)
    }
}

/// An IANA name in any case ("europe/riga" is Europe/Riga).
fn iana_zone(name: &str) -> Result<Tz, ()> {
    Tz::from_str(name)
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|tz| tz.name().eq_ignore_ascii_case(name)))
        .ok_or(())
}

/// `/mozilla.org/20050126_1/Europe/Berlin` -> Europe/Berlin; Exchange's
/// `tzone://Microsoft/Utc` -> UTC.
fn path_suffix_zone(tzid: &str) -> Option<Tz> {
    let parts: Vec<&str> = tzid.split('/').filter(|p| !p.is_empty()).collect();
    (1..parts.len()).find_map(|start| iana_zone(&parts[start..].join("/")).ok())
}

fn offset_seconds(text: &str) -> Option<i32> {
    let text = text.trim();
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[0..2].parse().ok()?;
    let m: i32 = digits[2..4].parse().ok()?;
    let s: i32 = if digits.len() == 6 { digits[4..6].parse().ok()? } else { 0 };
    Some(sign * (h * 3600 + m * 60 + s))
}

fn local_date_time(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text.trim().trim_end_matches('Z'), "%Y%m%dT%H%M%S").ok()
}

/// The onsets of each observance up to the end of `last_year`.
fn observances(vtimezone: &Component, last_year: i32) -> Option<Vec<Observance>> {
    let limit = NaiveDate::from_ymd_opt(last_year, 12, 31)?.and_hms_opt(23, 59, 59)?;
    let mut out = Vec::new();
    for block in vtimezone.children.iter().filter(|c| c.name == "STANDARD" || c.name == "DAYLIGHT") {
        let start = local_date_time(&block.property("DTSTART")?.value)?;
        let offset_from = offset_seconds(&block.property("TZOFFSETFROM")?.value)?;
        let offset_to = offset_seconds(&block.property("TZOFFSETTO")?.value)?;
        let mut onsets = vec![start];
        for rdate in block.properties_named("RDATE") {
            onsets.extend(rdate.value.split(',').filter_map(local_date_time));
        }
        if let Some(rule) = block.property("RRULE") {
            let rule = super::recurrence::rule_with_utc_until(&rule.value, |local| Some(Utc.from_utc_datetime(&local)));
            let dt_start: DateTime<rrule::Tz> = rrule::Tz::UTC.from_utc_datetime(&start);
            let set = rule.parse::<rrule::RRule<rrule::Unvalidated>>().ok()?.build(dt_start).ok()?;
            let end: DateTime<rrule::Tz> = rrule::Tz::UTC.from_utc_datetime(&limit);
            onsets.extend(set.before(end).all(u16::MAX).dates.into_iter().map(|d| d.naive_utc()));
        }
        onsets.sort();
        onsets.dedup();
        out.push(Observance { onsets, offset_from, offset_to });
    }
    (!out.is_empty()).then_some(out)
}

/// The offset in force at the wall-clock time `local`: that of the latest onset before it.
fn offset_at(observances: &[Observance], local: NaiveDateTime) -> Option<i32> {
    let latest = observances
        .iter()
        .flat_map(|o| o.onsets.iter().filter(|t| **t <= local).map(move |t| (*t, o.offset_to)))
        .max_by_key(|(t, _)| *t);
    match latest {
        Some((_, offset)) => Some(offset),
        None => observances.iter().min_by_key(|o| o.onsets.first().copied()).map(|o| o.offset_from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ical::reader::{components, content_lines};

    fn calendar(text: &str) -> Component<'_> {
        components(content_lines(text.as_bytes())).unwrap().remove(0)
    }

    const CUSTOM: &str = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
        BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\n\
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n\
        BEGIN:DAYLIGHT\r\nDTSTART:16010101T040000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\n\
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n";

    #[test]
    fn names_of_every_kind() {
        let cal = calendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        let r = ZoneResolver::new(&cal, vec![]);
        let at = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap().and_hms_opt(10, 0, 0).unwrap();
        let name = |tzid: &str| r.resolve(tzid, at, None).map(|(tz, _)| tz.name().to_string());
        assert_eq!(name("Europe/Riga").as_deref(), Some("Europe/Riga"));
        assert_eq!(name("europe/riga").as_deref(), Some("Europe/Riga"));
        assert_eq!(name("W. Europe Standard Time").as_deref(), Some("Europe/Berlin"));
        assert_eq!(name("/mozilla.org/20050126_1/Europe/Berlin").as_deref(), Some("Europe/Berlin"));
        assert_eq!(name("/freeassociation.sourceforge.net/Tzfile/Europe/Vilnius").as_deref(), Some("Europe/Vilnius"));
        assert_eq!(name("tzone://Microsoft/Utc").as_deref(), Some("UTC"));
        assert_eq!(
            name("(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius").map(|z| z.starts_with("Europe/")),
            Some(true)
        );
        assert_eq!(name("Customized Time Zone"), None);
    }

    #[test]
    fn a_custom_vtimezone_is_matched_by_its_offsets_preferring_partner_zones() {
        let cal = calendar(CUSTOM);
        let riga: Tz = "Europe/Riga".parse().unwrap();
        let lisbon: Tz = "Europe/Lisbon".parse().unwrap();
        let r = ZoneResolver::new(&cal, vec![lisbon, riga]);
        let summer = NaiveDate::from_ymd_opt(2027, 6, 10).unwrap().and_hms_opt(10, 0, 0).unwrap();
        assert_eq!(r.resolve("Customized Time Zone", summer, None), Some((riga, ZoneSource::Observances)));
        let nobody = ZoneResolver::new(&cal, vec![lisbon]);
        let (tz, _) = nobody.resolve("Customized Time Zone", summer, None).unwrap();
        let winter = NaiveDate::from_ymd_opt(2027, 1, 10).unwrap().and_hms_opt(10, 0, 0).unwrap();
        for at in [summer, winter] {
            let offset = tz.from_local_datetime(&at).unwrap().offset().fix().local_minus_utc();
            assert_eq!(offset, riga.from_local_datetime(&at).unwrap().offset().fix().local_minus_utc());
        }
    }
}
