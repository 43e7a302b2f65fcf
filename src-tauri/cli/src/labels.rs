//! The core's closed sets (meeting kinds, modes and statuses, partner roles, plan statuses,
//! ...) as the words a person reads in tables and `show` output, in the CLI's language.
//!
//! Each value is the message `cli-value-<set>-<word>` of `cli.ftl` (`kick_off` of the
//! meeting kinds is `cli-value-meeting-kind-kick-off`): the same words the window shows
//! (`label-<set>-<word>` of `ui.ftl`), and in English the core's `label()`. The unit test
//! below keeps the English equal to `label()` and fails when a value has no message. JSON
//! output keeps the core's snake_case words: scripts read them.

use convene_core::holiday::DayOffSource;
use convene_core::meeting::{AttendanceStatus, MeetingKind, MeetingMode, MeetingStatus};
use convene_core::milestone::MilestoneKind;
use convene_core::network::NetworkKind;
use convene_core::partner::PartnerRole;
use convene_core::plan::{ActionStatus, FundingSource, IndicatorKind, PlanStatus, RevisionKind};
use convene_core::poll::Answer;
use convene_core::search::HitKind;

use crate::language::text;

/// A closed set of the core whose values have words in `cli.ftl`.
pub trait Label: Copy {
    /// The set's part of the message id (`meeting-kind`).
    const SET: &'static str;
    /// The value's snake_case word (`kick_off`).
    fn word(self) -> &'static str;
}

/// `value` in the CLI's language: "Auftakt" for a kick-off in German.
pub fn label<T: Label>(value: T) -> String {
    text(&message_id(value))
}

fn message_id<T: Label>(value: T) -> String {
    format!("cli-value-{}-{}", T::SET, value.word().replace('_', "-"))
}

macro_rules! labels {
    ($($set:ty => $name:literal),+ $(,)?) => {
        $(impl Label for $set {
            const SET: &'static str = $name;
            fn word(self) -> &'static str {
                self.as_str()
            }
        })+

        /// Every value of every set: its message id and the core's English `label()`.
        #[cfg(test)]
        fn every_value() -> Vec<(String, &'static str)> {
            let mut all = Vec::new();
            $(all.extend(<$set>::ALL.iter().map(|v| (message_id(*v), v.label())));)+
            all
        }
    };
}

labels! {
    MeetingKind => "meeting-kind",
    MeetingMode => "meeting-mode",
    MeetingStatus => "meeting-status",
    AttendanceStatus => "attendance",
    Answer => "poll-answer",
    NetworkKind => "network-kind",
    PartnerRole => "partner-role",
    PlanStatus => "plan-status",
    FundingSource => "funding-source",
    ActionStatus => "action-status",
    IndicatorKind => "indicator-kind",
    RevisionKind => "revision-kind",
    MilestoneKind => "milestone-kind",
    HitKind => "hit-kind",
    DayOffSource => "day-off-source",
}

#[cfg(test)]
mod tests {
    use super::*;
    use convene_core::i18n::{self, catalogue, Locale};

    #[test]
    fn every_value_has_its_words_in_every_language_and_english_is_the_core_s_label() {
        let mut problems = Vec::new();
        for (id, english) in every_value() {
            for locale in Locale::ALL {
                if !catalogue::has_message(locale, &id) {
                    problems.push(format!("{locale}: {id} is missing"));
                }
            }
            let ours = i18n::translate(Locale::En, &id, &[]);
            if ours != english {
                problems.push(format!("{id}: English says \"{ours}\", the core's label() \"{english}\""));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn a_value_reads_in_the_language_asked_for() {
        let id = message_id(MeetingKind::KickOff);
        assert_eq!(id, "cli-value-meeting-kind-kick-off");
        assert_eq!(i18n::translate(Locale::De, &id, &[]), "Auftakt");
        assert_eq!(i18n::translate(Locale::Fr, &message_id(PlanStatus::InReview), &[]), "En relecture");
    }
}
