//! Reading what a meeting line says: its kind, title, place and whether it is online.
//!
//! Kinds come from the words, in this order (the first rule that applies wins):
//! - "Touch Base" -> online touch-base;
//! - a phase named with its number ("Phase 1 Final Meeting", "Activation Meeting Phase 2")
//!   -> phase review: such meetings close one phase of an URBACT network and open the
//!   next, which is what a phase review is, even when the page calls one "final";
//! - "Kick-off" -> kick-off;
//! - "Final" -> final event;
//! - "Transnational" (also the page's misspelling "Transational"), "Nr. 3", or an ordinal
//!   ("3rd", "8th") -> transnational;
//! - "city visit", "study visit", "site visit" -> city visit; "local group" -> local group;
//! - anything else ("Project Meeting") -> other.
//!
//! `@ONLINE` (or "(online)") means the meeting is online. The place is what follows the
//! title after a comma ("Kick-Off Meeting, Fundão"), a meeting number ("Nr. 3 Jelgava
//! Local Municipality"), the last " in " ("... Meeting in Voru") or what is in brackets at
//! the end; it is kept as written, and matching it to a partner is the caller's business.

use std::sync::LazyLock;

use regex::Regex;

use crate::meeting::MeetingKind;
use crate::names::fold;

use super::dates::{month_number, MONTH_PATTERN};

/// What one meeting line says once its date (if any) is taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventText {
    pub kind: MeetingKind,
    pub title: String,
    /// The place as written, when the line names one.
    pub place: Option<String>,
    pub online: bool,
}

static ONLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*(?:@\s*online\b|\(\s*online\s*\))").expect("online pattern"));
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<title>.*\b(?:nr|no)\.?\s*\d+)\s+(?P<place>\S.*)$").expect("numbered pattern")
});
static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<title>.*?)\s*\((?P<place>[^()]+)\)$").expect("bracket pattern"));
static MEETING_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:meetings?|conferences?|kick[\s-]?offs?|events?|seminars?|workshops?|visits?|summits?)\b")
        .expect("meeting word pattern")
});
static PHASE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bphase \d").expect("phase pattern"));
static ORDINAL_OR_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:\d+(?:st|nd|rd|th)|(?:nr|no) \d+)\b").expect("ordinal pattern"));
static TRANSNATIONAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\btrans(?:n)?ational\b").expect("transnational pattern"));

/// Whether a short line reads as the name of a meeting ("2nd Transnational Meeting").
pub fn mentions_meeting(text: &str) -> bool {
    MEETING_WORD.is_match(text)
}

/// Whether a dated line announces an approval rather than a meeting
/// ("IoTXchange Phase 2 APPROVED!").
pub fn is_milestone(text: &str) -> bool {
    fold(text).split(' ').any(|w| w == "approved" || w == "approval")
}

/// The kind a meeting's title implies; see the module docs for the rules.
pub fn kind_of(title: &str) -> MeetingKind {
    let t = fold(title);
    let has = |w: &str| format!(" {t} ").contains(&format!(" {w} "));
    if has("touch base") || has("touchbase") {
        MeetingKind::OnlineTouchBase
    } else if PHASE.is_match(&t) {
        MeetingKind::PhaseReview
    } else if has("kick off") || has("kickoff") {
        MeetingKind::KickOff
    } else if has("final") {
        MeetingKind::FinalEvent
    } else if TRANSNATIONAL.is_match(&t) || ORDINAL_OR_NUMBER.is_match(&t) {
        MeetingKind::Transnational
    } else if has("city visit") || has("study visit") || has("site visit") {
        MeetingKind::CityVisit
    } else if has("local group") || has("ulg") {
        MeetingKind::LocalGroup
    } else {
        MeetingKind::Other
    }
}

fn tidy(text: &str) -> &str {
    text.trim().trim_end_matches(['.', ',', ';', ':', '!']).trim()
}

/// Reads the words of a meeting line (its date already taken off).
pub fn read_event(text: &str) -> EventText {
    let online = ONLINE.is_match(text);
    let without = ONLINE.replace_all(text, "");
    let t = tidy(&without);
    let (title, place) = split_place(t);
    EventText { kind: kind_of(title), title: title.to_string(), place: place.map(String::from), online }
}

