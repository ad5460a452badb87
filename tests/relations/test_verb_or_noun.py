"""A trigger word read as a verb with its clause is not read again as its verbal noun (قصف is
both "shelled" and "the shelling"): no second, looser claim from the noun reading.
Sentences are our own."""
from __future__ import annotations


def _triples(extract_text, text):
    return {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


def test_a_verb_with_its_clause_gives_only_the_verbs_claim(extract_text):
    triples = _triples(extract_text, "قصف الجيش الإسرائيلي بلدة كفركلا في قضاء مرجعيون.")
    assert ("israel_defense_forces", "ATTACKED", "kfar_kila") in triples
    assert not [t for t in triples if t[1] == "ATTACKED" and t[0] == "israel"]


def test_the_verbal_noun_still_reads_where_no_verb_clause_is(extract_text):
    triples = _triples(extract_text, "وأدى القصف الإسرائيلي على بلدة كفركلا إلى دمار واسع.")
    assert ("israel", "ATTACKED", "kfar_kila") in triples
