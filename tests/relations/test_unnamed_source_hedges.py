"""Sources the outlet will not name (مصادر لم تسمّها، مصدر لم يكشف عن هويته) and a condition on the
news (إن صحت، في حال تأكد) hedge the claim they report. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "وقالت مصادر لم تسمّها إن قوات الدعم السريع سيطرت على مدينة بارا.",
    "وذكر مصدر لم يسمّه أن قوات الدعم السريع سيطرت على مدينة بارا.",
    "وأكدت مصادر لم تكشف عن هويتها أن قوات الدعم السريع سيطرت على مدينة بارا.",
], ids=["unnamed-sources", "unnamed-source", "undisclosed"])
def test_unnamed_sources_hedge(extract_text, text):
    claims = [c for c in extract_text(text).claims if c.predicate == "CAPTURED"]
    assert claims and all(c.provenance.hedged for c in claims)


def test_named_sources_do_not_hedge(extract_text):
    claims = [c for c in extract_text("وقالت مصادر في الجيش السوداني إن قوات الدعم السريع سيطرت على مدينة بارا.").claims
              if c.predicate == "CAPTURED"]
    assert claims and not any(c.provenance.hedged for c in claims)
