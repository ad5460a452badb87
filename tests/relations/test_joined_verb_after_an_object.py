"""دخلوا قيادة الفرقة 22 وحرروا المدينة / هاجم الجيش مواقع الحركة وسيطر على البلدة: the actor
right before a verb joined by و is the object of the verb before it (past one head noun), so the
joined verb shares that verb's subject (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import named_claims


@pytest.mark.parametrize("text, want", [
    ("وقالت قوات الدعم السريع إن مقاتليها دخلوا قيادة الفرقة 22 وحرروا مدينة بابنوسة بالكامل.",
     ("قوات الدعم السريع", "CAPTURED", "بابنوسة")),
    ("وهاجم الجيش السوداني مواقع قوات الدعم السريع وسيطر على مدينة بارا.",
     ("الجيش السوداني", "CAPTURED", "بارا")),
])
def test_the_joined_verb_takes_the_first_verbs_subject(extract_text, text, want):
    got = named_claims(extract_text, text)
    assert want in got
    assert not [c for c in got if c[1] == want[1] and c[0] != want[0]]


def test_a_verb_of_another_number_is_not_joined_to_it(extract_text):
    got = named_claims(extract_text, "وحاصر الجيش السوري مسلحي تنظيم داعش واقتحموا مدينة تدمر.")
    assert not [c for c in got if c[1] in ("CAPTURED", "ENTERED") and c[0] == "الجيش السوري"]


def test_words_between_the_object_and_the_joined_verb_leave_the_subject_alone(extract_text):
    got = named_claims(extract_text, 'وقال الوزير إن "عناصر من بوكو حرام هاجموا موقع الجيش التشادي"، مؤكدا أن الجنود "ردوا بقوة" وقتلوا عشرات المهاجمين.')
    assert not [c for c in got if c[1] == "KILLED" and c[0] == "بوكو حرام"]
