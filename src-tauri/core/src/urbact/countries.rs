//! Countries as URBACT pages write them, and the only two ways the importer ever infers a
//! partner's country that the page does not state.
//!
//! EU pages use the EU's own country codes, which differ from ISO 3166-1 in two places:
//! `EL` is Greece (ISO `GR`) and `UK` is the United Kingdom (ISO `GB`). [`lookup`] reads
//! both, then anything [`crate::country::lookup`] knows.
//!
//! A partner listed without a country ("Barnsley", "Clermond Ferrand") gets one only from
//! evidence in the file itself, and only when all evidence agrees ([`infer`]):
//! - an e-mail address of the same page whose domain names the partner and ends in a
//!   country's top-level domain (`DMC@Barnsley.gov.uk` -> United Kingdom);
//! - a mention anywhere in the file of the same name (same spelling once accents and case
//!   are ignored, or at most two letters apart) followed by a country in brackets
//!   ("Clermont Ferrand (France)").
//!
//! Every inference carries the sentence that explains it, which the importer reports.

use std::sync::LazyLock;

use regex::Regex;

use crate::country::{self, Country};
use crate::i18n::Message;
use crate::names::fold;

use super::parse::Line;

/// EU country codes that are not ISO 3166-1 codes.
const EU_CODES: &[(&str, &str)] = &[("EL", "GR"), ("UK", "GB")];

/// A country from an ISO code, an EU code ("EL"), an English name or a known region.
pub fn lookup(text: &str) -> Option<Country> {
    let t = text.trim();
    if let Some(&(_, iso)) = EU_CODES.iter().find(|(eu, _)| eu.eq_ignore_ascii_case(t)) {
        return country::by_code(iso);
    }
    country::lookup(t)
}

/// The country a partner is placed in without the page saying so, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Inference {
    pub country: Country,
    pub because: Message,
}

/// What the file says about a partner's country.
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    None,
    One(Inference),
    /// Pieces of evidence that disagree: no country is chosen.
    Conflicting(Vec<Message>),
}

impl Evidence {
    /// The countries conflicting evidence suggests, one after the other ("France (…); Spain
    /// (…)"); none for other evidence.
    pub fn options(self) -> Option<Message> {
        match self {
            Evidence::Conflicting(options) => options
                .into_iter()
                .reduce(|first, second| Message::new("import-reason-both").arg("first", first).arg("second", second)),
            _ => None,
        }
    }
}

/// A "Name (Country)" mention somewhere in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub line: i64,
    /// The folded words before the bracket, nearest last.
    pub words_before: Vec<String>,
    /// The words before the bracket as written, nearest last.
    pub raw_before: Vec<String>,
    /// The bracket as written: "(France)".
    pub bracket: String,
    pub country: Country,
}

static BRACKET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([^()]{2,40})\)").expect("bracket pattern"));

