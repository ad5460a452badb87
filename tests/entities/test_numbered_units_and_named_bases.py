"""A numbered unit followed by the force it belongs to (اللواء 17 في الحشد الشعبي) is that unit, of
the force's type, not a brigade's base; a site with the article, an adjective and a number
(القاعدة الجوية 305) and a site named after a ruler (قاعدة الأمير حسن الجوية) keep their whole
name (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name, kind", [
    ("وداهمت قطعات من اللواء 17 في الحشد الشعبي أوكارا للمطلوبين.", "اللواء 17", "armed_group"),
    ("وأغار المسلحون على معسكر للواء 119 في الجيش التشادي قبل الفجر.", "للواء 119", "state_force"),
    ("ونشرت الكتيبة 36 التابعة للحشد الشعبي نقاط تفتيش على الطريق.", "الكتيبة 36", "armed_group"),
])
def test_a_numbered_unit_takes_the_type_of_the_force_it_belongs_to(resolve_text, text, name, kind):
    from kg.language.names import TYPES
    assert (name, getattr(TYPES, kind)) in _found(text, resolve_text)


def test_a_numbered_brigade_alone_is_still_its_base(resolve_text):
    from kg.language.names import TYPES
    assert ("اللواء 91", TYPES.facility) in _found("وتقدمت الفصائل نحو اللواء 91 غربي المدينة.", resolve_text)


@pytest.mark.parametrize("text, name", [
    ("وغادر آخر الجنود القاعدة الجوية 305 شمالي البلاد.", "القاعدة الجوية 305"),
    ("وحطت الطائرة في قاعدة الأمير حسن الجوية مساء أمس.", "قاعدة الأمير حسن الجوية"),
    ("ونقل المصابون إلى مستشفى الملك عبد الله في المدينة.", "مستشفى الملك عبد الله"),
])
def test_a_numbered_site_and_a_site_named_after_a_ruler_keep_their_whole_name(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.facility) in _found(text, resolve_text)


def test_a_numbered_unit_of_a_force_is_part_of_it(extract_text):
    claims = extract_text("وأعلن قائد اللواء 119 في الجيش التشادي صد الهجوم.").claims
    assert any(c.predicate == "PART_OF" and c.subject.endswith("اللواء_119") for c in claims)
