"""Titles over bodies on our own sentences (none taken from an article): a leader's title over a
unit named inside a larger body (قائد X في Y فلان: he leads X), the chief of staff of a force even
with في (رئيس هيئة الأركان في الجيش فلان), dual and plural member titles before a list of persons
(القياديان في X فلان وفلان: each a member), أمير as a leader's title (أمير جماعة X فلان), and an
adjective of the title and a name introduced by يدعى (قائد ميداني بارز في X يدعى فلان: a member, and
ميداني بارز no person), a name that ends before the post it holds (يتولى فلان قيادة X), and a name after باسم with a pronoun
(المتحدث باسمها فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim

CASES = [
    ("وأكد قائد فيلق القدس في الحرس الثوري الإيراني إسماعيل قاآني دعم طهران للحلفاء.",
     [("قاآني", "LEADS", "فيلق القدس")]),
    ("وقال رئيس هيئة الأركان في الجيش اليمني الفريق صغير بن عزيز إن الجيش جاهز.",
     [("صغير بن عزيز", "LEADS", "الجيش اليمني")]),
    ("واعتقلت إسرائيل القياديين في حركة حماس حسن يوسف وجمال الطويل في الضفة الغربية.",
     [("حسن يوسف", "MEMBER_OF", "حماس"), ("جمال الطويل", "MEMBER_OF", "حماس")]),
    ("وفرضت واشنطن عقوبات على القياديين في جماعة الحوثي مهدي المشاط ومحمد علي الحوثي.",
     [("مهدي المشاط", "MEMBER_OF", "الحوثي"), ("محمد علي الحوثي", "MEMBER_OF", "الحوثي")]),
    ("وأعلن الجيش الصومالي مقتل أمير حركة الشباب في إقليم جوبا الوسطى أحمد ديري.",
     [("أحمد ديري", "LEADS", "الشباب")]),
    ("وقتل قيادي كبير في حركة الشباب يدعى حسن طاهر في الغارة.", [("حسن طاهر", "MEMBER_OF", "الشباب")]),
    ("وقتل قائد ميداني بارز في قوات الدعم السريع يدعى عثمان البشير في المعارك.",
     [("عثمان البشير", "MEMBER_OF", "الدعم السريع")]),
    ("ويتولى العميد عبد الكريم صالح قيادة لواء العمالقة الثاني منذ عام.",
     [("عبد الكريم صالح", "LEADS", "لواء العمالقة")]),
    ("وأعلنت قوات الدعم السريع عبر المتحدث باسمها الطاهر حامد أن قواتها انسحبت.",
     [("الطاهر حامد", "MEMBER_OF", "الدعم السريع")]),
]


@pytest.mark.parametrize("text, triples", CASES, ids=[f"T{i}" for i in range(1, len(CASES) + 1)])
def test_a_title_over_a_body(extract_text, text, triples):
    x = extract_text(text)
    for s, p, o in triples:
        assert has_claim(x, s, p, o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_deputy_of_the_leader_is_a_member(extract_text):
    x = extract_text("وقال نائب قائد قوات الدعم السريع عبد الرحيم دقلو إن الحرب ستنتهي.")
    assert not has_claim(x, "abdel_rahim_dagalo", "LEADS", "rapid_support_forces")
    assert has_claim(x, "abdel_rahim_dagalo", "MEMBER_OF", "rapid_support_forces")


def test_a_singular_title_does_not_reach_the_next_person(extract_text):
    x = extract_text("وقال المتحدث باسم الجيش السوداني نبيل عبد الله ووزير الإعلام خالد الإعيسر إن الوضع مستقر.")
    assert not has_claim(x, "الإعيسر", "MEMBER_OF", "الجيش السوداني")


def test_an_adjective_of_a_title_is_no_name(extract_text):
    x = extract_text("وقتل قائد ميداني بارز في قوات الدعم السريع يدعى عثمان البشير في المعارك.")
    assert not [m for m in x.mentions if m.type == "Person" and "بارز" in m.text]
