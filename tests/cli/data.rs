//! Whole-database commands: `backup FILE`, `export json [--out FILE]`, `import json FILE`.

mod common;

use common::{iotxchange, Convene, FIXTURE};

fn filled() -> Convene {
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
        "--start",
        "2027-03-10 10:00",
        "--end",
        "12:00",
    ]);
    c.ok(&[
        "meeting",
        "add",
        "iotxchange",
        "--title",
        "Visit to Fundão",
        "--kind",
        "city-visit",
        "--date",
        "2019-10-14",
        "--until",
        "2019-10-16",
    ]);
    c.ok(&["meeting", "add", "iotxchange", "--title", "Final", "--kind", "final-event", "--month", "2022-06"]);
    c.ok(&["meeting", "update", "1", "--venue", "Jelgava Palace"]);
    c.ok(&["network", "add", "--name", "Võru Ålliance", "--kind", "transfer"]);
    c
}

#[test]
fn backup_writes_a_copy_that_opens_with_the_same_data() {
    let c = filled();
    let copy = c.path("copy.db");
    let out = c.ok(&["backup", copy.to_str().unwrap()]);
    assert!(out.contains("Backed up the database to"), "{out}");
    assert!(copy.exists());
    let restored = Convene { dir: tempfile::tempdir().unwrap(), db: copy };
    assert_eq!(restored.snapshot(), c.snapshot());
    assert_eq!(restored.json(&["meetings", "iotxchange"]), c.json(&["meetings", "iotxchange"]));

    let err = c.fails(&["backup", c.path("no/such/folder/copy.db").to_str().unwrap()], 1);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn export_import_export_is_the_same_text() {
    let c = filled();
    let first = c.ok(&["export", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(doc["format"], "convene");
    assert_eq!(doc["schema_version"], 2);
    assert_eq!(doc["networks"].as_array().unwrap().len(), 2);

    let file = c.path("export.json");
    c.ok(&["export", "json", "--out", file.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first, "--out writes what stdout shows");

    let fresh = c.other("fresh.db");
    let out = fresh.ok(&["import", "json", file.to_str().unwrap()]);
    assert!(out.contains("Imported 2 networks, 3 partners, 3 meetings"), "{out}");
    assert_eq!(fresh.ok(&["export", "json"]), first);
    assert_eq!(fresh.json(&["meeting", "show", "1"]), c.json(&["meeting", "show", "1"]));
}

#[test]
fn the_imported_urbact_data_round_trips_too() {
    let c = Convene::new();
    c.ok(&["import", "urbact", FIXTURE]);
    let first = c.ok(&["export", "json"]);
    let file = c.path("export.json");
    std::fs::write(&file, &first).unwrap();
    let fresh = c.other("fresh.db");
    let summary = fresh.json(&["import", "json", file.to_str().unwrap()]);
    assert_eq!(summary["networks"], 4);
    assert_eq!(fresh.ok(&["export", "json"]), first);
    // Idempotence survives the round trip: the source references came along.
    let again = fresh.ok(&["import", "urbact", FIXTURE]);
    assert!(again.contains("Nothing changed"), "{again}");
}

#[test]
fn import_json_into_a_database_with_data_is_refused() {
    let c = filled();
    let file = c.path("export.json");
    c.ok(&["export", "json", "--out", file.to_str().unwrap()]);
    let before = c.snapshot();
    let err = c.fails(&["import", "json", file.to_str().unwrap()], 1);
    assert!(err.contains("already holds data (2 networks)"), "{err}");
    assert!(err.contains("--db new.db"), "says how to proceed: {err}");
    assert_eq!(c.snapshot(), before);
}

#[test]
fn files_that_are_not_exports_are_refused_and_nothing_is_saved() {
    let c = Convene::new();
    let empty = c.snapshot();
    let write = |name: &str, content: &[u8]| {
        let p = c.path(name);
        std::fs::write(&p, content).unwrap();
        p.to_str().unwrap().to_string()
    };
    let err = c.fails(&["import", "json", &write("binary.json", &[0xff, 0xfe, 0x00, 0x01])], 1);
    assert!(err.contains("not a text file"), "{err}");
    let err = c.fails(&["import", "json", &write("broken.json", b"{\"format\": \"convene\", ")], 1);
    assert!(err.contains("not valid JSON"), "{err}");
    let err = c.fails(&["import", "json", &write("other.json", b"{\"format\": \"gtfs\", \"schema_version\": 1}")], 1);
    assert!(err.contains("not a Convene export"), "{err}");
    let err =
        c.fails(&["import", "json", &write("newer.json", b"{\"format\": \"convene\", \"schema_version\": 99}")], 1);
    assert!(err.contains("newer version of Convene") && err.contains("Update Convene"), "{err}");
    let err = c.fails(&["import", "json", c.path("missing.json").to_str().unwrap()], 1);
    assert!(err.contains("there is no such file"), "{err}");

    let good = filled().ok(&["export", "json"]);
    let bad_zone = good.replacen("\"Europe/Riga\"", "\"Europe/Atlantis\"", 1);
    let err = c.fails(&["import", "json", &write("bad-zone.json", bad_zone.as_bytes())], 2);
    assert!(err.contains("time_zone") && err.contains("Europe/Atlantis"), "{err}");
    assert_eq!(c.snapshot(), empty);
}
