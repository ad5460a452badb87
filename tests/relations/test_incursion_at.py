"""توغلت قوة إسرائيلية عند أطراف بلدة عيترون: an incursion "at" the edge of a place (عند, beside
في، داخل، إلى) enters that place, for the verb and its verbal noun; عند of a time is no place.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, o", [
    ("قوة إسرائيلية توغلت عند أطراف بلدة عيترون.", "قوة إسرائيلية", "عيترون"),
    ("توغلت قوة من جيش الاحتلال عند الأطراف الشرقية لبلدة الضهيرة، ثم انسحبت.", "جيش الاحتلال", "الضهيرة"),
    ("أفاد مراسلنا بتوغل قوة إسرائيلية عند أطراف بلدة حولا.", "قوة إسرائيلية", "حولا"),
    ("تتوغل قوات الاحتلال يوميا عند أطراف قرية كفرشوبا.", "قوات الاحتلال", "كفرشوبا"),
], ids=["verb-after-subject", "edges-of", "verbal-noun", "present"])
def test_incursion_at_a_place(extract_text, text, s, o):
    assert has_claim(extract_text(text), s, "ENTERED", o)


def test_at_a_time_is_no_place(extract_text):
    text = "توغلت قوة إسرائيلية عند الساعة الثالثة فجرا، فيما قصفت المدفعية بلدة الخيام."
    assert not [c for c in extract_text(text).claims if c.predicate == "ENTERED"]
