//! The iCalendar export benchmark: Convene writing 20,000 meetings as one calendar.
//!
//! `cargo run --release -p convene-core --example ical_export_bench -- [--events FILE.json]
//! [--runs N] [--out FILE.ics] [--meetings N]`; scripts/bench-ical.sh runs it side by side
//! with python `icalendar` and npm `ical-generator` (tests/interop/bench/), which read the
//! same meetings from `--events`.
//!
//! The meetings are built in memory (no database): 20,000 by default over ten European
//! zones from UTC+0 to UTC+2 and the years 2024-2029, ten in eleven timed (some across a
//! clock change, some over several days), one in eleven all-day, with a host city, a venue,
//! a description with commas, semicolons and line breaks, an online link on every third.
//! Timed: `export_meetings` alone (VTIMEZONEs, escaping, folding, the whole text), once to
//! warm up and then `--runs` times; the median is printed with every run as one JSON line
//! `{"generator", "runs_ms", "median_ms", "events", "vtimezones", "bytes"}`.
//!
//! `--events` writes the same meetings as the other generators need them: the texts
//! exactly as Convene writes them (LOCATION "venue, city"; DESCRIPTION with its "Join
//! online" paragraph; STATUS; CATEGORIES), local times and zones, all-day dates with the
//! exclusive end, and Convene's VTIMEZONE texts (ical-generator has no zone database).

use std::time::Instant;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use convene_core::i18n::Locale;
use convene_core::ical::export::{export_meetings, ical_status, location, ExportOptions};
use convene_core::meeting::{local_to_utc, Meeting, MeetingKind, MeetingMode, MeetingStatus, Schedule};
use convene_core::synthetic::WORDS;
use serde_json::json;

const CITIES: &[(&str, &str)] = &[
    ("Jelgava", "Europe/Riga"),
    ("Fundão", "Europe/Lisbon"),
    ("Nevers", "Europe/Paris"),
    ("Gävle", "Europe/Stockholm"),
    ("Kežmarok", "Europe/Bratislava"),
    ("Razlog", "Europe/Sofia"),
    ("Limerick", "Europe/Dublin"),
    ("Oulu", "Europe/Helsinki"),
    ("Trikala", "Europe/Athens"),
    ("Nyíregyháza", "Europe/Budapest"),
];

const STATUSES: &[MeetingStatus] = &[
    MeetingStatus::Confirmed,
    MeetingStatus::Tentative,
    MeetingStatus::Held,
    MeetingStatus::Confirmed,
    MeetingStatus::Cancelled,
];

