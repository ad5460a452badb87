"""Our own sentences: the list of an attack's targets goes on past the place that locates the one
before (على مدينة X جنوب قطاع غزة ومخيم Y، على بلدة X في ريف Y وبلدة Z), and a second target
introduced by the preposition again (على X، وعلى أطراف Y) is a target too."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, o", [
    ("وقصفت المدفعية الإسرائيلية مدينة رفح جنوب قطاع غزة ومخيم البريج وسط القطاع.", "إسرائيل", "البريج"),
    ("وشنت الطائرات الروسية غارات على بلدة كفرنبل في ريف إدلب وبلدة معرة حرمة.", "الروسي", "معرة حرمة"),
    ("وشن الطيران الحربي الروسي غارات على مدينة أريحا، وعلى أطراف بلدة حاس.", "الروسي", "حاس"),
], ids=["past-a-direction", "past-fi", "preposition-again"])
def test_targets_past_their_place(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "ATTACKED", o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_the_place_of_a_target_is_not_joined_to_the_list(extract_text):
    x = extract_text("وقصفت المدفعية الإسرائيلية مدينة رفح جنوب قطاع غزة.")
    assert has_claim(x, "إسرائيل", "ATTACKED", "رفح"), [(c.subject, c.predicate, c.object) for c in x.claims]
