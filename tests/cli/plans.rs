//! `convene plans` and `convene plan ...` as a coordinator or a partner city runs them:
//! drafting sections, the action table with exact money, history, word diffs and restore,
//! review, and sending a plan to a partner and back, conflicts included.

mod common;

use common::{text, Convene};
use serde_json::Value;

/// TechTown with Gävle and Oulu, and Gävle's plan (id 1), signed by Anna.
fn techtown() -> Convene {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown", "--kind", "action-planning"]);
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    c.ok(&["partner", "add", "techtown", "--name", "Oulu", "--country", "FI"]);
    c.ok(&["plan", "author", "Anna"]);
    let created = c.json(&[
        "plan",
        "create",
        "techtown",
        "--partner",
        "gavle",
        "--title",
        "Digital jobs",
        "--summary",
        "Gävle's young people leave.",
    ]);
    assert_eq!(created["id"], 1);
    c
}

#[test]
fn a_plan_is_created_listed_and_shown_with_its_sections() {
    let c = techtown();
    let list = c.json(&["plans", "techtown"]);
    assert_eq!(list[0]["plan"]["partner_name"], "Gävle");
    assert_eq!(list[0]["plan"]["status"], "draft");
    assert_eq!(list[0]["revision_number"], 1);
    assert_eq!(list[0]["last_change_by"], "Anna");
    let human = c.ok(&["plans", "TechTown"]);
    assert!(human.contains("Gävle") && human.contains("Draft") && human.contains("Anna"), "{human}");

    let doc = c.json(&["plan", "show", "techtown/gavle"]);
    assert_eq!(doc["sections"].as_array().unwrap().len(), 9);
    assert_eq!(doc["sections"][0]["key"], "context");
    assert_eq!(doc["sections"][0]["body"], "Gävle's young people leave.");
    let shown = c.ok(&["plan", "show", "1"]);
    assert!(shown.contains("## Context and needs\n\nGävle's young people leave."), "{shown}");
    assert!(shown.contains("`convene plan section set 1 KEY`: context, vision, approach,"), "{shown}");
    let markdown = c.path("plan.md");
    c.ok(&["plan", "export", "1", "--format", "md", "--out", markdown.to_str().unwrap()]);
    let document = std::fs::read_to_string(&markdown).unwrap();
    assert!(shown.starts_with(&document), "show prints the Markdown export, then its own lines:\n{shown}");
    let err = c.fails(&["plan", "show", "techtown/vaasa"], 1);
    assert!(err.contains("no plan of a partner called \"vaasa\""), "{err}");
}

#[test]
fn sections_are_saved_from_text_or_file_and_an_unchanged_save_is_no_revision() {
    let c = techtown();
    let out = c.ok(&["plan", "section", "set", "1", "vision", "--text", "Stay in Gävle.", "--message", "first go"]);
    assert_eq!(out, "saved vision: revision 2 by Anna\n");
    let out = c.ok(&["plan", "section", "set", "1", "vision", "--text", "Stay in Gävle."]);
    assert!(out.starts_with("nothing changed"), "{out}");
    let file = c.path("risks.md");
    std::fs::write(&file, "# Risks\n\n- Broadband *late*\n").unwrap();
    c.ok(&["plan", "section", "set", "techtown/gävle", "risks", "--file", file.to_str().unwrap()]);
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["sections"][6]["body"], "# Risks\n\n- Broadband *late*\n");
    let revisions = c.json(&["plan", "revisions", "1"]);
    let numbers: Vec<i64> = revisions.as_array().unwrap().iter().map(|r| r["number"].as_i64().unwrap()).collect();
    assert_eq!(numbers, [3, 2, 1]);
    assert_eq!(revisions[1]["message"], "first go");
    // Neither or both of --text and --file is a usage error.
    c.fails(&["plan", "section", "set", "1", "vision"], 2);
    c.fails(&["plan", "section", "set", "1", "vision", "--text", "a", "--file", "b"], 2);
    let err = c.fails(&["plan", "section", "set", "1", "budget", "--text", "x"], 1);
    assert!(err.contains("no section \"budget\""), "{err}");
}

