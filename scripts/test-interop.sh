#!/usr/bin/env bash
# The interop tests: Convene's exports read by independent parsers (python icalendar,
# ical.js, python-docx, pdftotext). They are cargo test targets that need the `interop`
# feature and the readers installed by `ensure_interop` (scripts/setup.sh), which sets
# CONVENE_INTEROP_PYTHON and CONVENE_INTEROP_NODE_MODULES.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_interop
command -v pdftotext >/dev/null || ensure_packages poppler-utils

# Each area adds its interop test targets here.
# Calendars: every exported event read by python icalendar and ical.js at the database's
# instants; the import test files read by both, agreeing with what Convene imports.
cargo test -p convene-core --features interop --test ical_interop --test ical_import_interop
# Holidays: the whole table compared with python-holidays itself, every country and year.
cargo test -p convene-core --features interop --test holidays_interop
# Polls: every message `poll invite` and `poll close` write, and the REPLY fixtures, read by
# python icalendar; the replies import into the invitations.
cargo test -p convene-core --features interop --test poll_interop
# Action plans: the .docx read by python-docx (headings, action table), the PDF by pdftotext.
cargo test -p convene-plan-export --features interop --test plan_export_interop
# CalDAV and WebDAV: publish, pull, conflicts, deletions, wrong password, server down and
# TLS with a CA file against real Radicale and Xandikos, events read back by python caldav,
# no password in the database or outputs; plans through a WsgiDAV folder; the password in
# a real Secret Service (GNOME Keyring on the test's own D-Bus session bus).
ensure_dav_servers
ensure_secret_service
cargo test -p convene-cli --features interop --test cli_dav_caldav --test cli_dav_plans_wsgidav --test cli_dav_keyring
