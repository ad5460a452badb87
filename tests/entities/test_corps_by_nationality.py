"""A state's corps named by its head and a nationality adjective (الحرس الوطني الكويتي، خفر السواحل
المصرية، حرس الحدود الليبي، قوات الحرس الرئاسي اليمني): one node per state and corps, unless a
registry name covers the phrase (our own sentences)."""
from __future__ import annotations

import pytest


def _found(text, resolve_text):
    return [(m.text, m.type, m.entity_id) for m in resolve_text(text).mentions]


@pytest.mark.parametrize("text, name, eid", [
    ("وشارك الحرس الوطني الكويتي في تمرين مشترك على الحدود.", "الحرس الوطني الكويتي", "national_guard:KW"),
    ("وضبطت قوات الحرس الوطني القطرية شحنة أسلحة.", "قوات الحرس الوطني القطرية", "national_guard:QA"),
    ("وأعلن خفر السواحل الكويتي ضبط زورق يقل مهربين.", "خفر السواحل الكويتي", "coast_guard:KW"),
    ("وأنقذت قوات خفر السواحل المصرية عشرات المهاجرين.", "قوات خفر السواحل المصرية", "coast_guard:EG"),
    ("وأوقف حرس السواحل العماني قاربا للصيد.", "حرس السواحل العماني", "coast_guard:OM"),
    ("وقال حرس الحدود الليبي إنه أحبط عملية تهريب.", "حرس الحدود الليبي", "border_guard:LY"),
    ("وانتشرت قوات الحرس الرئاسي اليمني حول القصر.", "قوات الحرس الرئاسي اليمني", "presidential_guard:YE"),
    ("وتولى الحرس الملكي الأردني تأمين المراسم.", "الحرس الملكي الأردني", "royal_guard:JO"),
], ids=["national-guard", "national-guard-forces-fem", "coast-guard", "coast-guard-forces-fem",
        "coast-guard-haras", "border-guard", "presidential-guard-forces", "royal-guard"])
def test_a_corps_with_a_nationality_is_that_states_corps(resolve_text, text, name, eid):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force, eid) in _found(text, resolve_text)


@pytest.mark.parametrize("text, eid", [
    ("وأعلن الحرس الوطني التونسي مقتل مسلحين في الجبال.", "tunisian_national_guard"),
    ("وقال حرس الحدود الإسرائيلي إنه اعتقل شابين.", "israel_border_police"),
], ids=["registry-national-guard", "registry-border-police"])
def test_a_registry_corps_keeps_its_node(resolve_text, text, eid):
    assert any(e == eid for _, _, e in _found(text, resolve_text))


def test_a_corps_without_a_nationality_makes_no_state_node(resolve_text):
    assert not any(":" in e and e.split(":")[0] == "coast_guard"
                   for _, _, e in _found("وأنقذ خفر السواحل قاربا في عرض البحر.", resolve_text))
