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


def test_tribes_listed_after_a_plural_or_dual_are_one_node_each_with_their_singular(resolve_text):
    from kg.language.names import TYPES
    resolved = resolve_text("وأعلن المجلس انضمام قبائل الحويطات والشرارات إلى الاتفاق. وقال شيخ من قبيلة الحويطات "
                            "إن عشيرتي البو نمر والجغايفة وقعتا أيضا.")
    found = {(m.text, m.entity_id) for m in resolved.mentions if m.type == TYPES.organisation}
    assert {("الحويطات", "name:قبيله_الحويطات"), ("قبيلة الحويطات", "name:قبيله_الحويطات"),
            ("الشرارات", "name:قبيله_الشرارات"), ("البو نمر", "name:عشيره_البو_نمر"),
            ("الجغايفة", "name:عشيره_الجغايفه")} <= found


def test_a_tribe_in_a_list_is_one_definite_word(resolve_text):
    found = {m.text for m in resolve_text("وبدأ أبناء قبيلتي الحويطات والشرارات العودة إلى ديارهم.").mentions}
    assert "الشرارات" in found and "الشرارات العودة" not in found


def test_a_community_after_a_plural_of_clans_stays_the_community(resolve_text):
    ids = {m.entity_id for m in resolve_text("وحشدت عشائر البدو مقاتليها قرب القرية.").mentions}
    assert "name:البدو" in ids and "name:عشيره_البدو" not in ids


def test_a_district_named_after_its_town_is_a_region(resolve_text):
    from kg.language.names import TYPES
    found = {(m.text, m.type) for m in resolve_text("وقصف الحوثيون قرى في مديرية مقبنة غرب تعز.").mentions}
    assert ("مديرية مقبنة", TYPES.region) in found
