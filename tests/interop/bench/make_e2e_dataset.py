"""The end-to-end benchmark's data: Convene JSON export documents (docs/json.md) that
`convene import json` turns into the databases scripts/bench-e2e.sh times commands on.

Usage:
  python make_e2e_dataset.py meetings N OUT.json      one network, its ten partners, N meetings
  python make_e2e_dataset.py skeleton OUT.json        the same network and partners, no meeting
  python make_e2e_dataset.py plan RECORDS OUT.json    the same network with one large action plan

Everything is deterministic (no clock, no random seed that changes), so every run and
every exporter sees the same data.

Meetings (as src-tauri/core/examples/ical_export_bench.rs, so both benchmarks measure the
same kind of calendar): ten partner cities over ten European zones from UTC+0 to UTC+2,
the years 2024-2029; ten in eleven timed (08:00 to 16:30 local, so never in an hour the
clocks skip or repeat; some last 30 hours), one in eleven all-day (one to three days); a
host city, a venue, a description with commas, semicolons and a line break, an online
link on every third, statuses confirmed, tentative, held and cancelled; UIDs are UUIDs.

The plan: the issue's large plan (60 sections of 2,000 words, 300 actions) is the plan at
RECORDS = 100,000; a plan at RECORDS = N is the same plan scaled by N / 100,000 (60
sections of 2,000 * N / 100,000 words, 300 * N / 100,000 actions, a tenth as many
indicators and risks as actions), at least 20 words per section and 3 actions. Above
about 300,000 records the plan would break Convene's limits (50,000 characters a section,
1,000 actions: src-tauri/core/src/plan/content.rs) and is refused here. The plan's sections are
Markdown: paragraphs with emphasis, a bullet list and a link; its actions have an
objective, lead, partners, months, a cost and one or two funding lines.
"""

import hashlib
import json
import sys
import uuid
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

NETWORK_SLUG = "bench"
PLAN_CITY = "gavle"

CITIES = [
    ("Jelgava", "LV", "Europe/Riga"),
    ("Fundão", "PT", "Europe/Lisbon"),
    ("Nevers", "FR", "Europe/Paris"),
    ("Gävle", "SE", "Europe/Stockholm"),
    ("Kežmarok", "SK", "Europe/Bratislava"),
    ("Razlog", "BG", "Europe/Sofia"),
    ("Limerick", "IE", "Europe/Dublin"),
    ("Oulu", "FI", "Europe/Helsinki"),
    ("Trikala", "GR", "Europe/Athens"),
    ("Nyíregyháza", "HU", "Europe/Budapest"),
]

WORDS = ["digital", "mobility", "housing", "youth", "heritage", "energy", "data", "tourism", "green",
         "inclusion", "harbour", "market", "school", "library", "bridge", "square"]

STATUSES = ["confirmed", "tentative", "held", "confirmed", "cancelled"]

STAMP = "2026-01-01T00:00:00Z"

# Convene's limits (TEXT_MAX in src-tauri/core/src/validate.rs, MAX_ROWS in plan/content.rs).
SECTION_MAX_CHARS = 50_000
PLAN_MAX_ROWS = 1_000


