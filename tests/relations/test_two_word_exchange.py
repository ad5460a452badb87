"""تبادل + a 'then' phrase of two words (إطلاق النار، إطلاق القذائف): the phrase is read whole, so
the noun after إطلاق is not taken for the verb's unnamed subject, and a pronoun subject (قواته) is
found as with a one-word phrase (تبادلت القصف) (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples


@pytest.mark.parametrize("text", [
    "وقال الجيش الأرميني إن قواته تبادلت إطلاق النار مع القوات الأذربيجانية قرب الحدود.",
    "وأعلن الجيش الهندي أن وحداته تبادلت إطلاق القذائف مع الجيش الباكستاني ليلا.",
], ids=["fire", "shells"])
def test_forces_of_the_speaker_exchanging_fire_clash(extract_text, text):
    x = extract_text(text)
    assert [c for c in x.claims if c.predicate == "CLASHED_WITH"], claim_triples(x)
