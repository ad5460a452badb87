"""Our own sentences: a hedge that opens a relative clause on an unnamed target (مواقع يُشتبه بأنها
تابعة لـX) doubts only whose the target is: the attack on the place named after it stays stated,
the attack on the doubted owner is hedged; a hedge on the whole clause still hedges everything."""
from __future__ import annotations


def _hedged(x):
    return {(c.subject, c.predicate, c.object): c.provenance.hedged for c in x.claims}


def test_the_place_is_stated_the_owner_is_hedged(extract_text):
    x = extract_text("وقصفت المدفعية التركية مواقع يُشتبه بأنها تابعة لحزب العمال الكردستاني في قضاء زاخو.")
    got = _hedged(x)
    place = [v for (s, p, o), v in got.items() if p == "ATTACKED" and ("زاخو" in o or "zakho" in o)]
    owner = [v for (s, p, o), v in got.items() if p == "ATTACKED" and o == "pkk"]
    assert place == [False] and owner == [True], got


def test_a_hedge_on_the_clause_hedges_the_place(extract_text):
    x = extract_text("ويعتقد أن المدفعية التركية قصفت قضاء زاخو.")
    got = _hedged(x)
    assert got and all(got.values()), got
