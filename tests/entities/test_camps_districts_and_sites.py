"""kg.entities.same_referent: a new name that is a camp's or a district's name without its head
(مخيم X، قضاء X) is that camp or district; a site word before a place's whole name (موقع تلة X)
is that place. A capital standing for its state is never one ministry of it
(kg.entities.context.resolve_metonyms). Our own sentences."""
from __future__ import annotations

import pytest

from kg.entities.names import bare_words as w
from kg.entities.same_referent import a_site_of_a_named_place, area_without_its_head, merge_shorter_forms
from kg.types import EntityRecord, Mention


@pytest.mark.parametrize("short, long", [
    ("الزيتونة", "مخيم الزيتونة"),        # اقتحموا مخيم الزيتونة ... قرب دوار الزيتونة
    ("الكرمة", "قضاء الكرمة"),            # اشتباكات في قضاء الكرمة ... وصلت التعزيزات إلى الكرمة
])
def test_a_new_name_without_the_head_of_its_camp_or_district_is_that_place(short, long):
    assert area_without_its_head(w(short), w(long), "City", "Region")


@pytest.mark.parametrize("short, long", [
    ("الزيتونة", "مخيمات الزيتونة"),      # no such head
    ("الزيتونة", "مخيم الزيتونة الجديد"),  # a longer name
    ("الكرمة", "محافظة الكرمة"),          # a governorate: regions_for_cities' business
])
def test_another_head_or_a_longer_name_is_not(short, long):
    assert not area_without_its_head(w(short), w(long), "City", "Region")


def test_a_site_word_before_a_places_whole_name_is_that_place():
    assert a_site_of_a_named_place(w("موقع تلة الصنوبر"), w("تلة الصنوبر"), "Facility", "Region")
    assert not a_site_of_a_named_place(w("مقر تلة الصنوبر"), w("تلة الصنوبر"), "Facility", "Region")
    assert not a_site_of_a_named_place(w("موقع تلة الصنوبر"), w("تلة الصنوبر"), "Facility", "MediaOutlet")


def _m(eid, type_, text, sentence=0, source="cue"):
    return Mention("t", sentence, 0, len(text), text, eid, type_, source, 0, len(text.split()))


def test_the_pass_joins_a_new_bare_name_to_its_camp(registry):
    entities = {"name:مخيم_الزيتونه": EntityRecord("name:مخيم_الزيتونه", "City", "مخيم الزيتونة"),
                "name:الزيتونه": EntityRecord("name:الزيتونه", "City", "الزيتونة")}
    mentions = [_m("name:مخيم_الزيتونه", "City", "مخيم الزيتونة"), _m("name:الزيتونه", "City", "الزيتونة", 2, "ner")]
    out = merge_shorter_forms(mentions, entities, registry)
    assert {m.entity_id for m in out} == {"name:مخيم_الزيتونه"} and "name:الزيتونه" not in entities


def test_the_hill_and_the_site_on_it_are_one_node(registry):
    entities = {"name:تله_الصنوبر": EntityRecord("name:تله_الصنوبر", "Region", "تلة الصنوبر"),
                "name:موقع_تله_الصنوبر": EntityRecord("name:موقع_تله_الصنوبر", "Facility", "موقع تلة الصنوبر")}
    mentions = [_m("name:تله_الصنوبر", "Region", "تلة الصنوبر"),
                _m("name:موقع_تله_الصنوبر", "Facility", "موقع تلة الصنوبر", 3)]
    out = merge_shorter_forms(mentions, entities, registry)
    assert {m.entity_id for m in out} == {"name:تله_الصنوبر"} and all(m.type == "Region" for m in out)


def test_a_registered_town_beside_its_camp_keeps_its_node(resolve_text):
    r = resolve_text("اقتحمت القوات مخيم جنين صباح اليوم. وانتشر القناصة في مدينة جنين.")
    assert {m.entity_id for m in r.mentions if m.text.endswith("جنين") and m.source != "nested"} == {"jenin_camp", "janin"}


