"""دان (form I, as أدان) condemns: the one condemning an attack is not its agent (our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_condemning_with_dan_names_no_attacker(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "ودانت الحكومة الصومالية استهداف القافلة التابعة لبعثة الاتحاد الأفريقي.")
    assert not [c for c in got if c[0] == "الحكومة الصومالية" and c[1] == RELATIONS.attacked]
