-- Convene schema, version 2: drafting Integrated Action Plans.
--
-- A plan's content (sections, actions with their funding and indicators, indicators,
-- risks) lives in the plan_* tables below, which always equal the snapshot of the plan's
-- newest revision (the head). Every change of content adds a row to plan_revisions with a
-- full JSON snapshot, so any two revisions can be compared and any one restored; nothing
-- is ever deleted from plan_revisions. convene-core (src-tauri/core/src/plan/) is the only
-- writer and keeps the two in step inside one transaction.
--
-- Money is stored as whole cents (INTEGER), so sums are exact; months as 'YYYY-MM'.

ALTER TABLE action_plans ADD COLUMN uuid TEXT;
ALTER TABLE action_plans ADD COLUMN adoption_date TEXT;

-- A random version-4 UUID, written the way uuid::Uuid prints one.
UPDATE action_plans SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6)));
CREATE UNIQUE INDEX action_plans_uuid ON action_plans(uuid);

CREATE TABLE plan_sections (
    id        INTEGER PRIMARY KEY,
    plan_id   INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    key       TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL DEFAULT '',
    custom    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, key)
);
CREATE INDEX plan_sections_plan ON plan_sections(plan_id, position);

CREATE TABLE plan_indicators (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    uuid         TEXT NOT NULL,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('output','result')),
    unit         TEXT NOT NULL DEFAULT '',
    baseline     TEXT NOT NULL DEFAULT '',
    target       TEXT NOT NULL DEFAULT '',
    target_date  TEXT,
    verification TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, uuid)
);
CREATE INDEX plan_indicators_plan ON plan_indicators(plan_id, position);

CREATE TABLE plan_actions (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    uuid        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    objective   TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    lead        TEXT NOT NULL DEFAULT '',
    partners    TEXT NOT NULL DEFAULT '',
    start_month TEXT,
    end_month   TEXT,
    cost_cents  INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    status      TEXT NOT NULL CHECK (status IN ('idea','planned','ongoing','done','dropped')),
    pilot       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, uuid)
);
CREATE INDEX plan_actions_plan ON plan_actions(plan_id, position);

CREATE TABLE plan_action_funding (
    id           INTEGER PRIMARY KEY,
    action_id    INTEGER NOT NULL REFERENCES plan_actions(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('city','erdf','esf_plus','national','regional','private','other')),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0)
);
CREATE INDEX plan_action_funding_action ON plan_action_funding(action_id, position);

CREATE TABLE plan_action_indicators (
    action_id    INTEGER NOT NULL REFERENCES plan_actions(id) ON DELETE CASCADE,
    indicator_id INTEGER NOT NULL REFERENCES plan_indicators(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (action_id, indicator_id)
);

CREATE TABLE plan_risks (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    uuid        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    description TEXT NOT NULL,
    likelihood  INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation  TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, uuid)
);
CREATE INDEX plan_risks_plan ON plan_risks(plan_id, position);

-- Every saved state of a plan. `number` counts 1, 2, 3 ... per plan on this machine;
-- `uuid` is the revision's identity everywhere (exchange files), `parent_uuid` the
-- revision it was made from, `merged_uuid` the other side's head a merge brought in.
CREATE TABLE plan_revisions (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    uuid        TEXT NOT NULL UNIQUE,
    parent_uuid TEXT,
    merged_uuid TEXT,
    kind        TEXT NOT NULL CHECK (kind IN ('created','edit','restore','received','merge','resolve')),
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    message     TEXT NOT NULL DEFAULT '',
    snapshot    TEXT NOT NULL,
    UNIQUE (plan_id, number)
);

-- The texts and rows revisions refer to, each stored once per plan under the first 128 bits
-- of the SHA-256 of its JSON (a section's text as a JSON string; an action, indicator or
-- risk as a JSON object). A revision's snapshot is a small manifest of these ids (see
-- convene_core::plan::snapshot), so an autosave that changes one section adds that text
-- and a manifest, not a copy of the whole plan. The revisions made below are whole
-- snapshots, which the core reads too.
CREATE TABLE plan_parts (
    plan_id INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    hash    TEXT NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (plan_id, hash)
);

