"""A hospital or clinic named after the state that runs it (المستشفى السعودي، المستشفى التركي،
المستشفى الأردني الميداني، المستوصف الكويتي): one Facility, not a mention of the state (our own
sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("ونقل المصابون إلى المستشفى السعودي شمال المدينة.", "المستشفى السعودي"),
    ("وخرج المستشفى التركي عن الخدمة بعد القصف.", "المستشفى التركي"),
    ("واستقبل المستشفى الأردني الميداني عشرات الحالات.", "المستشفى الأردني الميداني"),
    ("وسقطت قذيفة قرب المستشفى الميداني الإماراتي في المخيم.", "المستشفى الميداني الإماراتي"),
    ("وافتتح المسؤول المستوصف الكويتي في القرية.", "المستوصف الكويتي"),
    ("وتعرض محيط المشفى القطري لقصف مدفعي.", "المشفى القطري"),
    ("ونقلت الجثث للمستشفى المصري في المدينة.", "للمستشفى المصري"),
], ids=["object", "subject", "adjective-after", "adjective-before", "clinic", "mashfa", "li-clitic"])
def test_a_site_named_by_a_state_is_a_facility(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.facility) in _found(text, resolve_text)


@pytest.mark.parametrize("text", [
    "وقال مدير المستشفى إن الوضع صعب.",
    "وتعاني المستشفيات السودانية من نقص حاد في الأدوية.",
    "وأكد المستشفى أن الجرحى من المدنيين.",
], ids=["bare-head", "plural-with-adjective", "no-adjective"])
def test_no_state_adjective_no_site(resolve_text, text):
    from kg.language.names import TYPES
    assert not any(t == TYPES.facility for _, t in _found(text, resolve_text))
