"""A source named after the claim through لما or على ما (وفقا لما أعلنته الوزارة، على ما أفادت
الشرطة), a statement it issued (طبقا لبيان أصدرته الشبكة), sources of a body after a verb (حسبما
أكدت مصادر في الجيش), a person's statements (بحسب تصريحات فلان), كما and a verb at the sentence's
end (، كما أعلن الجيش.), a titled person after نقلا عن, and a denial whose speaker goes on with a participle of saying or accusing (ونفى الجيش
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
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، طبقا لبيان أصدرته شبكة أطباء السودان.",
     "ATTACKED", "sudan_doctors_network"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، حسبما أكدت مصادر في الجيش السوداني.",
     "ATTACKED", "sudanese_armed_forces"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، بحسب تصريحات مني أركو مناوي.",
     "ATTACKED", "minni_minnawi"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، كما أعلن الجيش السوداني.",
     "ATTACKED", "sudanese_armed_forces"),
    ("قصفت قوات الدعم السريع مدينة الفاشر، ما أدى إلى مقتل عشرة مدنيين، نقلا عن المتحدث باسم الجيش السوداني نبيل عبد الله.",
     "ATTACKED", "nabil_abdallah"),
], ids=["according-to-what-with-li", "as-reported-with-ala", "a-titled-person", "a-statement-it-issued",
        "sources-of-a-body-after-a-verb", "a-persons-statements", "as-announced-by", "relayed-from-a-titled-person"])
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


def test_as_announced_with_words_after_is_a_new_statement(extract_text):
    text = "قصفت قوات الدعم السريع مدينة الفاشر، كما أعلن الجيش السوداني أن قواته استعادت مدينة بارا."
    assert _sources(extract_text, text, "ATTACKED") == {None}


def test_a_claim_before_a_later_denial_is_not_the_deniers(extract_text):
    text = ("وقالت وزارة الصحة السودانية إن قوات الدعم السريع قصفت مدينة الأبيض، فيما نفت حركة العدل "
            "والمساواة ذلك، متهمة الجيش السوداني بقصف مدينة بارا.")
    assert "justice_and_equality_movement" not in _sources(extract_text, text, "ATTACKED")
