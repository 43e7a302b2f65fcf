//! Reading one network page into what it says, without touching the database.
//!
//! Every line after the title ends up in exactly one place: a partner (the lead partner
//! line, then the bulleted `City - Country` list), the contact e-mail, a postal address of a
//! partner, a dated meeting or milestone, a month-only or undated meeting, an Integrated
//! Action Plan entry, the description, the tagline, the known boilerplate that is dropped
//! ([`super::parse::NOISE`]) or, failing all of these, the unplaced lines that the importer
//! keeps as import notes. Nothing is read silently as something it might not be.
//!
//! - **Description**: the page's last run of prose paragraphs (lines of at least
//!   [`super::parse::PARAGRAPH_MIN`] characters, separated only by blank lines); an earlier paragraph
//!   that is not part of it (IoTXchange's "Network Result Product" text) is unplaced.
//! - **Tagline**: the page's last line, when it is short and nothing else claimed it.
//! - **IAP entries** follow an "Integrated Action Plans" heading: a title line, optional
//!   summary lines, the "Read more here!" link and a `City - Country` line. A title that
//!   follows a finished entry's link without a city line between ("PORTALEGRE Integrated
//!   Action Plan", then "ReStart mAI City") closes that entry without a city; the
//!   importer then looks for the city in its title. A prose paragraph when no entry is
//!   open ends the section.
//! - **Dates** out of order (a meeting dated before the one listed above it) are kept as
//!   written and warned about; month-only meetings get years only from `start_year`.
mod addresses;
mod iap;
mod order;

use chrono::NaiveDate;

use crate::error::Error;
use crate::i18n::Message;
use crate::meeting::MeetingKind;
use crate::names::fold;
use crate::network::NetworkKind;
use crate::validate;

use super::countries;
use super::dates::{self, DateSpan, MonthOnly};
use super::events::{self, read_event};
use super::parse::{self, is_noise, is_paragraph, split_place_country, strip_read_more, Line, Record};
use super::report::{ImportWarning, WarningKind};

use addresses::{attach_addresses, looks_like_address};
use iap::{finish_entry, read_iap_line, Iap};
use order::{check_sequence, give_years};

/// A line kept because it could not be placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Unplaced {
    pub line: i64,
    pub text: String,
    /// Kept in English in the import notes (`import-reason-*` of `import.ftl`).
    pub reason: Message,
}

/// A partner as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerLine {
    pub line: i64,
    pub text: String,
    pub name: String,
    /// ISO code of the country the line states.
    pub country: Option<&'static str>,
    pub lead: bool,
    /// A postal address found on the page for this partner: (line, text).
    pub address: Option<(i64, String)>,
}

