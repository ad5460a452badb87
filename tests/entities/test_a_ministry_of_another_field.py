"""A bare ministry name (وزارة الخارجية) in a story that named another ministry of the same state
before (وزارة الدفاع السورية) is the ministry of its own field, not the one named before (our own
sentences)."""
from __future__ import annotations


def _entity(x, text):
    return next(m.entity_id for m in x.mentions if m.text == text)


def test_a_bare_ministry_keeps_its_field(extract_text):
    x = extract_text("ناقشت وزارة الدفاع السورية خطة الانتشار في الجنوب. "
                     "وقال مسؤول في وزارة الخارجية إن الخطة أرسلت إلى الأمم المتحدة.")
    assert _entity(x, "وزارة الخارجية") != _entity(x, "وزارة الدفاع السورية")


def test_the_bare_head_still_means_the_body_named_before(extract_text):
    x = extract_text("أعلنت وزارة الدفاع السورية بدء حملة أمنية في ريف اللاذقية. وقالت الوزارة إن الحملة مستمرة.")
    assert _entity(x, "الوزارة") == _entity(x, "وزارة الدفاع السورية")
