"""الضفة with a water after it by لـ is that water's bank, not the West Bank (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "فر المقاتلون على متن زوارق باتجاه الضفة التشادية للبحيرة.",
    "تمركزت الفصائل على الضفة الشرقية لنهر الخابور.",
    "عبر النازحون إلى الضفة الأخرى للنهر.",
    "انتشرت القوات على الضفة الجنوبية لبحيرة ألبرت.",
    "قصفت المدفعية القرى الواقعة على ضفتي النهر.",
])
def test_a_waters_bank_is_no_west_bank(resolve_text, text):
    assert "west_bank" not in {m.entity_id for m in resolve_text(text).mentions}


@pytest.mark.parametrize("text", [
    "اقتحم الجيش الإسرائيلي مدنا في الضفة الغربية فجرا.",
    "قالت الرئاسة الفلسطينية إن الضفة تشهد تصعيدا خطيرا.",
    "وتشهد الضفة لليوم الثالث مواجهات مع المستوطنين.",
])
def test_the_west_bank_stays(resolve_text, text):
    assert "west_bank" in {m.entity_id for m in resolve_text(text).mentions}
