#!/usr/bin/env python3
"""Checks Convene's Debian package as a person installing it would rely on it.

Usage: check_deb.py PACKAGE.deb EXAMPLE_PAGES.txt

- The package holds the desktop app, the `convene` command line, a desktop entry and icons.
- Unpacked into a scratch root (dpkg -x), `convene --version` answers with the package's
  version, and a real command works from there: it imports the example URBACT pages into
  a new database and lists the four networks.
- Every shared library the two programs need directly comes from a package that the
  .deb's Depends names, or that those depend on (transitively), or from an essential
  package (libc6 and friends are on every Debian system): an installed package never
  fails to start with "error while loading shared libraries".

Prints one line per check and ends with "N passed, N failed"; exits 1 on any failure.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + (f": {detail}" if detail else ""))


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def field(deb, name):
    return run("dpkg-deb", "--field", deb, name).strip()


def package_names(relation):
    """Every package name a Depends-style field mentions (alternatives included)."""
    names = set()
    for part in relation.split(","):
        for alt in part.split("|"):
            alt = re.sub(r"\(.*?\)", "", alt).strip().split(":")[0]
            if alt:
                names.add(alt)
    return names


def installed_depends(pkg):
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}, ${Provides}", pkg],
        capture_output=True, text=True,
    )
    return package_names(out.stdout) if out.returncode == 0 else set()


def closure(roots):
    seen, todo = set(), list(roots)
    while todo:
        pkg = todo.pop()
        if pkg in seen:
            continue
        seen.add(pkg)
        todo.extend(installed_depends(pkg) - seen)
    return seen


def essential_packages():
    out = run("dpkg-query", "-W", "-f=${Package} ${Essential} ${Priority}\n")
    names = set()
    for line in out.splitlines():
        name, essential, priority = (line.split() + ["", ""])[:3]
        if essential == "yes" or priority == "required":
            names.add(name.split(":")[0])
    return names


def needed_libraries(binary):
    out = run("readelf", "-d", binary)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def owner_of_library(soname):
    """The installed package that ships the library the dynamic linker would load."""
    wide = os.uname().machine in ("x86_64", "aarch64")
    for line in run("ldconfig", "-p").splitlines():
        m = re.match(r"\s*(\S+) \((.*?)\) => (\S+)", line)
        if not m or m.group(1) != soname or (wide and "64" not in m.group(2)):
            continue
        path = m.group(3)
        real = os.path.realpath(path)
        for candidate in (path, real, "/usr" + path, "/usr" + real, path.removeprefix("/usr"), real.removeprefix("/usr")):
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if found.returncode == 0:
                return found.stdout.split(":")[0].strip()
    return None


def main():
    deb, pages = sys.argv[1], sys.argv[2]
    version = field(deb, "Version")
    depends = field(deb, "Depends")
    entries = {"/" + line.split()[-1].removeprefix("./").rstrip("/")
               for line in run("dpkg-deb", "--contents", deb).splitlines()}
    for path in ["/usr/bin/convene-app", "/usr/bin/convene", "/usr/share/applications/Convene.desktop"]:
        check(f"the package holds {path}", path in entries)
    icons = sorted(e for e in entries if e.startswith("/usr/share/icons/hicolor/") and e.endswith(".png"))
    check("the package holds the app's icons", len(icons) >= 3, ", ".join(icons))

    with tempfile.TemporaryDirectory() as root:
        run("dpkg-deb", "-x", deb, root)
        cli = os.path.join(root, "usr/bin/convene")
        app = os.path.join(root, "usr/bin/convene-app")
        desktop = [f for f in os.listdir(os.path.join(root, "usr/share/applications")) if f.endswith(".desktop")]
        entry = open(os.path.join(root, "usr/share/applications", desktop[0])).read() if desktop else ""
        check("the desktop entry starts the app", "Exec=convene-app" in entry, entry.splitlines()[:4].__str__())

        out = run(cli, "--version")
        check("convene --version names the package's version", version in out, out.strip())

        db = os.path.join(root, "scratch.db")
        run(cli, "--db", db, "import", "urbact", pages)
        networks = json.loads(run(cli, "--db", db, "--json", "networks"))
        names = sorted(n["name"] for n in networks)
        check("the installed command line imports the example pages and lists their networks",
              len(names) == 4, ", ".join(names))

        allowed = closure(package_names(depends)) | essential_packages()
        for binary in (app, cli):
            for soname in needed_libraries(binary):
                owner = owner_of_library(soname)
                check(f"{os.path.basename(binary)} needs {soname}, from a package Depends covers",
                      owner is not None and owner.split(":")[0] in allowed,
                      f"owner {owner}; Depends: {depends}")

    passed = sum(results)
    failed = len(results) - passed
    print(f"package: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
