//! `convene import urbact FILE` on the example pages, then what a person reads from them:
//! networks, partners, meetings, practices, search.

mod common;

use common::{Convene, FIXTURE};

#[test]
fn import_prints_a_summary_and_each_warning_with_its_line() {
    let c = Convene::new();
    let out = c.ok(&["import", "urbact", FIXTURE]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("Created 4 networks"), "{out}");
    let report = c.json(&["import", "urbact", FIXTURE, "--dry-run"]);
    assert_eq!(report["changed"], false);

    let fresh = c.other("fresh.db");
    let report = fresh.json(&["import", "urbact", FIXTURE]);
    assert_eq!(report["created"]["networks"], 4);
    let warnings = report["warnings"].as_array().unwrap();
    assert!(!warnings.is_empty(), "the example pages are messy on purpose");
    for w in warnings {
        let line =
            format!("line {}: {} (\"{}\")", w["line"], w["message"].as_str().unwrap(), w["text"].as_str().unwrap());
        assert!(out.contains(&line), "the text output lists {line}\n{out}");
    }
    assert_eq!(out.lines().filter(|l| l.starts_with("line ")).count(), warnings.len(), "one line per warning:\n{out}");
}

#[test]
fn lang_de_prints_the_warnings_and_their_reasons_in_german() {
    let c = Convene::new();
    let out = c.ok(&["--lang", "de", "import", "urbact", FIXTURE, "--start-year", "2016"]);
    assert!(out.contains("\nWarnungen:\n"), "{out}");
    for german in [
        "Zeile 27: nicht zugeordnet (weder Partner noch Treffen, Meilenstein, Aktionsplan, Beschreibung oder Slogan); in den Importhinweisen von TechTown aufbewahrt („TechPlace APN logo“)",
        "Zeile 19: die Seite nennt für „Kick-off meeting“ in Basingstoke nur den Monat; es wird auf Juni 2016 gesetzt",
        "denn seine E-Mail-Adresse DMC@Barnsley.gov.uk (Zeile 16) liegt unter der Domain .uk",
        "Zeile 104: dieser Aktionsplan hat keine Stadtzeile; er wird mit Portalegre verknüpft, den sein Titel nennt",
        "Zeile 156: 17.–19. Februar 2021 liegt vor 2.–3. Dezember 2021 (Zeile 153), das darüber steht",
    ] {
        assert!(out.contains(german), "{german}\n{out}");
    }
    for english in ["kept in the import notes", "the page gives", "not placed"] {
        assert!(!out.contains(english), "{english}\n{out}");
    }
    let notes = c.ok(&["--lang", "de", "network", "show", "techtown"]);
    assert!(
        notes.contains("Zeile 27: weder Partner noch Treffen, Meilenstein, Aktionsplan, Beschreibung oder Slogan („TechPlace APN logo“)"),
        "the stored English reason is shown in German:\n{notes}"
    );
    let english = c.other("en.db").ok(&["import", "urbact", FIXTURE, "--start-year", "2016"]);
    assert!(english.contains(
        "line 27: not placed (not a partner, meeting, milestone, action plan, description or tagline); kept in the import notes of TechTown (\"TechPlace APN logo\")"
    ));
    assert!(english.contains("it is set to June 2016, counting on from the start year 2016"), "{english}");
}

#[test]
fn importing_again_changes_nothing_and_says_so() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE]);
    let before = c.snapshot();
    let again = c.ok(&["import", "urbact", FIXTURE]);
    assert!(again.starts_with("Nothing changed"), "{again}");
    assert_eq!(c.snapshot(), before);
    let report = c.json(&["import", "urbact", FIXTURE]);
    assert_eq!(report["changed"], false);
}

#[test]
fn a_dry_run_saves_nothing() {
    let c = Convene::new();
    let empty = c.snapshot();
    let out = c.ok(&["import", "urbact", FIXTURE, "--dry-run"]);
    assert!(out.contains("Dry run, nothing saved: would create 4 networks"), "{out}");
    assert_eq!(c.snapshot(), empty);
}

#[test]
fn start_year_dates_month_only_meetings() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE, "--start-year", "2016"]);
    let meetings = c.json(&["meetings", "techtown"]);
    let kickoff = meetings.as_array().unwrap().iter().find(|m| m["kind"] == "kick_off").expect("TechTown's kick-off");
    assert_eq!(kickoff["schedule"]["type"], "undated");
    assert_eq!(kickoff["schedule"]["year"], 2016);
    assert_eq!(kickoff["schedule"]["month"], 6);
    let err = c.other("x.db").fails(&["import", "urbact", FIXTURE, "--start-year", "1066"], 2);
    assert!(err.contains("--start-year"), "{err}");
}

