"""The iCalendar benchmark's python side: python `icalendar` writing the benchmark's events.

Usage: python generate_icalendar.py EVENTS.json RUNS [OUT.ics]

EVENTS.json is written by Convene's benchmark (`cargo run --release -p convene-core
--example ical_export_bench`): the very meetings Convene exports, as plain values. The
datetimes (zoneinfo, in each meeting's own zone), dates and texts are prepared before the
clock starts, as Convene's side starts from `Meeting` values already in memory.

Timed, per run: building the Calendar and its Events (UID, DTSTAMP, SEQUENCE, SUMMARY,
DESCRIPTION, LOCATION, URL, STATUS, CATEGORIES, DTSTART/DTEND with TZID, or DATE values for all-day
events), `add_missing_timezones()` (the VTIMEZONEs, over the events' years) and
`to_ical()`. The last run's text goes to OUT.ics when given. Prints one JSON line: {"generator", "runs_ms", "median_ms", "events", "bytes"}.
"""

import json
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar


def prepare(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    zones = {}
    events = []
    for e in data["events"]:
        if e["time_zone"]:
            zone = zones.setdefault(e["time_zone"], ZoneInfo(e["time_zone"]))
            start = datetime.fromisoformat(e["start_local"]).replace(tzinfo=zone)
            end = datetime.fromisoformat(e["end_local"]).replace(tzinfo=zone)
        else:
            start = date.fromisoformat(e["first_date"])
            end = date.fromisoformat(e["end_date_exclusive"])
        events.append((e["uid"], e["sequence"], e["summary"], e["description"], e["location"], e["url"],
                       e["status"], e["categories"], start, end))
    years = [e[8].year for e in events]
    span = (date(min(years) - 1, 1, 1), date(max(years) + 1, 12, 31))
    stamp = datetime.fromisoformat(data["now"].replace("Z", "+00:00")).astimezone(timezone.utc)
    return data["calendar_name"], stamp, span, events


def generate(name, stamp, span, events):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Convene benchmark//python icalendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for uid, sequence, summary, description, location, url, status, categories, start, end in events:
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("sequence", sequence)
        event.add("summary", summary)
        if description:
            event.add("description", description)
        if location:
            event.add("location", location)
        if url:
            event.add("url", url)
        event.add("status", status)
        event.add("categories", [categories])
        event.add("dtstart", start)
        event.add("dtend", end)
        calendar.add_component(event)
    calendar.add_missing_timezones(first_date=span[0], last_date=span[1])
    return calendar.to_ical()


def main(path, runs, out=None):
    name, stamp, span, events = prepare(path)
    generate(name, stamp, span, events)  # warm-up, not counted
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        text = generate(name, stamp, span, events)
        times.append((time.perf_counter() - started) * 1000)
    if out:
        with open(out, "wb") as f:
            f.write(text)
    print(json.dumps({
        "generator": f"python icalendar {icalendar.__version__}",
        "runs_ms": [round(t, 1) for t in times],
        "median_ms": statistics.median(times),
        "events": text.count(b"BEGIN:VEVENT"),
        "vtimezones": text.count(b"BEGIN:VTIMEZONE"),
        "bytes": len(text),
    }))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print("usage: generate_icalendar.py EVENTS.json RUNS [OUT.ics]", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) == 4 else None)
