"""An operations command named after its area (قائد عمليات الأنبار، قيادة عمليات بغداد) and a
division's name (فرقة العباس) (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("وقال قائد عمليات نينوى إن القوات طهرت القرى.", "عمليات نينوى"),
    ("وأعلنت قيادة عمليات البصرة اعتقال مطلوبين.", "قيادة عمليات البصرة"),
])
def test_an_operations_command_after_a_title_or_its_noun(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force) in _found(text, resolve_text)


@pytest.mark.parametrize("text", [
    "وتواصلت عمليات الموصل رغم الأمطار.",
    "واستمرت عمليات القصف على الأحياء.",
], ids=["operations-in-a-place", "operations-of-an-action"])
def test_operations_without_a_title_name_no_command(resolve_text, text):
    assert not any(t.startswith("عمليات") for t, _ in _found(text, resolve_text))


def test_a_division_cue_names_an_armed_group(resolve_text):
    from kg.language.names import TYPES
    assert ("فرقة العباس", TYPES.armed_group) in _found("وأرسلت فرقة العباس تعزيزات إلى الحدود.", resolve_text)
