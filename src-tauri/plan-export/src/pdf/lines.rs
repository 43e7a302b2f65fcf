//! Text as lines: runs in a face, wrapped at spaces to a width (a word longer than the
//! line is cut between letters), shortened with an ellipsis where only one line fits.

use super::*;

/// A text run: what to write in which face.
#[derive(Debug, Clone)]
pub(super) struct Styled {
    pub(super) face: Face,
    pub(super) text: String,
}

/// One wrapped line: runs of text and their total width.
#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) runs: Vec<(Face, String)>,
    pub(super) width: f32,
}

impl Line {
    pub(super) fn is_blank(&self) -> bool {
        self.runs.iter().all(|(_, t)| t.trim().is_empty())
    }

    #[cfg(test)]
    pub(super) fn text(&self) -> String {
        self.runs.iter().map(|(_, t)| t.as_str()).collect()
    }
}

/// One line of `text`, cut with "…" when wider than `max_width`.
pub(super) fn shortened(layout: &Layout<'_>, text: &str, size: f32, max_width: f32) -> Line {
    let mut text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if layout.width(Face::Regular, &text, size) > max_width {
        while !text.is_empty() && layout.width(Face::Regular, &format!("{text}…"), size) > max_width {
            text.pop();
        }
        text = format!("{}…", text.trim_end());
    }
    plain_line(layout, Face::Regular, &text, size)
}

pub(super) enum Token<'a> {
    Word(&'a str),
    Space,
    Break,
}

/// Words, runs of spaces and line breaks of `text` (a no-break space belongs to its word).
pub(super) fn tokens(text: &str) -> Vec<Token<'_>> {
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

pub(super) fn append(line: &mut Line, face: Face, text: &str, width: f32) {
    match line.runs.last_mut() {
        Some((last_face, last)) if *last_face == face => last.push_str(text),
        _ => line.runs.push((face, text.to_string())),
    }
    line.width += width;
}

/// Drops trailing spaces and recomputes the width.
pub(super) fn finish_line(mut line: Line, layout: &Layout<'_>, size: f32) -> Line {
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

pub(super) fn plain_line(layout: &Layout<'_>, face: Face, text: &str, size: f32) -> Line {
    Line { runs: vec![(face, text.to_string())], width: layout.width(face, text, size) }
}

pub(super) fn row_lines(cells: &[Vec<Line>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
}

/// Markdown spans in the PDF's faces (bold wins over italic: there is no bold oblique).
pub(super) fn styled(spans: &[Span], base: Face) -> Vec<Styled> {
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
