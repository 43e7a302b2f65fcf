"""The end-to-end benchmark's report: the machine and versions, then the figures of
scripts/bench-e2e.sh as Markdown tables (ready for docs/performance.md), each with the
ratio to its peer, the target of issue 12 and how the time grows with the work.

Usage:
  python report_e2e.py machine WORK CONVENE PROFILE  prints the machine, the load, every version;
                                                      keeps the load average in WORK/load-start
  python report_e2e.py tables WORK SIZES full|smoke  prints the tables from WORK/times/*.json
                                                      (hyperfine's --export-json files)

A ratio is the peer's median wall time divided by Convene's, both whole processes timed in
the same run: 20x means Convene took a twentieth of the peer's time; below 1x Convene is
slower. Wall time is what the user waits for; on a shared machine it also holds the time
the process waited for a core, so the CPU time (user + system, mean of the same runs) is
given beside it. In smoke mode (one run, no warm-up: CI checks that the script works) the
figures are printed but no target is judged.
"""

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

import icalendar

BENCH = os.path.dirname(os.path.abspath(__file__))


def first_line(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return out.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "not found"


def package_version(name):
    path = os.path.join(os.environ.get("CONVENE_INTEROP_NODE_MODULES", ""), name, "package.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)["version"]
    except OSError:
        return "not found"


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.platform()


def memory_gb():
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB memory"
    except (ValueError, OSError):
        return "memory unknown"


def load_text():
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min)"


def machine(work, convene, profile):
    load = load_text()
    with open(os.path.join(work, "load-start"), "w", encoding="utf-8") as f:
        f.write(load)
    print(f"date:     {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}")
    print(f"machine:  {os.cpu_count()} cores ({cpu_model()}), {memory_gb()}, {os_name()}")
    print(f"load:     {load} at the start")
    commit = first_line(["git", "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M"])
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "src-tauri"],
                             capture_output=True, text=True).stdout.strip()
    print(f"convene:  {first_line([convene, '--version'])} ({profile} build) at commit {commit}"
          f"{' with uncommitted changes in src-tauri' if changed else ''}, {first_line(['rustc', '--version'])}")
    print(f"python:   {platform.python_version()}, icalendar {icalendar.__version__}")
    print(f"node:     {first_line(['node', '--version'])}, ical-generator {package_version('ical-generator')}, "
          f"ical.js {package_version('ical.js')} (reads the files back)")
    print(f"pandoc:   {first_line(['pandoc', '--version'])}")
    print(f"timing:   {first_line(['hyperfine', '--version'])} (whole processes, no shell, each run after `sync`)")


