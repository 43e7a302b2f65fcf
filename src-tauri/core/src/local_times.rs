//! The local times panel: a meeting's start and end on every partner's clock, for a
//! meeting already saved or for the form still being filled in.
//!
//! Invariant: the preview checks the schedule with the very rules saving uses
//! ([`crate::meeting::schedule_instants`]), so a schedule the panel accepts saves, and one it
//! refuses fails with the same field error. All-day and undated meetings have no clock
//! time, so their panel is empty. Partners come in name order (see
//! [`crate::partner::list_partners`]).

use crate::calendar::{local_times, PartnerLocalTime};
use crate::error::Result;
use crate::meeting::{check_host, get_meeting, schedule_instants, Schedule, ScheduleInput};
use crate::network::get_network;
use crate::partner::list_partners;
use crate::store::Db;

/// The saved meeting's start and end for every partner of its network.
pub fn meeting_local_times(db: &Db, meeting_id: i64) -> Result<Vec<PartnerLocalTime>> {
    let meeting = get_meeting(db, meeting_id)?;
    match meeting.schedule {
        Schedule::Timed { start, end, .. } => local_times(start, end, &list_partners(db, meeting.network_id)?),
        Schedule::AllDay { .. } | Schedule::Undated { .. } => Ok(Vec::new()),
    }
}

/// What the panel would show for a schedule typed into a meeting form of `network_id`,
/// hosted by `host_partner_id`; nothing is saved.
pub fn preview_local_times(
    db: &Db,
    network_id: i64,
    schedule: &ScheduleInput,
    host_partner_id: Option<i64>,
) -> Result<Vec<PartnerLocalTime>> {
    get_network(db, network_id)?;
    if let Some(host) = host_partner_id {
        check_host(db, network_id, host)?;
    }
    match schedule_instants(db, schedule, host_partner_id)? {
        Some((start, end)) => local_times(start, end, &list_partners(db, network_id)?),
        None => Ok(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meeting::{create_meeting, MeetingInput, MeetingKind, MeetingMode, MeetingStatus};
    use crate::network::{create_network, NetworkInput, NetworkKind};
    use crate::partner::{create_partner, PartnerInput, PartnerRole};
    use chrono::{NaiveDate, NaiveDateTime};

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn partner(db: &mut Db, network: i64, name: &str, country: &str) -> i64 {
        let input = PartnerInput {
            name: name.into(),
            country: country.into(),
            region: String::new(),
            role: PartnerRole::Partner,
            time_zone: String::new(),
            population: None,
            notes: String::new(),
        };
        create_partner(db, network, input).unwrap().id
    }

    fn timed(start: &str, end: &str) -> ScheduleInput {
        ScheduleInput::Timed { start_local: local(start), end_local: local(end), time_zone: String::new() }
    }

    fn setup() -> (Db, i64, i64) {
        let mut db = Db::open_in_memory().unwrap();
        let network = create_network(&mut db, NetworkInput::named("IoTXchange", NetworkKind::Transfer)).unwrap().id;
        let jelgava = partner(&mut db, network, "Jelgava", "LV");
        partner(&mut db, network, "Nevers", "FR");
        partner(&mut db, network, "Fundão", "PT");
        (db, network, jelgava)
    }

    fn clock(times: &[PartnerLocalTime], name: &str) -> String {
        times.iter().find(|t| t.partner_name == name).unwrap().start_local.format("%H:%M").to_string()
    }

    #[test]
    fn ten_in_jelgava_is_nine_in_nevers_and_eight_in_fundao_before_and_after_saving() {
        let (mut db, network, jelgava) = setup();
        let schedule = timed("2027-03-10 10:00", "2027-03-10 12:00");
        let preview = preview_local_times(&db, network, &schedule, Some(jelgava)).unwrap();
        assert_eq!(
            (clock(&preview, "Jelgava"), clock(&preview, "Nevers"), clock(&preview, "Fundão")),
            ("10:00".into(), "09:00".into(), "08:00".into())
        );
        let input = MeetingInput {
            kind: MeetingKind::Transnational,
            title: "Transnational meeting".into(),
            host_partner_id: Some(jelgava),
            venue: String::new(),
            mode: MeetingMode::InPerson,
            online_url: String::new(),
            status: MeetingStatus::Tentative,
            description: String::new(),
            schedule,
        };
        let meeting = create_meeting(&mut db, network, input).unwrap();
        assert_eq!(
            meeting_local_times(&db, meeting.id).unwrap(),
            preview,
            "the saved meeting shows what the form showed"
        );
    }

    #[test]
    fn preview_refuses_what_saving_would_refuse_with_the_same_field() {
        let (mut db, network, jelgava) = setup();
        let backwards = timed("2027-03-10 12:00", "2027-03-10 10:00");
        let e = preview_local_times(&db, network, &backwards, Some(jelgava)).unwrap_err();
        assert_eq!(e.field(), Some("end"));
        let no_zone =
            preview_local_times(&db, network, &timed("2027-03-10 10:00", "2027-03-10 12:00"), None).unwrap_err();
        assert_eq!(no_zone.field(), Some("time_zone"));
        let elsewhere = create_network(&mut db, NetworkInput::named("Other", NetworkKind::Other)).unwrap().id;
        let other = partner(&mut db, elsewhere, "Oulu", "FI");
        let e =
            preview_local_times(&db, network, &timed("2027-03-10 10:00", "2027-03-10 12:00"), Some(other)).unwrap_err();
        assert_eq!(e.field(), Some("host_partner_id"));
    }

    #[test]
    fn days_without_clock_times_have_an_empty_panel() {
        let (db, network, _) = setup();
        let day = NaiveDate::from_ymd_opt(2027, 3, 10).unwrap();
        let all_day = ScheduleInput::AllDay { first: day, last: day };
        assert!(preview_local_times(&db, network, &all_day, None).unwrap().is_empty());
        let backwards = ScheduleInput::AllDay { first: day, last: day.pred_opt().unwrap() };
        assert_eq!(preview_local_times(&db, network, &backwards, None).unwrap_err().field(), Some("last"));
    }
}
