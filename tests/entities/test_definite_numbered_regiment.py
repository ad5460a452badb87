"""The definite regiment with a number (الفوج 52) names a node as the brigade does (اللواء 47): a
base (Facility) alone, the unit when its arm of service or the force it belongs to follows
(our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("وانسحب الفوج 52 من مواقعه قرب النهر.", "الفوج 52"),
    ("وأعلن قائد الفوج 52 أن قواته صدت الهجوم.", "الفوج 52"),
    ("وسيطرت الفصائل على الفوج 111 في ريف المدينة.", "الفوج 111"),
    ("وقصفت المدفعية مقر الفوج 52 شمال المدينة.", "مقر الفوج 52"),
], ids=["subject", "after-a-title", "object", "inside-a-site"])
def test_a_definite_regiment_with_a_number_names_a_base(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.facility) in _found(text, resolve_text)


@pytest.mark.parametrize("text, name", [
    ("وانسحب الفوج 52 مشاة من مواقعه.", "الفوج 52 مشاة"),
    ("وقال قائد الفوج 9 في الجيش السوداني إن قواته صدت الهجوم.", "الفوج 9"),
], ids=["with-its-arm", "with-its-force"])
def test_a_regiment_with_its_arm_or_force_is_the_unit(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force) in _found(text, resolve_text)


def test_the_regiment_alone_names_nothing(resolve_text):
    assert not any(t.startswith("الفوج") for t, _ in _found("وأعلن أن الفوج أنهى مهمته.", resolve_text))
