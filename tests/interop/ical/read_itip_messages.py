"""Reads iTIP messages (.eml) and calendar files (.ics) with python's `email` package and
python `icalendar`, and prints what a calendar program would take from each as JSON.

Usage: python read_itip_messages.py FILE...

Prints a JSON list, one object per file: {file, parts: [{mime_type, mime_method, method,
events: [{uid, summary, status, sequence, start_utc, end_utc, start_date, end_date,
organizer, attendees: [{address, partstat, rsvp}]}], errors}]}. A `.eml` gives one part per
text/calendar or application/ics part (decoded from base64 or quoted-printable by `email`);
a `.ics` is one part. Zoned times are resolved by icalendar (IANA names through its zone
database, other TZIDs such as Outlook's "FLE Standard Time" through the file's VTIMEZONE)
and printed in UTC as "YYYY-MM-DDTHH:MM:SSZ"; all-day dates as "YYYY-MM-DD".
A file that cannot be parsed ends the script with status 1 and the parser's message.
"""

import email
import json
import sys
from datetime import date, datetime, timezone
from email import policy

import icalendar


def when(component, name):
    if component.get(name) is None:
        return None, None
    value = component.decoded(name)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return "floating " + value.isoformat(), None
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), None
    if isinstance(value, date):
        return None, value.isoformat()
    return None, None


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_calendar(data, mime_type, mime_method):
    calendar = icalendar.Calendar.from_ical(data)
    events = []
    errors = [str(e) for e in getattr(calendar, "errors", [])]
    for event in calendar.walk("VEVENT"):
        errors.extend(str(e) for e in getattr(event, "errors", []))
        start_utc, start_date = when(event, "DTSTART")
        end_utc, end_date = when(event, "DTEND")
        events.append({
            "uid": str(event.get("UID")),
            "summary": None if event.get("SUMMARY") is None else str(event.get("SUMMARY")),
            "status": None if event.get("STATUS") is None else str(event.get("STATUS")),
            "sequence": None if event.get("SEQUENCE") is None else int(event.get("SEQUENCE")),
            "start_utc": start_utc,
            "end_utc": end_utc,
            "start_date": start_date,
            "end_date": end_date,
            "organizer": None if event.get("ORGANIZER") is None else str(event.get("ORGANIZER")),
            "attendees": [
                {"address": str(a), "partstat": a.params.get("PARTSTAT"), "rsvp": a.params.get("RSVP")}
                for a in as_list(event.get("ATTENDEE"))
            ],
        })
    return {
        "mime_type": mime_type,
        "mime_method": mime_method,
        "method": None if calendar.get("METHOD") is None else str(calendar.get("METHOD")),
        "events": events,
        "errors": errors,
    }


def main(paths):
    out = []
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        parts = []
        try:
            if path.endswith(".ics"):
                parts.append(read_calendar(data, None, None))
            else:
                message = email.message_from_bytes(data, policy=policy.default)
                for part in message.walk():
                    if part.get_content_type() in ("text/calendar", "application/ics"):
                        parts.append(read_calendar(part.get_payload(decode=True), part.get_content_type(),
                                                   part.get_param("method")))
        except Exception as error:  # the parser's own message is the useful part
            print(f"python could not read {path}: {error}", file=sys.stderr)
            return 1
        out.append({"file": path, "parts": parts})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
