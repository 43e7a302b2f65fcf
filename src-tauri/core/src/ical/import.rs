//! Reading iCalendar files into meetings (filled in by the import work).
