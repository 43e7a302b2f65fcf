//! `convene plan export PLAN --format FORMAT --out FILE` as a coordinator runs it before a
//! council meeting: every format written whole, the format taken from the file's
//! extension when not given, clear refusals, and the database left as it was.

mod common;

use common::{text, Convene};

/// TechTown with Gävle's plan (id 1): a section and two costed actions.
fn techtown() -> Convene {
    let c = Convene::new();
    c.ok(&["network", "add", "--name", "TechTown", "--kind", "action-planning"]);
    c.ok(&["partner", "add", "techtown", "--name", "Gävle", "--country", "SE"]);
    c.ok(&["plan", "create", "techtown", "--partner", "gavle", "--title", "Digital jobs in Gävle"]);
    c.ok(&[
        "plan",
        "section",
        "set",
        "1",
        "vision",
        "--text",
        "Young people **stay** in Gävle.\n\n<script>alert(1)</script>",
    ]);
    c.ok(&[
        "plan",
        "action",
        "add",
        "1",
        "--title",
        "Coding school",
        "--cost",
        "12500",
        "--funding",
        "erdf=7500",
        "--funding",
        "city=5000",
    ]);
    c.ok(&["plan", "action", "add", "1", "--title", "Makerspace", "--cost", "3000.5"]);
    c
}

#[test]
fn every_format_is_written_to_the_file_named() {
    let c = techtown();
    for (format, start) in [
        ("docx", &b"PK"[..]),
        ("pdf", &b"%PDF-"[..]),
        ("md", &b"# Digital jobs"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
    ] {
        let out = c.path(&format!("plan-{format}.out"));
        let said = c.ok(&["plan", "export", "techtown/gavle", "--format", format, "--out", out.to_str().unwrap()]);
        assert!(said.starts_with("\"Digital jobs in Gävle\" written to "), "{said}");
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.starts_with(start), "{format}: {:?}", &bytes[..16.min(bytes.len())]);
    }
    let md = std::fs::read_to_string(c.path("plan-md.out")).unwrap();
    assert!(md.contains("| A1 | Coding school |"), "{md}");
    assert!(md.contains("€15,500.50"), "total cost: {md}");
    let html = std::fs::read_to_string(c.path("plan-html.out")).unwrap();
    assert!(html.contains("<strong>stay</strong>") && !html.contains("<script"), "{html}");
}

#[test]
fn the_format_comes_from_the_extension_and_json_says_what_was_written() {
    let c = techtown();
    let out = c.path("Gävle plan.PDF");
    let report = c.json(&["plan", "export", "1", "--out", out.to_str().unwrap()]);
    assert_eq!(report["format"], "pdf");
    assert_eq!(report["plan_id"], 1);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(report["bytes"], bytes.len());
    assert!(bytes.starts_with(b"%PDF-"));
    let leftovers: Vec<String> = std::fs::read_dir(c.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("convene-export"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn wrong_formats_plans_and_places_are_refused_and_nothing_changes() {
    let c = techtown();
    let before = c.snapshot();
    let out = c.path("plan.odt");
    let err = c.fails(&["plan", "export", "1", "--format", "odt", "--out", out.to_str().unwrap()], 2);
    assert!(err.contains("\"odt\" is not an export format; use docx, pdf, md or html"), "{err}");
    let err = c.fails(&["plan", "export", "1", "--out", out.to_str().unwrap()], 2);
    assert!(err.contains("add --format docx, pdf, md or html"), "{err}");
    let err = c.fails(&["plan", "export", "techtown/oulu", "--format", "md", "--out", out.to_str().unwrap()], 1);
    assert!(err.contains("no plan of a partner called \"oulu\""), "{err}");
    let missing = c.path("no-such-folder/plan.md");
    let err = c.fails(&["plan", "export", "1", "--out", missing.to_str().unwrap()], 1);
    assert!(err.contains("cannot write") && err.contains("no-such-folder"), "{err}");
    assert!(!out.exists());
    assert_eq!(c.snapshot(), before, "exporting changed the database");
}

#[test]
fn an_existing_file_is_replaced_whole() {
    let c = techtown();
    let out = c.path("plan.md");
    std::fs::write(&out, "x".repeat(100_000)).unwrap();
    c.ok(&["plan", "export", "1", "--out", out.to_str().unwrap()]);
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.starts_with("# Digital jobs in Gävle\n") && !md.contains("xxx"), "{}", text(&md.as_bytes()[..100]));
}
