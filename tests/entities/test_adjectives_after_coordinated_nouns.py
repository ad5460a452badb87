"""A body's name of two nouns joined by و keeps the adjectives after them (our own sentences):
مركز الأبحاث والدراسات الأمنية، مركز البحوث والدراسات الاستراتيجية، مركز التوثيق والرصد الحقوقي."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("وحذر مركز الأبحاث والدراسات الأمنية من موجة هجمات جديدة.", "مركز الأبحاث والدراسات الأمنية"),
    ("وأصدر مركز البحوث والدراسات الاستراتيجية تقريره السنوي.", "مركز البحوث والدراسات الاستراتيجية"),
    ("ووثق مركز التوثيق والرصد الحقوقي مقتل عشرة مدنيين.", "مركز التوثيق والرصد الحقوقي"),
], ids=["security", "strategic", "rights"])
def test_the_adjective_after_the_second_noun_is_the_names(resolve_text, text, name):
    assert name in _texts(resolve_text(text))


def test_without_a_conjunct_the_name_ends_as_before(resolve_text):
    found = _texts(resolve_text("وأصدر مركز الدراسات الاستراتيجية تقريرا عن الحرب."))
    assert "مركز الدراسات الاستراتيجية" in found
