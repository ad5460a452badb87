"""Place names of Spanish and Portuguese shape and criminal groups, on our own sentences: a
foreign article opens a place's name after its cue (بلدة إل تارا، بلدة سان كريستوبال), a
word before a particle of a foreign name is a name even when it looks like an Arabic nisba or
is a common word after a cue that needs a rare one (مقاطعة نورتي دي سانتاندير), and كارتل and
عصابة introduce the name of an armed group (كارتل سينالوا، عصابة "كلان الخليج")."""
from __future__ import annotations

import pytest


def _names(resolved):
    return {(m.text, m.type) for m in resolved.mentions}


@pytest.mark.parametrize("text, surface, etype", [
    ("ودخل الجيش بلدة إل تارا صباح السبت.", "بلدة إل تارا", "City"),
    ("وفر السكان من بلدة سان كريستوبال نحو الجبال.", "بلدة سان كريستوبال", "City"),
    ("ووصل النازحون إلى مدينة كوكوتا، عاصمة مقاطعة نورتي دي سانتاندير.", "مقاطعة نورتي دي سانتاندير", "Region"),
    ("وكانت واشنطن قد صنفت كارتل خاليسكو منظمة إرهابية.", "كارتل خاليسكو", "ArmedGroup"),
    ("وتسيطر عصابة \"كلان الخليج\" على مساحات واسعة من الريف.", "عصابة \"كلان الخليج", "ArmedGroup"),
], ids=["el", "san", "norte-de", "cartel", "gang-quoted"])
def test_foreign_place_names_and_criminal_groups(resolve_text, text, surface, etype):
    found = _names(resolve_text(text))
    assert any(t.startswith(surface) and typ == etype for t, typ in found), found


@pytest.mark.parametrize("text", [
    "وهاجمت عصابة مسلحة القرية ليلا.",
    "ودعا الحزب إلى مقاطعة الانتخابات المقبلة.",
], ids=["gang-described", "boycott"])
def test_descriptions_name_nothing(resolve_text, text):
    assert not [m for m in resolve_text(text).mentions if m.type in ("ArmedGroup", "Region")]
