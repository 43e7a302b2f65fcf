//! Query speed on a large installation ([`Size::LARGE`]): 1,000 networks, 10,000
//! partners, 100,000 meetings, 1,000 action plans of 12 sections and 2,000 good practices.
//!
//! `cargo bench -p convene-core --bench queries`. Targets (issue 12): one network's
//! meetings under 0.5 ms, the next 50 meetings across all networks under 5 ms, and every
//! query of the search set under 5 ms (median under 1 ms) with the search box's limit
//! ([`SEARCH_LIMIT`]). The search set is what a person types into the box, keystroke by
//! keystroke after the box's pause: single letters and short prefixes (the costliest, as
//! they match most of the index; "tra" and "mee" begin a word of every generated
//! meeting's title: without the index's prefixes of three letters they took 18 ms),
//! whole words common and rare, city names with and without accents, two words, and a
//! word that is nowhere. Divan prints the figures;
//! docs/performance.md records them.

use std::sync::OnceLock;

use chrono::{TimeZone, Utc};
use convene_core::meeting::{list_meetings, upcoming_meetings, DateRange};
use convene_core::search::{search, SEARCH_LIMIT};
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
        let meetings = fill(&mut db, Size::LARGE).expect("fill");
        eprintln!(
            "generated 1,000 networks, 10,000 partners, {meetings} meetings, 1,000 plans and 2,000 practices in {:.1?}",
            started.elapsed()
        );
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

/// The search set (see the module docs).
const SEARCH_SET: &[&str] = &[
    "h",
    "t",
    "ha",
    "har",
    "tra",
    "mee",
    "pla",
    "harbour",
    "transnational",
    "meeting",
    "kalomi",
    "jelgava",
    "gav",
    "gavle",
    "Gävle",
    "mobility hall",
    "digital inclusion",
    "action plan",
    "zzzz",
];

#[divan::bench(args = SEARCH_SET)]
fn full_text_search(bencher: divan::Bencher, query: &str) {
    let db = open();
    bencher.bench_local(|| {
        let hits = search(&db, divan::black_box(query), SEARCH_LIMIT).expect("search");
        assert!(hits.len() <= SEARCH_LIMIT);
        hits
    });
}
