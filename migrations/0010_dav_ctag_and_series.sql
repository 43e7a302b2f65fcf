-- Two things a server can hold that Convene did not expect at first (issue 15).
--
-- Servers without sync-collection (RFC 6578): Convene remembers that the server refused
-- the report, so that it is not asked again on every publish, and the calendar's
-- CalendarServer `getctag` last seen, so that an unchanged calendar costs one PROPFIND
-- (Depth 0) instead of a listing of every event (docs/sync.md, "How a publish works").
ALTER TABLE dav_calendars ADD COLUMN without_sync_collection INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dav_calendars ADD COLUMN ctag TEXT;

-- A recurring event created on the server (RRULE or RDATE) becomes one meeting per
-- occurrence, as an imported file does; each occurrence is remembered with the series'
-- href and flagged here, because the series stays the server's: Convene reads its changes
-- but never writes or deletes it (one occurrence cannot be written without rewriting
-- every other one).
ALTER TABLE dav_resources ADD COLUMN from_series INTEGER NOT NULL DEFAULT 0;
