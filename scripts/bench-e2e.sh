#!/usr/bin/env bash
# The end-to-end benchmark: Convene's commands timed as the user runs them (the whole
# `convene` process, release build), against peers doing the same work, each a whole
# process, in one run on one machine; printed as Markdown tables with the ratios.
#
#   1. Calendar export: `convene export ics bench --out FILE` of N meetings of one network,
#      against python `icalendar` and npm `ical-generator` writing the same events (with
#      VTIMEZONE) to a file.
#   2. Calendar import: `convene import ics FILE --network bench` of those N events into a
#      fresh database, then the same file again (changes nothing), against python
#      `icalendar` merely parsing the file (`Calendar.from_ical`).
#   3. Plan export: `convene plan export bench/gavle --format docx` and `--format pdf` of one
#      large plan, against `pandoc` converting the plan's Markdown export to .docx.
#
# Each at 1,000, 10,000 and 100,000 records (a plan of 100,000 records is the issue's
# 60 sections of 2,000 words and 300 actions; smaller ones are scaled down: see
# tests/interop/bench/make_e2e_dataset.py). Timing: hyperfine, no shell, one warm-up run
# then several runs (10, 5 and 3 at the three sizes), median wall time and mean CPU time.
# Every run of every program, Convene's and the peers', starts on a settled disk: `sync`
# before it (with the fresh database's copy, for the import). Run back to back, a command
# that replaces a file otherwise waits in its own write for the disk work the previous run
# left (writing back, and discarding the blocks of the file it replaced): a cost of
# running it ten times in a row, not of running it (docs/performance.md, 2026-12-07 13:15).
#
# Every program does the same work, and it is checked: the data are built once
# (`convene import json` of a generated document), Convene's .ics is read back and the
# peers write those very events; at the smallest size ical.js and python icalendar read
# the three calendars back and they must agree with the database and each other (UIDs,
# texts, zones, instants); at every size the first import must create N meetings and the
# second change nothing; both .docx files and the PDF must hold every section and action
# title. A failed check stops the script (exit 1) with the reason.
#
# Usage: scripts/bench-e2e.sh [--sizes 1000,10000,100000] [--runs N] [--smoke] [--debug]
#   --smoke   the smallest size (1,000) once, no warm-up: checks that the script works and
#             prints the figures, judging nothing (what CI runs)
#   --debug   time the debug build (`cargo build -p convene-cli`, which the tests build
#             anyway) instead of the release one: for a smoke run in CI only, as its
#             figures say nothing about speed
# Installs what is missing (hyperfine, pandoc, poppler-utils; the interop virtualenv and
# npm packages), builds `convene` in release (a few minutes cold). Work files go to
# target/bench-e2e/ (target/bench-e2e-smoke/ for --smoke). Not part of the tests; figures
# in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

sizes=1000,10000,100000
runs=
smoke=0
profile=release
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=${2:?--sizes needs a list such as 1000,10000}; shift 2 ;;
    --sizes=*) sizes=${1#--sizes=}; shift ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --runs=*) runs=${1#--runs=}; shift ;;
    --smoke) smoke=1; shift ;;
    --debug) profile=debug; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see scripts/bench-e2e.sh --help)" >&2; exit 2 ;;
  esac
done
if ! [[ $sizes =~ ^[1-9][0-9]*(,[1-9][0-9]*)*$ ]]; then
  echo "--sizes takes record counts separated by commas, such as 1000,10000 (got \"$sizes\")" >&2
  exit 2
fi
if [ -n "$runs" ] && ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "--runs takes a whole number of runs, 1 or more (got \"$runs\")" >&2
  exit 2
fi
# In ascending order, each once, so the tables read from small to large.
IFS=, read -r -a size_list <<< "$(tr , '\n' <<< "$sizes" | sort -n | uniq | paste -sd, -)"
if [ "$smoke" = 1 ]; then
  size_list=("${size_list[0]}")
  runs=1
fi
sizes=$(IFS=,; echo "${size_list[*]}")

ensure_tools
ensure_packages hyperfine pandoc poppler-utils
ensure_interop
python=$CONVENE_INTEROP_PYTHON
bench=tests/interop/bench
export NODE_PATH=$CONVENE_INTEROP_NODE_MODULES

if [ "$profile" = release ]; then
  convene_say "building convene (cargo build --release -p convene-cli)"
  cargo build --release -p convene-cli
else
  convene_say "building convene (cargo build -p convene-cli): a debug build, its figures say nothing about speed"
  cargo build -p convene-cli
fi

# A smoke run has its own folder, so it never clears a full run's files.
work=target/bench-e2e
[ "$smoke" = 1 ] && work=target/bench-e2e-smoke
rm -rf "$work"
mkdir -p "$work/times"
# The run times its own copy, so a rebuild in target/ during the run changes nothing.
cp "target/$profile/convene" "$work/convene"
convene=$work/convene

convene_say "machine and versions"
"$python" "$bench/report_e2e.py" machine "$work" "$convene" "$profile"

