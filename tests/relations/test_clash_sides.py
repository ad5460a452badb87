"""A clash between two sides: بين X من جهة، وY وZ من جهة أخرى sets every actor of one side against
every actor of the other, and not the actors of one side against each other (بين الجيش والقوة
المشتركة من جهة وقوات الدعم السريع من جهة أخرى). Sentences are our own."""
from __future__ import annotations

from tests.relations.helpers import has_claim


def test_one_side_against_the_other(extract_text):
    x = extract_text("اندلعت اشتباكات عنيفة بين جهاز الردع من جهة، واللواء 444 قتال وقوات وزارة الدفاع "
                     "من جهة أخرى في طرابلس.")
    assert has_claim(x, "جهاز الردع", "CLASHED_WITH", "اللواء 444")
    assert has_claim(x, "جهاز الردع", "CLASHED_WITH", "وزارة الدفاع")
    assert not has_claim(x, "اللواء 444", "CLASHED_WITH", "وزارة الدفاع")


def test_one_side_of_a_single_party(extract_text):
    x = extract_text("تجددت المواجهات بين الجيش السوداني من جهة، وقوات الدعم السريع من جهة ثانية في بابنوسة.")
    assert has_claim(x, "الجيش السوداني", "CLASHED_WITH", "الدعم السريع")


def test_two_parties_of_one_side_did_not_fight_each_other(extract_text):
    x = extract_text("واندلعت معارك بين الجيش السوداني والقوة المشتركة من جهة وقوات الدعم السريع من جهة أخرى.")
    assert has_claim(x, "الجيش السوداني", "CLASHED_WITH", "الدعم السريع")
    assert has_claim(x, "القوة المشتركة", "CLASHED_WITH", "الدعم السريع")
    assert not has_claim(x, "الجيش السوداني", "CLASHED_WITH", "القوة المشتركة")
