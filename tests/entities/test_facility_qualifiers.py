"""A facility's name ends with the adjective that qualifies it, masculine or feminine by its
cue (our own sentences): مستشفى جنين الحكومي، مستشفى الثورة العام، حقل العمر النفطي، مصفاة بيجي
النفطية — after a known place or a new name alike."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("ونقل الجرحى إلى مستشفى طوباس الحكومي بعد منتصف الليل.", "مستشفى طوباس الحكومي"),
    ("وأغلقت إدارة مستشفى الأمل العام أقسامها بسبب نقص الوقود.", "مستشفى الأمل العام"),
    ("وتمركزت وحدات أمريكية في حقل كونيكو الغازي منذ سنوات.", "حقل كونيكو الغازي"),
    ("واستهدفت مسيرة مصفاة بيجي النفطية فجر الأحد.", "مصفاة بيجي النفطية"),
    ("ونقل المصاب إلى مستشفى الرازي التخصصي في المدينة.", "مستشفى الرازي التخصصي"),
    ("وسقطت قذيفة قرب مستشفى الكرامة الميداني صباحا.", "مستشفى الكرامة الميداني"),
], ids=["governmental-after-known-town", "general", "gas-field", "refinery-feminine",
        "specialist", "field-hospital"])
def test_a_facility_keeps_its_qualifying_adjective(resolve_text, text, name):
    assert name in _texts(resolve_text(text))


def test_the_town_inside_the_facility_name_stays_a_mention(resolve_text):
    found = _texts(resolve_text("ونقل الجرحى إلى مستشفى طوباس الحكومي بعد منتصف الليل."))
    assert "طوباس" in found


def test_an_adjective_of_the_sentence_after_the_facility_is_not_taken(resolve_text):
    found = _texts(resolve_text("وقصفت الطائرات مستشفى الأمل العام الماضي مرتين."))
    assert "مستشفى الأمل العام الماضي" not in found


def test_the_year_after_a_facility_is_no_adjective_of_it(resolve_text):
    found = _texts(resolve_text("وقصفت الطائرات مستشفى الأمل العام الماضي مرتين."))
    assert "مستشفى الأمل العام" not in found and "مستشفى الأمل" in found


def test_a_facility_adjective_is_a_helper_of_its_own(sentence):
    from kg.entities.cues import facility_adjective_at
    tokens = sentence("ونقل الجرحى إلى مستشفى الأمل الحكومي العام الماضي.").tokens
    at = [t.text for t in tokens].index("الحكومي")
    assert facility_adjective_at(tokens, at)
    assert not facility_adjective_at(tokens, at + 1)
