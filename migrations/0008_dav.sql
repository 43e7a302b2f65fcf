-- Publishing to CalDAV servers and sharing plans through WebDAV folders (issue 15).
-- All of this is this computer's state about servers: it is not carried by the JSON
-- export (docs/sync.md says why). No password is ever stored here: it lives in the
-- operating system's keyring, or comes from CONVENE_DAV_PASSWORD / --password-stdin.

-- A CalDAV/WebDAV server account: where and who, never the password.
CREATE TABLE dav_accounts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    username TEXT NOT NULL,
    -- A PEM file of extra certificate authorities to trust (a self-signed server).
    ca_file TEXT,
    created_at TEXT NOT NULL
);

-- The calendar a network is published to, and how far its changes were read.
CREATE TABLE dav_calendars (
    network_id INTEGER PRIMARY KEY REFERENCES networks(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES dav_accounts(id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    display_name TEXT NOT NULL,
    -- RFC 6578 sync token; NULL when the server has none (a full listing each time).
    sync_token TEXT,
    -- The plain .ics copy kept on the WebDAV side (`--ics-file`), and its ETag.
    ics_href TEXT,
    ics_etag TEXT,
    last_sync_at TEXT,
    last_result TEXT
);

-- Per published meeting: where it is, the server's ETag and the fingerprint of the
-- local version last written or read (sha256 of its resource), the two "versions" that
-- tell who changed since the last sync.
CREATE TABLE dav_resources (
    network_id INTEGER NOT NULL REFERENCES dav_calendars(network_id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (network_id, uid)
);
CREATE INDEX dav_resources_href ON dav_resources(network_id, href);

-- Both sides changed (or one deleted what the other changed): nothing was written, both
-- versions are kept until a person chooses. NULL text: that side deleted it.
CREATE TABLE dav_conflicts (
    id INTEGER PRIMARY KEY,
    network_id INTEGER NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    title TEXT NOT NULL,
    local_ics TEXT,
    remote_ics TEXT,
    remote_etag TEXT,
    found_at TEXT NOT NULL,
    UNIQUE (network_id, uid)
);

-- A plan's .convene-plan file on a WebDAV folder, and the ETag last written or read.
CREATE TABLE dav_plan_files (
    plan_id INTEGER PRIMARY KEY REFERENCES action_plans(id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES dav_accounts(id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    etag TEXT
);
