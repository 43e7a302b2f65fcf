//! Windows time zone names as Outlook writes them, mapped to IANA names (filled in by the import work).