/// Every "Name (Country)" in `lines`.
pub fn mentions(lines: &[Line<'_>]) -> Vec<Mention> {
    let mut out = Vec::new();
    for line in lines {
        for caps in BRACKET.captures_iter(line.text) {
            let (Some(whole), Some(inner)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            let Some(country) = lookup(inner.as_str()) else {
                continue;
            };
            let before = &line.text[..whole.start()];
            out.push(Mention {
                line: line.no,
                words_before: fold(before).split(' ').filter(|w| !w.is_empty()).map(String::from).collect(),
                raw_before: before.split_whitespace().map(String::from).collect(),
                bracket: whole.as_str().to_string(),
                country,
            });
        }
    }
    out
}

impl Mention {
    /// The last words before the bracket as written, enough to cover `folded_words`
    /// folded words.
    fn quote(&self, folded_words: usize) -> String {
        let mut taken = Vec::new();
        let mut count = 0;
        for raw in self.raw_before.iter().rev() {
            if count >= folded_words {
                break;
            }
            count += fold(raw).split(' ').filter(|w| !w.is_empty()).count();
            taken.push(raw.as_str());
        }
        taken.reverse();
        taken.join(" ").trim_start_matches([',', ';', ':', '(', ')']).to_string()
    }
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+").expect("email pattern"));

/// The e-mail addresses in a text.
pub fn emails(text: &str) -> Vec<&str> {
    EMAIL.find_iter(text).map(|m| m.as_str().trim_end_matches('.')).collect()
}

/// The country of an e-mail domain's top-level domain, if it is a country code.
fn tld_country(domain: &str) -> Option<Country> {
    let tld = domain.rsplit('.').next()?.to_ascii_lowercase();
    if tld.len() != 2 {
        return None;
    }
    lookup(&tld)
}

fn close(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 6 && strsim::levenshtein(a, b) <= 2)
}

/// Gathers the file's evidence for the country of the partner called `name`.
pub fn infer(name: &str, page_emails: &[(i64, &str)], mentions: &[Mention]) -> Evidence {
    let key = fold(name);
    if key.is_empty() {
        return Evidence::None;
    }
    let squashed = key.replace(' ', "");
    let mut found: Vec<Inference> = Vec::new();
    for &(line, email) in page_emails {
        let Some((_, domain)) = email.split_once('@') else {
            continue;
        };
        let labels: Vec<String> = domain.split('.').map(|l| l.to_ascii_lowercase()).collect();
        let names_partner =
            labels[..labels.len().saturating_sub(1)].iter().any(|l| fold(l).replace(' ', "") == squashed);
        if let (true, Some(country)) = (names_partner, tld_country(domain)) {
            let tld = labels.last().map(String::as_str).unwrap_or_default();
            found.push(Inference {
                country,
                because: Message::new("import-country-because-email")
                    .arg("email", email)
                    .arg("line", line.to_string())
                    .arg("tld", tld),
            });
        }
    }
    let wanted = key.split(' ').count();
    for m in mentions {
        if m.words_before.len() < wanted {
            continue;
        }
        let candidate = m.words_before[m.words_before.len() - wanted..].join(" ");
        if close(&candidate, &key) {
            found.push(Inference {
                country: m.country,
                because: Message::new("import-country-because-mention")
                    .arg("line", m.line.to_string())
                    .arg("quote", format!("{} {}", m.quote(wanted), m.bracket)),
            });
        }
    }
    let Some(first) = found.first().cloned() else {
        return Evidence::None;
    };
    if found.iter().all(|f| f.country == first.country) {
        let because = found
            .into_iter()
            .map(|f| f.because)
            .reduce(|first, second| {
                Message::new("import-country-because-both").arg("first", first).arg("second", second)
            })
            .unwrap_or(first.because);
        Evidence::One(Inference { country: first.country, because })
    } else {
        Evidence::Conflicting(
            found
                .iter()
                .map(|f| {
                    Message::new("import-country-option").arg("country", f.country.name).arg("because", &f.because)
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eu_codes_are_read() {
        assert_eq!(lookup("EL").unwrap().code, "GR");
        assert_eq!(lookup("UK").unwrap().code, "GB");
        assert_eq!(lookup("BE").unwrap().code, "BE");
        assert_eq!(lookup("Saxony-Anhalt").unwrap().code, "DE");
        assert!(lookup("Basingstoke").is_none());
    }

    #[test]
    fn email_domain_names_the_partner() {
        let emails = [(16, "DMC@Barnsley.gov.uk")];
        match infer("Barnsley", &emails, &[]) {
            Evidence::One(i) => {
                assert_eq!(i.country.code, "GB");
                assert!(i.because.contains("DMC@Barnsley.gov.uk (line 16)"), "{}", i.because);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(infer("Basingstoke and Deane", &emails, &[]), Evidence::None);
        assert_eq!(infer("Barnsley", &[(1, "info@barnsley.com")], &[]), Evidence::None);
    }

    #[test]
    fn bracketed_mentions_anywhere_in_the_file() {
        let lines = [Line {
            no: 338,
            text:
                "to 5 other cities: Suceava (Romania), Aveiro (Portugal), Clermont Ferrand (France), Jurmala (Latvia)",
        }];
        let found = mentions(&lines);
        assert_eq!(found.len(), 4);
        match infer("Clermond Ferrand", &[], &found) {
            Evidence::One(i) => {
                assert_eq!(i.country.code, "FR");
                assert!(i.because.contains("line 338"), "{}", i.because);
                assert!(i.because.ends_with("writes \"Clermont Ferrand (France)\""), "{}", i.because);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(infer("Basingstoke and Deane", &[], &found), Evidence::None);
    }

    #[test]
    fn disagreeing_evidence_chooses_nothing() {
        let lines = [Line { no: 1, text: "Barnsley (France)" }];
        let e = infer("Barnsley", &[(2, "a@barnsley.gov.uk")], &mentions(&lines));
        assert!(matches!(e, Evidence::Conflicting(ref v) if v.len() == 2), "{e:?}");
    }
}
