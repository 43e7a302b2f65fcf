//! Public holidays, partners' regions and their own days off, as a coordinator relies on
//! them when choosing a date. The dates below were read from python-holidays 0.109 (the
//! source of the table); `holidays_interop` compares the whole table with it.

mod common;

use chrono::NaiveDate;
use common::*;
use convene_core::holiday::*;
use convene_core::network::{create_network, NetworkInput, NetworkKind};
use convene_core::partner::{create_partner, delete_partner, get_partner, update_partner, PartnerInput, PartnerRole};
use convene_core::Db;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The holidays of a country (and region) in one year, as "date name" lines.
fn year(country: &str, region: Option<&str>, y: i32) -> Vec<String> {
    let from = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(y, 12, 31).unwrap();
    country_holidays(country, region, from, to).unwrap().into_iter().map(|h| format!("{} {}", h.date, h.name)).collect()
}

fn has(lines: &[String], line: &str) -> bool {
    lines.iter().any(|l| l == line)
}

#[test]
fn easter_monday_and_whit_monday_move_with_easter() {
    let fr = year("FR", None, 2027);
    assert!(has(&fr, "2027-03-29 Easter Monday"), "{fr:?}");
    assert!(has(&fr, "2027-05-17 Pentecost Monday"), "{fr:?}");
    let fr26 = year("fr", None, 2026);
    assert!(has(&fr26, "2026-04-06 Easter Monday"), "{fr26:?}");
    assert!(has(&year("DE", None, 2027), "2027-05-17 Pentecost Monday"));
}

#[test]
fn midsummer_falls_on_the_saturday_in_sweden_and_finland() {
    assert!(has(&year("SE", None, 2027), "2027-06-26 Midsummer Day"));
    let fi = year("FI", None, 2027);
    assert!(has(&fi, "2027-06-25 Midsummer Eve") && has(&fi, "2027-06-26 Midsummer Day"), "{fi:?}");
}

#[test]
fn a_uk_christmas_on_a_saturday_gets_substitute_days() {
    let gb = year("GB", None, 2027);
    for line in [
        "2027-12-25 Christmas Day",
        "2027-12-26 Boxing Day",
        "2027-12-27 Christmas Day (observed)",
        "2027-12-28 Boxing Day (observed)",
    ] {
        assert!(has(&gb, line), "{line} missing from {gb:?}");
    }
}

#[test]
fn a_region_adds_its_own_holidays_to_the_national_ones() {
    let national = year("ES", None, 2025);
    let canaries = year("ES", Some("ES-CN"), 2025);
    assert!(has(&canaries, "2025-05-30 Day of the Canary Islands"), "{canaries:?}");
    assert!(!has(&national, "2025-05-30 Day of the Canary Islands"));
    for line in &national {
        assert!(canaries.contains(line), "the Canaries lose the national {line}");
    }
    let from = day("2025-05-30");
    let regional = country_holidays("ES", Some("cn"), from, from).unwrap();
    assert_eq!(regional.len(), 1);
    assert_eq!(regional[0].region.as_deref(), Some("ES-CN"));
    let bavaria = year("DE", Some("DE-BY"), 2027);
    assert!(has(&bavaria, "2027-05-27 Corpus Christi") && !has(&year("DE", None, 2027), "2027-05-27 Corpus Christi"));
}

#[test]
fn estimated_dates_are_flagged_and_named_without_the_mark() {
    let eid: Vec<Holiday> = country_holidays("BA", None, day("2030-01-01"), day("2030-12-31"))
        .unwrap()
        .into_iter()
        .filter(|h| h.name.contains("Eid"))
        .collect();
    assert!(!eid.is_empty());
    assert!(eid.iter().all(|h| h.estimated && !h.name.contains("estimated")), "{eid:?}");
    let christmas = country_holidays("BA", None, day("2030-12-25"), day("2030-12-25")).unwrap();
    assert!(christmas.iter().all(|h| !h.estimated), "{christmas:?}");
}

