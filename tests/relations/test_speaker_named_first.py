"""A speaker named before its verb of saying (subject first), after an opening word of contrast
or a spokesman's title: لكن الجيش زعم في بيان أن ...، غير أن الحركة أكدت أن ...، المتحدث باسم
الجيش فلان قال إن .... Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, relation, source", [
    ("لكن المتحدث باسم الجيش السوداني نبيل عبد الله زعم في منشور على منصة إكس أن قوات الدعم السريع قصفت مدينة الأبيض.",
     "ATTACKED", "nabil_abdallah"),
    ("غير أن الجيش السوداني أكد في بيان أن قوات الدعم السريع قصفت مدينة الأبيض.", "ATTACKED", "sudanese_armed_forces"),
    ("ولكن حركة العدل والمساواة قالت إن الجيش السوداني قصف مدينة الأبيض.", "ATTACKED", "justice_and_equality_movement"),
    ("المتحدث باسم الجيش السوداني نبيل عبد الله قال إن قوات الدعم السريع انسحبت من مدينة بارا.",
     "WITHDREW_FROM", "nabil_abdallah"),
    ("بينما الشرطة السودانية ذكرت أن قوات الدعم السريع هاجمت مدينة الأبيض.", "ATTACKED", "sudanese_police"),
], ids=["but-a-spokesman-claimed", "however-confirmed", "but-said", "title-then-name", "whereas"])
def test_a_speaker_named_first_is_credited(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


@pytest.mark.parametrize("text, relation", [
    ("في حين أن الجيش السوداني قصف مدينة الأبيض، قالت حركة العدل والمساواة إن قواتها انسحبت.", "ATTACKED"),
    ("لكن الجيش السوداني قصف مدينة الأبيض بعد أن أعلنت الحركة انسحابها.", "ATTACKED"),
], ids=["an-actor-first-then-another-speaker", "an-actor-acting"])
def test_an_actor_named_first_that_acts_is_no_speaker(extract_text, text, relation):
    assert _sources(extract_text, text, relation) == {None}
