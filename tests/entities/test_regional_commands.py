"""A regional command named by its direction (القيادة الغربية، القيادة الشمالية، القيادة الإقليمية
الغربية، القيادة العسكرية الشرقية): one unit, the same node whichever form the text uses (our own
sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type, m.entity_id) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("وأعلنت القيادة الجنوبية للجيش صد هجوم على الحدود.", "القيادة الجنوبية"),
    ("وقال قائد القيادة الإقليمية الشرقية إن الوضع مستقر.", "القيادة الإقليمية الشرقية"),
    ("وسيطر المتمردون على مقر القيادة الشمالية للجيش.", "القيادة الشمالية"),
    ("ونقلت القيادة العسكرية الوسطى تعزيزات إلى المدينة.", "القيادة العسكرية الوسطى"),
], ids=["one-word", "regional", "inside-a-site", "military"])
def test_a_command_named_by_its_direction(resolve_text, text, name):
    from kg.language.names import TYPES
    assert any(t == name and ty == TYPES.state_force for t, ty, _ in _found(text, resolve_text))


def test_the_regional_and_the_short_form_are_one_node(resolve_text):
    a = {e for t, _, e in _found("وقال قائد القيادة الإقليمية الغربية إن الوضع مستقر.", resolve_text) if t.startswith("القيادة")}
    b = {e for t, _, e in _found("وأعلنت القيادة الغربية صد الهجوم.", resolve_text) if t.startswith("القيادة")}
    assert a and a == b


@pytest.mark.parametrize("text", [
    "وقالت القيادة العامة إن الهجوم فشل.",
    "وانتقلت القيادة الجديدة إلى المدينة.",
], ids=["general", "new"])
def test_a_command_without_a_direction_is_not_read_so(resolve_text, text):
    assert not any(e.startswith("name:القياده_") for _, _, e in _found(text, resolve_text))
