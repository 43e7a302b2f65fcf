//! Exports of a plan built through the core API: what a council member finds in the
//! Markdown and HTML files, that no script or `javascript:` link survives from section
//! text, that every format carries the same figures, and that an export depends only on the revision.

mod common;

use common::*;
use convene_core::plan::load_plan_document;
use convene_plan_export::{export_plan, markdown_to_safe_html, ExportFormat, Report};

fn text(format: ExportFormat) -> String {
    String::from_utf8(export_plan(&sample_document(), format).unwrap()).unwrap()
}

/// The tags of an HTML text (the text between them is escaped and cannot run).
fn tags(html: &str) -> Vec<String> {
    html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase()).collect()
}

fn assert_no_active_content(html: &str) {
    for tag in tags(html) {
        let name = tag.trim_start_matches('/').split([' ', '\n', '/']).next().unwrap_or("").to_string();
        assert!(
            !["script", "img", "svg", "iframe", "object", "embed", "link"].contains(&name.as_str()),
            "<{tag}> in the HTML"
        );
        assert!(!tag.contains("javascript:"), "javascript: link in <{tag}>");
        assert!(!tag.contains("data:"), "data: URL in <{tag}>");
        assert!(!tag.contains("src="), "something is loaded by <{tag}>");
        assert!(!tag.split_whitespace().skip(1).any(|a| a.starts_with("on")), "event handler in <{tag}>");
    }
    assert!(!html.contains("alert("), "script text survived");
}

#[test]
fn markdown_export_has_the_title_page_every_section_and_gfm_tables() {
    let doc = sample_document();
    let md = String::from_utf8(export_plan(&doc, ExportFormat::Markdown).unwrap()).unwrap();
    assert!(md.starts_with(&format!("# {PLAN_TITLE}\n")), "{md}");
    for fact in [
        "- **City:** Kežmarok, Slovakia",
        &format!("- **Network:** {NETWORK_NAME}"),
        "- **Status:** Adopted",
        "- **Adopted:** 14 February 2027",
    ] {
        assert!(md.contains(fact), "{fact} missing from\n{md}");
    }
    for title in section_titles(&doc) {
        assert!(md.contains(&format!("\n## {title}\n")), "section {title} missing from\n{md}");
    }
    assert!(md.contains(CONTEXT_TEXT), "{md}");
    assert!(md.contains("\n#### Baseline\n"), "a section's ## moves two levels down, below the section heading:\n{md}");
    assert!(md.contains("| # | Action | Objective | Lead and partners | Period | Cost | Funding | Status |"), "{md}");
    assert!(md.contains("| --- | --- | --- | --- | --- | ---: | --- | --- |"), "{md}");
    for (title, cost) in ACTIONS {
        let row = md.lines().find(|l| l.contains(title)).unwrap_or_else(|| panic!("{title} not in a row:\n{md}"));
        assert!(row.starts_with("| A") && row.contains(&format!("| {cost} |")), "{row}");
    }
    assert!(md.contains("| ERDF: €7,500.00; City budget: €5,000.00 |"), "funding lines of a cell joined: {md}");
    assert!(
        md.contains(&format!("| **Total** | **{TOTAL_COST}** |")) || md.contains(&format!("**{TOTAL_COST}**")),
        "{md}"
    );
    assert!(md.contains(&format!("| **Funding gap** | **{FUNDING_GAP}** |")), "{md}");
}

#[test]
fn markdown_export_neutralises_hostile_section_text() {
    let md = text(ExportFormat::Markdown);
    assert!(!md.contains("<script"), "raw HTML is escaped:\n{md}");
    assert!(md.contains("&lt;script&gt;"), "{md}");
    assert!(!md.contains("javascript:alert('link')"), "unsafe link kept its address:\n{md}");
    assert!(md.contains("Click me"), "{md}");
    assert!(!md.contains("](https://tracker.example"), "image kept:\n{md}");
    assert!(md.contains("*tracking pixel*"), "{md}");
}

#[test]
fn html_export_is_standalone_and_sanitized() {
    let doc = sample_document();
    let html = String::from_utf8(export_plan(&doc, ExportFormat::Html).unwrap()).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains(&format!("<h1>{PLAN_TITLE}</h1>")), "{html}");
    for title in section_titles(&doc) {
        let escaped = title.replace('&', "&amp;");
        assert!(html.contains(&format!("<h2>{escaped}</h2>")), "section {title} missing");
    }
    assert!(html.contains(CONTEXT_TEXT) && html.contains(GREEK_CYRILLIC));
    assert!(html.contains("<h4>Baseline</h4>"), "a section's ## moves two levels down");
    assert!(html.contains("<strong>18 %</strong>"));
    assert_no_active_content(&html);
    assert!(html.contains("Click me"), "the link's text stays");
    assert!(html.contains(">this</a>") || html.contains("this"), "{html}");
    for (title, cost) in ACTIONS {
        assert!(html.contains(&format!("<td>{title}</td>")), "{title}");
        assert!(html.contains(cost), "{cost}");
    }
    assert!(
        html.contains(&format!("<tr class=\"total\"><td>Funding gap</td><td class=\"num\">{FUNDING_GAP}</td></tr>")),
        "{html}"
    );
}

#[test]
fn every_format_carries_the_same_figures() {
    let doc = sample_document();
    let md = String::from_utf8(export_plan(&doc, ExportFormat::Markdown).unwrap()).unwrap();
    let html = String::from_utf8(export_plan(&doc, ExportFormat::Html).unwrap()).unwrap();
    for figure in [TOTAL_COST, SECURED, FUNDING_GAP, "€7,500.00", "€20,000.00", "€3,000.50"] {
        assert!(md.contains(figure), "{figure} missing from the Markdown");
        assert!(html.contains(figure), "{figure} missing from the HTML");
    }
    let docx = export_plan(&doc, ExportFormat::Docx).unwrap();
    assert!(docx.starts_with(b"PK"), "a .docx is a zip package");
    let pdf = export_plan(&doc, ExportFormat::Pdf).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
}