def test_a_capital_standing_for_its_state_is_the_state_not_a_ministry_named_before(resolve_text):
    r = resolve_text("وقال المتحدث باسم وزارة الخارجية المصرية إن الحوار مستمر. "
                     "ويرى محللون أن القاهرة تراقب الموقف بحذر، مع رفض القاهرة للاتفاق.")
    assert {m.entity_id for m in r.mentions if m.text == "القاهرة"} == {"egypt"}


def test_a_bare_description_of_a_force_named_in_full_with_its_adjective_is_that_force(registry):
    from kg.entities.same_referent import descriptions_of_a_named_force
    entities = {e: registry.entities[e] for e in ("houthis", "yemeni_army")}
    mentions = [_m("houthis", "ArmedGroup", "القوات المسلحة اليمنية", 0, "registry"),
                _m("yemeni_army", "StateForce", "القوات المسلحة", 2, "generic"),
                _m("yemeni_army", "StateForce", "وللقوات المسلحة", 4, "generic")]
    out = descriptions_of_a_named_force(mentions, entities, registry)
    assert {m.entity_id for m in out} == {"houthis"} and "yemeni_army" not in entities


def test_a_description_no_named_form_fits_keeps_its_reading(registry):
    from kg.entities.same_referent import descriptions_of_a_named_force
    entities = {e: registry.entities[e] for e in ("houthis", "yemeni_army")}
    mentions = [_m("houthis", "ArmedGroup", "الحوثيين", 0, "registry"),
                _m("yemeni_army", "StateForce", "القوات المسلحة", 2, "generic")]
    assert descriptions_of_a_named_force(mentions, entities, registry) == mentions


def test_a_body_named_after_its_genitive_owner_keeps_its_short_form(resolve_text):
    r = resolve_text("وأعلنت القيادة العامة للقوات المسلحة الأردنية صد هجوم على الحدود مع الأراضي السورية. "
                     "وقال مصدر في القيادة العامة إن الاشتباك دام ساعتين.")
    assert {m.entity_id for m in r.mentions if m.text == "القيادة العامة"} == {"jordanian_armed_forces"}


def test_a_country_labelling_the_headline_is_the_storys_country(resolve_text):
    text = ("تشاد: مقتل جنود في هجوم على موقع للجيش\n\n"
            "قتل عشرة جنود من الجيش التشادي في هجوم شنه مسلحون على موقع عسكري، وفق ما أعلنت الحكومة. "
            "وتنشط جماعة بوكو حرام في نيجيريا منذ سنوات، وتهاجم مواقع في ولاية بورنو.")
    r = resolve_text(text)
    assert {m.entity_id for m in r.mentions if m.text == "الحكومة"} == {"chadian_government"}


@pytest.mark.parametrize("text, surface, state", [
    ("بينما تجري عمّان وتل أبيب محادثات سرية حول المياه.", "تل أبيب", "israel"),
    ("واتهمت أنقرة بغداد بإيواء المسلحين على الحدود.", "بغداد", "iraq"),
], ids=["coordinated", "object-after-subject"])
def test_a_capital_after_a_capital_standing_for_its_state_stands_for_its_own(resolve_text, text, surface, state):
    ids = {m.entity_id for m in resolve_text(text).mentions if m.text.endswith(surface)}
    assert ids and all(registry_country(i) == state for i in ids)


def registry_country(eid):
    from kg.registry import load_registry
    reg = load_registry()
    iso = reg.entities[eid].country if eid in reg.entities else None
    return reg.country_entity.get(iso) if reg.entities[eid].type != "Country" else eid


def test_a_capital_after_a_place_word_stays_the_city(resolve_text):
    ids = {m.entity_id for m in resolve_text("وصل الوفد إلى عمّان وبغداد أمس.").mentions if m.text.endswith("بغداد")}
    assert ids == {"baghdad"}


def test_a_bare_description_is_the_body_named_earlier_in_its_sentence(resolve_text):
    r = resolve_text('وقال المتحدث باسم حكومة إقليم كردستان إن "الحكومة ترفض أي تصعيد على الحدود".')
    assert {m.entity_id for m in r.mentions if m.text == "الحكومة"} == {"kurdistan_regional_government"}


