"""A fleet or a naval/air district with an ordinal names a unit of the force it is attached to:
الأسطول السابع للبحرية الأمريكية، المنطقة البحرية الثانية للحرس الثوري (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("وأبحرت حاملة طائرات من الأسطول السابع نحو بحر الصين الجنوبي.", "الأسطول السابع"),
    ("وأجرت المنطقة البحرية الثانية مناورات قرب جزيرة قشم.", "المنطقة البحرية الثانية"),
    ("ونفذت المنطقة الجوية الرابعة طلعات استطلاع فوق الحدود.", "المنطقة الجوية الرابعة"),
])
def test_a_fleet_or_district_with_an_ordinal_names_a_unit(resolve_text, text, name):
    from kg.language.names import TYPES
    assert (name, TYPES.state_force) in [(m.text, m.type) for m in resolve_text(text).mentions]


def test_a_fleet_without_an_ordinal_names_nothing(resolve_text):
    assert not [m for m in resolve_text("وقال الخبير إن الأسطول يحتاج إلى تحديث.").mentions if "الأسطول" in m.text]


def _claims(extract_text, text):
    x = extract_text(text)
    names = {e.id: e.name for e in x.entities}
    return {(names[c.subject], c.predicate, names[c.object]) for c in x.claims}


def test_a_fleet_of_a_navy_is_part_of_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وأعلن الأسطول السابع للبحرية الأمريكية تسيير دوريات قرب تايوان.")
    assert ("الأسطول السابع", RELATIONS.part_of, "البحرية الأمريكية") in got


def test_the_commander_of_a_naval_district_leads_it(extract_text):
    from kg.language.names import RELATIONS
    got = _claims(extract_text, "وصرح قائد المنطقة البحرية الثانية للحرس الثوري، العميد حسين آزاد، بأن الزوارق جاهزة.")
    assert ("حسين آزاد", RELATIONS.leads, "المنطقة البحرية الثانية") in got
    assert ("المنطقة البحرية الثانية", RELATIONS.part_of, "الحرس الثوري الإيراني") in got
