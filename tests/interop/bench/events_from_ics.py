"""The events Convene wrote, as the peers of the end-to-end benchmark need them to write
the very same calendar.

Usage: python events_from_ics.py CONVENE.ics EVENTS.json

Reads Convene's own export with python `icalendar` and writes EVENTS.json in the format
of tests/interop/bench/generate_icalendar.py and generate_ical_generator.cjs (the format
src-tauri/core/examples/ical_export_bench.rs writes): per event the texts exactly as
Convene wrote them (UID, SEQUENCE, SUMMARY, DESCRIPTION, LOCATION, URL, STATUS,
CATEGORIES), a timed event's zone and wall-clock times, an all-day event's first date and
exclusive end; the calendar's name, Convene's DTSTAMP, and Convene's VTIMEZONE texts by
TZID (ical-generator has no zone database). This runs before any clock starts; the peers
are then spared the database read and Convene's text rules, which flatters them.

Refuses (exit 1) an event it cannot hand on faithfully: a date-time without TZID (the
benchmark's meetings never fall in an hour the clocks repeat, where Convene writes UTC).
"""

import json
import re
import sys
from datetime import datetime, timezone

import icalendar


def vtimezones(text):
    return {m.group(1).strip(): m.group(0)
            for m in re.finditer(r"BEGIN:VTIMEZONE\r\nTZID:([^\r\n]+)\r\n.*?END:VTIMEZONE\r\n", text, re.S)}


def text(event, name):
    value = event.get(name)
    return "" if value is None else str(value)


def main(source, target):
    with open(source, "rb") as f:
        raw = f.read()
    calendar = icalendar.Calendar.from_ical(raw)
    events, stamp = [], None
    for event in calendar.walk("VEVENT"):
        start, end = event["DTSTART"], event["DTEND"]
        record = {
            "uid": text(event, "UID"),
            "sequence": int(event.get("SEQUENCE", 0)),
            "summary": text(event, "SUMMARY"),
            "description": text(event, "DESCRIPTION"),
            "location": text(event, "LOCATION"),
            "url": text(event, "URL"),
            "status": text(event, "STATUS"),
            "categories": event["CATEGORIES"].cats[0],
            "time_zone": None, "start_local": None, "end_local": None,
            "first_date": None, "end_date_exclusive": None,
        }
        if isinstance(start.dt, datetime):
            zone = start.params.get("TZID")
            if not zone or end.params.get("TZID") != zone:
                sys.exit(f"{source}: event {record['uid']} has a start or end without its zone's TZID; "
                         "the benchmark's meetings should all be written with TZID")
            record["time_zone"] = zone
            record["start_local"] = start.dt.replace(tzinfo=None).isoformat()
            record["end_local"] = end.dt.replace(tzinfo=None).isoformat()
        else:
            record["first_date"] = start.dt.isoformat()
            record["end_date_exclusive"] = end.dt.isoformat()
        stamp = stamp or event["DTSTAMP"].dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        events.append(record)
    data = {
        "calendar_name": text(calendar, "X-WR-CALNAME"),
        "now": stamp,
        "vtimezones": vtimezones(raw.decode("utf-8")),
        "events": events,
    }
    with open(target, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: events_from_ics.py CONVENE.ics EVENTS.json")
    main(sys.argv[1], sys.argv[2])