#[test]
fn every_country_of_the_networks_is_covered_to_2100() {
    let codes: Vec<String> = holiday_countries().into_iter().map(|c| c.code).collect();
    for code in "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB AL BA ME MK RS XK"
        .split(' ')
    {
        assert!(codes.iter().any(|c| c == code), "{code} is not covered");
        let c = holiday_country(code).unwrap();
        assert_eq!(c.last_year, 2100, "{code}");
        assert!(!year(code, None, 2100).is_empty(), "{code} has no holidays in 2100");
        assert!(!year(code, None, c.first_year).is_empty(), "{code} has none in its first year");
    }
    assert_eq!(codes.len(), 38);
    assert!(!source_version().is_empty());
}

#[test]
fn years_the_source_does_not_cover_are_empty_and_said_so() {
    assert_eq!(holiday_country("ES").unwrap().first_year, 2008);
    assert!(year("ES", None, 2000).is_empty());
    assert!(!covers("ES", day("2000-01-01")) && covers("ES", day("2008-01-01")));
    assert_eq!(holiday_country("FR").unwrap().first_year, 1990);
}

#[test]
fn an_unknown_country_or_region_is_refused_naming_what_is_expected() {
    let err = country_holidays("US", None, day("2027-01-01"), day("2027-12-31")).unwrap_err();
    assert_eq!(err.field(), Some("country"));
    assert!(err.to_string().contains("\"US\"") && err.to_string().contains("FR"), "{err}");
    let err = country_holidays("ES", Some("ES-XX"), day("2027-01-01"), day("2027-12-31")).unwrap_err();
    assert_eq!(err.field(), Some("region"));
    assert!(err.to_string().contains("ES-XX") && err.to_string().contains("ES-CN"), "{err}");
    let err = check_region("SK", "SK-BL").unwrap_err();
    assert!(err.to_string().contains("leave the region empty"), "{err}");
    assert_eq!(check_region("DE", " by ").unwrap(), "DE-BY");
    assert_eq!(check_region("DE", "").unwrap(), "");
    let err = country_holidays("FR", None, day("2027-02-01"), day("2027-01-01")).unwrap_err();
    assert_eq!(err.field(), Some("to"));
}

fn network(db: &mut Db) -> i64 {
    create_network(db, NetworkInput::named("Holiday net", NetworkKind::Other)).unwrap().id
}

#[test]
fn a_partners_region_is_checked_against_its_country_and_a_bad_one_changes_nothing() {
    let mut db = Db::open_in_memory().unwrap();
    let net = network(&mut db);
    let mut input = PartnerInput::named("Candelaria", "Spain");
    input.region = "cn".into();
    let candelaria = create_partner(&mut db, net, input).unwrap();
    assert_eq!(candelaria.region, "ES-CN");

    let mut wrong = PartnerInput::from(&candelaria);
    wrong.region = "DE-BY".into();
    let err = update_partner(&mut db, candelaria.id, wrong).unwrap_err();
    assert_eq!(err.field(), Some("region"));
    assert_eq!(get_partner(&db, candelaria.id).unwrap().region, "ES-CN");

    let mut moved = PartnerInput::from(&candelaria);
    moved.country = "Portugal".into();
    let err = update_partner(&mut db, candelaria.id, moved).unwrap_err();
    assert_eq!(err.field(), Some("region"), "a region of the old country is refused with the new one");
    assert_eq!(get_partner(&db, candelaria.id).unwrap().country, "ES");
}

