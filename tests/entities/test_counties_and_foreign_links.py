"""مقاطعة as a county's cue (not a boycott) and the particles of foreign place names (دا، دي)
(our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("وقال محافظ مقاطعة أكوبو إن المسلحين أحرقوا منازل.", "مقاطعة أكوبو"),
    ("وتقع مقاطعة الرنك على الحدود الشمالية.", "مقاطعة الرنك"),
])
def test_a_county_cue_before_a_rare_word_names_a_region(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.region) in _found(text, resolve_text)


@pytest.mark.parametrize("text", [
    "ودعت الحملة إلى مقاطعة البضائع المستوردة.",
    "وقررت الأحزاب مقاطعة الانتخابات المقبلة.",
])
def test_a_boycott_names_no_place(resolve_text, text):
    assert _found(text, resolve_text) == []


def test_two_counties_after_a_dual_cue(resolve_text):
    found = [t for t, _ in _found("ونزح السكان من مقاطعتي بيبور وأكوبو.", resolve_text)]
    assert "بيبور" in found and "أكوبو" in found


@pytest.mark.parametrize("text, name", [
    ("هاجم مسلحون بلدة موسيمبوا دا برايا فجرا.", "بلدة موسيمبوا دا برايا"),
    ("وتقع بلدة سانتا كروز دا غراسيوزا قرب الساحل.", "بلدة سانتا كروز دا غراسيوزا"),
    ("وفر السكان إلى قرية بورتو دي موز المجاورة.", "قرية بورتو دي موز"),
], ids=["known-town-after-the-particle", "two-words-before-the-particle", "de"])
def test_a_foreign_place_name_goes_on_through_its_particle(resolve_text, text, name):
    found = [t for t, _ in _found(text, resolve_text)]
    assert name in found and "برايا" not in found
