//! The plan as a Word document (.docx, Office Open XML), written with docx-rs.
//!
//! Layout: A4 with 2 cm margins; a title page (what the document is, the plan's title in
//! the `Title` style, the facts as a two-column table without borders); then every
//! chapter from a new page, under a real `Heading 1` (so Word's navigation pane and
//! table of contents, python-docx and screen readers see the structure); headings inside
//! section text use `Heading 2` to `Heading 4`. Tables are real Word tables with a
//! shaded header row, amounts right-aligned and total rows in bold. The footer carries
//! the running title and "Page N of M" (Word fields), except on the title page.
//!
//! Section Markdown arrives as `markdown_blocks` blocks, so only text reaches
//! the file: paragraphs with bold, italic and code runs, bullet lists (Word numbering),
//! numbered lists (their numbers written out), quotes, code blocks and tables. Text is
//! escaped by docx-rs; characters XML 1.0 cannot carry (control characters other than tab
//! and line feed) are dropped, so an odd byte in an imported text never makes Word refuse
//! the file.

use convene_core::{Error, Result};
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, HeightRule, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumPages, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts,
    Shading, SpecialIndentType, Start, Style, StyleType, Table as DocxTable, TableBorder, TableBorderPosition,
    TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use crate::fonts::{Face, Fonts};
use crate::markdown_blocks::{blocks, report_table, Block, Span};
use crate::report::{Align, Part, Report, Table};

/// A4 in twentieths of a point.
const PAGE_WIDTH: u32 = 11_906;
const PAGE_HEIGHT: u32 = 16_838;
/// 2 cm.
const MARGIN: i32 = 1_134;
const CONTENT_WIDTH: usize = PAGE_WIDTH as usize - 2 * MARGIN as usize;

const ACCENT: &str = "1F4E79";
const MUTED: &str = "51606F";
const HEADER_FILL: &str = "1F4E79";
const TOTAL_FILL: &str = "E4ECF4";
const RULE: &str = "C9D6E3";
const FONT: &str = "Calibri";
const CODE_FONT: &str = "Consolas";
/// Half-points.
const BODY_SIZE: usize = 22;
const TABLE_SIZE: usize = 16;
/// Left and right padding of table cells, in twentieths of a point.
const CELL_MARGIN: usize = 80;
/// Room added to each side of a cell when sizing columns, for renderers whose cell
/// margins or fonts differ a little from the plan.
const CELL_SLACK: usize = 20;
const BULLETS: NumberingId = NumberingId { id: 2 };

pub fn render(report: &Report) -> Result<Vec<u8>> {
    let mut docx = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts(FONT))
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().after(120).line(264))
        .title_pg()
        .footer(footer(&report.running_title))
        .first_footer(Footer::new().add_paragraph(Paragraph::new()))
        .add_abstract_numbering(bullet_numbering())
        .add_numbering(Numbering::new(BULLETS.id, BULLETS.id));
    for style in styles() {
        docx = docx.add_style(style);
    }

    docx = title_page(docx, report);
    for (index, chapter) in report.chapters.iter().enumerate() {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Heading1")
                .page_break_before(index == 0)
                .add_run(Run::new().add_text(clean(&chapter.heading))),
        );
        for part in &chapter.parts {
            docx = match part {
                Part::Markdown(text) => add_markdown(docx, text),
                Part::Subheading(text) => {
                    docx.add_paragraph(Paragraph::new().style("Heading2").add_run(Run::new().add_text(clean(text))))
                }
                Part::Table(table) => docx.add_table(word_table(table)).add_paragraph(Paragraph::new()),
                Part::Note(text) => {
                    docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(clean(text)).italic().color(MUTED)))
                }
            };
        }
    }

    let mut package = docx.build();
    package.document = mark_header_rows(&package.document);
    package.styles = declare_default_paragraph_style(&package.styles)?;
    package.doc_props.core = core_properties(report).into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    package.pack(&mut bytes).map_err(|e| Error::bad_input(format!("could not write the Word document: {e}")))?;
    Ok(bytes.into_inner())
}

