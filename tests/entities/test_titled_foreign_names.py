"""People introduced by a title: a transliterated surname ending in ا goes on the name (العقيد
عبد الله مايغا), and a given name the registry knows as a town starts the name after the
title's place (رئيس بلدية طرابلس رياض يمق) (our own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, name", [
    ("وقال العقيد عبد الله مايغا إن الوضع تحت السيطرة.", "عبد الله مايغا"),
    ("وقال المتحدث باسم الجيش الرائد موسى كوليبالا إن الهجوم صد.", "موسى كوليبالا"),
])
def test_a_rare_surname_ending_in_alif_goes_on_the_name(resolve_text, text, name):
    assert name in [t for t, _ in _ids(resolve_text(text))]


def test_an_accusative_noun_after_a_name_still_ends_it(resolve_text):
    texts = [t for t, _ in _ids(resolve_text("واستقبل الرئيس جوزاف عون وفدا أمريكيا في بعبدا."))]
    assert "جوزاف عون" in texts and not any("عون وفدا" in t for t in texts)


@pytest.mark.parametrize("text, name, town", [
    ("وقال رئيس بلدية طرابلس رياض يمق إن الأسواق أغلقت.", "رياض يمق", "riyadh"),
    ("وأكد محافظ حلب رياض الخطيب أن الطرق فتحت.", "رياض الخطيب", "riyadh"),
])
def test_a_given_name_read_as_a_town_starts_the_name_after_the_titles_place(resolve_text, text, name, town):
    ids = _ids(resolve_text(text))
    assert name in [t for t, _ in ids] and town not in [e for _, e in ids]


@pytest.mark.parametrize("text, name, town", [
    ("وقال العميد أحمد جاسم إن القوات تقدمت نحو الحدود.", "أحمد جاسم", "jasim"),
    ("وقال العقيد سامر نور إن الدوريات انتشرت.", "سامر نور", "nur"),
], ids=["jasim", "nur"])
def test_a_family_name_the_registry_knows_as_a_town_ends_the_name(resolve_text, text, name, town):
    ids = _ids(resolve_text(text))
    assert name in [t for t, _ in ids] and town not in [e for _, e in ids]
