"""A compound second name in a person's name, and a place name that is also a noun before its
adjective (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, surface", [
    ("وقال العميد أحمد عبد الحليم منصور إن الطريق أعيد فتحه.", "أحمد عبد الحليم منصور"),
    ("وأكد المحافظ سامي عبد الرؤوف الشناوي أن المياه عادت.", "سامي عبد الرؤوف الشناوي"),
], ids=["second-abd-family", "second-abd-definite-family"])
def test_a_compound_second_name_keeps_the_family_name(resolve_text, text, surface):
    from kg.language.names import TYPES
    found = {(m.text, m.type) for m in resolve_text(text).mentions}
    assert (surface, TYPES.person) in found


def test_a_compound_first_name_is_unchanged(resolve_text):
    from kg.language.names import TYPES
    found = {(m.text, m.type) for m in resolve_text("وقال الناطق عبد الكريم الحمد إن الهجوم فشل.").mentions}
    assert ("عبد الكريم الحمد", TYPES.person) in found


def test_an_ambiguous_place_before_its_adjective_is_the_noun(resolve_text):
    found = {m.text for m in resolve_text("صنعاء - وكالات: وعلى الصعيد السياسي، تواصلت المشاورات في مسقط.").mentions}
    assert "الصعيد" not in found and "مسقط" in found


@pytest.mark.parametrize("text", [
    "الجزائر - وأج: وعززت الوحدات انتشارها على الحدود مع مالي بعد الهجوم.",
    "الجزائر - وأج: وقالت السلطات إن المهربين عبروا بلدة برج باجي مختار الحدودية مع مالي ليلا.",
], ids=["border-noun", "border-adjective"])
def test_an_ambiguous_country_across_a_border_is_the_country(resolve_text, text):
    ids = {m.entity_id for m in resolve_text(text).mentions}
    assert "mali" in ids


def test_a_forest_is_named_by_its_cue(resolve_text):
    from kg.language.names import TYPES
    found = {(m.text, m.type) for m in resolve_text("واندلع حريق في غابة بني صالح شرق المدينة.").mentions}
    assert ("غابة بني صالح", TYPES.region) in found


def test_a_forest_as_a_metaphor_names_nothing(resolve_text):
    assert not resolve_text("وتحولت الساحة إلى غابة من اللافتات.").mentions
