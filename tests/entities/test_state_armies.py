"""A state's own forces described without its name (قال الجيش، القوات الحكومية) in a story about
a state the registry has no army description for: that state's army (our own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, iso", [
    ("هاجم مسلحون قرية في شمال موزمبيق. وقال الجيش إنه صد الهجوم، وأضاف أن القوات الحكومية تلاحق المهاجمين.", "MZ"),
    ("اندلعت معارك قرب بلدة في أوغندا. وأكد الجيش أن قواته استعادت السيطرة على البلدة.", "UG"),
    ("أعلنت الكاميرون حالة التأهب في الشمال. وقالت القوات المسلحة إنها نشرت وحدات إضافية.", "CM"),
], ids=["mozambique", "uganda", "cameroon"])
def test_a_bare_description_is_the_army_of_the_storys_state(resolve_text, text, iso):
    found = {eid for t, eid in _ids(resolve_text(text)) if "الجيش" in t or "القوات" in t}
    assert found == {f"army:{iso}"}


def test_the_bare_description_joins_the_army_named_with_its_adjective(resolve_text):
    r = resolve_text("انتشر الجيش الموزمبيقي في إقليم نياسا بدعم من قوات تنزانية. "
                     "وقال الجيش إن الوضع هادئ في موزمبيق.")
    ids = _ids(r)
    assert ("الجيش الموزمبيقي", "army:MZ") in ids and ("الجيش", "army:MZ") in ids
    assert ("قوات تنزانية", "army:TZ") in ids


def test_another_states_forces_named_alone_leave_the_description_unresolved(resolve_text):
    r = resolve_text("وصلت قوات رواندية إلى موزمبيق. وقال الجيش إن القوافل عبرت الحدود.")
    assert not any(t == "الجيش" for t, _ in _ids(r))


def test_a_description_the_registry_has_for_the_state_stays_the_registrys(resolve_text):
    r = resolve_text("قال الجيش إن وحداته انتشرت في الخرطوم ومدينة أم درمان السودانية.")
    assert ("الجيش", "sudanese_armed_forces") in _ids(r)


def test_government_forces_in_a_state_with_a_registry_army_are_that_army(resolve_text):
    r = resolve_text("انتشرت القوات الحكومية في أحياء البصرة العراقية بعد اشتباكات عشائرية.")
    assert ("القوات الحكومية", "iraqi_army") in _ids(r)


def test_a_description_before_an_adjective_is_left_to_other_passes(resolve_text):
    r = resolve_text("قال مسؤول في موزمبيق إن الجيش الشعبي انسحب من المنطقة.")
    assert not any(eid == "army:MZ" for _, eid in _ids(r))


@pytest.mark.parametrize("text, eid", [
    ("انفجرت عبوة قرب سوق في مدينة بيرا في موزمبيق. وقال قائد الشرطة في بيرا إن التحقيق بدأ.", "police:MZ"),
    ("قتل ثلاثة أشخاص في هجوم بمقديشو في الصومال، بحسب الشرطة.", "somali_police"),
], ids=["new-mozambique", "registry-somalia"])
def test_the_bare_police_noun_is_the_police_of_the_storys_state(resolve_text, text, eid):
    assert ("الشرطة", eid) in _ids(resolve_text(text))


def test_forces_of_the_government_are_the_army_not_the_government(resolve_text):
    r = resolve_text("اندلعت اشتباكات في محافظة تعز اليمنية بين الحوثيين وقوات الحكومة.")
    ids = _ids(r)
    assert ("قوات الحكومة", "yemeni_army") in ids
    assert not any(eid == "yemeni_government" for _, eid in ids)


def test_the_national_army_in_a_somali_story_is_the_somali_army(resolve_text):
    r = resolve_text("شنت حركة الشباب هجوما على بلدة في إقليم شبيلي السفلى الصومالي. "
                     "وقالت السلطات إن قوات الجيش الوطني صدت الهجوم وطاردت المسلحين.")
    assert any(eid == "somali_national_army" and "الجيش الوطني" in t for t, eid in _ids(r)), _ids(r)
