"""An opening phrase that names the outlet a speaker talks to (وفي تصريح لقناة الجزيرة، قال الوزير
فلان إن ...، وفي مقابلة مع وكالة الأنباء الفرنسية، ...) leaves the speaker credited, as قال فلان
لقناة الجزيرة does; an unnamed source talking to it leaves the outlet credited. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text):
    claims = [c for c in extract_text(text).claims if c.predicate == "ATTACKED"]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text", [
    "وفي تصريح لقناة الجزيرة، قال وزير الإعلام السوداني خالد الإعيسر إن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وفي مقابلة مع وكالة الأنباء الفرنسية، قال وزير الإعلام السوداني خالد الإعيسر إن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وفي حديث لصحيفة الشرق الأوسط، أكد وزير الإعلام السوداني خالد الإعيسر أن قوات الدعم السريع قصفت مدينة الأبيض.",
], ids=["statement-to-a-channel", "interview-with-an-agency", "talk-to-a-paper"])
def test_the_speaker_after_an_outlet_phrase_is_credited(extract_text, text):
    assert _sources(extract_text, text) == {"khalid_al_eisir"}


def test_an_unnamed_source_leaves_the_outlet_credited(extract_text):
    text = "وفي تصريح لقناة الجزيرة، قال مصدر عسكري إن قوات الدعم السريع قصفت مدينة الأبيض."
    assert _sources(extract_text, text) == {"al_jazeera"}
