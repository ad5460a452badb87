"""A disclaimer that closes a clause of its own sentence (اندلع حريق في السوق، ولم يتسن التأكد من ...)
doubts that sentence, never the one before; one that opens its sentence (ولم يتسن التحقق من هذه
الأنباء) still doubts the sentence before. A disclaimer on the size of losses or damage (من حجم
الخسائر، من الأضرار) doubts the toll, not the events. Sentences are our own."""
from __future__ import annotations

import pytest


def _hedged(extract_text, text, relation="ATTACKED"):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.hedged for c in claims}


@pytest.mark.parametrize("text", [
    "قصفت قوات الدعم السريع مدينة الأبيض. ونقلت وكالة رويترز عن مصدر في الشرطة أن حريقا اندلع في السوق، "
    "ولم يتسن التأكد من ذلك.",
    "قصفت قوات الدعم السريع مدينة الأبيض. وقال سكان إن حريقا اندلع في السوق، ولم يتسن التحقق من ذلك.",
], ids=["relayed-fire", "residents"])
def test_a_disclaimer_closing_a_clause_leaves_the_sentence_before_stated(extract_text, text):
    assert _hedged(extract_text, text) == {False}


def test_a_disclaimer_opening_its_sentence_doubts_the_one_before(extract_text):
    text = "قصفت قوات الدعم السريع مدينة الأبيض. ولم يتسن التحقق من هذه الأنباء من مصدر مستقل."
    assert _hedged(extract_text, text) == {True}


@pytest.mark.parametrize("text", [
    "قصفت قوات الدعم السريع مدينة الأبيض، ولم يتسن التحقق من حجم الخسائر.",
    "قصفت قوات الدعم السريع مدينة الأبيض، دون أن يتسنى التأكد من الأضرار.",
    "قصفت قوات الدعم السريع مدينة الأبيض، ولم يتسن التحقق من عدد الإصابات.",
], ids=["size-of-losses", "damage", "number-of-injuries"])
def test_a_disclaimer_on_losses_leaves_the_attack_stated(extract_text, text):
    assert _hedged(extract_text, text) == {False}
