"""A force noun after a verbal noun with ل before its owner (تفجير دبابة للجيش) is the act's patient: its
owner is what was attacked, never the one who acted; after a verb (هاجمت دبابة للجيش) the same phrase is
the subject. Sentences are our own."""
from __future__ import annotations

import pytest


def triples(extract_text, text):
    return {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


@pytest.mark.parametrize("text", [
    "أعلنت كتائب القسام عن تمكن مقاتليها من تفجير دبابة للجيش الإسرائيلي في رفح.",
    "وتمكن المقاتلون من تدمير آلية للجيش الإسرائيلي شرق مدينة رفح.",
], ids=["announced", "unnamed-fighters"])
def test_the_owner_of_a_verbal_nouns_patient_is_not_its_agent(extract_text, text):
    got = triples(extract_text, text)
    assert not [t for t in got if t[0] == "israel_defense_forces" and t[1] == "ATTACKED"], got


def test_the_owner_of_the_patient_is_attacked_by_the_announcer(extract_text):
    got = triples(extract_text, "أعلنت كتائب القسام عن تمكن مقاتليها من تفجير دبابة للجيش الإسرائيلي في رفح.")
    assert ("qassam_brigades", "ATTACKED", "israel_defense_forces") in got, got


def test_after_a_verb_the_force_and_its_owner_act(extract_text):
    got = triples(extract_text, "هاجمت دبابة للجيش الإسرائيلي بلدة رفح.")
    assert ("israel_defense_forces", "ATTACKED", "rafah") in got, got
