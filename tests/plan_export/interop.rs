//! The plan's Word and PDF files read by programs Convene did not write: python-docx
//! (PyPI) must find the section headings as Word headings and the action table with its
//! titles and costs; pdftotext (poppler-utils) must find the same headings, the section
//! text with its diacritics, Greek and Cyrillic, the action titles and the amounts.
//!
//! Run by scripts/test-interop.sh, which installs both readers and sets
//! CONVENE_INTEROP_PYTHON. Set CONVENE_KEEP_EXPORTS=DIR to keep the files for a look.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use convene_plan_export::{export_plan, ExportFormat};
use serde_json::Value;

fn interop_python() -> String {
    std::env::var("CONVENE_INTEROP_PYTHON").unwrap_or_else(|_| {
        panic!("CONVENE_INTEROP_PYTHON is not set: run scripts/test-interop.sh (it installs python-docx and sets it)")
    })
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn write_export(dir: &Path, format: ExportFormat) -> PathBuf {
    let bytes = export_plan(&sample_document(), format).unwrap();
    let path = dir.join(format!("plan.{}", format.extension()));
    std::fs::write(&path, bytes).unwrap();
    if let Ok(keep) = std::env::var("CONVENE_KEEP_EXPORTS") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(path.file_name().unwrap())).unwrap();
    }
    path
}

/// Runs `program args`, failing the test with its stderr when it fails.
fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {program} ({e}): run scripts/test-interop.sh, which installs the interop readers")
    });
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The text of a table cell in `pdftotext -layout` output that starts with `start`: the
/// cell's first line, then the lines below it that begin in the same column, until the
/// blank line that ends the row. Returns the cell's text (lines joined by spaces) and the
/// row's lines, for every place such a cell starts.
fn layout_cells(layout: &str, start: &str) -> Vec<(String, String)> {
    let lines: Vec<Vec<char>> = layout.lines().map(|l| l.chars().collect()).collect();
    let chunk = |line: &[char], at: usize| -> String {
        let mut text = String::new();
        let mut spaces = 0;
        for &c in line.iter().skip(at) {
            if c == ' ' {
                spaces += 1;
                if spaces == 2 {
                    break;
                }
            } else {
                if spaces == 1 {
                    text.push(' ');
                }
                spaces = 0;
                text.push(c);
            }
        }
        text
    };
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text: String = line.iter().collect();
        let mut from = 0;
        while let Some(byte) = text[from..].find(start) {
            let column = text[..from + byte].chars().count();
            from += byte + start.len();
            if column > 0 && line[column - 1] != ' ' {
                continue;
            }
            let mut cell = chunk(line, column);
            let mut row = vec![text.clone()];
            for next in &lines[i + 1..] {
                if next.iter().all(|c| c.is_whitespace()) {
                    break;
                }
                row.push(next.iter().collect());
                if next.get(column).is_some_and(|c| *c != ' ') && (column == 0 || next[column - 1] == ' ') {
                    cell.push(' ');
                    cell.push_str(&chunk(next, column));
                }
            }
            found.push((cell, row.join("\n")));
        }
    }
    found
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn python_docx_finds_the_headings_and_the_action_table() {
    let python = interop_python();
    let dir = tempfile::tempdir().unwrap();
    let docx = write_export(dir.path(), ExportFormat::Docx);
    let script = repo_root().join("tests/interop/plan/read_docx.py");
    let json: Value = serde_json::from_str(&run(&python, &[script.to_str().unwrap(), docx.to_str().unwrap()]))
        .expect("JSON from read_docx.py");

    let paragraphs = json["paragraphs"].as_array().unwrap();
    let styled = |text: &str| -> Option<String> {
        paragraphs.iter().find(|p| p["text"] == text).map(|p| p["style"].as_str().unwrap().to_string())
    };
    assert_eq!(styled(PLAN_TITLE).as_deref(), Some("Title"), "the title page's title");
    for title in section_titles(&sample_document()) {
        let style = styled(&title).unwrap_or_else(|| panic!("no paragraph \"{title}\" in {paragraphs:?}"));
        assert_eq!(style, "Heading 1", "section {title}");
    }
    assert_eq!(styled("Baseline").as_deref(), Some("Heading 3"), "a section's ## is a Heading 3 under its Heading 1");
    assert_eq!(styled(CONTEXT_TEXT).as_deref(), Some("Normal"), "an unstyled paragraph is Normal, the default style");
    let body: String = paragraphs.iter().map(|p| p["text"].as_str().unwrap()).collect::<Vec<_>>().join("\n");
    assert!(!body.contains("alert("), "script text from the hostile section reached the document");
    assert!(body.contains("Click me"));

    let tables = json["tables"].as_array().unwrap();
    let actions = tables
        .iter()
        .find(|t| t[0].as_array().unwrap().iter().any(|c| c == "Action"))
        .unwrap_or_else(|| panic!("no table with an Action column in {tables:?}"));
    let header: Vec<&str> = actions[0].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(header, ["#", "Action", "Objective", "Lead and partners", "Period", "Cost", "Funding", "Status"]);
    let rows: Vec<Vec<&str>> = actions.as_array().unwrap()[1..]
        .iter()
        .map(|r| r.as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect())
        .collect();
    for (i, (title, cost)) in ACTIONS.iter().enumerate() {
        assert_eq!(rows[i][0], format!("A{}", i + 1));
        assert_eq!(rows[i][1], *title);
        assert_eq!(rows[i][5], *cost);
    }
    assert_eq!(rows[0][6], "ERDF: €7,500.00\nCity budget: €5,000.00", "one paragraph per funding line");
    assert_eq!(rows[3][1], "Total");
    assert_eq!(rows[3][5], TOTAL_COST);

    let budget = tables
        .iter()
        .find(|t| t.as_array().unwrap().iter().any(|r| r[0] == "Funding gap"))
        .expect("the budget summary table");
    let gap = budget.as_array().unwrap().iter().find(|r| r[0] == "Funding gap").unwrap();
    assert_eq!(gap[1], FUNDING_GAP);
    assert!(tables.iter().any(|t| t[0][1] == "Risk"), "the risk table");
    assert!(tables.iter().any(|t| t[0][1] == "Indicator"), "the indicator table");

    let footers = json["footers"].as_array().unwrap();
    assert!(footers.iter().any(|f| f.as_str().unwrap().contains("Page")), "page numbers in the footer: {footers:?}");
}

