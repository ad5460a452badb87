"""A commander of an area or a front in a body (قائد منطقة بنت جبيل في قوة الرضوان، قائد المنطقة
الشمالية في الجيش، قائد محور X في Y): MEMBER_OF the body, before or after the name; on our own
sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("وقتل قائد منطقة بنت جبيل في قوة الرضوان محمد ناصر في غارة إسرائيلية.", "محمد ناصر", "قوة الرضوان"),
    ("وقتل محمد ناصر، قائد منطقة بنت جبيل في قوة الرضوان، في غارة إسرائيلية.", "محمد ناصر", "قوة الرضوان"),
    ("وأعلن قائد المنطقة الشمالية في الجيش الإسرائيلي اللواء أوري غوردين انتهاء العملية.", "أوري غوردين",
     "الجيش الإسرائيلي"),
    ("وقتل قائد محور الخيام في حزب الله حسن جابر في غارة.", "حسن جابر", "حزب الله"),
], ids=["area-named-before", "area-apposed-after", "defined-area", "axis"])
def test_a_commander_of_an_area_is_a_member(extract_text, text, person, body):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, person, "MEMBER_OF", body), found
    assert not has_claim(x, person, "LEADS", body), found
