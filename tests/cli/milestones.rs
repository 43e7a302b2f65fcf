//! `convene milestone list|add|update|remove NETWORK`: a network's steps that are not
//! meetings, dated to the day or the month, with a kind and a done flag.

mod common;

use common::Convene;

fn techtown() -> Convene {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown"]);
    c
}

#[test]
fn milestones_are_added_by_day_or_month_listed_in_date_order_and_changed() {
    let c = techtown();
    let due =
        c.json(&["milestone", "add", "techtown", "--title", "IAP due", "--month", "2027-06", "--kind", "deliverable"]);
    assert_eq!(due["date"], "2027-06-01", "a month is kept on its first day");
    assert_eq!(due["precision"], "month");
    assert_eq!(due["kind"], "deliverable");
    assert_eq!(due["done"], false);
    let out = c.ok(&[
        "milestone",
        "add",
        "techtown",
        "--title",
        "Phase 2 approved",
        "--date",
        "2026-05-14",
        "--kind",
        "decision",
        "--done",
        "--description",
        "By the URBACT monitoring committee",
    ]);
    assert!(out.starts_with("Added the milestone Phase 2 approved (2026-05-14, Decision, done, id "), "{out}");

    let list = c.json(&["milestone", "list", "TechTown"]);
    let titles: Vec<&str> = list.as_array().unwrap().iter().map(|m| m["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Phase 2 approved", "IAP due"], "in date order");
    let table = c.ok(&["milestone", "list", "techtown"]);
    assert!(table.contains("2027-06     Deliverable  IAP due"), "{table}");
    assert!(table.contains("2026-05-14  Decision     Phase 2 approved  done"), "{table}");

    let changed = c.json(&["milestone", "update", "techtown", "iap due", "--date", "2027-06-30", "--done"]);
    assert_eq!(changed["precision"], "day");
    assert_eq!(changed["date"], "2027-06-30");
    assert_eq!(changed["done"], true);
    assert_eq!(changed["kind"], "deliverable", "what was not given stays");
    let undone = c.json(&["milestone", "update", "techtown", &due["id"].to_string(), "--done", "no"]);
    assert_eq!(undone["done"], false);
    assert!(c.ok(&["network", "show", "techtown"]).contains("2026-05-14  Phase 2 approved (done)"));

    let removed = c.json(&["milestone", "remove", "techtown", "Phase 2 approved"]);
    assert_eq!(removed["removed"], "Phase 2 approved");
    assert_eq!(c.json(&["milestone", "list", "techtown"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_bad_milestone_is_refused_naming_its_option_and_nothing_is_saved() {
    let c = techtown();
    c.ok(&["milestone", "add", "techtown", "--title", "Kick-off", "--date", "2026-01-20"]);
    let before = c.snapshot();
    let err = c.fails(&["milestone", "add", "techtown", "--title", "X", "--month", "2027-13"], 2);
    assert!(err.contains("month (--month): \"2027-13\" is not a month"), "{err}");
    let err = c.fails(&["milestone", "add", "techtown", "--title", "X", "--month", "1850-01"], 2);
    assert!(err.contains("month (--month): the year 1850"), "{err}");
    let err = c.fails(&["milestone", "add", "techtown", "--title", "X", "--date", "2027-02-30"], 2);
    assert!(err.contains("(--date)"), "{err}");
    let err = c.fails(&["milestone", "add", "techtown", "--title", "X", "--date", "2027-02-01", "--kind", "party"], 2);
    assert!(err.contains("kind (--kind): \"party\" is not one of: phase, deadline"), "{err}");
    let err = c.fails(&["milestone", "update", "techtown", "kick-off", "--title", ""], 2);
    assert!(err.contains("title (--title): must not be empty"), "{err}");
    let err = c.fails(&["milestone", "update", "techtown", "kick-off", "--done", "perhaps"], 2);
    assert!(err.contains("done (--done): \"perhaps\" is not yes or no"), "{err}");
    let err = c.fails(&["milestone", "remove", "techtown", "Final event"], 1);
    assert!(err.contains("TechTown has no milestone with id or title \"Final event\""), "{err}");
    let err = c.fails(&["milestone", "add", "techtown", "--title", "X"], 2);
    assert!(err.contains("--date") && err.contains("--month"), "{err}");
    c.fails(&["milestone", "add", "techtown", "--title", "X", "--date", "2027-01-01", "--month", "2027-01"], 2);
    assert_eq!(c.snapshot(), before);
}
