"""A department named by إدارة or مصلحة and a noun of its field is a body (our own sentences):
إدارة مكافحة المخدرات، إدارة الشؤون القنصلية، إدارة الإعلام والاتصال، مصلحة الجمارك العامة;
the same words before any other noun are the managing of something, no body (إدارة مجمع الشفاء،
إدارة شؤون المخيم)."""
from __future__ import annotations

import pytest


def _by_text(resolved):
    return {m.text: m.type for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("وأحبطت إدارة مكافحة المخدرات تهريب شحنة حبوب عبر الحدود.", "إدارة مكافحة المخدرات"),
    ("وقال مدير إدارة الشؤون القنصلية إن السفارة ستفتح أبوابها.", "إدارة الشؤون القنصلية"),
    ("وذكرت إدارة الإعلام والاتصال أن الوحدات أنهت انتشارها.", "إدارة الإعلام والاتصال"),
    ("وأعلنت مصلحة الطيران المدني استئناف الرحلات.", "مصلحة الطيران المدني"),
    ("وضبطت مصلحة الجمارك شحنة أسلحة في الميناء.", "مصلحة الجمارك"),
], ids=["narcotics", "consular", "media-and-communication", "civil-aviation", "customs"])
def test_a_department_of_a_field_is_a_government_body(resolve_text, text, name):
    from kg.language.names import TYPES
    assert _by_text(resolve_text(text)).get(name) == TYPES.government


@pytest.mark.parametrize("text", [
    "وتتولى وزارة الصحة إدارة مستشفى الأمل منذ العام الماضي.",
    "وتولت لجنة محلية إدارة شؤون المخيم.",
], ids=["managing-a-site", "managing-affairs"])
def test_managing_something_is_no_department(resolve_text, text):
    assert not any(t.startswith("إدارة") for t in _by_text(resolve_text(text)))


@pytest.mark.parametrize("text", [
    "وتولى القيادي إدارة الشؤون المالية للجماعة.",
    "وأشرف ضابط سابق على إدارة الإعلام الحربي للفصيل.",
    "وقال إنه مسؤول عن إدارة الجوازات في المعبر.",
    "وتتولى إدارة السجون في المدينة لجنة محلية.",
], ids=["verb-subject", "ala", "an", "verb"])
def test_taking_charge_of_a_field_is_no_department(resolve_text, text):
    assert not any(t.startswith("إدارة") for t in _by_text(resolve_text(text)))


def test_the_managing_rule_on_its_own(sentence, cues):
    from kg.entities.cues import managing_not_a_department
    tokens = sentence("وتولى القيادي إدارة الشؤون المالية.").tokens
    assert managing_not_a_department(tokens, 2, cues)
    tokens = sentence("وقالت إدارة الشؤون المالية إن العجز تراجع.").tokens
    assert not managing_not_a_department(tokens, 1, cues)
