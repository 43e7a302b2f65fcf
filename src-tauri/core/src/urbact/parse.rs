//! Reading the text into numbered lines and records.
//!
//! The pages' text is a run of records, each ending with a line that reads `Ref nid`. A
//! record is a network page (it names a lead partner, or lists partners as
//! `City - Country`) or a good-practice page (it has the practice template's headings,
//! sharing buttons or the "Is a transfer practice" flag). Invariant: every line of the
//! file belongs to exactly one record or to the trailing lines after the last record, so
//! the readers that follow can account for every line.

use std::sync::LazyLock;

use regex::Regex;

use crate::names::fold;

use super::countries;

/// One line of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// 1-based.
    pub no: i64,
    /// Without indentation or trailing spaces.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether the line is a list item ("• Limerick - Ireland").
    pub fn is_bullet(&self) -> bool {
        self.text.starts_with(BULLETS)
    }

    /// The text without its bullet.
    pub fn content(&self) -> &'a str {
        self.text.trim_start_matches(BULLETS).trim()
    }
}

const BULLETS: [char; 4] = ['•', '●', '▪', '◦'];

/// A record: its lines up to (not including) the `Ref nid` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    pub lines: Vec<Line<'a>>,
    /// The line number of its `Ref nid`.
    pub end: i64,
}

impl<'a> Record<'a> {
    /// The first non-blank line: the page's title.
    pub fn title(&self) -> Option<Line<'a>> {
        self.lines.iter().copied().find(|l| !l.is_blank())
    }

    /// The lines after the title.
    pub fn body(&self) -> &[Line<'a>] {
        match self.lines.iter().position(|l| !l.is_blank()) {
            Some(i) => &self.lines[i + 1..],
            None => &[],
        }
    }
}

/// The file cut into records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pages<'a> {
    pub records: Vec<Record<'a>>,
    /// Non-blank lines after the last `Ref nid`.
    pub trailing: Vec<Line<'a>>,
    /// Every line, for readers that look across records.
    pub all: Vec<Line<'a>>,
}

pub fn is_record_end(text: &str) -> bool {
    text.trim().eq_ignore_ascii_case("ref nid")
}

pub fn split_records(text: &str) -> Pages<'_> {
    let all: Vec<Line<'_>> = text.lines().enumerate().map(|(i, t)| Line { no: i as i64 + 1, text: t.trim() }).collect();
    let mut records = Vec::new();
    let mut current = Vec::new();
    for line in &all {
        if is_record_end(line.text) {
            records.push(Record { lines: std::mem::take(&mut current), end: line.no });
        } else {
            current.push(*line);
        }
    }
    let trailing = current.into_iter().filter(|l| !l.is_blank()).collect();
    Pages { records, trailing, all }
}

/// What kind of page a record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Network,
    Practice,
    Unknown,
}

static LEAD_PARTNER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^lead\s+partner\b\s*:?\s*(?P<rest>.*)$").expect("lead partner pattern"));

/// The text after "LEAD PARTNER" / "Lead Partner :" when the line names the lead partner.
pub fn lead_partner(content: &str) -> Option<&str> {
    LEAD_PARTNER.captures(content).and_then(|c| c.name("rest")).map(|m| m.as_str().trim())
}

/// The headings of URBACT's good-practice template, in the order pages use them.
pub const PRACTICE_HEADINGS: &[&str] = &[
    "The solutions offered by the good practice",
    "Building on the sustainable and integrated approach",
    "Based on a participatory approach",
    "What difference has it made?",
    "Why should other European cities use it?",
    "Transferring the practice",
    "Sustainable, participatory and integrated urban approach",
];

pub fn is_practice_heading(text: &str) -> bool {
    let key = fold(text);
    PRACTICE_HEADINGS.iter().any(|h| fold(h) == key)
}

pub fn is_transfer_flag(text: &str) -> bool {
    fold(text) == "is a transfer practice"
}

/// Boilerplate of the URBACT site that carries no information of its own and is dropped:
/// the sharing buttons' labels and the "Read more here!" link text (which points at a
/// document the text does not include). Compared after [`fold`], so spacing, case and a
/// non-breaking space before the "!" do not matter. Every other line is placed or kept.
pub const NOISE: &[&str] = &[
    "share on facebookshare on twittershare on linkedin",
    "share on facebook share on twitter share on linkedin",
    "read more here",
    "read more",
];

pub fn is_noise(text: &str) -> bool {
    let key = fold(text);
    !key.is_empty() && NOISE.contains(&key.as_str())
}

static READ_MORE_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*read\s+more(?:\s+here)?[\s\u{a0}]*!?\s*$").expect("read more pattern"));

/// Drops a trailing "Read more here!" link text from a paragraph; says whether it did.
pub fn strip_read_more(text: &str) -> (&str, bool) {
    match READ_MORE_SUFFIX.find(text) {
        Some(m) if m.start() > 0 => (text[..m.start()].trim_end(), true),
        _ => (text, false),
    }
}

