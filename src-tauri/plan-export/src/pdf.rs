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

use crate::markdown_blocks::{blocks, report_table, Block, Span};
use crate::fonts::{Face, Fonts};
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
    Text { x: f32, y: f32, face: Face, size: f32, text: String, color: Color },
    Rect { x: f32, y: f32, width: f32, height: f32, color: Color },
}

/// A text run: what to write in which face.
#[derive(Debug, Clone)]
struct Styled {
    face: Face,
    text: String,
}

/// One wrapped line: runs of text and their total width.
#[derive(Debug, Clone, Default)]
struct Line {
    runs: Vec<(Face, String)>,
    width: f32,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.runs.iter().all(|(_, t)| t.trim().is_empty())
    }

    #[cfg(test)]
    fn text(&self) -> String {
        self.runs.iter().map(|(_, t)| t.as_str()).collect()
    }
}

pub(crate) struct ChapterMark {
    title: String,
    page: usize,
    y: f32,
}

/// The pages of a report as drawing operations (pass 1).
pub(crate) struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
    chapters: Vec<ChapterMark>,
}

impl<'f> Layout<'f> {
    fn new(fonts: &'f Fonts) -> Self {
        Layout { fonts, pages: vec![Vec::new()], y: MARGIN_TOP, chapters: Vec::new() }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    /// Starts a new page unless `height` still fits on this one (or this page is empty).
    fn ensure(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y += height;
        }
    }