#[test]
fn partner_days_off_count_national_regional_and_local_days_for_each_partner() {
    let mut db = Db::open_in_memory().unwrap();
    let net = network(&mut db);
    let mut input = PartnerInput::named("Candelaria", "ES");
    input.region = "ES-CN".into();
    let candelaria = create_partner(&mut db, net, input).unwrap();
    let madrid = create_partner(&mut db, net, PartnerInput::named("Madrid", "ES")).unwrap();
    let atlantis = create_partner(&mut db, net, partner("Nuuk", "Greenland", PartnerRole::Partner)).unwrap();
    let saint = DayOffInput { date: day("2025-05-29"), name: "Patron saint".into() };
    let local = add_day_off(&mut db, madrid.id, saint.clone()).unwrap();
    add_day_off(&mut db, atlantis.id, DayOffInput { date: day("2025-05-30"), name: "Local vote".into() }).unwrap();

    let days = partner_days_off(&db, net, day("2025-05-29"), day("2025-05-30")).unwrap();
    let seen: Vec<(i64, String, String, DayOffSource)> =
        days.iter().map(|d| (d.partner_id, d.date.to_string(), d.name.clone(), d.source)).collect();
    assert_eq!(
        seen,
        vec![
            (madrid.id, "2025-05-29".into(), "Patron saint".into(), DayOffSource::Local),
            (candelaria.id, "2025-05-30".into(), "Day of the Canary Islands".into(), DayOffSource::Regional),
            (atlantis.id, "2025-05-30".into(), "Local vote".into(), DayOffSource::Local),
        ]
    );
    let christmas = partner_days_off(&db, net, day("2025-12-25"), day("2025-12-25")).unwrap();
    let who: Vec<i64> = christmas.iter().map(|d| d.partner_id).collect();
    assert_eq!(who, vec![candelaria.id, madrid.id], "Greenland is not in the table: no public holidays guessed");
    assert!(christmas.iter().all(|d| d.source == DayOffSource::National));

    let err = add_day_off(&mut db, madrid.id, saint).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert!(err.to_string().contains("Madrid"), "{err}");
    let err = add_day_off(&mut db, madrid.id, DayOffInput { date: day("2025-06-01"), name: "  ".into() }).unwrap_err();
    assert_eq!(err.field(), Some("name"));
    assert_eq!(list_days_off(&db, net).unwrap().len(), 2);

    delete_day_off(&mut db, local.id).unwrap();
    assert!(partner_days_off(&db, net, day("2025-05-29"), day("2025-05-29")).unwrap().is_empty());
    delete_partner(&mut db, atlantis.id, true).unwrap();
    assert!(list_days_off(&db, net).unwrap().is_empty(), "a deleted partner's days off go with it");
}

/// The holidays of a country in one year in `locale`, as "date name" lines.
fn year_in(locale: convene_core::i18n::Locale, country: &str, y: i32) -> Vec<String> {
    let from = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(y, 12, 31).unwrap();
    let days = country_holidays_in(locale, country, None, from, to).unwrap();
    days.into_iter().map(|h| format!("{} {}", h.date, h.name)).collect()
}

#[test]
fn a_holiday_is_named_in_the_reader_s_language_where_python_holidays_has_it() {
    use convene_core::i18n::Locale;
    let fr = year_in(Locale::Fr, "FR", 2027);
    assert!(has(&fr, "2027-03-29 Lundi de Pâques"), "{fr:?}");
    assert!(has(&fr, "2027-07-14 Fête nationale"), "{fr:?}");
    let de = year_in(Locale::De, "DE", 2027);
    assert!(has(&de, "2027-10-03 Tag der Deutschen Einheit"), "{de:?}");
    let pl = year_in(Locale::Pl, "PL", 2027);
    assert!(has(&pl, "2027-11-11 Narodowe Święto Niepodległości"), "{pl:?}");
    // Belgium's holidays are in French and German too; Poland's in German.
    assert!(has(&year_in(Locale::Fr, "BE", 2027), "2027-07-21 Fête nationale"));
    assert!(
        has(&year_in(Locale::De, "PL", 2027), "2027-11-11 Nationalfeiertag der Unabhängigkeit"),
        "{:?}",
        year_in(Locale::De, "PL", 2027)
    );
}

#[test]
fn a_holiday_python_holidays_does_not_translate_keeps_its_english_name() {
    use convene_core::i18n::Locale;
    let lv = year_in(Locale::Fr, "LV", 2027);
    assert!(has(&lv, "2027-01-01 New Year's Day"), "{lv:?}");
    let fr = year_in(Locale::Pl, "FR", 2027);
    assert!(has(&fr, "2027-03-29 Easter Monday"), "{fr:?}");
}
