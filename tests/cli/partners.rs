//! `convene partners NETWORK` and `convene partner show|add|update|delete`.

mod common;

use common::{iotxchange, Convene};

#[test]
fn add_takes_the_zone_from_the_country_unless_given() {
    let c = Convene::new();
    iotxchange(&c);
    let p = c.json(&[
        "partner",
        "add",
        "IoTXchange",
        "--name",
        "Magdeburg",
        "--country",
        "Saxony-Anhalt",
        "--population",
        "240 114",
        "--notes",
        "Joined in phase 2",
    ]);
    assert_eq!(p["country"], "DE", "a region resolves to its country");
    assert_eq!(p["time_zone"], "Europe/Berlin");
    assert_eq!(p["population"], 240114);
    assert_eq!(p["role"], "partner");
    let q = c.json(&[
        "partner",
        "add",
        "iotxchange",
        "--name",
        "Kežmarok",
        "--country",
        "sk",
        "--tz",
        "Europe/Vienna",
        "--role",
        "transfer-city",
    ]);
    assert_eq!(q["country"], "SK");
    assert_eq!(q["time_zone"], "Europe/Vienna");
    assert_eq!(q["role"], "transfer_city");

    let list = c.json(&["partners", "iotxchange"]);
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Fundão", "Jelgava", "Kežmarok", "Magdeburg", "Nevers Agglomération"]);
    let text = c.ok(&["partners", "iotxchange"]);
    assert!(text.contains("Europe/Lisbon"), "{text}");
    assert!(text.contains("Lead partner"), "{text}");
    assert!(text.contains("240114"), "{text}");

    let lead = c.json(&["network", "show", "iotxchange"])["lead_partner_id"].clone();
    assert_eq!(lead, list[0]["id"], "adding a lead partner makes it the network's lead");
}

#[test]
fn an_unknown_zone_or_country_is_refused_and_nothing_is_saved() {
    let c = Convene::new();
    iotxchange(&c);
    let before = c.snapshot();
    let err = c.fails(
        &["partner", "add", "iotxchange", "--name", "Atlantis", "--country", "GR", "--tz", "Europe/Atlantis"],
        2,
    );
    assert!(err.contains("time_zone (--tz)"), "{err}");
    assert!(err.contains("Europe/Atlantis"), "{err}");
    let err = c.fails(&["partner", "add", "iotxchange", "--name", "Atlantis", "--country", "Atlantis"], 2);
    assert!(err.contains("country (--country)"), "{err}");
    let err = c.fails(&["partner", "add", "iotxchange", "--name", "Big", "--country", "FR", "--population", "lots"], 2);
    assert!(err.contains("population (--population)"), "{err}");
    let err = c.fails(&["partner", "add", "iotxchange", "--name", "Neg", "--country", "FR", "--population", "-5"], 2);
    assert!(err.contains("--population"), "{err}");
    let err = c.fails(&["partner", "update", "iotxchange", "jelgava", "--tz", "Mars/Olympus"], 2);
    assert!(err.contains("--tz"), "{err}");
    c.fails(&["partner", "add", "nowhere", "--name", "X", "--country", "FR"], 1);
    assert_eq!(c.snapshot(), before);
}

#[test]
fn partners_are_named_by_id_or_by_name_without_accents() {
    let c = Convene::new();
    iotxchange(&c);
    let fundao = c.json(&["partner", "show", "iotxchange", "FUNDAO"]);
    assert_eq!(fundao["name"], "Fundão");
    let by_id = c.json(&["partner", "show", "iotxchange", &fundao["id"].to_string()]);
    assert_eq!(by_id, fundao);
    let text = c.ok(&["partner", "show", "iotxchange", "nevers agglomeration"]);
    assert!(text.contains("France (FR)"), "{text}");
    assert!(text.contains("Europe/Paris"), "{text}");

    // A close spelling is suggested, never acted on.
    let err = c.fails(&["partner", "update", "iotxchange", "Jelgavva", "--notes", "x"], 1);
    assert!(err.contains("did you mean Jelgava?"), "{err}");
    let err = c.fails(&["partner", "show", "iotxchange", "Riga"], 1);
    assert!(err.contains("IoTXchange has no partner called \"Riga\""), "{err}");
}

#[test]
fn update_changes_only_what_is_given_and_the_zone_follows_a_new_country() {
    let c = Convene::new();
    iotxchange(&c);
    c.ok(&["partner", "update", "iotxchange", "jelgava", "--population", "55000", "--notes", "Smart lighting"]);
    let j = c.json(&["partner", "show", "iotxchange", "jelgava"]);
    assert_eq!(j["population"], 55000);
    assert_eq!(j["notes"], "Smart lighting");
    assert_eq!(j["country"], "LV");
    assert_eq!(j["time_zone"], "Europe/Riga");

    let moved = c.json(&["partner", "update", "iotxchange", "jelgava", "--country", "Finland"]);
    assert_eq!(moved["time_zone"], "Europe/Helsinki", "the default zone follows the country");
    assert_eq!(moved["population"], 55000);

    c.ok(&["partner", "update", "iotxchange", "nevers agglomération", "--tz", "Europe/Brussels"]);
    let kept =
        c.json(&["partner", "update", "iotxchange", "Nevers Agglomération", "--country", "BE", "--name", "Nevers"]);
    assert_eq!(kept["time_zone"], "Europe/Brussels", "a zone chosen by hand stays");
    assert_eq!(kept["name"], "Nevers");

    let cleared = c.json(&["partner", "update", "iotxchange", "jelgava", "--population", ""]);
    assert!(cleared["population"].is_null());
}

#[test]
fn delete_asks_for_cascade_when_meetings_depend_on_the_partner() {
    let c = Convene::new();
    iotxchange(&c);
    c.ok(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Kick-off",
        "--kind",
        "kick-off",
        "--host",
        "jelgava",
        "--date",
        "2019-10-14",
    ]);
    let before = c.snapshot();
    let err = c.fails(&["partner", "delete", "iotxchange", "jelgava"], 1);
    assert!(err.contains("deleting Jelgava would also affect 1 meeting that would lose its host"), "{err}");
    assert!(err.contains("--cascade"), "{err}");
    assert_eq!(c.snapshot(), before);

    let out = c.json(&["partner", "delete", "iotxchange", "jelgava", "--cascade"]);
    assert_eq!(out["deleted"], "Jelgava");
    let meetings = c.json(&["meetings", "iotxchange"]);
    assert_eq!(meetings.as_array().unwrap().len(), 1, "the meeting stays");
    assert!(meetings[0]["host_partner_id"].is_null());

    let plain = c.ok(&["partner", "delete", "iotxchange", "fundao"]);
    assert!(plain.contains("Deleted Fundão from IoTXchange"), "{plain}");
    let names: Vec<String> = c
        .json(&["partners", "iotxchange"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Nevers Agglomération"]);
}
