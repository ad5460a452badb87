"""A numbered or ordinal unit goes on through its arm of service, one word or two, and then
names the unit itself, not its base (our own sentences): اللواء 141 مشاة، الفرقة الأولى مدرعات،
اللواء 17 مشاة ميكانيكي، الكتيبة 5 دفاع جوي; inside a site's name too (مقر الفرقة 22 مشاة)."""
from __future__ import annotations

import pytest


def _mentions(resolved):
    return {m.text: m.type for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("وأعلن اللواء 312 مشاة صد هجوم على مواقعه.", "اللواء 312 مشاة"),
    ("وتقدمت الفرقة الثالثة مدرعات نحو أطراف المدينة.", "الفرقة الثالثة مدرعات"),
    ("وانتشرت عناصر اللواء 61 مشاة ميكانيكي على الشريط الحدودي.", "اللواء 61 مشاة ميكانيكي"),
    ("وقالت الكتيبة 7 دفاع جوي إنها أسقطت طائرة مسيرة.", "الكتيبة 7 دفاع جوي"),
    ("وشاركت الكتيبة 45 مغاوير في العملية.", "الكتيبة 45 مغاوير"),
], ids=["number-infantry", "ordinal-armour", "two-arms", "two-word-arm", "commandos"])
def test_a_unit_keeps_its_arm_of_service_and_is_a_force(resolve_text, text, name):
    from kg.language.names import TYPES
    found = _mentions(resolve_text(text))
    assert found.get(name) == TYPES.state_force, found


def test_a_site_of_a_unit_keeps_the_arm_too(resolve_text):
    from kg.language.names import TYPES
    found = _mentions(resolve_text("وسيطر المهاجمون على مقر الفرقة 16 مشاة بعد حصار طويل."))
    assert found.get("مقر الفرقة 16 مشاة") == TYPES.facility, found


def test_a_numbered_brigade_without_an_arm_stays_its_base(resolve_text):
    from kg.language.names import TYPES
    found = _mentions(resolve_text("وانسحبت القوات من اللواء 93 قرب عين عيسى."))
    assert found.get("اللواء 93") == TYPES.facility, found


def test_the_arm_reader_stops_at_other_words(sentence, cues):
    from kg.entities.cues import unit_arm_end
    tokens = sentence("اللواء 61 مشاة ميكانيكي إلى الحدود").tokens
    assert unit_arm_end(tokens, 2, cues) == 4
    tokens = sentence("الفرقة 54 إلى ريف إدلب").tokens
    assert unit_arm_end(tokens, 2, cues) == 2