def result(work, size, name):
    path = os.path.join(work, "times", f"{size}-{name}.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        r = json.load(f)["results"][0]
    return {"wall": r["median"], "cpu": r["user"] + r["system"], "runs": len(r["times"]),
            "min": r["min"], "max": r["max"]}


def ms(seconds):
    value = seconds * 1000
    if value < 10:
        return f"{value:.1f} ms"
    if value < 10_000:
        return f"{value:,.0f} ms"
    return f"{value / 1000:,.1f} s"


def ratio(peer, ours):
    if peer is None or ours is None:
        return "-"
    r = peer / ours
    return f"{r:.1f}x" if r < 10 else f"{r:.0f}x"


def cell(r, kind):
    return "-" if r is None else ms(r[kind])


def table(work, sizes, unit, ours, peers, kind):
    """One Markdown table: a row per size; Convene's columns, then each peer and its ratio
    to `ours[0]`'s (or to the Convene column the peer names)."""
    head = [unit] + [label for _, label in ours]
    for _, label, _ in peers:
        head += [label, "ratio"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size in sizes:
        mine = {name: result(work, size, name) for name, _ in ours}
        row = [f"{size:,}"] + [cell(mine[name], kind) for name, _ in ours]
        for name, _, against in peers:
            peer = result(work, size, name)
            base = mine[against]
            row += [cell(peer, kind), ratio(peer and peer[kind], base and base[kind])]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def growth(work, sizes, name):
    steps = []
    for small, large in zip(sizes, sizes[1:]):
        a, b = result(work, small, name), result(work, large, name)
        if a and b:
            steps.append(f"{small:,} to {large:,} ({large / small:.0f}x the work): {b['wall'] / a['wall']:.1f}x the time")
    return "; ".join(steps)


def verdict(work, sizes, pairs, target, smoke):
    if smoke:
        return "not judged (smoke run)"
    parts = []
    for peer, ours, label in pairs:
        met = []
        for size in sizes:
            p, o = result(work, size, peer), result(work, size, ours)
            if p and o:
                met.append(f"{size:,}: {'met' if p['wall'] / o['wall'] >= target else 'not met'}")
        parts.append(f"{label} {', '.join(met)}".strip())
    return "; ".join(parts)


def section(work, sizes, smoke, title, unit, ours, peers, target_text, target, pairs, note):
    print(f"\n### {title}\n")
    print(note + "\n")
    print("Wall time, median:\n")
    print(table(work, sizes, unit, ours, peers, "wall"))
    print("\nCPU time (user + system), mean of the same runs:\n")
    print(table(work, sizes, unit, ours, peers, "cpu"))
    lines = [f"- {label}: {g}" for name, label in ours + [(n, l) for n, l, _ in peers]
             if (g := growth(work, sizes, name))]
    if lines:
        print("\nGrowth of the wall time with the work:\n")
        print("\n".join(lines))
    for size in sizes:
        refused = os.path.join(work, "times", f"{size}-{ours[0][0].split('-')[0]}-refused.txt")
        if os.path.exists(refused):
            with open(refused, encoding="utf-8") as f:
                print(f"\nNot measured at {size:,} ({refusal_text(f.read())})")
    print(f"\nTarget ({target_text}): {verdict(work, sizes, pairs, target, smoke)}.")


def refusal_text(message):
    """Convene's refusal, said as the reason a row is empty."""
    return "Convene refuses the file: " + " ".join(message.split())


def tables(work, sizes, mode):
    smoke = mode == "smoke"
    runs = [f"{r['runs']} at {s:,}" for s in sizes if (r := result(work, s, "export-convene"))]
    how = "smoke run: one run each, no warm-up" if smoke else \
        f"each command run once to warm up, then timed {', '.join(runs)} records"
    print(f"\n## End-to-end figures ({how})")
    section(work, sizes, smoke, "Calendar export", "meetings",
            [("export-convene", "`convene export ics`")],
            [("export-icalendar", "python icalendar", "export-convene"),
             ("export-icalgen", "ical-generator", "export-convene")],
            "at least 100x each peer", 100,
            [("export-icalendar", "export-convene", "python icalendar:"),
             ("export-icalgen", "export-convene", "ical-generator:")],
            "Each writes the same events of one network to a file: `convene export ics bench --out FILE` "
            "reading them from its database; python icalendar (`add_missing_timezones()`, `to_ical()`) "
            "and ical-generator reading them, already as plain values, from a JSON file.")
    section(work, sizes, smoke, "Calendar import", "events",
            [("import-convene", "`convene import ics`, fresh database"),
             ("reimport-convene", "the same file again")],
            [("import-icalendar", "python icalendar, parse only", "import-convene")],
            "at least 10x python icalendar's parse", 10,
            [("import-icalendar", "import-convene", "")],
            "Convene's export of the size above, imported into a database holding the network and its "
            "partners and no meeting (validated, stored in one transaction, searchable); then imported "
            "again, which changes nothing (checked); python icalendar only parses it "
            "(`Calendar.from_ical`).")
    section(work, sizes, smoke, "Plan export", "records",
            [("plan-docx", "`convene plan export --format docx`"),
             ("plan-pdf", "`--format pdf`")],
            [("plan-pandoc", "pandoc, Markdown to .docx", "plan-docx")],
            "at least 3x pandoc for .docx", 3,
            [("plan-pandoc", "plan-docx", "")],
            "One action plan: at 100,000 records the issue's large plan (60 sections of 2,000 words, "
            "300 actions, 30 indicators, 30 risks), at N records the same scaled by N / 100,000 "
            "(at least 20 words a section, 3 actions). pandoc converts the plan's own Markdown export "
            "(`--format md`) with `pandoc plan.md -o plan.docx`; the ratio is against Convene's .docx.")
    print(f"\nload average at the end: {load_text()}; at the start: "
          f"{open(os.path.join(work, 'load-start'), encoding='utf-8').read()}")


def main(argv):
    if len(argv) == 5 and argv[1] == "machine" and argv[4] in ("release", "debug"):
        machine(argv[2], argv[3], argv[4])
    elif len(argv) == 5 and argv[1] == "tables" and argv[4] in ("full", "smoke"):
        tables(argv[2], [int(s) for s in argv[3].split(",")], argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
