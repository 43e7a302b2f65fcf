-- The search box searches as a person types: after one letter, two, three. A prefix
-- query ("h"*) without a prefix index makes FTS5 gather and merge the rows of every
-- word that starts with "h" on each keystroke; with prefix indexes of one to three
-- letters it reads one list. The index is rebuilt from the tables, exactly as the
-- triggers of 0001 and 0002 fill it; those triggers name the table, so they go on
-- writing to the new one.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, network_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'network', id, id, name, slug || ' ' || tagline || ' ' || description || ' ' || programme FROM networks;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'partner', id, network_id, name, country || ' ' || notes FROM partners;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'meeting', id, network_id, title, venue || ' ' || description || ' ' || coalesce(undated_wording, '') FROM meetings;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'plan', id, network_id, title, summary FROM action_plans;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'plan_section', s.plan_id, p.network_id, s.title, s.body
FROM plan_sections s JOIN action_plans p ON p.id = s.plan_id;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'practice', id, NULL, title, tagline || ' ' || city || ' ' || author FROM practices;

INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'practice_section', practice_id, NULL, heading, body FROM practice_sections;