#[test]
fn actions_carry_exact_money_and_the_summary_adds_it_up() {
    let c = techtown();
    c.ok(&[
        "plan",
        "action",
        "add",
        "1",
        "--title",
        "Coding club",
        "--objective",
        "Skills",
        "--lead",
        "Gävle library",
        "--start",
        "2025-09",
        "--end",
        "2027-06",
        "--cost",
        "120000.10",
        "--funding",
        "ERDF=80000.05",
        "--funding",
        "city=20000",
        "--status",
        "ongoing",
        "--pilot",
    ]);
    c.ok(&[
        "plan",
        "action",
        "add",
        "1",
        "--title",
        "Maker space",
        "--objective",
        "Jobs",
        "--cost",
        "0.20",
        "--funding",
        "Esf-Plus=0.10",
    ]);
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["summary"]["total_cost"], "120000.30");
    assert_eq!(doc["summary"]["secured_funding"], "100000.15");
    assert_eq!(doc["summary"]["funding_gap"], "20000.15");
    let sources: Vec<(&str, &str)> = doc["summary"]["funding_by_source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["source"].as_str().unwrap(), s["amount"].as_str().unwrap()))
        .collect();
    assert_eq!(sources, [("city", "20000.00"), ("erdf", "80000.05"), ("esf_plus", "0.10")]);
    assert_eq!(doc["actions"][0]["start"], "2025-09");
    assert_eq!(doc["actions"][0]["pilot"], true);
    assert_eq!(doc["actions"][0]["status"], "ongoing");
    let shown = c.ok(&["plan", "show", "1"]);
    assert!(shown.contains("| Total estimated cost | €120,000.30 |"), "{shown}");
    assert!(shown.contains("Coding club"), "{shown}");

    let before = c.snapshot();
    let err = c.fails(&["plan", "action", "add", "1", "--title", "X", "--cost", "10.005"], 2);
    assert!(err.contains("--cost") && err.contains("more than two decimals"), "{err}");
    let err = c.fails(&["plan", "action", "add", "1", "--title", "X", "--funding", "eu=5"], 2);
    assert!(err.contains("--funding") && err.contains("esf-plus"), "{err}");
    let err = c.fails(&["plan", "action", "add", "1", "--title", "X", "--start", "2026-05", "--end", "2026-01"], 2);
    assert!(err.contains("--end") && err.contains("before the start"), "{err}");
    assert_eq!(c.snapshot(), before, "refused actions saved nothing");
}

#[test]
fn diff_shows_changed_words_and_restore_brings_an_old_text_back_as_a_new_revision() {
    let c = techtown();
    c.ok(&["plan", "section", "set", "1", "vision", "--text", "Train 200 young people by 2027."]);
    c.ok(&["plan", "section", "set", "1", "vision", "--text", "Train 500 young people by 2028."]);
    let diff = c.ok(&["plan", "diff", "1", "2", "3"]);
    assert!(diff.contains("== Vision and objectives [vision]"), "{diff}");
    assert!(diff.contains("Train [-200-]{+500+} young people by [-2027.-]{+2028.+}"), "{diff}");
    let json = c.json(&["plan", "diff", "1", "2", "3"]);
    assert_eq!(json["sections"][0]["key"], "vision");

    let out = c.ok(&["plan", "restore", "1", "2"]);
    assert_eq!(out, "restored revision 2: revision 4 by Anna\n");
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["sections"][1]["body"], "Train 200 young people by 2027.");
    assert_eq!(c.json(&["plan", "revisions", "1"]).as_array().unwrap().len(), 4, "nothing was destroyed");
    let err = c.fails(&["plan", "restore", "1", "9"], 1);
    assert!(err.contains("revisions are 1 to 4"), "{err}");
}

#[test]
fn status_moves_along_the_review_path_and_reviewers_comment() {
    let c = techtown();
    let err = c.fails(&["plan", "status", "1", "final"], 2);
    assert!(err.contains("in review only"), "{err}");
    c.ok(&["plan", "status", "1", "in-review"]);
    c.ok(&["plan", "status", "1", "final"]);
    let err = c.fails(&["plan", "status", "1", "adopted"], 2);
    assert!(err.contains("--date"), "{err}");
    let out = c.ok(&["plan", "status", "1", "adopted", "--date", "2026-03-12"]);
    assert_eq!(out, "\"Digital jobs\" is now adopted on 2026-03-12\n");
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["plan"]["adoption_date"], "2026-03-12");
    assert_eq!(doc["status_changes"].as_array().unwrap().len(), 3);

    c.ok(&["plan", "comment", "1", "funding", "--author", "Lead expert", "--text", "Which ERDF call?"]);
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["open_comments"][0]["author"], "Lead expert");
    assert_eq!(doc["open_comments"][0]["section_key"], "funding");
    let err = c.fails(&["plan", "comment", "1", "budget", "--author", "X", "--text", "?"], 2);
    assert!(err.contains("no section \"budget\""), "{err}");
}

