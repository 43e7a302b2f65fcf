//! Section Markdown as simple blocks of styled text, for the formats that are not HTML
//! (Word and PDF).
//!
//! pulldown-cmark's events are walked once into [`Block`]s: paragraphs, headings, list
//! items (with their depth and marker), quotes, code blocks, rules and tables, each made of
//! [`Span`]s that are bold, italic or code. What cannot be printed as such becomes text:
//! an image becomes its description in italics, a link its text followed by its address
//! when that address is a web or mail address (a `javascript:` or other link keeps only
//! its text), and raw HTML is reduced to the text it contains (a `<script>`'s content is
//! dropped). So whatever the author typed, Word and PDF only ever receive plain text.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::report::{Column, Row, Table};
use crate::sanitize::{html_to_text, is_safe_link};

/// Extensions accepted in section text, the same everywhere Markdown is read.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Span {
    /// The text; `\n` is a line break inside the block.
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Span>),
    /// `level` 1 is the biggest heading inside a section (below the section's own heading).
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    ListItem {
        depth: usize,
        marker: String,
        spans: Vec<Span>,
    },
    Quote(Vec<Span>),
    Code(String),
    Rule,
    /// A Markdown table: the header row, then the rows, as plain text cells.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
}

#[derive(Default)]
struct Style {
    bold: usize,
    italic: usize,
}

/// A Markdown table being read: the header, the rows done, the row and cell being read.
#[derive(Default)]
struct TableState {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    cells: Vec<String>,
    cell: String,
}

struct ListState {
    next_number: Option<u64>,
}

