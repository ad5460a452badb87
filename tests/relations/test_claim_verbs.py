"""Verbs of claiming (زعم، ادعى) in every person and as a circumstantial participle (زاعما،
مدعية): the speaker is credited as with any verb of saying, and what it claims is hedged.
Sentences are our own."""
from __future__ import annotations

import pytest


def _claims(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return claims


@pytest.mark.parametrize("text, source", [
    ("وادعى الجيش الإسرائيلي أن مقاتلي حزب الله هاجموا بلدة المطلة.", "israel_defense_forces"),
    ("وادعت حركة الشباب أن الجيش الكيني قصف بلدة بلدوين.", "al_shabaab"),
    ("وزعم الجيش السوداني أن قوات الدعم السريع قصفت مدينة الأبيض.", "sudanese_armed_forces"),
], ids=["idda'a", "idda'at", "za'ama"])
def test_a_claiming_speaker_is_credited_and_hedged(extract_text, text, source):
    claims = _claims(extract_text, text, "ATTACKED")
    assert {c.provenance.attributed_to for c in claims} == {source}
    assert all(c.provenance.hedged for c in claims)


@pytest.mark.parametrize("text, relation", [
    ("وتبنى تنظيم الدولة الإسلامية الهجوم، زاعما أنه قتل عددا من عناصر الجيش العراقي.", "KILLED"),
    ("وأصدرت حركة الشباب بيانا، زاعمة أنها هاجمت قاعدة للجيش الكيني في بلدة لامو.", "ATTACKED"),
    ("ونشرت قوات الدعم السريع تسجيلا مصورا، مدعية أنها سيطرت على مدينة الفاشر.", "CAPTURED"),
], ids=["za'iman", "za'imatan", "mudda'iyatan"])
def test_a_participle_of_claiming_hedges_what_follows(extract_text, text, relation):
    assert all(c.provenance.hedged for c in _claims(extract_text, text, relation))


def test_a_plain_statement_stays_unhedged(extract_text):
    text = "وتبنى تنظيم الدولة الإسلامية الهجوم، مؤكدا أنه قتل عددا من عناصر الجيش العراقي."
    assert not any(c.provenance.hedged for c in _claims(extract_text, text, "KILLED"))
