#!/usr/bin/env python3
"""Times Convene's launch and weighs its memory against an empty Tauri window.

Run through scripts/measure-launch.sh, which builds both programs the same way and makes
the 100,000-meeting database; this part only measures. For each round it launches, one
after the other under one private Xvfb display: Convene on the large database, the empty
window (src-tauri/examples/empty_window.rs) as WebKit draws by default and again with
accelerated compositing off (as Convene draws: the like-for-like peer), and Convene on an
empty database. For each
launch it records

  - launch to ready: from just before the program is started to the moment its
    "convene-ready <ms> <screen>" line arrives on standard output (the first screen has
    drawn its data, painted, and takes input; see src-tauri/src/ready.rs). The program's
    own figure (from its first line of Rust) is kept too, and so are the moments of the
    "convene-phases name=ms ..." line that follows it (the shell's and the page's
    start-up phases on the program's clock), reported as a table of medians;
  - memory, a few seconds after ready: the resident set (VmRSS) of the program and every
    process it started (WebKitWebProcess, WebKitNetworkProcess), summed (libraries mapped
    by several of them are counted once per process, as RSS does), and their private
    memory (what no other process maps: the cost that is the launch's own).

Every program runs with HOME and the XDG folders in one private temporary folder (its
WebKit cache, window state and data there; nothing of the person running the script is read
or changed) and is stopped by the process group it was started in. A first, unrecorded
launch of each warms the disk cache and creates the WebKit cache, so the figures are those
of a usual launch, not of the very first one on a machine.

With --cold, each program is launched once (unrecorded: it migrates its database and makes
WebKit's folders) and then once more right after the kernel's page cache is dropped (`sync; echo 3 > /proc/sys/vm/drop_caches`, which needs root): what a person sees on
the first launch after a reboot. The report then has a "cold" table; where the machine
does not allow the drop, it says so instead.

With --also LABEL=PATH (repeatable), another build of Convene is launched on the large
database in the same rounds, alternating with the others, so two builds (before and after
a change) are compared under the same machine load.
"""


from __future__ import annotations

import argparse
import datetime
import os
import platform
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

READY_PREFIX = "convene-ready "
PHASES_PREFIX = "convene-phases "


@dataclass
class Launch:
    ready_s: float
    inner_ms: int
    screen: str
    rss_kb: int
    private_kb: int
    parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Moments of the launch, ms on the program's own clock (src-tauri/src/ready.rs).
    phases: dict[str, int] = field(default_factory=dict)


@dataclass
class Subject:
    key: str
    label: str
    argv: list[str]
    env: dict[str, str]
    launches: list[Launch] = field(default_factory=list)


def read_status_kb(pid: int, name: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def read_private_kb(pid: int) -> int:
    """Memory only this process maps (Private_Clean + Private_Dirty): unlike Pss, it does
    not change when unrelated processes map the same libraries."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return total


def process_name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def descendants(root: int) -> list[int]:
    """`root` and every process below it, from the parent links in /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The name (field 2) may hold spaces; the fields after its closing parenthesis do not.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def process_group_members(pgid: int) -> list[int]:
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pgid:
                    members.append(int(entry))
            except ProcessLookupError:
                pass
    return members


def stop(proc: subprocess.Popen, timeout: float = 5.0) -> None:
    """Stops the program and everything it started: SIGTERM to its process group (it was
    started in a session of its own, so the group holds nothing else), SIGKILL if needed."""
    pgid = proc.pid
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        proc.poll()
        if proc.returncode is not None and not process_group_members(pgid):
            return
        time.sleep(0.05)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=5)