CREATE TABLE plan_status_changes (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    from_status   TEXT NOT NULL CHECK (from_status IN ('draft','in_review','final','adopted')),
    to_status     TEXT NOT NULL CHECK (to_status IN ('draft','in_review','final','adopted')),
    adoption_date TEXT,
    author        TEXT NOT NULL,
    changed_at    TEXT NOT NULL
);
CREATE INDEX plan_status_changes_plan ON plan_status_changes(plan_id, id);

-- Reviewers' comments; `uuid` identifies a comment in .convene-plan files, so comments
-- made on a partner's machine arrive once.
CREATE TABLE plan_comments (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    uuid        TEXT NOT NULL UNIQUE,
    section_key TEXT NOT NULL,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE INDEX plan_comments_plan ON plan_comments(plan_id, id);

-- What a received plan changed on the same item as we did since the last common
-- revision: both texts kept until the user chooses (resolved_at set then).
CREATE TABLE plan_conflicts (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
    item_key    TEXT NOT NULL,
    label       TEXT NOT NULL,
    base_text   TEXT,
    ours_text   TEXT,
    theirs_text TEXT,
    their_uuid  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolution  TEXT
);
CREATE INDEX plan_conflicts_plan ON plan_conflicts(plan_id, id);

-- Small per-database settings (the author name written into revisions).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The nine standard sections of every existing plan; its summary becomes the first text
-- of "Context and needs".
WITH standard(position, key, title) AS (VALUES
    (0, 'context', 'Context and needs'),
    (1, 'vision', 'Vision and objectives'),
    (2, 'approach', 'Integrated approach'),
    (3, 'actions', 'Actions'),
    (4, 'implementation', 'Implementation: timeline and resources'),
    (5, 'funding', 'Funding'),
    (6, 'risks', 'Risks'),
    (7, 'monitoring', 'Monitoring and indicators'),
    (8, 'local-group', 'Local group involvement'))
INSERT INTO plan_sections (plan_id, position, key, title, body, custom)
SELECT p.id, s.position, s.key, s.title, CASE s.key WHEN 'context' THEN p.summary ELSE '' END, 0
FROM action_plans p CROSS JOIN standard s
ORDER BY p.id, s.position;

-- Revision 1 of every existing plan: a whole snapshot of those sections, in the JSON shape
-- of convene_core::plan::PlanContent.
INSERT INTO plan_revisions (plan_id, number, uuid, parent_uuid, merged_uuid, kind, author, created_at, message, snapshot)
SELECT p.id, 1,
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
    substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' ||
    lower(hex(randomblob(6))),
    NULL, NULL, 'created', 'Convene', p.updated_at, 'Plan drafting started from the plan''s summary',
    json_object(
        'sections', (SELECT json_group_array(json_object('key', s.key, 'title', s.title, 'body', s.body, 'custom', json('false')))
                     FROM (SELECT * FROM plan_sections WHERE plan_id = p.id ORDER BY position) s),
        'actions', json_array(), 'indicators', json_array(), 'risks', json_array())
FROM action_plans p;

-- Section texts are found by the search box as hits on their plan.
CREATE TRIGGER plan_sections_ai AFTER INSERT ON plan_sections BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    SELECT 'plan_section', new.plan_id, p.network_id, new.title, new.body FROM action_plans p WHERE p.id = new.plan_id;
END;
CREATE TRIGGER plan_sections_ad AFTER DELETE ON plan_sections BEGIN
    DELETE FROM search_index WHERE kind = 'plan_section' AND ref_id = old.plan_id AND title = old.title;
END;
INSERT INTO search_index(kind, ref_id, network_id, title, body)
SELECT 'plan_section', s.plan_id, p.network_id, s.title, s.body
FROM plan_sections s JOIN action_plans p ON p.id = s.plan_id;
