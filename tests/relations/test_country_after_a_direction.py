"""A country named after a word of direction (غربي اليمن) only locates a place: it is no subject
of a verb after it (our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_a_country_after_a_direction_attacks_nothing(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وانفجرت عبوة في بلدة قرب مدينة الجوف شمال شرقي اليمن، ثم استهدف صاروخ ميناء المخا.")
    assert not [c for c in got if c[0] == "اليمن" and c[1] == RELATIONS.attacked]


def test_a_country_as_a_subject_still_acts(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وقالت الوكالة إن إسرائيل استهدفت ميناء الحديدة بغارات عنيفة.")
    assert any(c[0] == "إسرائيل" and c[1] == RELATIONS.attacked for c in got)
