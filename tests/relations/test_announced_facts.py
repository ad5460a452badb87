"""A standing fact stated inside what a named party announces (its title phrases included) is
credited to that party, also when the announcement is a verbal noun (أعلن الجيش اغتيال ...);
the party's own action stays uncredited. Sentences are our own."""
from __future__ import annotations

import pytest


def _by(extract_text, text):
    return {(c.subject, c.predicate, c.object): c.provenance.attributed_to for c in extract_text(text).claims}


@pytest.mark.parametrize("text, fact, speaker, own_action", [
    ("وقال الجيش الإسرائيلي إنه قتل فؤاد شكر، رئيس أركان حزب الله.",
     ("fuad_shukr", "LEADS", "hezbollah"), "israel_defense_forces", ("israel_defense_forces", "KILLED", "fuad_shukr")),
    ("أعلن الجيش الإسرائيلي اغتيال القيادي في حركة حماس محمد الضيف.",
     ("mohammed_deif", "MEMBER_OF", "hamas"), "israel_defense_forces", ("israel_defense_forces", "KILLED", "mohammed_deif")),
    ("أعلنت إسرائيل، اليوم الأحد، اغتيال القيادي البارز في حزب الله علي كركي.",
     ("ali_karaki", "MEMBER_OF", "hezbollah"), "israel", ("israel", "KILLED", "ali_karaki")),
], ids=["title-in-reported-speech", "announced-verbal-noun", "country-with-a-time-between"])
def test_a_fact_in_an_announcement_is_credited_to_the_announcer(extract_text, text, fact, speaker, own_action):
    by = _by(extract_text, text)
    assert by[fact] == speaker
    assert by[own_action] is None


def test_a_title_describing_the_speaker_is_not_credited_to_him(extract_text):
    by = _by(extract_text, "وقال المتحدث باسم الجيش السوداني نبيل عبد الله إن قوات الدعم السريع قصفت مدينة الأبيض.")
    assert by[("nabil_abdallah", "MEMBER_OF", "sudanese_armed_forces")] is None
    assert by[("rapid_support_forces", "ATTACKED", "el_obeid")] == "nabil_abdallah"
