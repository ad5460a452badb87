"""A town a cue named with its article (بلدة الصالحة) is that town where the text drops the
article after a place word (قرب صالحة، بلدة صالحة), not where the word is an adjective (our
own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text", [
    "وقصفت المدفعية أطراف بلدة الصالحة. وسقطت قذائف قرب صالحة صباحا.",
    "وقصفت المدفعية أطراف بلدة الصالحة. وتضررت منازل في بلدة صالحة.",
    "وقصفت المدفعية أطراف بلدة الصالحة. وأصيب راع بصالحة.",
], ids=["after-a-locative", "after-a-cue", "with-a-preposition"])
def test_the_town_without_its_article_after_a_place_word(resolve_text, text):
    assert ("صالحة", "name:الصالحه") in _ids(resolve_text(text))


def test_the_word_as_an_adjective_is_no_mention(resolve_text):
    r = resolve_text("وقصفت المدفعية أطراف بلدة الصالحة. وقال السكان إن المياه غير صالحة للشرب.")
    assert [t for t, eid in _ids(r) if eid == "name:الصالحه"] == ["بلدة الصالحة"]