/// What a table's header row carries so that [`mark_header_rows`] finds it: a minimum
/// height of one twentieth of a point, which changes nothing on the page.
const HEADER_ROW_MARK: &str = r#"<w:trHeight w:val="1" w:hRule="atLeast" />"#;

/// Marks header rows as such (`<w:tblHeader/>`), so that Word and LibreOffice repeat them
/// on every page a table spans; docx-rs has no setting for it.
fn mark_header_rows(document: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(document).replace(HEADER_ROW_MARK, "<w:tblHeader />").into_bytes()
}

/// The `Normal` style docx-rs writes, and the same declared the default paragraph style.
const NORMAL_STYLE: &str = r#"<w:style w:type="paragraph" w:styleId="Normal">"#;
const DEFAULT_NORMAL_STYLE: &str = r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#;

/// Marks `Normal` as the default paragraph style (`w:default="1"`). Word assumes it
/// anyway, but strict readers (python-docx, LibreOffice's filters) resolve a paragraph
/// without `w:pStyle` to the style declared default, and to none when there is none.
/// docx-rs always writes `Normal` and has no way to declare it default, hence the edit.
fn declare_default_paragraph_style(styles: &[u8]) -> Result<Vec<u8>> {
    let xml = String::from_utf8_lossy(styles);
    if xml.matches(NORMAL_STYLE).count() != 1 {
        return Err(Error::BadInput(
            "could not write the Word document: its styles do not hold the Normal style once".into(),
        ));
    }
    Ok(xml.replace(NORMAL_STYLE, DEFAULT_NORMAL_STYLE).into_bytes())
}

/// The document's properties (File > Properties in Word): title, subject, Convene as
/// author, English, and the date the exported revision was saved. docx-rs can set only
/// the dates, so the part is written here.
fn core_properties(report: &Report) -> String {
    let date = match report.saved_at_parts() {
        Some(_) => report.saved_at.clone().unwrap_or_default(),
        None => "1970-01-01T00:00:00Z".to_string(),
    };
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:description>{description}</dc:description>"#,
            r#"<dc:creator>Convene</dc:creator><cp:lastModifiedBy>Convene</cp:lastModifiedBy><dc:language>en</dc:language>"#,
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            r#"</cp:coreProperties>"#
        ),
        title = xml_text(&report.title),
        subject = xml_text(&report.kind),
        description = xml_text(&report.running_title),
        date = date,
    )
}

fn xml_text(text: &str) -> String {
    crate::html::escape(&clean(text))
}

fn fonts(name: &str) -> RunFonts {
    RunFonts::new().ascii(name).hi_ansi(name).east_asia(name).cs(name)
}

/// Text as XML 1.0 can carry it: control characters other than tab and line feed dropped.
fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || *c == '\t' || *c == '\n').collect()
}

fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, size: usize, level: usize, before: u32| {
        let mut style = Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .size(size)
            .bold()
            .color(ACCENT)
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(before).after(120));
        style.paragraph_property = style.paragraph_property.keep_next(true).keep_lines(true);
        style
    };
    vec![
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .q_format(true)
            .size(52)
            .bold()
            .color("12324F")
            .line_spacing(LineSpacing::new().before(120).after(360)),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .q_format(true)
            .size(24)
            .color(ACCENT)
            .line_spacing(LineSpacing::new().before(2_400).after(120)),
        heading("Heading1", "Heading 1", 36, 0, 480),
        heading("Heading2", "Heading 2", 28, 1, 360),
        heading("Heading3", "Heading 3", 24, 2, 240),
        heading("Heading4", "Heading 4", 22, 3, 240),
        Style::new("Quote", StyleType::Paragraph).name("Quote").based_on("Normal").italic().color(MUTED).indent(
            Some(567),
            None,
            Some(567),
            None,
        ),
        Style::new("Footer", StyleType::Paragraph).name("footer").based_on("Normal").size(16).color(MUTED),
    ]
}

