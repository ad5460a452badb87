"""A body's name followed by another name of the same type alone in brackets restates it
(kg.entities.context.names_in_brackets): one referent, the bracketed name's node."""
from __future__ import annotations


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


def test_a_description_restated_by_the_name_in_brackets_is_that_body(resolve_text):
    r = resolve_text("وأشاد المتحدث بالتنسيق مع حركة المقاومة الفلسطينية (حماس) في المفاوضات الأخيرة.")
    assert _ids(r, "المقاومة الفلسطينية") == ["hamas"]
    assert _ids(r, "حماس") == ["hamas"]


def test_square_brackets_too(resolve_text):
    r = resolve_text("وتحدثت التقارير عن دور المقاومة الفلسطينية [حماس] في إدارة المعبر.")
    assert _ids(r, "المقاومة الفلسطينية") == ["hamas"]


def test_a_name_of_another_type_in_brackets_is_no_restatement(resolve_text):
    r = resolve_text("وقالت وزارة الصحة اللبنانية (رويترز) إن ثلاثة أشخاص أصيبوا.")
    assert "reuters" not in _ids(r, "وزارة الصحة اللبنانية")


def test_more_than_a_name_in_brackets_is_no_restatement(resolve_text):
    r = resolve_text("وأشادت المقاومة الفلسطينية (ومنها حماس) بالموقف الأخير.")
    assert _ids(r, "المقاومة الفلسطينية") == ["palestinian_resistance"]
