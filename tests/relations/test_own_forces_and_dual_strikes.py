"""شن الجيش غارتين على البلدة: the dual of a strike noun (غارتين، هجومين، ضربتين، عمليتين) is the
'then' word of شن/نفذ like its singular and plural. واصل الجيش اعتداءاته، إذ شنت طائراته الحربية
غارة على البلدة: a force or weapon noun with a pronoun suffix (and its describing adjectives)
between such a verb and its 'then' word stands for the actor the pronoun refers to.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, o", [
    ("شن الجيش الإسرائيلي غارتين على بلدة حولا.", "الجيش الإسرائيلي", "حولا"),
    ("نفذت حركة الشباب هجومين على مدينة بلدوين.", "حركة الشباب", "بلدوين"),
    ("نفذت القوات الأميركية ضربتين على مواقع لجماعة الحوثي.", "الأميركية", "الحوثي"),
    ("شنت قوات الدعم السريع عمليتين ضد الجيش السوداني في مدينة الفاشر.", "الدعم السريع", "الجيش السوداني"),
], ids=["raids", "attacks", "strikes", "operations"])
def test_a_dual_strike_noun(extract_text, text, s, o):
    assert has_claim(extract_text(text), s, "ATTACKED", o)


@pytest.mark.parametrize("text, s, o", [
    ("قصف الجيش الإسرائيلي بلدة الخيام، وشنت طائراته الحربية غارة على بلدة حولا.", "الجيش الإسرائيلي", "حولا"),
    ("واصل الجيش الإسرائيلي اعتداءاته على الجنوب، إذ شنت مقاتلاته غارات على بلدة ميس الجبل.", "الجيش الإسرائيلي", "ميس الجبل"),
    ("صعدت قوات الدعم السريع هجماتها، ونفذت مسيراتها الانتحارية هجوما على مدينة كسلا.", "الدعم السريع", "كسلا"),
], ids=["aircraft-adjective", "fighter-jets", "drones-two-adjectives"])
def test_own_forces_with_a_pronoun(extract_text, text, s, o):
    assert has_claim(extract_text(text), s, "ATTACKED", o)
