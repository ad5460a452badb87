"""Lists after an indefinite plural place cue: a definite first item shaped like a nisba is a
name (قرى الدالية، قرى المهدية), since the plural's adjective would be indefinite (قرى حدودية);
نجع starts a hamlet's name (نجع شبانة) and a definite feminine item goes on through the
directions that agree with it (مناطق البادية الشمالية الشرقية)."""
from __future__ import annotations

import pytest


def _places(resolved):
    return [m.text for m in resolved.mentions if m.type in ("City", "Region") and m.source != "nested"]


@pytest.mark.parametrize("text, names", [
    ("وداهمت الدوريات قرى الصفصافية والعليقية بحثا عن مطلوبين.", ["الصفصافية", "العليقية"]),
    ("وتضررت منازل في قرى العلوية ونجع الشيخ بعد السيول.", ["العلوية", "نجع الشيخ"]),
    ("وتمتد مناطق البادية الجنوبية الشرقية حتى الحدود.", ["البادية الجنوبية الشرقية"]),
], ids=["nisba-first-item", "hamlet-prefix", "directions-of-a-definite-item"])
def test_a_definite_list_after_an_indefinite_plural_is_a_list_of_names(resolve_text, text, names):
    found = _places(resolve_text(text))
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text", [
    "وقصفت المدفعية قرى حدودية في الجنوب.",
    "وتقدمت القوات في القرى الحدودية صباحا.",
], ids=["indefinite-adjective", "definite-plural"])
def test_an_adjective_of_the_plural_names_no_place(resolve_text, text):
    assert _places(resolve_text(text)) == []
