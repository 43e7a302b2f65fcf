//! What an import did (or, on a dry run, would do), in numbers, warnings and one sentence.
//!
//! Invariant: `changed` is true exactly when `created` counts something, and `summary` is
//! [`ImportReport::summary`] of the finished report, so the CLI, the desktop app and the
//! tests all read the same sentence. Likewise each warning's `message` is its catalogue
//! message (`import-warning-*` of `locales/<code>/import.ftl`) in the reader's language once
//! the report is finished; [`ImportWarning::message_in`] gives any other language.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{self, Locale, Message};
use crate::labels::text_enum;

text_enum! {
    /// Why a line earned a warning.
    pub enum WarningKind {
        Unplaced = "unplaced" / "Line not placed",
        InferredCountry = "inferred_country" / "Country inferred",
        MissingCountry = "missing_country" / "Country missing",
        CountryConflict = "country_conflict" / "Country conflict",
        PartnerAdded = "partner_added" / "Partner added",
        HostNotSaved = "host_not_saved" / "Host not saved",
        OutOfSequence = "out_of_sequence" / "Date out of sequence",
        Inferred = "inferred" / "Inferred",
        BadDate = "bad_date" / "Not a real date",
        Refused = "refused" / "Refused by a rule",
        UnknownRecord = "unknown_record" / "Unknown record",
    }
}

impl WarningKind {
    /// The kind's name in `locale` (`import-kind-*` of `import.ftl`); [`WarningKind::label`]
    /// is its English.
    pub fn label_in(self, locale: Locale) -> String {
        i18n::catalogue::text(locale, &format!("import-kind-{}", self.as_str().replace('_', "-")))
    }
}

/// One thing a person should look at, tied to the line of the file it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportWarning {
    /// 1-based line number in the imported file.
    pub line: i64,
    /// The line as written, without its indentation.
    pub text: String,
    /// What the importer did with it and why, in the reader's language.
    pub message: String,
    pub kind: WarningKind,
    /// `message` as a catalogue message, to say it in another language.
    #[serde(skip)]
    #[ts(skip)]
    said: Option<Message>,
}

impl ImportWarning {
    /// A warning about line `line` (`text`); `message` is in English until the report is
    /// finished.
    pub fn new(line: i64, text: impl Into<String>, kind: WarningKind, message: Message) -> Self {
        ImportWarning { line, text: text.into(), message: message.to_string(), kind, said: Some(message) }
    }

    /// What the importer did with the line and why, in `locale` (`message` as it is for a
    /// warning read back from JSON).
    pub fn message_in(&self, locale: Locale) -> String {
        self.said.as_ref().map_or_else(|| self.message.clone(), |said| said.render(locale))
    }
}

/// How many records of each kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportCounts {
    pub networks: u32,
    pub partners: u32,
    /// Contact e-mail addresses recorded (a network page's enquiries address).
    pub contacts: u32,
    pub meetings: u32,
    pub milestones: u32,
    pub action_plans: u32,
    pub practices: u32,
    /// Lines kept word for word because they could not be placed.
    pub import_notes: u32,
}

impl ImportCounts {
    pub fn total(&self) -> u32 {
        self.networks
            + self.partners
            + self.contacts
            + self.meetings
            + self.milestones
            + self.action_plans
            + self.practices
            + self.import_notes
    }

    pub(crate) fn add(&mut self, other: &ImportCounts) {
        self.networks += other.networks;
        self.partners += other.partners;
        self.contacts += other.contacts;
        self.meetings += other.meetings;
        self.milestones += other.milestones;
        self.action_plans += other.action_plans;
        self.practices += other.practices;
        self.import_notes += other.import_notes;
    }

    /// "4 networks, 35 partners and 2 milestones" in the reader's language; empty when
    /// everything is zero.
    pub fn phrase(&self) -> String {
        self.phrase_message().map(|m| m.render(i18n::current())).unwrap_or_default()
    }

