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
# the meetings to an events file first, so the other two write the very same events; ical.js
# then reads all three files and the script checks they hold the same events at the same
# instants with the same texts.
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

convene_say "checking that the three files hold the same events (read by ical.js)"
for name in convene icalendar ical-generator; do
  NODE_PATH="$CONVENE_INTEROP_NODE_MODULES" node tests/interop/ical/read_icaljs.cjs "$work/$name.ics" > "$work/$name.read.json"
done

"$CONVENE_INTEROP_PYTHON" - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
names = ["convene", "icalendar", "ical-generator"]
figures = {n: json.load(open(os.path.join(work, n + ".json"))) for n in names}
fields = ("uid", "summary", "description", "location", "url", "status", "sequence", "tzid",
          "start_utc", "end_utc", "start_date", "end_date")
events = {}
for n in names:
    reading = json.load(open(os.path.join(work, n + ".read.json")))
    if reading["problems"]:
        sys.exit(f"ical.js found problems in {n}'s file: {reading['problems'][:5]}")
    events[n] = {e["uid"]: tuple(e[f] for f in fields) for e in reading["events"]}
for n in names[1:]:
    differ = [u for u in events["convene"] if events["convene"][u] != events[n].get(u)]
    if differ or len(events[n]) != len(events["convene"]):
        u = differ[0] if differ else None
        sys.exit(f"{n} wrote other events than Convene: {len(differ)} differ, e.g.\n"
                 f"  convene: {events['convene'].get(u)}\n  {n}: {events[n].get(u)}")
c = figures["convene"]
p = figures["icalendar"]
g = figures["ical-generator"]
print()
print(f"{c['events']:,} meetings in {len(set(e[7] for e in events['convene'].values()) - {None})} zones; "
      f"the same events in all three files (read back by ical.js).")
for f in (c, p, g):
    print(f"  {f['generator']:<26} median {f['median_ms']:9.1f} ms of {len(f['runs_ms'])} runs "
          f"{f['runs_ms']}, {f['bytes']:,} bytes, {f['vtimezones']} VTIMEZONEs")
print(f"convene: {c['median_ms']:.1f} ms, python icalendar: {p['median_ms']:.0f} ms "
      f"({p['median_ms'] / c['median_ms']:.0f} x slower), ical-generator: {g['median_ms']:.0f} ms "
      f"({g['median_ms'] / c['median_ms']:.0f} x slower)")
PY
