"""A site named after a man by his ابن/بن name (مستشفى ابن سينا، مستشفى بن رشد، مسجد بن عثمان):
the cue reads the link word and the name after it, a Facility (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name", [
    ("ونقل المصابون إلى مستشفى ابن النفيس في المدينة.", "مستشفى ابن النفيس"),
    ("وتعرض مستشفى ابن البيطار لأضرار جسيمة.", "مستشفى ابن البيطار"),
    ("ونقل المصابون إلى مستشفى بن زهر في المدينة.", "مستشفى بن زهر"),
    ("وقصفت الطائرات محيط مستشفى ابن الأثير.", "مستشفى ابن الأثير"),
    ("واستهدفت الغارة مسجد بن عفان في البلدة.", "مسجد بن عفان"),
], ids=["ibn-then-prep", "ibn-definite", "bin", "sentence-end", "mosque"])
def test_a_site_named_after_an_ibn_name(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.facility) in _found(text, resolve_text)

