"""Checks for ontology/city_arabic_names.json: Arabic names for GeoNames cities of kg's region
that GeoNames names only in Latin letters (listed by scripts/cities_without_arabic.py), and press
spellings GeoNames lacks for the others."""
from __future__ import annotations

import json
import re

import pytest

import ontology

ARABIC_NAME = re.compile(r"^[\u0621-\u064a0-9 ]+$")


@pytest.fixture(scope="module")
def names() -> dict[str, list[str]]:
    data = json.loads(ontology.path("city_arabic_names.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def test_values_are_lists_of_arabic_names(names):
    bad = {k: v for k, v in names.items()
           if not (isinstance(v, list) and v and all(isinstance(n, str) and ARABIC_NAME.match(n) for n in v))}
    assert not bad, f"entries that are not non-empty lists of Arabic names: {bad}"


def test_every_key_is_a_region_city(names):
    """A key that is not 'ISO:GeoNames name' of a region city would silently name nothing."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from cities_without_arabic import region_city_keys
    stray = sorted(set(names) - region_city_keys())
    assert not stray, f"keys that are not GeoNames cities of the region: {stray}"


def test_most_keys_are_cities_geonames_gives_no_arabic_name(names):
    """The file's main use: the region's cities GeoNames names only in Latin letters."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from cities_without_arabic import cities_without_arabic
    latin_only = {f"{c['countrycode']}:{c['name']}" for c in cities_without_arabic()}
    assert {"IL:Sderot", "IL:Ashkelon"} <= set(names) & latin_only


def test_a_name_belongs_to_one_city(names):
    from kg.arabic import phrase_key
    owner: dict[tuple, str] = {}
    shared = []
    for key, arabic in names.items():
        for n in arabic:
            k = phrase_key(n)
            if owner.setdefault(k, key) != key:
                shared.append((n, owner[k], key))
    assert not shared, f"one Arabic name given to two cities: {shared}"
