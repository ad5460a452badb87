"""A staff of the armed forces named by its cue and adjective (هيئة الأركان المشتركة، رئاسة
الأركان العامة) is a state force, whole, though the registry does not know it (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("وأكدت هيئة الأركان المشتركة أن وحداتها أحبطت محاولة تسلل.", "هيئة الأركان المشتركة"),
    ("وأصدرت رئاسة الأركان العامة أوامر بسحب الآليات الثقيلة.", "رئاسة الأركان العامة"),
])
def test_a_staff_of_the_armed_forces_is_a_state_force(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force) in _found(text, resolve_text)
