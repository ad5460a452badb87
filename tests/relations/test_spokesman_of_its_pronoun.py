"""A spokesman's title of two words before باسم with a pronoun (المتحدث العسكري باسمها، المتحدث
الرسمي باسمها فلان): MEMBER_OF the body the pronoun stands for, also one named in the sentence
just before when none is named before the title in its own; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم، وقال المتحدث العسكري باسمها يحيى سريع إن الصواريخ أصابت أهدافها.",
     "يحيى سريع", "جماعة الحوثي"),
    ("وأعلنت حركة حماس أن المتحدث الرسمي باسمها حازم قاسم سيعقد مؤتمرا.", "حازم قاسم", "حركة حماس"),
    ("وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم. وقال المتحدث العسكري باسمها يحيى سريع إن الصواريخ أصابت أهدافها.",
     "يحيى سريع", "جماعة الحوثي"),
], ids=["military-spokesman-same-sentence", "official-spokesman", "body-in-the-sentence-before"])
def test_spokesman_of_the_body_the_pronoun_names(extract_text, text, person, body):
    x = extract_text(text)
    assert has_claim(x, person, "MEMBER_OF", body), [(c.subject, c.predicate, c.object) for c in x.claims]

