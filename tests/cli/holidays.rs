//! `convene holidays CC|NETWORK` and `convene dayoff list|add|remove NETWORK`: public
//! holidays of a country or region, the days a network's partners do not work, and the
//! days off a coordinator records.

mod common;

use common::Convene;

fn network() -> Convene {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Deciding"]);
    c.ok(&["partner", "add", "deciding", "--name", "Candelaria", "--country", "ES", "--region", "ES-CN"]);
    c.ok(&["partner", "add", "deciding", "--name", "Madrid", "--country", "Spain"]);
    c.ok(&["partner", "add", "deciding", "--name", "Nuuk", "--country", "Greenland"]);
    c
}

#[test]
fn a_countrys_holidays_for_a_year_with_its_regions_days() {
    let c = Convene::new();
    let fr = c.ok(&["holidays", "FR", "--year", "2027"]);
    assert!(fr.starts_with("Public holidays in France (FR), 2027:\n"), "{fr}");
    assert!(fr.contains("2027-03-29  Mon  Easter Monday     national"), "{fr}");
    assert!(fr.contains("2027-05-17  Mon  Pentecost Monday  national"), "{fr}");

    let canaries = c.json(&["holidays", "es", "--region", "cn", "--year", "2025"]);
    let days = canaries.as_array().unwrap();
    let day = days.iter().find(|h| h["date"] == "2025-05-30").expect("the Day of the Canary Islands");
    assert_eq!(day["name"], "Day of the Canary Islands");
    assert_eq!(day["region"], "ES-CN");
    assert!(days.iter().any(|h| h["date"] == "2025-12-25" && h["region"].is_null()), "national days too");

    let gb = c.json(&["holidays", "GB", "--from", "2027-12-24", "--to", "2027-12-31"]);
    let names: Vec<&str> = gb.as_array().unwrap().iter().map(|h| h["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Christmas Day", "Boxing Day", "Christmas Day (observed)", "Boxing Day (observed)"]);
    let estimated = c.ok(&["holidays", "BA", "--year", "2030"]);
    assert!(estimated.contains("Eid al-Fitr (estimated date)"), "{estimated}");
}

#[test]
fn a_bad_country_region_or_period_is_refused_with_what_is_expected() {
    let c = Convene::new();
    let err = c.fails(&["holidays", "US", "--year", "2027"], 2);
    assert!(err.contains("no public holidays for \"US\"") && err.contains("XK"), "{err}");
    let err = c.fails(&["holidays", "ES", "--region", "ES-XX", "--year", "2027"], 2);
    assert!(err.contains("region (--region): \"ES-XX\" is not a region of ES") && err.contains("ES-CN"), "{err}");
    let err = c.fails(&["holidays", "FR"], 2);
    assert!(err.contains("--year YEAR, or --from DATE --to DATE"), "{err}");
    let err = c.fails(&["holidays", "FR", "--year", "1850"], 2);
    assert!(err.contains("year 1850"), "{err}");
    let err = c.fails(&["holidays", "FR", "--from", "2027-05-02", "--to", "2027-05-01"], 2);
    assert!(err.contains("(--to)"), "{err}");
    let err = c.fails(&["holidays", "ES", "--year", "2000"], 1);
    assert!(err.contains("python-holidays covers Spain (ES) from 2008"), "{err}");
    let err = c.fails(&["holidays", "nowhere", "--year", "2027"], 1);
    assert!(err.contains("nowhere"), "{err}");
}

#[test]
fn a_networks_days_off_name_the_partner_the_holiday_and_its_kind() {
    let c = network();
    c.ok(&["dayoff", "add", "deciding", "--partner", "madrid", "--date", "2025-05-15", "--name", "San Isidro"]);
    let out = c.ok(&["holidays", "deciding", "--from", "2025-05-01", "--to", "2025-05-31"]);
    assert!(out.contains("2025-05-01  Thu  Candelaria (ES-CN)  Labor Day                  Public holiday"), "{out}");
    assert!(out.contains("2025-05-15  Thu  Madrid (ES)         San Isidro                 Local day off"), "{out}");
    assert!(out.contains("2025-05-30  Fri  Candelaria (ES-CN)  Day of the Canary Islands  Regional holiday"), "{out}");
    assert!(out.contains("no public holidays for: Nuuk (GL)"), "{out}");
    let json = c.json(&["holidays", "Deciding", "--year", "2025"]);
    let sources: std::collections::BTreeSet<&str> =
        json.as_array().unwrap().iter().map(|d| d["source"].as_str().unwrap()).collect();
    assert_eq!(sources.into_iter().collect::<Vec<_>>(), ["local", "national", "regional"]);
    let err = c.fails(&["holidays", "deciding", "--region", "ES-CN", "--year", "2025"], 2);
    assert!(err.contains("--region goes with a country code"), "{err}");
}

