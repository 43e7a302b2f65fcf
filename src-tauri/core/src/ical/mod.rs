//! iCalendar (RFC 5545) out of and into Convene: calendar files every client opens,
//! invitations and cancellations (iTIP, RFC 5546, in a MIME message, RFC 6047), and
//! import of other programs' files.

pub mod export;
pub mod import;
pub mod invite;
pub mod vtimezone;
pub mod windows_zones;
