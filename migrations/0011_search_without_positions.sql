-- The search index without word positions (FTS5 `detail = none`): it records which rows
-- hold a word, not where in them. Nothing reads the positions: a search asks for every
-- word typed, each on its own (no phrases, no NEAR, no column filters; a match in a
-- title is looked up in search_titles), ranks by its own rules (search.rs) and cuts its
-- excerpt from the shown text itself. Without them the index is written in about half
-- the time, which is most of what importing a large calendar waits for
-- (meeting/bulk_index.rs), and it takes less room.
--
-- Both tables are rebuilt from what search_index keeps of every row (its UNINDEXED
-- columns): the indexed title and text are fold_text() of the shown ones, for every
-- kind of row the triggers of migration 0009 write. The triggers name the tables, not
-- their settings, so they go on as they are.

CREATE TEMP TABLE search_rows AS
SELECT rowid AS row_key, kind, ref_id, network_id, shown_title, shown_body FROM search_index;

DROP TABLE search_index;
DROP TABLE search_titles;
-- SQLite drops the shadow tables of an FTS5 table but this one, which a contentless table
-- has only when it keeps UNINDEXED values (contentless_unindexed).
DROP TABLE IF EXISTS search_index_content;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body,
    kind UNINDEXED, ref_id UNINDEXED, network_id UNINDEXED, shown_title UNINDEXED, shown_body UNINDEXED,
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    tokenize = 'unicode61',
    prefix = '1 2 3',
    detail = none
);

CREATE VIRTUAL TABLE search_titles USING fts5(
    title,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61',
    prefix = '1 2 3',
    detail = none
);

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT row_key, fold_text(shown_title), fold_text(shown_body), kind, ref_id, network_id, shown_title, shown_body
FROM temp.search_rows ORDER BY row_key;

INSERT INTO search_titles(rowid, title)
SELECT row_key, fold_text(shown_title) FROM temp.search_rows ORDER BY row_key;

DROP TABLE temp.search_rows;
