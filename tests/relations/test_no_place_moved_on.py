"""The object slot of a verb of movement or control filled by no place (تسيطر على الوضع، سيطر على
الحريق، اتجهت نحو التعاون), the destination of a withdrawal (انسحبت من البلدة باتجاه X) and a
noun with tanween after إنّ (إن قصفاً مدفعياً ...) state no relation to the place named after
them (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import named_claims


@pytest.mark.parametrize("text, rel", [
    ("وقال المتحدث إن القوات المسلحة المالية تسيطر على الوضع بالكامل في مدينة دوينتزا.", "CAPTURED"),
    ("وسيطرت فرق الدفاع المدني على الحريق في مدينة حمص.", "CAPTURED"),
    ("وأحكم الجيش اللبناني السيطرة على الأوضاع الأمنية في مدينة طرابلس.", "CAPTURED"),
    ("وأعلنت مالي انسحابها من المجموعة واتجهت نحو التعاون العسكري مع روسيا.", "ADVANCED_TOWARD"),
])
def test_no_place_after_the_preposition_is_no_movement(extract_text, text, rel):
    assert not [c for c in named_claims(extract_text, text) if c[1] == rel]


@pytest.mark.parametrize("text, rel", [
    ("وسيطر الجيش المالي على مدينة دوينتزا بعد معارك.", "CAPTURED"),
    ("وتقدم الجيش السوداني نحو مدينة النهود.", "ADVANCED_TOWARD"),
])
def test_a_place_after_the_preposition_is_moved_on(extract_text, text, rel):
    assert any(c[1] == rel for c in named_claims(extract_text, text))


def test_a_withdrawal_is_not_from_where_it_heads(extract_text):
    got = named_claims(extract_text, "وانسحبت قوات الدعم السريع من البلدة باتجاه منطقة الخوي.")
    assert not [c for c in got if c[1] == "WITHDREW_FROM" and c[2] == "الخوي"]
    got = named_claims(extract_text, "وانسحبت قوات الدعم السريع من مدينة بارا باتجاه منطقة الخوي.")
    assert ("قوات الدعم السريع", "WITHDREW_FROM", "بارا") in got
    assert not [c for c in got if c[1] == "WITHDREW_FROM" and c[2] == "الخوي"]


def test_a_noun_with_tanween_after_inna_is_no_verb(extract_text):
    got = named_claims(extract_text, "وقالت لجنة الأحياء في مدينة الأبيض إن قصفاً مدفعياً لقوات الدعم السريع استهدف السوق.")
    assert not [c for c in got if c[1] == "ATTACKED" and c[2] == "قوات الدعم السريع"]
    got = named_claims(extract_text, "وقالت اللجنة إن الجيش السوداني والقوة المشتركة قصفا مواقع قوات الدعم السريع.")
    assert any(c[1] == "ATTACKED" and c[2] == "قوات الدعم السريع" for c in got)