/// Our database and a partner's copy made from our JSON export.
fn partner_copy(c: &Convene) -> Convene {
    let other = c.other("partner.db");
    let export = c.path("all.json");
    c.ok(&["export", "json", "--out", export.to_str().unwrap()]);
    other.ok(&["import", "json", export.to_str().unwrap()]);
    other.ok(&["plan", "author", "Lead expert"]);
    other
}

#[test]
fn a_plan_goes_to_a_partner_and_back_with_a_conflict_settled_by_choice() {
    let c = techtown();
    let partner = partner_copy(&c);
    partner.ok(&["plan", "section", "set", "1", "vision", "--text", "Their vision"]);
    partner.ok(&["plan", "section", "set", "1", "monitoring", "--text", "Their monitoring"]);
    c.ok(&["plan", "section", "set", "1", "vision", "--text", "Our vision"]);
    let file = partner.path("gavle.convene-plan");
    let out = partner.ok(&["plan", "send", "1", "--out", file.to_str().unwrap()]);
    assert!(out.contains("with 3 revisions"), "{out}");
    let sent: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(sent["format"], "convene-plan");

    let out = c.ok(&["plan", "receive", file.to_str().unwrap()]);
    assert!(out.contains("both sides changed Vision and objectives"), "{out}");
    assert!(out.contains("ours:   Our vision") && out.contains("theirs: Their vision"), "{out}");
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["sections"][1]["body"], "Our vision", "nothing overwritten");
    assert_eq!(doc["sections"][7]["body"], "Their monitoring");
    let conflicts = c.json(&["plan", "conflicts", "1"]);
    assert_eq!(conflicts[0]["item_key"], "vision");

    // The same file again: our merge already holds it.
    let again = c.json(&["plan", "receive", file.to_str().unwrap()]);
    assert_eq!((again["outcome"].as_str(), again["added_revisions"].as_i64()), (Some("ours_newer"), Some(0)));
    assert_eq!(c.json(&["plan", "conflicts", "1"]).as_array().unwrap().len(), 1, "no second conflict");

    c.fails(&["plan", "resolve", "1", "vision"], 2);
    let out = c.ok(&["plan", "resolve", "1", "vision", "--theirs"]);
    assert!(out.starts_with("settled the conflict in vision: revision"), "{out}");
    assert_eq!(c.json(&["plan", "show", "1"])["sections"][1]["body"], "Their vision");
    assert!(c.json(&["plan", "conflicts", "1"]).as_array().unwrap().is_empty());
    let err = c.fails(&["plan", "resolve", "1", "vision", "--ours"], 1);
    assert!(err.contains("no conflict to settle"), "{err}");

    // Back to the partner: their copy takes our merge as it is.
    let back = c.path("back.convene-plan");
    c.ok(&["plan", "send", "techtown/gavle", "--out", back.to_str().unwrap()]);
    let report = partner.json(&["plan", "receive", back.to_str().unwrap()]);
    assert_eq!(report["outcome"], "fast_forward");
    assert_eq!(partner.json(&["plan", "show", "1"])["sections"][1]["body"], "Their vision");
}

#[test]
fn a_received_plan_and_its_history_are_told_in_the_readers_language() {
    let c = techtown();
    let partner = partner_copy(&c);
    partner.ok(&["plan", "section", "set", "1", "vision", "--text", "Their vision"]);
    c.ok(&["plan", "section", "set", "1", "vision", "--text", "Our vision"]);
    let file = partner.path("gavle.convene-plan");
    partner.ok(&["plan", "send", "1", "--out", file.to_str().unwrap()]);
    let out = c.ok(&["--lang", "de", "plan", "receive", file.to_str().unwrap()]);
    assert!(out.contains("zusammengeführt, aber beide Seiten haben Vision and objectives geändert: Nichts"), "{out}");
    let history = c.ok(&["--lang", "fr", "plan", "revisions", "1"]);
    assert!(history.contains("Fusionné"), "{history}");
    assert!(history.contains("1 version fusionnée depuis la copie de Lead expert ; 1 conflit à régler"), "{history}");
    assert!(history.contains("Modification de « Vision and objectives »"), "{history}");
    let english = c.ok(&["plan", "revisions", "1"]);
    assert!(english.contains("Merged 1 revision from Lead expert's copy; 1 conflict to settle"), "{english}");
}

