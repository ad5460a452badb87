"""جنوب نهر الليطاني (south of the river, the river named with نهر) names the river; جنوب الليطاني
and منطقة جنوب الليطاني name the region (ontology/places.jsonl south_of_litani)."""
from __future__ import annotations

import pytest


def test_a_direction_before_the_river_named_with_its_noun_names_the_river(resolve_text):
    r = resolve_text("وانتشرت وحدات الجيش اللبناني في قرى جنوب نهر الليطاني بعد انسحاب المقاتلين.")
    ids = {m.entity_id for m in r.mentions}
    assert "litani_river" in ids and "south_of_litani" not in ids


@pytest.mark.parametrize("text", [
    "وطالب الوسطاء بإخلاء منطقة جنوب الليطاني من السلاح.",
    "ولا يزال حزب الله ينشر مقاتلين جنوب الليطاني بحسب التقرير.",
], ids=["with-area-noun", "bare-term"])
def test_the_region_south_of_the_litani_stays_the_region(resolve_text, text):
    assert "south_of_litani" in {m.entity_id for m in resolve_text(text).mentions}
