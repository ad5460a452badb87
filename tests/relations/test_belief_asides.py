"""Who struck, when a word of belief stands between the strike (or its weapon) and the words that
name the one behind it: غارات يعتقد أنها أردنية، مسيرة، يرجح أنها تابعة للجيش، ... The belief
hedges the claim; it does not hide the actor, and it never makes the place struck the actor."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


def _hedged(x, s, p, o):
    return any(c.provenance.hedged for c in x.claims if (c.subject, c.predicate, c.object) == (s, p, o))


@pytest.mark.parametrize("text, actor, place", [
    # subject before the verb: a feminine plural noun and its adjective, then the belief
    ("غارات جوية يعتقد أنها أردنية استهدفت ليلا مستودعا في بلدة القريا.", "jordan", "القريا"),
    # a masculine noun of strike with يرجح أنه
    ("قصف مدفعي يرجح أنه تركي استهدف قرية تل تمر.", "turkiye", "تل تمر"),
    # inside a reported clause, a plain noun and يشتبه في أنها
    ("وقال سكان إن طائرة مسيرة يشتبه في أنها إسرائيلية قصفت سيارة في بلدة الخيام.", "israel", "الخيام"),
    # the verb first, the weapon after it, the belief without commas
    ("واستهدفت طائرة مسيرة يعتقد أنها إسرائيلية سيارة في بلدة الخيام.", "israel", "الخيام"),
    # the verb first, the belief set off by commas
    ("واستهدفت طائرة مسيرة، يرجح أنها تركية، سيارة في مدينة القامشلي.", "turkiye", "القامشلي"),
])
def test_nationality_past_a_belief_names_the_striking_country(extract_text, actor, place, text):
    x = extract_text(text)
    assert has_claim(x, actor, "ATTACKED", place)
    assert _hedged(x, actor, "ATTACKED", next(o for s, p, o in claim_triples(x) if s == actor))


@pytest.mark.parametrize("text, owner, place", [
    ("كما قصفت طائرة مسيرة، يعتقد أنها تابعة للجيش السوداني، سوقا في مدينة نيالا.", "جيش السوداني", "نيالا"),
    ("وقصفت مسيرات، يرجح أنها تابعة لقوات الدعم السريع، سوقا شعبيا في مدينة كوستي.", "الدعم السريع", "كوستي"),
])
def test_owner_past_a_belief_is_the_one_who_struck(extract_text, owner, place, text):
    x = extract_text(text)
    assert has_claim(x, owner, "ATTACKED", place)


@pytest.mark.parametrize("text, actor, place", [
    # a verbal noun, the belief right after it
    ("وأفاد مسعفون بمقتل ثلاثة مدنيين في غارة يرجح أنها إسرائيلية على بلدة الخيام.", "israel", "الخيام"),
    ("وتحدثت أنباء عن غارات يعتقد أنها أمريكية على مدينة جلب.", "united_states", "جلب"),
    # the weapons after the verbal noun with لـ, the belief closed by a comma
    ("وتحدثت أنباء عن قصف جوي لطائرات يعتقد أنها روسية، على بلدة كفرنبل.", "russia", "كفرنبل"),
])
def test_verbal_noun_of_strike_past_a_belief(extract_text, actor, place, text):
    x = extract_text(text)
    assert has_claim(x, actor, "ATTACKED", place)


def test_weapons_with_lam_strike_after_a_noun_of_strike_not_after_targeting(extract_text):
    x = extract_text("وتحدثت أنباء عن قصف جوي لطائرات روسية على بلدة كفرنبل.")
    assert has_claim(x, "russia", "ATTACKED", "كفرنبل")
    x = extract_text("وأدانت الحكومة استهداف الحوثيين لطائرات أمريكية فوق مدينة صعدة.")
    assert not has_claim(x, "united_states", "ATTACKED", "صعدة")


def test_killed_by_a_strike_past_a_belief(extract_text):
    x = extract_text("قتل القيادي في حزب الله حسن عطوي بغارة يعتقد أنها إسرائيلية.")
    assert has_claim(x, "israel", "KILLED", "حسن عطوي")


def test_the_place_struck_is_never_the_actor(extract_text):
    x = extract_text("وأفادت شبكة محلية بأن غارات جوية يعتقد أنها أردنية استهدفت منزلين في بلدة القريا بريف السويداء.")
    assert not any(p == "ATTACKED" and s != "jordan" for s, p, _ in claim_triples(x))
