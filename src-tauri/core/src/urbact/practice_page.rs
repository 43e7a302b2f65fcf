//! Reading one good-practice page, without touching the database.
//!
//! The template: title, tagline, author, author's role, the sharing buttons (dropped),
//! a headline figure ("521 946", the city's population), then the text. The text before
//! the first of the template's headings ([`PRACTICE_HEADINGS`]) is an introduction
//! section with an empty heading (the page gives it none, and no heading is invented);
//! each heading starts a section that runs to the next. Lines of a section keep their line
//! breaks; blank lines separate paragraphs. "Is a transfer practice" sets the flag.
//!
//! The city and country are read from the first "City (CC)" in the text, as URBACT writes
//! them ("Antwerp (BE)", "The city of Heraklion (EL)", "The Gijon City Council (ES)"):
//! EU codes are read as countries (EL is Greece), words such as "The", "city of" and
//! "City Council" are taken off, and when the page also spells the city with its accents
//! elsewhere ("Gijón") that spelling is kept.

use std::sync::LazyLock;

use regex::Regex;

use crate::i18n::Message;
use crate::names::fold;
use crate::practice::PracticeSection;

use super::countries;
use super::network_page::Unplaced;
use super::parse::{is_noise, is_paragraph, is_practice_heading, is_transfer_flag, Record, PRACTICE_HEADINGS};
use super::report::{ImportWarning, WarningKind};

#[derive(Debug, Clone, PartialEq)]
pub struct PracticePage {
    pub line: i64,
    pub title: String,
    pub tagline: String,
    pub author: String,
    pub author_role: String,
    pub figure: String,
    pub city: String,
    pub country: Option<&'static str>,
    pub sections: Vec<PracticeSection>,
    pub is_transfer: bool,
    pub unplaced: Vec<Unplaced>,
    pub warnings: Vec<ImportWarning>,
}

static FIGURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}(?:[ \u{a0}.,]\d{3})+$|^\d{4,}$").expect("figure pattern"));
static CITY_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?P<before>[^.;:()]*?)\s*\((?P<code>[A-Z]{2})\)").expect("city code pattern"));

pub fn read(record: &Record<'_>) -> PracticePage {
    let title = record.title().expect("a practice record has a title");
    let mut page = PracticePage {
        line: title.no,
        title: title.content().to_string(),
        tagline: String::new(),
        author: String::new(),
        author_role: String::new(),
        figure: String::new(),
        city: String::new(),
        country: None,
        sections: Vec::new(),
        is_transfer: false,
        unplaced: Vec::new(),
        warnings: Vec::new(),
    };
    let body = record.body();
    let text_starts =
        body.iter().position(|l| is_paragraph(l.text) || is_practice_heading(l.text)).unwrap_or(body.len());
    let mut header = 0;
    for line in &body[..text_starts] {
        if line.is_blank() || is_noise(line.text) {
            continue;
        }
        if is_transfer_flag(line.text) {
            page.is_transfer = true;
            continue;
        }
        if page.figure.is_empty() && FIGURE.is_match(line.text) {
            page.figure = line.text.to_string();
            continue;
        }
        let slot = match header {
            0 => &mut page.tagline,
            1 => &mut page.author,
            2 => &mut page.author_role,
            _ => {
                page.unplaced.push(Unplaced {
                    line: line.no,
                    text: line.text.into(),
                    reason: Message::new("import-reason-practice-header"),
                });
                continue;
            }
        };
        *slot = line.content().to_string();
        header += 1;
    }

    let mut heading = String::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut open = false;
    let mut started = false;
    let flush = |heading: &str, paragraphs: &mut Vec<String>, sections: &mut Vec<PracticeSection>, started: bool| {
        if started && (!heading.is_empty() || !paragraphs.is_empty()) {
            sections.push(PracticeSection { heading: heading.to_string(), body: paragraphs.join("\n\n") });
        }
        paragraphs.clear();
    };
    for line in &body[text_starts..] {
        if line.is_blank() {
            open = false;
            continue;
        }
        if is_noise(line.text) {
            continue;
        }
        if is_transfer_flag(line.text) {
            page.is_transfer = true;
            continue;
        }
        if is_practice_heading(line.text) {
            flush(&heading, &mut paragraphs, &mut page.sections, started);
            let key = fold(line.text);
            heading = PRACTICE_HEADINGS.iter().find(|h| fold(h) == key).map_or(line.text, |h| *h).to_string();
            started = true;
            open = false;
            continue;
        }
        started = true;
        if open {
            let last = paragraphs.last_mut().expect("an open paragraph");
            last.push('\n');
            last.push_str(line.text);
        } else {
            paragraphs.push(line.text.to_string());
            open = true;
        }
    }
    flush(&heading, &mut paragraphs, &mut page.sections, started);
    read_city(&mut page, record);
    page
}

