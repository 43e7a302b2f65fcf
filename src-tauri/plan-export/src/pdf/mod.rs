//! The plan as a PDF, made offline with krilla and the embedded DejaVu fonts.
//!
//! krilla writes PDF objects, fonts (subset) and text that extracts as typed, but does no
//! layout; this module is the small layout engine an A4 report needs, in two passes:
//! 1. `Layout` flows the [`Report`] onto pages as a list of drawing operations: text
//!    wrapped at spaces to the column (a word longer than the line is cut between
//!    letters), page breaks wherever the next line, heading or table row does not fit, a
//!    heading never left alone at the foot of a page, table header rows repeated on every
//!    page a table spans, and a table row taller than a page split between pages.
//!    A plan of three chapters or more gets a contents page after the title page: its
//!    pages are reserved first and filled once every chapter's page is known.
//! 2. [`render`] draws those pages with krilla and adds what needs the page count: the
//!    footer "running title · Page N of M" on every page but the title page, and the
//!    document outline (bookmarks) of the chapters.
//!
//! The content is the same as in the other formats: title page, one chapter per section
//! with its Markdown as text (through `markdown_blocks`, so no markup or link
//! survives as anything but text), and the tables with right-aligned amounts.

use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::Document;

use convene_core::{Error, Result};

use crate::fonts::{Face, Fonts};
use crate::markdown_blocks::{blocks, report_table, Block, Span};
use crate::report::{Align, Column, Part, Report, Row, Table};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// 2 cm left, right and top; more at the bottom for the footer.
pub const MARGIN_X: f32 = 56.7;
pub const MARGIN_TOP: f32 = 56.7;
pub const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - 64.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

const BODY_SIZE: f32 = 10.0;
const BODY_LEADING: f32 = 14.0;
const TABLE_SIZE: f32 = 8.0;
const TABLE_LEADING: f32 = 10.5;
const CELL_PADDING: f32 = 4.0;
/// A contents page follows the title page when the plan has this many chapters or more.
const CONTENTS_FROM: usize = 3;
const CONTENTS_LEADING: f32 = 20.0;
/// The room the "Contents" heading takes at the top of the first contents page.
const CONTENTS_HEADING: f32 = 40.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Color(u8, u8, u8);

const INK: Color = Color(0x1d, 0x27, 0x33);
const ACCENT: Color = Color(0x1f, 0x4e, 0x79);
const MUTED: Color = Color(0x51, 0x60, 0x6f);
const RULE: Color = Color(0xc9, 0xd6, 0xe3);
const ZEBRA: Color = Color(0xf3, 0xf6, 0xfa);
const TOTAL: Color = Color(0xe4, 0xec, 0xf4);
const WHITE: Color = Color(0xff, 0xff, 0xff);

/// One drawing operation; `y` grows downwards from the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// Text on one line, `y` its baseline.
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        text: String,
        color: Color,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: Color,
    },
}

mod layout;
mod lines;

use layout::{ChapterMark, Layout};
use lines::*;

/// Lays the report out (pass 1): the pages' drawing operations and where each chapter starts.
pub(crate) fn layout(report: &Report, fonts: &Fonts) -> (Vec<Vec<Op>>, Vec<ChapterMark>) {
    let mut layout = Layout::new(fonts);
    layout.report(report);
    (layout.pages, layout.chapters)
}

fn fill(color: Color) -> Option<Fill> {
    Some(Fill { paint: rgb::Color::new(color.0, color.1, color.2).into(), ..Fill::default() })
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, op: &Op) {
    match op {
        Op::Text { x, y, face, size, text, color } => {
            let face = fonts.face(*face);
            surface.set_fill(fill(*color));
            surface.draw_glyphs(Point::from_xy(*x, *y), &face.glyphs(text), face.font.clone(), text, *size, false);
        }
        Op::Rect { x, y, width, height, color } => {
            if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                let mut path = PathBuilder::new();
                path.push_rect(rect);
                if let Some(path) = path.finish() {
                    surface.set_fill(fill(*color));
                    surface.draw_path(&path);
                }
            }
        }
    }
}

pub fn render(report: &Report) -> Result<Vec<u8>> {
    let fonts = Fonts::load();
    let (pages, chapters) = layout(report, &fonts);
    let count = pages.len();
    let mut document = Document::new();
    for (index, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a valid page size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &fonts, op);
        }
        if index > 0 {
            for op in footer(&fonts, &report.running_title, index + 1, count) {
                draw(&mut surface, &fonts, &op);
            }
        }
        surface.finish();
        page.finish();
    }

    let mut outline = Outline::new();
    for ChapterMark { title, page, y } in chapters {
        outline.push_child(OutlineNode::new(title, XyzDestination::new(page, Point::from_xy(0.0, y))));
    }
    document.set_outline(outline);
    let mut metadata = Metadata::new()
        .title(report.title.clone())
        .description(report.running_title.clone())
        .language("en".to_string())
        .creator("Convene".to_string());
    if let Some((year, month, day, hour, minute, second)) = report.saved_at_parts() {
        let date =
            DateTime::new(year).month(month).day(day).hour(hour).minute(minute).second(second).utc_offset_hour(0);
        metadata = metadata.creation_date(date);
    }
    document.set_metadata(metadata);
    document.finish().map_err(|e| Error::bad_input(format!("could not write the PDF: {e:?}")))
}