def launch(subject: Subject, settle_s: float, timeout_s: float, log: Path) -> Launch:
    with open(log, "ab") as err:
        err.write(f"\n--- {subject.label} {datetime.datetime.now().isoformat()}\n".encode())
        err.flush()
        start = time.monotonic()
        proc = subprocess.Popen(
            subject.argv,
            env=subject.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,
        )
        try:
            buffer = b""
            ready_line = None
            phases_line = None
            while ready_line is None or phases_line is None:
                if ready_line is None:
                    left = timeout_s - (time.monotonic() - start)
                    if left <= 0:
                        raise RuntimeError(f"{subject.label}: no ready line within {timeout_s:.0f} s (see {log})")
                else:
                    # The phases line follows at once; a program that sends none (an older
                    # build) is given a second.
                    left = ready_at + 1.0 - (time.monotonic() - start)
                    if left <= 0:
                        break
                readable, _, _ = select.select([proc.stdout], [], [], left)
                if not readable:
                    continue
                chunk = os.read(proc.stdout.fileno(), 4096)
                if not chunk:
                    if ready_line is not None:
                        break
                    raise RuntimeError(f"{subject.label}: stopped before it was ready (exit {proc.wait()}; see {log})")
                *complete, buffer = (buffer + chunk).split(b"\n")
                for line in complete:
                    text = line.decode(errors="replace")
                    if text.startswith(READY_PREFIX) and ready_line is None:
                        ready_line = text
                        ready_at = time.monotonic() - start
                    elif text.startswith(PHASES_PREFIX):
                        phases_line = text
            ready_s = ready_at
            _, inner, screen = (ready_line.split() + ["?"])[:3]
            time.sleep(settle_s)
            parts: dict[str, tuple[int, int]] = {}
            rss = private = 0
            for pid in descendants(proc.pid):
                r, p = read_status_kb(pid, "VmRSS"), read_private_kb(pid)
                name = "app" if pid == proc.pid else process_name(pid)
                old = parts.get(name, (0, 0))
                parts[name] = (old[0] + r, old[1] + p)
                rss += r
                private += p
            phases = {}
            for item in (phases_line or "").split()[1:]:
                name, _, value = item.partition("=")
                if value.isdigit():
                    phases[name] = int(value)
            return Launch(ready_s, int(inner), screen, rss, private, parts, phases)
        finally:
            stop(proc)


def free_display() -> int:
    for n in range(57, 120):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number between :57 and :119")


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen, str]:
    number = free_display()
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if xvfb.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"Xvfb {display} did not start")
        time.sleep(0.05)
    return xvfb, display


def mb(kb: float) -> str:
    return f"{kb / 1024:.0f} MB"


def ms(s: float) -> str:
    return f"{s * 1000:.0f} ms"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = read_meminfo("MemTotal")
    try:
        os_name = next(
            l.split("=", 1)[1].strip().strip('"')
            for l in Path("/etc/os-release").read_text().splitlines()
            if l.startswith("PRETTY_NAME=")
        )
    except (OSError, StopIteration):
        os_name = platform.system()
    return f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.0f} GB memory, {os_name}, Linux {platform.release()}"


def read_meminfo(name: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return 0


def webkit_version() -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "libwebkit2gtk-4.1-0"], capture_output=True, text=True, check=True
        )
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"


