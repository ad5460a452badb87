"""A phrase of backing set off by a comma at the end of its clause (، بدعم من X): it backs the
clause's subject (the actor opening the sentence, or its clause after أن/إن), not the actor named
last before the comma (a foe after مع, an object, a neighbouring country); on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed, not_backed", [
    ("وتقدمت القوات الحكومية نحو المدينة بعد معارك عنيفة مع حركة الشباب، بدعم من القوات الأوغندية.",
     "القوات الأوغندية", "القوات الحكومية", "حركة الشباب"),
    ("وقال إن الجيش السوداني يعيد نشر قواته في منطقة الطينة على الحدود مع تشاد، بدعم من القوة المشتركة.",
     "القوة المشتركة", "الجيش السوداني", "تشاد"),
    ("وتسيطر قوات سوريا الديمقراطية على مدينة الرقة منذ طردها تنظيم داعش منها عام 2017، بدعم من التحالف الدولي.",
     "التحالف الدولي", "قوات سوريا الديمقراطية", "داعش"),
], ids=["foe-after-ma", "country-after-the-border", "object-of-a-verbal-noun"])
def test_backing_after_a_comma_backs_the_clause_subject(extract_text, text, backer, backed, not_backed):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, backer, "SUPPORTS", backed), found
    assert not has_claim(x, backer, "SUPPORTS", not_backed), found


def test_a_backing_aside_right_after_the_subject_still_backs_it(extract_text):
    x = extract_text("وسيطر الجيش العراقي، بإسناد من طيران التحالف الدولي، على المدينة.")
    assert has_claim(x, "التحالف الدولي", "SUPPORTS", "الجيش العراقي")


@pytest.mark.parametrize("text, backer, backed", [
    ("وشاركت القوات الروسية في العملية دعما للجيش المالي.", "القوات الروسية", "المالي"),
    ("وأفادت مصادر بأن عناصر من الفيلق الأفريقي شاركوا في عملية التمشيط دعما للجيش المالي.", "الفيلق الأفريقي",
     "المالي"),
], ids=["after-a-definite-noun", "subject-after-bi-anna"])
def test_support_as_a_purpose_without_a_comma(extract_text, text, backer, backed):
    x = extract_text(text)
    assert has_claim(x, backer, "SUPPORTS", backed), [(c.subject, c.predicate, c.object) for c in x.claims]
