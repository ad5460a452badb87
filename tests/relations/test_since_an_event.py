"""منذ + an event ends the search for an attack's object: the places after it are the event's
(our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_the_place_of_an_event_since_which_is_not_attacked(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وصعدت حركة الشباب هجماتها على القوافل منذ انطلاق العملية العسكرية في إقليم شبيلي الوسطى.")
    assert not [c for c in got if c[1] == RELATIONS.attacked and "شبيلي" in c[2]]


def test_a_time_since_which_keeps_the_object(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وهاجمت حركة الشباب منذ أيام على مواقع الجيش الصومالي في بلدة عيل بور.")
    got |= _claims(extract_text, "وتقصف حركة الشباب منذ الفجر بلدة عيل بور.")
    assert any(c[1] == RELATIONS.attacked and c[0] == "حركة الشباب" for c in got)
