//! iCalendar (RFC 5545) out of and into Convene: calendar files every client opens,
//! invitations and cancellations (iTIP, RFC 5546, in a MIME message, RFC 6047), and
//! import of other programs' files.
//!
//! Writing: [`export`] (files of meetings), [`invite`] (email invitations), [`vtimezone`]
//! (VTIMEZONE components computed from chrono-tz) and [`line_writer`] (folding, CRLF and
//! escaping, shared by both writers). [`outcome`]: what the desktop app reports after
//! saving a calendar file or writing an invitation.
//!
//! Reading: [`import`] (other programs' files into a network's meetings), [`reader`]
//! (unfolding and components, with line numbers for errors), [`tzid`] (a TZID as an IANA
//! zone), [`windows_zones`] (Outlook's Windows zone names, after CLDR) and [`recurrence`]
//! (recurring events expanded into meetings).

pub mod export;
pub mod import;
pub mod invite;
pub mod line_writer;
pub mod outcome;
pub mod reader;
pub mod recurrence;
pub mod tzid;
pub mod vtimezone;
pub mod windows_zones;
