"""Soldiers named by the broken plural of a nationality (جنود أتراك، خبراء روس) are that state's
army, as with the sound plurals (جنود إسرائيليون): the plurals are data in ontology/nationalities.json."""
from __future__ import annotations

import pytest

from kg.arabic import normalise

from tests.relations.helpers import has_claim as _has


@pytest.mark.parametrize("text, subject, obj", [
    ("وقتل مسلحو حزب العمال الكردستاني أربعة جنود أتراك في هجوم على قاعدة عسكرية.", "pkk", "turkish_armed_forces"),
    ("وقتلت حركة طالبان جنديين أمريكان في ولاية هلمند.", "taliban", "us_military"),
    ("واستهدفت المسيرات الأوكرانية خبراء روس في قاعدة عسكرية.", "ukraine", "russia"),
])
def test_soldiers_named_by_a_broken_plural_are_the_state(extract_text, text, subject, obj):
    x = extract_text(text)
    pred = "ATTACKED" if "استهدف" in text else "KILLED"
    assert _has(x, subject, pred, obj)


def test_broken_plurals_are_nationalities(registry):
    from kg.entities.context import nationality_of
    for word, iso in (("أتراك", "TR"), ("الأتراك", "TR"), ("والروس", "RU"), ("ألمان", "DE"), ("الأفغان", "AF"),
                      ("أميركان", "US"), ("أتراكا", "TR")):
        assert nationality_of(normalise(word), registry) == iso, word
