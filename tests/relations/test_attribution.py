"""The attribution helpers of kg.relations.attribution on hand-built sentences (our own), with a
small lexicon passed in: who a sentence credits, what it carries on, where it hedges, and the
last pass that credits no one for an actor's own spokesman."""
from __future__ import annotations

from dataclasses import replace

from kg.relations import attribution as At
from kg.types import Claim, EntityRecord, Provenance

from tests.relations.helpers import sentence_context, small_lexicon, small_registry

LEXICON = small_lexicon(reporting_verbs={"قال", "قالت", "اضاف", "اعلن"}, source_preps={"بحسب", "حسب", "وفقا"},
                        statement_nouns={"بيان"}, speaker_ties={"member_of", "leads"})
REUTERS = ("رويترز", "reuters", "MediaOutlet")
OBSERVATORY = ("المرصد السوري", "sohr", "Organization")
HTS = ("هيئة تحرير الشام", "hts", "ArmedGroup")
HAMA = ("حماة", "hama", "City")


def view(text, spans, index=0, lexicon=LEXICON):
    return sentence_context(text, spans, lexicon, index=index).view


def test_an_outlet_after_a_reporting_verb_reports():
    v = view("وقالت وكالة رويترز إن هيئة تحرير الشام سيطرت على حماة.", [REUTERS, HTS, HAMA])
    assert At.sentence_source(v, LEXICON) == ("reuters", "reported_by")


def test_an_organisation_after_according_to_is_the_source():
    v = view("وبحسب المرصد السوري، سيطرت هيئة تحرير الشام على حماة.", [OBSERVATORY, HTS, HAMA])
    assert At.sentence_source(v, LEXICON) == ("sohr", "according_to")
    assert At.sentence_source(v, small_lexicon()) is None        # a lexicon without بحسب credits no one


def test_the_statement_of_an_organisation():
    v = view("وجاء في بيان لهيئة تحرير الشام أنها سيطرت على حماة.", [HTS, HAMA])
    assert At.statement_of(v, LEXICON.lists) == ("hts", "organisation")


def test_what_a_reporting_verb_reports_starts_at_its_complementiser():
    v = view("قال المتحدث إن هيئة تحرير الشام سيطرت على حماة.", [HTS, HAMA])
    assert At.reported_speech_start(v, LEXICON) == 2
    assert At.reported_speech_start(v, small_lexicon()) is None


def test_a_report_goes_on_in_the_next_sentence_and_a_new_one_does_not():
    first = view("وقالت وكالة رويترز إن الفصائل تقدمت.", [REUTERS])
    goes_on = view("وأضاف أن هيئة تحرير الشام سيطرت على حماة.", [HTS, HAMA], index=1)
    new = view("وسيطرت هيئة تحرير الشام على حماة.", [HTS, HAMA], index=1)
    assert At.attributions([first, goes_on], LEXICON) == {0: ("reuters", "reported_by"), 1: ("reuters", "reported_by")}
    assert At.attributions([first, new], LEXICON) == {0: ("reuters", "reported_by")}


def test_hedges_come_from_the_lexicon():
    hedging = small_lexicon()
    hedging = replace(hedging, hedges=(("علي", "ما", "يبدو"),))
    v = view("سيطرت هيئة تحرير الشام على ما يبدو على حماة.", [HTS, HAMA], lexicon=hedging)
    assert At.hedge_positions(v, hedging) == [4]
    assert At.hedge_positions(v, small_lexicon()) == []


def test_a_spokesman_or_the_country_announcing_its_own_side_s_action_credits_no_one():
    def claim(s, p, o, by):
        return Claim(s, p, o, Provenance(article="t", sentence="-", start=0, end=1, attributed_to=by, hedged=False,
                                         event_date=None, rule="test", confidence=0.9))
    registry = small_registry()
    registry.add(EntityRecord("idf", "StateForce", "الجيش الإسرائيلي", country="IL"), "actor", ["الجيش الإسرائيلي"])
    spokesman = claim("spokesman", "MEMBER_OF", "hts", None)
    own = claim("hts", "CAPTURED", "hama", "spokesman")
    other = claim("hts", "CAPTURED", "hama", "reuters")
    by_its_country = claim("idf", "ATTACKED", "hama", "israel")
    out = At.without_own_spokesman([spokesman, own, other, by_its_country], LEXICON, registry)
    assert [c.provenance.attributed_to for c in out] == [None, None, "reuters", None]
    kept = At.without_own_spokesman([spokesman, own], small_lexicon(), registry)     # no tie relation in its lexicon
    assert kept[1].provenance.attributed_to == "spokesman"
