"""Meetings on our own sentences where a comma stands between the parties: a meeting verb's
titled subject, a comma (or a time or a place set off by commas), then another person named with
a title of his own (التقى الرئيس فلان، رئيس الوزراء فلان) is the one met, not an apposition of the
subject; and a party listed after a comma and و (بحث فلان مع فلان، والمبعوث الأممي فلان) is met too."""
from __future__ import annotations

import pytest

from tests.relations.triples import misread


@pytest.mark.parametrize("text, expected", [
    ("واستقبل العاهل الأردني الملك عبد الله الثاني، الرئيس الفرنسي إيمانويل ماكرون في عمان.",
     [("عبد الله الثاني", "MET_WITH", "ماكرون")]),
    ("والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني، الرئيس التونسي قيس سعيد في روما.",
     [("ميلوني", "MET_WITH", "قيس سعيد")]),
    ("والتقى الرئيس الصومالي حسن شيخ محمود، الأحد، رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا.",
     [("حسن شيخ محمود", "MET_WITH", "آبي أحمد")]),
    ("ويلتقي وزير الخارجية التركي هاكان فيدان، في أنقرة، نظيره الإيراني عباس عراقجي.",
     [("فيدان", "MET_WITH", "عراقجي")]),
    ("واستقبل الرئيس المصري عبد الفتاح السيسي، وزير الخارجية الأمريكي ماركو روبيو ووزير الدفاع بيت هيغسيث.",
     [("السيسي", "MET_WITH", "روبيو"), ("السيسي", "MET_WITH", "هيغسيث")]),
], ids=["king-then-president", "feminine-verb", "time-aside", "present-place-aside", "then-a-conjunct"])
def test_a_titled_person_after_a_comma_is_the_one_met(extract_text, text, expected):
    missing, _ = misread(extract_text(text), expected)
    assert not missing


@pytest.mark.parametrize("text, expected", [
    ("وبحث رئيس الوزراء العراقي محمد شياع السوداني مع المبعوث الأمريكي توم باراك، ووزير الخارجية "
     "التركي هاكان فيدان ملف المياه.",
     [("السوداني", "MET_WITH", "توم باراك"), ("السوداني", "MET_WITH", "فيدان")]),
    ("واجتمعت المبعوثة الأممية هانا تيتيه بالمشير خليفة حفتر، ورئيس مجلس النواب عقيلة صالح في بنغازي.",
     [("تيتيه", "MET_WITH", "حفتر"), ("تيتيه", "MET_WITH", "عقيلة صالح")]),
], ids=["maa-then-comma-wa", "bi-then-comma-wa"])
def test_a_titled_party_after_a_comma_and_wa_is_met_too(extract_text, text, expected):
    missing, _ = misread(extract_text(text), expected)
    assert not missing


@pytest.mark.parametrize("text, absent", [
    ("والتقى الرئيس السوري أحمد الشرع، رئيس المرحلة الانتقالية، وفدا من رجال الأعمال.",
     [("الشرع", "MET_WITH", "المرحلة")]),
    ("وقال الرئيس التركي رجب طيب أردوغان، رئيس حزب العدالة والتنمية، إن الانتخابات ستجري في موعدها.",
     [("أردوغان", "MET_WITH", "العدالة")]),
], ids=["apposition-of-the-subject", "not-a-meeting"])
def test_an_apposition_of_the_subject_is_not_met(extract_text, text, absent):
    _, wrong = misread(extract_text(text), [], absent)
    assert not wrong