fn split_place(t: &str) -> (&str, Option<&str>) {
    if let Some((title, place)) = t.split_once(',') {
        if mentions_meeting(title) && !tidy(place).is_empty() {
            return (tidy(title), Some(tidy(place)));
        }
    }
    if let Some(c) = NUMBERED.captures(t) {
        return (tidy(&t[..c["title"].len()]), Some(tidy(c.name("place").map_or("", |m| m.as_str()))));
    }
    if let Some(i) = t.rfind(" in ") {
        let (title, place) = (&t[..i], &t[i + 4..]);
        if mentions_meeting(title) && !tidy(place).is_empty() {
            return (tidy(title), Some(tidy(place)));
        }
    }
    if let Some(c) = BRACKETED.captures(t) {
        let title = c.name("title").map_or("", |m| m.as_str());
        if !title.is_empty() {
            return (tidy(title), c.name("place").map(|m| tidy(m.as_str())));
        }
    }
    (t, None)
}

/// A meeting known by its month and place: "June (Gavle)" in "Transnational meetings in
/// March (Barnsley), June (Gavle), ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthItem {
    pub kind: MeetingKind,
    /// "Transnational meeting", from the sentence's opening words.
    pub title: String,
    pub month: u32,
    pub place: String,
    /// The page's words for this one meeting: "Transnational meetings in June (Gavle)".
    pub wording: String,
}

static MONTH_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?P<month>{MONTH_PATTERN})\s*\((?P<place>[^()]+)\)")).expect("month item pattern")
});
static BETWEEN_ITEMS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,|;|&|and|,\s*and)?\s*$").expect("between pattern"));
static LEAD_TAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*(?:\b(?:in|on|during)\b|:)\s*$").expect("lead tail pattern"));

/// Reads a line of month-only meetings ("Kick-off meeting in June (Basingstoke).
/// Transnational meetings in September (Limerick) and November (Cesis)"): each sentence
/// opens with the kind of meeting and lists "Month (Place)" items. `None` unless every
/// sentence of the line is such a list, so no word of the line is left unread.
pub fn month_items(line: &str) -> Option<Vec<MonthItem>> {
    let mut out = Vec::new();
    for sentence in line.split(". ").map(tidy).filter(|s| !s.is_empty()) {
        let items: Vec<_> = MONTH_ITEM.captures_iter(sentence).collect();
        let first = items.first()?.get(0)?;
        let lead_raw = sentence[..first.start()].trim();
        let lead = LEAD_TAIL.replace(lead_raw, "");
        if !mentions_meeting(&lead) {
            return None;
        }
        let mut end = first.start();
        for caps in &items {
            let whole = caps.get(0)?;
            if !BETWEEN_ITEMS.is_match(&sentence[end..whole.start()]) && end != first.start() {
                return None;
            }
            end = whole.end();
        }
        if !tidy(&sentence[end..]).is_empty() {
            return None;
        }
        let title = singular(&lead);
        for caps in &items {
            let item = caps.get(0)?.as_str();
            out.push(MonthItem {
                kind: kind_of(&title),
                title: title.clone(),
                month: month_number(&caps["month"])?,
                place: tidy(&caps["place"]).to_string(),
                wording: format!("{lead_raw} {item}"),
            });
        }
    }
    (!out.is_empty()).then_some(out)
}

