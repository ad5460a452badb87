"""Smuggling weapons to an actor supports it: تهريب الأسلحة إلى X (our own sentences)."""
from __future__ import annotations


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_smuggling_weapons_to_a_group_supports_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وكان الحرس الثوري الإيراني يهرّب الصواريخ إلى حزب الله عبر العراق.")
    assert ("الحرس الثوري الإيراني", RELATIONS.supports, "حزب الله") in got


def test_fleeing_people_support_no_one(extract_text):
    assert not _claims(extract_text, "وهرب المدنيون من القصف إلى مخيمات النزوح قرب الحدود.")
