//! Windows time zone names as Outlook and Exchange write them, mapped to IANA zones.
//!
//! Outlook puts its own zone names in `TZID`: the Windows id ("W. Europe Standard Time",
//! "FLE Standard Time", "GMT Standard Time") or, in older versions and some exports, the
//! display name shown in Windows' settings ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome,
//! Stockholm, Vienna", sometimes "(GMT+01.00) ..." or without the bracket). The table is
//! CLDR's `windowsZones.xml` as carried by the `windows-timezones` crate (generated from
//! CLDR, updated with it); we do not keep a copy of our own.
//!
//! A Windows zone covers several IANA zones ("FLE Standard Time" is Helsinki, Kyiv, Riga,
//! Sofia, Tallinn and Vilnius); CLDR names one default (its "001" territory). When one of
//! the `preferred` zones (the network's partners, host first) is in the same Windows zone,
//! that one is chosen, so a meeting in Riga stays in Europe/Riga rather than Europe/Kiev.

use std::str::FromStr;

use chrono_tz::Tz;
use strum::IntoEnumIterator;
use windows_timezones::WindowsTimezone;

/// The Windows zone a TZID names, by id or by display name.
pub fn windows_zone(tzid: &str) -> Option<WindowsTimezone> {
    let tzid = tzid.trim();
    if let Ok(zone) = WindowsTimezone::from_str(tzid) {
        return Some(zone);
    }
    let wanted = fold_display_name(tzid);
    if wanted.is_empty() {
        return None;
    }
    WindowsTimezone::iter()
        .find(|zone| fold_display_name(zone.description()) == wanted || zone.name().eq_ignore_ascii_case(tzid))
}

/// "(UTC+01:00) Amsterdam, Berlin" and "(GMT+01.00) Amsterdam / Berlin" alike become
/// "amsterdam berlin": the offset prefix and punctuation are dropped.
fn fold_display_name(name: &str) -> String {
    let name = name.trim();
    let without_offset = match name.strip_prefix('(') {
        Some(rest) if rest.starts_with("UTC") || rest.starts_with("GMT") => {
            rest.split_once(')').map_or(rest, |(_, after)| after)
        }
        _ => name,
    };
    without_offset
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The IANA zone for a Windows zone: the first of `preferred` that lies in it, else CLDR's
/// default.
pub fn iana_zone(zone: WindowsTimezone, preferred: &[Tz]) -> Option<Tz> {
    preferred
        .iter()
        .copied()
        .find(|tz| WindowsTimezone::try_from(*tz).is_ok_and(|w| w == zone))
        .or_else(|| Tz::from_str(zone.tzdb_id()).ok())
}

/// [`windows_zone`] then [`iana_zone`].
pub fn iana_for_windows_name(tzid: &str, preferred: &[Tz]) -> Option<Tz> {
    windows_zone(tzid).and_then(|zone| iana_zone(zone, preferred))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn european_windows_names() {
        let iana = |name: &str| iana_for_windows_name(name, &[]).map(|tz| tz.name().to_string());
        assert_eq!(iana("W. Europe Standard Time").as_deref(), Some("Europe/Berlin"));
        assert_eq!(iana("GMT Standard Time").as_deref(), Some("Europe/London"));
        assert_eq!(iana("Romance Standard Time").as_deref(), Some("Europe/Paris"));
        assert_eq!(iana("Central European Standard Time").as_deref(), Some("Europe/Warsaw"));
        assert!(iana("FLE Standard Time").is_some_and(|z| z == "Europe/Kiev" || z == "Europe/Kyiv"));
        assert_eq!(iana("UTC").as_deref(), Some("Etc/UTC"));
        assert_eq!(iana("Atlantis Standard Time"), None);
    }

    #[test]
    fn display_names_as_outlook_writes_them() {
        let iana = |name: &str| iana_for_windows_name(name, &[]).map(|tz| tz.name().to_string());
        assert_eq!(
            iana("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna").as_deref(),
            Some("Europe/Berlin")
        );
        assert_eq!(
            iana("(GMT+01.00) Amsterdam / Berlin / Bern / Rome / Stockholm / Vienna").as_deref(),
            Some("Europe/Berlin")
        );
        assert_eq!(iana("(UTC+00:00) Dublin, Edinburgh, Lisbon, London").as_deref(), Some("Europe/London"));
        assert_eq!(iana("Brussels, Copenhagen, Madrid, Paris").as_deref(), Some("Europe/Paris"));
    }

    #[test]
    fn a_partner_zone_in_the_same_windows_zone_wins() {
        let riga: Tz = "Europe/Riga".parse().unwrap();
        let lisbon: Tz = "Europe/Lisbon".parse().unwrap();
        assert_eq!(iana_for_windows_name("FLE Standard Time", &[lisbon, riga]), Some(riga));
        assert_eq!(iana_for_windows_name("GMT Standard Time", &[riga, lisbon]), Some(lisbon));
    }
}
