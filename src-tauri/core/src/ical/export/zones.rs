//! Which zones a calendar needs a VTIMEZONE for, and for which years: gathered while the
//! events are written, turned into [`ZoneRules`] once the last event is known.
//!
//! A network uses a handful of zones, so the list is searched, starting from the last
//! match, instead of hashed; each zone's name is parsed once, not once per meeting.
//!
//! Invariant: the zones are those of the timed events written (a name chrono-tz does not
//! know gets none, and its events are written in UTC), each scanned from the earliest
//! start year to the latest end year on its own clock, sorted by name.

use chrono_tz::Tz;

use super::super::vtimezone::ZoneRules;

/// The zones seen so far and the years their events touch.
#[derive(Default)]
pub(super) struct ZoneYears {
    zones: Vec<SeenZone>,
    last: usize,
}

struct SeenZone {
    name: String,
    zone: Option<Tz>,
    /// The first and last year of the events written on this zone's clock; `None` while
    /// the zone was only looked up.
    years: Option<(i32, i32)>,
}

/// A zone [`ZoneYears::find`] has seen.
#[derive(Debug, Clone, Copy)]
pub(super) struct SeenIndex(usize);

impl ZoneYears {
    /// The zone named `name` and chrono-tz's reading of it (`None` for a name it does not
    /// know).
    pub(super) fn find(&mut self, name: &str) -> (SeenIndex, Option<Tz>) {
        let found = if self.zones.get(self.last).is_some_and(|z| z.name == name) {
            Some(self.last)
        } else {
            self.zones.iter().position(|z| z.name == name)
        };
        let index = found.unwrap_or_else(|| {
            self.zones.push(SeenZone { name: name.to_string(), zone: name.parse::<Tz>().ok(), years: None });
            self.zones.len() - 1
        });
        self.last = index;
        (SeenIndex(index), self.zones[index].zone)
    }

    /// Notes that an event written on the zone's clock starts in `first_year` and ends in
    /// `last_year`.
    pub(super) fn note_years(&mut self, zone: SeenIndex, first_year: i32, last_year: i32) {
        let years = &mut self.zones[zone.0].years;
        *years = Some(match *years {
            Some((first, last)) => (first.min(first_year), last.max(last_year)),
            None => (first_year, last_year),
        });
    }

    /// The VTIMEZONE rules of every known zone an event was written on, sorted by name.
    pub(super) fn into_rules(self) -> Vec<ZoneRules> {
        let mut rules: Vec<ZoneRules> = self
            .zones
            .into_iter()
            .filter_map(|z| match (z.zone, z.years) {
                (Some(tz), Some((first, last))) => Some(ZoneRules::scan(tz, first, last)),
                _ => None,
            })
            .collect();
        rules.sort_by(|a, b| a.zone.name().cmp(b.zone.name()));
        rules
    }
}