#[test]
fn pdftotext_finds_the_same_text_in_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write_export(dir.path(), ExportFormat::Pdf);
    let layout = run("pdftotext", &["-layout", "-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    let text = squeeze(&layout);

    assert!(text.contains(PLAN_TITLE), "{layout}");
    assert!(text.contains("INTEGRATED ACTION PLAN"));
    assert!(text.contains("City Kežmarok, Slovakia"), "title page facts: {layout}");
    assert!(text.contains("Adopted 14 February 2027"), "{layout}");
    for title in section_titles(&sample_document()) {
        assert!(layout.lines().any(|l| l.trim() == title), "heading {title} on a line of its own:\n{layout}");
    }
    assert!(text.contains(CONTEXT_TEXT), "section text with diacritics:\n{layout}");
    assert!(text.contains(GREEK_CYRILLIC), "Greek and Cyrillic:\n{layout}");
    assert!(text.contains("Heat islands cover 18 % of the old town."));
    assert!(!text.contains("alert("), "script text from the hostile section reached the PDF");

    for (title, cost) in ACTIONS {
        let first_word = title.split(' ').next().unwrap();
        let cells = layout_cells(&layout, first_word);
        let (_, row) = cells.iter().find(|(cell, _)| cell == title).unwrap_or_else(|| {
            panic!("no table cell reads \"{title}\" (cells starting with {first_word}: {cells:?}):\n{layout}")
        });
        assert!(squeeze(row).contains(cost), "{title} and {cost} in the same row:\n{row}");
    }
    for figure in [TOTAL_COST, SECURED, FUNDING_GAP, "€7,500.00", "€20,000.00"] {
        assert!(text.contains(figure), "{figure} missing:\n{layout}");
    }
    assert!(layout.lines().any(|l| l.contains("Funding gap") && l.contains(FUNDING_GAP)), "{layout}");
    for cell in [
        "ERDF co-financing arrives late",
        "Bridge loan from the city budget",
        "Shaded street length",
        "Municipal GIS survey",
    ] {
        let first_word = cell.split(' ').next().unwrap();
        assert!(
            layout_cells(&layout, first_word).iter().any(|(c, _)| c == cell),
            "no cell reads \"{cell}\":\n{layout}"
        );
    }

    let pages = layout.matches('\u{c}').count();
    assert!(pages >= 2, "{pages} pages");
    assert!(text.contains(&format!("Page 2 of {pages}")), "numbered pages:\n{layout}");
}
