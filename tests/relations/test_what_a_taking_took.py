"""What a taking took: a facility of a force in a town (ثكنة الجيش في الناصر، مكاتب الإدارة في مدينة
X، مقرات الجيش في بابنوسة) takes the facility, not the town; goods seized (أسلحة وذخائر، معدات) are
no place, and a place named later in the sentence is no object of that taking."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, place", [
    ("وكان الجيش الأبيض قد سيطر في مارس على ثكنة الجيش في بلدة الناصر.", "الناصر"),
    ("وقال المسؤول إن مجموعة من الجبهة استولت على مكاتب الإدارة في مدينة ميكيلي بالقوة.", "ميكيلي"),
    ("وسيطرت قوات الدعم السريع على مقرات الجيش في مدينة بابنوسة.", "بابنوسة"),
    ("واستولى المسلحون على مستودعات الجيش قرب مدينة مايدوغوري.", "مايدوغوري"),
])
def test_a_force_s_facility_in_a_town_leaves_the_town_untaken(extract_text, place, text):
    x = extract_text(text)
    assert not any(p == "CAPTURED" and has_claim(x, s, p, place) for s, p, _ in claim_triples(x))


def test_a_town_taken_is_still_taken(extract_text):
    x = extract_text("وسيطرت قوات الدعم السريع على مدينة بابنوسة في ولاية غرب كردفان.")
    assert has_claim(x, "الدعم السريع", "CAPTURED", "بابنوسة")


@pytest.mark.parametrize("text", [
    "وقال المصدر إن مسلحي بوكو حرام اقتحموا القاعدة في مدينة مونغونو واستولوا على أسلحة وذخائر قبل أن ينسحبوا نحو بحيرة تشاد.",
    "وسيطرت حركة الشباب على معدات الجيش في بلدة جوهر.",
    "واستولى عناصر التنظيم على سيارات ومؤن في قرية المطيبيجة.",
])
def test_goods_seized_are_no_place_taken(extract_text, text):
    x = extract_text(text)
    assert not any(p == "CAPTURED" for _, p, _ in claim_triples(x))
