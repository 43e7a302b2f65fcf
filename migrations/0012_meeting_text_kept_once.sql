-- A meeting's text is kept once, in `meetings`, not a second time in the search index.
--
-- Until now every row of search_index kept the text it shows (shown_title, shown_body,
-- UNINDEXED columns) beside the words it indexes. For a meeting the shown body is its
-- venue, description and undated wording: what the meetings table already holds. It was
-- a quarter of the database after a large calendar import (7.4 of 26.8 MB for 20,000
-- meetings), written twice by the import (the write-ahead log, then the database).
-- From now on a meeting's row keeps shown_body NULL; the search reads the body from
-- the meeting itself for the hits it shows (search.rs), a look-up by primary key each.
-- The other kinds keep theirs: they are few, and some show text no single row holds.
--
-- search_index is rebuilt (as migration 0011 did, from what it keeps of every row), so
-- that it holds no deleted text. search_titles is not touched: its rows and rowids stay.
-- The meeting triggers are re-made to write NULL; the others go on as they are.

CREATE TEMP TABLE search_rows AS
SELECT rowid AS row_key, kind, ref_id, network_id, shown_title, shown_body FROM search_index;

DROP TABLE search_index;
DROP TABLE IF EXISTS search_index_content;

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body,
    kind UNINDEXED, ref_id UNINDEXED, network_id UNINDEXED, shown_title UNINDEXED, shown_body UNINDEXED,
    content = '', contentless_delete = 1, contentless_unindexed = 1,
    tokenize = 'unicode61',
    prefix = '1 2 3',
    detail = none
);

INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
SELECT row_key, fold_text(shown_title), fold_text(shown_body), kind, ref_id, network_id, shown_title,
       CASE kind WHEN 'meeting' THEN NULL ELSE shown_body END
FROM temp.search_rows ORDER BY row_key;

DROP TABLE temp.search_rows;

DROP TRIGGER meetings_ai;
DROP TRIGGER meetings_au;

CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (3 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, '')), 'meeting', new.id, new.network_id, new.title, NULL);
    INSERT INTO search_titles(rowid, title) VALUES (3 * 1099511627776 + new.id, fold_text(new.title));
END;
CREATE TRIGGER meetings_au AFTER UPDATE OF title, venue, description, undated_wording, network_id ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1099511627776 + old.id;
    DELETE FROM search_titles WHERE rowid = 3 * 1099511627776 + old.id;
    INSERT INTO search_index(rowid, title, body, kind, ref_id, network_id, shown_title, shown_body)
    VALUES (3 * 1099511627776 + new.id, fold_text(new.title), fold_text(new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, '')), 'meeting', new.id, new.network_id, new.title, NULL);
    INSERT INTO search_titles(rowid, title) VALUES (3 * 1099511627776 + new.id, fold_text(new.title));
END;
