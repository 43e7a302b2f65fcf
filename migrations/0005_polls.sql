-- Availability polls: a coordinator offers a network's partners a few dates for a meeting,
-- collects yes / if need be / no per partner and option, then closes the poll on one
-- option, which becomes a meeting. A closed poll is kept, read-only, as the record of how
-- the date was chosen.
CREATE TABLE polls (
    id              INTEGER PRIMARY KEY,
    network_id      INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('kick_off','transnational','city_visit','final_event','local_group','online_touch_base','phase_review','other')),
    host_partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    -- The zone timed options were entered in (shown back on that clock).
    time_zone       TEXT,
    deadline        TEXT,
    -- Who sent the invitations (`poll invite`), so that closing can write to the same people.
    organizer       TEXT NOT NULL DEFAULT '',
    closed_option_id INTEGER REFERENCES poll_options(id),
    meeting_id      INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    closed_at       TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX polls_network ON polls(network_id);

-- One date offered. Its `uid` is the iCalendar UID of the tentative hold sent for it; the
-- meeting a poll closes on keeps the chosen option's UID, so the hold becomes the meeting.
CREATE TABLE poll_options (
    id              INTEGER PRIMARY KEY,
    poll_id         INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    uid             TEXT NOT NULL UNIQUE,
    schedule_kind   TEXT NOT NULL CHECK (schedule_kind IN ('timed','all_day')),
    start_utc       TEXT,
    end_utc         TEXT,
    time_zone       TEXT,
    first_date      TEXT,
    last_date       TEXT,
    UNIQUE (poll_id, position),
    CHECK (
        (schedule_kind = 'timed' AND start_utc IS NOT NULL AND end_utc IS NOT NULL AND time_zone IS NOT NULL
            AND first_date IS NULL AND last_date IS NULL)
     OR (schedule_kind = 'all_day' AND first_date IS NOT NULL AND last_date IS NOT NULL
            AND start_utc IS NULL AND end_utc IS NULL AND time_zone IS NULL)
    )
);

-- A partner's answer to one option; the newest answer (by `answered_at`) wins.
CREATE TABLE poll_answers (
    option_id       INTEGER NOT NULL REFERENCES poll_options(id) ON DELETE CASCADE,
    partner_id      INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    answer          TEXT NOT NULL CHECK (answer IN ('yes','maybe','no')),
    source          TEXT NOT NULL CHECK (source IN ('hand','calendar','text')),
    answered_at     TEXT NOT NULL,
    PRIMARY KEY (option_id, partner_id)
);

-- The invitations written by `poll invite`: to which address, for which partner, with the
-- token that a pasted text answer carries to say whose it is.
CREATE TABLE poll_recipients (
    poll_id         INTEGER NOT NULL REFERENCES polls(id) ON DELETE CASCADE,
    partner_id      INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    token           TEXT NOT NULL,
    PRIMARY KEY (poll_id, email)
);
CREATE INDEX poll_recipients_token ON poll_recipients(token);
