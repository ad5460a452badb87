"""Our own sentences on where a body sits: a relative clause of taking a place as a seat after
the body (القوة، التي تتخذ من بلدة X مقرا لقيادتها؛ "الاسم"، التي تتخذ ...), and a force described
as stationed in a place (القوات المتمركزة في قاعدة X، المنتشرة بريف Y) -> BASED_IN."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, o", [
    ("وأعلنت حركة حماس، التي تتخذ من الدوحة مقرا لمكتبها السياسي، موافقتها على المقترح.", "حماس", "الدوحة"),
    ('وانسحبت من المنطقة "حركة الشباب"، التي تتخذ من بلدة جلب معقلا لها.', "الشباب", "جلب"),
    ("وهاجمت حركة الشباب التي تتخذ من بلدة جلب معقلا لها قاعدة للجيش.", "الشباب", "جلب"),
], ids=["relative-after-a-comma", "quoted-antecedent", "relative-without-comma"])
def test_a_seat_taken_in_a_relative_clause(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "BASED_IN", o), _claims(x)


@pytest.mark.parametrize("text, s, o", [
    ("واستهدفت مسيرة القوات الأمريكية المتمركزة في قاعدة حرير شمالي أربيل.", "القوات الأمريكية", "حرير"),
    ("وتقدمت القوات التركية المنتشرة بريف حلب الشمالي نحو منبج.", "القوات التركية", "ريف حلب"),
], ids=["fi", "bi"])
def test_a_force_stationed_in_a_place(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "BASED_IN", o), _claims(x)