#[test]
fn days_off_are_added_listed_and_removed_and_a_bad_one_saves_nothing() {
    let c = network();
    let added =
        c.ok(&["dayoff", "add", "deciding", "--partner", "Madrid", "--date", "2027-05-15", "--name", "San Isidro"]);
    assert!(added.starts_with("Added the day off \"San Isidro\" on 2027-05-15 (Sat) for Madrid"), "{added}");
    let christmas =
        c.ok(&["dayoff", "add", "deciding", "--partner", "nuuk", "--date", "2027-12-24", "--name", "Office closed"]);
    assert!(!christmas.contains("also a public holiday"), "{christmas}");
    let list = c.json(&["dayoff", "list", "deciding"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let only = c.ok(&["dayoff", "list", "deciding", "--partner", "madrid"]);
    assert!(only.contains("San Isidro") && !only.contains("Office closed"), "{only}");

    let before = c.snapshot();
    let err = c.fails(&["dayoff", "add", "deciding", "--partner", "Madrid", "--date", "2027-02-30", "--name", "X"], 2);
    assert!(err.contains("(--date)"), "{err}");
    let err = c.fails(&["dayoff", "add", "deciding", "--partner", "Madrid", "--date", "2027-02-03", "--name", " "], 2);
    assert!(err.contains("name (--name): must not be empty"), "{err}");
    let err = c.fails(
        &["dayoff", "add", "deciding", "--partner", "Madrid", "--date", "2027-05-15", "--name", "San Isidro"],
        1,
    );
    assert!(err.contains("Madrid already has the day off \"San Isidro\" on 2027-05-15"), "{err}");
    let err = c.fails(&["dayoff", "add", "deciding", "--partner", "Sevilla", "--date", "2027-05-15", "--name", "X"], 1);
    assert!(err.contains("Sevilla"), "{err}");
    let err = c.fails(&["dayoff", "remove", "deciding", "--partner", "Madrid", "--date", "2027-05-16"], 1);
    assert!(err.contains("Madrid has no day off on 2027-05-16"), "{err}");
    assert_eq!(c.snapshot(), before, "nothing changed");

    let removed = c.json(&["dayoff", "remove", "deciding", "--partner", "madrid", "--date", "2027-05-15"]);
    assert_eq!(removed["removed"], "San Isidro");
    assert_eq!(c.json(&["dayoff", "list", "deciding"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_partners_region_is_set_shown_checked_and_cleared_with_its_country() {
    let c = network();
    let show = c.ok(&["partner", "show", "deciding", "candelaria"]);
    assert!(show.contains("Region:    Canarias (ES-CN)"), "{show}");
    let err = c.fails(&["partner", "update", "deciding", "madrid", "--region", "DE-BY"], 2);
    assert!(err.contains("region (--region): \"DE-BY\" is not a region of ES"), "{err}");
    let err = c.fails(&["partner", "add", "deciding", "--name", "Nuuk 2", "--country", "GL", "--region", "GL-SM"], 2);
    assert!(err.contains("region (--region)"), "{err}");
    let moved = c.json(&["partner", "update", "deciding", "candelaria", "--country", "PT"]);
    assert_eq!(moved["region"], "", "a region of the old country does not follow the partner");
    let set = c.json(&["partner", "update", "deciding", "madrid", "--region", "md"]);
    assert_eq!(set["region"], "ES-MD");
    let cleared = c.json(&["partner", "update", "deciding", "madrid", "--region", ""]);
    assert_eq!(cleared["region"], "");
}