/// When a meeting takes place, as far as the page says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    Days(DateSpan),
    /// "June (Gavle)": a month, a year only when `start_year` gave one.
    Month {
        month: u32,
        year: Option<i32>,
        wording: String,
    },
    /// "Kick-Off Meeting": no date at all.
    Undated {
        wording: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDraft {
    pub kind: MeetingKind,
    pub title: String,
    pub place: Option<String>,
    pub online: bool,
    pub when: When,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventWhat {
    Milestone { date: NaiveDate, title: String },
    Meeting(MeetingDraft),
}

/// A meeting or milestone and the line it came from; `part` numbers the meetings of a line
/// that lists several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub line: i64,
    pub text: String,
    pub part: usize,
    pub what: EventWhat,
}

/// The `City - Country` line that ends an IAP entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityLine {
    pub line: i64,
    pub text: String,
    pub city: String,
    pub country: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEntry {
    pub line: i64,
    /// The title line as written.
    pub text: String,
    pub title: String,
    pub summary: String,
    pub city: Option<CityLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NetworkPage {
    pub line: i64,
    pub name: String,
    pub kind: NetworkKind,
    /// Whether the page says what kind of network it is.
    pub kind_stated: bool,
    pub partners: Vec<PartnerLine>,
    /// Valid e-mail addresses, (line, address), in page order; the first is the network's
    /// contact address, the others only count as evidence of a partner's country.
    pub emails: Vec<(i64, String)>,
    pub events: Vec<Event>,
    pub plans: Vec<PlanEntry>,
    pub description: Option<(i64, String)>,
    pub tagline: Option<(i64, String)>,
    pub unplaced: Vec<Unplaced>,
    pub warnings: Vec<ImportWarning>,
}

impl MonthOnly for MeetingDraft {
    fn month(&self) -> u32 {
        match &self.when {
            When::Month { month, .. } => *month,
            _ => 0,
        }
    }

    fn set_year(&mut self, y: i32) {
        if let When::Month { year, .. } = &mut self.when {
            *year = Some(y);
        }
    }
}

/// Reads a record that [`parse::record_kind`] found to be a network page.
pub fn read(record: &Record<'_>, start_year: Option<i32>) -> NetworkPage {
    let title = record.title().expect("a network record has a title");
    let mut page = NetworkPage {
        line: title.no,
        name: title.content().to_string(),
        kind: NetworkKind::ActionPlanning,
        kind_stated: false,
        partners: Vec::new(),
        emails: Vec::new(),
        events: Vec::new(),
        plans: Vec::new(),
        description: None,
        tagline: None,
        unplaced: Vec::new(),
        warnings: Vec::new(),
    };
    let body = record.body();
    let last_content = body.iter().rev().find(|l| !l.is_blank() && !is_noise(l.text)).map(|l| l.no);
    let mut in_partner_list = false;
    let mut iap: Option<Iap> = None;
    // Paragraph runs: each run is a list of (line, text); a run ends at any other content.
    let mut runs: Vec<Vec<(i64, String)>> = Vec::new();
    let mut run_open = false;

    for line in body {
        if line.is_blank() {
            in_partner_list = false;
            continue;
        }
        let content = line.content();
        if is_noise(line.text) {
            if let Some(state) = iap.as_mut() {
                if state.open.is_some() {
                    state.text_done = true;
                }
            }
            continue;
        }
        let is_last = Some(line.no) == last_content;
        if let Some(state) = iap.as_mut() {
            if read_iap_line(state, *line, is_last, &mut page.plans, &mut page.unplaced) {
                run_open = false;
                continue;
            }
            finish_entry(state, &mut page.plans, &mut page.unplaced);
            iap = None;
        }
        let placed = place_line(&mut page, *line, content, &mut in_partner_list, &mut iap, is_last);
        if placed {
            run_open = false;
            continue;
        }
        if is_paragraph(content) {
            if !run_open {
                runs.push(Vec::new());
                run_open = true;
            }
            runs.last_mut().expect("a run").push((line.no, content.to_string()));
            continue;
        }
        run_open = false;
        page.unplaced.push(Unplaced {
            line: line.no,
            text: line.text.to_string(),
            reason: Message::new("import-reason-not-network-content"),
        });
    }
    if let Some(state) = iap.as_mut() {
        finish_entry(state, &mut page.plans, &mut page.unplaced);
    }
    if let Some(last) = runs.pop() {
        let text = last.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
        page.description = Some((last[0].0, text));
    }
    for run in runs {
        for (no, text) in run {
            page.unplaced.push(Unplaced { line: no, text, reason: Message::new("import-reason-early-paragraph") });
        }
    }
    page.unplaced.sort_by_key(|u| u.line);
    read_kind(&mut page, record);
    attach_addresses(&mut page, body);
    check_sequence(&mut page);
    if let Some(year) = start_year {
        give_years(&mut page, year);
    }
    page
}

/// Tries the structured readings of a line; true when one took it.
fn place_line(
    page: &mut NetworkPage,
    line: Line<'_>,
    content: &str,
    in_partner_list: &mut bool,
    iap: &mut Option<Iap>,
    is_last: bool,
) -> bool {
    if let Some(rest) = parse::lead_partner(content) {
        page.partners.push(partner_line(line, rest, true));
        *in_partner_list = true;
        return true;
    }
    if let Some(read) = dates::leading_date(content) {
        match read {
            Ok((span, rest)) => push_dated(page, line, span, rest),
            Err(e) => {
                page.warnings.push(warning(
                    line,
                    WarningKind::BadDate,
                    Message::new("import-warning-bad-date").arg("reason", &e.0),
                ));
                page.unplaced.push(Unplaced { line: line.no, text: line.text.into(), reason: e.0 });
            }
        }
        *in_partner_list = false;
        return true;
    }
    if line.is_bullet() && (*in_partner_list || split_place_country(content).is_some()) && !is_paragraph(content) {
        page.partners.push(partner_line(line, content, false));
        *in_partner_list = true;
        return true;
    }
    *in_partner_list = false;
    let folded = fold(content);
    if folded == "integrated action plans" || folded == "integrated action plan" {
        *iap = Some(Iap::default());
        return true;
    }
    if !is_paragraph(content) {
        let found = countries::emails(content);
        if !found.is_empty() {
            let mut is_contact = false;
            let mut problems = Vec::new();
            for email in found {
                match validate::email("contact_email", email) {
                    Ok(ok) => {
                        is_contact |= page.emails.is_empty();
                        page.emails.push((line.no, ok));
                    }
                    Err(e) => problems.push(error_said(&e)),
                }
            }
            if !is_contact {
                let reason = problems
                    .into_iter()
                    .reduce(both)
                    .unwrap_or_else(|| Message::new("import-reason-other-email").arg("email", &page.emails[0].1));
                page.unplaced.push(Unplaced { line: line.no, text: line.text.into(), reason });
            }
            return true;
        }
        if let Some(items) = events::month_items(content) {
            for (part, item) in items.into_iter().enumerate() {
                page.events.push(Event {
                    line: line.no,
                    text: line.text.into(),
                    part,
                    what: EventWhat::Meeting(MeetingDraft {
                        kind: item.kind,
                        title: item.title,
                        place: Some(item.place),
                        online: false,
                        when: When::Month { month: item.month, year: None, wording: item.wording },
                    }),
                });
            }
            return true;
        }
        if events::mentions_meeting(content) && content.chars().count() <= 150 && !is_last {
            let e = read_event(content);
            page.events.push(Event {
                line: line.no,
                text: line.text.into(),
                part: 0,
                what: EventWhat::Meeting(MeetingDraft {
                    kind: e.kind,
                    title: e.title,
                    place: e.place,
                    online: e.online,
                    when: When::Undated { wording: content.to_string() },
                }),
            });
            return true;
        }
        if is_last {
            page.tagline = Some((line.no, content.to_string()));
            return true;
        }
        if looks_like_address(content) {
            // Attached to its partner once the whole page is read, or kept unplaced.
            page.unplaced.push(Unplaced {
                line: line.no,
                text: line.text.into(),
                reason: Message::new(ADDRESS_REASON),
            });
            return true;
        }
    }
    false
}

const ADDRESS_REASON: &str = "import-reason-address";

fn partner_line(line: Line<'_>, text: &str, lead: bool) -> PartnerLine {
    let (name, country) = match split_place_country(text) {
        Some(pc) => (pc.place.to_string(), Some(pc.code)),
        None => (text.trim().to_string(), None),
    };
    PartnerLine { line: line.no, text: line.text.to_string(), name, country, lead, address: None }
}

fn push_dated(page: &mut NetworkPage, line: Line<'_>, span: DateSpan, rest: &str) {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ','));
    let what = if events::is_milestone(rest) {
        EventWhat::Milestone { date: span.first, title: rest.trim().to_string() }
    } else {
        let e = read_event(rest);
        EventWhat::Meeting(MeetingDraft {
            kind: e.kind,
            title: e.title,
            place: e.place,
            online: e.online,
            when: When::Days(span),
        })
    };
    page.events.push(Event { line: line.no, text: line.text.into(), part: 0, what });
}

fn read_kind(page: &mut NetworkPage, record: &Record<'_>) {
    let text = fold(&record.lines.iter().map(|l| l.text).collect::<Vec<_>>().join(" "));
    let (kind, stated) = if text.contains("innovation transfer") {
        (NetworkKind::InnovationTransfer, true)
    } else if text.contains("transfer network") {
        (NetworkKind::Transfer, true)
    } else if text.contains("action planning") || text.contains("integrated action plan") {
        (NetworkKind::ActionPlanning, true)
    } else {
        (NetworkKind::ActionPlanning, false)
    };
    page.kind = kind;
    page.kind_stated = stated;
}

fn warning(line: Line<'_>, kind: WarningKind, message: Message) -> ImportWarning {
    ImportWarning::new(line.no, line.text, kind, message)
}

/// Two reasons one after the other ("first; second").
pub(crate) fn both(first: Message, second: Message) -> Message {
    Message::new("import-reason-both").arg("first", first).arg("second", second)
}

/// What an error of Convene's rules says, in whichever language reads it: for a field,
/// "field: reason", as its English `Display`.
pub(crate) fn error_said(error: &Error) -> Message {
    match error {
        Error::Invalid { field, reason } => {
            Message::new("import-field-problem").arg("field", field).arg("reason", reason)
        }
        other => Message::from(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::urbact::parse::split_records;

    const PAGE: &str = "• Demo\n\n    LEAD PARTNER Barnsley\n    • Limerick - Ireland\n    • Clermond Ferrand\n\n    For any enquires, email: DMC@Barnsley.gov.uk\n    • 2-3 December, 2021 - Transnational Meeting Nr. 4 Kezmarok @ONLINE\n    • 17-19 February, 2021 - Transnational Meeting Nr. 5 Dodoni @ONLINE\n    Integrated Action Plans\n    IAP Limerick\n    Read more here!\n    Limerick - Ireland\n    PORTALEGRE Integrated Action Plan\n    Read more here!\n    ReStart mAI City\n    Read more here!\n    Trikala - Greece\n    Demo logo\n    A short tagline\n    Ref nid\n";

    #[test]
    fn reads_a_small_page() {
        let pages = split_records(PAGE);
        let page = read(&pages.records[0], None);
        assert_eq!(page.name, "Demo");
        let partners: Vec<_> = page.partners.iter().map(|p| (p.name.as_str(), p.country, p.lead)).collect();
        assert_eq!(
            partners,
            vec![("Barnsley", None, true), ("Limerick", Some("IE"), false), ("Clermond Ferrand", None, false)]
        );
        assert_eq!(page.emails, vec![(7, "DMC@Barnsley.gov.uk".to_string())]);
        assert_eq!(page.events.len(), 2);
        let plans: Vec<_> =
            page.plans.iter().map(|p| (p.title.as_str(), p.city.as_ref().map(|c| c.city.as_str()))).collect();
        assert_eq!(
            plans,
            vec![
                ("IAP Limerick", Some("Limerick")),
                ("PORTALEGRE Integrated Action Plan", None),
                ("ReStart mAI City", Some("Trikala"))
            ]
        );
        assert_eq!(page.tagline, Some((20, "A short tagline".to_string())));
        assert_eq!(
            page.unplaced.iter().map(|u| (u.line, u.text.as_str())).collect::<Vec<_>>(),
            vec![(19, "Demo logo")]
        );
        let seq: Vec<_> =
            page.warnings.iter().filter(|w| w.kind == WarningKind::OutOfSequence).map(|w| w.line).collect();
        assert_eq!(seq, vec![9]);
        assert!(!page.kind_stated || page.kind == NetworkKind::ActionPlanning);
    }

    #[test]
    fn description_is_the_last_run_of_paragraphs() {
        let long = |w: &str| format!("{w} {}", "words of prose ".repeat(20));
        let text = format!(
            "• Demo\nLead Partner : Perugia - Italy\n\n{}\n\nFinal products\n\n{}\n\n{}\nTagline here\nRef nid\n",
            long("first"),
            long("second"),
            long("third")
        );
        let pages = split_records(&text);
        let page = read(&pages.records[0], None);
        let (line, desc) = page.description.unwrap();
        assert_eq!(line, 8);
        assert!(desc.starts_with("second") && desc.contains("\n\nthird"), "{desc}");
        let unplaced: Vec<_> = page.unplaced.iter().map(|u| u.line).collect();
        assert_eq!(unplaced, vec![4, 6]);
    }
}