def test_a_recognised_place_the_registry_knows_is_that_place(registry):
    from kg.entities.ner import registry_place
    assert registry_place(("كابل",), "City", registry) == "kabul"
    assert registry_place(("كابل",), "Person", registry) is None


def test_a_capital_standing_for_its_state_is_the_new_government_the_article_names(resolve_text):
    r = resolve_text("ودعت الحكومة الكونغولية إلى وقف القتال في الشرق. واتهمت كينشاسا رواندا بدعم المتمردين.")
    gov = {m.entity_id for m in r.mentions if "الحكومة الكونغولية" in m.text}
    assert gov and {m.entity_id for m in r.mentions if m.text == "كينشاسا"} == gov


@pytest.mark.parametrize("text, surface, state", [
    ("وقال رئيس حكومة إقليم كردستان إن الوضع هادئ. وأكدت بغداد أن المفاوضات مستمرة.", "بغداد", "iraq"),
    ("وأعلنت خلية الإعلام الأمني مقتل مسلحين. وأكدت بغداد أن الحدود آمنة.", "بغداد", "iraq"),
], ids=["regional-government", "an-office"])
def test_a_capital_never_stands_for_a_regional_government_or_one_office(resolve_text, text, surface, state):
    assert {m.entity_id for m in resolve_text(text).mentions if m.text == surface} == {state}


def test_a_new_place_of_a_registry_places_name_in_the_article_is_that_place(registry):
    from kg.entities.same_referent import new_name_of_a_registry_place
    entities = {"name:طمون": EntityRecord("name:طمون", "City", "طمون"), "tammun": registry.entities["tammun"]}
    mentions = [_m("name:طمون", "City", "بلدة طمون"), _m("tammun", "City", "طمون", 3, "ner")]
    out = new_name_of_a_registry_place(mentions, entities, registry)
    assert {m.entity_id for m in out} == {"tammun"} and "name:طمون" not in entities


def test_a_new_place_of_another_type_keeps_its_node(registry):
    from kg.entities.same_referent import new_name_of_a_registry_place
    entities = {"name:طمون": EntityRecord("name:طمون", "Facility", "طمون"), "tammun": registry.entities["tammun"]}
    mentions = [_m("name:طمون", "Facility", "طمون"), _m("tammun", "City", "طمون", 3, "registry")]
    assert new_name_of_a_registry_place(mentions, entities, registry) == mentions


def test_a_quoted_vessel_after_its_flag_and_by_its_last_word_is_one_vessel(resolve_text):
    r = resolve_text('استهدف الهجوم حاملة الطائرات "نيميتز". '
                     'وقال المتحدث إن الصواريخ أصابت حاملة الطائرات الأمريكية "تشستر نيميتز" في البحر الأحمر.')
    ids = {(m.entity_id, m.type) for m in r.mentions if "نيميتز" in m.text}
    assert len(ids) == 1 and next(iter(ids))[1] == "Facility"


def test_a_site_by_its_last_word():
    from kg.entities.same_referent import site_by_its_last_word
    assert site_by_its_last_word(w("نيميتز"), w("تشستر نيميتز"), "Facility", "Facility")
    assert not site_by_its_last_word(w("نيميتز"), w("تشستر نيميتز"), "Facility", "Person")
    assert not site_by_its_last_word(w("نيميتز"), w("نيميتز الجديدة"), "Facility", "Facility")



def test_a_cued_village_the_registry_knows_in_the_storys_country_is_that_village(registry):
    from kg.entities.same_referent import new_name_of_a_registry_place
    entities = {"name:ابو_قلقل": EntityRecord("name:ابو_قلقل", "City", "أبو قلقل")}
    mentions = [_m("name:ابو_قلقل", "City", "أبو قلقل")]
    out = new_name_of_a_registry_place(mentions, entities, registry, "SY")
    assert {m.entity_id for m in out} == {"abu_qalqal"} and "abu_qalqal" in entities
    assert new_name_of_a_registry_place(mentions, dict(entities), registry, "EG") == mentions
