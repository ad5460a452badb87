"""Organisation cues that also name an action, facilities named after a martyr, and nationality
adjectives on single weapons (our own sentences)."""
from __future__ import annotations

import pytest


def _named(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text", [
    "وتراجعت حركة النزوح من المدينة بعد الهدنة.",
    "واستؤنفت حركة الملاحة في الميناء صباحا.",
    "وتسعى الوزارة إلى تنظيم الدخول عبر الحاجز.",
], ids=["displacement", "navigation", "arranging"])
def test_an_action_noun_is_no_organisation(resolve_text, text):
    assert _named(resolve_text(text)) == []


def test_a_movement_with_a_name_stays_an_organisation(resolve_text):
    assert any("حركة النهضة" in t for t, _ in _named(resolve_text("وأعلنت حركة النهضة مقاطعة الانتخابات.")))


def test_a_facility_named_after_a_martyr_keeps_the_whole_name(resolve_text):
    found = [t for t, _ in _named(resolve_text("ونقل المصابون إلى مستشفى الشهيد سامي العلي في البلدة."))]
    assert "مستشفى الشهيد سامي العلي" in found, found


@pytest.mark.parametrize("text", [
    "ودمر المقاتلون دبابة إسرائيلية على أطراف البلدة.",
    "وأسقطت الدفاعات مروحية أمريكية فوق الصحراء.",
], ids=["tank", "helicopter"])
def test_a_weapon_with_a_nationality_names_the_state(resolve_text, text):
    from kg.language.names import TYPES
    assert any(m.type == TYPES.country and m.source == "adjective" for m in resolve_text(text).mentions)


@pytest.mark.parametrize("text", [
    "وبلغت المحادثات طريقا مسدودا، ثم طريق مسدود آخر.",
    "وتعمل الوكالة على سد احتياجات الأسر في الملاجئ.",
    "واضطر الجنود إلى قضاء الليل في العراء.",
    "وطالب الأهالي بتوفير الأمان لأطفالهم.",
], ids=["dead-end", "filling-needs", "spending-the-night", "safety"])
def test_a_set_phrase_or_an_ordinary_word_is_no_place(resolve_text, text):
    assert _named(resolve_text(text)) == []
