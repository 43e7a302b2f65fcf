"""The end-to-end benchmark's python peer of `convene export ics`: one whole process that
reads the events, builds the calendar with python `icalendar` (with its VTIMEZONEs) and
writes the file, as a user's script would.

Usage: python export_icalendar.py EVENTS.json OUT.ics

EVENTS.json is Convene's own export read back (events_from_ics.py), so this writes the
same events; building and writing are generate_icalendar.py's (the inner-loop benchmark,
scripts/bench-ical.sh). scripts/bench-e2e.sh times the whole process: start-up, import of
icalendar, reading the events, building, writing.
"""

import sys

from generate_icalendar import generate, prepare


def main(source, target):
    text = generate(*prepare(source))
    with open(target, "wb") as f:
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: export_icalendar.py EVENTS.json OUT.ics")
    main(sys.argv[1], sys.argv[2])
