//! Pass 1: the report flowed onto A4 pages as drawing operations; see [`super`] for the
//! rules (page breaks, headings kept with what follows, repeated table headers, contents).

use super::*;

pub(crate) struct ChapterMark {
    pub(super) title: String,
    pub(super) page: usize,
    pub(super) y: f32,
}

/// The pages of a report as drawing operations (pass 1).
pub(crate) struct Layout<'f> {
    pub(super) fonts: &'f Fonts,
    pub(super) pages: Vec<Vec<Op>>,
    pub(super) y: f32,
    pub(super) chapters: Vec<ChapterMark>,
}

impl<'f> Layout<'f> {
    pub(super) fn new(fonts: &'f Fonts) -> Self {
        Layout { fonts, pages: vec![Vec::new()], y: MARGIN_TOP, chapters: Vec::new() }
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    pub(super) fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.01
    }

    /// Starts a new page unless `height` still fits on this one (or this page is empty).
    pub(super) fn ensure(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub(super) fn space(&mut self, height: f32) {
        if !self.at_top() {
            self.y += height;
        }
    }

    pub(super) fn push(&mut self, op: Op) {
        self.pages.last_mut().expect("a page").push(op);
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Color) {
        self.push(Op::Rect { x, y, width, height, color });
    }

    pub(super) fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        self.fonts.face(face).width(text, size)
    }

    /// Wraps runs of text to `max_width`; `\n` forces a line break.
    pub(super) fn wrap(&self, runs: &[Styled], size: f32, max_width: f32) -> Vec<Line> {
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
    pub(super) fn lines(&mut self, lines: &[Line], x: f32, size: f32, leading: f32, color: Color) {
        for line in lines {
            self.ensure(leading);
            let baseline = self.y + (leading - size) / 2.0 + size * 0.8;
            self.draw_line(line, x, baseline, size, color);
            self.y += leading;
        }
    }

    pub(super) fn draw_line(&mut self, line: &Line, x: f32, baseline: f32, size: f32, color: Color) {
        let mut at = x;
        for (face, text) in &line.runs {
            let width = self.width(*face, text, size);
            if !text.trim().is_empty() {
                self.push(Op::Text { x: at, y: baseline, face: *face, size, text: text.clone(), color });
            }
            at += width;
        }
    }

    pub(super) fn title_page(&mut self, report: &Report) {
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
            let value = self.wrap(
                &[Styled { face: Face::Regular, text: fact.value.clone() }],
                11.0,
                CONTENT_WIDTH - label_width,
            );
            let top = self.y;
            self.lines(&[plain_line(self, Face::Bold, &fact.label, 11.0)], MARGIN_X, 11.0, 17.0, MUTED);
            self.y = top;
            self.lines(&value, MARGIN_X + label_width, 11.0, 17.0, INK);
            self.y += 5.0;
        }
    }

