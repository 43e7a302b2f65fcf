//! Dates in page order: a meeting dated before the one listed above it is kept as written
//! and warned about, and month-only meetings get years only from the start year given.

use super::*;

/// Warns about a dated line that is earlier than a line listed above it.
pub(super) fn check_sequence(page: &mut NetworkPage) {
    let mut latest: Option<(NaiveDate, Message, i64)> = None;
    let mut warnings = Vec::new();
    for e in &page.events {
        let (first, shown) = match &e.what {
            EventWhat::Milestone { date, .. } => (*date, DateSpan { first: *date, last: *date }.said()),
            EventWhat::Meeting(MeetingDraft { when: When::Days(span), .. }) => (span.first, span.said()),
            _ => continue,
        };
        match &latest {
            Some((before, before_shown, before_line)) if first < *before => warnings.push(ImportWarning::new(
                e.line,
                &e.text,
                WarningKind::OutOfSequence,
                Message::new("import-warning-out-of-sequence")
                    .arg("date", shown)
                    .arg("before", before_shown)
                    .arg("line", before_line.to_string()),
            )),
            _ => latest = Some((first, shown, e.line)),
        }
    }
    page.warnings.extend(warnings);
}

/// Gives month-only meetings years in page order (the importer reports each one).
pub(super) fn give_years(page: &mut NetworkPage, start_year: i32) {
    let slots: Vec<usize> = page
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(&e.what, EventWhat::Meeting(MeetingDraft { when: When::Month { .. }, .. })))
        .map(|(i, _)| i)
        .collect();
    let mut drafts: Vec<MeetingDraft> = slots
        .iter()
        .filter_map(|&i| match &page.events[i].what {
            EventWhat::Meeting(m) => Some(m.clone()),
            EventWhat::Milestone { .. } => None,
        })
        .collect();
    dates::sequence_years(&mut drafts, start_year);
    for (&i, draft) in slots.iter().zip(drafts) {
        page.events[i].what = EventWhat::Meeting(draft);
    }
}