/// The blocks of `markdown`, in order.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut style = Style::default();
    let mut lists: Vec<ListState> = Vec::new();
    let mut item_marker: Option<(usize, String)> = None;
    let mut heading: Option<u8> = None;
    let mut quote_depth = 0usize;
    let mut code: Option<String> = None;
    let mut links: Vec<Option<String>> = Vec::new();
    let mut table: Option<TableState> = None;
    let mut html_block: Option<String> = None;
    let mut hidden_inline = 0usize;

    let push_text = |spans: &mut Vec<Span>, style: &Style, text: &str, code: bool| {
        if text.is_empty() {
            return;
        }
        let (bold, italic) = (style.bold > 0, style.italic > 0);
        if let Some(last) = spans.last_mut() {
            if last.bold == bold && last.italic == italic && last.code == code {
                last.text.push_str(text);
                return;
            }
        }
        spans.push(Span { text: text.to_string(), bold, italic, code });
    };

    let flush = |out: &mut Vec<Block>,
                 spans: &mut Vec<Span>,
                 heading: Option<u8>,
                 item_marker: &mut Option<(usize, String)>,
                 quote_depth: usize| {
        trim_spans(spans);
        if spans.is_empty() {
            return;
        }
        let taken = std::mem::take(spans);
        if let Some(level) = heading {
            out.push(Block::Heading { level, spans: taken });
        } else if let Some((depth, marker)) = item_marker.take() {
            out.push(Block::ListItem { depth, marker, spans: taken });
        } else if quote_depth > 0 {
            out.push(Block::Quote(taken));
        } else {
            out.push(Block::Paragraph(taken));
        }
    };

    for event in Parser::new_ext(markdown, options()) {
        if let Some(state) = table.as_mut() {
            match event {
                Event::End(TagEnd::TableCell) => {
                    let text = std::mem::take(&mut state.cell).trim().to_string();
                    state.cells.push(text);
                }
                Event::End(TagEnd::TableHead) => state.header = std::mem::take(&mut state.cells),
                Event::End(TagEnd::TableRow) => {
                    let row = std::mem::take(&mut state.cells);
                    state.rows.push(row);
                }
                Event::End(TagEnd::Table) => {
                    let TableState { header, rows, .. } = table.take().expect("inside a table");
                    out.push(Block::Table { header, rows });
                }
                Event::Text(text) | Event::Code(text) => state.cell.push_str(&text),
                Event::InlineHtml(html) => state.cell.push_str(&html_to_text(&html)),
                Event::SoftBreak | Event::HardBreak => state.cell.push(' '),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => {
                if item_marker.is_some() || lists.is_empty() {
                    flush(&mut out, &mut spans, heading, &mut item_marker, quote_depth);
                } else {
                    // A second paragraph of the same list item: its own line, no marker.
                    let depth = lists.len();
                    trim_spans(&mut spans);
                    if !spans.is_empty() {
                        out.push(Block::ListItem { depth, marker: String::new(), spans: std::mem::take(&mut spans) });
                    }
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                heading = Some(heading_number(level));
            }
            Event::End(TagEnd::Heading(_)) => {
                flush(&mut out, &mut spans, heading, &mut item_marker, quote_depth);
                heading = None;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                quote_depth = quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(text) = code.take() {
                    let text = text.trim_end_matches('\n').to_string();
                    if !text.is_empty() {
                        out.push(Block::Code(text));
                    }
                }
            }
            Event::Start(Tag::List(first)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                lists.push(ListState { next_number: first });
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                let depth = lists.len();
                let marker = match lists.last_mut().and_then(|l| l.next_number.as_mut()) {
                    Some(n) => {
                        let marker = format!("{n}.");
                        *n += 1;
                        marker
                    }
                    None => "•".to_string(),
                };
                item_marker = Some((depth, marker));
            }
            Event::End(TagEnd::Item) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                item_marker = None;
            }
            Event::Start(Tag::Emphasis) => style.italic += 1,
            Event::End(TagEnd::Emphasis) => style.italic = style.italic.saturating_sub(1),
            Event::Start(Tag::Strong) => style.bold += 1,
            Event::End(TagEnd::Strong) => style.bold = style.bold.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push(is_safe_link(&dest_url).then(|| dest_url.to_string()));
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(url)) = links.pop() {
                    let shown = url.strip_prefix("mailto:").unwrap_or(&url);
                    let already_visible = spans.last().is_some_and(|s| s.text.ends_with(shown));
                    if !already_visible {
                        push_text(&mut spans, &style, &format!(" ({shown})"), false);
                    }
                }
            }
            Event::Start(Tag::Image { .. }) => style.italic += 1,
            Event::End(TagEnd::Image) => style.italic = style.italic.saturating_sub(1),
            Event::Start(Tag::Table(_)) => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                table = Some(TableState::default());
            }
            Event::Text(text) => match code.as_mut() {
                Some(code) => code.push_str(&text),
                None if hidden_inline > 0 => {}
                None => push_text(&mut spans, &style, &text, false),
            },
            Event::Code(text) => push_text(&mut spans, &style, &text, true),
            Event::SoftBreak => push_text(&mut spans, &style, " ", false),
            Event::HardBreak => push_text(&mut spans, &style, "\n", false),
            Event::Rule => {
                flush(&mut out, &mut spans, None, &mut item_marker, quote_depth);
                out.push(Block::Rule);
            }
            Event::Start(Tag::HtmlBlock) => {
                flush(&mut out, &mut spans, heading, &mut item_marker, quote_depth);
                html_block = Some(String::new());
            }
            Event::Html(html) => match html_block.as_mut() {
                Some(block) => block.push_str(&html),
                None => push_text(&mut spans, &style, &html_to_text(&html), false),
            },
            Event::End(TagEnd::HtmlBlock) => {
                // A raw HTML block: its text only, a script's or style's content never.
                if let Some(block) = html_block.take() {
                    push_text(&mut spans, &style, &html_to_text(&block), false);
                    flush(&mut out, &mut spans, heading, &mut item_marker, quote_depth);
                }
            }
            Event::InlineHtml(html) => {
                let tag = html.trim_start_matches('<').to_ascii_lowercase();
                if tag.starts_with("script") || tag.starts_with("style") {
                    hidden_inline += 1;
                } else if tag.starts_with("/script") || tag.starts_with("/style") {
                    hidden_inline = hidden_inline.saturating_sub(1);
                } else {
                    push_text(&mut spans, &style, &html_to_text(&html), false);
                }
            }
            Event::TaskListMarker(done) => push_text(&mut spans, &style, if done { "☑ " } else { "☐ " }, false),
            Event::FootnoteReference(name) => push_text(&mut spans, &style, &format!("[{name}]"), false),
            _ => {}
        }
    }
    flush(&mut out, &mut spans, heading, &mut item_marker, quote_depth);
    out
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// A Markdown table as a report table: every column left-aligned, short rows padded.
pub fn report_table(header: Vec<String>, rows: Vec<Vec<String>>) -> Table {
    let width = header.len().max(rows.iter().map(Vec::len).max().unwrap_or(0)).max(1);
    let mut header = header;
    header.resize(width, String::new());
    Table {
        columns: header.iter().map(|h| Column::left(h)).collect(),
        rows: rows
            .into_iter()
            .map(|mut cells| {
                cells.resize(width, String::new());
                Row::new(cells)
            })
            .collect(),
    }
}

