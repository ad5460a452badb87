"""kg.entities.regions: countryside regions and the parts of a country a direction names."""
from __future__ import annotations

from kg.entities.regions import countryside_spans, direction_region_spans


def test_the_countryside_of_a_city_with_a_direction_is_one_region(registry, cues, known):
    s, spans, _nested = known("تدور اشتباكات عنيفة في ريف حلب الغربي منذ الصباح.")
    found, records = countryside_spans(s, spans, registry, cues)
    assert [(x.entity_id, x.type) for x in found] == [("countryside:aleppo:الغربي", "Region")]
    assert records["countryside:aleppo:الغربي"].country == "SY"


def test_the_countryside_written_first_with_lam(registry, cues, known):
    s, spans, _nested = known("تقدمت القوات في الريف الغربي لحلب أمس.")
    found, _records = countryside_spans(s, spans, registry, cues)
    assert [x.entity_id for x in found] == ["countryside:aleppo:الغربي"]


def test_a_direction_before_a_country_is_a_region_of_it(registry, known):
    s, spans, _nested = known("سقطت صواريخ على شمال إسرائيل صباحا.")
    found, records = direction_region_spans(s, spans, registry)
    assert [x.entity_id for x in found] == ["region:شمال:israel"]
    assert records["region:شمال:israel"].name_en.startswith("North")


def test_a_direction_that_locates_a_place_named_before_it_is_no_region(registry, known):
    s, spans, _nested = known("سقطت صواريخ على مدينة حلب شمال سوريا صباحا.")
    found, _records = direction_region_spans(s, spans, registry)
    assert found == []


def test_a_directional_countrysides_english_name_says_its_direction():
    from kg.arabic import normalise
    from kg.entities.regions import countryside_name_en
    assert countryside_name_en("Hama", None) == "Hama countryside"
    assert countryside_name_en("Hama", normalise("الشمالي")) == "Northern Hama countryside"
    assert countryside_name_en("Hama", normalise("الغربية")) == "Western Hama countryside"
    assert countryside_name_en("Hama", normalise("الشمالي الغربي")) == "North-western Hama countryside"
