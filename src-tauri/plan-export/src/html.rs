//! The plan as one standalone HTML page, to open in any browser or attach to an e-mail.
//!
//! One file: the CSS is embedded, nothing is fetched (no font, image, script or style
//! sheet from elsewhere), and a Content-Security-Policy forbids scripts and remote loads
//! even if something slipped through. Plain fields are HTML-escaped; section text is
//! Markdown rendered through [`crate::sanitize`] with its headings moved below the
//! section's `<h2>`. A plan of three sections or more opens with a list of contents
//! linking to them. The page prints well too (`@media print`: A4, rows kept whole).

use std::fmt::Write as _;

use crate::report::{Align, Part, Report, Table};
use crate::sanitize::safe_html;

/// Section headings are `<h2>` under the plan's `<h1>`: a section's own `#` becomes `<h3>`.
const SECTION_HEADING_OFFSET: u8 = 2;

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #1d2733; line-height: 1.5; margin: 0; background: #f4f6f8; }
main { max-width: 60rem; margin: 2rem auto; background: #fff; padding: 3rem 3.5rem;
  box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header.title-page { border-bottom: 3px solid #1f4e79; padding-bottom: 1.5rem; margin-bottom: 2rem; }
header .kind { text-transform: uppercase; letter-spacing: .08em; color: #1f4e79; font-size: .85rem; margin: 0; }
h1 { font-size: 2.1rem; margin: .3rem 0 1.2rem; color: #12324f; }
h2 { font-size: 1.45rem; color: #1f4e79; border-bottom: 1px solid #c9d6e3; padding-bottom: .25rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; color: #1f4e79; margin-top: 1.6rem; }
h4, h5, h6 { font-size: 1rem; margin-top: 1.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.5rem; margin: 0; }
dl.facts dt { font-weight: bold; color: #51606f; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.5rem; font-size: .9rem; }
th, td { border: 1px solid #c9d6e3; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #1f4e79; color: #fff; font-weight: bold; }
tbody tr:nth-child(even) td { background: #f3f6fa; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #e4ecf4; border-top: 2px solid #1f4e79; }
p.note { font-style: italic; color: #51606f; }
blockquote { border-left: 3px solid #c9d6e3; margin-left: 0; padding-left: 1rem; color: #3b4a59; }
pre, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
pre { background: #f3f6fa; padding: .75rem; overflow-x: auto; }
nav.contents ol { padding-left: 1.5rem; }
nav.contents a { color: #1f4e79; text-decoration: none; }
nav.contents a:hover { text-decoration: underline; }
footer { margin-top: 3rem; font-size: .8rem; color: #6b7886; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { background: #fff; }
  main { box-shadow: none; margin: 0; padding: 0; max-width: none; }
  header.title-page { page-break-after: always; border: none; padding-top: 30%; }
  h2 { page-break-after: avoid; }
  nav.contents { page-break-after: always; }
  tr { page-break-inside: avoid; }
}
"#;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub fn render(report: &Report) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(out, "<meta name=\"generator\" content=\"Convene\">");
    let _ = writeln!(out, "<title>{}</title>", escape(&report.title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<main>");

    out.push_str("<header class=\"title-page\">\n");
    if !report.kind.is_empty() {
        let _ = writeln!(out, "<p class=\"kind\">{}</p>", escape(&report.kind));
    }
    let _ = writeln!(out, "<h1>{}</h1>", escape(&report.title));
    if !report.facts.is_empty() {
        out.push_str("<dl class=\"facts\">\n");
        for fact in &report.facts {
            let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(&fact.label), escape(&fact.value));
        }
        out.push_str("</dl>\n");
    }
    out.push_str("</header>\n");
    if report.chapters.len() >= 3 {
        out.push_str("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (index, chapter) in report.chapters.iter().enumerate() {
            let _ = writeln!(out, "<li><a href=\"#section-{}\">{}</a></li>", index + 1, escape(&chapter.heading));
        }
        out.push_str("</ol>\n</nav>\n");
    }

    for (index, chapter) in report.chapters.iter().enumerate() {
        let _ = writeln!(out, "<section id=\"section-{}\">", index + 1);
        let _ = writeln!(out, "<h2>{}</h2>", escape(&chapter.heading));
        for part in &chapter.parts {
            match part {
                Part::Markdown(text) => out.push_str(&safe_html(text, SECTION_HEADING_OFFSET)),
                Part::Subheading(text) => {
                    let _ = writeln!(out, "<h3>{}</h3>", escape(text));
                }
                Part::Table(table) => out.push_str(&table_html(table)),
                Part::Note(text) => {
                    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(text));
                }
            }
        }
        out.push_str("</section>\n");
    }
    let _ = writeln!(out, "<footer>{}</footer>", escape(&report.running_title));
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn cell_html(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

fn table_html(table: &Table) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    let class = |align: Align| match align {
        Align::Left => "",
        Align::Right => " class=\"num\"",
    };
    for column in &table.columns {
        let _ = write!(out, "<th scope=\"col\"{}>{}</th>", class(column.align), escape(&column.header));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str(if row.total { "<tr class=\"total\">" } else { "<tr>" });
        for (column, text) in table.columns.iter().zip(&row.cells) {
            let _ = write!(out, "<td{}>{}</td>", class(column.align), cell_html(text));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Chapter, Column, Fact, Row};

    fn report() -> Report {
        Report {
            title: "Plan <Kežmarok> & \"friends\"".into(),
            kind: "Integrated Action Plan".into(),
            facts: vec![Fact { label: "City".into(), value: "Kežmarok".into() }],
            running_title: "Kežmarok".into(),
            saved_at: Some("2027-02-14T09:30:00Z".into()),
            chapters: vec![Chapter {
                heading: "Actions".into(),
                parts: vec![
                    Part::Markdown("# Goal\n\nA <script>alert(1)</script> **plan**.".into()),
                    Part::Table(Table {
                        columns: vec![Column::left("Action"), Column::right("Cost")],
                        rows: vec![
                            Row::new(vec!["Green <roofs>\nphase 1".into(), "€12,500.00".into()]),
                            Row::total(vec!["Total".into(), "€12,500.00".into()]),
                        ],
                    }),
                ],
            }],
        }
    }

    #[test]
    fn plain_fields_are_escaped_and_section_text_sanitized() {
        let html = render(&report());
        assert!(html.contains("<h1>Plan &lt;Kežmarok&gt; &amp; &quot;friends&quot;</h1>"), "{html}");
        assert!(html.contains("<h3>Goal</h3>"), "{html}");
        assert!(html.contains("<strong>plan</strong>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("alert"), "{html}");
        assert!(html.contains("<td>Green &lt;roofs&gt;<br>phase 1</td>"), "{html}");
        assert!(html.contains("<tr class=\"total\"><td>Total</td><td class=\"num\">€12,500.00</td></tr>"), "{html}");
    }

    #[test]
    fn longer_plans_open_with_linked_contents() {
        let mut long = report();
        assert!(!render(&long).contains("<nav"), "one chapter needs no contents");
        for title in ["Risks", "Funding & budget"] {
            long.chapters.push(Chapter { heading: title.into(), parts: vec![] });
        }
        let html = render(&long);
        assert!(html.contains("<li><a href=\"#section-3\">Funding &amp; budget</a></li>"), "{html}");
        assert!(html.contains("<section id=\"section-3\">"), "{html}");
    }

    #[test]
    fn the_page_is_standalone_and_loads_nothing() {
        let html = render(&report());
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<style>"));
        assert!(html.contains("default-src 'none'"));
        for remote in ["<link", "<script", "src=", "@import", "url("] {
            assert!(!html.contains(remote), "{remote} in {html}");
        }
    }
}
