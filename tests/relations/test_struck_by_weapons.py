"""أصاب / يصيب (struck) with a weapon or strike noun as its subject right after it (أصابت صواريخ X،
أصابت الصواريخ الروسية): an attack on the object, by the weapon's owner (a genitive actor or a
nationality) or, with a bare weapon, by the attacker named before. Without a weapon noun أصاب is not
an attack (أصاب القرار الأسواق بالذعر)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples as _triples, has_claim as _has


@pytest.mark.parametrize("text, subject, obj", [
    ("وأصابت صواريخ حزب الله مواقع عسكرية في بلدة المطلة.", "hezbollah", "المطلة"),
    ("وأصابت الصواريخ الروسية مساجد في مدينة خاركيف.", "russia", "kharkiv"),
    ("وتصيب قذائف الجيش السوداني أحياء سكنية في مدينة أم درمان.", "sudanese_armed_forces", "omdurman"),
    ("وأصابت غارات الطيران الروسي مستشفى في مدينة إدلب.", "russia", "idlib"),
    ("وشن الجيش الروسي هجوما على مدينة خاركيف، وأصابت الصواريخ مساجد في مدينة سومي.",
     "russian_armed_forces", "sumy"),
])
def test_a_weapon_that_struck_a_place_attacked_it(extract_text, text, subject, obj):
    assert _has(extract_text(text), subject, "ATTACKED", obj)


def test_struck_without_a_weapon_is_no_attack(extract_text):
    x = extract_text("وأصاب قرار البنك المركزي المصري الأسواق في القاهرة بالذعر.")
    assert not any(p == "ATTACKED" for _, p, _ in _triples(x))
