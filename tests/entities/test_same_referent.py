"""kg.entities.same_referent: a new name that is a short form of one other name of the article
(its head dropped, its head alone, a middle name left out, the place it is "in" left out, a
preposition left on it) is that entity; a state's head with a nationality adjective is the state.
Our own sentences' names, the mentions built by hand."""
from __future__ import annotations

import pytest

from kg.entities.names import bare_words as w
from kg.entities.same_referent import (body_without_its_country, glued_preposition, head_alone,
                                       merge_shorter_forms, name_without_its_head,
                                       person_without_middle_name, state_by_its_adjective)
from kg.types import EntityRecord, Mention


@pytest.mark.parametrize("short, long", [
    ("الكرمان", "جبل الكرمان"),          # تمركزوا على جبل الكرمان ... قصفوا الكرمان
    ("العاصي", "نهر العاصي"),            # عبروا نهر العاصي ... عبر العاصي
    ("البرق", "قوة البرق"),              # وحدات من قوة البرق ... البرق ستبقى
    ("الشعلة", "قاعدة الشعلة"),
    ("زمزم", "وادي زمزم"),
    ("الحمرا", "إقليم الحمرا"),
])
def test_a_name_without_its_landform_or_unit_head_is_that_name(short, long):
    assert name_without_its_head(w(short), w(long), "City", "Region")


@pytest.mark.parametrize("short, long", [
    ("درعا", "محافظة درعا"),             # the governorate and the city are two places
    ("حلب", "ريف حلب"),
    ("جنين", "مخيم جنين"),
    ("رفح", "معبر رفح"),
    ("الكرمان", "جبل الكرمان الغربي"),   # a longer name: no
])
def test_a_town_beside_the_region_or_site_named_after_it_stays_a_town(short, long):
    assert not name_without_its_head(w(short), w(long), "City", "Region")


@pytest.mark.parametrize("short, long", [
    ("البحيرة", "بحيرة ألبرت"),          # وصلوا إلى بحيرة ألبرت ... جابت الزوارق البحيرة
    ("النهر", "نهر العاصي"),
    ("الجبل", "جبل الكرمان"),
    ("للبحيرة", "بحيرة ألبرت"),
    ("الوادي", "وادي زمزم"),
])
def test_the_head_alone_is_the_place_named_with_it(short, long):
    assert head_alone(w(short), w(long), "Region", "Region")


@pytest.mark.parametrize("short, long", [
    ("المدينة", "مدينة حلب"),            # (the anaphors' business, not a name's)
    ("البحيرة", "جبل الكرمان"),
    ("بحيرة", "بحيرة ألبرت"),            # no article: no
])
def test_another_head_or_a_town_head_alone_is_not(short, long):
    assert not head_alone(w(short), w(long), "Region", "Region")


def test_a_person_without_the_fathers_name_is_the_person_named_in_full():
    assert person_without_middle_name(w("عبدالله الزهراني"), w("عبدالله محمد الزهراني"), "Person", "Person")
    assert person_without_middle_name(w("سالم بن عمر"), w("سالم أحمد بن عمر"), "Person", "Person")


@pytest.mark.parametrize("short, long", [
    ("عبدالله الزهراني", "عبدالله محمد العتيبي"),     # another family
    ("محمد الزهراني", "عبدالله محمد الزهراني"),       # another given name
    ("عبدالله", "عبدالله الزهراني"),                  # a given name alone: the family names' pass
])
def test_another_person_is_not_the_person_named_in_full(short, long):
    assert not person_without_middle_name(w(short), w(long), "Person", "Person")


def test_a_body_without_the_place_it_is_in_is_that_body():
    assert body_without_its_country(w("حركة التحرير الوطني"), w("حركة التحرير الوطني في أزواد"),
                                    "ArmedGroup", "ArmedGroup")
    assert body_without_its_country(w("المجلس العسكري"), w("المجلس العسكري في شمال كردفان"),
                                    "Organization", "Organization")
    assert not body_without_its_country(w("حركة التحرير الوطني"), w("حركة التحرير الوطني في أزواد"),
                                        "ArmedGroup", "Organization")
    assert not body_without_its_country(w("ريف حلب"), w("ريف حلب في سوريا"), "Region", "Region")


def test_a_name_with_its_preposition_glued_on_is_the_name():
    assert glued_preposition(w("بتمنراست"), w("تمنراست"), "City", "Region")
    assert glued_preposition(w("لكسلا"), w("ولاية كسلا"), "City", "Region")
    assert not glued_preposition(w("بتمنراست"), w("قناة تمنراست"), "City", "MediaOutlet")


def _m(eid, type_, text, sentence=0, source="cue"):
    return Mention("t", sentence, 0, len(text), text, eid, type_, source, 0, len(text.split()))


def test_the_pass_joins_the_short_name_to_the_one_long_name(registry):
    entities = {"name:جبل_الكرمان": EntityRecord("name:جبل_الكرمان", "Region", "جبل الكرمان"),
                "name:الكرمان": EntityRecord("name:الكرمان", "City", "الكرمان")}
    mentions = [_m("name:جبل_الكرمان", "Region", "جبل الكرمان"), _m("name:الكرمان", "City", "الكرمان", 1, "ner")]
    out = merge_shorter_forms(mentions, entities, registry)
    assert {m.entity_id for m in out} == {"name:جبل_الكرمان"} and all(m.type == "Region" for m in out)
    assert "name:الكرمان" not in entities


