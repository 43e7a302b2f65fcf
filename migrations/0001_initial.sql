-- Convene schema, version 1.
-- Dates are ISO 8601 text ('YYYY-MM-DD'); instants are UTC text ('YYYY-MM-DDTHH:MM:SSZ').
-- Enumerations are stored as their snake_case names and checked here as a last line of
-- defence; convene-core validates everything before it reaches SQL.

CREATE TABLE networks (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('action_planning','transfer','innovation_transfer','implementation','other')),
    tagline       TEXT NOT NULL DEFAULT '',
    description   TEXT NOT NULL DEFAULT '',
    programme     TEXT NOT NULL DEFAULT '',
    start_date    TEXT,
    end_date      TEXT,
    contact_email TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    lead_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    source_ref    TEXT UNIQUE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE phases (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    start_date  TEXT,
    end_date    TEXT
);
CREATE INDEX phases_network ON phases(network_id, position);

CREATE TABLE partners (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    country     TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('lead_partner','partner','good_practice_city','transfer_city','associated')),
    time_zone   TEXT NOT NULL,
    population  INTEGER,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX partners_network ON partners(network_id, name);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_partner ON contacts(partner_id);

CREATE TABLE local_group_members (
    id           INTEGER PRIMARY KEY,
    partner_id   INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX local_group_partner ON local_group_members(partner_id);

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    sequence        INTEGER NOT NULL DEFAULT 0,
    network_id      INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('kick_off','transnational','city_visit','final_event','local_group','online_touch_base','phase_review','other')),
    title           TEXT NOT NULL,
    host_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    venue           TEXT NOT NULL DEFAULT '',
    mode            TEXT NOT NULL CHECK (mode IN ('in_person','online','hybrid')),
    online_url      TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('tentative','confirmed','held','postponed','cancelled')),
    description     TEXT NOT NULL DEFAULT '',
    schedule_kind   TEXT NOT NULL CHECK (schedule_kind IN ('timed','all_day','undated')),
    start_utc       TEXT,
    end_utc         TEXT,
    time_zone       TEXT,
    first_date      TEXT,
    last_date       TEXT,
    undated_year    INTEGER,
    undated_month   INTEGER,
    undated_wording TEXT,
    -- The moment the meeting starts, for ordering: start_utc, or first_date at midnight UTC.
    sort_start      TEXT,
    source_ref      TEXT UNIQUE,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (
        (schedule_kind = 'timed' AND start_utc IS NOT NULL AND end_utc IS NOT NULL AND time_zone IS NOT NULL
            AND first_date IS NULL AND last_date IS NULL AND undated_year IS NULL AND undated_month IS NULL)
     OR (schedule_kind = 'all_day' AND first_date IS NOT NULL AND last_date IS NOT NULL
            AND start_utc IS NULL AND end_utc IS NULL AND undated_year IS NULL AND undated_month IS NULL)
     OR (schedule_kind = 'undated' AND start_utc IS NULL AND end_utc IS NULL
            AND first_date IS NULL AND last_date IS NULL)
    )
);
CREATE INDEX meetings_network_start ON meetings(network_id, sort_start);
CREATE INDEX meetings_start ON meetings(sort_start);
CREATE INDEX meetings_host ON meetings(host_partner_id);