    fn push(&mut self, op: Op) {
        self.pages.last_mut().expect("a page").push(op);
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        self.push(Op::Rect { x, y, width, height, color });
    }

    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.fonts.face(face).width(text, size)
    }

    /// Wraps runs of text to `max_width`; `\n` forces a line break.
    fn wrap(&self, runs: &[Styled], size: f32, max_width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut line = Line::default();
        for run in runs {
            for token in tokens(&run.text) {
                match token {
                    Token::Break => {
                        lines.push(finish_line(std::mem::take(&mut line), self, size));
                    }
                    Token::Space => {
                        if !line.runs.is_empty() {
                            append(&mut line, run.face, " ", self.width(run.face, " ", size));
                        }
                    }
                    Token::Word(word) => {
                        let word_width = self.width(run.face, word, size);
                        if line.width + word_width > max_width && !line.is_blank() {
                            lines.push(finish_line(std::mem::take(&mut line), self, size));
                        }
                        if word_width <= max_width - line.width || !line.is_blank() {
                            append(&mut line, run.face, word, word_width);
                        } else {
                            // Longer than a whole line: cut between letters.
                            let mut piece = String::new();
                            let mut piece_width = 0.0;
                            for c in word.chars() {
                                let w = self.width(run.face, c.encode_utf8(&mut [0; 4]), size);
                                if piece_width + w > max_width - line.width && !piece.is_empty() {
                                    append(&mut line, run.face, &piece, piece_width);
                                    lines.push(finish_line(std::mem::take(&mut line), self, size));
                                    piece.clear();
                                    piece_width = 0.0;
                                }
                                piece.push(c);
                                piece_width += w;
                            }
                            append(&mut line, run.face, &piece, piece_width);
                        }
                    }
                }
            }
        }
        if !line.is_blank() || lines.is_empty() {
            lines.push(finish_line(line, self, size));
        }
        lines
    }

    /// Draws wrapped lines from the current position, breaking pages between lines.
    fn lines(&mut self, lines: &[Line], x: f32, size: f32, leading: f32, color: Color) {
        for line in lines {
            self.ensure(leading);
            let baseline = self.y + (leading - size) / 2.0 + size * 0.8;
            self.draw_line(line, x, baseline, size, color);
            self.y += leading;
        }
    }

    fn draw_line(&mut self, line: &Line, x: f32, baseline: f32, size: f32, color: Color) {
        let mut at = x;
        for (face, text) in &line.runs {
            let width = self.width(*face, text, size);
            if !text.trim().is_empty() {
                self.push(Op::Text { x: at, y: baseline, face: *face, size, text: text.clone(), color });
            }
            at += width;
        }
    }

    fn title_page(&mut self, report: &Report) {
        self.y = 190.0;
        let kind = report.kind.to_uppercase();
        self.lines(&[plain_line(self, Face::Bold, &kind, 11.0)], MARGIN_X, 11.0, 16.0, ACCENT);
        self.y += 12.0;
        let title = self.wrap(&[Styled { face: Face::Bold, text: report.title.clone() }], 26.0, CONTENT_WIDTH);
        self.lines(&title, MARGIN_X, 26.0, 33.0, INK);
        self.y += 14.0;
        self.rect(MARGIN_X, self.y, CONTENT_WIDTH, 2.0, ACCENT);
        self.y += 26.0;
        let label_width = 110.0;
        for fact in &report.facts {
            let value =
                self.wrap(&[Styled { face: Face::Regular, text: fact.value.clone() }], 11.0, CONTENT_WIDTH - label_width);
            let top = self.y;
            self.lines(&[plain_line(self, Face::Bold, &fact.label, 11.0)], MARGIN_X, 11.0, 17.0, MUTED);
            self.y = top;
            self.lines(&value, MARGIN_X + label_width, 11.0, 17.0, INK);
            self.y += 5.0;
        }
    }

    fn chapter_heading(&mut self, text: &str) {
        self.space(20.0);
        let lines = self.wrap(&[Styled { face: Face::Bold, text: text.to_string() }], 16.0, CONTENT_WIDTH);
        let height = lines.len() as f32 * 21.0 + 8.0;
        self.ensure(height + 4.0 * BODY_LEADING);
        self.chapters.push(ChapterMark { title: text.to_string(), page: self.pages.len() - 1, y: self.y });
        self.lines(&lines, MARGIN_X, 16.0, 21.0, ACCENT);
        self.y += 2.0;
        self.rect(MARGIN_X, self.y, CONTENT_WIDTH, 0.8, RULE);
        self.y += 8.0;
    }

    fn subheading(&mut self, runs: &[Styled], level: u8) {
        let (size, leading) = match level {
            0 | 1 => (12.5, 17.0),
            2 => (11.0, 15.0),
            _ => (10.0, 14.0),
        };
        self.space(8.0);
        let runs: Vec<Styled> = runs.iter().map(|r| Styled { face: Face::Bold, text: r.text.clone() }).collect();
        let lines = self.wrap(&runs, size, CONTENT_WIDTH);
        self.ensure(lines.len() as f32 * leading + 3.0 * BODY_LEADING);
        self.lines(&lines, MARGIN_X, size, leading, ACCENT);
        self.y += 2.0;
    }

    fn paragraph(&mut self, runs: &[Styled], indent: f32, color: Color) {
        let lines = self.wrap(runs, BODY_SIZE, CONTENT_WIDTH - indent);
        self.lines(&lines, MARGIN_X + indent, BODY_SIZE, BODY_LEADING, color);
        self.y += 5.0;
    }

    fn list_item(&mut self, depth: usize, marker: &str, runs: &[Styled]) {
        let indent = 16.0 * depth as f32;
        let lines = self.wrap(runs, BODY_SIZE, CONTENT_WIDTH - indent);
        if let Some(first) = lines.first() {
            self.ensure(BODY_LEADING);
            if !marker.is_empty() {
                let marker_line = plain_line(self, Face::Regular, marker, BODY_SIZE);
                let x = MARGIN_X + indent - 4.0 - marker_line.width;
                let baseline = self.y + (BODY_LEADING - BODY_SIZE) / 2.0 + BODY_SIZE * 0.8;
                self.draw_line(&marker_line, x, baseline, BODY_SIZE, INK);
            }
            self.lines(std::slice::from_ref(first), MARGIN_X + indent, BODY_SIZE, BODY_LEADING, INK);
        }
        if lines.len() > 1 {
            self.lines(&lines[1..], MARGIN_X + indent, BODY_SIZE, BODY_LEADING, INK);
        }
        self.y += 2.0;
    }

    fn markdown(&mut self, markdown: &str) {
        for block in blocks(markdown) {
            match block {
                Block::Paragraph(spans) => self.paragraph(&styled(&spans, Face::Regular), 0.0, INK),
                Block::Heading { level, spans } => self.subheading(&styled(&spans, Face::Bold), level + 1),
                Block::ListItem { depth, marker, spans } => self.list_item(depth, &marker, &styled(&spans, Face::Regular)),
                Block::Quote(spans) => {
                    let top = self.y;
                    let page = self.pages.len();
                    self.paragraph(&styled(&spans, Face::Italic), 14.0, MUTED);
                    if self.pages.len() == page {
                        self.rect(MARGIN_X + 2.0, top, 2.0, self.y - top - 5.0, RULE);
                    }
                }
                Block::Code(text) => {
                    let runs = [Styled { face: Face::Regular, text }];
                    let lines = self.wrap(&runs, 9.0, CONTENT_WIDTH - 14.0);
                    self.lines(&lines, MARGIN_X + 14.0, 9.0, 12.0, MUTED);
                    self.y += 5.0;
                }
                Block::Rule => {
                    self.space(4.0);
                    self.ensure(10.0);
                    self.rect(MARGIN_X + CONTENT_WIDTH / 4.0, self.y + 4.0, CONTENT_WIDTH / 2.0, 0.6, RULE);
                    self.y += 12.0;
                }
                Block::Table { header, rows } => self.table(&report_table(header, rows)),
            }
        }
    }

    fn cell_lines(&self, text: &str, face: Face, width: f32) -> Vec<Line> {
        self.wrap(&[Styled { face, text: text.to_string() }], TABLE_SIZE, width - 2.0 * CELL_PADDING)
    }

    fn table_header(&mut self, columns: &[Column], widths: &[f32], header: &[Vec<Line>]) {
        let rows = header.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let height = rows * TABLE_LEADING + 2.0 * CELL_PADDING;
        self.rect(MARGIN_X, self.y, widths.iter().sum(), height, ACCENT);
        self.cells(columns, widths, header, 0, rows as usize, WHITE);
        self.y += height;
    }

    /// Writes lines `from..to` of every cell of a row at the current position.
    fn cells(&mut self, columns: &[Column], widths: &[f32], cells: &[Vec<Line>], from: usize, to: usize, color: Color) {
        let mut x = MARGIN_X;
        for ((column, width), lines) in columns.iter().zip(widths).zip(cells) {
            for (n, line) in lines.iter().enumerate().take(to).skip(from) {
                let baseline =
                    self.y + CELL_PADDING + (n - from) as f32 * TABLE_LEADING + (TABLE_LEADING - TABLE_SIZE) / 2.0 + TABLE_SIZE * 0.8;
                let left = match column.align {
                    Align::Left => x + CELL_PADDING,
                    Align::Right => x + width - CELL_PADDING - line.width,
                };
                self.draw_line(line, left, baseline, TABLE_SIZE, color);
            }
            x += width;
        }
    }

    fn table(&mut self, table: &Table) {
        let widths = table.column_widths(CONTENT_WIDTH, CELL_PADDING, |text, bold| {
            self.width(if bold { Face::Bold } else { Face::Regular }, text, TABLE_SIZE)
        });
        let header: Vec<Vec<Line>> =
            table.columns.iter().zip(&widths).map(|(c, w)| self.cell_lines(&c.header, Face::Bold, *w)).collect();
        let header_height = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * TABLE_LEADING + 2.0 * CELL_PADDING;
        let table_width: f32 = widths.iter().sum();
        let rows: Vec<(Vec<Vec<Line>>, &Row)> = table
            .rows
            .iter()
            .map(|row| {
                let face = if row.total { Face::Bold } else { Face::Regular };
                let cells = widths
                    .iter()
                    .enumerate()
                    .map(|(i, w)| self.cell_lines(row.cells.get(i).map(String::as_str).unwrap_or(""), face, *w))
                    .collect();
                (cells, row)
            })
            .collect();

        self.space(4.0);
        let first_row = rows.first().map(|(cells, _)| row_lines(cells)).unwrap_or(0).min(3) as f32;
        self.ensure(header_height + first_row * TABLE_LEADING + 2.0 * CELL_PADDING);
        self.table_header(&table.columns, &widths, &header);

        for (index, (cells, row)) in rows.iter().enumerate() {
            let total_lines = row_lines(cells);
            let mut done = 0;
            while done < total_lines {
                let left = total_lines - done;
                let fits = ((CONTENT_BOTTOM - self.y - 2.0 * CELL_PADDING) / TABLE_LEADING).floor().max(0.0) as usize;
                let fresh_page_fits =
                    ((CONTENT_BOTTOM - MARGIN_TOP - header_height - 2.0 * CELL_PADDING) / TABLE_LEADING).floor() as usize;
                let take = if left <= fits {
                    left
                } else if left <= fresh_page_fits || fits < 2 {
                    0
                } else {
                    fits
                };
                if take == 0 {
                    self.new_page();
                    self.table_header(&table.columns, &widths, &header);
                    continue;
                }
                let height = take as f32 * TABLE_LEADING + 2.0 * CELL_PADDING;
                if row.total {
                    self.rect(MARGIN_X, self.y, table_width, height, TOTAL);
                    self.rect(MARGIN_X, self.y, table_width, 1.0, ACCENT);
                } else if index % 2 == 1 {
                    self.rect(MARGIN_X, self.y, table_width, height, ZEBRA);
                }
                self.cells(&table.columns, &widths, cells, done, done + take, INK);
                self.y += height;
                self.rect(MARGIN_X, self.y - 0.5, table_width, 0.5, RULE);
                done += take;
                if done < total_lines {
                    self.new_page();
                    self.table_header(&table.columns, &widths, &header);
                }
            }
        }
        self.y += 10.0;
    }

    fn note(&mut self, text: &str) {
        self.paragraph(&[Styled { face: Face::Italic, text: text.to_string() }], 0.0, MUTED);
    }

    fn report(&mut self, report: &Report) {
        self.title_page(report);
        let contents = if report.chapters.len() >= CONTENTS_FROM { self.reserve_contents(report.chapters.len()) } else { None };
        self.new_page();
        for chapter in &report.chapters {
            self.chapter_heading(&chapter.heading);
            for part in &chapter.parts {
                match part {
                    Part::Markdown(text) => self.markdown(text),
                    Part::Subheading(text) => {
                        self.subheading(&[Styled { face: Face::Bold, text: text.clone() }], 1)
                    }
                    Part::Table(table) => self.table(table),
                    Part::Note(text) => self.note(text),
                }
            }
        }
        if let Some(first_page) = contents {
            self.fill_contents(first_page);
        }
    }

    /// Entries of the contents that fit on one page (the first page also has the heading).
    fn contents_per_page(first: bool) -> usize {
        let top = if first { MARGIN_TOP + CONTENTS_HEADING } else { MARGIN_TOP };
        ((CONTENT_BOTTOM - top) / CONTENTS_LEADING).floor() as usize
    }

    /// Leaves the pages the contents will need (one line per chapter) after the title
    /// page; returns the index of the first. They are filled once every chapter's page is
    /// known ([`Layout::fill_contents`]).
    fn reserve_contents(&mut self, entries: usize) -> Option<usize> {
        let first = Self::contents_per_page(true);
        let pages = 1 + entries.saturating_sub(first).div_ceil(Self::contents_per_page(false));
        let start = self.pages.len();
        for _ in 0..pages {
            self.new_page();
        }
        Some(start)
    }

    /// Writes the contents into the pages [`Layout::reserve_contents`] left: each
    /// chapter's title (cut with "…" if it would not fit on one line) and its page number.
    fn fill_contents(&mut self, first_page: usize) {
        let marks: Vec<(String, usize)> = self.chapters.iter().map(|c| (c.title.clone(), c.page)).collect();
        let mut page = first_page;
        let heading = plain_line(self, Face::Bold, "Contents", 16.0);
        self.draw_on(page, &heading, MARGIN_X, MARGIN_TOP + 16.0, 16.0, ACCENT);
        self.pages[page].push(Op::Rect { x: MARGIN_X, y: MARGIN_TOP + 23.0, width: CONTENT_WIDTH, height: 0.8, color: RULE });
        let mut y = MARGIN_TOP + CONTENTS_HEADING;
        let mut room = Self::contents_per_page(true);
        for (title, chapter_page) in marks {
            if room == 0 {
                page += 1;
                y = MARGIN_TOP;
                room = Self::contents_per_page(false);
            }
            let number = plain_line(self, Face::Regular, &(chapter_page + 1).to_string(), BODY_SIZE);
            let title = shortened(self, &title, BODY_SIZE, CONTENT_WIDTH - number.width - 24.0);
            let baseline = y + (CONTENTS_LEADING - BODY_SIZE) / 2.0 + BODY_SIZE * 0.8;
            self.draw_on(page, &title, MARGIN_X, baseline, BODY_SIZE, INK);
            self.draw_on(page, &number, MARGIN_X + CONTENT_WIDTH - number.width, baseline, BODY_SIZE, INK);
            self.pages[page].push(Op::Rect {
                x: MARGIN_X,
                y: y + CONTENTS_LEADING - 0.5,
                width: CONTENT_WIDTH,
                height: 0.5,
                color: RULE,
            });
            y += CONTENTS_LEADING;
            room -= 1;
        }
    }

    /// Draws a line on a page other than the current one.
    fn draw_on(&mut self, page: usize, line: &Line, x: f32, baseline: f32, size: f32, color: Color) {
        let mut at = x;
        for (face, text) in &line.runs {
            let width = self.width(*face, text, size);
            self.pages[page].push(Op::Text { x: at, y: baseline, face: *face, size, text: text.clone(), color });
            at += width;
        }
    }
}

