#!/usr/bin/env bash
# The interop tests: Convene's exports read by independent parsers (python icalendar,
# ical.js, python-docx, pdftotext). They are cargo test targets that need the `interop`
# feature and the readers installed by `ensure_interop` (scripts/setup.sh), which sets
# CONVENE_INTEROP_PYTHON and CONVENE_INTEROP_NODE_MODULES.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_all_interop

# The interop test targets, in one cargo command with the same features as
# scripts/test-all.sh's (so either reuses the other's build):
# - calendars (ical_interop, ical_import_interop): every exported event read by python
#   icalendar and ical.js at the database's instants; the import test files read by both,
#   agreeing with what Convene imports;
# - holidays (holidays_interop): the whole table compared with python-holidays itself,
#   every country and year;
# - polls (poll_interop): every message `poll invite` and `poll close` write, and the REPLY
#   fixtures, read by python icalendar; the replies import into the invitations;
# - action plans (plan_export_interop): the .docx read by python-docx (headings, action
#   table), the PDF by pdftotext;
# - CalDAV and WebDAV (cli_dav_caldav, cli_dav_plans_wsgidav, cli_dav_keyring): publish,
#   pull, conflicts, deletions, wrong password, server down and TLS with a CA file against
#   real Radicale and Xandikos, events read back by python caldav, no password in the
#   database or outputs; plans through a WsgiDAV folder; the password in a real Secret
#   Service (GNOME Keyring on the test's own D-Bus session bus).
# Each area adds its interop test targets here.
cargo test --workspace --exclude convene-e2e --features "$CONVENE_INTEROP_FEATURES" \
  --test ical_interop --test ical_import_interop --test holidays_interop --test poll_interop \
  --test plan_export_interop --test cli_dav_caldav --test cli_dav_plans_wsgidav --test cli_dav_keyring
