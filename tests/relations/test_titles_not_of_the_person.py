"""Titles that are not the named person's: a member's title inside what he said (فلان في بيان إن
"عناصر من X"), a leader's title joined by و after him (فلان وقائد الجيش فلان: the next person), and a
verb of leading whose object is a meeting (ترأس اجتماعا لمجلس الأمن: no LEADS of the council); on
our own sentences."""
from __future__ import annotations

from tests.relations.helpers import has_claim


def test_a_title_inside_what_he_said_is_not_his(extract_text):
    x = extract_text('وقال وزير الخارجية المتحدث باسم الحكومة التشادية عبد الرحمن كلام الله في بيان إن '
                     '"عناصر من بوكو حرام هاجموا موقع الجيش".')
    assert has_claim(x, "عبد الرحمن كلام الله", "MEMBER_OF", "الحكومة التشادية")
    assert not has_claim(x, "عبد الرحمن كلام الله", "MEMBER_OF", "بوكو حرام")


def test_a_title_joined_by_wa_names_the_next_person(extract_text):
    x = extract_text("وأجرى الوزير اتصالين بمستشار الأمن القومي الهندي أجيت دوفال وقائد الجيش الباكستاني "
                     "الجنرال عاصم منير.")
    assert has_claim(x, "عاصم منير", "LEADS", "الجيش الباكستاني")
    assert not has_claim(x, "أجيت دوفال", "LEADS", "الجيش الباكستاني")


def test_a_title_right_after_the_name_is_his(extract_text):
    x = extract_text("وقال أجيت دوفال قائد الجيش الهندي إن الوضع خطير.")
    assert has_claim(x, "أجيت دوفال", "LEADS", "الجيش الهندي")


def test_chairing_a_meeting_of_a_body_is_not_leading_it(extract_text):
    x = extract_text("وترأس الجنرال عبد الرحمن تياني اجتماعا طارئا لمجلس الأمن الوطني في نيامي.")
    assert not [c for c in x.claims if c.predicate == "LEADS"]


def test_chairing_the_body_itself_is_leading_it(extract_text):
    x = extract_text("وترأس عبد الرحمن تياني المجلس العسكري منذ عام 2023.")
    assert [c for c in x.claims if c.predicate == "LEADS"]
