//! Convene's holiday table against its source: python-holidays itself, run now.
//!
//! For every one of the 38 countries, every year the table covers (1990, or the source's
//! first year, to 2100) must list exactly the holidays python-holidays lists, date and
//! name (an estimated date carries python-holidays' "(estimated)" mark back on its name);
//! for every region, a sample of years from the 1990s to 2100 must too, national days
//! included. So Easter-based feasts, midsummer, Whit Monday, substitute and observed days
//! and the estimated Islamic feasts are all checked where they fall. The table's first
//! years, its regions and the python-holidays version must match the source's as well.
//!
//! Needs python-holidays from `ensure_interop` (scripts/test-interop.sh), which sets
//! CONVENE_INTEROP_HOLIDAYS_PYTHON.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use convene_core::holiday::{country_holidays, holiday_countries, holiday_country, source_version};
use serde::Deserialize;

const COUNTRIES: &str =
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB AL BA ME MK RS XK";
const REGION_YEARS: &str = "1990,1995,2003,2011,2019,2024,2025,2026,2027,2028,2035,2050,2077,2100";

type Days = Vec<(String, String)>;

#[derive(Deserialize)]
struct Source {
    version: String,
    countries: BTreeMap<String, SourceCountry>,
}

#[derive(Deserialize)]
struct SourceCountry {
    start_year: i32,
    end_year: i32,
    subdivisions: Vec<String>,
    national: BTreeMap<String, Days>,
    regions: BTreeMap<String, BTreeMap<String, Days>>,
}

fn source() -> Source {
    let python = std::env::var("CONVENE_INTEROP_HOLIDAYS_PYTHON").unwrap_or_else(|_| {
        panic!(
            "CONVENE_INTEROP_HOLIDAYS_PYTHON is not set: this test needs python-holidays. Run scripts/test-interop.sh \
             (or `source scripts/setup.sh && ensure_interop` in this shell first)."
        )
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/interop/holidays/list_holidays.py");
    let out = Command::new(&python)
        .arg(script)
        .args(["1990", "2100", REGION_YEARS])
        .args(COUNTRIES.split(' '))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    assert!(out.status.success(), "python-holidays failed:\n{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("the reader prints JSON")
}

/// Our holidays of a year, names as python-holidays writes them (with its estimated mark).
fn ours(country: &str, region: Option<&str>, year: i32) -> Days {
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
    let mut days: Days = country_holidays(country, region, from, to)
        .unwrap()
        .into_iter()
        .map(|h| {
            let name = match (h.estimated, h.name.strip_suffix(" (observed)")) {
                (false, _) => h.name,
                (true, Some(base)) => format!("{base} (observed, estimated)"),
                (true, None) => format!("{} (estimated)", h.name),
            };
            (h.date.to_string(), name)
        })
        .collect();
    days.sort();
    days
}

fn sorted(mut days: Days) -> Days {
    days.sort();
    days
}

fn is_iso_subdivision(code: &str) -> bool {
    (1..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

#[test]
fn the_table_is_python_holidays_for_every_country_year_and_region() {
    let source = source();
    assert_eq!(source_version(), source.version, "regenerate the table with scripts/generate-holidays.py");
    assert_eq!(holiday_countries().len(), source.countries.len());
    let (mut years_checked, mut observed, mut estimated, mut regional_years) = (0, 0, 0, 0);
    for (code, theirs) in &source.countries {
        let ours_country = holiday_country(code).unwrap_or_else(|| panic!("{code} is missing from the table"));
        assert_eq!(ours_country.first_year, theirs.start_year.max(1990), "{code}: first year");
        assert_eq!(ours_country.last_year, theirs.end_year.min(2100), "{code}: last year");
        for (year, days) in &theirs.national {
            let year: i32 = year.parse().unwrap();
            let expected = sorted(days.clone());
            assert_eq!(ours(code, None, year), expected, "{code} {year}");
            years_checked += 1;
            observed += expected.iter().filter(|(_, n)| n.contains("observed")).count();
            estimated += expected.iter().filter(|(_, n)| n.contains("estimated")).count();
        }
        let mut expected_regions: Vec<String> =
            theirs.subdivisions.iter().filter(|s| is_iso_subdivision(s)).map(|s| format!("{code}-{s}")).collect();
        expected_regions.sort();
        let our_regions: Vec<String> = ours_country.regions.iter().map(|r| r.code.clone()).collect();
        assert_eq!(our_regions, expected_regions, "{code}: regions");
        for (sub, years) in theirs.regions.iter().filter(|(s, _)| is_iso_subdivision(s)) {
            let region = format!("{code}-{sub}");
            for (year, days) in years {
                let year: i32 = year.parse().unwrap();
                assert_eq!(ours(code, Some(&region), year), sorted(days.clone()), "{region} {year}");
                regional_years += 1;
            }
        }
    }
    println!(
        "compared {years_checked} country-years ({observed} observed days, {estimated} estimated) \
         and {regional_years} region-years with python-holidays {}",
        source.version
    );
    assert!(years_checked > 38 * 90 && observed > 100 && estimated > 100 && regional_years > 3000);
}