/// Drops leading and trailing white space of the block, and empty spans.
fn trim_spans(spans: &mut Vec<Span>) {
    spans.retain(|s| !s.text.is_empty());
    if let Some(first) = spans.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = spans.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    spans.retain(|s| !s.text.is_empty());
}

/// The block's text without styling (for tests and plain renderings).
#[cfg(test)]
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_keep_bold_and_italic_runs() {
        let blocks = blocks("The **city council** adopts the *plan*.\n\nSecond paragraph.");
        assert_eq!(blocks.len(), 2);
        let Block::Paragraph(spans) = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(plain(spans), "The city council adopts the plan.");
        assert!(spans.iter().any(|s| s.bold && s.text == "city council"));
        assert!(spans.iter().any(|s| s.italic && s.text == "plan"));
        assert_eq!(blocks[1], Block::Paragraph(vec![Span { text: "Second paragraph.".into(), ..Span::default() }]));
    }

    #[test]
    fn lists_carry_depth_and_numbers() {
        let blocks = blocks("1. First\n2. Second\n   - nested\n\n- bullet");
        let items: Vec<(usize, String, String)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::ListItem { depth, marker, spans } => Some((*depth, marker.clone(), plain(spans))),
                _ => None,
            })
            .collect();
        assert_eq!(
            items,
            vec![
                (1, "1.".into(), "First".into()),
                (1, "2.".into(), "Second".into()),
                (2, "•".into(), "nested".into()),
                (1, "•".into(), "bullet".into()),
            ]
        );
    }

    #[test]
    fn headings_and_tables_become_their_own_blocks() {
        let blocks = blocks("## Target groups\n\n| Group | Size |\n|---|---|\n| Youth | 1,200 |\n");
        assert!(matches!(&blocks[0], Block::Heading { level: 2, spans } if plain(spans) == "Target groups"));
        assert_eq!(
            blocks[1],
            Block::Table {
                header: vec!["Group".into(), "Size".into()],
                rows: vec![vec!["Youth".into(), "1,200".into()]]
            }
        );
    }

    #[test]
    fn links_show_safe_addresses_and_hide_script_ones() {
        let blocks = blocks("See [the portal](https://example.eu/iap) and [this](javascript:alert(1)).");
        let Block::Paragraph(spans) = &blocks[0] else { panic!() };
        let text = plain(spans);
        assert_eq!(text, "See the portal (https://example.eu/iap) and this.");
    }

    #[test]
    fn raw_html_becomes_text_without_script_content() {
        let blocks = blocks("Before <b>bold</b> after<script>steal()</script>.\n\n<script>alert('x')</script>\n\nEnd.");
        let texts: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(s) => Some(plain(s)),
                _ => None,
            })
            .collect();
        assert_eq!(texts, vec!["Before bold after.".to_string(), "End.".to_string()]);
    }

    #[test]
    fn images_become_their_description() {
        let blocks = blocks("![Map of the pilot area](https://tracker.example/pixel.png)");
        let Block::Paragraph(spans) = &blocks[0] else { panic!() };
        assert_eq!(plain(spans), "Map of the pilot area");
        assert!(spans[0].italic);
    }
}
