//! Invitations and cancellations as email messages (filled in by the export work).
