#!/usr/bin/env bash
# First publish of N meetings (default 1,000) to a local Radicale by `convene publish`
# (bounded parallel requests), against python `caldav` saving the same events one by one
# into another calendar of the same server, in the same run; then an unchanged re-publish
# and its request count. Prints the figures (docs/performance.md).
#   tests/interop/dav/bench_publish.sh [N] [--no-fsync]
# --no-fsync runs Radicale without its fsync after every write (its `_filesystem_fsync`
# option), so the figures say more about the two clients than about this machine's disk.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source scripts/setup.sh
ensure_dav_servers
n=1000
fsync=True
for arg in "$@"; do
  case "$arg" in
    --no-fsync) fsync=False ;;
    *[!0-9]*|'') echo "bench_publish.sh takes a number of meetings and --no-fsync (got \"$arg\")" >&2; exit 2 ;;
    *) n=$arg ;;
  esac
done
cargo build -q -p convene-cli
convene=$PWD/target/debug/convene
work=$(mktemp -d "$PWD/target/bench-dav.XXXXXX")
trap 'kill "$radicale_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$("$CONVENE_DAV_PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'bench:bench-pass\n' > "$work/users"
cat > "$work/config" <<CONF
[server]
hosts = 127.0.0.1:$port
[auth]
type = htpasswd
htpasswd_filename = $work/users
htpasswd_encryption = plain
[storage]
filesystem_folder = $work/collections
[rights]
type = owner_only
[logging]
level = warning
CONF
# Radicale takes its internal options (here `_filesystem_fsync`) only from a program that
# loads its configuration, not from a file or the command line.
"$CONVENE_DAV_PYTHON" - "$work/config" "$fsync" >/dev/null 2>&1 <<'PY' &
import sys
from radicale import config, server
configuration = config.load([(sys.argv[1], False)])
configuration.update({"storage": {"_filesystem_fsync": sys.argv[2]}}, "bench_publish.sh", privileged=True)
server.serve(configuration)
PY
radicale_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

db=$work/bench.db
"$convene" --db "$db" network add --name "Bench network" --kind action-planning >/dev/null
"$CONVENE_DAV_PYTHON" - "$n" > "$work/meetings.ics" <<'PY'
import sys, datetime
n = int(sys.argv[1])
out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
start = datetime.datetime(2027, 1, 4, 9, 0)
for i in range(n):
    s = start + datetime.timedelta(days=i // 4, hours=2 * (i % 4))
    e = s + datetime.timedelta(hours=1, minutes=30)
    out += ["BEGIN:VEVENT", f"UID:bench-{i}@example.org", "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=Europe/Riga:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID=Europe/Riga:{e:%Y%m%dT%H%M%S}",
            f"SUMMARY:Meeting {i}", "LOCATION:Jelgava", "END:VEVENT"]
out.append("END:VCALENDAR")
print("\r\n".join(out))
PY
"$convene" --db "$db" import ics "$work/meetings.ics" --network bench-network >/dev/null
"$convene" --db "$db" export ics bench-network --out "$work/export.ics" >/dev/null
export CONVENE_DAV_PASSWORD=bench-pass
"$convene" --db "$db" account add local --url "http://127.0.0.1:$port/" --user bench >/dev/null

t0=$(date +%s.%N)
"$convene" --db "$db" publish bench-network --account local --json > "$work/first.json"
t1=$(date +%s.%N)
"$convene" --db "$db" publish bench-network --account local --json > "$work/again.json"
t2=$(date +%s.%N)

"$CONVENE_DAV_PYTHON" - "http://127.0.0.1:$port/" "$work/export.ics" > "$work/python.txt" <<'PY'
import sys, time, caldav, icalendar
url, path = sys.argv[1:3]
cal = icalendar.Calendar.from_ical(open(path, "rb").read())
client = caldav.DAVClient(url=url, username="bench", password="bench-pass")
target = client.principal().make_calendar(name="python caldav")
events = [c for c in cal.walk("VEVENT")]
zones = [c for c in cal.walk("VTIMEZONE")]
t0 = time.perf_counter()
for ev in events:
    one = icalendar.Calendar()
    one.add("prodid", "-//bench//EN"); one.add("version", "2.0")
    for z in zones:
        one.add_component(z)
    one.add_component(ev)
    target.save_event(one.to_ical().decode())
print(f"{len(events)} {time.perf_counter() - t0:.2f}")
PY
read -r py_events py_seconds < "$work/python.txt"
created=$("$CONVENE_DAV_PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1]))["created"])' "$work/first.json")
requests=$("$CONVENE_DAV_PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$work/again.json")
first=$(echo "$t1 - $t0" | bc)
again=$(echo "$t2 - $t1" | bc)
echo "Radicale's fsync after each write: $fsync"
echo "first publish of $created meetings, convene publish (debug build, 8 parallel requests): ${first} s"
echo "the same $py_events events saved one by one by python caldav:                       ${py_seconds} s"
echo "speed-up: $(echo "scale=2; $py_seconds / $first" | bc)x"
echo "unchanged re-publish: ${again} s, $requests HTTP request(s)"
