"""A spokesman's title may name an operation, with its name in quotes (قال المتحدث باسم عملية
"درع الصحراء" العقيد فلان إن ...): the word of an event (عملية) and the quote there belong to the
title, so the person it names still speaks. Past a comma the verbal noun is what he announces
(وأعلن المتحدث باسم الجيش، اغتيال فلان). Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text", [
    'وقال الناطق باسم عملية "الفجر" اللواء أحمد المسماري إن قوات حكومة الوحدة الوطنية قصفت مدينة غريان.',
    "وقال الناطق باسم عملية «الفجر» اللواء أحمد المسماري، في بيان، إن قوات حكومة الوحدة الوطنية قصفت مدينة غريان.",
    "وأكد المتحدث باسم عملية الفجر اللواء أحمد المسماري أن قوات حكومة الوحدة الوطنية قصفت مدينة غريان.",
], ids=["quoted", "guillemets-and-aside", "bare"])
def test_the_spokesman_of_an_operation_speaks(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED") == {"ahmed_al_mismari"}


def test_a_verbal_noun_past_a_comma_is_what_he_announces(extract_text):
    """وأعلن المتحدث باسم الجيش، اغتيال قائد كتيبة جنين فلان: the comma closes the title, so the
    person after the verbal noun is the one killed, never the speaker."""
    text = "وأعلن المتحدث باسم الجيش الإسرائيلي، اغتيال قائد كتيبة جنين سامر العبدالله في اشتباك داخل المخيم."
    sources = _sources(extract_text, text, "KILLED")
    assert not any(s and "العبدالله" in s for s in sources), sources
