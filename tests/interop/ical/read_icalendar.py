"""Reads an iCalendar file with python `icalendar` and prints every VEVENT as JSON.

Usage: python read_icalendar.py FILE.ics

Prints one JSON object: {"reader", "events": [...], "problems": [...]}. Each event is
{uid, summary, description, location, url, status, sequence, tzid, start_utc, end_utc,
start_utc_vtimezone, end_utc_vtimezone, all_day, start_date, end_date}; instants are
"YYYY-MM-DDTHH:MM:SSZ", dates "YYYY-MM-DD" (end_date exclusive, as DTEND says).

Two resolutions of every zoned time, because icalendar 7 resolves a TZID that names an
IANA zone through its own zone database (zoneinfo/tzdata) and never reads the file's
VTIMEZONE for it:
- start_utc/end_utc: icalendar's own answer, `dt.astimezone(UTC)`.
- start_utc_vtimezone/end_utc_vtimezone: the wall-clock time resolved through the
  VTIMEZONE component of the file (`Timezone.to_tz(lookup_tzid=False)`, which builds the
  zone from the component's observances with dateutil), so a wrong VTIMEZONE shows.

Problems (the caller fails on any): the parser's own error lists (icalendar is lenient
and records broken lines and values in `component.errors`), warnings it raised, a TZID
without its VTIMEZONE, a floating (zone-less) date-time, a VTIMEZONE given twice.
A file it cannot parse at all ends the script with status 1 and the parser's message.
"""

import json
import sys
import warnings
from datetime import date, datetime, timezone

import icalendar

UTC = timezone.utc


def utc_text(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def text_of(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            calendar = icalendar.Calendar.from_ical(data)
        except Exception as error:  # the parser's own message is the useful part
            print(f"python icalendar could not parse {path}: {error}", file=sys.stderr)
            return 1
        events, more = read_events(calendar)
        problems.extend(more)
    problems.extend(f"warning: {w.category.__name__}: {w.message}" for w in caught)
    json.dump({"reader": f"python icalendar {icalendar.__version__}", "events": events, "problems": problems},
              sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def file_zones(calendar, problems):
    """The file's VTIMEZONEs, each turned into a tzinfo from its own observances."""
    zones = {}
    for vtimezone in calendar.walk("VTIMEZONE"):
        tzid = vtimezone.tz_name
        if tzid in zones:
            problems.append(f"VTIMEZONE {tzid} is given twice")
            continue
        try:
            zones[tzid] = vtimezone.to_tz(lookup_tzid=False)
        except Exception as error:
            problems.append(f"VTIMEZONE {tzid} cannot be read: {error}")
    return zones


def read_events(calendar):
    problems = []
    for component in calendar.walk():
        for name, error in component.errors:
            problems.append(f"{component.name} {text_of(component, 'UID') or ''}: {name or 'line'}: {error}")
    zones = file_zones(calendar, problems)
    events = []
    for event in calendar.walk("VEVENT"):
        try:
            events.append(read_event(event, zones, problems))
        except Exception as error:
            problems.append(f"VEVENT {text_of(event, 'UID')}: cannot be read: {type(error).__name__}: {error}")
    return events, problems


def read_event(event, zones, problems):
    uid = text_of(event, "UID")
    start = event.start
    end = event.end
    record = {
        "uid": uid,
        "summary": text_of(event, "SUMMARY"),
        "description": text_of(event, "DESCRIPTION"),
        "location": text_of(event, "LOCATION"),
        "url": text_of(event, "URL"),
        "status": text_of(event, "STATUS"),
        "sequence": int(event["SEQUENCE"]) if "SEQUENCE" in event else None,
        "tzid": event["DTSTART"].params.get("TZID"),
        "start_utc": None,
        "end_utc": None,
        "start_utc_vtimezone": None,
        "end_utc_vtimezone": None,
        "all_day": not isinstance(start, datetime),
        "start_date": None,
        "end_date": None,
    }
    if isinstance(start, datetime):
        if start.tzinfo is None or end.tzinfo is None:
            problems.append(f"VEVENT {uid}: a floating time (no zone): {start} to {end}")
            return record
        record["start_utc"] = utc_text(start)
        record["end_utc"] = utc_text(end)
        record["start_utc_vtimezone"], record["end_utc_vtimezone"] = through_vtimezone(event, zones, problems)
    elif isinstance(start, date):
        record["start_date"] = start.isoformat()
        record["end_date"] = end.isoformat()
    return record


def through_vtimezone(event, zones, problems):
    """DTSTART and DTEND (or DTSTART + DURATION) resolved through the file's VTIMEZONE."""
    uid = text_of(event, "UID")

    def resolve(prop):
        value = event[prop]
        tzid = value.params.get("TZID")
        dt = value.dt
        if tzid is None:
            return dt  # a UTC time ("Z") needs no zone
        zone = zones.get(tzid)
        if zone is None:
            problems.append(f"VEVENT {uid}: {prop} uses TZID {tzid} but the file has no VTIMEZONE for it")
            return None
        return dt.replace(tzinfo=None).replace(tzinfo=zone)

    start = resolve("DTSTART")
    if "DTEND" in event:
        end = resolve("DTEND")
    else:
        end = start + event.get("DURATION").dt if start is not None and "DURATION" in event else start
    return (utc_text(start) if start else None, utc_text(end) if end else None)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: read_icalendar.py FILE.ics", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