#[test]
fn a_file_that_is_not_pages_is_refused_and_nothing_is_saved() {
    let c = Convene::new();
    let empty = c.snapshot();
    for (name, content) in [
        ("empty.txt", b"".to_vec()),
        ("binary.bin", vec![0u8, 159, 146, 150, 0, 1, 2]),
        ("page.html", b"<!DOCTYPE html><html><body><h1>Weather</h1></body></html>".to_vec()),
    ] {
        let path = c.path(name);
        std::fs::write(&path, content).unwrap();
        let err = c.fails(&["import", "urbact", path.to_str().unwrap()], 1);
        assert!(err.starts_with("error: "), "{name}: {err}");
        assert_eq!(c.snapshot(), empty, "{name}");
    }
    let err = c.fails(&["import", "urbact", c.path("missing.txt").to_str().unwrap()], 1);
    assert!(err.contains("there is no such file"), "{err}");
}

#[test]
fn imported_networks_read_back_through_every_list() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE]);
    let networks = c.json(&["networks"]);
    let names: Vec<&str> = networks.as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap()).collect();
    for expected in ["TechTown", "Find your Greatness", "DigiPlace", "IoTXchange"] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    let partners = c.json(&["partners", "find your greatness"]);
    assert!(partners.as_array().unwrap().iter().any(|p| p["name"] == "Bragança" && p["country"] == "PT"));
    let gavle = c.json(&["partner", "show", "techtown", "gavle"]);
    assert_eq!(gavle["country"], "SE");
    let shown = c.ok(&["network", "show", "TECHTOWN"]);
    assert!(shown.contains("Barnsley"), "{shown}");
}

#[test]
fn deleting_an_imported_network_counts_what_goes_with_it() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE]);
    let shown = c.json(&["network", "show", "techtown"]);
    let partners = shown["partners"].as_array().unwrap().len();
    let meetings = c.json(&["meetings", "techtown"]).as_array().unwrap().len();
    assert!(partners > 0 && meetings > 0);
    let err = c.fails(&["network", "delete", "TechTown"], 1);
    assert!(err.contains(&format!("deleting TechTown would also delete {partners} partners")), "{err}");
    assert!(err.contains(&format!("{meetings} meetings")), "{err}");
    assert!(err.contains("confirm the cascade to delete them all (run again with --cascade)"), "{err}");
    c.ok(&["network", "delete", "TechTown", "--cascade"]);
    assert_eq!(c.json(&["networks"]).as_array().unwrap().len(), 3);
}

#[test]
fn practices_list_show_and_search() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE]);
    let practices = c.json(&["practices"]);
    let list = practices.as_array().unwrap();
    assert_eq!(list.len(), 3, "Antwerp, Heraklion and Gijón");
    let cities: Vec<&str> = list.iter().map(|p| p["city"].as_str().unwrap()).collect();
    for city in ["Antwerp", "Heraklion", "Gijón"] {
        assert!(cities.iter().any(|c| c.contains(city)), "{city} in {cities:?}");
    }
    let text = c.ok(&["practices"]);
    assert!(text.contains("Gijón"), "{text}");

    let id = list.iter().find(|p| p["city"].as_str().unwrap().contains("Antwerp")).unwrap()["id"].to_string();
    let shown = c.json(&["practice", "show", &id]);
    assert!(!shown["sections"].as_array().unwrap().is_empty(), "sections are kept");
    let text = c.ok(&["practice", "show", &id]);
    assert!(text.contains(shown["title"].as_str().unwrap()), "{text}");
    let by_title = c.json(&["practice", "show", &shown["title"].as_str().unwrap().to_uppercase()]);
    assert_eq!(by_title["id"], shown["id"]);
    c.fails(&["practice", "show", "4242"], 1);

    let hits = c.json(&["search", "gavle"]);
    assert!(hits.as_array().unwrap().iter().any(|h| h["kind"] == "partner" && h["title"] == "Gävle"), "{hits}");
    let text = c.ok(&["search", "Antwerp"]);
    assert!(text.contains("Good practice"), "{text}");
    assert!(c.ok(&["search", "zzzqqq"]).contains("Nothing matches"));
    let limited = c.json(&["search", "city", "--limit", "2"]);
    assert!(limited.as_array().unwrap().len() <= 2);
    c.fails(&["search"], 2);
}
