"""A unit word of two words and an ordinal name a unit: المنطقة العسكرية الثالثة (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("وقال قائد المنطقة العسكرية الثالثة إن وحداته صدت الهجوم.", "المنطقة العسكرية الثالثة"),
    ("وانتشرت قوات المنطقة العسكرية الرابعة على الساحل.", "المنطقة العسكرية الرابعة"),
    ("وأعلنت المنطقة العسكرية الحادية عشرة حالة التأهب.", "المنطقة العسكرية الحادية عشرة"),
])
def test_a_two_word_unit_and_an_ordinal_name_a_unit(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force) in [(m.text, m.type) for m in resolve_text(text).mentions]


def test_a_two_word_unit_without_an_ordinal_names_nothing(resolve_text):
    assert not resolve_text("وقال قائد المنطقة العسكرية إن الوضع هادئ.").mentions