/// A line long enough to be a paragraph of prose rather than a heading, name or title.
pub const PARAGRAPH_MIN: usize = 200;

pub fn is_paragraph(text: &str) -> bool {
    text.chars().count() >= PARAGRAPH_MIN
}

static PLACE_COUNTRY_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[-–—]\s*|\s*[-–—]\s+|\s*,\s*").expect("separator pattern"));

/// A "City - Country" line split in two: "Jelgava -Latvia", "Saint-Quentin, France",
/// "SALEG - Saxony-Anhalt", "22nd district of Budapest (Budafok-Tétény) - Hungary".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceCountry<'a> {
    pub place: &'a str,
    /// The country as the page writes it.
    pub written: &'a str,
    pub code: &'static str,
}

/// Splits at the last separator (a spaced dash or a comma) whose right side is a country;
/// a hyphen inside a name ("Saint-Quentin") is not a separator.
pub fn split_place_country(text: &str) -> Option<PlaceCountry<'_>> {
    let text = text.trim().trim_end_matches('.');
    let seps: Vec<_> = PLACE_COUNTRY_SEPARATOR.find_iter(text).collect();
    for sep in seps.iter().rev() {
        let (place, written) = (text[..sep.start()].trim(), text[sep.end()..].trim());
        if place.is_empty() || written.is_empty() {
            continue;
        }
        if let Some(country) = countries::lookup(written) {
            return Some(PlaceCountry { place, written, code: country.code });
        }
    }
    None
}

/// Decides what a record is; see the module docs.
pub fn record_kind(record: &Record<'_>) -> RecordKind {
    let body = record.body();
    if record.title().is_none() {
        return RecordKind::Unknown;
    }
    if body.iter().any(|l| lead_partner(l.content()).is_some()) {
        return RecordKind::Network;
    }
    let listed = body.iter().filter(|l| l.is_bullet() && split_place_country(l.content()).is_some()).count();
    if listed >= 2 {
        return RecordKind::Network;
    }
    if body.iter().any(|l| {
        is_practice_heading(l.text) || is_transfer_flag(l.text) || fold(l.text).starts_with("share on facebook")
    }) {
        return RecordKind::Practice;
    }
    RecordKind::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_end_with_ref_nid() {
        let pages = split_records("• A\n  x\n  Ref nid\n• B\nRef nid\n\nleft over\n");
        assert_eq!(pages.records.len(), 2);
        assert_eq!(pages.records[0].end, 3);
        assert_eq!(pages.records[0].title().unwrap().content(), "A");
        assert_eq!(pages.records[1].lines[0], Line { no: 4, text: "• B" });
        assert_eq!(pages.trailing, vec![Line { no: 7, text: "left over" }]);
    }

    #[test]
    fn place_and_country() {
        let pc = |t| split_place_country(t).map(|p| (p.place, p.code));
        assert_eq!(pc("Limerick - Ireland"), Some(("Limerick", "IE")));
        assert_eq!(pc("Jelgava -Latvia"), Some(("Jelgava", "LV")));
        assert_eq!(pc("Saint-Quentin, France"), Some(("Saint-Quentin", "FR")));
        assert_eq!(pc("Saint-Quentin - France"), Some(("Saint-Quentin", "FR")));
        assert_eq!(pc("SALEG - Saxony-Anhalt"), Some(("SALEG", "DE")));
        assert_eq!(
            pc("22nd district of Budapest (Budafok-Tétény) - Hungary"),
            Some(("22nd district of Budapest (Budafok-Tétény)", "HU"))
        );
        assert_eq!(pc("Kezmarok - Estonia"), Some(("Kezmarok", "EE")));
        assert_eq!(pc("IoTxChange Action Plan - Make Fundao an IoT city"), None);
        assert_eq!(pc("BOTOSANI - The Smart City to be"), None);
        assert_eq!(pc("Clermond Ferrand"), None);
    }

    #[test]
    fn noise_and_read_more() {
        assert!(is_noise("Read more here\u{a0}!"));
        assert!(is_noise("Read more here!"));
        assert!(is_noise("Share on FacebookShare on TwitterShare on LinkedIn"));
        assert!(!is_noise("TechTown logo"));
        assert_eq!(strip_read_more("Some text. Read more here!"), ("Some text.", true));
        assert_eq!(strip_read_more("Some text."), ("Some text.", false));
    }

    #[test]
    fn lead_partner_lines() {
        assert_eq!(lead_partner("LEAD PARTNER Barnsley"), Some("Barnsley"));
        assert_eq!(lead_partner("Lead Partner : Alba Iulia - Romania"), Some("Alba Iulia - Romania"));
        assert_eq!(lead_partner("LEAD PARTNER : Messina - Italy"), Some("Messina - Italy"));
        assert_eq!(lead_partner("Leading partners of the region"), None);
    }
}