#[test]
fn foreign_or_damaged_files_are_refused_and_change_nothing() {
    let c = techtown();
    let before = c.snapshot();
    let refuse = |content: &str, expect: &str| {
        let file = c.path("bad.convene-plan");
        std::fs::write(&file, content).unwrap();
        let err = c.fails(&["plan", "receive", file.to_str().unwrap()], 1);
        assert!(err.contains(expect), "expected \"{expect}\" in: {err}");
    };
    refuse("PK\u{3}\u{4} a Word file", "not valid JSON");
    refuse(r#"{"format":"convene","schema_version":1}"#, "whole-database export");
    refuse(r#"{"format":"convene-plan","version":7}"#, "newer version of Convene");
    let missing = c.path("missing.convene-plan");
    let err = c.fails(&["plan", "receive", missing.to_str().unwrap()], 1);
    assert!(err.contains("cannot read"), "{err}");
    assert_eq!(c.snapshot(), before);

    // A plan of a network this database does not have.
    let elsewhere = Convene::new();
    let file = c.path("plan.convene-plan");
    c.ok(&["plan", "send", "1", "--out", file.to_str().unwrap()]);
    let err = elsewhere.fails(&["plan", "receive", file.to_str().unwrap()], 1);
    assert!(err.contains("network TechTown, which is not in this database; import that network first"), "{err}");
    let out = elsewhere.run(&["plans", "techtown"]);
    assert!(!out.status.success(), "{}", text(&out.stdout));
}

#[test]
fn custom_sections_indicators_and_risks_from_the_command_line() {
    let c = techtown();
    let out = c.ok(&["plan", "section", "add", "1", "--title", "Digital skills", "--after", "vision"]);
    assert!(out.starts_with("added section digital-skills: revision 2"), "{out}");
    c.ok(&["plan", "section", "set", "1", "digital-skills", "--text", "Coding in every library."]);
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["sections"][2]["key"], "digital-skills");
    assert_eq!(doc["sections"][2]["custom"], true);
    let err = c.fails(&["plan", "section", "remove", "1", "funding"], 2);
    assert!(err.contains("cannot be removed"), "{err}");
    c.ok(&["plan", "section", "remove", "1", "digital-skills"]);
    assert_eq!(c.json(&["plan", "show", "1"])["sections"].as_array().unwrap().len(), 9);

    c.ok(&[
        "plan",
        "indicator",
        "add",
        "1",
        "--name",
        "Young people trained",
        "--type",
        "output",
        "--unit",
        "people",
        "--baseline",
        "0",
        "--target",
        "500",
        "--by",
        "2028-12",
    ]);
    let err = c.fails(&["plan", "indicator", "add", "1", "--name", "X", "--type", "impact"], 2);
    assert!(err.contains("output, result"), "{err}");
    c.ok(&[
        "plan",
        "risk",
        "add",
        "1",
        "--description",
        "Broadband late",
        "--likelihood",
        "3",
        "--impact",
        "4",
        "--owner",
        "IT",
    ]);
    let err = c.fails(&["plan", "risk", "add", "1", "--description", "X", "--likelihood", "9", "--impact", "1"], 2);
    assert!(err.contains("--likelihood") && err.contains("between 1 and 5"), "{err}");
    let doc = c.json(&["plan", "show", "1"]);
    assert_eq!(doc["indicators"][0]["target_date"], "2028-12");
    assert_eq!(doc["risks"][0]["impact"], 4);
    let shown = c.ok(&["plan", "show", "1"]);
    assert!(shown.contains("## Monitoring and indicators") && shown.contains("Young people trained"), "{shown}");
    assert!(shown.contains("## Risks") && shown.contains("Broadband late"), "{shown}");
}
