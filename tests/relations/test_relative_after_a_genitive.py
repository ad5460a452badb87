"""A relative pronoun after "A لـB" refers to the name it agrees with in gender (our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_a_masculine_relative_skips_a_feminine_genitive(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وأعلن الأسطول السابع للبحرية الأمريكية، الذي يتخذ من اليابان مقرا له، بدء مناورات.")
    assert ("الأسطول السابع", RELATIONS.based_in, "اليابان") in got
    assert ("البحرية الأمريكية", RELATIONS.based_in, "اليابان") not in got


def test_a_relative_agreeing_with_the_genitive_keeps_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وانتشرت قوات التحالف الدولي، التي تتخذ من الكويت مقرا لها، قرب الحدود.")
    assert ("التحالف الدولي", RELATIONS.based_in, "الكويت") in got
