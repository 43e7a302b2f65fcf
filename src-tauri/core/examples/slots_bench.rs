//! Prints how long the slot finder takes for 12 partners over 90 days of 30-minute starts
//! (4,320 candidates), the "Find a time" panel's question, and optionally how long the
//! home screen's two reads take on a large database (the first, drawn at once, and the travel
//! warnings, asked for after the first frame).
//!
//! `cargo run --release -p convene-core --example slots_bench [-- BIG.db]`, where BIG.db is
//! written by `--example generate`. Figures go to docs/performance.md; this is a
//! measurement, not a test (nothing here fails on a slow machine).

use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use convene_core::meeting::{create_meeting, MeetingInput, MeetingKind, ScheduleInput};
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{create_partner, PartnerInput};
use convene_core::scheduling::facts;
use convene_core::scheduling::slots::{find_slots, rank_slots};
use convene_core::scheduling::warnings::upcoming_warnings;
use convene_core::scheduling::SlotRequest;
use convene_core::Db;

/// Twelve partner cities in nine zones, as a large URBACT network has them.
const PARTNERS: &[(&str, &str)] = &[
    ("Lisbon", "PT"),
    ("Limerick", "IE"),
    ("Nevers", "FR"),
    ("Gijón", "ES"),
    ("Antwerp", "BE"),
    ("Perugia", "IT"),
    ("Gävle", "SE"),
    ("Kežmarok", "SK"),
    ("Riga", "LV"),
    ("Oulu", "FI"),
    ("Heraklion", "GR"),
    ("Razlog", "BG"),
];

fn summary(label: &str, mut runs: Vec<Duration>) {
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label}: median {:.2} ms, fastest {:.2} ms, slowest {:.2} ms ({} runs)",
        ms(runs[runs.len() / 2]),
        ms(runs[0]),
        ms(runs[runs.len() - 1]),
        runs.len()
    );
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect()
}

fn main() {
    let mut db = Db::open_in_memory().expect("an in-memory database");
    let network = create_network(&mut db, NetworkInput::named("Benchmark", NetworkKind::Transfer)).unwrap().id;
    for (name, country) in PARTNERS {
        create_partner(&mut db, network, PartnerInput::named(name, country)).unwrap();
    }
    let from = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let to = from + chrono::Duration::days(89);
    for week in 0..12 {
        let day = from + chrono::Duration::days(week * 7 + 2);
        let schedule = ScheduleInput::Timed {
            start_local: day.and_hms_opt(10, 0, 0).unwrap(),
            end_local: day.and_hms_opt(12, 0, 0).unwrap(),
            time_zone: "Europe/Brussels".into(),
        };
        create_meeting(&mut db, network, MeetingInput::new(MeetingKind::Transnational, "Steering group", schedule))
            .unwrap();
    }
    let mut request = SlotRequest::new(from, to, 120);
    request.time_zone = "Europe/Brussels".into();
    let found = find_slots(&db, network, &request).unwrap();
    println!(
        "{} partners, {} to {} (90 days, across the March clock change), 2-hour meetings: {} candidates, {} suit everyone",
        PARTNERS.len(),
        from,
        to,
        found.candidates,
        found.suit_everyone
    );
    let runs = 50;
    summary(
        "find_slots (reading partners, meetings and holidays, then ranking)",
        time(runs, || find_slots(&db, network, &request).unwrap()),
    );
    let facts = facts::read(&db, network, from, to).unwrap();
    let zone: chrono_tz::Tz = "Europe/Brussels".parse().unwrap();
    summary(
        "rank_slots (the ranking alone, facts read once)",
        time(runs, || rank_slots(&facts, &request, zone).unwrap()),
    );

    if let Some(path) = std::env::args().nth(1) {
        let big = Db::open(&path).expect("the generated database");
        let now = Utc::now();
        summary(
            &format!("home_overview on {path} (the first read, without the travel warnings)"),
            time(10, || convene_core::overview::home_overview(&big, now).unwrap()),
        );
        summary(
            "home_travel_attention (the second read)",
            time(10, || convene_core::overview::home_travel_attention(&big, now).unwrap()),
        );
        let today = now.date_naive();
        let found = upcoming_warnings(&big, today).unwrap();
        summary(
            &format!("  of which the travel warnings ({} found)", found.len()),
            time(10, || upcoming_warnings(&big, today).unwrap()),
        );
    }
}
