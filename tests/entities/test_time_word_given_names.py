"""A given name that is also a word of time (صباح) starts a person's name when a full name follows
it (الشيخ صباح ناصر المحمد الصباح); before a day or a place it stays a time (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


def test_a_time_word_before_a_full_name_starts_it(resolve_text):
    from kg.language.names import TYPES
    found = _found("وبحث وزير الخارجية مع الشيخ صباح ناصر المحمد الصباح تطورات المنطقة.", resolve_text)
    assert ("صباح ناصر المحمد الصباح", TYPES.person) in found


@pytest.mark.parametrize("text", [
    "وقصفت المدفعية أطراف البلدة صباح الأربعاء.",
    "ووصل الوفد إلى العاصمة صباح أمس قادما من عمان.",
])
def test_a_time_word_before_a_day_stays_a_time(resolve_text, text):
    assert not any(t.startswith("صباح") for t, _ in _found(text, resolve_text))
