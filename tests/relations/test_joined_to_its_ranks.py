"""Bodies joined to another's ranks (our own sentences): a word of joining or adding (ضم،
انضمام and their verbs), the bodies after it, then إلى and ranks with a pronoun (صفوفه، صفوفها):
each body PART_OF the one the pronoun stands for; الاتحاد is the one union the article names."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, parts, whole", [
    ("وأعلن اتحاد قبائل سيناء عن ضم قبائل الترابين والسواركة إلى صفوفه.", ("الترابين", "السواركة"), "اتحاد قبائل سيناء"),
    ("وأعلنت هيئة تحرير الشام انضمام كتيبة شهداء الأقصى إلى صفوفها بعد مفاوضات.", ("كتيبة شهداء",), "هيئة تحرير الشام"),
], ids=["added-to-its-ranks", "joining-its-ranks"])
def test_joined_to_its_ranks(extract_text, text, parts, whole):
    x = extract_text(text)
    for part in parts:
        assert has_claim(x, part, "PART_OF", whole), claim_triples(x)


def test_the_union_named_before(extract_text):
    x = extract_text("وتأسس اتحاد قبائل سيناء قبل عامين. وكان الاتحاد قد أعلن في مايو، خلال مؤتمر عقد في رفح، "
                     "عن ضم قبائل الترابين والسواركة إلى صفوفه.")
    assert has_claim(x, "الترابين", "PART_OF", "union_of_sinai_tribes"), claim_triples(x)


def test_joining_with_no_ranks_of_a_pronoun_is_none(extract_text):
    x = extract_text("وأعلنت الحكومة ضم قبائل الترابين والسواركة إلى قائمة المستفيدين من الدعم.")
    assert not [c for c in x.claims if c.predicate == "PART_OF"], claim_triples(x)
