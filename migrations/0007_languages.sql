-- The language of a network's invitations, reminders and calendar texts, and the language
-- of a plan's exported documents (headings, labels, number formats). Two-letter codes of
-- Convene's languages (src-tauri/core/src/i18n); English until someone chooses.
ALTER TABLE networks ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'nl', 'el', 'ro'));
ALTER TABLE action_plans ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'fr', 'de', 'es', 'it', 'pt', 'pl', 'nl', 'el', 'ro'));
