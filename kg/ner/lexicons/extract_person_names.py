"""Rebuild person_names.tsv from the name index shipped in the arabic-name-romanizer wheel.

The index (names.sqlite3, MIT-licensed package; data from Wikidata, CC0, and the Algerian Name
Transcription Corpus, CC0) lists name parts written in Arabic with their role and frequency. We keep
each Arabic name part with its most frequent role (given/surname), in our own normalised spelling.

Usage: python -m kg.ner.lexicons.extract_person_names PATH/TO/names.sqlite3 > kg/ner/lexicons/person_names.tsv
(``pip download --no-deps arabic-name-romanizer==0.2.0`` and unzip the wheel to get the file.)
"""
from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict


def extract(db_path: str) -> list[tuple[str, str, int]]:
    from kg.ner.text import normalise

    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with sqlite3.connect(db_path) as db:
        for key, role, count in db.execute(
                "SELECT arabic_key, role, SUM(count) FROM units WHERE role IN ('given', 'surname') "
                "GROUP BY arabic_key, role"):
            name = " ".join(normalise(w) for w in key.split())
            if len(name) >= 2 and all("\u0621" <= c <= "\u064a" or c == " " for c in name):
                totals[name][role] += count
    rows = []
    for name, roles in totals.items():
        role = max(roles, key=lambda r: (roles[r], r))
        rows.append((name, role, sum(roles.values())))
    return sorted(rows)


def main() -> None:
    print("# Arabic name parts: name<TAB>role<TAB>count. From arabic-name-romanizer 0.2.0 (MIT; data: Wikidata CC0,")
    print("# Algerian Name Transcription Corpus CC0). Rebuild with kg/ner/lexicons/extract_person_names.py.")
    for name, role, count in extract(sys.argv[1]):
        print(f"{name}\t{role}\t{count}")


if __name__ == "__main__":
    main()
