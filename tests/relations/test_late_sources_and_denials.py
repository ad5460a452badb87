"""A source named after the claim through لما or على ما (وفقا لما أعلنته الوزارة، على ما أفادت
الشرطة), and a denial whose speaker goes on with a participle of saying or accusing (ونفى الجيش
ذلك، متهما الحركة بقصف البلدة): the speaker is credited with what the participle says, never
with the denied clause alone. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, relation, source", [
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، وذلك وفقا لما أعلنته وزارة الصحة السودانية.",
     "ATTACKED", "sudanese_ministry_of_health"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، على ما أفادت الشرطة السودانية.",
     "ATTACKED", "sudanese_police"),
    ("هاجمت حركة الشباب فندقا في مقديشو، طبقا لما ذكره المتحدث باسم الحكومة السودانية خالد الإعيسر.",
     "ATTACKED", "khalid_al_eisir"),
], ids=["according-to-what-with-li", "as-reported-with-ala", "a-titled-person"])
def test_a_source_after_the_claim(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


@pytest.mark.parametrize("text, relation, source", [
    ("ونفى الجيش السوداني في بيان أن يكون قد قصف مدينة الفاشر، متهما قوات الدعم السريع بقصف مدينة الأبيض.",
     "ATTACKED", "sudanese_armed_forces"),
    ("ونفت حركة العدل والمساواة أن تكون قواتها قد انسحبت من مدينة بارا، مؤكدة أن الجيش السوداني قصف مدينة الأبيض.",
     "ATTACKED", "justice_and_equality_movement"),
    ("ونفت حركة العدل والمساواة ذلك، مشيرة إلى أن الجيش السوداني قصف مدينة الأبيض.",
     "ATTACKED", "justice_and_equality_movement"),
], ids=["accusing", "asserting", "pointing-out"])
def test_a_denier_goes_on_to_claim(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


def test_a_claim_before_a_later_denial_is_not_the_deniers(extract_text):
    text = ("وقالت وزارة الصحة السودانية إن قوات الدعم السريع قصفت مدينة الأبيض، فيما نفت حركة العدل "
            "والمساواة ذلك، متهمة الجيش السوداني بقصف مدينة بارا.")
    assert "justice_and_equality_movement" not in _sources(extract_text, text, "ATTACKED")
