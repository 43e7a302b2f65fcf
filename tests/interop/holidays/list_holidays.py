#!/usr/bin/env python3
"""Prints python-holidays' own answer for the countries and years asked, as JSON.

Used by tests/core/holidays_interop.rs to compare Convene's generated table with its
source. Arguments: FIRST_YEAR LAST_YEAR REGION_YEARS CODE...; REGION_YEARS is a
comma-separated list of the years asked for every subdivision. The names are
python-holidays' English ones as it gives them, "(estimated)" marks included; only the
`public` category, as the table takes.

Output: {"version": "0.109", "countries": {"ES": {"start_year": 2008, "end_year": 2100,
"subdivisions": ["AN", ...], "national": {"2027": [["2027-01-01", "New Year's Day"], ...]},
"regions": {"CN": {"2027": [...]}}}}}
"""

import json
import sys

import holidays


def english(cls):
    langs = getattr(cls, "supported_languages", ())
    return "en_GB" if "en_GB" in langs else "en_US"


def year_list(code, subdiv, year, lang):
    h = holidays.country_holidays(code, subdiv=subdiv, years=year, language=lang, categories=("public",))
    return [[day.isoformat(), name] for day in sorted(h) for name in h.get_list(day)]


def main():
    first, last, region_years = int(sys.argv[1]), int(sys.argv[2]), [int(y) for y in sys.argv[3].split(",")]
    out = {"version": holidays.__version__, "countries": {}}
    for code in sys.argv[4:]:
        cls = holidays.country_holidays(code).__class__
        lang = english(cls)
        start, end = max(first, cls.start_year), min(last, cls.end_year)
        country = {
            "start_year": cls.start_year,
            "end_year": cls.end_year,
            "subdivisions": list(cls.subdivisions),
            "national": {str(y): year_list(code, None, y, lang) for y in range(start, end + 1)},
            "regions": {
                sub: {str(y): year_list(code, sub, y, lang) for y in region_years if start <= y <= end}
                for sub in cls.subdivisions
            },
        }
        out["countries"][code] = country
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