/// Generic words around a city's name in "The Gijon City Council (ES)".
const CITY_PREFIXES: &[&str] = &["the city of ", "the municipality of ", "city of ", "municipality of ", "the "];
const CITY_SUFFIXES: &[&str] = &[" city council", " municipality", " city hall", " council", " city"];

fn read_city(page: &mut PracticePage, record: &Record<'_>) {
    let text: String = page.sections.iter().map(|s| s.body.as_str()).collect::<Vec<_>>().join("\n");
    let found = CITY_CODE.captures_iter(&text).find_map(|c| {
        let country = countries::lookup(&c["code"])?;
        let before = c["before"].trim();
        let words: Vec<&str> = before.split_whitespace().collect();
        let start = words.iter().rposition(|w| !w.starts_with(|ch: char| ch.is_uppercase())).map_or(0, |i| i + 1);
        let name = words[start..].join(" ");
        (!name.is_empty()).then_some((name, country.code))
    });
    let Some((mut name, code)) = found else {
        page.warnings.push(ImportWarning::new(
            page.line,
            &page.title,
            WarningKind::Inferred,
            Message::new("import-warning-practice-no-city"),
        ));
        return;
    };
    for prefix in CITY_PREFIXES {
        if name.to_lowercase().starts_with(prefix) && name.len() > prefix.len() {
            name = name[prefix.len()..].to_string();
        }
    }
    for suffix in CITY_SUFFIXES {
        if name.to_lowercase().ends_with(suffix) && name.len() > suffix.len() {
            name.truncate(name.len() - suffix.len());
        }
    }
    let key = fold(&name);
    let accented = record
        .lines
        .iter()
        .flat_map(|l| l.text.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .find(|w| !w.is_ascii() && fold(w) == key);
    page.city = accented.map_or(name, String::from);
    page.country = Some(code);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::urbact::parse::split_records;

    #[test]
    fn reads_header_sections_and_city() {
        let long = "x ".repeat(120);
        let text = format!(
            "• Citizen card\n\n\n    Providing access\n\n    Laura González Méndez\n    CARD4LL Project Coordinator\n    Share on FacebookShare on TwitterShare on LinkedIn\n    272 202\n\n\n    Every day {long}\n    The Gijon City Council (ES) fulfils needs.\n\n    The solutions offered by the good practice\n\n    • one\n    • two\n\n    Gijón has a population.\n\n    Is a transfer practice\n    Ref nid\n"
        );
        let pages = split_records(&text);
        let p = read(&pages.records[0]);
        assert_eq!(p.title, "Citizen card");
        assert_eq!(p.tagline, "Providing access");
        assert_eq!(p.author, "Laura González Méndez");
        assert_eq!(p.author_role, "CARD4LL Project Coordinator");
        assert_eq!(p.figure, "272 202");
        assert!(p.is_transfer);
        assert_eq!(p.sections.len(), 2);
        assert_eq!(p.sections[0].heading, "");
        assert!(p.sections[0].body.ends_with("\nThe Gijon City Council (ES) fulfils needs."));
        assert_eq!(p.sections[1].heading, "The solutions offered by the good practice");
        assert_eq!(p.sections[1].body, "• one\n• two\n\nGijón has a population.");
        assert_eq!(p.city, "Gijón");
        assert_eq!(p.country, Some("ES"));
        assert!(p.unplaced.is_empty());
    }

    #[test]
    fn eu_code_for_greece() {
        let long = "y ".repeat(120);
        let text = format!("• Plan\nTag\nA\nB\n\nThe city of Heraklion (EL) has a plan {long}\nRef nid\n");
        let pages = split_records(&text);
        let p = read(&pages.records[0]);
        assert_eq!((p.city.as_str(), p.country), ("Heraklion", Some("GR")));
    }
}
