"""A statement's words without a verb of saying (وجاء في بيان للجيش أن ...، وورد في تقرير للوزارة
أن ...): what follows the complementiser is the body's, standing facts included (the unit it names
as the enemy's, التابعة لـ...), as after قال الجيش إن. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, source", [
    ("وجاء في بيان للجيش السوداني أن الكتيبة الرابعة التابعة لقوات الدعم السريع قصفت مدينة الأبيض.",
     "sudanese_armed_forces"),
    ("وورد في تقرير لوزارة الدفاع الروسية أن اللواء الثالث التابع للجيش الأوكراني قصف مدينة دونيتسك.",
     "russian_ministry_of_defense"),
    ("وجاء في بيان صادر عن الجيش السوداني أن الكتيبة الرابعة التابعة لقوات الدعم السريع قصفت مدينة الأبيض.",
     "sudanese_armed_forces"),
], ids=["ja'a-fi-bayan-li", "warada-fi-taqrir-li", "sadir-an"])
def test_a_standing_fact_in_a_statements_words_is_the_bodys(extract_text, text, source):
    assert _sources(extract_text, text, "PART_OF") == {source}


def test_a_statement_without_a_complementiser_opens_no_words(extract_text):
    text = "جاء ذلك في بيان، وكانت الكتيبة الرابعة التابعة لقوات الدعم السريع قد قصفت مدينة الأبيض."
    assert _sources(extract_text, text, "PART_OF") == {None}
