"""The structural rules of kg.relations.structure on hand-built sentences (our own), with a small
lexicon passed in: each pair rule decides for its construction, and the first that fits wins."""
from __future__ import annotations

import re

from kg.relations import structure as St

from tests.relations.helpers import sentence_context, small_cues, small_lexicon

LEXICON = small_lexicon(part_of={"التابع", "التابعه"}, led_by={"بقياده"}, located_preps={"في"},
                        member_titles={"المتحدث"}, member_preps={"باسم"})
QUDS = ("فيلق القدس", "quds_force", "ArmedGroup")
IRGC = ("الحرس الثوري", "irgc", "ArmedGroup")


def claims(text, spans, lexicon=LEXICON, cues=None) -> set[tuple[str, str, str, str]]:
    sc = sentence_context(text, spans, lexicon, cues=cues)
    St.structural_rules(sc)
    return {(c.subject, c.predicate, c.object, c.provenance.rule) for c in sc.state.claims}


def test_affiliated_organisations():
    assert claims("وقال إن فيلق القدس التابع للحرس الثوري نفذ الهجوم.", [QUDS, IRGC]) == {
        ("quds_force", "PART_OF", "irgc", "part_of:affiliated")}
    assert claims("وقال إن فيلق القدس التابع للحرس الثوري نفذ الهجوم.", [QUDS, IRGC], small_lexicon()) == set()


def test_led_by_a_person():
    haftar = ("خليفة حفتر", "haftar", "Person")
    army = ("الجيش الوطني الليبي", "lna", "StateForce")
    assert claims("تقدم الجيش الوطني الليبي بقيادة خليفة حفتر نحو المدينة.", [army, haftar]) == {
        ("haftar", "LEADS", "lna", "leads:led_by")}


def test_a_place_in_a_place():
    assert claims("وصلت القوات إلى حمص في سوريا.", [("حمص", "homs", "City"), ("سوريا", "syria", "Country")]) == {
        ("homs", "LOCATED_IN", "syria", "located_in:in")}


def test_a_direction_between_places_is_read_from_the_cues_given():
    spans = [("دوما", "douma", "City"), ("دمشق", "damascus", "City")]
    assert claims("قصفت الطائرات دوما شرقي دمشق.", spans, cues=small_cues(directions={"شرقي"})) == {
        ("douma", "LOCATED_IN", "damascus", "located_in:in")}
    assert claims("قصفت الطائرات دوما شرقي دمشق.", spans, cues=small_cues()) == set()


def test_spokesman_by_title_and_in_apposition():
    person = ("أحمد سالم", "salem", "Person")
    assert claims("وقال أحمد سالم، المتحدث باسم الحرس الثوري، إن الهجوم فشل.", [person, IRGC]) == {
        ("salem", "MEMBER_OF", "irgc", "member_of:title")}
    assert claims("وقال المتحدث باسم الحرس الثوري، أحمد سالم، إن الهجوم فشل.", [IRGC, person]) == {
        ("salem", "MEMBER_OF", "irgc", "member_of:apposition")}


def test_the_first_pair_rule_that_fits_decides():
    """التابع لـ fits affiliated first: its pair is not read again as a member's title."""
    sc = sentence_context("فيلق القدس التابع للحرس الثوري", [QUDS, IRGC], LEXICON)
    a, b = sc.view.mentions
    pair = St.Pair(a, b, ["التابع"], "ل")
    assert St.affiliated(sc, pair) and not St.led_by(sc, pair)
    assert St.PAIR_RULES.index(St.affiliated) < St.PAIR_RULES.index(St.member_by_title)


def test_every_pair_rule_has_an_arabic_example():
    for rule in St.PAIR_RULES + St.SENTENCE_STRUCTURE_RULES:
        assert rule.__doc__ and re.search("[\u0600-\u06FF]", rule.__doc__), rule.__name__


def test_a_known_quarter_named_by_its_town_lies_in_the_town():
    from kg.language.cues import Cues
    from kg.types import EntityRecord
    from tests.relations.helpers import small_registry
    reg = small_registry()
    reg.add(EntityRecord("east_quarter", "Region", "ضاحية حلب الشرقية"), "place", ["ضاحية حلب الشرقية"])
    reg.add(EntityRecord("gulf", "Region", "خليج سرت"), "place", ["خليج سرت"])
    cues = Cues(place={"ضاحيه": "City", "محافظه": "Region"}, org={}, titles=frozenset(), anaphors={},
                name_prefixes=frozenset(), stop=frozenset(), directions=frozenset())

    def found(text, spans):
        sc = sentence_context(text, spans, LEXICON, registry=reg, cues=cues)
        St.structural_rules(sc)
        return {(c.subject, c.predicate, c.object, c.provenance.rule) for c in sc.state.claims}

    quarter = [("ضاحية حلب الشرقية", "east_quarter", "Region"), ("حلب", "aleppo", "City", "nested")]
    assert found("وسقطت قذائف على ضاحية حلب الشرقية مساء أمس.", quarter) == {
        ("east_quarter", "LOCATED_IN", "aleppo", "located_in:nested_quarter")}
    gulf = [("خليج سرت", "gulf", "Region"), ("سرت", "sirte", "City", "nested")]
    assert found("وأبحرت السفن في خليج سرت أمس.", gulf) == set()      # a sea named after a town
