"""The end-to-end benchmark's python peer of `convene import ics`: one whole process that
reads an iCalendar file and parses it with python `icalendar` (`Calendar.from_ical`), and
no more: nothing is checked, converted or stored, which flatters it.

Usage: python parse_icalendar.py FILE.ics

Prints the number of events parsed, so a run that parsed nothing shows.
"""

import sys

import icalendar


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    print(sum(1 for c in calendar.subcomponents if c.name == "VEVENT"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: parse_icalendar.py FILE.ics")
    main(sys.argv[1])
