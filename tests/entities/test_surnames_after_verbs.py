"""A surname used alone after the full name (our own sentences): one node."""
from __future__ import annotations


def _ids(resolved, text):
    return [m.entity_id for m in resolved.mentions if m.text == text]


def test_a_surname_after_a_verb_of_the_lexicon_is_the_person(resolve_text):
    r = resolve_text("ووصل المبعوث سالم الدباغ إلى المدينة أمس. واستقبل الدباغ وفدا من الوجهاء.")
    assert _ids(r, "الدباغ") == _ids(r, "سالم الدباغ")[:1]


def test_a_surname_starting_with_a_proclitic_letter_is_read(resolve_text):
    r = resolve_text("وقال الناطق العسكري كريم بلحاج إن الهجوم صد. وأضاف بلحاج أن القوات تقدمت.")
    assert _ids(r, "بلحاج") and _ids(r, "بلحاج") == _ids(r, "كريم بلحاج")[:1]


def test_a_surname_before_its_full_name_is_not_read(resolve_text):
    r = resolve_text("واستقبل الدباغ وفدا من الوجهاء. ووصل المبعوث سالم الدباغ إلى المدينة أمس.")
    assert _ids(r, "الدباغ") == []
