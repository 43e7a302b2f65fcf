-- Holidays: a partner may name its region (an ISO 3166-2 code such as ES-CN, empty when
-- none) so that the region's public holidays count for it, and a coordinator may record
-- a partner's own days off (a patron saint's day, a local election).
ALTER TABLE partners ADD COLUMN region TEXT NOT NULL DEFAULT '';

CREATE TABLE partner_days_off (
    id          INTEGER PRIMARY KEY,
    partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (partner_id, date, name)
);
CREATE INDEX partner_days_off_date ON partner_days_off(date);
