-- Search that ignores accents and scripts the way a person types: "lodz" finds "Łódź",
-- "oresund" finds "Øresund", "strasse" finds "Straße", and Greek or Cyrillic names are
-- found by their Latin spelling and by their own. The words are indexed as fold_text()
-- gives them (names::fold: transliterated to ASCII, lower case, registered on every
-- connection by store.rs), the same function the typed words go through; the title and
-- text shown in the results are kept as written, in UNINDEXED columns. The folded
-- columns are not stored (a contentless table that keeps its UNINDEXED values), so the
-- file does not grow.
--
-- Each row's rowid is derived from its record: kind * 2^40 + the record's id (network 7,
-- partner 6, plan 5, practice 4, meeting 3, plan section 2, practice section 1). The
-- triggers replace and delete a row by that rowid; before, they looked rows up by kind
-- and ref_id, which FTS5 cannot index, so every edit or delete of a meeting read the
-- whole index. Searches read rowids from the highest down, so names (networks,
-- partners, plans, practices) come before meetings and sections when a few letters
-- match thousands of rows.

DROP TRIGGER networks_ai;
DROP TRIGGER networks_au;
DROP TRIGGER networks_ad;
DROP TRIGGER partners_ai;
DROP TRIGGER partners_au;
DROP TRIGGER partners_ad;
DROP TRIGGER meetings_ai;
DROP TRIGGER meetings_au;
DROP TRIGGER meetings_ad;
DROP TRIGGER action_plans_ai;
DROP TRIGGER action_plans_au;
DROP TRIGGER action_plans_ad;
DROP TRIGGER practices_ai;
DROP TRIGGER practices_au;
DROP TRIGGER practices_ad;
DROP TRIGGER practice_sections_ai;
DROP TRIGGER practice_sections_ad;
DROP TRIGGER plan_sections_ai;
DROP TRIGGER plan_sections_ad;
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body,
    kind UNINDEXED, ref_id UNINDEXED, network_id UNINDEXED, shown_title UNINDEXED, shown_body UNINDEXED,
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    tokenize = 'unicode61',
    prefix = '1 2 3'
);

-- The titles alone, under the same rowids: a search for two words that are each in tens
-- of thousands of texts but together in few titles looks them up among titles here
-- instead of walking both words' lists through every text of search_index.
CREATE VIRTUAL TABLE search_titles USING fts5(
    title,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61',
    prefix = '1 2 3'
);

CREATE TRIGGER networks_ai AFTER INSERT ON networks BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (7 * 1099511627776 + new.id, fold_text(new.name), fold_text(new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme), 'network', new.id, new.id, new.name, new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme);
    INSERT INTO search_titles(rowid, title) VALUES (7 * 1099511627776 + new.id, fold_text(new.name));
END;
CREATE TRIGGER networks_au AFTER UPDATE ON networks BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 7 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (7 * 1099511627776 + new.id, fold_text(new.name), fold_text(new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme), 'network', new.id, new.id, new.name, new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme);
    INSERT INTO search_titles(rowid, title) VALUES (7 * 1099511627776 + new.id, fold_text(new.name));
END;
CREATE TRIGGER networks_ad AFTER DELETE ON networks BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 7 * 1099511627776 + old.id;
END;

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 7 * 1099511627776 + t.id, fold_text(t.name), fold_text(t.slug || ' ' || t.tagline || ' ' || t.description || ' ' || t.programme), 'network', t.id, t.id, t.name, t.slug || ' ' || t.tagline || ' ' || t.description || ' ' || t.programme FROM networks t;

CREATE TRIGGER partners_ai AFTER INSERT ON partners BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (6 * 1099511627776 + new.id, fold_text(new.name), fold_text(new.country || ' ' || new.notes), 'partner', new.id, new.network_id, new.name, new.country || ' ' || new.notes);
    INSERT INTO search_titles(rowid, title) VALUES (6 * 1099511627776 + new.id, fold_text(new.name));
END;
CREATE TRIGGER partners_au AFTER UPDATE ON partners BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 6 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (6 * 1099511627776 + new.id, fold_text(new.name), fold_text(new.country || ' ' || new.notes), 'partner', new.id, new.network_id, new.name, new.country || ' ' || new.notes);
    INSERT INTO search_titles(rowid, title) VALUES (6 * 1099511627776 + new.id, fold_text(new.name));