def utc_text(moment):
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def meeting(n):
    city, _, zone_name = CITIES[n % len(CITIES)]
    word = WORDS[n % len(WORDS)]
    other = WORDS[(n * 7 + 3) % len(WORDS)]
    day = date(2024, 1, 1) + timedelta(days=(n * 37) % (6 * 365))
    if n % 11 == 5:
        schedule = {"type": "all_day", "first": day.isoformat(),
                    "last": (day + timedelta(days=n % 3)).isoformat()}
    else:
        zone = ZoneInfo(zone_name)
        start = datetime(day.year, day.month, day.day, 8 + n % 9, 0 if n % 2 == 0 else 30, tzinfo=zone)
        length = timedelta(hours=30) if n % 23 == 0 else timedelta(minutes=90 + (n % 6) * 45)
        # Wall-clock arithmetic, as a person enters "from 10:00 to 11:30 the next day".
        end = (start.replace(tzinfo=None) + length).replace(tzinfo=zone)
        schedule = {"type": "timed", "start": utc_text(start), "end": utc_text(end), "time_zone": zone_name}
    online = n % 3 == 0
    return {
        "id": n + 1,
        "uid": str(uuid.UUID(int=0x00c04e4e_0000_4000_8000_000000000000 | n)),
        "sequence": n % 4,
        "kind": "city_visit" if n % 13 == 0 else "transnational",
        "title": f"Transnational meeting {n} in {city}: {word}, {other}; next steps",
        "host_partner_id": n % len(CITIES) + 1,
        "venue": f"{word.capitalize()} hall, Main square {n % 40 + 1}",
        "mode": "hybrid" if online else "in_person",
        "online_url": f"https://meet.example.org/convene/{n}" if online else "",
        "status": STATUSES[n % len(STATUSES)],
        "description": (f"Partners present their {word} work; the lead partner sums up.\n"
                        f"Bring your {other} figures, the draft action plan and questions for {city}, "
                        f"as agreed at the last meeting (see the minutes)."),
        "schedule": schedule,
        "source_ref": None,
        "created_at": STAMP,
        "updated_at": STAMP,
        "agenda": [],
        "attendance": [],
    }


def partners():
    return [{
        "id": i + 1, "name": name, "country": country,
        "role": "lead_partner" if i == 0 else "partner",
        "time_zone": zone, "population": None, "notes": "",
        "created_at": STAMP, "updated_at": STAMP, "contacts": [], "local_group": [],
    } for i, (name, country, zone) in enumerate(CITIES)]


def document(meetings=(), plans=()):
    network = {
        "id": 1, "slug": NETWORK_SLUG, "name": "Bench Network", "kind": "action_planning",
        "tagline": "", "description": "", "programme": "URBACT IV",
        "start_date": None, "end_date": None, "phases": [], "contact_email": "", "website": "",
        "lead_partner_id": 1, "source_ref": None, "created_at": STAMP, "updated_at": STAMP,
        "partners": partners(), "meetings": list(meetings), "milestones": [],
        "action_plans": list(plans), "import_notes": [],
    }
    return {"format": "convene", "schema_version": 1, "networks": [network], "practices": [], "import_notes": []}


def part_id(value):
    """As Convene makes them: the first 128 bits of the SHA-256 of the part's JSON."""
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()[:32]


def section_body(s, words):
    """`words` words of Markdown: paragraphs of about 120 words, a list and a link."""
    out, paragraph, count = [], [], 0
    i = s * 7919
    while count < words:
        word = WORDS[i % len(WORDS)]
        i += 5 + s % 3
        if count % 17 == 3:
            word = f"*{word}*"
        elif count % 29 == 11:
            word = f"**{word}**"
        paragraph.append(word)
        count += 1
        if len(paragraph) >= 120 or count == words:
            text = " ".join(paragraph)
            out.append(text[0].upper() + text[1:] + ".")
            paragraph = []
            if len(out) == 2:
                out.append("- the local group meets every month;\n- the city council reviews it yearly;\n"
                           "- see [the URBACT method](https://urbact.eu/toolbox).")
    return "\n\n".join(out)


SECTION_TITLES = {
    "context": "Context and needs", "vision": "Vision and objectives", "approach": "Integrated approach",
    "actions": "Actions", "implementation": "Implementation: timeline and resources", "funding": "Funding",
    "risks": "Risks", "monitoring": "Monitoring and indicators", "local-group": "Local group involvement",
}


