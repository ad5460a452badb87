"""Our own sentences: the construct nouns of a region's own government (حكومة، سلطات) right before
a region kg found, named or read back (سلطات الإقليم after إقليم كردستان), name that region's
government: the registry's, named with any of these heads and any name of the region, else one
node per region (authority:<region id>); it is credited for what it reports."""
from __future__ import annotations

import pytest


def _governments(x):
    return {m.entity_id for m in x.mentions if m.type == "Government"}


def test_authorities_of_the_region_read_back(extract_text):
    x = extract_text("وسقطت طائرات مسيرة على مواقع في إقليم كردستان العراق، بحسب ما أفادت سلطات الإقليم.")
    assert "kurdistan_regional_government" in _governments(x), [(m.text, m.type, m.entity_id) for m in x.mentions]


def test_a_named_region_s_government_the_registry_knows_by_another_head(extract_text):
    x = extract_text("وأكدت حكومة إقليم كردستان أن الطائرات التركية قصفت قرى في دهوك.")
    assert "kurdistan_regional_government" in _governments(x), [(m.text, m.type, m.entity_id) for m in x.mentions]


@pytest.mark.parametrize("text, eid", [
    ("وقالت حكومة إقليم بلوشستان إن مسلحين هاجموا حافلة قرب مدينة كويتا.", "authority:balochistan_pk"),
    ("وأعلنت سلطات إقليم بلوشستان أن الجيش قتل مسلحين قرب مدينة تربت.", "authority:balochistan_pk"),
], ids=["government", "authorities"])
def test_a_region_s_government_the_registry_lacks(extract_text, text, eid):
    x = extract_text(text)
    assert eid in _governments(x), [(m.text, m.type, m.entity_id) for m in x.mentions]


def test_the_region_s_government_is_credited(extract_text):
    x = extract_text("وقصف الحرس الثوري مقار في إقليم كردستان العراق، وفق ما أعلنت سلطات الإقليم.")
    assert "kurdistan_regional_government" in {c.provenance.attributed_to for c in x.claims}, \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]


@pytest.mark.parametrize("text", [
    "وعاد المسؤول إلى إقليم كردستان بعد زيارة قصيرة.",
    "وقالت الحكومة إن إقليم بلوشستان يشهد هدوءا.",
], ids=["region-alone", "government-not-right-before"])
def test_no_regional_government_without_its_head(extract_text, text):
    x = extract_text(text)
    assert not [m for m in x.mentions if m.entity_id.startswith("authority:")
                or m.entity_id == "kurdistan_regional_government"], [(m.text, m.entity_id) for m in x.mentions]


def test_a_region_s_forces_are_no_government(extract_text):
    x = extract_text("وقالت حكومة ولاية بونتلاند إن قوات بونتلاند سيطرت على قرية في جبال كال مسكاد.")
    ids = {m.text: m.entity_id for m in x.mentions}
    assert ids.get("حكومة ولاية بونتلاند") == "puntland_government", ids
    assert ids.get("قوات بونتلاند") == "puntland_security_force", ids