fn bullet_numbering() -> AbstractNumbering {
    let mut numbering = AbstractNumbering::new(BULLETS.id);
    for (level, symbol) in ["•", "◦", "▪", "•", "◦", "▪"].iter().enumerate() {
        let left = 360 * (level as i32 + 1);
        numbering = numbering.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(*symbol),
                LevelJc::new("left"),
            )
            .indent(Some(left), Some(SpecialIndentType::Hanging(360)), None, None),
        );
    }
    numbering
}

fn footer(running_title: &str) -> Footer {
    Footer::new().add_paragraph(
        Paragraph::new()
            .style("Footer")
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(format!("{} · Page ", clean(running_title))))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" of "))
            .add_num_pages(NumPages::new()),
    )
}

fn title_page(docx: Docx, report: &Report) -> Docx {
    let mut docx = docx.add_paragraph(
        Paragraph::new().style("Subtitle").add_run(Run::new().add_text(clean(&report.kind.to_uppercase())).bold()),
    );
    docx = docx.add_paragraph(Paragraph::new().style("Title").add_run(Run::new().add_text(clean(&report.title))));
    let rows = report
        .facts
        .iter()
        .map(|fact| {
            TableRow::new(vec![
                TableCell::new().width(2_400, WidthType::Dxa).add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text(clean(&fact.label)).bold().color(MUTED)),
                ),
                TableCell::new()
                    .width(CONTENT_WIDTH - 2_400, WidthType::Dxa)
                    .add_paragraph(Paragraph::new().add_run(Run::new().add_text(clean(&fact.value)))),
            ])
        })
        .collect();
    docx.add_table(
        DocxTable::without_borders(rows)
            .set_grid(vec![2_400, CONTENT_WIDTH - 2_400])
            .layout(TableLayoutType::Fixed)
            .width(CONTENT_WIDTH, WidthType::Dxa),
    )
}

fn runs(paragraph: Paragraph, spans: &[Span], size: Option<usize>) -> Paragraph {
    let mut paragraph = paragraph;
    for span in spans {
        let text = clean(&span.text);
        for (i, line) in text.split('\n').enumerate() {
            let mut run = Run::new();
            if i > 0 {
                run = run.add_break(BreakType::TextWrapping);
            }
            run = run.add_text(line);
            if span.bold {
                run = run.bold();
            }
            if span.italic {
                run = run.italic();
            }
            if span.code {
                run = run.fonts(fonts(CODE_FONT));
            }
            if let Some(size) = size {
                run = run.size(size);
            }
            paragraph = paragraph.add_run(run);
        }
    }
    paragraph
}

fn add_markdown(mut docx: Docx, markdown: &str) -> Docx {
    for block in blocks(markdown) {
        docx = match block {
            Block::Paragraph(spans) => docx.add_paragraph(runs(Paragraph::new(), &spans, None)),
            Block::Heading { level, spans } => {
                let style = format!("Heading{}", (level + 1).min(4));
                docx.add_paragraph(runs(Paragraph::new().style(&style), &spans, None))
            }
            Block::ListItem { depth, marker, spans } => {
                let level = depth.saturating_sub(1).min(5);
                if marker == "•" {
                    docx.add_paragraph(runs(Paragraph::new().numbering(BULLETS, IndentLevel::new(level)), &spans, None))
                } else {
                    let left = 360 * (level as i32 + 1);
                    let mut paragraph =
                        Paragraph::new().indent(Some(left), Some(SpecialIndentType::Hanging(360)), None, None);
                    if !marker.is_empty() {
                        paragraph = paragraph.add_run(Run::new().add_text(marker).add_tab());
                    }
                    docx.add_paragraph(runs(paragraph, &spans, None))
                }
            }
            Block::Quote(spans) => docx.add_paragraph(runs(Paragraph::new().style("Quote"), &spans, None)),
            Block::Code(text) => {
                let spans = vec![Span { text, code: true, ..Span::default() }];
                docx.add_paragraph(runs(Paragraph::new().indent(Some(360), None, None, None), &spans, Some(18)))
            }
            Block::Rule => docx.add_paragraph(
                Paragraph::new().align(AlignmentType::Center).add_run(Run::new().add_text("* * *").color(MUTED)),
            ),
            Block::Table { header, rows } => {
                docx.add_table(word_table(&report_table(header, rows))).add_paragraph(Paragraph::new())
            }
        };
    }
    docx
}

