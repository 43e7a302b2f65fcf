//! `convene practice add|update|remove`: good practices by hand, with the fields the
//! URBACT importer fills.

mod common;

use common::Convene;

fn gijon(c: &Convene) -> serde_json::Value {
    c.ok(&["network", "add", "--name", "Card4All", "--slug", "card4all"]);
    c.ok(&["network", "add", "--name", "TechTown"]);
    let sections = c.path("gijon.md");
    std::fs::write(
        &sections,
        "One card for every municipal service.\n\n## Solutions offered\nA single citizen card.\n\n## Impact\n70 % of Gijón's people use it.\n",
    )
    .unwrap();
    c.json(&[
        "practice",
        "add",
        "--title",
        "Gijón's citizen card",
        "--tagline",
        "One card for the whole city",
        "--city",
        "Gijón",
        "--country",
        "Spain",
        "--author",
        "Laura González Méndez",
        "--author-role",
        "CARD4LL Project Coordinator",
        "--figure",
        "271 780",
        "--transfer",
        "yes",
        "--networks",
        "card4all, TechTown",
        "--sections",
        sections.to_str().unwrap(),
    ])
}

#[test]
fn a_practice_is_added_with_every_field_the_importer_fills() {
    let c = Convene::new();
    let p = gijon(&c);
    assert_eq!(p["title"], "Gijón's citizen card");
    assert_eq!(p["country"], "ES");
    assert_eq!(p["author_role"], "CARD4LL Project Coordinator");
    assert_eq!(p["headline_figure"], "271 780");
    assert_eq!(p["is_transfer"], true);
    assert_eq!(p["network_ids"].as_array().unwrap().len(), 2);
    let sections = p["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 3);
    assert_eq!(sections[0]["heading"], "");
    assert_eq!(sections[0]["body"], "One card for every municipal service.");
    assert_eq!(sections[2]["heading"], "Impact");
    assert_eq!(sections[2]["body"], "70 % of Gijón's people use it.");

    let list = c.ok(&["practices"]);
    assert!(list.contains("Gijón's citizen card") && list.contains("yes"), "{list}");
    let shown = c.ok(&["practice", "show", "gijon's citizen card"]);
    assert!(shown.contains("Networks: Card4All, TechTown"), "{shown}");
    assert!(shown.contains("Impact\n70 % of Gijón's people use it."), "{shown}");
    let out = c.ok(&["practice", "add", "--title", "Antwerp urban data scan", "--city", "Antwerp"]);
    assert!(out.starts_with("Added the good practice Antwerp urban data scan (id "), "{out}");
    assert!(out.ends_with(", Antwerp, 0 sections).\n"), "{out}");
}

#[test]
fn update_changes_only_what_is_given_and_remove_deletes() {
    let c = Convene::new();
    let p = gijon(&c);
    let id = p["id"].to_string();
    let changed = c.json(&["practice", "update", &id, "--transfer", "no", "--networks", "techtown", "--tagline", ""]);
    assert_eq!(changed["is_transfer"], false);
    assert_eq!(changed["tagline"], "");
    assert_eq!(changed["network_ids"].as_array().unwrap().len(), 1);
    assert_eq!(changed["sections"], p["sections"], "sections stay unless --sections is given");
    assert_eq!(changed["author"], "Laura González Méndez");

    let removed = c.json(&["practice", "remove", "Gijon's citizen card"]);
    assert_eq!(removed["removed"], "Gijón's citizen card");
    assert!(c.json(&["practices"]).as_array().unwrap().is_empty());
    c.fails(&["practice", "show", &id], 1);
}

#[test]
fn a_bad_practice_is_refused_naming_its_option_and_nothing_is_saved() {
    let c = Convene::new();
    let p = gijon(&c);
    let id = p["id"].to_string();
    let before = c.snapshot();
    let err = c.fails(&["practice", "add", "--title", "X", "--country", "Atlantis"], 2);
    assert!(err.contains("country (--country)"), "{err}");
    let err = c.fails(&["practice", "add", "--title", "X", "--networks", "techtown,nowhere"], 2);
    assert!(err.contains("network_ids (--networks)") && err.contains("\"nowhere\""), "{err}");
    let err = c.fails(&["practice", "update", &id, "--transfer", "maybe"], 2);
    assert!(err.contains("is_transfer (--transfer): \"maybe\" is not yes or no"), "{err}");
    let err = c.fails(&["practice", "update", &id, "--title", " "], 2);
    assert!(err.contains("title (--title): must not be empty"), "{err}");
    let long = c.path("long.md");
    std::fs::write(&long, format!("## {}\ntext", "h".repeat(1001))).unwrap();
    let err = c.fails(&["practice", "update", &id, "--sections", long.to_str().unwrap()], 2);
    assert!(err.contains("sections[0].heading (--sections)") && err.contains("the limit is 1000"), "{err}");
    let err = c.fails(&["practice", "update", &id, "--sections", c.path("missing.md").to_str().unwrap()], 1);
    assert!(err.contains("cannot read") && err.contains("missing.md"), "{err}");
    let err = c.fails(&["practice", "remove", "Oulu's library"], 1);
    assert!(err.contains("there is no good practice with id or title \"Oulu's library\""), "{err}");
    c.fails(&["practice", "add", "--city", "Gijón"], 2);
    assert_eq!(c.snapshot(), before);
}