    /// [`ImportCounts::phrase`] as a catalogue message (`count-*` of `errors.ftl`, the last
    /// joined by `count-list-and`); none when everything is zero.
    pub fn phrase_message(&self) -> Option<Message> {
        let mut parts: Vec<Message> = [
            (self.networks, "count-networks"),
            (self.partners, "count-partners"),
            (self.contacts, "count-contact-emails"),
            (self.meetings, "count-meetings"),
            (self.milestones, "count-milestones"),
            (self.action_plans, "count-action-plans"),
            (self.practices, "count-good-practices"),
            (self.import_notes, "count-import-notes"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| Message::new(id).arg("count", n))
        .collect();
        let last = parts.pop()?;
        Some(if parts.is_empty() { last } else { Message::new("count-list-and").arg("first", parts).arg("last", last) })
    }
}

/// What one network page of the file brought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct NetworkOutcome {
    pub name: String,
    pub slug: String,
    /// Line of the page's title in the file.
    pub line: i64,
    pub created: ImportCounts,
    /// Records of this page that were already in the database and were left as they are.
    pub existing: ImportCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ImportReport {
    /// Records written (or, on a dry run, that would be written).
    pub created: ImportCounts,
    /// Records of the file already in the database, left untouched.
    pub skipped_existing: ImportCounts,
    /// Per network page, in file order.
    pub networks: Vec<NetworkOutcome>,
    /// In file order.
    pub warnings: Vec<ImportWarning>,
    /// Whether the database changed (or would change, on a dry run).
    pub changed: bool,
    /// True when nothing was saved because only a preview was asked for.
    pub dry_run: bool,
    /// [`ImportReport::summary`], for readers of the serialized report.
    pub summary: String,
}

impl ImportReport {
    pub(crate) fn new(dry_run: bool) -> Self {
        ImportReport {
            created: ImportCounts::default(),
            skipped_existing: ImportCounts::default(),
            networks: Vec::new(),
            warnings: Vec::new(),
            changed: false,
            dry_run,
            summary: String::new(),
        }
    }

    /// Sets `changed` and `summary` from the counts; called once the import is done.
    pub(crate) fn finish(&mut self) {
        self.warnings.sort_by_key(|w| w.line);
        let locale = i18n::current();
        for warning in &mut self.warnings {
            warning.message = warning.message_in(locale);
        }
        self.changed = self.created.total() > 0;
        self.summary = self.summary();
    }

    /// One paragraph in the reader's language: what was created, what was already there,
    /// how many warnings.
    pub fn summary(&self) -> String {
        self.summary_in(i18n::current())
    }

    /// [`ImportReport::summary`] in `locale`: up to three sentences of `export.ftl`
    /// (`urbact-*`).
    pub fn summary_in(&self, locale: Locale) -> String {
        let mut sentences = Vec::new();
        match self.created.phrase_message() {
            None if self.dry_run => sentences.push(Message::new("urbact-nothing-would-change")),
            None => sentences.push(Message::new("urbact-nothing-changed")),
            Some(created) => {
                let id = if self.dry_run { "urbact-would-create" } else { "urbact-created" };
                sentences.push(Message::new(id).arg("counts", created));
                if let Some(existing) = self.skipped_existing.phrase_message() {
                    sentences.push(Message::new("urbact-already-there").arg("counts", existing));
                }
            }
        }
        if !self.warnings.is_empty() {
            sentences.push(Message::new("urbact-warnings").arg("count", self.warnings.len()));
        }
        sentences.iter().map(|m| m.render(locale)).collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_read_as_sentences() {
        let mut r = ImportReport::new(false);
        r.created = ImportCounts { networks: 4, partners: 35, meetings: 1, ..Default::default() };
        r.warnings.push(ImportWarning::new(3, "x", WarningKind::Unplaced, Message::from("y")));
        r.finish();
        assert!(r.changed);
        assert_eq!(r.summary, "Created 4 networks, 35 partners and 1 meeting. 1 warning.");
        assert_eq!(r.summary_in(Locale::De), "Erstellt: 4 Netzwerke, 35 Partner und 1 Treffen. 1 Warnung.");
        r.warnings.extend(std::iter::repeat_n(r.warnings[0].clone(), 4));
        assert!(r.summary_in(Locale::Pl).ends_with(" i 1 spotkanie. 5 ostrzeżeń."), "{}", r.summary_in(Locale::Pl));

        let mut again = ImportReport::new(false);
        again.skipped_existing = ImportCounts { networks: 4, ..Default::default() };
        again.finish();
        assert!(!again.changed);
        assert_eq!(again.summary, "Nothing changed: everything in this file is already in the database.");

        let mut dry = ImportReport::new(true);
        dry.created = ImportCounts { practices: 1, ..Default::default() };
        dry.skipped_existing = ImportCounts { networks: 2, ..Default::default() };
        dry.finish();
        assert_eq!(
            dry.summary,
            "Dry run, nothing saved: would create 1 good practice. Already in the database and left as they are: 2 networks."
        );
    }
}
