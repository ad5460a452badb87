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
