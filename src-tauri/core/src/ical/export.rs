//! Writing meetings as an iCalendar file (filled in by the export work).
