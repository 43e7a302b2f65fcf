//! `convene networks` and `convene network show|add|update|delete` as a coordinator uses them.

mod common;

use common::Convene;

#[test]
fn add_with_every_option_then_list_and_show() {
    let c = Convene::new();
    let added = c.json(&[
        "network",
        "add",
        "--name",
        "Find your Greatness",
        "--kind",
        "transfer",
        "--tagline",
        "Cities that dare",
        "--description",
        "Alba Iulia's approach, transferred.",
        "--programme",
        "URBACT III",
        "--start",
        "2018-06-01",
        "--end",
        "2021-06-30",
        "--email",
        "greatness@apulum.ro",
        "--website",
        "https://urbact.eu/find-your-greatness",
    ]);
    assert!(added["id"].as_i64().unwrap() > 0);
    assert_eq!(added["slug"], "find-your-greatness");
    assert_eq!(added["kind"], "transfer");
    assert_eq!(added["start_date"], "2018-06-01");
    assert_eq!(added["contact_email"], "greatness@apulum.ro");

    let list = c.ok(&["networks"]);
    assert!(list.contains("find-your-greatness"), "{list}");
    assert!(list.contains("Find your Greatness"));
    assert!(list.contains("2018-06-01 to 2021-06-30"));
    let json = c.json(&["networks"]);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["partner_count"], 0);

    // By name in another case, by slug, and by id.
    for key in ["FIND YOUR GREATNESS", "find-your-greatness", added["id"].to_string().as_str()] {
        let shown = c.json(&["network", "show", key]);
        assert_eq!(shown["name"], "Find your Greatness", "{key}");
        assert!(shown["partners"].as_array().unwrap().is_empty());
    }
    let text = c.ok(&["network", "show", "find your greatness"]);
    assert!(text.contains("Tagline:"), "{text}");
    assert!(text.contains("Cities that dare"));
    assert!(text.contains("Transfer"));
}

#[test]
fn names_match_without_accents() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Võru Ålliance"]);
    let shown = c.json(&["network", "show", "voru alliance"]);
    assert_eq!(shown["name"], "Võru Ålliance");
    assert_eq!(shown["kind"], "other", "the kind defaults to other");
    assert_eq!(c.json(&["network", "show", "voru-alliance"])["id"], shown["id"]);
}

#[test]
fn update_changes_only_the_options_given() {
    let c = Convene::new();
    c.ok(&[
        "network",
        "add",
        "--name",
        "TechTown",
        "--kind",
        "action-planning",
        "--email",
        "DMC@Barnsley.gov.uk",
        "--tagline",
        "Old",
    ]);
    let updated = c.json(&[
        "network",
        "update",
        "techtown",
        "--tagline",
        "A digital city future, adapt or die",
        "--end",
        "2018-05-31",
    ]);
    assert_eq!(updated["tagline"], "A digital city future, adapt or die");
    assert_eq!(updated["end_date"], "2018-05-31");
    assert_eq!(updated["contact_email"], "DMC@Barnsley.gov.uk", "untouched");
    assert_eq!(updated["kind"], "action_planning", "untouched");

    let cleared = c.json(&["network", "update", "techtown", "--tagline", ""]);
    assert_eq!(cleared["tagline"], "", "an empty value clears");

    c.ok(&["partner", "add", "techtown", "--name", "Barnsley", "--country", "GB"]);
    let led = c.json(&["network", "update", "techtown", "--lead", "barnsley"]);
    let barnsley = c.json(&["partners", "techtown"])[0]["id"].clone();
    assert_eq!(led["lead_partner_id"], barnsley);

    let renamed = c.json(&["network", "update", "TechTown", "--name", "TechTown II", "--slug", "techtown2"]);
    assert_eq!(renamed["slug"], "techtown2");
    assert!(c.ok(&["networks"]).contains("TechTown II"));
}

#[test]
fn bad_values_are_refused_naming_the_field_and_nothing_is_saved() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown", "--email", "DMC@Barnsley.gov.uk"]);
    c.ok(&["network", "add", "--name", "DigiPlace"]);
    let before = c.snapshot();

    let err = c.fails(&["network", "update", "techtown", "--email", "dmc at barnsley", "--tagline", "changed"], 2);
    assert!(err.contains("contact_email (--email)"), "{err}");
    assert!(err.contains("is not an e-mail address"), "{err}");

    let err = c.fails(&["network", "add", "--name", "New", "--email", "new@"], 2);
    assert!(err.contains("--email"), "{err}");

    let err = c.fails(&["network", "add", "--name", "Other", "--slug", "techtown"], 2);
    assert!(err.contains("slug (--slug)") && err.contains("already used by the network TechTown"), "{err}");

    let err = c.fails(&["network", "add", "--name", "Old", "--start", "1989-01-01"], 2);
    assert!(err.contains("--start") && err.contains("1989"), "{err}");

    let err = c.fails(&["network", "add", "--name", "Backwards", "--start", "2020-01-02", "--end", "2020-01-01"], 2);
    assert!(err.contains("--end"), "{err}");

    let err = c.fails(&["network", "add", "--name", "Odd", "--kind", "club"], 2);
    assert!(err.contains("kind (--kind)") && err.contains("action-planning"), "{err}");

    let err = c.fails(&["network", "add", "--name", "  "], 2);
    assert!(err.contains("name (--name): must not be empty"), "{err}");

    let err = c.fails(&["network", "add", "--name", "Web", "--website", "urbact.eu"], 2);
    assert!(err.contains("--website"), "{err}");

    assert_eq!(c.snapshot(), before, "nothing was saved by any refused command");
}

#[test]
fn delete_asks_for_cascade_when_something_belongs_to_the_network() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown"]);
    c.ok(&["partner", "add", "techtown", "--name", "Barnsley", "--country", "GB"]);
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    c.ok(&["meeting", "add", "techtown", "--title", "Kick-off", "--kind", "kick-off", "--date", "2016-06-01"]);
    let before = c.snapshot();

    let err = c.fails(&["network", "delete", "techtown"], 1);
    assert!(
        err.contains(
            "deleting TechTown would also delete 2 partners, 1 meeting; confirm the cascade to delete them all (run again with --cascade)"
        ),
        "{err}"
    );
    assert_eq!(c.snapshot(), before);

    let out = c.ok(&["network", "delete", "techtown", "--cascade"]);
    assert!(out.contains("Deleted the network TechTown and 2 partners, 1 meeting"), "{out}");
    assert!(c.json(&["networks"]).as_array().unwrap().is_empty());
    c.fails(&["partners", "techtown"], 1);
}

#[test]
fn an_empty_network_is_deleted_without_cascade() {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "Empty"]);
    let out = c.json(&["network", "delete", "empty"]);
    assert_eq!(out["deleted"], "Empty");
    assert!(out["also_deleted"].as_array().unwrap().is_empty());
    let err = c.fails(&["network", "delete", "empty"], 1);
    assert!(err.contains("no network called"), "{err}");
}

#[test]
fn an_empty_database_says_how_to_start() {
    let c = Convene::new();
    assert!(c.ok(&["networks"]).contains("No networks yet"));
    assert_eq!(c.json(&["networks"]), serde_json::json!([]));
}
