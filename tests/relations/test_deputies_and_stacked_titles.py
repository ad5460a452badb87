"""A deputy's title with an ordinal before the leader's title it stands in for (النائب الأول لرئيس
مجلس الوزراء فلان: MEMBER_OF, never LEADS), and a second title of the same person between the
first title's body and his name (رئيس الحكومة وزير المالية فلان), on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("وصل النائب الأول لرئيس مجلس السيادة مالك عقار إلى مدينة بورتسودان.", "مالك عقار", "مجلس السيادة"),
    ("وقالت النائبة الثانية لرئيس الحكومة الصومالية فاطمة علي إن الحكومة ستفاوض.", "فاطمة علي",
     "الحكومة الصومالية"),
    ("وقال فهد الصباح، النائب الأول لرئيس مجلس الوزراء الكويتي، إن الوضع مستقر.", "فهد الصباح",
     "مجلس الوزراء الكويتي"),
    ("وقال نائب رئيس مجلس السيادة مالك عقار إن الحرب ستنتهي.", "مالك عقار", "مجلس السيادة"),
], ids=["first-deputy-before-li", "feminine-second-deputy", "deputy-in-apposition", "plain-deputy"])
def test_a_deputy_with_an_ordinal_is_a_member_not_the_leader(extract_text, text, person, body):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, person, "MEMBER_OF", body), found
    assert not has_claim(x, person, "LEADS", body), found


@pytest.mark.parametrize("text, person, rel, body", [
    ("واستقبل النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فهد يوسف سعود الصباح وفدا أمنيا.",
     "فهد يوسف سعود الصباح", "MEMBER_OF", "مجلس الوزراء"),
    ("وقال رئيس الحكومة السودانية وزير المالية جبريل إبراهيم إن الاقتصاد يتعافى.", "جبريل إبراهيم", "LEADS",
     "الحكومة السودانية"),
    ("وقال رئيس المجلس الرئاسي القائد الأعلى اللواء محمد المنفي إن الانتخابات قريبة.", "محمد المنفي", "LEADS",
     "المجلس الرئاسي"),
], ids=["deputy-then-minister", "head-then-minister", "head-then-commander-with-rank"])
def test_a_second_title_before_the_name(extract_text, text, person, rel, body):
    x = extract_text(text)
    assert has_claim(x, person, rel, body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_second_title_joined_by_wa_is_another_person(extract_text):
    """رئيس الحكومة ووزير المالية فلان: two people, the one named holds the second title only."""
    x = extract_text("وقال رئيس الحكومة السودانية ووزير المالية جبريل إبراهيم إن الاقتصاد يتعافى.")
    assert not has_claim(x, "جبريل إبراهيم", "LEADS", "الحكومة السودانية")
