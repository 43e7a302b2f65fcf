//! Synthetic databases of a chosen size, for benchmarks and performance scripts.
//!
//! The rows look like real ones (European cities in their own zones, meetings of every
//! schedule type spread over 2020-2030, a few words of text for search) so that query
//! plans and index sizes match what a large installation would see. Rows are written with
//! plain SQL in one transaction: generating 100,000 meetings through the validating API
//! would measure validation, not the queries.
//!
//! Compiled only with the `synthetic` feature (benches, examples and tests turn it on
//! through convene-core's dev-dependency on itself), so the app and the `convene` command
//! line ship without it.

use chrono::{Duration, NaiveDate, TimeZone};
use chrono_tz::Tz;
use rusqlite::params;

use crate::error::Result;
use crate::store::{now_text, Db};
use crate::time_text::utc_text;

/// How much to generate.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub networks: usize,
    pub partners_per_network: usize,
    pub meetings_per_network: usize,
    /// Every network's action plan has this many sections of [`SECTION_WORDS`] words (0:
    /// no plans).
    pub plan_sections_per_network: usize,
    /// Good practices, each with four sections of text.
    pub practices: usize,
}

impl Size {
    /// The large installation of the benchmarks: 1,000 networks of 10 partners, 100
    /// meetings and a 12-section action plan each, and 2,000 good practices.
    pub const LARGE: Size = Size {
        networks: 1000,
        partners_per_network: 10,
        meetings_per_network: 100,
        plan_sections_per_network: 12,
        practices: 2000,
    };
}

/// How long a generated plan or practice section is, in words.
pub const SECTION_WORDS: usize = 250;

const CITIES: &[(&str, &str, &str)] = &[
    ("Jelgava", "LV", "Europe/Riga"),
    ("Fundão", "PT", "Europe/Lisbon"),
    ("Nevers", "FR", "Europe/Paris"),
    ("Gävle", "SE", "Europe/Stockholm"),
    ("Kežmarok", "SK", "Europe/Bratislava"),
    ("Razlog", "BG", "Europe/Sofia"),
    ("Limerick", "IE", "Europe/Dublin"),
    ("Oulu", "FI", "Europe/Helsinki"),
    ("Trikala", "GR", "Europe/Athens"),
    ("Perugia", "IT", "Europe/Rome"),
];

/// The words generated titles and descriptions are made of (also the iCalendar benchmark's).
pub const WORDS: &[&str] = &[
    "digital",
    "mobility",
    "housing",
    "youth",
    "heritage",
    "energy",
    "data",
    "tourism",
    "green",
    "inclusion",
    "harbour",
    "market",
    "school",
    "library",
    "bridge",
    "square",
];

