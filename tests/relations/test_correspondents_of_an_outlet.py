"""A correspondent's noun before the outlet he works for (بحسب ما رصد مراسل الجزيرة، وفق ما نقله
مراسل عنب بلدي، قالت مصادر لمراسل الوكالة): the outlet is credited as if it stood where the noun
stands. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, relation, source", [
    ("قصفت قوات الدعم السريع مدينة الأبيض بالمدفعية الثقيلة، ما أسفر عن مقتل خمسة مدنيين، بحسب ما رصد مراسل الجزيرة.",
     "ATTACKED", "al_jazeera"),
    ("قصفت قوات النظام مدينة إدلب، وفق ما نقله مراسل عنب بلدي عن مصادر محلية.", "ATTACKED", "enab_baladi"),
    ("وقالت مصادر محلية لمراسل \"وفا\" إن قوات الاحتلال اقتحمت مخيم جنين.", "ENTERED", "wafa"),
    ("انسحب الجيش السوداني من مدينة بارا بعد معارك استمرت يومين، على ما أفادت مراسلة قناة الجزيرة.",
     "WITHDREW_FROM", "al_jazeera"),
    ("قصفت مسيرة تركية قرية سركلي في قضاء العمادية، وفق ما أفاد مراسل كوردستان24 في دهوك.", "ATTACKED", "kurdistan_24"),
    ("قصفت مسيرة تركية محيط سد تشرين، بحسب ما أفاد الهلال الأحمر الكردي.", "ATTACKED", "kurdish_red_crescent"),
], ids=["observed-by-the-correspondent", "relayed-by-the-correspondent", "told-to-the-correspondent",
        "a-woman-correspondent", "kurdish-channel", "kurdish-red-crescent"])
def test_the_outlet_of_a_correspondent_is_credited(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


def test_a_correspondent_who_only_meets_credits_nothing(extract_text):
    text = "والتقى مراسل الجزيرة في مدينة الأبيض نازحين فروا بعد أن قصفت قوات الدعم السريع مدينة بارا."
    x = extract_text(text)
    assert all(c.provenance.attributed_to is None for c in x.claims)
