//! Figures for plan drafting on a large plan: what an autosave, a reload, a diff and an
//! exchange cost, and how much a revision adds to the database file.
//!
//! `cargo run -p convene-core --example plan_figures` prints them (add `--release` for
//! figures of an optimised build); it
//! asserts nothing (speed is measured, not tested). The plan: nine sections of about 3,000
//! words each, 150 actions with two funding lines, 30 indicators, 20 risks; then 300
//! autosaves that each add a word to one section, as typing does.

use std::time::{Duration, Instant};

use convene_core::exchange::{export_json, import_json};
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::plan::*;
use convene_core::Db;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("convene.db");
    let mut db = Db::open(&path).unwrap();
    let network = create_network(&mut db, NetworkInput::named("TechTown", NetworkKind::ActionPlanning)).unwrap();
    let plan = create_plan(
        &mut db,
        network.id,
        ActionPlanInput {
            partner_id: None,
            title: "Big plan".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap()
    .id;
    let words =
        |n: usize, seed: usize| (0..n).map(|i| format!("word{}", (i * 7 + seed) % 997)).collect::<Vec<_>>().join(" ");
    for (i, (key, _)) in STANDARD_SECTIONS.iter().enumerate() {
        save_section(&mut db, plan, key, &words(3_000, i), None).unwrap();
    }
    let mut indicator_ids = Vec::new();
    for i in 0..30 {
        let input = IndicatorInput {
            id: String::new(),
            name: format!("Indicator {i}"),
            kind: if i % 2 == 0 { IndicatorKind::Output } else { IndicatorKind::Result },
            unit: "people".into(),
            baseline: "0".into(),
            target: "100".into(),
            target_date: Month::parse("m", "2028-12").ok(),
            verification: "Survey".into(),
        };
        indicator_ids.push(add_indicator(&mut db, plan, input).unwrap().item_id.unwrap());
    }
    for i in 0..150 {
        let input = ActionInput {
            id: String::new(),
            objective: format!("Objective {}", i % 5),
            title: format!("Action {i}"),
            description: words(60, i),
            lead: "City".into(),
            partners: "Library, University".into(),
            start: Month::parse("m", &format!("{}-{:02}", 2025 + i % 3, 1 + i % 12)).ok(),
            end: Month::parse("m", &format!("{}-{:02}", 2028, 1 + i % 12)).ok(),
            cost: Some(format!("{}.{:02}", 1000 + i * 37, i % 100).parse().unwrap()),
            funding: vec![
                FundingLine { source: FundingSource::Erdf, amount: format!("{}.00", 500 + i).parse().unwrap() },
                FundingLine { source: FundingSource::City, amount: "250.50".parse().unwrap() },
            ],
            status: ActionStatus::Planned,
            pilot: i % 10 == 0,
            indicator_ids: vec![indicator_ids[i % 30].clone()],
        };
        add_action(&mut db, plan, input).unwrap();
    }
    for i in 0..20 {
        let input = RiskInput {
            id: String::new(),
            description: format!("Risk {i}"),
            likelihood: 3,
            impact: 4,
            mitigation: words(30, i),
            owner: "PM".into(),
        };
        add_risk(&mut db, plan, input).unwrap();
    }
    let first_big = list_revisions(&db, plan).unwrap()[0].number;
    let size_before = std::fs::metadata(&path).unwrap().len() + wal_size(&path);

    let mut changed = Vec::new();
    let mut text = words(3_000, 1);
    for i in 0..300 {
        text.push_str(&format!(" typed{i}"));
        let start = Instant::now();
        let saved = save_section(&mut db, plan, "vision", &text, None).unwrap();
        changed.push(start.elapsed());
        assert!(saved.created);
    }
    let mut unchanged = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        assert!(!save_section(&mut db, plan, "vision", &text, None).unwrap().created);
        unchanged.push(start.elapsed());
    }
    db.conn().execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
    let size_after = std::fs::metadata(&path).unwrap().len() + wal_size(&path);
    let mut loads = Vec::new();
    for _ in 0..30 {
        let start = Instant::now();
        load_plan_document(&db, plan).unwrap();
        loads.push(start.elapsed());
    }
    let last = list_revisions(&db, plan).unwrap()[0].number;
    let start = Instant::now();
    let diff = diff_revisions(&db, plan, first_big, last).unwrap();
    let diff_time = start.elapsed();
    let start = Instant::now();
    let file = send_plan(&db, plan).unwrap();
    let send_time = start.elapsed();

    // A partner's copy that lacks only the newest revision: receiving it is a fast-forward.
    let mut copy = Db::open_in_memory().unwrap();
    import_json(&mut copy, &export_json(&db).unwrap()).unwrap();
    text.push_str(" one more");
    save_section(&mut db, plan, "vision", &text, None).unwrap();
    let newer = send_plan(&db, plan).unwrap();
    let start = Instant::now();
    let report = receive_plan(&mut copy, &newer).unwrap();
    let receive_time = start.elapsed();

    println!("Plan: 9 sections x ~3,000 words, 150 actions, 30 indicators, 20 risks; {last} revisions");
    println!("save with a change (autosave while typing), median of 300: {}", ms(median(changed)));
    println!("save without a change (no revision), median of 50:        {}", ms(median(unchanged)));
    println!("load_plan_document, median of 30:                         {}", ms(median(loads)));
    println!(
        "diff revision {first_big} -> {last} ({} section(s) changed):       {}",
        diff.sections.len(),
        ms(diff_time)
    );
    println!(
        "send_plan ({} revisions, {:.1} MB of JSON):              {}",
        last,
        file.len() as f64 / 1e6,
        ms(send_time)
    );
    println!("receive_plan, one new revision ({:?}):               {}", report.outcome, ms(receive_time));
    println!(
        "database growth over 300 autosaves: {:.1} MB ({:.0} KB per revision: a manifest and the changed section's text)",
        (size_after as f64 - size_before as f64) / 1e6,
        (size_after as f64 - size_before as f64) / 300.0 / 1e3
    );
}

fn wal_size(path: &std::path::Path) -> u64 {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}
