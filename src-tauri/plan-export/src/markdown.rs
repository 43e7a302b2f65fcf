//! The plan as one Markdown file (CommonMark with GFM tables).
//!
//! Layout: `# Title`, the title page's facts as a list, then `## Section` per chapter
//! with the section's own Markdown, `###` captions and GFM tables.
//!
//! Invariants:
//! - Plain fields (titles, table cells, facts) are escaped, so a `|`, `*` or `<` typed in
//!   an action title is shown as typed and cannot break a table or start formatting; a
//!   line break inside a cell becomes `; `.
//! - Section text is kept as its author wrote it, except where keeping it would change
//!   the document's outline or carry active content into a viewer: its headings move two
//!   levels down (a section's `# Heading` becomes `###`, below the section's `##`), raw
//!   HTML is escaped so that it reads as text, a link to anything but a web or mail
//!   address keeps only its text, and an image becomes its description in italics (no
//!   remote content). pulldown-cmark finds those places; the rest of the source is copied
//!   byte for byte.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::markdown_blocks::options;
use crate::report::{Align, Part, Report, Table};
use crate::sanitize::is_safe_link;

/// Heading levels a section's own headings move down by (`#` document, `##` section).
const SECTION_HEADING_OFFSET: usize = 2;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(&report.title)));
    if !report.kind.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(&report.kind)));
    }
    for fact in &report.facts {
        out.push_str(&format!("- **{}:** {}\n", escape(&fact.label), escape(&fact.value)));
    }
    if !report.facts.is_empty() {
        out.push('\n');
    }
    for chapter in &report.chapters {
        out.push_str(&format!("## {}\n\n", escape(&chapter.heading)));
        for part in &chapter.parts {
            match part {
                Part::Markdown(text) => {
                    let text = section_markdown(text);
                    let text = text.trim();
                    if !text.is_empty() {
                        out.push_str(text);
                        out.push_str("\n\n");
                    }
                }
                Part::Subheading(text) => out.push_str(&format!("### {}\n\n", escape(text))),
                Part::Table(table) => {
                    out.push_str(&gfm_table(table));
                    out.push('\n');
                }
                Part::Note(text) => out.push_str(&format!("*{}*\n\n", escape(text))),
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// Escapes Markdown's punctuation in plain text, so that it reads as typed: emphasis,
/// code, link and HTML characters and `|` everywhere, `#` at the start, `!` before `[`,
/// and `&` where it would start an entity.
pub fn escape(text: &str) -> String {
    escape_from(text, true)
}

/// [`escape`] for text that does not start a line (a table cell), where `#` is plain.
fn escape_from(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let escaped = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            '#' => i == 0 && line_start,
            '!' => chars.get(i + 1) == Some(&'['),
            '&' => starts_entity(&chars[i + 1..]),
            _ => false,
        };
        match c {
            '\r' => {}
            '\n' => out.push(' '),
            _ => {
                if escaped {
                    out.push('\\');
                }
                out.push(c);
            }
        }
    }
    out
}

/// Whether the text after a `&` reads as an entity (`amp;`, `#106;`, `#x6A;`).
fn starts_entity(rest: &[char]) -> bool {
    let name: Vec<char> =
        rest.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '#').take(33).copied().collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

/// A table cell: escaped, lines joined with `; `, never empty (an empty cell is fine in
/// GFM, but a space keeps the source readable).
fn cell(text: &str) -> String {
    let joined = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ");
    escape_from(&joined, false)
}

fn gfm_table(table: &Table) -> String {
    let mut out = String::new();
    let header: Vec<String> = table.columns.iter().map(|c| cell(&c.header)).collect();
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    let rule: Vec<&str> = table
        .columns
        .iter()
        .map(|c| match c.align {
            Align::Left => "---",
            Align::Right => "---:",
        })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in &table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|text| {
                let text = cell(text);
                if row.total && !text.is_empty() {
                    format!("**{text}**")
                } else {
                    text
                }
            })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// The section's Markdown with the edits described in the module documentation.
pub fn section_markdown(source: &str) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut events = Parser::new_ext(source, options()).into_offset_iter().peekable();
    let mut covered_until = 0usize;
    while let Some((event, range)) = events.next() {
        if range.start < covered_until {
            continue;
        }
        let replacement = match &event {
            Event::Start(Tag::Heading { level, .. }) => {
                let inner = inner_range(&mut events, range.end);
                let level = (*level as usize + SECTION_HEADING_OFFSET).min(6);
                let text = inner.map(|r| section_markdown(&source[r])).unwrap_or_default();
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                let mut line = "#".repeat(level);
                if !text.is_empty() {
                    line.push(' ');
                    line.push_str(&text);
                }
                if source[range.clone()].ends_with('\n') {
                    line.push('\n');
                }
                Some(line)
            }
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) | Event::Html(_) => {
                Some(source[range.clone()].replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"))
            }
            Event::Start(Tag::Link { dest_url, .. }) if !is_safe_link(dest_url) => {
                let text = plain_text(&mut events, range.end);
                Some(escape(&text))
            }
            Event::Start(Tag::Image { .. }) => {
                let text = plain_text(&mut events, range.end);
                Some(if text.trim().is_empty() { String::new() } else { format!("*{}*", escape(text.trim())) })
            }
            _ => None,
        };
        if let Some(text) = replacement {
            covered_until = range.end;
            edits.push((range, text));
        }
    }
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for (range, text) in edits {
        out.push_str(&source[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&source[at..]);
    out
}

/// The source range spanned by the events inside a container that ends at `end`.
fn inner_range<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>, end: usize) -> Option<Range<usize>> {
    let mut inner: Option<Range<usize>> = None;
    let mut depth = 0usize;
    for (event, range) in events.by_ref() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(TagEnd::Heading(_)) if depth == 0 => break,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if range.end <= end {
            inner = Some(match inner {
                Some(r) => r.start.min(range.start)..r.end.max(range.end),
                None => range,
            });
        }
    }
    inner
}

