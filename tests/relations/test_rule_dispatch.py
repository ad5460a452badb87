"""The extractor calls a construction rule only on the sentences whose words meet the rule's
declared needs (kg.relations.constructions.needs, rules_for): a rule that finds something in
a sentence is always among the rules the sentence lets run. Our own sentences."""
from __future__ import annotations

import pytest

from kg.language.lexicon import load_lexicon
from kg.relations import constructions as C
from tests.relations.test_constructions import run, sentence

SENTENCES = [
    ("وقال المتحدث باسم جبهة الساحل مراد علي إن القوات تقدمت.",
     [("جبهة الساحل", "coast", "ArmedGroup"), ("مراد علي", "murad", "Person")]),
    ("قتل خمسة مدنيين في غارة شنتها طائرات حربية على بلدة النخيل.",
     [("بلدة النخيل", "nakhil", "City")]),
    ("وصلت قوات الساحل إلى مشارف مدينة الوادي.",
     [("قوات الساحل", "coast", "ArmedGroup"), ("مدينة الوادي", "wadi", "City")]),
    ("سقطت بلدة التلال في يد جماعة الحرس الأخضر.",
     [("بلدة التلال", "tilal", "City"), ("جماعة الحرس الأخضر", "green", "ArmedGroup")]),
    ("اندلعت اشتباكات بين جماعة الحرس الأخضر وقوات الساحل في الوادي.",
     [("جماعة الحرس الأخضر", "green", "ArmedGroup"), ("قوات الساحل", "coast", "ArmedGroup"),
      ("الوادي", "wadi", "City")]),
    ("وتحاصر قوات الساحل مدينة الوادي منذ أشهر، وهي معقل جماعة الحرس الأخضر.",
     [("قوات الساحل", "coast", "ArmedGroup"), ("مدينة الوادي", "wadi", "City"),
      ("جماعة الحرس الأخضر", "green", "ArmedGroup")]),
]


def test_every_rule_declares_what_it_needs():
    assert all(getattr(rule, "needs", None) for rule in C.SENTENCE_RULES)


@pytest.mark.parametrize("text,spans", SENTENCES)
def test_a_rule_that_finds_something_is_let_run(text, spans):
    view = sentence(text, spans)
    chosen = C.rules_for(view, load_lexicon().lists)
    assert list(chosen) == [r for r in C.SENTENCE_RULES if r in chosen]      # in their order
    for rule in C.SENTENCE_RULES:
        if run(rule, view):
            assert rule in chosen, rule.__name__


def test_a_sentence_without_the_words_skips_the_rule():
    lists = load_lexicon().lists
    quiet = sentence("وصل الوفد صباح اليوم.", [])
    struck = sentence("قتل خمسة مدنيين في غارة على البلدة.", [])
    assert C.killed_by_a_strike not in C.rules_for(quiet, lists)
    assert C.killed_by_a_strike in C.rules_for(struck, lists)


STRUCTURE_SENTENCES = [
    ("وتتخذ جماعة الحرس الأخضر من مدينة الوادي مقرا لها.",
     [("جماعة الحرس الأخضر", "green", "ArmedGroup"), ("مدينة الوادي", "wadi", "City")]),
    ("وقال إنها فصائل تابعة لجبهة الساحل.", [("جبهة الساحل", "coast", "ArmedGroup")]),
    ("دخلت القوات بلدة التلال التي تقع فيها قاعدة النخيل.",
     [("بلدة التلال", "tilal", "City"), ("قاعدة النخيل", "nakhil", "Facility")]),
    ("وصل الوفد صباح اليوم.", []),
]


@pytest.mark.parametrize("text,spans", STRUCTURE_SENTENCES)
def test_structure_rules_left_out_would_claim_nothing(text, spans):
    """The structure rules and the rules after the triggers run through the same dispatch: a rule
    it leaves out makes no claim when run on the sentence."""
    from kg.relations.extractor import AFTER_THE_TRIGGERS
    from kg.relations.structure import SENTENCE_STRUCTURE_RULES
    from tests.relations.helpers import sentence_context
    lexicon = load_lexicon()
    for rules in (SENTENCE_STRUCTURE_RULES, AFTER_THE_TRIGGERS):
        chosen = C.rules_for(sentence_context(text, spans, lexicon).view, lexicon.lists, rules)
        assert list(chosen) == [r for r in rules if r in chosen]
        for rule in rules:
            sc = sentence_context(text, spans, lexicon)
            rule(sc)
            if sc.state.claims:
                assert rule in chosen, rule.__name__


@pytest.mark.parametrize("text,spans,word", [
    ("قصفت قوات الساحل بلدة التلال فجر اليوم.",
     [("قوات الساحل", "coast", "ArmedGroup"), ("بلدة التلال", "tilal", "City")], "قصفت"),
    ("وأدان الوزير قصف قوات الساحل بلدة التلال.",
     [("قوات الساحل", "coast", "ArmedGroup"), ("بلدة التلال", "tilal", "City")], "قصف"),
    ("وكانت جماعة الحرس الأخضر قد هاجمت مدينة الوادي.",
     [("جماعة الحرس الأخضر", "green", "ArmedGroup"), ("مدينة الوادي", "wadi", "City")], "هاجمت"),
    ("وتم اقتحام البلدة من قبل قوات الساحل.", [("قوات الساحل", "coast", "ArmedGroup")], "اقتحام"),
])
def test_subject_rules_of_another_kind_are_not_asked(text, spans, word):
    """find_subject asks only the subject rules made for the trigger's kind (only_for): the same
    decision as asking every rule, for each reading of the word."""
    from kg.arabic import normalise
    from kg.relations.context import TriggerContext
    from kg.relations.subjects import SUBJECT_RULES, SubjectQuery, find_subject
    from tests.relations.helpers import sentence_context
    lexicon = load_lexicon()
    sc = sentence_context(text, spans, lexicon)
    t = [tok.norm for tok in sc.view.tokens].index(normalise(word))
    readings = lexicon.trigger_readings[sc.view.tokens[t].norm]
    assert readings
    for trig in readings:
        query = SubjectQuery.of(TriggerContext(sc, t, trig, word), t + 1)
        assert find_subject(query) == find_subject(query, tuple(SUBJECT_RULES))
