-- Servers without sync-collection (RFC 6578): Convene remembers that the server refused
-- the report, so that it is not asked again on every publish, and the calendar's
-- CalendarServer `getctag` last seen, so that an unchanged calendar costs one PROPFIND
-- (Depth 0) instead of a listing of every event (docs/sync.md, "How a publish works").
ALTER TABLE dav_calendars ADD COLUMN without_sync_collection INTEGER NOT NULL DEFAULT 0;
ALTER TABLE dav_calendars ADD COLUMN ctag TEXT;
