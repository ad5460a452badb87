"""A place cue right before a preposition on another place cue names no place of its own: the
phrase places what it describes (our own sentences): بلدة بإقليم X، قرية بولاية X، منطقة بمحافظة X."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


@pytest.mark.parametrize("text, region", [
    ("واقتحم مسلحون قرية بولاية كاتسينا وخطفوا عشرات الطلاب.", "ولاية كاتسينا"),
    ("وسقطت قذيفة على منطقة بمحافظة حماة دون إصابات.", "محافظة حماة"),
    ("وهاجم مسلحون بلدة بإقليم دوسو جنوبي البلاد.", "دوسو"),
], ids=["known-state", "known-governorate", "new-region"])
def test_the_first_cue_names_nothing_and_the_phrase_keeps_its_place(resolve_text, text, region):
    found = _texts(resolve_text(text))
    assert not any(t.startswith(("قرية", "منطقة", "بلدة")) for t in found), found
    assert any(t.endswith(region) for t in found), found


def test_the_phrase_test_on_its_own(sentence, cues):
    from kg.entities.cues import a_place_phrase_at
    tokens = sentence("هاجموا بلدة بإقليم دوسو وبلدة بنش").tokens
    assert a_place_phrase_at(tokens, 2, cues)
    assert not a_place_phrase_at(tokens, 5, cues)
