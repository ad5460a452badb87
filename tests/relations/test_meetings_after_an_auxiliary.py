"""Meetings told in the pluperfect and with the place and time before the one met (our own
sentences): وكان فلان قد التقى ... (the actor between كان and قد is the subject, not a titled
person after the verb), and التقى في مدينة X الشهر الماضي رئيس الوزراء فلان (a place after في
and a time word do not use up the reach of the object)."""
from __future__ import annotations

import pytest


def _met(extraction):
    return {frozenset((c.subject, c.object)) for c in extraction.claims if c.predicate == "MET_WITH"}


@pytest.mark.parametrize("text, a, b", [
    ("وكان حسن شيخ محمود قد التقى الرئيس الصيني شي جين بينغ.", "hassan_sheikh_mohamud", "name:شي_جين_بينغ"),
    ("وكان الرئيس الصومالي حسن شيخ محمود قد استقبل وزير الخارجية الإيطالي أنطونيو تاياني.",
     "hassan_sheikh_mohamud", "name:انطونيو_تاياني"),
], ids=["met", "received"])
def test_the_actor_between_kana_and_qad_is_the_subject(extract_text, text, a, b):
    assert frozenset((a, b)) in _met(extract_text(text))


def test_a_place_and_a_time_before_the_one_met(extract_text):
    x = extract_text("وكان حسن شيخ محمود قد التقى في مدينة إسطنبول التركية الأسبوع الماضي رئيس الوزراء الإثيوبي آبي أحمد.")
    assert frozenset(("hassan_sheikh_mohamud", "abiy_ahmed")) in _met(x)


def test_a_force_led_by_a_person_between_kana_and_qad_is_the_subject(extract_text):
    x = extract_text("وكانت قوات الدعم السريع بقيادة محمد حمدان دقلو قد اقتحمت مدينة النهود.")
    assert {c.subject for c in x.claims if c.predicate in ("ENTERED", "CAPTURED", "ATTACKED")} == {"rapid_support_forces"}


def test_the_nationality_in_the_subjects_title_is_not_the_subject(extract_text):
    x = extract_text("وكان وزير الخارجية الصومالي أحمد معلم فقي قد التقى نظيره الكيني موساليا مودافادي في نيروبي.")
    met = _met(x)
    assert met and all("somalia" not in pair for pair in met)


@pytest.mark.parametrize("text, subject, target", [
    ("وكانت طائرات إسرائيلية قد قصفت مدينة غزة.", "israel", "gaza"),
    ("وكانت مسيرات روسية قد استهدفت مدينة خاركيف.", "russia", "kharkiv"),
], ids=["aircraft", "drones"])
def test_only_a_forces_adjective_between_kana_and_qad(extract_text, text, subject, target):
    x = extract_text(text)       # no actor named but the nationality: its own rule, no failure
    assert (subject, "ATTACKED", target) in {(c.subject, c.predicate, c.object) for c in x.claims}
