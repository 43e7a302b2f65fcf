//! Writes a synthetic database for benchmarks and performance scripts.
//!
//! `cargo run --release -p convene-core --example generate -- PATH [NETWORKS PARTNERS_PER MEETINGS_PER]`
//! (defaults: [`Size::LARGE`]: 1,000 networks, 10 partners, 100 meetings and a 12-section
//! action plan each = 100,000 meetings, and 2,000 good practices).

use convene_core::synthetic::{fill, Size};
use convene_core::Db;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: generate PATH [NETWORKS PARTNERS_PER_NETWORK MEETINGS_PER_NETWORK]");
        std::process::exit(2);
    };
    let number = |i: usize, default: usize| args.get(i).map(|a| a.parse().expect("a whole number")).unwrap_or(default);
    let size = Size {
        networks: number(1, Size::LARGE.networks),
        partners_per_network: number(2, Size::LARGE.partners_per_network),
        meetings_per_network: number(3, Size::LARGE.meetings_per_network),
        ..Size::LARGE
    };
    if std::path::Path::new(path).exists() {
        eprintln!("{path} exists; choose a new file");
        std::process::exit(1);
    }
    let mut db = Db::open(path).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    let meetings = fill(&mut db, size).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1)
    });
    println!("wrote {} networks and {meetings} meetings to {path}", size.networks);
}
