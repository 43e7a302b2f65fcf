"""The end-to-end benchmark's checks: that every program timed did the same work, and did
it right. scripts/bench-e2e.sh stops with the reason when one fails.

Usage:
  python check_e2e.py calendars MEETINGS.json CONVENE.icaljs.json ICALGEN.icaljs.json ICALENDAR.python.json
      Convene's .ics (read by ical.js) holds exactly the meetings of the database it was
      exported from (MEETINGS.json, the document `convene import json` read): the same UIDs,
      titles, zones and instants, all-day dates with the exclusive end. The peers' files
      (ical-generator's read by ical.js, python icalendar's by python icalendar) hold the same
      events as Convene's, field by field (as scripts/bench-ical.sh checks).
  python check_e2e.py import REPORT.json N first|again
      `convene --json import ics` reported N meetings created (first) or N unchanged and
      nothing created or updated (again: importing the same file twice changes nothing).
  python check_e2e.py plan PLAN.json CONVENE.docx PANDOC.docx CONVENE.pdf
      Both .docx files (read with python-docx) and the PDF (read with pdftotext) hold every
      section title and every action title of the plan (PLAN.json, the document imported),
      so Convene and pandoc wrote the same plan.

Prints one line saying what was checked.
"""

import json
import subprocess
import sys
from datetime import date, timedelta

FIELDS = ("uid", "summary", "description", "location", "url", "status", "sequence", "tzid",
          "start_utc", "end_utc", "start_date", "end_date")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def events(path):
    reading = load(path)
    if reading["problems"]:
        sys.exit(f"{reading['reader']} found problems in {path}: {reading['problems'][:5]}")
    return {e["uid"]: e for e in reading["events"]}


def expected(meeting):
    s = meeting["schedule"]
    common = {"uid": meeting["uid"], "summary": meeting["title"], "sequence": meeting["sequence"]}
    if s["type"] == "timed":
        return {**common, "tzid": s["time_zone"], "start_utc": s["start"], "end_utc": s["end"],
                "start_date": None, "end_date": None}
    last = date.fromisoformat(s["last"]) + timedelta(days=1)
    return {**common, "tzid": None, "start_utc": None, "end_utc": None,
            "start_date": s["first"], "end_date": last.isoformat()}


def calendars(meetings_path, convene_path, icalgen_path, icalendar_path):
    meetings = [m for n in load(meetings_path)["networks"] for m in n["meetings"]]
    convene = events(convene_path)
    if len(convene) != len(meetings):
        sys.exit(f"Convene's export holds {len(convene)} events; the database holds {len(meetings)} meetings")
    for m in meetings:
        want = expected(m)
        got = convene.get(m["uid"])
        if got is None:
            sys.exit(f"Convene's export lacks the meeting {m['uid']} ({m['title']})")
        wrong = {k: (v, got[k]) for k, v in want.items() if got[k] != v}
        if wrong:
            sys.exit(f"Convene's export differs from the database for {m['uid']}: {wrong}")
    convene_fields = {u: tuple(e[f] for f in FIELDS) for u, e in convene.items()}
    for name, path in (("ical-generator", icalgen_path), ("python icalendar", icalendar_path)):
        peer = {u: tuple(e[f] for f in FIELDS) for u, e in events(path).items()}
        differ = [u for u in set(convene_fields) | set(peer) if convene_fields.get(u) != peer.get(u)]
        if differ:
            u = differ[0]
            sys.exit(f"{name} wrote other events than Convene: {len(differ)} differ, e.g.\n"
                     f"  convene: {convene_fields.get(u)}\n  {name}: {peer.get(u)}")
    print(f"same events: Convene's export holds the {len(meetings):,} meetings of its database "
          f"(UIDs, titles, zones, instants); ical-generator and python icalendar wrote the same events")


def imported(report_path, count, which):
    report = load(report_path)
    created, updated, unchanged = len(report["created"]), len(report["updated"]), report["unchanged"]
    if which == "first" and (created, updated, unchanged) != (count, 0, 0):
        sys.exit(f"import into a fresh database: {created} created, {updated} updated, {unchanged} unchanged; "
                 f"expected {count} created")
    if which == "again" and (created, updated, unchanged) != (0, 0, count):
        sys.exit(f"importing the same file again: {created} created, {updated} updated, {unchanged} unchanged; "
                 f"expected nothing new and {count} unchanged")
    print(f"import {which}: {created} created, {updated} updated, {unchanged} unchanged, as expected")


def docx_text(path):
    import docx  # python-docx, in the interop virtualenv

    document = docx.Document(path)
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def plan(plan_path, convene_docx, pandoc_docx, convene_pdf):
    network = load(plan_path)["networks"][0]
    the_plan = network["action_plans"][0]
    snapshot = the_plan["revisions"][-1]["snapshot"]
    titles = [s["title"] for s in snapshot["sections"]]
    titles += [the_plan["parts"][a]["title"] for a in snapshot["actions"]]
    pdf = subprocess.run(["pdftotext", "-layout", convene_pdf, "-"], check=True, capture_output=True,
                         text=True).stdout
    # pdftotext breaks long lines and cells; compare with runs of spaces made one.
    pdf = " ".join(pdf.split())
    for name, text in (("Convene's .docx", docx_text(convene_docx)), ("pandoc's .docx", docx_text(pandoc_docx)),
                       ("Convene's PDF", pdf)):
        flat = " ".join(text.split()) if name.endswith("PDF") else text
        missing = [t for t in titles if t not in flat]
        if missing:
            sys.exit(f"{name} lacks {len(missing)} of the plan's {len(titles)} section and action titles, "
                     f"e.g. {missing[0]!r}")
    print(f"same plan: both .docx files and the PDF hold all {len(snapshot['sections'])} section titles "
          f"and {len(snapshot['actions'])} action titles")


def main(argv):
    if len(argv) == 6 and argv[1] == "calendars":
        calendars(*argv[2:])
    elif len(argv) == 5 and argv[1] == "import" and argv[4] in ("first", "again"):
        imported(argv[2], int(argv[3]), argv[4])
    elif len(argv) == 6 and argv[1] == "plan":
        plan(*argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
