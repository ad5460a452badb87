"""A subject's short name in brackets right after it (بعثة ... (أوصوم)) does not hide the object
that follows it. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("وتدعم بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) الجيش الصومالي في معاركه.",
     ("aussom", "SUPPORTS", "somali_national_army")),
    ("وتدعم بعثة الأمم المتحدة للدعم في ليبيا (أنسميل) حكومة الوحدة الوطنية في مساعيها لتوحيد المؤسسات.",
     ("unsmil", "SUPPORTS", None)),
], ids=["aussom", "unsmil"])
def test_a_bracketed_short_name_after_the_subject_is_passed(extract_text, text, triple):
    claims = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    s, p, o = triple
    assert any(c[0] == s and c[1] == p and (o is None or c[2] == o) for c in claims), claims
