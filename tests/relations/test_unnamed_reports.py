"""Unnamed reports (تقارير with no owner) hedge what they are said to tell, whatever the verb that
carries them (ذكرت، أشارت، تشير، تحدثت، أفادت تقارير); reports an outlet is named as owning (تقارير
وكالة رويترز) are that outlet's, not a hedge. Sentences are our own."""
from __future__ import annotations

import pytest


def _claims(extract_text, text):
    claims = [c for c in extract_text(text).claims if c.predicate == "ATTACKED"]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return claims


@pytest.mark.parametrize("text", [
    "وأشارت تقارير إلى أن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وذكرت تقارير أن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وتشير تقارير إلى أن قوات الدعم السريع قصفت مدينة الأبيض.",
    "وتحدثت تقارير عن قصف قوات الدعم السريع مدينة الأبيض.",
], ids=["asharat", "dhakarat", "tushir", "tahaddathat"])
def test_unnamed_reports_hedge(extract_text, text):
    assert all(c.provenance.hedged for c in _claims(extract_text, text))


def test_reports_of_a_named_outlet_are_credited_not_hedged(extract_text):
    claims = _claims(extract_text, "وذكرت تقارير وكالة رويترز أن قوات الدعم السريع قصفت مدينة الأبيض.")
    assert {c.provenance.attributed_to for c in claims} == {"reuters"}
    assert not any(c.provenance.hedged for c in claims)
