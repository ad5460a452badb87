"""A surname alone that opens a clause before a verb (والعبيدي قال، وباك أكد) is the person
named in full before (our own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, surname, full", [
    ("وقال قائد العمليات اللواء ماجد العبيدي إن القرى طهرت. والعبيدي قال إن العمليات مستمرة.",
     "العبيدي", "name:ماجد_العبيدي"),
    ("وقال الناطق باسم الفرقة العقيد جيمس باك إن القتال توقف. وباك أكد أن الطرق فتحت.",
     "باك", "name:جيمس_باك"),
    ("وقال العميد كريم الأسود إن الوضع مستقر. الأسود أضاف أن الدوريات انتشرت.",
     "الأسود", "name:كريم_الاسود"),
], ids=["conjunction-wa", "foreign-surname", "sentence-start"])
def test_a_surname_before_a_verb_is_the_person_named_before(resolve_text, text, surname, full):
    r = resolve_text(text)
    assert (surname, full) in _ids(r)


def test_a_surname_word_not_before_a_verb_is_no_mention(resolve_text):
    r = resolve_text("وقال العميد كريم الأسود إن الوضع مستقر. والأسود والأبيض لونان.")
    assert [t for t, eid in _ids(r) if eid == "name:كريم_الاسود"] == ["كريم الأسود"]


def test_a_surname_before_its_full_name_is_no_mention(resolve_text):
    r = resolve_text("والعبيدي قال إن القرى طهرت. وقال اللواء ماجد العبيدي إن العمليات مستمرة.")
    assert [t for t, eid in _ids(r) if eid == "name:ماجد_العبيدي"] == ["ماجد العبيدي"]