/// Fills an empty database with `size` rows; returns the number of meetings written.
pub fn fill(db: &mut Db, size: Size) -> Result<usize> {
    let now = now_text();
    let tx = db.conn_mut().transaction()?;
    let mut meetings = 0;
    let mut network_ids = Vec::with_capacity(size.networks);
    {
        let mut network = tx.prepare(
            "INSERT INTO networks (slug, name, kind, tagline, description, start_date, end_date, created_at, updated_at)
             VALUES (?1, ?2, 'action_planning', ?3, ?4, ?5, ?6, ?7, ?7)",
        )?;
        let mut partner = tx.prepare(
            "INSERT INTO partners (network_id, name, country, role, time_zone, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        let mut meeting = tx.prepare(
            "INSERT INTO meetings (uid, network_id, kind, title, host_partner_id, venue, mode, status, description,
                schedule_kind, start_utc, end_utc, time_zone, first_date, last_date, undated_year, undated_month,
                undated_wording, sort_start, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?20)",
        )?;
        let base = NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid date");
        for n in 0..size.networks {
            let word = WORDS[n % WORDS.len()];
            let start = base + Duration::days((n % 1000) as i64);
            network.execute(params![
                format!("network-{n}"),
                format!("Network {n} {word}"),
                format!("Cities working on {word}"),
                format!("A network of cities sharing their {word} and {} plans", WORDS[(n * 7) % WORDS.len()]),
                start,
                start + Duration::days(365 * 3),
                now
            ])?;
            let network_id = tx.last_insert_rowid();
            network_ids.push(network_id);
            let mut partner_ids = Vec::with_capacity(size.partners_per_network);
            for p in 0..size.partners_per_network {
                let (city, country, zone) = CITIES[(n + p) % CITIES.len()];
                let role = if p == 0 { "lead_partner" } else { "partner" };
                partner.execute(params![network_id, format!("{city} {n}-{p}"), country, role, zone, now])?;
                partner_ids.push((tx.last_insert_rowid(), zone));
            }
            for m in 0..size.meetings_per_network {
                let (host, zone) = partner_ids[m % partner_ids.len().max(1)];
                let day = start + Duration::days((m as i64 * 37 + n as i64 * 11) % 3650);
                let word = WORDS[(n + m) % WORDS.len()];
                let (kind, start_utc, end_utc, tz, first, last, year, month, wording, sort) = match m % 10 {
                    0..=6 => {
                        let zone: Tz = zone.parse().expect("known zone");
                        let local = day.and_hms_opt(10, 0, 0).expect("valid time");
                        let s = zone.from_local_datetime(&local).earliest().expect("no gap at 10:00").to_utc();
                        let e = s + Duration::hours(3);
                        let (st, et) = (utc_text(s), utc_text(e));
                        (
                            "timed",
                            Some(st.clone()),
                            Some(et),
                            Some(zone.name().to_string()),
                            None,
                            None,
                            None,
                            None,
                            None,
                            Some(st),
                        )
                    }
                    7 | 8 => (
                        "all_day",
                        None,
                        None,
                        None,
                        Some(day),
                        Some(day + Duration::days(1)),
                        None,
                        None,
                        None,
                        Some(format!("{day}T00:00:00Z")),
                    ),
                    _ => (
                        "undated",
                        None,
                        None,
                        None,
                        None,
                        None,
                        Some(2031),
                        Some((m % 12 + 1) as u32),
                        Some(format!("Planned for {word} month")),
                        None,
                    ),
                };
                meeting.execute(params![
                    uuid::Uuid::new_v4().to_string(),
                    network_id,
                    if m == 0 { "kick_off" } else { "transnational" },
                    format!("Transnational meeting {m} on {word}"),
                    host,
                    format!("{word} hall"),
                    if m % 3 == 0 { "online" } else { "in_person" },
                    if m % 5 == 0 { "tentative" } else { "confirmed" },
                    format!("Partners present their {word} work"),
                    kind,
                    start_utc,
                    end_utc,
                    tz,
                    first,
                    last,
                    year,
                    month,
                    wording,
                    sort,
                    now
                ])?;
                meetings += 1;
            }
        }
    }
    {
        let mut plan = tx.prepare(
            "INSERT INTO action_plans (network_id, partner_id, title, summary, status, created_at, updated_at)
             SELECT ?1, min(id), ?2, ?3, 'draft', ?4, ?4 FROM partners WHERE network_id = ?1",
        )?;
        let mut section =
            tx.prepare("INSERT INTO plan_sections (plan_id, position, key, title, body) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        let planned = if size.plan_sections_per_network > 0 { network_ids.as_slice() } else { &[] };
        for (n, &network_id) in planned.iter().enumerate() {
            let word = WORDS[n % WORDS.len()];
            plan.execute(params![
                network_id,
                format!("Integrated Action Plan of network {n}: {word}"),
                prose(n, 40),
                now
            ])?;
            let plan_id = tx.last_insert_rowid();
            for k in 0..size.plan_sections_per_network {
                section.execute(params![
                    plan_id,
                    k as i64,
                    format!("section-{k}"),
                    format!("{} {}", SECTION_TITLES[k % SECTION_TITLES.len()], k + 1),
                    prose(n * 31 + k, SECTION_WORDS)
                ])?;
            }
        }
        let mut practice = tx.prepare(
            "INSERT INTO practices (title, tagline, city, country, author, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        let mut practice_section =
            tx.prepare("INSERT INTO practice_sections (practice_id, position, heading, body) VALUES (?1, ?2, ?3, ?4)")?;
        for i in 0..size.practices {
            let (city, country, _) = CITIES[i % CITIES.len()];
            let word = WORDS[(i * 3) % WORDS.len()];
            practice.execute(params![
                format!("{city}: {word} {}", vocabulary_word(i * 7)),
                prose(i * 13, 12),
                city,
                country,
                format!("Author {i}"),
                now
            ])?;
            let practice_id = tx.last_insert_rowid();
            for k in 0..4 {
                practice_section.execute(params![
                    practice_id,
                    k as i64,
                    SECTION_TITLES[(i + k) % SECTION_TITLES.len()],
                    prose(i * 17 + k, SECTION_WORDS)
                ])?;
            }
        }
    }
    tx.commit()?;
    Ok(meetings)
}

const SECTION_TITLES: &[&str] =
    &["Context", "Vision", "Objectives", "Actions", "Governance", "Funding", "Risks", "Monitoring", "Stakeholders"];

/// Syllables of made-up words: with [`WORDS`] and the city names, a vocabulary of a few
/// thousand terms whose use follows a Zipf-like curve, as real text does, so that the
/// search index holds common and rare words.
const SYLLABLES: &[&str] =
    &["ka", "lo", "mi", "ne", "ta", "ru", "so", "ve", "di", "pa", "ber", "gan", "tis", "mor", "len", "cas", "fu", "ho"];

fn vocabulary_word(i: usize) -> String {
    let n = SYLLABLES.len();
    format!("{}{}{}", SYLLABLES[i % n], SYLLABLES[(i / n) % n], SYLLABLES[(i / (n * n)) % n])
}

/// `words` words of text, the same for the same `seed`.
fn prose(seed: usize, words: usize) -> String {
    let mut state = (seed as u64).wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut text = String::with_capacity(words * 8);
    for w in 0..words {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (state >> 33) as usize;
        if w > 0 {
            text.push(' ');
        }
        match r % 10 {
            0 => text.push_str(WORDS[r / 10 % WORDS.len()]),
            1 => text.push_str(CITIES[r / 10 % CITIES.len()].0),
            _ => {
                // Squaring a uniform number skews it towards small ranks: a few words are
                // very common, most are rare.
                let u = (r / 10) % 4096;
                text.push_str(&vocabulary_word(u * u / 4096 * 2 + u % 2));
            }
        }
    }
    text
}
