"""Quoted names after a cue that the registry knows: a base quoted with its adjective after the
quote (قاعدة "نيفاتيم" الجوية), a faction quoted after a describing cue under the registry's own
cue (فصيل "السلطان سليمان شاه" = فرقة السلطان سليمان شاه), and the quoted idiom "خارطة طريق"
(a roadmap), which names no road."""
from __future__ import annotations

import pytest


def _found(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions if m.source != "nested"]


@pytest.mark.parametrize("text, eid", [
    ("وأطلقت الجماعة مسيرات باتجاه قاعدة \"نيفاتيم\" الجوية فجر الأحد.", "nevatim_airbase"),
    ("وتقول إيران إن صواريخها أصابت قاعدة \"نيفاتيم\" إصابة مباشرة.", "nevatim_airbase"),
    ("وأعيد فتح مطار \"رامون\" الدولي أمام الرحلات بعد ساعات.", "ramon_airport"),
], ids=["base-quoted-with-adjective", "base-quoted", "airport-quoted-with-adjective"])
def test_a_quoted_place_the_registry_knows_is_that_place(resolve_text, text, eid):
    assert eid in [e for _, e in _found(resolve_text(text))]


def test_a_described_faction_is_the_registrys_body_under_its_own_cue(resolve_text):
    r = resolve_text("واتهم ناشطون عناصر من فصيل \"السلطان سليمان شاه\" بمصادرة منازل في القرية.")
    assert "sultan_suleiman_shah_division" in [e for _, e in _found(r)]


@pytest.mark.parametrize("text", [
    "وطرحت الوساطة \"خارطة طريق\" لإنهاء القتال خلال ستة أشهر.",
    "وتنص خريطة طريق الحل على انسحاب المقاتلين من المدينة.",
], ids=["quoted", "unquoted"])
def test_a_roadmap_names_no_road(resolve_text, text):
    assert not [t for t, _ in _found(resolve_text(text)) if "طريق" in t]
