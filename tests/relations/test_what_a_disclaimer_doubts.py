"""What a disclaimer or a hedge on a described noun doubts: a toll (لم يتسن التحقق من حصيلة
الضحايا) or the reports a hedge word already doubts (وسط أنباء عن مقتل ثلاثة، لم يتسن التأكد منها)
leave the attack stated; a drone believed to be an actor's (طائرة يعتقد أنها تابعة لـX قصفت)
makes X's attack uncertain. Sentences are our own."""
from __future__ import annotations

import pytest


def _hedged(extract_text, text, triple):
    claims = [c for c in extract_text(text).claims if (c.subject, c.predicate, c.object) == triple]
    assert claims, text
    return {c.provenance.hedged for c in claims}


@pytest.mark.parametrize("text, triple", [
    ("وقالت مصادر محلية لصحيفة الراكوبة إن قوات الدعم السريع شنت هجوما على مدينة الأبيض، ولم يتسن التحقق من "
     "حصيلة الضحايا.", ("rapid_support_forces", "ATTACKED", "el_obeid")),
    ("وفي السياق ذاته، قصفت طائرة مسيرة تركية قرية عين عيسى، وسط أنباء عن مقتل ثلاثة مدنيين، لم يتسن التأكد منها.",
     ("turkiye", "ATTACKED", "ayn_isa")),
    ("وهاجمت حركة الشباب قاعدة للجيش الصومالي قرب مدينة بلدوين، دون أن يتسنى التحقق من عدد القتلى.",
     ("al_shabaab", "ATTACKED", "somali_national_army")),
], ids=["a-toll", "the-reports-already-doubted", "the-number-of-dead"])
def test_a_disclaimer_on_something_else_leaves_the_attack_stated(extract_text, text, triple):
    assert _hedged(extract_text, text, triple) == {False}


@pytest.mark.parametrize("text, triple", [
    ("وقال سكان إن طائرة مسيرة يعتقد أنها تابعة لقوات الدعم السريع قصفت سوقا في مدينة الأبيض.",
     ("rapid_support_forces", "ATTACKED", "el_obeid")),
    ("وأفاد سكان لوكالة فرانس برس بأن طائرة مسيرة يعتقد أنها تابعة للدعم السريع قصفت سوقا في مدينة الأبيض.",
     ("rapid_support_forces", "ATTACKED", "el_obeid")),
    ("قصفت قوات الدعم السريع مدينة الأبيض، ولم يتسن التحقق من ذلك بشكل مستقل.",
     ("rapid_support_forces", "ATTACKED", "el_obeid")),
], ids=["residents-say", "told-to-an-agency", "the-event-itself-disclaimed"])
def test_a_doubted_attacker_or_event_is_hedged(extract_text, text, triple):
    assert _hedged(extract_text, text, triple) == {True}
