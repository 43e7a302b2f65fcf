#!/usr/bin/env bash
# The iCalendar export benchmark: 20,000 meetings written as one calendar by Convene, by
# python `icalendar` and by npm `ical-generator`, side by side in one run.
#
# What is timed, in each generator's own process and clock, is the generation of the
# calendar text from meetings already in memory:
#   - convene: `export_meetings` (release build; src-tauri/core/examples/ical_export_bench.rs);
#   - python icalendar: building the Calendar and its Events, add_missing_timezones(),
#     to_ical() (tests/interop/bench/generate_icalendar.py);
#   - ical-generator: building the calendar and its events, toString(); its VTIMEZONEs
#     come from a lookup of Convene's texts, as it has no zone database
#     (tests/interop/bench/generate_ical_generator.cjs).
# Each is run once to warm up, then several times; the median is reported. Convene writes
# the meetings to an events file first, so the other two write the very same events; the
# three files are then read back (ical.js; python icalendar for its own file) and the script
# checks they hold the same events at the same instants with the same texts.
#
# Usage: scripts/bench-ical.sh [CONVENE_RUNS PYTHON_RUNS NODE_RUNS]   (default 15 5 7)
# Builds the example in release (a few minutes cold). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
convene_runs=${1:-15}
python_runs=${2:-5}
node_runs=${3:-7}

ensure_tools
ensure_interop

convene_say "building the benchmark (release)"
cargo build --release -p convene-core --example ical_export_bench

work=target/bench-ical
mkdir -p "$work"
convene_say "convene: export_meetings, $convene_runs runs"
target/release/examples/ical_export_bench --events "$work/events.json" --out "$work/convene.ics" \
  --runs "$convene_runs" > "$work/convene.json"
convene_say "python icalendar: $python_runs runs"
"$CONVENE_INTEROP_PYTHON" tests/interop/bench/generate_icalendar.py "$work/events.json" "$python_runs" \
  "$work/icalendar.ics" > "$work/icalendar.json"
convene_say "ical-generator: $node_runs runs"
TZ=UTC NODE_PATH="$CONVENE_INTEROP_NODE_MODULES" node tests/interop/bench/generate_ical_generator.cjs \
  "$work/events.json" "$node_runs" "$work/ical-generator.ics" > "$work/ical-generator.json"

convene_say "checking that the three files hold the same events (read back by ical.js and python icalendar)"
for name in convene icalendar ical-generator; do
  NODE_PATH="$CONVENE_INTEROP_NODE_MODULES" node tests/interop/ical/read_icaljs.cjs "$work/$name.ics" > "$work/$name.icaljs.json"
done
"$CONVENE_INTEROP_PYTHON" tests/interop/ical/read_icalendar.py "$work/icalendar.ics" > "$work/icalendar.python.json"

"$CONVENE_INTEROP_PYTHON" - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
fields = ("uid", "summary", "description", "location", "url", "status", "sequence", "tzid",
          "start_utc", "end_utc", "start_date", "end_date")

def events(name):
    reading = json.load(open(os.path.join(work, name + ".json")))
    if reading["problems"]:
        sys.exit(f"{reading['reader']} found problems in {name}: {reading['problems'][:5]}")
    return {e["uid"]: tuple(e[f] for f in fields) for e in reading["events"]}

def differing(a, b):
    return [u for u in set(a) | set(b) if a.get(u) != b.get(u)]

convene = events("convene.icaljs")
# python icalendar's VTIMEZONEs list their changes as RDATE value lists, of which ical.js
# reads only the first: its own reader (through the IANA zones) says what it meant.
for name in ("ical-generator.icaljs", "icalendar.python"):
    differ = differing(convene, events(name))
    if differ:
        u = differ[0]
        sys.exit(f"{name.split('.')[0]} wrote other events than Convene: {len(differ)} differ, e.g.\n"
                 f"  convene: {convene.get(u)}\n  {name}: {events(name).get(u)}")
misread = len(differing(convene, events("icalendar.icaljs")))

figures = {n: json.load(open(os.path.join(work, n + ".json"))) for n in ("convene", "icalendar", "ical-generator")}
c, p, g = figures["convene"], figures["icalendar"], figures["ical-generator"]
print()
print(f"{c['events']:,} meetings in {c['vtimezones']} zones, the same events in all three files "
      f"(Convene's and ical-generator's read back by ical.js, python icalendar's by python icalendar).")
if misread:
    print(f"note: ical.js places {misread:,} of python icalendar's events at other instants "
          f"(it reads only the first date of each RDATE list in python icalendar's VTIMEZONEs).")
for f in (c, p, g):
    print(f"  {f['generator']:<24} median {f['median_ms']:9.1f} ms of {len(f['runs_ms'])} runs "
          f"{f['runs_ms']}, {f['bytes']:,} bytes, {f['vtimezones']} VTIMEZONEs")
print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end)")
print(f"convene: {c['median_ms']:.1f} ms, python icalendar: {p['median_ms']:.0f} ms "
      f"({p['median_ms'] / c['median_ms']:.0f} x slower), ical-generator: {g['median_ms']:.0f} ms "
      f"({g['median_ms'] / c['median_ms']:.0f} x slower)")
PY
