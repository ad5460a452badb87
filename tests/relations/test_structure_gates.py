"""The word sets structural rules' gates build once per word list."""
from __future__ import annotations

from kg.language.lexicon import load_lexicon
from kg.relations.structure import _WITH_A_PRONOUN


def test_wing_heads_with_a_pronoun_built_once_and_equal_to_the_set_built_per_call():
    heads = load_lexicon().lists["wing_heads"]
    got = _WITH_A_PRONOUN[heads]
    assert got == {w + sfx for w in heads for sfx in ("ها", "ه")}
    assert _WITH_A_PRONOUN[heads] is got
    assert _WITH_A_PRONOUN[frozenset({"ذراع"})] == {"ذراعها", "ذراعه"}