/// "Running title · Page 3 of 9" under a thin rule; the title is cut with "…" when it
/// would run into the page number.
fn footer(fonts: &Fonts, running_title: &str, page: usize, pages: usize) -> Vec<Op> {
    let size = 8.0;
    let baseline = PAGE_HEIGHT - 36.0;
    let number = format!("Page {page} of {pages}");
    let number_width = fonts.face(Face::Regular).width(&number, size);
    let room = CONTENT_WIDTH - number_width - 24.0;
    let mut title = running_title.to_string();
    if fonts.face(Face::Regular).width(&title, size) > room {
        while !title.is_empty() && fonts.face(Face::Regular).width(&format!("{title}…"), size) > room {
            title.pop();
        }
        title = format!("{}…", title.trim_end());
    }
    vec![
        Op::Rect { x: MARGIN_X, y: baseline - 14.0, width: CONTENT_WIDTH, height: 0.5, color: RULE },
        Op::Text { x: MARGIN_X, y: baseline, face: Face::Regular, size, text: title, color: MUTED },
        Op::Text {
            x: PAGE_WIDTH - MARGIN_X - number_width,
            y: baseline,
            face: Face::Regular,
            size,
            text: number,
            color: MUTED,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{kezmarok_report as report, Chapter};

    fn texts(page: &[Op]) -> Vec<(f32, f32, f32, String)> {
        page.iter()
            .filter_map(|op| match op {
                Op::Text { x, y, size, text, .. } => Some((*x, *y, *size, text.clone())),
                _ => None,
            })
            .collect()
    }

    fn all_text(pages: &[Vec<Op>]) -> String {
        pages.iter().flat_map(|p| texts(p)).map(|t| t.3).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn long_text_wraps_inside_the_margins_and_breaks_pages() {
        let fonts = Fonts::load();
        let long = "Nyíregyháza városfejlesztési cselekvési terve a zöld átmenetről. ".repeat(400);
        let (pages, _) =
            layout(&report(vec![Chapter { heading: "Context".into(), parts: vec![Part::Markdown(long)] }]), &fonts);
        assert!(pages.len() > 3, "{} pages", pages.len());
        for page in &pages {
            for (x, y, size, text) in texts(page) {
                let width = fonts.face(Face::Regular).width(&text, size);
                assert!(x >= MARGIN_X - 0.01, "{text} starts at {x}");
                assert!(x + width <= PAGE_WIDTH - MARGIN_X + 0.01, "{text} ends at {}", x + width);
                assert!(y <= CONTENT_BOTTOM, "{text} at {y}");
            }
        }
        assert!(all_text(&pages).contains("városfejlesztési"));
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let fonts = Fonts::load();
        let layout = Layout::new(&fonts);
        let word = "x".repeat(400);
        let lines = layout.wrap(&[Styled { face: Face::Regular, text: word.clone() }], 10.0, 100.0);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.width <= 100.0 + 0.01));
        assert_eq!(lines.iter().map(Line::text).collect::<String>(), word);
    }

    #[test]
    fn wrapping_keeps_every_word_in_order() {
        let fonts = Fonts::load();
        let layout = Layout::new(&fonts);
        let text = "The local group meets every month in the town hall of Võru to review the actions.";
        let lines = layout.wrap(&[Styled { face: Face::Regular, text: text.into() }], 10.0, 120.0);
        assert!(lines.len() > 2);
        let joined = lines.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        assert_eq!(joined, text);
    }

    #[test]
    fn table_headers_repeat_on_every_page_the_table_spans() {
        let fonts = Fonts::load();
        let rows = (0..150).map(|i| Row::new(vec![format!("Action {i}"), "€1,000.00".into()])).collect();
        let table = Table { columns: vec![Column::left("Title"), Column::right("Cost")], rows };
        let (pages, _) =
            layout(&report(vec![Chapter { heading: "Actions".into(), parts: vec![Part::Table(table)] }]), &fonts);
        assert!(pages.len() >= 4, "{} pages", pages.len());
        for page in &pages[1..] {
            let headers = texts(page).into_iter().filter(|t| t.3 == "Title").count();
            assert_eq!(headers, 1, "every table page has its header row");
        }
        let text = all_text(&pages);
        for i in 0..150 {
            assert!(text.contains(&format!("Action {i} ")), "row {i} is missing");
        }
    }

    #[test]
    fn a_row_taller_than_a_page_continues_on_the_next_pages() {
        let fonts = Fonts::load();
        let lines: Vec<String> = (0..200).map(|i| format!("line {i}")).collect();
        let table = Table {
            columns: vec![Column::left("Risk"), Column::left("Mitigation")],
            rows: vec![Row::new(vec!["Flood".into(), lines.join("\n")])],
        };
        let (pages, _) =
            layout(&report(vec![Chapter { heading: "Risks".into(), parts: vec![Part::Table(table)] }]), &fonts);
        assert!(pages.len() >= 4, "{} pages", pages.len());
        let text = all_text(&pages);
        for line in &lines {
            assert!(text.contains(&format!("{line} ")) || text.ends_with(line.as_str()), "{line} is missing");
        }
        for page in &pages[1..] {
            assert_eq!(texts(page).iter().filter(|t| t.3 == "Mitigation").count(), 1, "the header row on every page");
            assert!(texts(page).iter().all(|t| t.1 <= CONTENT_BOTTOM));
        }
    }

    #[test]
    fn amounts_are_right_aligned_in_their_column() {
        let fonts = Fonts::load();
        let table = Table {
            columns: vec![Column::left("Title"), Column::right("Cost")],
            rows: vec![Row::new(vec!["A".into(), "€1.00".into()]), Row::new(vec!["B".into(), "€12,500.00".into()])],
        };
        let (pages, _) =
            layout(&report(vec![Chapter { heading: "Budget".into(), parts: vec![Part::Table(table)] }]), &fonts);
        let ends: Vec<f32> = texts(&pages[1])
            .into_iter()
            .filter(|t| t.3.starts_with('€'))
            .map(|(x, _, size, text)| x + fonts.face(Face::Regular).width(&text, size))
            .collect();
        assert_eq!(ends.len(), 2);
        assert!((ends[0] - ends[1]).abs() < 0.01, "{ends:?}");
        let table_right = texts(&pages[1])
            .into_iter()
            .find(|t| t.3 == "Cost")
            .map(|(x, _, size, text)| x + fonts.face(Face::Bold).width(&text, size))
            .unwrap();
        assert!((ends[0] - table_right).abs() < 0.01, "amounts end where the Cost header ends: {ends:?} {table_right}");
    }

    #[test]
    fn a_contents_page_lists_every_chapter_with_its_page() {
        let fonts = Fonts::load();
        let chapters: Vec<Chapter> = (1..=60)
            .map(|i| Chapter { heading: format!("Chapter {i}"), parts: vec![Part::Markdown("Text. ".repeat(150))] })
            .collect();
        let (pages, marks) = layout(&report(chapters), &fonts);
        let contents: Vec<(f32, f32, f32, String)> = pages[1..3].iter().flat_map(|p| texts(p)).collect();
        assert_eq!(contents[0].3, "Contents");
        assert!(texts(&pages[3]).iter().all(|t| !t.3.starts_with("Contents")), "60 entries take two pages");
        for mark in &marks {
            assert!(mark.page >= 3, "chapters start after the contents: {} on {}", mark.title, mark.page);
            let entry =
                contents.iter().position(|t| t.3 == mark.title).unwrap_or_else(|| panic!("{} not listed", mark.title));
            let number = &contents[entry + 1];
            assert_eq!(number.3, (mark.page + 1).to_string(), "{}", mark.title);
            assert!(texts(&pages[mark.page]).iter().any(|t| t.3 == mark.title), "{} is on the page listed", mark.title);
        }
    }

    #[test]
    fn short_reports_have_no_contents_page() {
        let fonts = Fonts::load();
        let (pages, marks) = layout(&report(vec![Chapter { heading: "Only".into(), parts: vec![] }]), &fonts);
        assert_eq!(pages.len(), 2);
        assert_eq!(marks[0].page, 1);
    }

    #[test]
    fn a_heading_is_not_left_alone_at_the_foot_of_a_page() {
        let fonts = Fonts::load();
        let mut layout = Layout::new(&fonts);
        layout.new_page();
        layout.y = CONTENT_BOTTOM - 30.0;
        layout.chapter_heading("Risks");
        assert_eq!(layout.pages.len(), 3, "the heading moved to a new page");
        assert_eq!(texts(&layout.pages[2])[0].3, "Risks");
    }

    #[test]
    fn every_page_but_the_title_page_is_numbered() {
        let pdf = render(&report(vec![Chapter {
            heading: "Context".into(),
            parts: vec![Part::Markdown("Text. ".repeat(2000))],
        }]))
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let fonts = Fonts::load();
        let footer = footer(&fonts, "A title", 2, 5);
        assert!(footer.iter().any(|op| matches!(op, Op::Text { text, .. } if text == "Page 2 of 5")));
    }

    #[test]
    fn a_long_running_title_is_shortened_in_the_footer() {
        let fonts = Fonts::load();
        let ops = footer(&fonts, &"Very long plan title ".repeat(20), 3, 9);
        let Op::Text { text, x, size, .. } = &ops[1] else { panic!() };
        assert!(text.ends_with('…'));
        assert!(x + fonts.face(Face::Regular).width(text, *size) < PAGE_WIDTH - MARGIN_X - 40.0);
    }
}