/// The same revision exported again, later, gives the same bytes in every format (no
/// export time or random id inside), so a file sent twice is recognisably the same file.
#[test]
fn exporting_the_same_revision_twice_gives_the_same_file() {
    let (db, id) = sample_plan();
    let export_all = || -> Vec<Vec<u8>> {
        let doc = load_plan_document(&db, id).unwrap();
        ExportFormat::ALL.iter().map(|f| export_plan(&doc, *f).unwrap()).collect()
    };
    let first = export_all();
    // Past a second boundary, so a time written into a file would show.
    std::thread::sleep(std::time::Duration::from_millis(1_100));
    let again = export_all();
    for (i, format) in ExportFormat::ALL.iter().enumerate() {
        assert!(first[i] == again[i], "{format:?}: two exports of the same revision differ");
    }
}

#[test]
fn the_report_follows_the_plan_order_and_places_the_tables() {
    let doc = sample_document();
    let report = Report::from_plan(&doc);
    let headings: Vec<&str> = report.chapters.iter().map(|c| c.heading.as_str()).collect();
    assert_eq!(headings, section_titles(&doc).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(report.title, PLAN_TITLE);
    let facts: Vec<(&str, &str)> = report.facts.iter().map(|f| (f.label.as_str(), f.value.as_str())).collect();
    assert_eq!(
        facts[..4],
        [
            ("City", "Kežmarok, Slovakia"),
            ("Network", NETWORK_NAME),
            ("Status", "Adopted"),
            ("Adopted", "14 February 2027")
        ]
    );
    assert!(facts[4].0 == "Revision" && facts[4].1.starts_with(&doc.revision.number.to_string()), "{facts:?}");
    let md = text(ExportFormat::Markdown);
    let section = |title: &str| {
        let start = md.find(&format!("\n## {title}\n")).unwrap();
        let rest = &md[start + 1..];
        let end = rest[3..].find("\n## ").map(|e| e + 3).unwrap_or(rest.len());
        rest[..end].to_string()
    };
    assert!(section("Actions").contains("| Green roofs on schools |"));
    assert!(section("Risks").contains("ERDF co-financing arrives late | 3/5 | 4/5 | 12 |"), "{}", section("Risks"));
    assert!(section("Monitoring and indicators")
        .contains("| I1 | Shaded street length | Result | km | 1.2 | 6 | Jun 2030 | Municipal GIS survey |"));
    assert!(section("Funding").contains("### Funding by source"));
    assert!(section("Implementation: timeline and resources").contains("| 2027 | 2 |"));
    assert!(section("Local group involvement").contains("*This section has not been written yet.*"));
}

#[test]
fn the_ui_preview_sanitizes_hostile_markdown() {
    let html = markdown_to_safe_html(HOSTILE_MARKDOWN);
    assert_no_active_content(&html);
    assert!(html.contains("Our actions, in short."));
    let safe = markdown_to_safe_html("[URBACT](https://urbact.eu)");
    assert!(safe.contains("href=\"https://urbact.eu\"") && safe.contains("rel=\"noopener noreferrer\""), "{safe}");
}

#[test]
fn unknown_formats_are_refused_with_the_list_of_formats() {
    let err = "rtf".parse::<ExportFormat>().unwrap_err();
    assert_eq!(err.to_string(), "format: \"rtf\" is not an export format; use docx, pdf, md or html");
}

#[test]
fn a_plan_without_partner_or_content_still_exports_in_every_format() {
    use convene_core::network::{create_network, NetworkInput, NetworkKind};
    use convene_core::plan::{create_plan, ActionPlanInput, PlanStatus};
    let mut db = convene_core::Db::open_in_memory().unwrap();
    let network = create_network(
        &mut db,
        NetworkInput {
            name: "Empty Network".into(),
            slug: String::new(),
            kind: NetworkKind::Transfer,
            tagline: String::new(),
            description: String::new(),
            programme: String::new(),
            start_date: None,
            end_date: None,
            phases: vec![],
            contact_email: String::new(),
            website: String::new(),
            lead_partner_id: None,
        },
    )
    .unwrap();
    let plan = create_plan(
        &mut db,
        network.id,
        ActionPlanInput {
            partner_id: None,
            title: "Network-wide plan".into(),
            summary: String::new(),
            status: PlanStatus::Draft,
        },
    )
    .unwrap();
    let doc = load_plan_document(&db, plan.id).unwrap();
    for format in ExportFormat::ALL {
        assert!(!export_plan(&doc, format).unwrap().is_empty(), "{format}");
    }
    let report = Report::from_plan(&doc);
    assert_eq!(report.facts[0].label, "Network", "no city line without a partner");
    assert_eq!(report.running_title, "Network-wide plan · Empty Network");
    let md = String::from_utf8(export_plan(&doc, ExportFormat::Markdown).unwrap()).unwrap();
    assert!(md.contains("*No actions recorded yet.*"), "{md}");
    assert!(md.contains("*No budget yet: the action table is empty.*"), "{md}");
    assert!(md.contains("*No risks recorded yet.*") && md.contains("*No indicators recorded yet.*"), "{md}");
    assert_eq!(
        md.matches("*This section has not been written yet.*").count(),
        5,
        "context, vision, approach, implementation (no dated action), local group:\n{md}"
    );
}