END;
CREATE TRIGGER partners_ad AFTER DELETE ON partners BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 6 * 1099511627776 + old.id;
END;

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 6 * 1099511627776 + t.id, fold_text(t.name), fold_text(t.country || ' ' || t.notes), 'partner', t.id, t.network_id, t.name, t.country || ' ' || t.notes FROM partners t;

CREATE TRIGGER action_plans_ai AFTER INSERT ON action_plans BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (5 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.summary), 'plan', new.id, new.network_id, new.title, new.summary);
    INSERT INTO search_titles(rowid, title) VALUES (5 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER action_plans_au AFTER UPDATE ON action_plans BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 5 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (5 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.summary), 'plan', new.id, new.network_id, new.title, new.summary);
    INSERT INTO search_titles(rowid, title) VALUES (5 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER action_plans_ad AFTER DELETE ON action_plans BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 5 * 1099511627776 + old.id;
END;

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 5 * 1099511627776 + t.id, fold_text(t.title), fold_text(t.summary), 'plan', t.id, t.network_id, t.title, t.summary FROM action_plans t;

CREATE TRIGGER practices_ai AFTER INSERT ON practices BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (4 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.tagline || ' ' || new.city || ' ' || new.author), 'practice', new.id, NULL, new.title, new.tagline || ' ' || new.city || ' ' || new.author);
    INSERT INTO search_titles(rowid, title) VALUES (4 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER practices_au AFTER UPDATE ON practices BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 4 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (4 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.tagline || ' ' || new.city || ' ' || new.author), 'practice', new.id, NULL, new.title, new.tagline || ' ' || new.city || ' ' || new.author);
    INSERT INTO search_titles(rowid, title) VALUES (4 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER practices_ad AFTER DELETE ON practices BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 4 * 1099511627776 + old.id;
END;

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 4 * 1099511627776 + t.id, fold_text(t.title), fold_text(t.tagline || ' ' || t.city || ' ' || t.author), 'practice', t.id, NULL, t.title, t.tagline || ' ' || t.city || ' ' || t.author FROM practices t;

CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (3 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, '')), 'meeting', new.id, new.network_id, new.title, new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, ''));
    INSERT INTO search_titles(rowid, title) VALUES (3 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER meetings_au AFTER UPDATE OF title, venue, description, undated_wording, network_id ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 3 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (3 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, '')), 'meeting', new.id, new.network_id, new.title, new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, ''));
    INSERT INTO search_titles(rowid, title) VALUES (3 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 3 * 1099511627776 + old.id;
END;

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 3 * 1099511627776 + t.id, fold_text(t.title), fold_text(t.venue || ' ' || t.description || ' ' || coalesce(t.undated_wording, '')), 'meeting', t.id, t.network_id, t.title, t.venue || ' ' || t.description || ' ' || coalesce(t.undated_wording, '') FROM meetings t;

CREATE TRIGGER plan_sections_ai AFTER INSERT ON plan_sections BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    SELECT 2 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.body), 'plan_section', new.plan_id, p.network_id, new.title, new.body
    FROM action_plans p WHERE p.id = new.plan_id;
    INSERT INTO search_titles(rowid, title) VALUES (2 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER plan_sections_ad AFTER DELETE ON plan_sections BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 2 * 1099511627776 + old.id;
END;
INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 2 * 1099511627776 + s.id, fold_text(s.title), fold_text(s.body), 'plan_section', s.plan_id, p.network_id, s.title, s.body
FROM plan_sections s JOIN action_plans p ON p.id = s.plan_id;

CREATE TRIGGER practice_sections_ai AFTER INSERT ON practice_sections BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (1 * 1099511627776 + new.id, fold_text(new.heading), fold_text(new.body), 'practice_section', new.practice_id, NULL, new.heading, new.body);
    INSERT INTO search_titles(rowid, title) VALUES (1 * 1099511627776 + new.id, fold_text(new.heading));
END;
CREATE TRIGGER practice_sections_ad AFTER DELETE ON practice_sections BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 1 * 1099511627776 + old.id;
END;
INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT 1 * 1099511627776 + s.id, fold_text(s.heading), fold_text(s.body), 'practice_section', s.practice_id, NULL, s.heading, s.body
FROM practice_sections s;

INSERT INTO search_titles(rowid, title) SELECT rowid, fold_text(shown_title) FROM search_index;
