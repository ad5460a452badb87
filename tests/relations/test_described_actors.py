"""Descriptions as actors: "the rebels" are the rebels of the article's country (the registry's
generic words). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("قال المرصد السوري لحقوق الإنسان إن المتمردين دخلوا مدينة حماة.", ("syrian_opposition", "ENTERED", "hamah")),
    ("وقصف المتمردون الحوثيون مدينة مأرب.", ("houthis", "ATTACKED", "ma_rib")),
    ("هاجم المتمردون مدينة الفاشر في شمال دارفور.", ("rapid_support_forces", "ATTACKED", "el_fasher")),
], ids=["syria", "yemen", "sudan"])
def test_the_rebels_are_the_rebels_of_the_articles_country(extract_text, text, triple):
    assert triple in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


@pytest.mark.parametrize("text, guest", [
    ("والتقى رئيس المجلس الرئاسي الليبي محمد المنفي سفير الولايات المتحدة ريتشارد نورلاند في طرابلس.",
     "name:ريتشارد_نورلاند"),
    ("استقبل الرئيس اللبناني جوزاف عون وزير خارجية فرنسا جان نويل بارو.", "name:جان_نويل_بارو"),
], ids=["ambassador-of", "minister-of"])
def test_one_meets_the_person_a_title_names_not_the_state_of_the_title(extract_text, text, guest):
    met = {c.object for c in extract_text(text).claims if c.predicate == "MET_WITH"}
    assert met == {guest}


def test_the_target_stands_in_the_city_a_capital_with_a_nationality_names(extract_text):
    text = "نفذت القيادة المركزية الأمريكية سلسلة غارات على مواقع لجماعة الحوثيين في العاصمة اليمنية صنعاء."
    attacked = {c.object for c in extract_text(text).claims if c.predicate == "ATTACKED"}
    assert "sanaa" in attacked and "yemen" not in attacked
