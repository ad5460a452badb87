"""ontology/names_en.jsonl: English names, English aliases and Wikidata ids keyed by registry id."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

import ontology
from kg.registry import load_registry

QID = re.compile(r"Q[1-9][0-9]*")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in ontology.path("names_en.jsonl").read_text(encoding="utf-8").splitlines()]


def test_every_row_names_a_registry_entity_once_with_known_keys(rows):
    reg = load_registry()
    assert [r["id"] for r in rows] == sorted({r["id"] for r in rows})          # sorted, unique
    for r in rows:
        assert r["id"] in reg.entities, r
        assert set(r) - {"id"} and set(r) <= {"id", "name_en", "aliases_en", "wikidata"}, r
        assert all(QID.fullmatch(r["wikidata"]) for _ in [0] if "wikidata" in r), r
        assert "name_en" not in r or r["name_en"].isascii(), r


def test_wikidata_ids_are_unique_and_every_country_has_one(rows):
    qids = [r["wikidata"] for r in rows if "wikidata" in r]
    assert not [q for q, n in Counter(qids).items() if n > 1]
    reg = load_registry()
    missing = {iso for iso, eid in reg.country_entity.items() if not reg.entities[eid].wikidata}
    # only CLDR's territories on ISO 3166's exceptionally reserved codes, which are no countries
    # (Ascension, Clipperton, Sark, Diego Garcia, Ceuta & Melilla, the Canaries, Tristan da Cunha)
    assert missing <= {"AC", "CP", "CQ", "DG", "EA", "IC", "TA"}, missing
    assert reg.entities[reg.country_entity["SY"]].wikidata == "Q858"
    assert reg.entities[reg.country_entity["XK"]].wikidata == "Q1246"


def test_cldr_pseudo_locales_are_no_countries():
    reg = load_registry()
    assert not {"XA", "XB", "EU", "UN", "ZZ"} & set(reg.country_entity)
    assert not [e.id for e in reg.entities.values() if e.type == "Country" and e.name_en and "Pseudo" in e.name_en]


@pytest.mark.parametrize("eid, name_en, alias", [
    ("hamah", "Hama", "Ḩamāh"), ("tartus", "Tartus", "Ţarţūs"), ("al_qusayr", "al-Qusayr", "Al Quşayr"),
    ("en_naqoura", "Naqoura", "En Nâqoûra"), ("hayat_tahrir_al_sham", "Hayat Tahrir al-Sham", "HTS"),
    ("rapid_support_forces", "Rapid Support Forces", "RSF"), ("syrian_democratic_forces", "Syrian Democratic Forces", "SDF"),
    ("israel_defense_forces", "Israel Defense Forces", "IDF"), ("popular_mobilization_forces", "Popular Mobilization Forces", "PMF"),
    ("unifil", "United Nations Interim Force in Lebanon", "UNIFIL"),
])
def test_common_english_names_and_acronyms(eid, name_en, alias):
    e = load_registry().entities[eid]
    assert e.name_en == name_en and alias in (e.aliases_en or ())


def test_a_city_without_a_row_gets_its_geonames_name_without_diacritics():
    e = load_registry().entities["khan_shaykhun"]
    assert e.name_en == "Khan Shaykhun" and e.aliases_en == ("Khān Shaykhūn",)


def test_english_names_are_not_matched_in_arabic_text():
    from kg.arabic import phrase_key
    assert not load_registry().lookup(phrase_key("HTS"))
