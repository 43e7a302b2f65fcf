//! An Integrated Action Plan as the documents a city council receives: Word (.docx), PDF,
//! Markdown and standalone HTML.
//!
//! Why a crate of its own: the document writers (docx-rs, krilla, ammonia with html5ever)
//! are heavy to compile and no business of the domain, so `convene-core` stays quick to
//! build and this crate depends on it, never the other way round.
//!
//! How: [`report::Report::from_plan`] turns a [`PlanDocument`] into one neutral document
//! (title page facts, one chapter per section with its Markdown text, and the tables of
//! actions, indicators, risks and the budget). Every format renders that same `Report`,
//! so the four files always carry the same headings, text, tables and amounts; only the
//! presentation differs. Headings, labels, dates and amounts are in the plan's language
//! (`ActionPlan::language`, `locales/*/export.ftl`; "12 500,00 €" in French); the
//! section texts are as people wrote them.
//!
//! Invariants:
//! - Section text is Markdown written by people (or imported); it is parsed with
//!   pulldown-cmark and never trusted: the HTML export and the UI preview only ever carry
//!   HTML that went through [`sanitize`] (no script, no event handler, no `javascript:` or
//!   `data:` URL, no remote image), and Word and PDF get text, never markup.
//! - An export never changes the plan; it reads a `PlanDocument` and returns bytes.
//! - The PDF is made offline with fonts embedded from this crate (DejaVu Sans, see
//!   `fonts/LICENSE`), so letters such as ő ű č ž ė, Greek and Cyrillic print and stay
//!   extractable as text.

mod assemble;
pub mod docx;
mod fonts;
pub mod html;
pub mod markdown;
mod markdown_blocks;
pub mod pdf;
pub mod report;
pub mod sanitize;

use std::fmt;
use std::str::FromStr;

use convene_core::plan::PlanDocument;
use convene_core::{Error, Result};

pub use report::Report;
pub use sanitize::markdown_to_safe_html;

/// The document formats a plan can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    Docx,
    Pdf,
    Markdown,
    Html,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] =
        [ExportFormat::Docx, ExportFormat::Pdf, ExportFormat::Markdown, ExportFormat::Html];

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Docx => "docx",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
        }
    }

    /// The MIME type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ExportFormat::Pdf => "application/pdf",
            ExportFormat::Markdown => "text/markdown; charset=utf-8",
            ExportFormat::Html => "text/html; charset=utf-8",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}

impl FromStr for ExportFormat {
    type Err = Error;

    /// `docx`, `pdf`, `md` or `markdown`, `html` (any case, a leading dot allowed).
    fn from_str(text: &str) -> Result<Self> {
        let wanted = text.trim().trim_start_matches('.').to_ascii_lowercase();
        match wanted.as_str() {
            "docx" => Ok(ExportFormat::Docx),
            "pdf" => Ok(ExportFormat::Pdf),
            "md" | "markdown" => Ok(ExportFormat::Markdown),
            "html" | "htm" => Ok(ExportFormat::Html),
            _ => Err(Error::invalid(
                "format",
                format!("\"{}\" is not an export format; use docx, pdf, md or html", text.trim()),
            )),
        }
    }
}

/// The plan as a file of `format`: the bytes to write as they are.
pub fn export_plan(doc: &PlanDocument, format: ExportFormat) -> Result<Vec<u8>> {
    let report = Report::from_plan(doc);
    export_report(&report, format)
}

/// Renders an already assembled [`Report`] (what [`export_plan`] does after assembling).
pub fn export_report(report: &Report, format: ExportFormat) -> Result<Vec<u8>> {
    match format {
        ExportFormat::Docx => docx::render(report),
        ExportFormat::Pdf => pdf::render(report),
        ExportFormat::Markdown => Ok(markdown::render(report).into_bytes()),
        ExportFormat::Html => Ok(html::render(report).into_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_names_and_extensions() {
        assert_eq!("docx".parse::<ExportFormat>().unwrap(), ExportFormat::Docx);
        assert_eq!("PDF".parse::<ExportFormat>().unwrap(), ExportFormat::Pdf);
        assert_eq!("md".parse::<ExportFormat>().unwrap(), ExportFormat::Markdown);
        assert_eq!("markdown".parse::<ExportFormat>().unwrap(), ExportFormat::Markdown);
        assert_eq!(" .html ".parse::<ExportFormat>().unwrap(), ExportFormat::Html);
        for format in ExportFormat::ALL {
            assert_eq!(format.extension().parse::<ExportFormat>().unwrap(), format);
        }
    }

    #[test]
    fn an_unknown_format_says_which_ones_exist() {
        let err = "odt".parse::<ExportFormat>().unwrap_err();
        assert_eq!(err.field(), Some("format"));
        let message = err.to_string();
        assert!(message.contains("\"odt\""), "{message}");
        assert!(message.contains("docx, pdf, md or html"), "{message}");
    }
}
