"""Ordinary words GeoNames also lists as towns (ontology/common_words.txt): بألا (that not,
Pala in Chad) and الساري (in force, Sari in Iran with the article) name no town; the town's own
name still does (مدينة ساري)."""
from __future__ import annotations

import pytest


def _places(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions if m.type in ("City", "Region")]


@pytest.mark.parametrize("text", [
    "وطالبت الحكومة بتعهدات مكتوبة بألا تستخدم الأسلحة ضد المدنيين.",
    "واعتبر المسؤول القصف خرقا للاتفاق الساري منذ مطلع الشهر.",
], ids=["that-not", "in-force"])
def test_an_ordinary_word_names_no_town(resolve_text, text):
    assert _places(resolve_text(text)) == []


def test_the_towns_own_name_is_still_the_town(resolve_text):
    assert ("مدينة ساري", "sari") in _places(resolve_text("وقصفت الطائرات مدينة ساري في شمال البلاد."))
