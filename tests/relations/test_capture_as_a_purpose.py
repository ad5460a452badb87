"""هجوما للسيطرة على X: taking as the aim of another event is no CAPTURED (our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_an_attack_to_take_a_town_does_not_take_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وشنت حركة الشباب هجوما للسيطرة على بلدة عيل بور وسط الصومال.")
    assert not [c for c in got if c[1] == RELATIONS.captured]


def test_managing_to_take_a_town_takes_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وتمكنت حركة الشباب من السيطرة على بلدة عيل بور وسط الصومال.")
    assert any(c[1] == RELATIONS.captured for c in got)
