"""A state's air force and intelligence service named by a head noun and a nationality
adjective (our own sentences): the registry's air force of the state, else one node per state."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, surface, eid", [
    ("وأغار الطيران الباكستاني على مخابئ في ولاية خوست.", "الطيران الباكستاني", "air:PK"),
    ("وقصفت المقاتلات التركية كهوفاً في منطقة هفتانين.", "المقاتلات التركية", "turkish_air_force"),
    ("وحلقت الطائرات الحربية الأردنية فوق الحدود الشمالية.", "الطائرات الحربية الأردنية", "royal_jordanian_air_force"),
    ("وقالت الاستخبارات الباكستانية إنها أحبطت مخططاً في بيشاور.", "الاستخبارات الباكستانية", "intelligence:PK"),
    ("وكشفت المخابرات الأفغانية عن خلية في مزار شريف.", "المخابرات الأفغانية", "intelligence:AF"),
], ids=["new-air-pakistan", "registry-air-turkey", "registry-air-jordan", "intelligence-pakistan",
        "intelligence-afghanistan"])
def test_an_air_force_or_intelligence_head_and_an_adjective_name_the_states_body(resolve_text, text, surface, eid):
    assert (surface, eid) in _ids(resolve_text(text))


def test_indefinite_warplanes_name_no_air_force(resolve_text):
    """طائرات حربية تركية: warplanes, not the force named (the adjective names Turkey)."""
    mentions = resolve_text("وقصفت طائرات حربية تركية مواقع قرب قرية سيدكان.").mentions
    assert not [m for m in mentions if m.entity_id in ("turkish_air_force", "air:TR")]


@pytest.mark.parametrize("text, surface", [
    ("واحتجز الحوثيون السفينة «روبيمار» قبالة ميناء المخا.", "روبيمار"),
    ("واستهدفت مسيرة ناقلة النفط «بلو ستار» في خليج عدن.", "بلو ستار"),
    ("وخطف مسلحون قطار «خيبر ميل» قرب مدينة جهلم.", "خيبر ميل"),
], ids=["ship", "tanker-past-a-word", "train"])
def test_a_quoted_name_after_a_vessel_noun_is_a_facility(resolve_text, text, surface):
    found = [(m.text, m.type) for m in resolve_text(text).mentions]
    assert (surface, "Facility") in found, found