# timed NAME SIZE [--prepare CMD] COMMAND: one warm-up run (none in smoke mode), then the
# runs for SIZE, each after `sync` (or after CMD, which must end with one); hyperfine's
# JSON goes to $work/times/SIZE-NAME.json. A command that fails stops the script.
timed() {
  local name=$1 size=$2 count warmup=1 prepare=(--prepare sync)
  shift 2
  if [ "$1" = --prepare ]; then prepare=(--prepare "$2"); shift 2; fi
  if [ -n "$runs" ]; then count=$runs
  elif [ "$size" -le 2000 ]; then count=10
  elif [ "$size" -le 20000 ]; then count=5
  else count=3
  fi
  [ "$smoke" = 1 ] && warmup=0
  printf '   %-18s %s run(s): %s\n' "$name" "$count" "${*: -1}" >&2
  hyperfine -N --style none --warmup "$warmup" --runs "$count" \
    --export-json "$work/times/$size-$name.json" "${prepare[@]}" "$@" > "$work/hyperfine.log" 2>&1 \
    || { cat "$work/hyperfine.log" >&2; echo "hyperfine: $name failed at $size records" >&2; exit 1; }
}

# A fresh database: the benchmark's network and partners, no meeting.
"$python" "$bench/make_e2e_dataset.py" skeleton "$work/skeleton.json"
"$convene" --db "$work/skeleton.db" import json "$work/skeleton.json" > /dev/null

smallest=${size_list[0]}

for size in "${size_list[@]}"; do
  d=$work/$size
  mkdir -p "$d/out"
  convene_say "$size records: building the data"
  "$python" "$bench/make_e2e_dataset.py" meetings "$size" "$d/meetings.json"
  "$convene" --db "$d/meetings.db" import json "$d/meetings.json" > /dev/null
  "$convene" --db "$d/meetings.db" export ics bench --out "$d/convene.ics"
  "$python" "$bench/events_from_ics.py" "$d/convene.ics" "$d/events.json"
  "$python" "$bench/make_e2e_dataset.py" plan "$size" "$d/plan.json"
  "$convene" --db "$d/plan.db" import json "$d/plan.json" > /dev/null
  "$convene" --db "$d/plan.db" plan export bench/gavle --format md --out "$d/plan.md" > /dev/null

  convene_say "$size records: calendar export"
  timed export-convene "$size" "$convene --db $d/meetings.db export ics bench --out $d/out/convene.ics"
  timed export-icalendar "$size" "$python $bench/export_icalendar.py $d/events.json $d/out/icalendar.ics"
  timed export-icalgen "$size" "env TZ=UTC node $bench/export_ical_generator.cjs $d/events.json $d/out/ical-generator.ics"
  if [ "$size" = "$smallest" ]; then
    convene_say "$size records: checking that the three calendars hold the database's events (read back by ical.js and python icalendar)"
    for name in convene ical-generator; do
      node tests/interop/ical/read_icaljs.cjs "$d/out/$name.ics" > "$d/$name.icaljs.json"
    done
    "$python" tests/interop/ical/read_icalendar.py "$d/out/icalendar.ics" > "$d/icalendar.python.json"
    "$python" "$bench/check_e2e.py" calendars "$d/meetings.json" "$d/convene.icaljs.json" \
      "$d/ical-generator.icaljs.json" "$d/icalendar.python.json"
  fi

  convene_say "$size records: calendar import"
  cp "$work/skeleton.db" "$d/imported.db"
  if "$convene" --db "$d/imported.db" --json import ics "$d/convene.ics" --network bench \
      > "$d/import-first.json" 2> "$d/import-first.err"; then
    "$python" "$bench/check_e2e.py" import "$d/import-first.json" "$size" first
    "$convene" --db "$d/imported.db" --json import ics "$d/convene.ics" --network bench > "$d/import-again.json"
    "$python" "$bench/check_e2e.py" import "$d/import-again.json" "$size" again
    timed import-convene "$size" --prepare "sh -c 'cp $work/skeleton.db $d/fresh.db && sync'" \
      "$convene --db $d/fresh.db import ics $d/convene.ics --network bench"
    timed reimport-convene "$size" "$convene --db $d/imported.db import ics $d/convene.ics --network bench"
    timed import-icalendar "$size" "$python $bench/parse_icalendar.py $d/convene.ics"
  elif grep -q "more than a calendar of meetings can be" "$d/import-first.err"; then
    # Convene refuses a calendar file over its size limit (IMPORT_MAX_BYTES in
    # src-tauri/core/src/calendar.rs): said in the report, nothing timed at this size.
    sed 's/^error: //' "$d/import-first.err" > "$work/times/$size-import-refused.txt"
    echo "   not timed: convene refused the file: $(cat "$work/times/$size-import-refused.txt")" >&2
  else
    cat "$d/import-first.err" >&2
    echo "convene import ics failed at $size records" >&2
    exit 1
  fi

  convene_say "$size records: plan export"
  timed plan-docx "$size" "$convene --db $d/plan.db plan export bench/gavle --format docx --out $d/out/plan.docx"
  timed plan-pdf "$size" "$convene --db $d/plan.db plan export bench/gavle --format pdf --out $d/out/plan.pdf"
  timed plan-pandoc "$size" "pandoc $d/plan.md -o $d/out/pandoc.docx"
  "$python" "$bench/check_e2e.py" plan "$d/plan.json" "$d/out/plan.docx" "$d/out/pandoc.docx" "$d/out/plan.pdf"
  rm -f "$d/fresh.db"
done

"$python" "$bench/report_e2e.py" tables "$work" "$sizes" "$([ "$smoke" = 1 ] && echo smoke || echo full)"