fn cell_paragraphs(text: &str, align: Align, bold: bool, color: Option<&str>) -> Vec<Paragraph> {
    let lines: Vec<&str> = if text.is_empty() { vec![""] } else { text.split('\n').collect() };
    lines
        .into_iter()
        .map(|line| {
            let mut run = Run::new().add_text(clean(line)).size(TABLE_SIZE);
            if bold {
                run = run.bold();
            }
            if let Some(color) = color {
                run = run.color(color);
            }
            let paragraph = Paragraph::new().line_spacing(LineSpacing::new().before(0).after(0)).add_run(run);
            match align {
                Align::Left => paragraph,
                Align::Right => paragraph.align(AlignmentType::Right),
            }
        })
        .collect()
}

fn word_table(table: &Table) -> DocxTable {
    let fonts = Fonts::load();
    let points = TABLE_SIZE as f32 / 2.0;
    let widths: Vec<usize> = table
        .column_widths(CONTENT_WIDTH as f32, (CELL_MARGIN + CELL_SLACK) as f32, |text, bold| {
            fonts.face(if bold { Face::Bold } else { Face::Regular }).width(text, points) * 20.0
        })
        .into_iter()
        .map(|w| w.floor() as usize)
        .collect();
    let header = TableRow::new(
        table
            .columns
            .iter()
            .zip(&widths)
            .map(|(column, width)| {
                let mut cell = TableCell::new().width(*width, WidthType::Dxa).shading(Shading::new().fill(HEADER_FILL));
                for p in cell_paragraphs(&column.header, column.align, true, Some("FFFFFF")) {
                    cell = cell.add_paragraph(p.keep_next(true));
                }
                cell
            })
            .collect(),
    )
    .cant_split()
    .row_height(1.0)
    .height_rule(HeightRule::AtLeast);
    let mut rows = vec![header];
    for row in &table.rows {
        let cells = table
            .columns
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (column, width))| {
                let text = row.cells.get(i).map(String::as_str).unwrap_or("");
                let mut cell = TableCell::new().width(*width, WidthType::Dxa);
                if row.total {
                    cell = cell.shading(Shading::new().fill(TOTAL_FILL));
                }
                for p in cell_paragraphs(text, column.align, row.total, None) {
                    cell = cell.add_paragraph(p);
                }
                cell
            })
            .collect();
        rows.push(TableRow::new(cells).cant_split());
    }
    let table_width = widths.iter().sum();
    let mut borders = TableBorders::new();
    for position in [
        TableBorderPosition::Top,
        TableBorderPosition::Bottom,
        TableBorderPosition::Left,
        TableBorderPosition::Right,
        TableBorderPosition::InsideH,
        TableBorderPosition::InsideV,
    ] {
        borders = borders.set(TableBorder::new(position).color(RULE).size(4));
    }
    DocxTable::new(rows)
        .set_borders(borders)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(table_width, WidthType::Dxa)
        .margins(TableCellMargins::new().margin(60, CELL_MARGIN, 60, CELL_MARGIN))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{kezmarok_report, Chapter, Column, Row};
    use std::io::Read;

    fn document_xml(bytes: &[u8]) -> String {
        let mut archive = zip_entries(bytes);
        archive.remove("word/document.xml").expect("document.xml")
    }

    /// The stored entries of the package (docx-rs deflates; read through the zip crate it uses).
    fn zip_entries(bytes: &[u8]) -> std::collections::HashMap<String, String> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
        let mut out = std::collections::HashMap::new();
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            if file.read_to_string(&mut text).is_ok() {
                out.insert(file.name().to_string(), text);
            }
        }
        out
    }

    fn report() -> Report {
        kezmarok_report(vec![Chapter {
            heading: "Actions".into(),
            parts: vec![
                Part::Markdown("Intro with **bold** text.\n\n- first\n- second\n\n## Pilot\n\nBell\u{7} text".into()),
                Part::Table(Table {
                    columns: vec![Column::left("Action"), Column::right("Cost")],
                    rows: vec![Row::new(vec!["Green roofs".into(), "€12,500.00".into()])],
                }),
            ],
        }])
    }

    #[test]
    fn headings_use_word_heading_styles() {
        let bytes = render(&report()).unwrap();
        let entries = zip_entries(&bytes);
        let styles = &entries["word/styles.xml"];
        assert!(styles.contains("w:styleId=\"Heading1\""), "{styles}");
        assert!(styles.contains("<w:name w:val=\"Heading 1\" />"), "{styles}");
        let xml = &entries["word/document.xml"];
        assert!(xml.contains("<w:pStyle w:val=\"Heading1\" />"), "{xml}");
        assert!(xml.contains("<w:pStyle w:val=\"Heading3\" />"), "section's ## becomes Heading 3: {xml}");
    }

    #[test]
    fn normal_is_the_one_default_paragraph_style() {
        let entries = zip_entries(&render(&report()).unwrap());
        let styles = &entries["word/styles.xml"];
        let defaults: Vec<&str> = styles
            .split("<w:style ")
            .skip(1)
            .filter(|s| s.contains("w:default=\"1\""))
            .map(|s| s.split("w:styleId=\"").nth(1).unwrap().split('"').next().unwrap())
            .collect();
        assert_eq!(defaults, ["Normal"], "{styles}");
        assert!(styles.contains(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#), "{styles}");
    }

    #[test]
    fn the_properties_name_the_plan_and_its_revision_date() {
        let mut report = report();
        report.title = "Plan <A> & B".into();
        let entries = zip_entries(&render(&report).unwrap());
        let core = &entries["docProps/core.xml"];
        assert!(core.contains("<dc:title>Plan &lt;A&gt; &amp; B</dc:title>"), "{core}");
        assert!(core.contains("<dc:creator>Convene</dc:creator>"), "{core}");
        assert!(core.contains(">2027-02-14T09:30:00Z</dcterms:created>"), "{core}");
    }

    #[test]
    fn style_and_numbering_ids_are_unique() {
        let entries = zip_entries(&render(&report()).unwrap());
        let styles = &entries["word/styles.xml"];
        let mut ids: Vec<&str> = styles.split("w:styleId=\"").skip(1).map(|s| s.split('"').next().unwrap()).collect();
        let count = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), count, "a style is defined twice: {styles}");
        let numbering = &entries["word/numbering.xml"];
        assert_eq!(numbering.matches("<w:abstractNum w:abstractNumId=\"2\">").count(), 1, "{numbering}");
        assert_eq!(numbering.matches("<w:num w:numId=\"2\">").count(), 1, "{numbering}");
    }

    #[test]
    fn tables_bullets_and_amounts_are_written() {
        let xml = document_xml(&render(&report()).unwrap());
        assert!(xml.contains("<w:tbl>"), "{xml}");
        assert_eq!(
            xml.matches("<w:tblHeader />").count(),
            1,
            "the title page's facts have no header, the table has one: {xml}"
        );
        assert!(!xml.contains(HEADER_ROW_MARK));
        assert!(xml.contains("€12,500.00"), "{xml}");
        assert!(xml.contains("<w:numId w:val=\"2\" />"), "bullets use Word numbering: {xml}");
        assert!(xml.contains("Kežmarok Green Plan"), "{xml}");
        assert!(!xml.contains('\u{7}'), "control characters are dropped");
        assert!(xml.contains("Bell text"), "{xml}");
    }
}
