"""A body's media wing named as an outlet (our own sentences): an outlet set off by a comma and a
wing noun with a pronoun (مؤسسة X، ذراعها الإعلامية) or in construct with the body after لـ
(وكالة X، الذراع الإعلامية لتنظيم Y) is PART_OF that body, as an organisation would be."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, part, whole", [
    ("وقالت جماعة نصرة الإسلام والمسلمين في بيان نشرته مؤسسة الزلاقة، ذراعها الإعلامية، إن مقاتليها هاجموا الثكنة.",
     "الزلاقة", "نصرة الإسلام"),
    ("ونشرت وكالة أعماق، الذراع الإعلامية لتنظيم الدولة الإسلامية، صورا قالت إنها للهجوم.",
     "أعماق", "الدولة الإسلامية"),
], ids=["wing-with-a-pronoun", "wing-in-construct"])
def test_an_outlet_is_a_wing_of_its_body(extract_text, text, part, whole):
    x = extract_text(text)
    assert has_claim(x, part, "PART_OF", whole), claim_triples(x)


def test_an_outlet_quoted_is_no_wing(extract_text):
    x = extract_text("وقالت وكالة رويترز، نقلا عن مصادر في الجيش السوداني، إن القتال تجدد.")
    assert not [c for c in x.claims if c.predicate == "PART_OF"], claim_triples(x)
