#!/usr/bin/env python3
"""Writes Convene's table of public holidays from python-holidays.

Convene knows the public holidays of the 38 countries its networks come from (every EU and
EEA country, Switzerland, the United Kingdom and the Western Balkans, Kosovo included) from
1990 to 2100, wherever python-holidays covers those years. The dates are python-holidays'
(MIT licence): this script asks it for every year and writes what it answers; nothing is
computed by Convene. Run it when python-holidays is updated and commit the result:

    source scripts/setup.sh && ensure_interop   # python-holidays in target/interop/holidays-venv
    target/interop/holidays-venv/bin/python scripts/generate-holidays.py

(the version is pinned in tests/interop/holidays/requirements.txt; after changing it, run
this, then scripts/test-interop.sh, whose holidays_interop test compares the new table
with python-holidays year by year).

It writes src-tauri/core/src/holiday/holidays.txt (read by src-tauri/core/src/holiday/table.rs
with include_str!) and prints its size. Only the `public` category is taken (not bank,
school, optional or de facto days off), with English names; the names in Convene's other
languages go to holiday_names.txt beside it (see below). Regional holidays are kept
under the region's ISO 3166-2 code (DE-BY, ES-CN), as the differences between the region's
list and the national one; subdivisions python-holidays names by something other than an
ISO 3166-2 code (Belgium's language communities) are left out.

The format, one record a line (`#` starts a comment):

    C <code> <first year> <last year>          a country and the years the table covers
    N <name>                                   the country's next holiday name (numbered 0, 1, ...)
    S <scope> [<region name>]                  the scope of the lines below: the country
                                               code, or a region code such as ES-CN with
                                               the region's name as python-holidays gives it
    <n> <token> <token> ...                    dates of name n in that scope
    -<n> <token> ...                           (in a region) national dates of name n that
                                               the region does not keep

holiday_names.txt holds, for each country, its holidays' names in those of Convene's
languages (fr de es it pt pl nl el ro) that python-holidays translates that country's
holidays into (its `supported_languages`; pt is pt_PT, it it_IT), and only where the name
differs from the English one:

    C <code>                                   the country of the lines below
    <lang> <n> <name>                          name n of holidays.txt in that language

A name is matched to its translation by asking python-holidays for the same country,
region and years in both languages: the same days give the same holidays in the same
order. Where a language is missing, Convene shows the English name.

A token is `Y1-Y2=MMDD` (that day every year from Y1 to Y2), `Y=MMDD` (that day in year Y)
or `Y:MMDD,MMDD,...` (one day in each year from Y on). A `*` after MMDD marks a date
python-holidays gives as estimated (an Islamic feast whose date depends on the moon being
seen); the name then has no "(estimated)" in it.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import holidays

COUNTRIES = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "IS LI NO CH GB AL BA ME MK RS XK"
).split()
FIRST, LAST = 1990, 2100
OUT = Path(__file__).resolve().parent.parent / "src-tauri/core/src/holiday/holidays.txt"
NAMES_OUT = OUT.with_name("holiday_names.txt")
# Convene's languages other than English, as python-holidays may name them (best first).
LANGUAGES = {
    "fr": ("fr", "fr_FR"),
    "de": ("de", "de_DE"),
    "es": ("es", "es_ES"),
    "it": ("it", "it_IT"),
    "pt": ("pt_PT", "pt"),
    "pl": ("pl",),
    "nl": ("nl",),
    "el": ("el",),
    "ro": ("ro",),
}
ESTIMATED = re.compile(r" \((observed, )?estimated\)$")
ISO_SUBDIVISION = re.compile(r"^[0-9A-Z]{1,3}$")


def english(cls) -> str:
    langs = getattr(cls, "supported_languages", ())
    for lang in ("en_GB", "en_US"):
        if lang in langs:
            return lang
    sys.exit(f"{cls.__name__} has no English names")


def collect(code: str, subdiv: str | None, years: range) -> dict[str, set[tuple[int, str, bool]]]:
    """Name -> {(year, MMDD, estimated)} of one scope."""
    cls = holidays.country_holidays(code).__class__
    h = holidays.country_holidays(
        code, subdiv=subdiv, years=years, language=english(cls), categories=("public",)
    )
    out: dict[str, set[tuple[int, str, bool]]] = defaultdict(set)
    for day in sorted(h):
        for name in h.get_list(day):
            estimated = bool(ESTIMATED.search(name))
            if estimated:
                name = ESTIMATED.sub(lambda m: " (observed)" if m.group(1) else "", name)
            if "estimated" in name:
                sys.exit(f"{code} {day}: cannot tell the estimated mark from the name {name!r}")
            out[name].add((day.year, f"{day.month:02}{day.day:02}", estimated))
    return out


def names_by_day(code: str, subdiv: str | None, years: range, language: str) -> dict:
    """Day -> the names of that day, in python-holidays' order, without estimated marks."""
    h = holidays.country_holidays(code, subdiv=subdiv, years=years, language=language, categories=("public",))
    labels = []
    for attr, observed in (("observed_estimated_label", True), ("estimated_label", False)):
        template = getattr(h, attr, None)
        if template:
            pattern = re.escape(h.tr(template)).replace("%s", "(.+)")
            labels.append((re.compile(f"^{pattern}$"), observed))
    observed_label = h.tr(h.observed_label) if getattr(h, "observed_label", None) else "%s"
    out = {}
    for day in sorted(h):
        names = []
        for name in h.get_list(day):
            for pattern, observed in labels:
                m = pattern.match(name)
                if m:
                    name = observed_label % m.group(1) if observed else m.group(1)
                    break
            names.append(name)
        out[day] = names
    return out