/// One line of `text`, cut with "…" when wider than `max_width`.
fn shortened(layout: &Layout<'_>, text: &str, size: f32, max_width: f32) -> Line {
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if layout.width(Face::Regular, &text, size) > max_width {
        while !text.is_empty() && layout.width(Face::Regular, &format!("{text}…"), size) > max_width {
            text.pop();
        }
        text = format!("{}…", text.trim_end());
    }
    plain_line(layout, Face::Regular, &text, size)
}

enum Token<'a> {
    Word(&'a str),
    Space,
    Break,
}

/// Words, runs of spaces and line breaks of `text` (a no-break space belongs to its word).
fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let separator = c == '\n' || (c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}');
        if separator {
            if let Some(s) = start.take() {
                out.push(Token::Word(&text[s..i]));
            }
            out.push(if c == '\n' { Token::Break } else { Token::Space });
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token::Word(&text[s..]));
    }
    out
}

fn append(line: &mut Line, face: Face, text: &str, width: f32) {
    match line.runs.last_mut() {
        Some((last_face, last)) if *last_face == face => last.push_str(text),
        _ => line.runs.push((face, text.to_string())),
    }
    line.width += width;
}

/// Drops trailing spaces and recomputes the width.
fn finish_line(mut line: Line, layout: &Layout<'_>, size: f32) -> Line {
    while let Some((_, last)) = line.runs.last_mut() {
        let trimmed = last.trim_end().len();
        last.truncate(trimmed);
        if last.is_empty() {
            line.runs.pop();
        } else {
            break;
        }
    }
    line.width = line.runs.iter().map(|(f, t)| layout.width(*f, t, size)).sum();
    line
}

