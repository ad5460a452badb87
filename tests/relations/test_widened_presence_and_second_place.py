"""عزز الجيش انتشاره في X: a force widening its presence is BASED_IN X, it did not enter; and
سيطر على المنطقة العازلة في الجولان وعلى قمة جبل الشيخ: past an unnamed place located by another,
the place after و + the preposition is taken (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import named_claims


@pytest.mark.parametrize("text, place", [
    ("وعزز الجيش اللبناني انتشاره في محيط بلدة كفرشوبا.", "كفرشوبا"),
    ("وأعلن الجيش اللبناني أن وحداته عززت انتشارها في بلدة كفرشوبا.", "كفرشوبا"),
    ("ووسع الجيش التركي انتشاره في مناطق حدودية بمحافظة دهوك.", "محافظة دهوك"),
])
def test_a_widened_presence_is_based_in(extract_text, text, place):
    got = named_claims(extract_text, text)
    assert not [c for c in got if c[1] == "ENTERED"]
    assert any(c[1] == "BASED_IN" and c[2] == place for c in got)


@pytest.mark.parametrize("text", [
    "واستكمل الجيش اللبناني انتشاره في بلدة الناقورة.",
    "وبدأ الجيش اللبناني الانتشار في بلدة الناقورة.",
])
def test_a_deployment_begun_or_completed_still_enters(extract_text, text):
    assert any(c[1] == "ENTERED" for c in named_claims(extract_text, text))


def test_the_place_after_a_repeated_preposition_is_taken(extract_text):
    got = named_claims(extract_text, "وسيطر الجيش الإسرائيلي على المنطقة الجبلية في الجولان وعلى مدينة القنيطرة.")
    assert ("الجيش الإسرائيلي", "CAPTURED", "القنيطرة") in got
    assert not [c for c in got if c[1] == "CAPTURED" and c[2] != "القنيطرة"]


@pytest.mark.parametrize("text", [
    "وسيطر الجيش الإسرائيلي على المنطقة الجبلية في الجولان.",
    "وسيطرت حركة الشباب على بلدة استراتيجية وسط الصومال وقتلت عشرات الجنود.",
])
def test_a_place_that_only_locates_is_not_taken(extract_text, text):
    assert not [c for c in named_claims(extract_text, text) if c[1] == "CAPTURED"]


def test_a_named_zone_is_taken(extract_text):
    """المنطقة العازلة is a place of the registry (the Golan buffer zone): taking it is a capture."""
    got = named_claims(extract_text, "وسيطر الجيش الإسرائيلي على المنطقة العازلة في الجولان وعلى مدينة القنيطرة.")
    assert ("الجيش الإسرائيلي", "CAPTURED", "المنطقة العازلة") in got
    assert ("الجيش الإسرائيلي", "CAPTURED", "القنيطرة") in got
