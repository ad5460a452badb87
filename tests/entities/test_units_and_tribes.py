"""Two-word military units ended by an ordinal or a direction, and tribes named after their cue
word (our own sentences)."""
from __future__ import annotations

import pytest


def _found(resolved):
    return {(m.text, m.type) for m in resolved.mentions}


@pytest.mark.parametrize("text, surface", [
    ("وأشرف قائد الناحية العسكرية الرابعة على مناورة في ورقلة.", "الناحية العسكرية الرابعة"),
    ("ونفذت المنطقة العسكرية الشمالية تمرينا بالذخيرة الحية.", "المنطقة العسكرية الشمالية"),
    ("وأعلنت المنطقة العسكرية الجنوبية إغلاق الطريق أمام المركبات.", "المنطقة العسكرية الجنوبية"),
], ids=["region-ordinal", "region-north", "region-south"])
def test_a_two_word_unit_with_an_ordinal_or_direction_is_a_unit(resolve_text, text, surface):
    from kg.language.names import TYPES
    assert (surface, TYPES.state_force) in _found(resolve_text(text))


def test_a_direction_alone_after_a_place_word_names_no_unit(resolve_text):
    from kg.language.names import TYPES
    found = _found(resolve_text("وهطلت أمطار غزيرة على المنطقة الجنوبية من البلاد."))
    assert not any(t == TYPES.state_force for _, t in found)


@pytest.mark.parametrize("text, surface", [
    ("واجتمع وجهاء قبيلة الحويطات في الخيمة الكبرى.", "قبيلة الحويطات"),
    ("وأعلنت عشيرة الشعيطات رفضها للاتفاق.", "عشيرة الشعيطات"),
], ids=["tribe", "clan"])
def test_a_tribe_is_named_by_its_cue_word(resolve_text, text, surface):
    from kg.language.names import TYPES
    assert (surface, TYPES.organisation) in _found(resolve_text(text))
