//! `convene contacts`, `convene contact add|update|remove`, `convene local-group NETWORK`
//! and `convene local-group add|update|remove`: the people of a partner.

mod common;

use common::{iotxchange, Convene};

#[test]
fn contacts_are_added_listed_changed_and_removed() {
    let c = Convene::new();
    iotxchange(&c);
    let ilze = c.json(&[
        "contact",
        "add",
        "iotxchange",
        "--partner",
        "jelgava",
        "--name",
        "Ilze Ozola",
        "--role",
        "Project coordinator",
        "--email",
        "ilze.ozola@jelgava.lv",
    ]);
    assert_eq!(ilze["name"], "Ilze Ozola");
    assert_eq!(ilze["email"], "ilze.ozola@jelgava.lv");
    assert_eq!(ilze["phone"], "");
    let jelgava = c.json(&["partner", "show", "iotxchange", "jelgava"]);
    assert_eq!(ilze["partner_id"], jelgava["id"]);
    let out = c.ok(&[
        "contact",
        "add",
        "iotxchange",
        "--partner",
        "Fundao",
        "--name",
        "Ana Ferreira",
        "--phone",
        "+351 275 779 060",
    ]);
    assert!(out.starts_with("Added Ana Ferreira to the contacts of Fundão (id "), "{out}");

    let all = c.json(&["contacts", "iotxchange"]);
    let names: Vec<&str> = all.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ana Ferreira", "Ilze Ozola"], "by partner, in name order");
    let only = c.json(&["contacts", "iotxchange", "--partner", "jelgava"]);
    assert_eq!(only.as_array().unwrap().len(), 1);
    let table = c.ok(&["contacts", "iotxchange"]);
    assert!(table.lines().next().unwrap().contains("E-MAIL"), "{table}");
    assert!(table.contains("Fundão") && table.contains("+351 275 779 060"), "{table}");

    // By name without accents or case, only the options given change; "" clears.
    let changed =
        c.json(&["contact", "update", "iotxchange", "ILZE OZOLA", "--phone", "+371 630 05 555", "--role", ""]);
    assert_eq!(changed["phone"], "+371 630 05 555");
    assert_eq!(changed["role"], "");
    assert_eq!(changed["email"], "ilze.ozola@jelgava.lv");
    assert_eq!(changed["id"], ilze["id"]);

    let removed = c.json(&["contact", "remove", "iotxchange", &ilze["id"].to_string()]);
    assert_eq!(removed["removed"], "Ilze Ozola");
    assert_eq!(removed["partner"], "Jelgava");
    assert_eq!(c.json(&["contacts", "iotxchange"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_bad_contact_is_refused_with_its_option_and_nothing_is_saved() {
    let c = Convene::new();
    iotxchange(&c);
    c.ok(&["contact", "add", "iotxchange", "--partner", "jelgava", "--name", "Ilze Ozola"]);
    c.ok(&["contact", "add", "iotxchange", "--partner", "fundão", "--name", "Ilze Ozola"]);
    let before = c.snapshot();

    let err = c.fails(&["contact", "add", "iotxchange", "--partner", "jelgava", "--name", "X", "--email", "ilze@"], 2);
    assert!(err.contains("email (--email)") && err.contains("\"ilze@\" is not an e-mail address"), "{err}");
    let err = c.fails(&["contact", "add", "iotxchange", "--partner", "jelgava", "--name", "  "], 2);
    assert!(err.contains("name (--name): must not be empty"), "{err}");
    let err = c.fails(&["contact", "add", "iotxchange", "--partner", "Riga", "--name", "Anna"], 2);
    assert!(err.contains("IoTXchange has no partner called \"Riga\""), "{err}");
    let err = c.fails(&["contact", "update", "iotxchange", "ilze ozola", "--phone", "1"], 2);
    assert!(err.contains("2 people of IoTXchange are called \"ilze ozola\"") && err.contains("use the id"), "{err}");
    let err = c.fails(&["contact", "remove", "iotxchange", "Nobody"], 1);
    assert!(err.contains("IoTXchange has no contact with id or name \"Nobody\""), "{err}");
    assert_eq!(c.snapshot(), before);

    // --partner settles which of the two is meant.
    c.ok(&["contact", "update", "iotxchange", "ilze ozola", "--partner", "fundao", "--role", "Mayor's office"]);
    let err = c.fails(&["contact", "add", "iotxchange", "--name", "No partner"], 2);
    assert!(err.contains("--partner"), "{err}");
}

#[test]
fn a_contact_of_another_network_is_not_found_by_its_id() {
    let c = Convene::new();
    iotxchange(&c);
    c.ok(&["network", "add", "--name", "TechTown"]);
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    let other = c.json(&["contact", "add", "techtown", "--partner", "gavle", "--name", "Sven"]);
    let err = c.fails(&["contact", "remove", "iotxchange", &other["id"].to_string()], 1);
    assert!(err.contains("IoTXchange has no contact"), "{err}");
    assert_eq!(c.json(&["contacts", "techtown"]).as_array().unwrap().len(), 1);
}

#[test]
fn local_group_members_are_added_listed_changed_and_removed() {
    let c = Convene::new();
    iotxchange(&c);
    let empty = c.ok(&["local-group", "iotxchange", "--partner", "jelgava"]);
    assert!(empty.contains("Jelgava has no local group members yet"), "{empty}");
    let janis = c.json(&[
        "local-group",
        "add",
        "iotxchange",
        "--partner",
        "jelgava",
        "--name",
        "Jānis Bērziņš",
        "--organisation",
        "Zemgale Chamber of Commerce",
        "--role",
        "Business voice",
    ]);
    assert_eq!(janis["organisation"], "Zemgale Chamber of Commerce");
    c.ok(&["local-group", "add", "iotxchange", "--partner", "nevers agglomeration", "--name", "Claire Martin"]);

    let list = c.json(&["local-group", "iotxchange", "--partner", "jelgava"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "Jānis Bērziņš");
    let table = c.ok(&["local-group", "iotxchange"]);
    assert!(
        table.contains("ORGANISATION") && table.contains("Claire Martin") && table.contains("Jānis Bērziņš"),
        "{table}"
    );

    let changed = c.json(&["local-group", "update", "iotxchange", "janis berzins", "--role", "Chair"]);
    assert_eq!(changed["role"], "Chair");
    assert_eq!(changed["organisation"], "Zemgale Chamber of Commerce");

    let before = c.snapshot();
    let long = "x".repeat(1001);
    let err = c.fails(&["local-group", "update", "iotxchange", "janis berzins", "--organisation", &long], 2);
    assert!(err.contains("organisation (--organisation)") && err.contains("the limit is 1000"), "{err}");
    let err = c.fails(&["local-group", "remove", "iotxchange", "Ilze"], 1);
    assert!(err.contains("IoTXchange has no local group member with id or name \"Ilze\""), "{err}");
    assert_eq!(c.snapshot(), before);
    c.fails(&["local-group"], 2);

    let out = c.ok(&["local-group", "remove", "iotxchange", &janis["id"].to_string()]);
    assert_eq!(out, "Removed Jānis Bērziņš from the local group of Jelgava.\n");
    assert_eq!(c.json(&["local-group", "iotxchange"]).as_array().unwrap().len(), 1);
}
