"""Place names a cue introduces that a reader cut short or swallowed: a name starting with و and
the article (بلدة والبيري), a village named after a man (قرية خربة سليمان), a foreign town's name as the
first word of a two-word one before a definite noun (قرية صيدا الدوار), a quarter
named like a foreign town (حي البستان) (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


def test_a_name_starting_with_waw_and_the_article_after_a_cue(resolve_text):
    from kg.language.names import TYPES
    assert ("بلدة والبيري", TYPES.city) in _found("ونزح السكان من بلدة والبيري بعد الهجوم.", resolve_text)


@pytest.mark.parametrize("text", [
    "وقصفت المدفعية بلدة والقرى المجاورة لها.",
    "وانتشرت القوات في بلدة والمناطق المحيطة بها.",
])
def test_a_conjunct_after_a_cue_is_no_name(resolve_text, text):
    assert not any(t.startswith(("بلدة و", "و")) for t, _ in _found(text, resolve_text))


def test_a_village_named_after_a_man(resolve_text):
    from kg.language.names import TYPES
    assert ("قرية خربة سليمان", TYPES.city) in _found("وتقدمت القوات نحو قرية خربة سليمان غربي المدينة.", resolve_text)


def test_a_man_of_a_village_stays_a_person(resolve_text):
    found = _found("واعتقلت القوات من قرية عوريف خالد الصالح.", resolve_text)
    assert not any(t.endswith("عوريف خالد") for t, _ in found)


SYRIAN = "وقصفت القوات السورية ريف إدلب. "


def test_a_foreign_town_and_a_definite_noun_make_a_village(resolve_text):
    from kg.language.names import TYPES
    found = _found(SYRIAN + "ودمرت الغارات منازل في قرية صيدا الدوار جنوبي إدلب. وقالت وزارة الدفاع السورية إن القوات السورية تقدمت.",
                   resolve_text)
    assert ("قرية صيدا الدوار", TYPES.city) in found


def test_a_foreign_town_and_an_adjective_stay_the_town(resolve_text):
    found = _found(SYRIAN + "وقصفت الطائرات مدينة صيدا القديمة في لبنان.", resolve_text)
    assert not any(t.endswith("القديمة") for t, _ in found)


def test_a_quarter_named_like_a_foreign_town(resolve_text):
    from kg.language.names import TYPES
    found = _found("اقتحمت قوات الاحتلال الإسرائيلي مدينة نابلس. وهدمت الجرافات منزلين في حي البستان ببلدة عزون.",
                   resolve_text)
    assert ("حي البستان", TYPES.region) in found