/// The text of the events inside a link or image, until its end.
fn plain_text<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>, _end: usize) -> String {
    let mut text = String::new();
    let mut depth = 0usize;
    for (event, _) in events.by_ref() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) if depth == 0 => break,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_headings_move_below_the_section_heading() {
        assert_eq!(section_markdown("# Goals\n\nText."), "### Goals\n\nText.");
        assert_eq!(section_markdown("Goals\n=====\n\nText."), "### Goals\n\nText.");
        assert_eq!(section_markdown("#### Deep *one*\n"), "###### Deep *one*\n");
        assert_eq!(section_markdown("##### Deeper ###\n"), "###### Deeper\n");
    }

    #[test]
    fn ordinary_markdown_is_copied_unchanged() {
        let text = "Some **bold** and *italic* text with [a link](https://urbact.eu).\n\n- one\n- two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        assert_eq!(section_markdown(text), text);
    }

    #[test]
    fn raw_html_is_escaped_to_text() {
        assert_eq!(
            section_markdown("Hi <script>alert(1)</script> there"),
            "Hi &lt;script&gt;alert(1)&lt;/script&gt; there"
        );
        assert_eq!(
            section_markdown("<div onclick=\"x()\">\nBlock\n</div>\n"),
            "&lt;div onclick=\"x()\"&gt;\nBlock\n&lt;/div&gt;\n"
        );
    }

    #[test]
    fn unsafe_links_keep_only_their_text_and_images_their_description() {
        assert_eq!(section_markdown("Click [here](javascript:alert(1)) now"), "Click here now");
        assert_eq!(section_markdown("See ![the map](https://tracker.example/p.png)."), "See *the map*.");
        assert_eq!(section_markdown("[ok](https://urbact.eu)"), "[ok](https://urbact.eu)");
    }

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(escape("Cost | *all* <b>"), "Cost \\| \\*all\\* \\<b\\>");
        assert_eq!(escape("Line one\nline two"), "Line one line two");
        assert_eq!(escape("# 1 R&D! #2"), "\\# 1 R&D! #2");
        assert_eq!(escape("&amp; &#106; ![x]"), "\\&amp; \\&#106; \\!\\[x\\]");
    }

    #[test]
    fn table_cells_cannot_break_the_table() {
        let table = Table {
            columns: vec![crate::report::Column::left("Title"), crate::report::Column::right("Cost")],
            rows: vec![
                crate::report::Row::new(vec!["A | B\nsecond line".into(), "€1.00".into()]),
                crate::report::Row::total(vec!["Total".into(), "€1.00".into()]),
            ],
        };
        assert_eq!(
            gfm_table(&table),
            "| Title | Cost |\n| --- | ---: |\n| A \\| B; second line | €1.00 |\n| **Total** | **€1.00** |\n"
        );
    }
}