/// The `n`th benchmark meeting (deterministic, so every run and generator sees the same).
fn meeting(n: usize) -> Meeting {
    let (city, zone_name) = CITIES[n % CITIES.len()];
    let zone: Tz = zone_name.parse().expect("known zone");
    let word = WORDS[n % WORDS.len()];
    let other = WORDS[(n * 7 + 3) % WORDS.len()];
    let day = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date") + Duration::days((n as i64 * 37) % (6 * 365));
    let schedule = if n % 11 == 5 {
        Schedule::AllDay { first: day, last: day + Duration::days((n % 3) as i64) }
    } else {
        let hour = 8 + (n % 9) as u32;
        let start_local = day.and_hms_opt(hour, if n.is_multiple_of(2) { 0 } else { 30 }, 0).expect("time");
        let length =
            if n.is_multiple_of(23) { Duration::hours(30) } else { Duration::minutes(90 + (n % 6) as i64 * 45) };
        let end_local = start_local + length;
        match (local_to_utc("start", start_local, zone), local_to_utc("end", end_local, zone)) {
            (Ok(start), Ok(end)) => Schedule::Timed { start, end, time_zone: zone_name.into(), start_local, end_local },
            _ => Schedule::AllDay { first: day, last: day },
        }
    };
    let online = n.is_multiple_of(3);
    Meeting {
        id: n as i64 + 1,
        uid: uuid::Uuid::from_u128(0x00c0_4e4e_0000_4000_8000_0000_0000_0000 | n as u128).to_string(),
        sequence: (n % 4) as i64,
        network_id: 1,
        kind: if n.is_multiple_of(13) { MeetingKind::CityVisit } else { MeetingKind::Transnational },
        title: format!("Transnational meeting {n} in {city}: {word}, {other}; next steps"),
        host_partner_id: Some((n % CITIES.len()) as i64 + 1),
        host_name: Some(city.into()),
        venue: format!("{} hall, Main square {}", capitalised(word), n % 40 + 1),
        mode: if online { MeetingMode::Hybrid } else { MeetingMode::InPerson },
        online_url: if online { format!("https://meet.example.org/convene/{n}") } else { String::new() },
        status: STATUSES[n % STATUSES.len()],
        description: format!(
            "Partners present their {word} work; the lead partner sums up.\n\
             Bring your {other} figures, the draft action plan and questions for {city}, \
             as agreed at the last meeting (see the minutes)."
        ),
        when: Default::default(),
        schedule,
        agenda: Vec::new(),
        attendance: Vec::new(),
        source_ref: None,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default()
}

/// DESCRIPTION as Convene writes it for these meetings (no agenda, none postponed).
fn description(m: &Meeting) -> String {
    if m.online_url.is_empty() {
        m.description.clone()
    } else {
        format!("{}\n\nJoin online: {}", m.description, m.online_url)
    }
}

/// Convene's VTIMEZONE blocks by TZID, for ical-generator's zone generator.
fn vtimezones(text: &str) -> serde_json::Map<String, serde_json::Value> {
    let mut zones = serde_json::Map::new();
    let mut rest = text;
    while let Some(begin) = rest.find("BEGIN:VTIMEZONE\r\n") {
        let end =
            begin + rest[begin..].find("END:VTIMEZONE\r\n").expect("closed VTIMEZONE") + "END:VTIMEZONE\r\n".len();
        let block = &rest[begin..end];
        let tzid = block.lines().find_map(|l| l.strip_prefix("TZID:")).expect("TZID").trim().to_string();
        zones.insert(tzid, block.into());
        rest = &rest[end..];
    }
    zones
}

fn events_json(meetings: &[Meeting], options: &ExportOptions, text: &str) -> serde_json::Value {
    let events: Vec<serde_json::Value> = meetings
        .iter()
        .map(|m| {
            let mut e = json!({
                "uid": m.uid,
                "sequence": m.sequence,
                "summary": m.title,
                "description": description(m),
                "location": location(m, Locale::En).unwrap_or_default(),
                "url": m.online_url,
                "status": ical_status(m.status),
                "categories": m.kind.label(),
                "time_zone": null, "start_local": null, "end_local": null,
                "first_date": null, "end_date_exclusive": null,
            });
            match &m.schedule {
                Schedule::Timed { time_zone, start_local, end_local, .. } => {
                    e["time_zone"] = json!(time_zone);
                    e["start_local"] = json!(start_local.format("%Y-%m-%dT%H:%M:%S").to_string());
                    e["end_local"] = json!(end_local.format("%Y-%m-%dT%H:%M:%S").to_string());
                }
                Schedule::AllDay { first, last } => {
                    e["first_date"] = json!(first.to_string());
                    e["end_date_exclusive"] = json!((*last + Duration::days(1)).to_string());
                }
                Schedule::Undated { .. } => unreachable!("the benchmark's meetings are all dated"),
            }
            e
        })
        .collect();
    json!({
        "calendar_name": options.calendar_name,
        "now": options.now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "vtimezones": vtimezones(text),
        "events": events,
    })
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut events_path, mut out, mut runs, mut count) = (None, None, 15usize, 20_000usize);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&format!("{arg} needs a value")));
        match arg.as_str() {
            "--events" => events_path = Some(value()),
            "--out" => out = Some(value()),
            "--runs" => runs = value().parse().unwrap_or_else(|_| usage("--runs takes a whole number")),
            "--meetings" => count = value().parse().unwrap_or_else(|_| usage("--meetings takes a whole number")),
            other => usage(&format!("unknown argument {other}")),
        }
    }
    let meetings: Vec<Meeting> = (0..count).map(meeting).collect();
    let options = ExportOptions {
        calendar_name: "Convene benchmark: Nyíregyháza, Gävle; Kežmarok".into(),
        reminder: None,
        now: Utc.with_ymd_and_hms(2026, 11, 29, 12, 0, 0).single().expect("valid instant"),
        language: Locale::En,
    };
    let mut export = export_meetings(&meetings, &options); // warm-up, not counted
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        export = std::hint::black_box(export_meetings(std::hint::black_box(&meetings), &options));
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    if let Some(path) = events_path {
        let json = events_json(&meetings, &options, &export.text);
        std::fs::write(&path, serde_json::to_vec(&json).expect("json"))
            .unwrap_or_else(|e| usage(&format!("{path}: {e}")));
    }
    if let Some(path) = out {
        std::fs::write(&path, &export.text).unwrap_or_else(|e| usage(&format!("{path}: {e}")));
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    let median = if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2.0 };
    println!(
        "{}",
        json!({
            "generator": concat!("convene ", env!("CARGO_PKG_VERSION")),
            "runs_ms": times.iter().map(|t| (t * 100.0).round() / 100.0).collect::<Vec<_>>(),
            "median_ms": median,
            "events": export.events,
            "vtimezones": export.text.matches("BEGIN:VTIMEZONE").count(),
            "bytes": export.text.len(),
        })
    );
}

fn usage(problem: &str) -> ! {
    eprintln!("{problem}\nusage: ical_export_bench [--events FILE.json] [--runs N] [--out FILE.ics] [--meetings N]");
    std::process::exit(2)
}
