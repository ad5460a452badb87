"""Lexicon.verb_stems: the stems a gate tests a sentence's stems against before reading each token's
trigger readings; a token with a verb reading of a relation always has one of its stems there."""
from __future__ import annotations

from kg.arabic import normalise
from kg.language.lexicon import load_lexicon, stems


def _verb_relations(lexicon, norm):
    return {tr.relation for tr in lexicon.trigger_readings[norm] if tr.kind == "verb"}


def test_every_verb_reading_has_a_stem_in_verb_stems():
    lexicon = load_lexicon()
    forms = list(lexicon.forms)
    checked = 0
    for form in forms:
        for norm in (form, "و" + form, "ف" + form, "ب" + form, "لل" + form[2:] if form.startswith("ال") else form):
            for rel in _verb_relations(lexicon, norm):
                assert not lexicon.verb_stems[rel].isdisjoint(stems(norm)), (norm, rel)
                checked += 1
    assert checked > 100


def test_own_sentences_killing_verbs():
    lexicon = load_lexicon()
    killed = next(rel for rel, got in lexicon.verb_stems.items() if "قتل" in got)
    for sentence, has in (("اشتبك الجنود مع المسلحين وقتلوا أربعة منهم قرب الجسر", True),
                          ("عقد المجلس البلدي جلسته الأسبوعية في القاعة الكبرى", False)):
        words = [normalise(w) for w in sentence.split()]
        found = any(killed in _verb_relations(lexicon, w) for w in words)
        stem_set = frozenset().union(*(stems(w) for w in words))
        assert found == has
        assert (not stem_set.isdisjoint(lexicon.verb_stems[killed])) or not found