fn plain_line(layout: &Layout<'_>, face: Face, text: &str, size: f32) -> Line {
    Line { runs: vec![(face, text.to_string())], width: layout.width(face, text, size) }
}

fn row_lines(cells: &[Vec<Line>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
}

/// Markdown spans in the PDF's faces (bold wins over italic: there is no bold oblique).
fn styled(spans: &[Span], base: Face) -> Vec<Styled> {
    spans
        .iter()
        .map(|s| {
            let face = if s.bold {
                Face::Bold
            } else if s.italic {
                Face::Italic
            } else {
                base
            };
            Styled { face, text: s.text.clone() }
        })
        .collect()
}

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
        let date = DateTime::new(year).month(month).day(day).hour(hour).minute(minute).second(second).utc_offset_hour(0);
        metadata = metadata.creation_date(date);
    }
    document.set_metadata(metadata);
    document.finish().map_err(|e| Error::BadInput(format!("could not write the PDF: {e:?}")))
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
    use crate::report::{Chapter, Fact};

    fn report(chapters: Vec<Chapter>) -> Report {
        Report {
            title: "Kežmarok Green Plan".into(),
            kind: "Integrated Action Plan".into(),
            facts: vec![Fact { label: "City".into(), value: "Kežmarok, Slovakia".into() }],
            running_title: "Kežmarok Green Plan · Kežmarok".into(),
            saved_at: Some("2027-02-14T09:30:00Z".into()),
            chapters,
        }
    }

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
        let (pages, _) = layout(&report(vec![Chapter { heading: "Context".into(), parts: vec![Part::Markdown(long)] }]), &fonts);
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
        let (pages, _) = layout(&report(vec![Chapter { heading: "Actions".into(), parts: vec![Part::Table(table)] }]), &fonts);
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
        let (pages, _) = layout(&report(vec![Chapter { heading: "Risks".into(), parts: vec![Part::Table(table)] }]), &fonts);
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
        let (pages, _) = layout(&report(vec![Chapter { heading: "Budget".into(), parts: vec![Part::Table(table)] }]), &fonts);
        let ends: Vec<f32> = texts(&pages[1])
            .into_iter()
            .filter(|t| t.3.starts_with('€'))
            .map(|(x, _, size, text)| x + fonts.face(Face::Regular).width(&text, size))
            .collect();
        assert_eq!(ends.len(), 2);
        assert!((ends[0] - ends[1]).abs() < 0.01, "{ends:?}");
        let table_right = texts(&pages[1]).into_iter().find(|t| t.3 == "Cost").map(|(x, _, size, text)| x + fonts.face(Face::Bold).width(&text, size)).unwrap();
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
            let entry = contents.iter().position(|t| t.3 == mark.title).unwrap_or_else(|| panic!("{} not listed", mark.title));
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
