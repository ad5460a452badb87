"""One more object after an addition link (إضافة إلى، بالإضافة إلى، فضلا عن، علاوة على) on our own
sentences: after a named object, after a list of named objects, after objects kg does not name
(مواقع ... منها وحدات رادار ...، بالإضافة إلى قواعد مثل X); an event after the link is no object."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, p, o", [
    ("وقصفت الطائرات الإسرائيلية مطار المزة العسكري، علاوة على مطار الشعيرات.", "إسرائيل", "ATTACKED", "الشعيرات"),
    ("وسيطرت قوات الدعم السريع على مدينة بارا فضلا عن مدينة الأبيض.", "الدعم السريع", "CAPTURED", "الأبيض"),
    ("وقصفت الطائرات الإسرائيلية مطار المزة العسكري، بالإضافة إلى مواقع مثل مطار الشعيرات.", "إسرائيل", "ATTACKED",
     "الشعيرات"),
    ("واستهدفت الغارات الإسرائيلية مواقع عسكرية في ريف دمشق، إضافة إلى قواعد جوية مثل مطار الشعيرات.", "إسرائيل",
     "ATTACKED", "الشعيرات"),
    ("واستهدفت الغارات الإسرائيلية مواقع عسكرية هامة، منها وحدات رادار وبطاريات دفاع جوي، بالإضافة إلى قواعد مثل "
     "مطار الشعيرات.", "إسرائيل", "ATTACKED", "الشعيرات"),
], ids=["after-a-named-object", "capture-with-fadlan-an", "list-after-the-link", "after-a-located-unnamed-object",
        "after-an-unnamed-list"])
def test_one_more_object_after_an_addition_link(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)


def test_an_event_after_the_link_adds_no_object(extract_text):
    x = extract_text("وقصف الجيش الإسرائيلي بلدة كفركلا، إضافة إلى إصابة ثلاثة مدنيين في الخيام.")
    assert not has_claim(x, "الجيش الإسرائيلي", "ATTACKED", "الخيام"), _claims(x)
