//! The few words a calendar file writes around the meetings' own text, in the network's
//! working language: the postponed notice and the "Join online:" line of DESCRIPTION, the
//! agenda's heading, "Online" as LOCATION, and the kind as CATEGORIES.
//!
//! Why a table: an export writes up to tens of thousands of events, and rendering Fluent
//! messages for each one would cost more than writing the event. [`CalendarWords::in_locale`]
//! renders them once per file; the writer only copies them. "Join online: { $url }" stays
//! one message (the link's place is the translator's choice): it is rendered once around a
//! marker and kept as the text before and after the link.
//!
//! English renders exactly the words Convene always wrote, so English files are unchanged
//! byte for byte (the golden files of `tests/core/golden` check it).

use crate::i18n::catalogue::text;
use crate::i18n::{translate, Locale};
use crate::meeting::MeetingKind;

/// Stands for the link while "Join online: { $url }" is rendered: a character no message
/// holds.
const LINK_MARKER: &str = "\u{1}";

/// The words of one calendar file, rendered in its language.
pub(crate) struct CalendarWords {
    pub(super) postponed: String,
    pub(super) online_before_link: String,
    pub(super) online_after_link: String,
    pub(super) agenda: String,
    pub(super) online_place: String,
    kinds: Vec<String>,
}

impl CalendarWords {
    pub(crate) fn in_locale(locale: Locale) -> CalendarWords {
        let online = translate(locale, "invite-online", &[("url", LINK_MARKER.into())]);
        let (before, after) = online.split_once(LINK_MARKER).unwrap_or((online.as_str(), ""));
        CalendarWords {
            postponed: text(locale, "calendar-postponed"),
            online_before_link: before.to_string(),
            online_after_link: after.to_string(),
            agenda: text(locale, "invite-agenda"),
            online_place: text(locale, "calendar-location-online"),
            kinds: MeetingKind::ALL.iter().map(|k| kind_label(locale, *k)).collect(),
        }
    }

    /// The CATEGORIES value of a kind.
    pub(super) fn kind(&self, kind: MeetingKind) -> &str {
        let index = MeetingKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds.get(index).map(String::as_str).unwrap_or_else(|| kind.label())
    }
}

/// A kind of meeting as a calendar file names it in `locale` ("Transnational meeting",
/// "Réunion transnationale").
pub fn kind_label(locale: Locale, kind: MeetingKind) -> String {
    text(locale, &format!("calendar-kind-{}", kind.as_str().replace('_', "-")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_the_ones_calendar_files_always_had() {
        let words = CalendarWords::in_locale(Locale::En);
        assert_eq!(words.postponed, "Postponed: a new date will follow.");
        assert_eq!((words.online_before_link.as_str(), words.online_after_link.as_str()), ("Join online: ", ""));
        assert_eq!(words.agenda, "Agenda:");
        assert_eq!(words.online_place, "Online");
        for kind in MeetingKind::ALL {
            assert_eq!(words.kind(*kind), kind.label());
        }
    }

    #[test]
    fn every_language_names_every_kind_differently() {
        for locale in Locale::ALL {
            let words = CalendarWords::in_locale(locale);
            for (i, a) in MeetingKind::ALL.iter().enumerate() {
                for b in &MeetingKind::ALL[i + 1..] {
                    assert_ne!(words.kind(*a), words.kind(*b), "{locale:?}");
                }
            }
        }
    }
}
