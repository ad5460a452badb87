"""A state's police named by the police noun and a nationality adjective (our own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, surface, eid", [
    ("وأعلنت الشرطة العراقية اعتقال خمسة مطلوبين في البصرة.", "الشرطة العراقية", "police:IQ"),
    ("وقالت قوات الشرطة الليبية إنها أغلقت الطريق الساحلي.", "قوات الشرطة الليبية", "police:LY"),
    ("وفرقت الشرطة السودانية المتظاهرين بالغاز.", "الشرطة السودانية", "sudanese_police"),
], ids=["new-iraq", "forces-libya", "registry-sudan"])
def test_the_police_noun_and_an_adjective_name_the_states_police(resolve_text, text, surface, eid):
    assert (surface, eid) in _ids(resolve_text(text))


def test_the_police_of_one_state_is_one_node_across_its_forms(resolve_text):
    r = resolve_text("وقالت الشرطة العراقية إن الهجوم فشل. وأضافت قوات الشرطة العراقية أن التحقيق مستمر.")
    assert {eid for t, eid in _ids(r) if "الشرطة" in t} == {"police:IQ"}


@pytest.mark.parametrize("text", [
    "قتل عشرات الجنود الماليين في هجوم على معسكر للجيش.",
    "وانتشرت القوات المالية في مدينة تمبكتو.",
    "وأصيب جنود ماليون في كمين.",
])
def test_an_adjective_that_is_also_a_common_word_names_the_army_after_an_army_head(resolve_text, text):
    """الماليين after الجنود is Malian (elsewhere المالي is financial): Mali's army."""
    assert "malian_armed_forces" in {m.entity_id for m in resolve_text(text).mentions}


def test_the_common_word_alone_names_no_state(resolve_text):
    mentions = resolve_text("وقدمت فرنسا الدعم المالي للحكومة.").mentions
    assert not [m for m in mentions if m.entity_id in ("mali", "malian_armed_forces")]
