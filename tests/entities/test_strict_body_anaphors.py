"""kg.entities.coreference: strict definite heads (الجبهة، الجهاز) name back the one body the
article named with that head, and nothing when it named none or two, or when an adjective
after the head makes it another body's name (own sentences)."""
from __future__ import annotations

import pytest

from kg.entities.coreference import anaphor_spans
from kg.types import Mention


def _named(entity_id, type_, text, sentence=0, source="registry"):
    return Mention("t", sentence, 0, len(text), text, entity_id, type_, source, 0, 1)


FRONT = _named("name:جبهه_الخلاص", "ArmedGroup", "جبهة الخلاص")
APPARATUS = _named("name:جهاز_حمايه_المنشات", "ArmedGroup", "جهاز حماية المنشآت")
OTHER_APPARATUS = _named("name:جهاز_الامن_الداخلي", "StateForce", "جهاز الأمن الداخلي")


@pytest.mark.parametrize("text, head", [
    ("وقال زعيم الجبهة في بيان إن الهدنة انتهت.", "الجبهة"),            # genitive after a title
    ("وهاجمت الجبهة مواقع الجيش قرب الحدود.", "الجبهة"),                # subject of a verb
    ("واعتقلت الشرطة ثلاثة من عناصر الجبهة أمس.", "الجبهة"),             # members of
    ("ونفى الناطق باسم الجبهة مسؤوليتها عن التفجير.", "الجبهة"),          # spokesman of
])
def test_the_front_is_the_one_front_named_before(registry, cues, sentence, text, head):
    s = sentence(text)
    spans = anaphor_spans(s, [], [FRONT], cues, registry, None)
    assert [(s.tokens[x.i].text.endswith(head), x.entity_id) for x in spans] == [(True, FRONT.entity_id)]


@pytest.mark.parametrize("text", [
    "وقصفت عناصر الجهاز مقرا للشرطة.",
    "وقال قائد الجهاز إن قواته انسحبت من الحي.",
    "واتهمت الحكومة الجهاز بخطف موظفين.",                                 # object of a verb
])
def test_the_apparatus_is_the_one_apparatus_named_before(registry, cues, sentence, text):
    s = sentence(text)
    [span] = anaphor_spans(s, [], [APPARATUS], cues, registry, None)
    assert span.entity_id == APPARATUS.entity_id


def test_two_apparatuses_named_before_leave_the_head_unresolved(registry, cues, sentence):
    s = sentence("وقال قائد الجهاز إن قواته انسحبت من الحي.")
    assert anaphor_spans(s, [], [APPARATUS, OTHER_APPARATUS], cues, registry, None) == []


def test_one_body_named_twice_is_still_one(registry, cues, sentence):
    s = sentence("وقال قائد الجهاز إن قواته انسحبت من الحي.")
    [span] = anaphor_spans(s, [], [APPARATUS, APPARATUS], cues, registry, None)
    assert span.entity_id == APPARATUS.entity_id


def test_a_front_with_nothing_named_with_its_head_names_nothing(registry, cues, sentence):
    s = sentence("وتقدمت القوات على الجبهة قرب النهر.")
    group = _named("name:حركه_التحرير", "ArmedGroup", "حركة التحرير")
    assert anaphor_spans(s, [], [group], cues, registry, None) == []


@pytest.mark.parametrize("text", [
    "وأعلنت الجبهة الشعبية مقتل اثنين من مقاتليها.",
    "وقال الجهاز الأمني إن التحقيق مستمر.",
])
def test_a_head_with_a_relational_adjective_is_another_name(registry, cues, sentence, text):
    s = sentence(text)
    assert anaphor_spans(s, [], [FRONT, APPARATUS], cues, registry, None) == []


def test_a_head_written_as_part_of_a_definite_name_counts(registry, cues, sentence):
    """الجبهة الوطنية للتغيير ... وقال زعيم الجبهة: a name that begins with the head and ال."""
    named = _named("name:الجبهه_الوطنيه_للتغيير", "ArmedGroup", "الجبهة الوطنية للتغيير")
    s = sentence("وقال زعيم الجبهة إن المفاوضات فشلت.")
    [span] = anaphor_spans(s, [], [named], cues, registry, None)
    assert span.entity_id == named.entity_id


JOINT_FORCE = _named("name:القوه_المشتركه", "ArmedGroup", "القوة المشتركة")


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم القوة إن مقاتليها صدوا الهجوم.",
    "وأعلنت القوة أنها أسرت عشرين مسلحا.",
    "وانسحب مقاتلو القوة من السوق قبل الفجر.",
])
def test_the_force_is_the_one_force_named_before(registry, cues, sentence, text):
    s = sentence(text)
    [span] = anaphor_spans(s, [], [JOINT_FORCE], cues, registry, None)
    assert span.entity_id == JOINT_FORCE.entity_id


@pytest.mark.parametrize("text", [
    "وفرض المسلحون سيطرتهم على الحي بالقوة.",
    "ورفض الوزير استخدام القوة ضد المحتجين.",
    "وقال إن لغة القوة لن تجدي نفعا.",
    "وحذر من أن موازين القوة تغيرت في الإقليم.",
])
def test_force_as_a_means_names_no_body(registry, cues, sentence, text):
    s = sentence(text)
    assert anaphor_spans(s, [], [JOINT_FORCE], cues, registry, None) == []


MOVEMENT = _named("name:حركه_العداله", "ArmedGroup", "حركة العدالة")
PARTY = _named("name:حزب_العمال", "ArmedGroup", "حزب العمال")


@pytest.mark.parametrize("text", [
    "وقال إن الحركة الإسلامية تقف وراء التحريض.",            # another movement's name
    "وشارك الحزب الديمقراطي في الانتخابات المحلية.",           # another party's name
])
def test_a_group_head_with_its_own_adjective_is_another_body(registry, cues, sentence, text):
    s = sentence(text)
    assert anaphor_spans(s, [], [MOVEMENT, PARTY], cues, registry, None) == []


@pytest.mark.parametrize("text, eid", [
    ("وهو مسؤول عن عمليات الحزب الخارجية منذ سنوات.", PARTY.entity_id),    # the adjective of عمليات
    ("وقال قادة الحركة إنهم لن يسلموا السلاح.", MOVEMENT.entity_id),
    ("وأعلن الحزب مسؤوليته عن الهجوم.", PARTY.entity_id),
])
def test_a_group_head_without_its_own_adjective_names_back(registry, cues, sentence, text, eid):
    s = sentence(text)
    assert [x.entity_id for x in anaphor_spans(s, [], [MOVEMENT, PARTY], cues, registry, None)] == [eid]
