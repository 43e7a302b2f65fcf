#!/usr/bin/env bash
# Measures Convene's launch on a database of 100,000 meetings against an empty Tauri window
# (docs/performance.md holds the figures and how to read them):
#   - launch to "home screen usable" (its data drawn, painted, taking input);
#   - memory: resident size of the app process plus its WebKit processes, a few seconds
#     after ready, and the ratio to the empty window's.
#   - where the launch's time went: the median moment of each phase (the shell's set-up,
#     the database open, the page loading, the UI's code, the first screen's data, drawing
#     and painting), from the `convene-phases` line the program prints after its ready line
#     (src-tauri/src/ready.rs, ui/src/lib/ready.ts).
# Both programs are built in one cargo command, in release with the custom-protocol feature
# (the window carries its built page): the same Tauri, the same dependencies, the same
# profile. The empty window is the example src-tauri/examples/empty_window.rs.
# The database is generated once (target/measure/meetings-100k.db) and copied for the runs.
# A cold release build takes about 8 minutes on 2 cores; this is not part of the tests.
#
# Each program is also launched once cold, right after the page cache is dropped, where the
# machine allows it (root: `echo 3 > /proc/sys/vm/drop_caches`); the report says if not.
#
# Usage: scripts/measure-launch.sh [RUNS] [--also LABEL=PATH ...]
#   RUNS: launches of each (default 5); --also: another build of convene-app to compare in
#   the same rounds (e.g. a copy of target/release/convene-app kept from before a change).
# Writes the report to target/measure/launch.md as well as to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
runs=${1:-5}
shift || true

ensure_tools
ensure_packages "${CONVENE_BUILD_PACKAGES[@]}" xvfb
ensure_ui_deps
command -v python3 >/dev/null || ensure_packages python3

convene_say "building the UI (ui/dist)"
npm run build --prefix ui

convene_say "building Convene and the empty window (release, custom-protocol)"
cargo build --release -p convene --features custom-protocol --bin convene-app --example empty_window

mkdir -p target/measure
db=target/measure/meetings-100k.db
if [ ! -f "$db" ]; then
  convene_say "generating the database of 100,000 meetings ($db)"
  rm -f "$db.partial" "$db.partial-wal" "$db.partial-shm"
  cargo run --release -p convene-core --example generate -- "$db.partial"
  # Fold the write-ahead log in, so the copy is one self-contained file.
  python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$db.partial"
  rm -f "$db.partial-wal" "$db.partial-shm"
  mv "$db.partial" "$db"
fi

convene_say "measuring ($runs launches of each, under a private Xvfb)"
python3 scripts/measure_launch.py \
  --app target/release/convene-app \
  --empty target/release/examples/empty_window \
  --db "$db" \
  --runs "$runs" \
  --cold \
  --profile "release (cargo build --release --features custom-protocol), $(rustc --version)" \
  --markdown target/measure/launch.md \
  "$@"
