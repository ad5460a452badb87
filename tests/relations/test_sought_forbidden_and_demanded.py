"""A movement governed by a word of seeking, aim, necessity, obliging, forbidding, preventing,
permitting or inability (يسعى إلى إحكام سيطرته، بهدف الوصول، بضرورة الانسحاب، حظر الدخول، منع
الطواقم من الوصول، سمح بدخول، مطالبتها بانسحاب) states no event (our own sentences)."""
from __future__ import annotations

import pytest

MOVES = ("CAPTURED", "ENTERED", "WITHDREW_FROM", "ATTACKED")


def _moves(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims if c.predicate in MOVES}


@pytest.mark.parametrize("text", [
    "وتسعى قوات الدعم السريع إلى إحكام سيطرتها على مدينة الأبيض.",
    "وتتهم الحكومة الحوثيين بالسعي إلى السيطرة على مدينة مأرب.",
    "وعززت قوات الجيش اللبناني وجودها في مسعى لبسط السيطرة على مدينة صور.",
    "وتحشد إثيوبيا قواتها بهدف الوصول إلى مدينة عصب.",
    "وطالب المجلس بإلزام إسرائيل بالانسحاب من مدينة القنيطرة.",
    "وجددت الحكومة العراقية مطالبتها بانسحاب القوات التركية من مدينة زاخو.",
    "وأبلغ المبعوث قادة الحركة بضرورة الانسحاب من مدينة لاشيو.",
    "وقالت إن الجيش الإسرائيلي منع الفرق الطبية من الوصول إلى مدينة جنين.",
    "وأصدرت الحكومة اليمنية قرار حظر الدخول إلى مدينة الحديدة.",
    "وقالت الحكومة إن الجيش الإسرائيلي سمح بدخول عشرات الشاحنات إلى مدينة رفح.",
    "وقال الدفاع المدني إن طواقمه عاجزة عن الوصول إلى مدينة جنين.",
])
def test_a_sought_forbidden_or_demanded_move_is_no_event(extract_text, text):
    assert not _moves(extract_text, text)


@pytest.mark.parametrize("text, rel", [
    ("وأحكمت قوات الدعم السريع سيطرتها على مدينة الأبيض.", "CAPTURED"),
    ("وأعلن الجيش السوداني فرض سيطرته على مدينة بارا.", "CAPTURED"),
    ("وتمكنت القوات الحكومية من السيطرة على مدينة مأرب.", "CAPTURED"),
    ("وأعلنت الحكومة العراقية انسحاب القوات التركية من مدينة زاخو.", "WITHDREW_FROM"),
    ("ودخل الجيش الإسرائيلي مدينة جنين فجر اليوم.", "ENTERED"),
    ("وقال الجيش الإسرائيلي إن قواته دخلت مدينة رفح بعد أن سمحت الحكومة بذلك.", "ENTERED"),
])
def test_a_move_that_happened_stays(extract_text, text, rel):
    assert any(c[1] == rel for c in _moves(extract_text, text))
