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


# --- a region named after its city (محافظة حماة) and the city's bare name

def _ids_of(r, text):
    return {m.entity_id for m in r.mentions if m.text == text and m.source != "nested"}


def test_a_bare_city_name_is_the_governorate_the_article_names_after_it(resolve_text):
    r = resolve_text("وبسطت قوات المعارضة سيطرتها على محافظة حماة. وقال سكان إن الهدوء عاد إلى حماة مساء الأحد.")
    assert _ids_of(r, "حماة") == _ids_of(r, "محافظة حماة") and all(
        m.type == "Region" for m in r.mentions if m.text == "حماة" and m.source != "nested")


def test_a_bare_state_name_after_a_state_cue_is_the_state(resolve_text):
    r = resolve_text("وقصفت قوات الدعم السريع مواقع في ولاية كسلا. وأكد والي كسلا أن الوضع مستقر.")
    assert _ids_of(r, "كسلا") == _ids_of(r, "ولاية كسلا")


def test_a_city_the_article_names_as_a_city_keeps_its_bare_name(resolve_text):
    r = resolve_text("وسيطرت قوات المعارضة على محافظة حمص. ودخلت الفصائل مدينة حمص ثم انتشرت في حمص.")
    assert _ids_of(r, "حمص") == {"homs"} and _ids_of(r, "محافظة حمص") != {"homs"}


def test_a_capital_named_as_the_capital_keeps_its_bare_name(resolve_text):
    r = resolve_text("واشتدت المعارك في ولاية الخرطوم. وقال سكان في العاصمة الخرطوم إن القصف استمر، "
                     "وإن الخرطوم بلا كهرباء.")
    assert _ids_of(r, "الخرطوم") == {"khartoum"}


def test_without_a_governorate_a_bare_city_name_stays_the_city(resolve_text):
    r = resolve_text("ودخلت قوات المعارضة إلى حماة صباح الخميس.")
    assert _ids_of(r, "حماة") == {"hamah"}


def test_a_sector_noun_and_a_direction_adjective_name_a_sector(resolve_text):
    r = resolve_text("وقال البيان إن الوحدات دخلت بلدتي رميش ويارون في القطاع الأوسط، وانتشرت بالقطاع الغربي.")
    found = {(m.text, m.type) for m in r.mentions}
    assert ("القطاع الأوسط", "Region") in found and ("القطاع الغربي", "Region") in found
    names = {e.id: e.name_en for e in r.entities}
    assert names[next(m.entity_id for m in r.mentions if m.text == "القطاع الأوسط")] == "Central Sector"


def test_a_sector_noun_without_a_direction_is_no_sector(resolve_text):
    r = resolve_text("وقال مسؤولون إن القطاع الصحي في غزة انهار.")
    assert not any(m.text.startswith("القطاع الصحي") for m in r.mentions)


def test_a_known_town_and_a_qualifier_name_a_place_of_its_own(resolve_text):
    r = resolve_text("وتقدمت الفصائل نحو أحياء في حمص الجديدة، واستهدفت المدفعية منازل شرقي بيت لاهيا البلد.")
    found = {m.text: m.entity_id for m in r.mentions}
    assert found.get("حمص الجديدة", "").startswith("name:") and found.get("بيت لاهيا البلد", "").startswith("name:")
    assert "حمص" not in found


def test_a_qualifier_after_a_town_in_a_construct_describes_the_head(resolve_text):
    r = resolve_text("وقالت الحكومة إن إدارة دمشق الجديدة ستعلن قرارات.")
    assert [m.entity_id for m in r.mentions if m.text == "دمشق"] == ["damascus"]


def test_a_direction_after_in_names_a_region_even_after_a_place(resolve_text):
    r = resolve_text("وسقط صاروخ على مدينة صفد في شمال إسرائيل، وسقط آخر على بلدة كرمئيل شمال إسرائيل.")
    regions = [m.text for m in r.mentions if m.type == "Region"]
    assert regions == ["شمال إسرائيل"]          # (the second direction locates the town: no region)


def test_a_landform_word_before_a_known_town_starts_another_place(resolve_text):
    r = resolve_text("وسقطت قذائف في رأس بعلبك مساء الجمعة.")
    found = {m.text: (m.entity_id, m.type) for m in r.mentions}
    assert found.get("رأس بعلبك", ("", ""))[0].startswith("name:") and "بعلبك" not in found


def test_a_head_word_before_a_non_place_is_no_landform(resolve_text):
    r = resolve_text("وقالت الحكومة إن رأس النظام غادر دمشق.")
    assert not any(m.text.startswith("رأس") for m in r.mentions)


def test_the_country_said_as_the_land_is_no_village(resolve_text):
    r = resolve_text("وقال الجيش اليمني إن المعارك تدور في محافظة مأرب شمالي البلاد.")
    assert not any(m.text == "البلاد" for m in r.mentions)
