-- Milestones get a kind (what sort of step it is), a done flag, and a precision: a
-- milestone known only to the month ("IAP due in June 2027") keeps the first day of
-- that month as its date and 'month' as its precision.
ALTER TABLE milestones ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
    CHECK (kind IN ('phase', 'deadline', 'deliverable', 'decision', 'event', 'other'));
ALTER TABLE milestones ADD COLUMN done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1));
ALTER TABLE milestones ADD COLUMN precision TEXT NOT NULL DEFAULT 'day'
    CHECK (precision IN ('day', 'month'));
