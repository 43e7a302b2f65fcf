//! The IoTXchange network the calendar import tests import into (partner cities in several
//! zones, Riga leading), the files in tests/core/ics/ and the UIDs they hold.

use chrono::{DateTime, NaiveDate, Utc};
use convene_core::ical::import::{import_ics, IcsImportReport};
use convene_core::meeting::*;
use convene_core::network::*;
use convene_core::partner::*;
use convene_core::Db;

pub fn fixture(name: &str) -> String {
    let path = format!("{}/../../tests/core/ics/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The 1-based line of `fixture` holding `needle`, to check that errors name it.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle} not in fixture")) + 1
}

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

pub fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

pub struct Net {
    pub db: Db,
    pub id: i64,
}

impl Net {
    /// A network of partner cities in several zones, Riga leading, running 2027-2029.
    pub fn new() -> Net {
        Net::with_dates(Some("2027-01-01"), Some("2029-06-30"))
    }

    pub fn with_dates(start: Option<&str>, end: Option<&str>) -> Net {
        let mut db = Db::open_in_memory().unwrap();
        let mut input = NetworkInput::named("IoTXchange", NetworkKind::ActionPlanning);
        input.start_date = start.map(date);
        input.end_date = end.map(date);
        let network = create_network(&mut db, input).unwrap();
        let mut lead = None;
        for (name, country) in [
            ("Riga", "LV"),
            ("Gävle", "SE"),
            ("Nyíregyháza", "HU"),
            ("Bragança", "PT"),
            ("Võru", "EE"),
            ("Tartu", "EE"),
            ("Barnsley", "GB"),
            ("Jelgava", "LV"),
        ] {
            let p = create_partner(&mut db, network.id, PartnerInput::named(name, country)).unwrap();
            lead.get_or_insert(p.id);
        }
        let mut update = NetworkInput::from(&network);
        update.lead_partner_id = lead;
        update_network(&mut db, network.id, update).unwrap();
        Net { db, id: network.id }
    }

    pub fn import(&mut self, name: &str) -> IcsImportReport {
        import_ics(&mut self.db, self.id, &fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    pub fn meeting(&self, uid: &str) -> Meeting {
        find_meeting(&self.db, uid).unwrap_or_else(|e| panic!("{uid}: {e}"))
    }

    pub fn by_title(&self, title: &str) -> Meeting {
        let all = list_meetings(&self.db, self.id, DateRange::default()).unwrap();
        let hit = all.iter().find(|m| m.title == title).unwrap_or_else(|| panic!("no meeting {title}"));
        get_meeting(&self.db, hit.id).unwrap()
    }

    pub fn host_name(&self, m: &Meeting) -> Option<String> {
        m.host_partner_id.map(|id| get_partner(&self.db, id).unwrap().name)
    }

    /// Every meeting as saved, for before/after comparisons.
    pub fn snapshot(&self) -> Vec<Meeting> {
        list_meetings(&self.db, self.id, DateRange::default())
            .unwrap()
            .iter()
            .map(|m| get_meeting(&self.db, m.id).unwrap())
            .collect()
    }
}

pub fn timed(m: &Meeting) -> (DateTime<Utc>, DateTime<Utc>, &str) {
    match &m.schedule {
        Schedule::Timed { start, end, time_zone, .. } => (*start, *end, time_zone.as_str()),
        other => panic!("{} is not timed: {other:?}", m.title),
    }
}

pub const KICK_OFF_UID: &str =
    "040000008200E00074C5B7101A82E00800000000D0B4C2D8F1ABDA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90";
pub const RIGA_UID: &str =
    "040000008200E00074C5B7101A82E00800000000F3C1A9E2F1ABDA0100000000000000001000000055AA77CC99EE11332244668800BBDDFF";
pub const WEBINAR_UID: &str =
    "040000008200E00074C5B7101A82E0080000000021D7E5B0F2ABDA01000000000000000010000000CAFEBABE0123456789ABCDEF01234567";
pub const TOUCH_BASE_UID: &str = "7k9m1o3q5s7u9w1y3a5c7e9g1i@google.com";