CREATE TABLE agenda_items (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    start_time      TEXT,
    end_time        TEXT,
    title           TEXT NOT NULL,
    lead_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_meeting ON agenda_items(meeting_id, position);

CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    partner_id  INTEGER REFERENCES partners(id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('invited','accepted','declined','tentative','attended')),
    CHECK ((partner_id IS NULL) <> (contact_id IS NULL))
);
CREATE UNIQUE INDEX attendance_partner ON attendance(meeting_id, partner_id) WHERE partner_id IS NOT NULL;
CREATE UNIQUE INDEX attendance_contact ON attendance(meeting_id, contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE milestones (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_ref  TEXT UNIQUE
);
CREATE INDEX milestones_network ON milestones(network_id, date);

CREATE TABLE action_plans (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    partner_id  INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('draft','in_review','final','adopted')),
    source_ref  TEXT UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX action_plans_network ON action_plans(network_id);

CREATE TABLE practices (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    tagline         TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT,
    author          TEXT NOT NULL DEFAULT '',
    author_role     TEXT NOT NULL DEFAULT '',
    headline_figure TEXT NOT NULL DEFAULT '',
    is_transfer     INTEGER NOT NULL DEFAULT 0,
    source_ref      TEXT UNIQUE,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE practice_sections (
    id          INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    heading     TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE INDEX practice_sections_practice ON practice_sections(practice_id, position);

CREATE TABLE practice_networks (
    practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,
    network_id  INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    PRIMARY KEY (practice_id, network_id)
);

-- Lines an import could not place, kept word for word.
CREATE TABLE import_notes (
    id          INTEGER PRIMARY KEY,
    network_id  INTEGER REFERENCES networks(id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,
    text        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    source_ref  TEXT UNIQUE
);
CREATE INDEX import_notes_network ON import_notes(network_id);

-- One full-text index over everything a user searches, kept in step by triggers.
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, network_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER networks_ai AFTER INSERT ON networks BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('network', new.id, new.id, new.name, new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme);
END;
CREATE TRIGGER networks_au AFTER UPDATE ON networks BEGIN
    DELETE FROM search_index WHERE kind = 'network' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('network', new.id, new.id, new.name, new.slug || ' ' || new.tagline || ' ' || new.description || ' ' || new.programme);
END;
CREATE TRIGGER networks_ad AFTER DELETE ON networks BEGIN
    DELETE FROM search_index WHERE kind = 'network' AND ref_id = old.id;
END;

CREATE TRIGGER partners_ai AFTER INSERT ON partners BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('partner', new.id, new.network_id, new.name, new.country || ' ' || new.notes);
END;
CREATE TRIGGER partners_au AFTER UPDATE ON partners BEGIN
    DELETE FROM search_index WHERE kind = 'partner' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('partner', new.id, new.network_id, new.name, new.country || ' ' || new.notes);
END;
CREATE TRIGGER partners_ad AFTER DELETE ON partners BEGIN
    DELETE FROM search_index WHERE kind = 'partner' AND ref_id = old.id;
END;

CREATE TRIGGER meetings_ai AFTER INSERT ON meetings BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('meeting', new.id, new.network_id, new.title, new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, ''));
END;
CREATE TRIGGER meetings_au AFTER UPDATE OF title, venue, description, undated_wording, network_id ON meetings BEGIN
    DELETE FROM search_index WHERE kind = 'meeting' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('meeting', new.id, new.network_id, new.title, new.venue || ' ' || new.description || ' ' || coalesce(new.undated_wording, ''));
END;
CREATE TRIGGER meetings_ad AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE kind = 'meeting' AND ref_id = old.id;
END;

CREATE TRIGGER action_plans_ai AFTER INSERT ON action_plans BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('plan', new.id, new.network_id, new.title, new.summary);
END;
CREATE TRIGGER action_plans_au AFTER UPDATE ON action_plans BEGIN
    DELETE FROM search_index WHERE kind = 'plan' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('plan', new.id, new.network_id, new.title, new.summary);
END;
CREATE TRIGGER action_plans_ad AFTER DELETE ON action_plans BEGIN
    DELETE FROM search_index WHERE kind = 'plan' AND ref_id = old.id;
END;

CREATE TRIGGER practices_ai AFTER INSERT ON practices BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('practice', new.id, NULL, new.title, new.tagline || ' ' || new.city || ' ' || new.author);
END;
CREATE TRIGGER practices_au AFTER UPDATE ON practices BEGIN
    DELETE FROM search_index WHERE kind = 'practice' AND ref_id = old.id;
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('practice', new.id, NULL, new.title, new.tagline || ' ' || new.city || ' ' || new.author);
END;
CREATE TRIGGER practices_ad AFTER DELETE ON practices BEGIN
    DELETE FROM search_index WHERE kind = 'practice' AND ref_id = old.id;
END;

CREATE TRIGGER practice_sections_ai AFTER INSERT ON practice_sections BEGIN
    INSERT INTO search_index(kind, ref_id, network_id, title, body)
    VALUES ('practice_section', new.practice_id, NULL, new.heading, new.body);
END;
CREATE TRIGGER practice_sections_ad AFTER DELETE ON practice_sections BEGIN
    DELETE FROM search_index WHERE kind = 'practice_section' AND ref_id = old.practice_id AND title = old.heading;
END;
