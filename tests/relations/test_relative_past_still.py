"""النقاط الخمس التي لا تزال تحتلها / المدينة التي ما زالت تحتلها القوات: a verb of still being
between the relative word and the verb leaves the pronoun the head of the relative clause; an
unnamed head is no earlier place (our own sentences)."""
from __future__ import annotations

from tests.relations.helpers import named_claims


def test_an_unnamed_head_past_still_is_no_earlier_place(extract_text):
    got = named_claims(extract_text, "ودخل الجيش اللبناني بلدة الناقورة، فيما دعا الرئيس عون فرنسا إلى الضغط على "
                                "إسرائيل للانسحاب من النقاط الخمس التي لا تزال تحتلها.")
    assert not [c for c in got if c[1] == "CAPTURED"]
    assert ("الجيش اللبناني", "ENTERED", "الناقورة") in got


def test_a_named_head_past_still_is_held(extract_text):
    got = named_claims(extract_text, "وقال إن مدينة القنيطرة التي ما زالت تحتلها القوات الإسرائيلية تعاني.")
    assert any(c[1] == "CAPTURED" and c[2] == "القنيطرة" for c in got)
