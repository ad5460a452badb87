"""A definite adjective of extent between a verbal noun and its preposition with a pronoun
(استعادت السيطرة الكاملة عليه، أعلن الانسحاب التام منها) describes the noun: it is no unnamed agent,
so the clause's actor (joined to the clause before, or the one the discourse is about) acts.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject, relation, place", [
    ("شنت أذربيجان هجوما على إقليم ناغورنو كاراباخ، واستعادت السيطرة الكاملة عليه خلال يوم واحد.",
     "azerbaijan", "CAPTURED", "nagorno_karabakh"),
    ("هاجمت قوات الدعم السريع مدينة بارا، واستعادت السيطرة التامة عليها بعد ساعات.",
     "rapid_support_forces", "CAPTURED", "barah"),
    ("هاجم الجيش السوداني مدينة بارا.\nوأعلن الانسحاب الكامل منها بعد يومين.",
     "sudanese_armed_forces", "WITHDREW_FROM", "barah"),
], ids=["full-control", "complete-control", "full-withdrawal"])
def test_an_adjective_of_extent_is_no_agent(extract_text, text, subject, relation, place):
    claims = {(c.subject, c.object) for c in extract_text(text).claims if c.predicate == relation}
    assert any(s == subject and place in o for s, o in claims), claims


def test_an_unnamed_definite_agent_still_names_no_actor(extract_text):
    text = "هاجم الجيش السوداني مدينة بارا.\nوأعلنت الوزارة انسحاب الكتائب منها بعد يومين."
    assert not [c for c in extract_text(text).claims if c.predicate == "WITHDREW_FROM"]
