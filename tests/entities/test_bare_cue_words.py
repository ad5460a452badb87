"""A cue word standing alone names no place: الريف (the countryside) is no Country, whatever the
recogniser or the registry would make of it; with a place after it, it is that place's countryside.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات قرى في الريف أمس وقتل ثلاثة مدنيين.",
    "ونزح آلاف السكان من الريف إلى مدينة حلب.",
    "وشهد الريف معارك عنيفة بين الجيش والفصائل.",
    "وانتشرت القوات بالريف الشرقي للمدينة.",
], ids=["fi", "min", "subject", "clitic-and-direction"])
def test_the_countryside_alone_is_no_place(resolve_text, text):
    found = [(m.text, m.type) for m in resolve_text(text).mentions if "ريف" in m.text]
    assert found == [], found


def test_the_countryside_of_a_named_place_is_a_region_of_it(resolve_text):
    r = resolve_text("وتقدمت الفصائل في ريف إدلب الجنوبي وسيطرت على قرى عدة في الريف.")
    found = [(m.entity_id, m.type) for m in r.mentions if "ريف" in m.text]
    assert found == [("countryside:idlib:الجنوبي", "Region")]
