"""The owner of a force noun is the actor of what the force does, with describing words between
the noun and its word of belonging (طائرات مسيرة تابعة لـX) and in every form of that word
(تابعة، تابعون، التابعة). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("قصفت طائرات مسيرة تابعة لقوات الدعم السريع مدينة بورتسودان.", "rapid_support_forces", "ATTACKED", "port_sudan"),
    ("هاجم مسلحون تابعون لحركة الشباب قاعدة عسكرية في مقديشو.", "al_shabaab", "ATTACKED", "mogadishu"),
    ("اقتحمت قوة تابعة للجيش الإسرائيلي مدينة جنين.", "israel_defense_forces", "ENTERED", "janin"),
    ("قصفت طائرات حربية مسيرة تابعة للجيش السوداني مدينة نيالا.", "sudanese_armed_forces", "ATTACKED", "nyala"),
], ids=["adjective-between", "plural-fighters", "force-noun", "two-adjectives"])
def test_the_owner_of_the_force_acts(extract_text, text, subject, relation, obj):
    claims = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    assert (subject, relation, obj) in claims


def test_a_named_actor_between_the_noun_and_the_belonging_word_stops_the_search(extract_text):
    # the drones belong to no one named: قوات الدعم السريع is what they struck
    text = "قصفت طائرات مسيرة قوات الدعم السريع التابعة لقائد محلي في مدينة نيالا."
    subjects = {c.subject for c in extract_text(text).claims if c.predicate == "ATTACKED"}
    assert "rapid_support_forces" not in subjects


def test_a_pronoun_that_is_a_verbs_subject_makes_nothing_part_of_the_owner(extract_text):
    # إنها دمرت مسيرات تابعة للحوثيين: the drones belong to the Houthis, not the speaker
    text = "قالت القيادة المركزية الأمريكية إنها دمرت مسيرات تابعة للحوثيين فوق البحر الأحمر."
    assert not [c for c in extract_text(text).claims if c.predicate == "PART_OF"]
