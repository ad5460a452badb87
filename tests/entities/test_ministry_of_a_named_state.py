"""A ministry's generic name with a nationality adjective is that state's ministry even where the
registry has none for it: never the ministry of another state the article named before
(وزارة الدفاع الروسية ... وزارة الدفاع النيجرية are two ministries)."""
from __future__ import annotations


def test_a_ministry_with_its_states_adjective_is_not_an_earlier_states(resolve_text):
    r = resolve_text("وتنتشر وحدات تابعة لوزارة الدفاع الروسية في البلاد منذ عامين. "
                     "وأعلنت وزارة الدفاع النيجرية مقتل عشرة مسلحين قرب الحدود.")
    ids = [m.entity_id for m in r.mentions if m.text.endswith("النيجرية")]
    assert ids and "russian_ministry_of_defense" not in ids


def test_a_bare_ministry_after_a_named_one_is_still_that_one(resolve_text):
    r = resolve_text("وأعلنت وزارة الدفاع الروسية إسقاط مسيرات. وقالت وزارة الدفاع إن الدفاعات الجوية تصدت لها.")
    assert {m.entity_id for m in r.mentions if m.text.startswith("وزارة الدفاع")} == {"russian_ministry_of_defense"}