/// "Transnational meetings" -> "Transnational meeting": one record per meeting.
fn singular(lead: &str) -> String {
    let lead = lead.trim();
    for (many, one) in
        [("meetings", "meeting"), ("events", "event"), ("visits", "visit"), ("conferences", "conference")]
    {
        if let Some(stem) = lead.strip_suffix(many) {
            return format!("{stem}{one}");
        }
        let upper = many.to_uppercase();
        if let Some(stem) = lead.strip_suffix(upper.as_str()) {
            return format!("{stem}{}", one.to_uppercase());
        }
    }
    lead.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use MeetingKind::*;

    fn ev(text: &str) -> (MeetingKind, String, Option<String>, bool) {
        let e = read_event(text);
        (e.kind, e.title, e.place, e.online)
    }

    #[test]
    fn kinds_from_words() {
        assert_eq!(kind_of("Kick-Off Meeting"), KickOff);
        assert_eq!(kind_of("2nd Transnational Meeting"), Transnational);
        assert_eq!(kind_of("8th Transational Meeting"), Transnational);
        assert_eq!(kind_of("Transnational Meeting Nr. 3"), Transnational);
        assert_eq!(kind_of("9th Final Project Conference"), FinalEvent);
        assert_eq!(kind_of("Final Meeting"), FinalEvent);
        assert_eq!(kind_of("Phase 1 Final Meeting"), PhaseReview);
        assert_eq!(kind_of("Activation Meeting Phase 2"), PhaseReview);
        assert_eq!(kind_of("Touch Base Project Meeting"), OnlineTouchBase);
        assert_eq!(kind_of("Project Meeting"), Other);
        assert_eq!(kind_of("Study visit"), CityVisit);
    }

    #[test]
    fn places_and_online() {
        assert_eq!(ev("Kick-Off Meeting, Fundão"), (KickOff, "Kick-Off Meeting".into(), Some("Fundão".into()), false));
        assert_eq!(
            ev("Transnational Meeting Nr. 3 Jelgava Local Municipality @ONLINE"),
            (Transnational, "Transnational Meeting Nr. 3".into(), Some("Jelgava Local Municipality".into()), true)
        );
        assert_eq!(
            ev("Project Meeting, Åbo Akademy/Nykarleby @ONLINE"),
            (Other, "Project Meeting".into(), Some("Åbo Akademy/Nykarleby".into()), true)
        );
        assert_eq!(
            ev("Touch Base Project Meeting @ONLINE"),
            (OnlineTouchBase, "Touch Base Project Meeting".into(), None, true)
        );
        assert_eq!(
            ev("5th Transnational Meeting in Voru"),
            (Transnational, "5th Transnational Meeting".into(), Some("Voru".into()), false)
        );
        assert_eq!(ev("Kick-Off Meeting"), (KickOff, "Kick-Off Meeting".into(), None, false));
        assert_eq!(ev("Phase 1 Final Meeting, Vaasa and Nykarleby").2, Some("Vaasa and Nykarleby".into()));
        assert_eq!(ev("Transnational Meeting Nr. 6 Razlog").2, Some("Razlog".into()));
    }

    #[test]
    fn milestones() {
        assert!(is_milestone("IoTXchange Phase 1 APPROVED!"));
        assert!(!is_milestone("Transnational Meeting Nr. 1 Nevers @ONLINE"));
    }

    #[test]
    fn month_lists() {
        let items = month_items(
            "Kick-off meeting in June (Basingstoke). Transnational meetings in September (Limerick) and November (Cesis)",
        )
        .unwrap();
        let got: Vec<_> = items.iter().map(|i| (i.kind, i.title.as_str(), i.month, i.place.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (KickOff, "Kick-off meeting", 6, "Basingstoke"),
                (Transnational, "Transnational meeting", 9, "Limerick"),
                (Transnational, "Transnational meeting", 11, "Cesis"),
            ]
        );
        assert_eq!(items[2].wording, "Transnational meetings in November (Cesis)");
        let items = month_items(
            "Transnational meetings in March (Barnsley), June (Gavle), September (Dubrovnik) and November (Loop City).",
        )
        .unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(items[1].wording, "Transnational meetings in June (Gavle)");
        assert_eq!(items[3].place, "Loop City");
        let items = month_items("Final event in April (Brussels).").unwrap();
        assert_eq!((items[0].kind, items[0].month, items[0].title.as_str()), (FinalEvent, 4, "Final event"));
    }

    #[test]
    fn month_lists_refuse_lines_they_cannot_read_whole() {
        assert!(month_items("Kick-off meeting in June (Basingstoke). We also went swimming.").is_none());
        assert!(month_items("The population in June (2020) grew").is_none());
        assert!(month_items("Meetings in June (Gavle) then lunch in July (Cesis)").is_none());
    }
}
