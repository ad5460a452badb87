"""A capital right after أن/إن/بأن opens the clause as its subject: the state that acts or holds
a view (our own sentences); before a verb whose subject is a place as such it stays the city."""
from __future__ import annotations

import pytest


def _of(resolved, text):
    return {m.entity_id for m in resolved.mentions if m.text == text}


@pytest.mark.parametrize("text, capital, state", [
    ("ويرى محللون أن القاهرة تراقب الموقف بحذر.", "القاهرة", "egypt"),
    ("وأكد الوزير أن واشنطن ستواصل تزويد الجيش بالذخيرة.", "واشنطن", "united_states"),
    ("وذكر التقرير أن أنقرة أرسلت تعزيزات إلى الحدود.", "أنقرة", "turkiye"),
    ("وقال دبلوماسي إن موسكو لن تقبل بهذا العرض.", "موسكو", "russia"),
    ("وصرح المسؤول بأن طهران \"لن تتراجع\" عن موقفها.", "طهران", "iran"),
    ("ويعتقد مراقبون أن نيروبي تسعى إلى وساطة جديدة.", "نيروبي", "kenya"),
])
def test_a_capital_opening_a_clause_after_that_is_its_state(resolve_text, text, capital, state):
    from kg.registry import load_registry
    reg = load_registry()
    got = _of(resolve_text(text), capital)
    assert got and all(reg.entities[e].country == reg.entities[state].country and reg.entities[e].type != "City"
                       for e in got)


@pytest.mark.parametrize("text, capital", [
    ("وقال شهود إن دمشق شهدت انفجارا عنيفا فجر اليوم.", "دمشق"),
    ("وأفادت مصادر بأن طهران تعرضت لهجوم بالمسيرات.", "طهران"),
    ("وذكرت الوكالة أن الخرطوم تحولت إلى ساحة حرب.", "الخرطوم"),
    ("ووصل الوفد إلى بغداد مساء الأحد.", "بغداد"),
])
def test_a_capital_as_a_place_stays_the_city(resolve_text, text, capital):
    from kg.registry import load_registry
    reg = load_registry()
    got = _of(resolve_text(text), capital)
    assert got and all(reg.entities[e].type == "City" for e in got)


@pytest.mark.parametrize("text, capital", [
    ("وقال السكان إن دمشق تحت الحصار منذ أسابيع.", "دمشق"),
    ("وأكد الأهالي أن الخرطوم بلا ماء ولا كهرباء.", "الخرطوم"),
    ("وأضاف أن بيروت، رغم الغارات، صامدة.", "بيروت"),
])
def test_a_capital_before_no_verb_stays_the_city(resolve_text, text, capital):
    from kg.registry import load_registry
    reg = load_registry()
    got = _of(resolve_text(text), capital)
    assert got and all(reg.entities[e].type == "City" for e in got)


@pytest.mark.parametrize("text, capital, state", [
    ("وتتخذ أنقرة من القواعد الحدودية منطلقا لعملياتها.", "أنقرة", "turkiye"),
    ("وتطالب نيروبي بانسحاب القوات الأجنبية.", "نيروبي", "kenya"),
    ("وترفض موسكو أي حديث عن انسحاب قواتها.", "موسكو", "russia"),
    ("تسعى طهران إلى توسيع نفوذها في المنطقة.", "طهران", "iran"),
])
def test_a_capital_after_the_feminine_verb_that_opens_its_clause_is_its_state(resolve_text, text, capital, state):
    from kg.registry import load_registry
    reg = load_registry()
    got = _of(resolve_text(text), capital)
    assert got and all(reg.entities[e].country == reg.entities[state].country and reg.entities[e].type != "City"
                       for e in got)


@pytest.mark.parametrize("text, capital", [
    ("وتشهد دمشق انفجارات متكررة منذ أسابيع.", "دمشق"),
    ("القوات تدخل بغداد من الجنوب.", "بغداد"),
    ("وتقع بيروت على ساحل المتوسط.", "بيروت"),
])
def test_a_capital_after_a_verb_of_a_place_or_as_an_object_stays_the_city(resolve_text, text, capital):
    from kg.registry import load_registry
    reg = load_registry()
    got = _of(resolve_text(text), capital)
    assert got and all(reg.entities[e].type == "City" for e in got)
