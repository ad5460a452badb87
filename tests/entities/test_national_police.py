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
