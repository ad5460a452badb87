"""إن رتلاً من الجيش السوري دخل القرية: after إن or أن the noun of fighters or units is in the
accusative, with its tanween alef (رتلا، أرتالا، جنودا، عنصرا، مقاتلا، مسلحا); it names the force
of the actor after من as well as the nominative does. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("وقال مصدر محلي إن رتلاً من الجيش السوري دخل قرية بسنادا.", "الجيش السوري", "ENTERED", "بسنادا"),
    ("قال مصدر إن أرتالاً من الجيش السوري وصلت إلى قرية بسنادا.", "الجيش السوري", "ENTERED", "بسنادا"),
    ("أفاد ناشطون بأن رتلا من قوات الدعم السريع انسحب من مدينة أم روابة.", "الدعم السريع", "WITHDREW_FROM", "أم روابة"),
    ("أكد المتحدث أن جنودا من الجيش اللبناني انتشروا في بلدة الناقورة.", "الجيش اللبناني", "ENTERED", "الناقورة"),
    ("قالت المصادر إن أرتالاً من الجيش السوري دخلت قرى بسنادا والقرداحة.", "الجيش السوري", "ENTERED", "القرداحة"),
], ids=["column", "columns-arrived", "column-withdrew", "soldiers", "villages"])
def test_accusative_fighters_of_an_actor(extract_text, text, s, p, o):
    assert has_claim(extract_text(text), s, p, o)
