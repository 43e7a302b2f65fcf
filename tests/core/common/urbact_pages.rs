//! The bundled URBACT example pages and ways to look at what importing them created, for
//! the importer tests.

use chrono::NaiveDate;
use convene_core::meeting::{self, MeetingSummary};
use convene_core::network::{self, Network};
use convene_core::urbact::{import_urbact, ImportOptions, ImportReport};
use convene_core::Db;

pub fn pages() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples-data/urbact-network-pages.txt");
    std::fs::read_to_string(path).expect("the in-repository copy of the example pages")
}

pub fn imported(options: ImportOptions) -> (Db, ImportReport) {
    let mut db = Db::open_in_memory().unwrap();
    let report = import_urbact(&mut db, &pages(), &options).unwrap();
    (db, report)
}

pub fn net(db: &Db, name: &str) -> Network {
    network::find_network(db, name).unwrap()
}

/// A network's meetings in the order the page lists them.
pub fn meetings(db: &Db, name: &str) -> Vec<meeting::Meeting> {
    let id = net(db, name).id;
    let mut ids: Vec<i64> =
        meeting::list_meetings(db, id, Default::default()).unwrap().iter().map(|m: &MeetingSummary| m.id).collect();
    ids.sort();
    ids.into_iter().map(|i| meeting::get_meeting(db, i).unwrap()).collect()
}

pub fn find<'a>(list: &'a [meeting::Meeting], title: &str) -> &'a meeting::Meeting {
    list.iter().find(|m| m.title == title).unwrap_or_else(|| panic!("no meeting titled {title}"))
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn count(db: &Db, sql: &str) -> i64 {
    db.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}
