//! Query speed on a large installation: 1,000 networks, 10,000 partners, 100,000 meetings.
//!
//! `cargo bench -p convene-core --bench queries`. Targets (issue 2): one network's meetings
//! under 2 ms, the next 50 meetings across all networks under 20 ms, a full-text search
//! under 20 ms. Divan prints the figures; they are recorded in the README.

use std::sync::OnceLock;

use chrono::{TimeZone, Utc};
use convene_core::meeting::{list_meetings, upcoming_meetings, DateRange};
use convene_core::search::search;
use convene_core::synthetic::{fill, Size};
use convene_core::Db;

fn main() {
    divan::main();
}

struct Shared {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
}

/// One generated database file for every benchmark (each thread opens its own connection).
fn database() -> &'static Shared {
    static DB: OnceLock<Shared> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("bench.db");
        let mut db = Db::open(&path).expect("open");
        let started = std::time::Instant::now();
        let meetings =
            fill(&mut db, Size { networks: 1000, partners_per_network: 10, meetings_per_network: 100 }).expect("fill");
        eprintln!("generated 1,000 networks, 10,000 partners and {meetings} meetings in {:.1?}", started.elapsed());
        Shared { _dir: dir, path }
    })
}

fn open() -> Db {
    Db::open(&database().path).expect("open")
}

#[divan::bench]
fn one_networks_meetings(bencher: divan::Bencher) {
    let db = open();
    let mut network = 0i64;
    bencher.bench_local(|| {
        network = network % 1000 + 1;
        let list = list_meetings(&db, divan::black_box(network), DateRange::default()).expect("list");
        assert_eq!(list.len(), 100);
        list
    });
}

#[divan::bench]
fn next_50_meetings_across_all_networks(bencher: divan::Bencher) {
    let db = open();
    let now = Utc.with_ymd_and_hms(2024, 6, 1, 12, 0, 0).unwrap();
    bencher.bench_local(|| {
        let next = upcoming_meetings(&db, divan::black_box(now), 50).expect("upcoming");
        assert_eq!(next.len(), 50);
        next
    });
}

#[divan::bench(args = ["harbour", "jelgava", "mobility hall"])]
fn full_text_search(bencher: divan::Bencher, query: &str) {
    let db = open();
    bencher.bench_local(|| {
        let hits = search(&db, divan::black_box(query), 20).expect("search");
        assert!(!hits.is_empty());
        hits
    });
}