def plan(records):
    scale = records / 100_000
    words = max(20, round(2000 * scale))
    n_actions = max(3, round(300 * scale))
    n_rows = max(1, n_actions // 10)
    parts = {}

    def add(value):
        key = part_id(value)
        parts[key] = value
        return key

    sections = [{"key": k, "title": t, "custom": False} for k, t in SECTION_TITLES.items()]
    sections += [{"key": f"topic-{i + 1}", "title": f"Topic {i + 1}: {WORDS[i % len(WORDS)]} and {WORDS[(i * 5 + 1) % len(WORDS)]}",
                  "custom": True} for i in range(60 - len(sections))]
    for s, section in enumerate(sections):
        body = section_body(s, words)
        if len(body) > SECTION_MAX_CHARS or n_actions > PLAN_MAX_ROWS:
            sys.exit(f"a plan of {records:,} records would need sections of {len(body):,} characters and "
                     f"{n_actions:,} actions; a plan holds at most {SECTION_MAX_CHARS:,} characters a section "
                     f"and {PLAN_MAX_ROWS:,} actions (src-tauri/core/src/plan/content.rs): choose fewer records")
        section["body_part"] = add(body)
    indicators = [{
        "id": str(uuid.UUID(int=0x1d1c_0000_0000_4000_8000_000000000000 | i)),
        "name": f"Indicator {i + 1}: people reached by {WORDS[i % len(WORDS)]} work",
        "kind": "output" if i % 2 == 0 else "result", "unit": "people", "baseline": str(i * 10),
        "target": str(i * 10 + 500), "target_date": "2029-12", "verification": "Yearly survey of the local group",
    } for i in range(n_rows)]
    actions = []
    for i in range(n_actions):
        cost_cents = 1_000_000 + i * 12_345
        funding = [{"source": "erdf", "amount": f"{cost_cents * 6 // 10 // 100}.{cost_cents * 6 // 10 % 100:02d}"}]
        if i % 2:
            funding.append({"source": "city", "amount": "2500.50"})
        actions.append({
            "id": str(uuid.UUID(int=0xac71_0000_0000_4000_8000_000000000000 | i)),
            "objective": f"Objective {i % 5 + 1}: {WORDS[i % len(WORDS)]}",
            "title": f"Action {i + 1}: {WORDS[(i * 3) % len(WORDS)]} {WORDS[(i * 7 + 2) % len(WORDS)]} pilot",
            "description": f"The city and its partners run a {WORDS[i % len(WORDS)]} pilot; results feed the next phase.",
            "lead": "City library" if i % 2 else "Youth department",
            "partners": "University, chamber of commerce",
            "start": f"{2025 + i % 3}-{i % 12 + 1:02d}", "end": f"{2028 + i % 2}-{i % 12 + 1:02d}",
            "cost": f"{cost_cents // 100}.{cost_cents % 100:02d}", "funding": funding,
            "status": ["idea", "planned", "ongoing", "done"][i % 4], "pilot": i % 3 == 0,
            "indicator_ids": [indicators[i % n_rows]["id"]],
        })
    risks = [{
        "id": str(uuid.UUID(int=0x7157_0000_0000_4000_8000_000000000000 | i)),
        "description": f"Risk {i + 1}: the {WORDS[i % len(WORDS)]} budget comes late",
        "likelihood": i % 5 + 1, "impact": (i * 3) % 5 + 1, "mitigation": "Start with the city's own funds.",
        "owner": "Finance department",
    } for i in range(n_rows)]
    snapshot = {"sections": sections, "actions": [add(a) for a in actions],
                "indicators": [add(x) for x in indicators], "risks": [add(r) for r in risks]}
    return {
        "id": 1, "partner_id": 4, "title": "Digital jobs for young people", "summary": "",
        "status": "draft", "source_ref": None, "created_at": STAMP, "updated_at": STAMP,
        "uuid": "be4c0000-0000-4000-8000-000000000001", "adoption_date": None,
        "revisions": [{
            "number": 1, "uuid": "be4c0000-0000-4000-8000-000000000002", "parent_uuid": None,
            "merged_uuid": None, "kind": "created", "author": "Benchmark", "created_at": STAMP,
            "message": "Created", "snapshot": snapshot,
        }],
        "parts": parts, "status_changes": [], "comments": [], "conflicts": [],
    }


def main(argv):
    if len(argv) == 4 and argv[1] == "meetings":
        doc = document(meetings=(meeting(n) for n in range(int(argv[2]))))
    elif len(argv) == 3 and argv[1] == "skeleton":
        doc = document()
    elif len(argv) == 4 and argv[1] == "plan":
        doc = document(plans=[plan(int(argv[2]))])
    else:
        sys.exit("usage: make_e2e_dataset.py meetings N OUT.json | skeleton OUT.json | plan RECORDS OUT.json")
    with open(argv[-1], "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv)
