//! Time zones across a network: a meeting's times on every partner's clock.
//!
//! Coordinators pick times that work in Riga and in Lisbon; [`local_times`] shows each
//! partner's wall clock for a start and end instant, and marks what is awkward there:
//! outside 08:00-19:00, or on a Saturday or Sunday.

use chrono::{DateTime, Datelike, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::partner::Partner;
use crate::validate;

/// Working hours used to flag awkward local times.
pub const WORKDAY_START: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) { Some(t) => t, None => unreachable!() };
pub const WORKDAY_END: NaiveTime = match NaiveTime::from_hms_opt(19, 0, 0) { Some(t) => t, None => unreachable!() };

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PartnerLocalTime {
    pub partner_id: i64,
    pub partner_name: String,
    pub country: String,
    pub time_zone: String,
    pub start_local: NaiveDateTime,
    pub end_local: NaiveDateTime,
    /// The start or the end falls outside 08:00-19:00 there.
    pub outside_working_hours: bool,
    /// The start or end date is a Saturday or Sunday there.
    pub on_weekend: bool,
    /// Offset from UTC at the start, such as "+02:00".
    pub utc_offset: String,
}

fn awkward_hours(start: NaiveDateTime, end: NaiveDateTime) -> bool {
    let spans_days = end.date() > start.date() && !(end.date() == start.date().succ_opt().unwrap_or(end.date()) && end.time() == NaiveTime::MIN);
    start.time() < WORKDAY_START || start.time() > WORKDAY_END || end.time() > WORKDAY_END || (end.time() < WORKDAY_START && end.time() != NaiveTime::MIN) || spans_days
}

fn weekend(d: NaiveDateTime) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Start and end on the clock of each partner, in the order given.
pub fn local_times(start: DateTime<Utc>, end: DateTime<Utc>, partners: &[Partner]) -> Result<Vec<PartnerLocalTime>> {
    partners
        .iter()
        .map(|p| {
            let zone: Tz = validate::zone("time_zone", &p.time_zone)?;
            let s = start.with_timezone(&zone);
            let e = end.with_timezone(&zone);
            let (sl, el) = (s.naive_local(), e.naive_local());
            Ok(PartnerLocalTime {
                partner_id: p.id,
                partner_name: p.name.clone(),
                country: p.country.clone(),
                time_zone: p.time_zone.clone(),
                start_local: sl,
                end_local: el,
                outside_working_hours: awkward_hours(sl, el),
                on_weekend: weekend(sl) || weekend(el),
                utc_offset: s.format("%:z").to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partner::{Partner, PartnerRole};
    use chrono::TimeZone;

    fn partner(id: i64, name: &str, zone: &str) -> Partner {
        Partner {
            id,
            network_id: 1,
            name: name.into(),
            country: String::new(),
            role: PartnerRole::Partner,
            time_zone: zone.into(),
            population: None,
            notes: String::new(),
            created_at: String::new(),
            updated_at: String::new(),
            contacts: vec![],
            local_group: vec![],
        }
    }

    #[test]
    fn riga_ten_oclock_is_nine_in_nevers_and_eight_in_fundao() {
        let riga: Tz = "Europe/Riga".parse().unwrap();
        let start = riga.with_ymd_and_hms(2027, 3, 10, 10, 0, 0).unwrap().with_timezone(&Utc);
        let end = riga.with_ymd_and_hms(2027, 3, 10, 12, 0, 0).unwrap().with_timezone(&Utc);
        let ps = [partner(1, "Jelgava", "Europe/Riga"), partner(2, "Nevers", "Europe/Paris"), partner(3, "Fundão", "Europe/Lisbon")];
        let t = local_times(start, end, &ps).unwrap();
        assert_eq!(t[1].start_local.format("%H:%M").to_string(), "09:00");
        assert_eq!(t[2].start_local.format("%H:%M").to_string(), "08:00");
        assert!(!t[2].outside_working_hours);
        let early = riga.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap().with_timezone(&Utc);
        let t = local_times(early, end, &ps).unwrap();
        assert!(t[2].outside_working_hours, "07:00 in Fundão is before the working day");
        assert!(!t[0].outside_working_hours);
    }

    #[test]
    fn weekend_depends_on_the_local_date() {
        let tokyo: Tz = "Asia/Tokyo".parse().unwrap();
        // Friday 23:00 UTC is already Saturday in Tokyo.
        let start = Utc.with_ymd_and_hms(2027, 3, 12, 23, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2027, 3, 12, 23, 30, 0).unwrap();
        let t = local_times(start, end, &[partner(1, "Lisbon", "Europe/Lisbon"), partner(2, "Tokyo", tokyo.name())]).unwrap();
        assert!(!t[0].on_weekend);
        assert!(t[1].on_weekend);
    }
}
