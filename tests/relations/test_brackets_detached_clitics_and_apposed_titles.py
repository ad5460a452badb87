"""Our own sentences on what stands between a title, its body and the person in whole articles: a
short name in brackets after the body (قائد قوات سوريا الديمقراطية (قسد) فلان), a لـ written apart
before a quoted body (المتحدث باسم ... / قائد لـ«الحشد»), a second title set off by commas after a
first (فلان، رئيس المجلس، عضو الهيئة), and an honorific after a member's group adjective
(القيادي الحوثي المدعو فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object) for c in x.claims]


@pytest.mark.parametrize("text, s, p, o", [
    ("وأكد قائد هيئة تحرير الشام (تحرير الشام) أبو محمد الجولاني أن المعركة بدأت.", "الجولاني", "LEADS",
     "هيئة تحرير الشام"),
    ("وصرح قائد قوات سوريا الديمقراطية (قسد) مظلوم عبدي بأن الحوار مع دمشق مستمر.", "مظلوم عبدي", "LEADS",
     "قوات سوريا الديمقراطية"),
], ids=["bracketed-short-name", "bracketed-acronym"])
def test_a_short_name_in_brackets_between_body_and_person(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)


@pytest.mark.parametrize("text, s, p, o", [
    ("وقال الأمين العام لـ«حزب الله» نعيم قاسم إن المقاومة لن تسلم سلاحها.", "نعيم قاسم", "LEADS", "حزب الله"),
    ('وأعلن القائد العام لـ"قوات سوريا الديمقراطية" مظلوم عبدي وقف العمليات.', "مظلوم عبدي", "LEADS",
     "قوات سوريا الديمقراطية"),
], ids=["guillemets", "double-quotes"])
def test_a_detached_li_before_a_quoted_body(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), _claims(x)


def test_a_second_title_set_off_by_commas(extract_text):
    x = extract_text("وزار عيدروس الزبيدي، رئيس المجلس الانتقالي الجنوبي، عضو مجلس القيادة الرئاسي، "
                     "محافظة حضرموت أمس.")
    assert has_claim(x, "عيدروس الزبيدي", "MEMBER_OF", "مجلس القيادة الرئاسي"), _claims(x)
    assert has_claim(x, "عيدروس الزبيدي", "LEADS", "المجلس الانتقالي"), _claims(x)


def test_an_honorific_after_a_group_adjective(extract_text):
    x = extract_text("وأعلنت القوات الحكومية مقتل القيادي الحوثي المدعو أبو صقر الوادعي في جبهة حرض.")
    assert has_claim(x, "أبو صقر الوادعي", "MEMBER_OF", "houthis"), _claims(x)