def drop_caches() -> bool:
    """Empties the kernel's page cache, as a reboot would; false where that is not allowed."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def report(
    subjects: list[Subject],
    args: argparse.Namespace,
    started: str,
    loads: list[str],
    cold: list[tuple[Subject, Launch]],
    cold_note: list[str],
) -> str:
    convene, empty, empty_flat = subjects[0], subjects[1], subjects[2]
    lines = [
        f"Measured {started} with scripts/measure-launch.sh ({args.runs} launches each, alternating, "
        f"after one unrecorded warm-up launch each; memory read {args.settle:g} s after ready).",
        "",
        f"- Machine: {machine()}; WebKitGTK {webkit_version()}; Xvfb {args.width}x{args.height}.",
        f"- Build: {args.profile}",
        f"- Load average before / after: {loads[0]} / {loads[1]}",
        "",
        "| | launch to ready, median (min to max) | ready by its own clock, median | RSS, median (min to max) | private, median |",
        "|---|---|---|---|---|",
    ]
    for s in subjects:
        r = [l.ready_s for l in s.launches]
        inner = [l.inner_ms for l in s.launches]
        rss = [l.rss_kb for l in s.launches]
        private = [l.private_kb for l in s.launches]
        screens = sorted({l.screen for l in s.launches})
        lines.append(
            f"| {s.label} (first screen: {', '.join(screens)}) | {ms(statistics.median(r))} ({ms(min(r))} to {ms(max(r))}) "
            f"| {statistics.median(inner):.0f} ms | {mb(statistics.median(rss))} ({mb(min(rss))} to {mb(max(rss))}) "
            f"| {mb(statistics.median(private))} |"
        )
    ratio_rss = statistics.median(l.rss_kb for l in convene.launches) / statistics.median(l.rss_kb for l in empty.launches)
    ratio_rss_flat = statistics.median(l.rss_kb for l in convene.launches) / statistics.median(
        l.rss_kb for l in empty_flat.launches
    )
    ready = statistics.median(l.ready_s for l in convene.launches)
    empty_rss = statistics.median(l.rss_kb for l in empty.launches)
    empty_private = statistics.median(l.private_kb for l in empty.launches)
    lines += [""]
    for s in subjects:
        if s is empty:
            continue
        lines.append(
            f"Memory of {s.label} / empty window: RSS "
            f"{statistics.median(l.rss_kb for l in s.launches) / empty_rss:.3f} x, private "
            f"{statistics.median(l.private_kb for l in s.launches) / empty_private:.3f} x."
        )
    if cold or cold_note:
        lines += ["", "First launch after the page cache was dropped (cold), one of each:", ""]
        lines += [f"- {n}" for n in cold_note]
        for s, l in cold:
            lines.append(f"- {s.label}: ready in {ms(l.ready_s)} ({l.inner_ms} ms by its own clock, first screen: {l.screen}), RSS {mb(l.rss_kb)}")
    lines += [
        "",
        f"- Home screen usable within 0.5 s: {'met' if ready <= 0.5 else 'NOT met'} (median {ms(ready)}, "
        f"slowest {ms(max(l.ready_s for l in convene.launches))}).",
        f"- Memory at most 1.10 x the empty window's: {'met' if ratio_rss <= 1.10 else 'NOT met'} "
        f"(summed RSS {ratio_rss:.3f} x).",
        f"- The same against the empty window with compositing off, as Convene runs: "
        f"{'met' if ratio_rss_flat <= 1.10 else 'NOT met'} (summed RSS {ratio_rss_flat:.3f} x).",
        "",
        "Memory by process (the launch with the median RSS of each; RSS / private):",
        "",
        "| | " + " | ".join(s.label for s in subjects) + " |",
        "|---|" + "---|" * len(subjects),
    ]
    names = sorted({n for s in subjects for l in s.launches for n in l.parts}, key=lambda n: (n != "app", n))
    medians = []
    for s in subjects:
        ordered = sorted(s.launches, key=lambda l: l.rss_kb)
        medians.append(ordered[len(ordered) // 2])
    for name in names:
        cells = []
        for m in medians:
            r, p = m.parts.get(name, (0, 0))
            cells.append(f"{mb(r)} / {mb(p)}" if r else "-")
        label = "the program itself" if name == "app" else name
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += phases_table(subjects)
    return "\n".join(lines) + "\n"


# What each phase means (src-tauri/src/ready.rs, ui/src/lib/ready.ts).
PHASE_MEANINGS = {
    "setup": "the shell's set-up starts (plugins registered)",
    "database": "the database is open (created or migrated when needed) and its pool ready",
    "page-load": "the window's page starts loading",
    "page": "the page's own clock starts",
    "catalogue-parse": "the UI's modules are loaded; the English catalogue's reading starts (parsed when the UI was built)",
    "catalogue-parsed": "the English catalogue is read into its bundle",
    "script": "the UI's code is loaded and starts",
    "language": "the language's catalogue is applied",
    "mounted": "the window's frame is drawn",
    "info": "the app's facts have arrived (first command)",
    "data": "the first screen's data has arrived",
    "drawn": "the first screen's data is in the page",
    "first-paint": "WebKit's first contentful paint",
    "frame": "the frame after that starts (then style, layout and paint)",
    "page-loaded": "the page's load event",
}


def phases_table(subjects: list[Subject]) -> list[str]:
    """The median moment of each launch phase, per program: where the time went."""
    names: dict[str, float] = {}
    for s in subjects:
        for l in s.launches:
            for name, at in l.phases.items():
                names.setdefault(name, at)
    if not names:
        return []
    order = sorted(names, key=lambda n: statistics.median(
        [l.phases[n] for s in subjects for l in s.launches if n in l.phases]))
    lines = [
        "",
        "Where the time went: the median moment each phase was reached, in ms after the program "
        "started (its own clock; `ready` is when the first screen took input):",
        "",
        "| phase | " + " | ".join(s.label for s in subjects) + " |",
        "|---|" + "---|" * len(subjects),
    ]
    for name in order + ["ready"]:
        cells = []
        for s in subjects:
            values = [l.inner_ms if name == "ready" else l.phases.get(name) for l in s.launches]
            values = [v for v in values if v is not None]
            cells.append(f"{statistics.median(values):.0f}" if values else "-")
        meaning = PHASE_MEANINGS.get(name, "")
        lines.append(f"| {name}{' (' + meaning + ')' if meaning else ''} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--app", required=True, type=Path, help="the built convene-app")
    p.add_argument("--empty", required=True, type=Path, help="the built empty_window example")
    p.add_argument("--db", required=True, type=Path, help="the 100,000-meeting database (copied, never written)")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--settle", type=float, default=3.0, help="seconds between ready and reading memory")
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--width", type=int, default=1280)
    p.add_argument("--height", type=int, default=800)
    p.add_argument("--profile", default="release, --features custom-protocol")
    p.add_argument("--markdown", type=Path, help="also write the report here")
    p.add_argument("--cold", action="store_true", help="first launch each program after dropping the page cache")
    p.add_argument("--also", action="append", default=[], metavar="LABEL=PATH", help="another Convene build to compare")
    p.add_argument("--log", type=Path, default=Path("target/measure/launch.log"), help="the programs' standard error")
    args = p.parse_args()

    for tool in ("Xvfb",):
        if not shutil.which(tool):
            print(f"{tool} is missing: install the xvfb package", file=sys.stderr)
            return 1
    args.log.parent.mkdir(parents=True, exist_ok=True)
    started = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    loads = [" ".join(Path("/proc/loadavg").read_text().split()[:3])]

    cold: list[tuple[Subject, Launch]] = []
    cold_note: list[str] = []
    with tempfile.TemporaryDirectory(prefix="convene-measure-") as tmp:
        home = Path(tmp)
        large = home / "meetings-100k.db"
        shutil.copyfile(args.db, large)
        empty_db = home / "empty.db"
        xvfb, display = start_xvfb(args.width, args.height)
        try:
            base = {
                k: v
                for k, v in os.environ.items()
                if k in ("PATH", "LANG", "LC_ALL", "TZ", "USER", "LOGNAME", "SHELL", "TERM")
            }
            base.update(
                DISPLAY=display,
                HOME=str(home),
                XDG_CONFIG_HOME=str(home / "config"),
                XDG_DATA_HOME=str(home / "data"),
                XDG_CACHE_HOME=str(home / "cache"),
                XDG_RUNTIME_DIR=str(home / "runtime"),
                CONVENE_REPORT_READY="1",
            )
            (home / "runtime").mkdir(mode=0o700)
            subjects = [
                Subject("large", "Convene, 100,000 meetings", [str(args.app)], {**base, "CONVENE_DB": str(large)}),
                Subject("empty", "Empty Tauri window", [str(args.empty)], dict(base)),
                # Convene turns WebKit's accelerated compositing off (src-tauri/src/rendering.rs);
                # the same setting on the empty window is the like-for-like peer.
                Subject(
                    "empty-flat",
                    "Empty Tauri window, compositing off",
                    [str(args.empty)],
                    {**base, "WEBKIT_DISABLE_COMPOSITING_MODE": "1"},
                ),
                Subject("emptydb", "Convene, empty database", [str(args.app)], {**base, "CONVENE_DB": str(empty_db)}),
            ]
            for n, (label, path) in enumerate(a.split("=", 1) for a in args.also):
                # A copy of its own: a build at another schema version must not migrate the others' file.
                own = home / f"meetings-100k-{n}.db"
                shutil.copyfile(args.db, own)
                subjects.append(
                    Subject(f"also-{label}", f"Convene ({label}), 100,000 meetings", [path], {**base, "CONVENE_DB": str(own)})
                )
            if args.cold:
                for s in subjects:
                    # An unrecorded launch first (a database migration, WebKit's cache folders),
                    # then the cold one: the first launch after a reboot of a set-up machine.
                    launch(s, 0.5, args.timeout, args.log)
                    dropped = drop_caches()
                    if not dropped:
                        cold_note.append("the page cache could not be dropped (not root?): no cold launch measured")
                        break
                    l = launch(s, args.settle, args.timeout, args.log)
                    cold.append((s, l))
                    print(f"cold: {s.label}: ready in {ms(l.ready_s)} ({l.screen}), RSS {mb(l.rss_kb)}", file=sys.stderr)
            for s in subjects:
                print(f"warm-up: {s.label}", file=sys.stderr)
                launch(s, 0.5, args.timeout, args.log)
            for round_no in range(args.runs):
                order = subjects if round_no % 2 == 0 else list(reversed(subjects))
                for s in order:
                    l = launch(s, args.settle, args.timeout, args.log)
                    s.launches.append(l)
                    print(
                        f"round {round_no + 1}: {s.label}: ready in {ms(l.ready_s)} ({l.inner_ms} ms by its clock, "
                        f"{l.screen}), RSS {mb(l.rss_kb)}, private {mb(l.private_kb)}",
                        file=sys.stderr,
                    )
        finally:
            xvfb.terminate()
            try:
                xvfb.wait(timeout=5)
            except subprocess.TimeoutExpired:
                xvfb.kill()
    loads.append(" ".join(Path("/proc/loadavg").read_text().split()[:3]))
    text = report(subjects, args, started, loads, cold, cold_note)
    print(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
