//! The "Integrated Action Plans" section of a network page: entries of a title, summary
//! lines, a "Read more here!" link and a `City - Country` line; see [`super`].

use super::*;

#[derive(Default)]
pub(super) struct Iap {
    pub(super) open: Option<PlanEntry>,
    /// The open entry's "Read more here!" was seen: only a city line can follow.
    pub(super) text_done: bool,
}

/// Ends the open IAP entry. An entry that is only a title line (no summary, no link, no
/// city) is not an action plan: its line is kept unplaced.
pub(super) fn finish_entry(state: &mut Iap, plans: &mut Vec<PlanEntry>, unplaced: &mut Vec<Unplaced>) {
    if let Some(entry) = state.open.take() {
        if entry.city.is_none() && entry.summary.is_empty() && !state.text_done {
            unplaced.push(Unplaced {
                line: entry.line,
                text: entry.text,
                reason: Message::new("import-reason-lone-plan-line"),
            });
        } else {
            plans.push(entry);
        }
    }
    state.text_done = false;
}

/// Handles a line inside the "Integrated Action Plans" section; false when the line ends
/// the section (and must be read as an ordinary line).
pub(super) fn read_iap_line(
    state: &mut Iap,
    line: Line<'_>,
    is_last: bool,
    plans: &mut Vec<PlanEntry>,
    unplaced: &mut Vec<Unplaced>,
) -> bool {
    let content = line.content();
    let city = split_place_country(content).filter(|pc| pc.place.chars().count() <= 60 && !is_paragraph(content));
    if let Some(pc) = city {
        if let Some(entry) = state.open.as_mut() {
            entry.city =
                Some(CityLine { line: line.no, text: line.text.into(), city: pc.place.to_string(), country: pc.code });
            finish_entry(state, plans, unplaced);
            return true;
        }
        return false;
    }
    if is_last {
        finish_entry(state, plans, unplaced);
        return false;
    }
    if fold(content) == "integrated action plans" {
        return true;
    }
    if let Some(entry) = state.open.as_mut() {
        if !state.text_done {
            let (text, had_link) = strip_read_more(content);
            if !entry.summary.is_empty() {
                entry.summary.push_str("\n\n");
            }
            entry.summary.push_str(text);
            state.text_done = had_link;
            return true;
        }
        finish_entry(state, plans, unplaced);
    }
    if is_paragraph(content) || line.is_bullet() {
        return false;
    }
    state.open = Some(PlanEntry {
        line: line.no,
        text: line.text.into(),
        title: content.to_string(),
        summary: String::new(),
        city: None,
    });
    true
}