    pub(super) fn chapter_heading(&mut self, text: &str) {
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

    pub(super) fn subheading(&mut self, runs: &[Styled], level: u8) {
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

    pub(super) fn paragraph(&mut self, runs: &[Styled], indent: f32, color: Color) {
        let lines = self.wrap(runs, BODY_SIZE, CONTENT_WIDTH - indent);
        self.lines(&lines, MARGIN_X + indent, BODY_SIZE, BODY_LEADING, color);
        self.y += 5.0;
    }

    pub(super) fn list_item(&mut self, depth: usize, marker: &str, runs: &[Styled]) {
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

    pub(super) fn markdown(&mut self, markdown: &str) {
        for block in blocks(markdown) {
            match block {
                Block::Paragraph(spans) => self.paragraph(&styled(&spans, Face::Regular), 0.0, INK),
                Block::Heading { level, spans } => self.subheading(&styled(&spans, Face::Bold), level + 1),
                Block::ListItem { depth, marker, spans } => {
                    self.list_item(depth, &marker, &styled(&spans, Face::Regular))
                }
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

    pub(super) fn cell_lines(&self, text: &str, face: Face, width: f32) -> Vec<Line> {
        self.wrap(&[Styled { face, text: text.to_string() }], TABLE_SIZE, width - 2.0 * CELL_PADDING)
    }

    pub(super) fn table_header(&mut self, columns: &[Column], widths: &[f32], header: &[Vec<Line>]) {
        let rows = header.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let height = rows * TABLE_LEADING + 2.0 * CELL_PADDING;
        self.rect(MARGIN_X, self.y, widths.iter().sum(), height, ACCENT);
        self.cells(columns, widths, header, 0, rows as usize, WHITE);
        self.y += height;
    }

    /// Writes lines `from..to` of every cell of a row at the current position.
    pub(super) fn cells(
        &mut self,
        columns: &[Column],
        widths: &[f32],
        cells: &[Vec<Line>],
        from: usize,
        to: usize,
        color: Color,
    ) {
        let mut x = MARGIN_X;
        for ((column, width), lines) in columns.iter().zip(widths).zip(cells) {
            for (n, line) in lines.iter().enumerate().take(to).skip(from) {
                let baseline = self.y
                    + CELL_PADDING
                    + (n - from) as f32 * TABLE_LEADING
                    + (TABLE_LEADING - TABLE_SIZE) / 2.0
                    + TABLE_SIZE * 0.8;
                let left = match column.align {
                    Align::Left => x + CELL_PADDING,
                    Align::Right => x + width - CELL_PADDING - line.width,
                };
                self.draw_line(line, left, baseline, TABLE_SIZE, color);
            }
            x += width;
        }
    }

    pub(super) fn table(&mut self, table: &Table) {
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
                let fresh_page_fits = ((CONTENT_BOTTOM - MARGIN_TOP - header_height - 2.0 * CELL_PADDING)
                    / TABLE_LEADING)
                    .floor() as usize;
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

    pub(super) fn note(&mut self, text: &str) {
        self.paragraph(&[Styled { face: Face::Italic, text: text.to_string() }], 0.0, MUTED);
    }

    pub(super) fn report(&mut self, report: &Report) {
        self.title_page(report);
        let contents =
            if report.chapters.len() >= CONTENTS_FROM { self.reserve_contents(report.chapters.len()) } else { None };
        self.new_page();
        for chapter in &report.chapters {
            self.chapter_heading(&chapter.heading);
            for part in &chapter.parts {
                match part {
                    Part::Markdown(text) => self.markdown(text),
                    Part::Subheading(text) => self.subheading(&[Styled { face: Face::Bold, text: text.clone() }], 1),
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
    pub(super) fn contents_per_page(first: bool) -> usize {
        let top = if first { MARGIN_TOP + CONTENTS_HEADING } else { MARGIN_TOP };
        ((CONTENT_BOTTOM - top) / CONTENTS_LEADING).floor() as usize
    }

    /// Leaves the pages the contents will need (one line per chapter) after the title
    /// page; returns the index of the first. They are filled once every chapter's page is
    /// known ([`Layout::fill_contents`]).
    pub(super) fn reserve_contents(&mut self, entries: usize) -> Option<usize> {
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
    pub(super) fn fill_contents(&mut self, first_page: usize) {
        let marks: Vec<(String, usize)> = self.chapters.iter().map(|c| (c.title.clone(), c.page)).collect();
        let mut page = first_page;
        let heading = plain_line(self, Face::Bold, "Contents", 16.0);
        self.draw_on(page, &heading, MARGIN_X, MARGIN_TOP + 16.0, 16.0, ACCENT);
        self.pages[page].push(Op::Rect {
            x: MARGIN_X,
            y: MARGIN_TOP + 23.0,
            width: CONTENT_WIDTH,
            height: 0.8,
            color: RULE,
        });
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
    pub(super) fn draw_on(&mut self, page: usize, line: &Line, x: f32, baseline: f32, size: f32, color: Color) {
        let mut at = x;
        for (face, text) in &line.runs {
            let width = self.width(*face, text, size);
            self.pages[page].push(Op::Text { x: at, y: baseline, face: *face, size, text: text.clone(), color });
            at += width;
        }
    }
}