def test_a_short_name_that_fits_two_long_names_stays_as_it_is(registry):
    entities = {"name:جبل_الكرمان": EntityRecord("name:جبل_الكرمان", "Region", "جبل الكرمان"),
                "name:وادي_الكرمان": EntityRecord("name:وادي_الكرمان", "Region", "وادي الكرمان"),
                "name:الكرمان": EntityRecord("name:الكرمان", "City", "الكرمان")}
    mentions = [_m("name:جبل_الكرمان", "Region", "جبل الكرمان"), _m("name:وادي_الكرمان", "Region", "وادي الكرمان"),
                _m("name:الكرمان", "City", "الكرمان", 1, "ner")]
    assert merge_shorter_forms(mentions, entities, registry) == mentions


def test_an_anaphor_of_a_new_name_is_no_short_form_of_another(registry):
    """منطقة الحمرا ... الإقليم (an anaphor resolved to it) beside إقليم كابو: no merge."""
    entities = {"name:الحمرا": EntityRecord("name:الحمرا", "Region", "منطقة الحمرا"),
                "name:اقليم_كابو": EntityRecord("name:اقليم_كابو", "Region", "إقليم كابو")}
    mentions = [_m("name:الحمرا", "Region", "منطقة الحمرا"), _m("name:اقليم_كابو", "Region", "إقليم كابو"),
                _m("name:الحمرا", "Region", "الإقليم", 2, "coreference")]
    assert merge_shorter_forms(mentions, entities, registry) == mentions


@pytest.mark.parametrize("text", ["الدولة التركية", "والدولة التركية", "الجمهورية الفرنسية", "المملكة المغربية"])
def test_a_state_described_by_its_adjective_is_the_country(registry, text):
    eid = "name:" + "_".join(w(text))
    entities = {eid: EntityRecord(eid, "Country", text)}
    [m] = state_by_its_adjective([_m(eid, "Country", text, source="ner")], entities, registry)
    assert registry.entities[m.entity_id].type == "Country" and m.entity_id != eid and eid not in entities


def test_the_islamic_state_is_no_country(registry):
    eid = "name:الدوله_الاسلاميه"
    entities = {eid: EntityRecord(eid, "ArmedGroup", "الدولة الإسلامية")}
    mentions = [_m(eid, "ArmedGroup", "الدولة الإسلامية", source="ner")]
    assert state_by_its_adjective(mentions, entities, registry) == mentions


@pytest.mark.parametrize("short, long", [
    ("قاعدة الوطية", "مطار الوطية"),
    ("قاعدة الوطية", "مطار الوطية الدولي"),
    ("موقع الدبشة", "تلة الدبشة"),
    ("موقع النبأ", "قناة النبأ"),            # an outlet's website and its channel
])
def test_one_name_after_another_word_of_the_same_site_is_that_site(short, long):
    from kg.entities.same_referent import another_site_word
    assert another_site_word(w(short), w(long), "Facility", "Facility")


@pytest.mark.parametrize("short, long", [
    ("تلة الدبشة", "مطار الدبشة"),          # a hill and an airport: two kinds
    ("قاعدة الوطية", "بلدة الوطية"),        # a base and the town it is named after
    ("موقع الدبشة", "موقع الدبشة"),
    ("قاعدة الوطية", "مطار الوطية الجديد"),   # another airport
])
def test_another_kind_of_site_or_a_town_is_not(short, long):
    from kg.entities.same_referent import another_site_word
    assert not another_site_word(w(short), w(long), "Facility", "Facility")


def test_a_bare_name_between_two_words_of_one_site_joins_it_once_they_are_one(registry):
    entities = {eid: EntityRecord(eid, t, name) for eid, t, name in (
        ("name:مطار_الوطيه", "Facility", "مطار الوطية"), ("name:قاعده_الوطيه", "Facility", "قاعدة الوطية"),
        ("name:الوطيه", "City", "الوطية"))}
    mentions = [_m("name:مطار_الوطيه", "Facility", "مطار الوطية"), _m("name:قاعده_الوطيه", "Facility", "قاعدة الوطية", 1),
                _m("name:الوطيه", "City", "الوطية", 2, "ner")]
    assert {m.entity_id for m in merge_shorter_forms(mentions, entities, registry)} == {"name:مطار_الوطيه"}


def test_two_registry_places_of_one_name_are_the_one_of_the_articles_country(registry):
    from kg.entities.same_referent import one_place_per_name
    entities = {e: registry.entities[e] for e in ("rafah", "rafah_350350")}
    mentions = [_m("rafah_350350", "City", "مدينة رفح", 0, "registry"), _m("rafah", "City", "رفح", 2, "registry"),
                _m("rafah", "City", "رفح", 3, "registry")]
    out = one_place_per_name(mentions, entities, registry, "PS")
    assert {m.entity_id for m in out} == {"rafah"} and "rafah_350350" not in entities
    out = one_place_per_name(mentions, dict(entities), registry, "EG")
    assert {m.entity_id for m in out} == {"rafah_350350"}
    out = one_place_per_name(mentions, dict(entities), registry, None)      # no country: the one named most
    assert {m.entity_id for m in out} == {"rafah"}
