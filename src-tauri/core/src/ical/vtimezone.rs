//! VTIMEZONE components for IANA zones (filled in by the export work).