def translations(code: str, subdivs: list[str | None], years: range) -> dict[str, dict[str, str]]:
    """Convene language -> {English name -> that language's name}, where python-holidays has it."""
    cls = holidays.country_holidays(code).__class__
    supported = getattr(cls, "supported_languages", ())
    out: dict[str, dict[str, str]] = {}
    for ours, theirs in LANGUAGES.items():
        language = next((l for l in theirs if l in supported), None)
        if language is None:
            continue
        seen: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for subdiv in subdivs:
            in_english = names_by_day(code, subdiv, years, english(cls))
            other = names_by_day(code, subdiv, years, language)
            for day, names in in_english.items():
                if len(other.get(day, ())) != len(names):
                    continue
                for en, tr in zip(names, other[day]):
                    seen[en][tr] += 1
        chosen = {}
        for en, counts in seen.items():
            best = max(counts, key=counts.get)
            if len(counts) > 1:
                print(f"{code} {ours}: {en!r} has several names {dict(counts)}; taking {best!r}", file=sys.stderr)
            chosen[en] = best
        out[ours] = chosen
    return out


def tokens(dates: set[tuple[int, str, bool]]) -> list[str]:
    """The shortest-ish tokens for a set of (year, MMDD, estimated)."""
    day = lambda mmdd, est: mmdd + ("*" if est else "")
    rest = set(dates)
    ranges = []
    by_day: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for year, mmdd, est in dates:
        by_day[(mmdd, est)].append(year)
    for (mmdd, est), years in by_day.items():
        years.sort()
        start = prev = years[0]
        for y in years[1:] + [None]:
            if y is not None and y == prev + 1:
                prev = y
                continue
            if prev > start:
                ranges.append((start, f"{start}-{prev}={day(mmdd, est)}"))
                rest -= {(yy, mmdd, est) for yy in range(start, prev + 1)}
            if y is not None:
                start = prev = y
    per_year: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for year, mmdd, est in rest:
        per_year[year].append((mmdd, est))
    singles = []
    years = sorted(per_year)
    i = 0
    while i < len(years):
        if len(per_year[years[i]]) > 1:
            for mmdd, est in sorted(per_year[years[i]]):
                singles.append((years[i], f"{years[i]}={day(mmdd, est)}"))
            i += 1
            continue
        j = i
        while j + 1 < len(years) and years[j + 1] == years[j] + 1 and len(per_year[years[j + 1]]) == 1:
            j += 1
        if j == i:
            mmdd, est = per_year[years[i]][0]
            singles.append((years[i], f"{years[i]}={day(mmdd, est)}"))
        else:
            run = ",".join(day(*per_year[y][0]) for y in years[i : j + 1])
            singles.append((years[i], f"{years[i]}:{run}"))
        i = j + 1
    return [t for _, t in sorted(ranges + singles)]


def main() -> None:
    lines = [
        f"# Public holidays from python-holidays {holidays.__version__} (MIT licence), category public,",
        "# English names. Generated by scripts/generate-holidays.py: do not edit; the format is",
        "# described there. First year covered per country:",
    ]
    body = []
    coverage = []
    names_body = []
    for code in COUNTRIES:
        cls = holidays.country_holidays(code).__class__
        first = max(FIRST, cls.start_year)
        last = min(LAST, cls.end_year)
        years = range(first, last + 1)
        coverage.append(f"{code} {first}" + (f" (source from {cls.start_year})" if cls.start_year > FIRST else ""))
        national = collect(code, None, years)
        regions = {}
        region_names = {}
        for sub in cls.subdivisions:
            if not ISO_SUBDIVISION.match(sub):
                continue
            regional = collect(code, sub, years)
            diff = {}
            for name in set(regional) | set(national):
                added = regional.get(name, set()) - national.get(name, set())
                removed = national.get(name, set()) - regional.get(name, set())
                if added or removed:
                    diff[name] = (added, removed)
            regions[f"{code}-{sub}"] = diff
            region_names[f"{code}-{sub}"] = next(
                (a for a, c in getattr(cls, "subdivisions_aliases", {}).items() if c == sub and not a.isupper()), ""
            )
        names = sorted(set(national) | {n for d in regions.values() for n in d})
        index = {n: i for i, n in enumerate(names)}
        body.append(f"C {code} {first} {last}")
        body.extend(f"N {n}" for n in names)
        names_body.append(f"C {code}")
        subdivs = [None] + [s for s in cls.subdivisions if ISO_SUBDIVISION.match(s)]
        for language, chosen in translations(code, subdivs, years).items():
            for name in names:
                translated = ESTIMATED.sub("", chosen.get(name, name))
                if translated != name:
                    names_body.append(f"{language} {index[name]} {translated}")
        body.append(f"S {code}")
        for name in names:
            if name in national:
                body.append(f"{index[name]} " + " ".join(tokens(national[name])))
        for region, diff in regions.items():
            body.append(f"S {region} {region_names[region]}".rstrip())
            for name in sorted(diff, key=index.get):
                added, removed = diff[name]
                if added:
                    body.append(f"{index[name]} " + " ".join(tokens(added)))
                if removed:
                    body.append(f"-{index[name]} " + " ".join(tokens(removed)))
    lines.append("# " + ", ".join(coverage))
    text = "\n".join(lines + body) + "\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text.encode()):,} bytes, {len(body):,} lines)")
    names_text = "\n".join([
        f"# Holiday names from python-holidays {holidays.__version__} (MIT licence) in Convene's languages",
        "# other than English, where python-holidays has them. Generated by scripts/generate-holidays.py:",
        "# do not edit; the format is described there.",
    ] + names_body) + "\n"
    NAMES_OUT.write_text(names_text, encoding="utf-8")
    print(f"wrote {NAMES_OUT} ({len(names_text.encode()):,} bytes)")


if __name__ == "__main__":
    main()
