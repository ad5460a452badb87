"""تواصل تركيا عملياتها ضد مواقع الحزب / أعلنت إسرائيل سيطرتها على المدينة / بدأت روسيا انسحابها
من القاعدة: a state named right before a verbal noun with a pronoun suffix (no preposition before
the state) is the one the pronoun stands for, as an armed group or a government would be.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("تواصل تركيا عملياتها الجوية ضد مواقع حزب العمال الكردستاني في جبال قنديل.", "تركيا", "ATTACKED", "قنديل"),
    ("أعلنت إسرائيل سيطرتها على مدينة رفح.", "إسرائيل", "CAPTURED", "رفح"),
    ("بدأت روسيا انسحابها من قاعدة حميميم.", "روسيا", "WITHDREW_FROM", "حميميم"),
    ("وكانت القوات الأميركية قد انسحبت من قاعدة عين الأسد، في حين تواصل تركيا غاراتها على مواقع في جبل متينا.",
     "تركيا", "ATTACKED", "متينا"),
], ids=["operations-against", "control", "withdrawal", "after-another-force"])
def test_the_state_before_its_noun(extract_text, text, s, p, o):
    assert has_claim(extract_text(text), s, p, o)


def test_a_state_after_a_preposition_is_no_referent(extract_text):
    x = extract_text("أعلنت حركة الشباب من الصومال انسحابها من مدينة بلدوين.")
    assert has_claim(x, "حركة الشباب", "WITHDREW_FROM", "بلدوين")
    assert not has_claim(x, "الصومال", "WITHDREW_FROM", "بلدوين")
