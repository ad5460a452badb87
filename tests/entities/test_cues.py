"""kg.entities.cues: names a cue word introduces, lists after a plural cue, speakers."""
from __future__ import annotations

import pytest

from kg.entities import cues as C
from kg.entities.cues import cue_spans, plural_cue_spans, quoted_place_spans, reported_outlet_spans, speaker_spans


def test_a_place_cue_names_a_place_of_its_type(registry, cues, known):
    s, spans, _nested = known("دخلت القوات بلدة كفرنبودة بعد معارك.")
    found, records, replaced = cue_spans(s, spans, registry, cues, "SY")
    assert [(x.entity_id, x.type, x.source) for x in found] == [("name:كفرنبوده", "City", "cue")]
    assert records["name:كفرنبوده"].name == "كفرنبودة" and replaced == {}


def test_a_cue_before_a_known_place_joins_its_mention_without_editing_it(registry, cues, known):
    s, spans, _nested = known("وصلت القوات إلى مدينة إدلب صباحا.")
    before = list(spans)
    found, records, replaced = cue_spans(s, spans, registry, cues, "SY")
    assert found == [] and records == {}
    [(n, span)] = replaced.items()
    assert spans == before, "the pass edits nothing it was given"
    assert span.entity_id == "idlib" and span.i == spans[n].i - 1 and span.j == spans[n].j


def test_a_facility_named_after_a_place_contains_the_place(registry, cues, known):
    s, spans, _nested = known("نقل المعتقلون إلى سجن حمص المركزي أمس.")
    found, records, replaced = cue_spans(s, spans, registry, cues, "SY")
    assert [(x.entity_id, x.type) for x in found] == [("name:سجن_حمص_المركزي", "Facility")]
    [(n, span)] = replaced.items()
    assert spans[n].entity_id == "homs" and span.source == "nested"


def test_a_plural_cue_names_each_place_of_its_list(registry, cues, known):
    s, spans, _nested = known("قصفت المدفعية بلدات عيترون، مركبا وبليدا أمس.")
    found, records = plural_cue_spans(s, spans, registry, cues)
    assert [x.entity_id for x in found] == ["name:عيترون", "name:مركبا", "name:بليدا"]
    assert {x.type for x in found} == {"City"} and set(records) == {x.entity_id for x in found}


def test_the_name_after_a_reporting_verb_is_the_speaker(registry, cues, known):
    s, spans, _nested = known("وقال سامر الحسن، وهو مقاتل، إن القصف توقف.")
    found, records = speaker_spans(s, spans, registry, cues)
    assert [(x.entity_id, x.type) for x in found] == [("name:سامر_الحسن", "Person")]
    s, spans, _nested = known("وقال مصدر عسكري إن القصف توقف.")
    assert speaker_spans(s, spans, registry, cues) == ([], {})


def test_a_quoted_name_where_a_place_is_wanted_is_a_town(registry, known):
    s, spans, _nested = known("واستعادت القوات الحكومية «المنصورة» من المتمردين.")
    found, records = quoted_place_spans(s, spans, registry)
    assert [(x.entity_id, x.type) for x in found] == [("name:المنصوره", "City")]
    s, spans, _nested = known('وانسحب المسلحون من "تل الورد" بعد معارك.')
    assert [x.entity_id for x in quoted_place_spans(s, spans, registry)[0]] == ["name:تل_الورد"]


def test_a_quotation_is_no_place(registry, known):
    s, spans, _nested = known("وقال القائد «إن الوضع هادئ» أمس.")
    assert quoted_place_spans(s, spans, registry) == ([], {})
    s, spans, _nested = known("وكتب على لافتة «النصر لنا» أمس.")
    assert quoted_place_spans(s, spans, registry) == ([], {})


def test_adverbs_and_nicknames_in_quotes_are_no_places(registry, known):
    for text in ("وقصفت الطائرات «عمدا» الأحياء.", "وانسحبت القوات «بشكل آمن» من المنطقة."):
        s, spans, _nested = known(text)
        assert quoted_place_spans(s, spans, registry) == ([], {}), text


def test_an_outlet_cue_after_a_reporting_verb_names_an_outlet(registry, cues, known):
    s, spans, _nested = known("وذكرت شبكة عين الوادي أن القوات انسحبت من البلدة.")
    found, records = reported_outlet_spans(s, spans, registry, cues)
    assert [(x.entity_id, x.type) for x in found] == [("name:شبكه_عين_الوادي", "MediaOutlet")]
    assert records["name:شبكه_عين_الوادي"].name == "شبكة عين الوادي"


def test_an_outlet_described_but_not_named_is_no_name(registry, cues, known):
    for text in ("وذكر موقع عسكري أن القوات انسحبت.", "وقالت صحيفة سورية إن القوات انسحبت.",
                 "وقصفت القوات موقع الجيش أن صح التعبير."):
        s, spans, _nested = known(text)
        assert reported_outlet_spans(s, spans, registry, cues) == ([], {}), text


def test_a_title_before_a_body_names_no_person(registry, cues, known):
    for text in ("وقال رئيس اتحاد الفلاحين إن الموسم جيد.", "وأكد مدير مكتب الإغاثة أن القوافل وصلت.",
                 "وأشار عضو مجلس الشورى إلى الأزمة."):
        s, spans, _nested = known(text)
        found, _records, _replaced = cue_spans(s, spans, registry, cues, "SY")
        assert not [x for x in found if x.type == "Person"], text


def test_a_title_and_its_body_after_a_reporting_verb_is_no_speaker(registry, cues, known):
    s, spans, _nested = known("وقال شيخ عشيرة العقيدات إن الأهالي غادروا.")
    assert speaker_spans(s, spans, registry, cues) == ([], {})


def test_a_given_name_after_abd_goes_on_to_the_family_name(registry, cues, known):
    s, spans, _nested = known("واغتال مسلحون الشيخ عبد الكريم السالم قرب السوق.")
    found, records, _replaced = cue_spans(s, spans, registry, cues, "SY")
    assert [(x.entity_id, x.type) for x in found] == [("name:عبد_الكريم_السالم", "Person")]


def test_a_place_cue_before_a_definite_verbal_noun_names_no_place(registry, cues, known):
    for text in ("وقصفت المدفعية منطقة خفض التصعيد أمس.", "ووصل الجرحى إلى مخيم الاستقبال ليلا.",
                 "وتمركزت الدبابات في منطقة الاشتباك صباحا."):
        s, spans, _nested = known(text)
        found, _records, _replaced = cue_spans(s, spans, registry, cues, "SY")
        assert found == [], text
    s, spans, _nested = known("ودخلت القوات بلدة تلفيتا فجرا.")     # an indefinite تفعيل shape stays a name
    assert [x.entity_id for x in cue_spans(s, spans, registry, cues, "SY")[0]] == ["name:تلفيتا"]


def test_a_titled_name_alone_on_a_byline_is_the_author_no_actor(registry, cues, known):
    s, spans, _nested = known("الدكتور سامر بشير الخطيب")
    assert [x for x in cue_spans(s, spans, registry, cues, "SY")[0] if x.type == "Person"] == []
    s, spans, _nested = known("وأصيب الدكتور سامر بشير الخطيب في القصف.")
    assert [x.entity_id for x in cue_spans(s, spans, registry, cues, "SY")[0]] == ["name:سامر_بشير_الخطيب"]


def test_a_title_its_place_and_then_a_name_names_the_person(registry, cues, known):
    for text, wanted in (("وقال محافظ حمص عبد الرحمن السالم إن الطرق آمنة.", "name:عبد_الرحمن_السالم"),
                         ("وأكد رئيس بلدية بنت جبيل عفيف مراد أن البلدة مدمرة.", "name:عفيف_مراد"),
                         ("وقال مدير صحة إدلب زهير الخطيب إن المستشفيات ممتلئة.", "name:زهير_الخطيب")):
        s, spans, _nested = known(text)
        found = cue_spans(s, spans, registry, cues, "SY")[0]
        assert [x.entity_id for x in found if x.type == "Person"] == [wanted], text
    s, spans, _nested = known("وقال محافظ حمص إن الطرق آمنة.")
    assert [x for x in cue_spans(s, spans, registry, cues, "SY")[0] if x.type == "Person"] == []


@pytest.mark.parametrize("text", ["وقال قائد فصيل محلي إن المقاتلين انسحبوا.",
                                  "وأعلنت حركة متمردة سيطرتها على الطريق.",
                                  "وشنت جماعة مسلحة هجوما على الحاجز.",
                                  "وقال مسؤول تنسيق المساعدات إن القوافل توقفت."])
def test_a_cue_before_a_description_names_nobody(registry, cues, known, text):
    s, spans, _nested = known(text)
    assert cue_spans(s, spans, registry, cues, "SY")[0] == [], text


def test_an_organisation_cue_before_a_participle_and_a_name_still_names_it(registry, cues, known):
    s, spans, _nested = known("وأعلنت حركة مستقبل الجنوب مشاركتها في الحوار.")
    assert [x.entity_id for x in cue_spans(s, spans, registry, cues, "SY")[0]] == ["name:حركه_مستقبل_الجنوب"]


def test_an_outlet_described_and_its_source_is_no_outlet(registry, cues, known):
    s, spans, _nested = known("ونقلت وكالة أنباء محلية عن شهود أن القصف استمر.")
    assert reported_outlet_spans(s, spans, registry, cues) == ([], {})
# --- the steps of cue_spans, each on its own -----------------------------------------------------

def _cue(scan, word):
    i = [t.norm for t in scan.sentence.tokens].index(word)
    return C._cue_here(scan, i)


def test_a_unit_named_after_a_known_place_contains_it(registry, cues, known):
    s, spans, _nested = known("هاجمت كتيبة إدلب مواقع الجيش.")
    scan = C.CueScan(s, spans, registry, cues, "SY")
    cue = _cue(scan, "كتيبه")
    assert cue.inner is not None and cue.inner.entity_id == "idlib"
    end = C.unit_named_after_place(scan, cue)
    assert end == cue.inner.j and [(x.entity_id, x.type) for x in scan.out] == [("name:كتيبه_ادلب", "ArmedGroup")]
    assert scan.replaced[cue.at].source == "nested"


def test_a_cue_and_a_number_name_a_facility(registry, cues, known):
    s, spans, _nested = known("انسحبت القوات من اللواء 93 قرب المدينة.")
    scan = C.CueScan(s, spans, registry, cues, "SY")
    cue = _cue(scan, "اللواء")
    assert cue.inner is None
    assert C.new_name(scan, cue) == cue.i + 2
    assert [(x.entity_id, x.type) for x in scan.out] == [("name:اللواء_93", "Facility")]


def test_a_title_before_a_common_phrase_names_nobody(registry, cues, known):
    s, spans, _nested = known("وقال مسؤول عمليات الإنقاذ إن الطرق مغلقة.")
    scan = C.CueScan(s, spans, registry, cues, "SY")
    k, j = C._person_name(scan, 1, 2, 1)
    assert j == k


def test_the_rules_for_a_known_name_are_documented_with_an_example():
    for rule in C.KNOWN_NAME_RULES + (C.new_name, C.numbered_unit):
        doc = (rule.__doc__ or "").strip()
        assert doc and any("\u0600" <= ch <= "\u06ff" for ch in doc.splitlines()[0]), rule.__name__


def test_an_organisations_name_goes_on_with_its_institutional_adjective(registry, cues, known):
    s, spans, _nested = known("وقال جهاز الإسعاف المدني إن طواقمه انتشلت جثثا.")
    assert [x.entity_id for x in cue_spans(s, spans, registry, cues, "SY")[0]] == ["name:جهاز_الاسعاف_المدني"]


def test_a_front_before_a_known_place_is_the_place_not_a_unit(registry, cues, known):
    s, spans, _nested = known("واندلعت اشتباكات عنيفة في جبهة مأرب الجنوبية.")
    found, _records, replaced = cue_spans(s, spans, registry, cues, "YE")
    assert found == [] and replaced == {}
    assert [x.entity_id for x in spans] == ["ma_rib"]
    s, spans, _nested = known("وقال فيلق فلسطين إن مقاتليه تقدموا.")     # a unit named after a place stays one
    assert [x.type for x in cue_spans(s, spans, registry, cues, "PS")[0]] == ["ArmedGroup"]


@pytest.mark.parametrize("text, name", [
    ("اقتحمت القوات قرية الرميثان الغربية فجرا.", "name:الرميثان_الغربيه"),
    ("قصفت المدفعية بلدة عين قنيا الشمالية أمس.", "name:عين_قنيا_الشماليه"),
    ("داهمت الشرطة حي البساتين الشرقي ليلا.", "name:البساتين_الشرقي"),
])
def test_a_direction_adjective_agreeing_with_the_cue_ends_the_new_place_name(registry, cues, known, text, name):
    s, spans, _nested = known(text)
    found, _records, _replaced = cue_spans(s, spans, registry, cues, "SY")
    assert name in {x.entity_id for x in found}


@pytest.mark.parametrize("text, name", [
    # the adjective does not agree with the cue (بلدة is feminine): not part of the name
    ("قصفت المدفعية بلدة الكسارات الشمالي أمس.", "name:الكسارات"),
    # an indefinite direction word locates, it does not name (مخيم X شرقي المدينة)
    ("داهمت الشرطة مخيم البساتين شرقي المدينة.", "name:البساتين"),
])
def test_a_direction_word_that_does_not_agree_or_locates_stays_out_of_the_name(registry, cues, known, text, name):
    s, spans, _nested = known(text)
    found, _records, _replaced = cue_spans(s, spans, registry, cues, "SY")
    assert name in {x.entity_id for x in found}


@pytest.mark.parametrize("text, place", [
    ("تجددت الاشتباكات على جبهة قعطبة منذ الفجر.", "name:قعطبه"),
    ("وقتل ثلاثة جنود بجبهة دمت أمس.", "name:دمت"),
    ("وتقدمت القوات وفي جبهة مريس سقط عشرات.", "name:مريس"),
])
def test_a_front_at_an_unknown_place_names_the_place(registry, cues, known, text, place):
    s, spans, _nested = known(text, country="YE")
    found, records, _replaced = cue_spans(s, spans, registry, cues, "YE")
    [span] = [x for x in found if x.entity_id == place]
    assert span.type == cues.place["منطقه"] and span.j - span.i == 1
    assert not any(x.entity_id.startswith("name:جبهه") for x in found)


@pytest.mark.parametrize("text", [
    "أعلنت جبهة الخلاص مسؤوليتها عن الهجوم.",        # definite: a group's name
    "انضم المقاتل إلى جبهة أنصار الحق.",             # no preposition of place, two words
])
def test_a_front_cue_without_a_place_reading_still_names_a_group(registry, cues, known, text):
    s, spans, _nested = known(text, country="YE")
    found, _records, _replaced = cue_spans(s, spans, registry, cues, "YE")
    assert any(x.entity_id.startswith("name:جبهه") for x in found)


@pytest.mark.parametrize("text, name", [
    ("هاجم مسلحون قرية تاكوتي فجرا.", "name:تاكوتي"),
    ("سيطر المتمردون على بلدة بولكيسي أمس.", "name:بولكيسي"),
])
def test_a_word_ending_in_i_after_a_feminine_place_cue_is_a_name(registry, cues, known, text, name):
    """An adjective after قرية/بلدة would agree (قرية حدودية): a bare ي ending is a name's."""
    s, spans, _nested = known(text)
    assert [x.entity_id for x in cue_spans(s, spans, registry, cues, "ML")[0]] == [name]


@pytest.mark.parametrize("text", [
    "نقل المعتقلون إلى سجن عسكري قرب المدينة.",      # a masculine cue: the adjective ends in ي
    "وقعت الاشتباكات في منطقة حدودية أمس.",          # a feminine cue and its agreeing adjective
    "هاجم مسلحون قرية شرقي المدينة.",                # a direction, not a name
])
def test_an_agreeing_adjective_or_a_direction_after_a_place_cue_is_no_name(registry, cues, known, text):
    s, spans, _nested = known(text)
    assert cue_spans(s, spans, registry, cues, "ML")[0] == []


def test_a_mountain_named_after_a_town_is_a_region_of_its_own(registry, cues, known):
    """جبل الزاوية is a mountain region, not the town الزاوية (which is also a Libyan city)."""
    s, spans, _nested = known("قصفت المدفعية مواقع في جبل الزاوية جنوبي إدلب.")
    found, records, _replaced = cue_spans(s, spans, registry, cues, "SY")
    assert [(x.entity_id, x.type) for x in found] == [("name:جبل_الزاويه", "Region")]


def test_a_countrys_territory_is_the_country(extract_text):
    """في العمق اللبناني، داخل الأراضي السورية: a territory noun with a nationality names the country."""
    triples = {(c.subject, c.predicate, c.object) for c in extract_text("شنت إسرائيل غارات في العمق اللبناني.").claims}
    assert ("israel", "ATTACKED", "lebanon") in triples


@pytest.mark.parametrize("text, name", [
    ("ونقلت الوكالة أن القوات الحكومية استعادت السيطرة على بلدة عيل بور في إقليم غلمدغ.", "name:عيل_بور"),
    ("استعادت القوات الصومالية السيطرة على بلدة بولو مارير في إقليم شبيلي السفلى.", "name:بولو_مارير"),
], ids=["foreign-town-second", "foreign-town-first"])
def test_a_word_that_is_also_a_foreign_town_belongs_to_the_new_name(extract_text, text, name):
    """بور is a town of South Sudan and بولو one of Turkey: in a Somali story after a place cue they
    are words of a Somali village's name, and no foreign town is named."""
    ids = {m.entity_id for m in extract_text(text).mentions}
    assert name in ids and not ids & {"bolu"} and not [i for i in ids if i.startswith("bor")]


@pytest.mark.parametrize("text, town", [
    ("سيطر الجيش السوداني على مدينة بور في جنوب السودان.", "bor"),
    ("قصفت الطائرات التركية بلدة بولو.", "bolu"),
], ids=["its-country-named", "its-country-by-adjective"])
def test_a_foreign_town_in_its_own_countrys_context_stays_that_town(extract_text, text, town):
    assert any(m.entity_id.startswith(town) for m in extract_text(text).mentions)


def test_a_quoted_known_name_first_in_a_dual_cue_continues_the_list(resolve_text):
    r = resolve_text('وسقطت صواريخ في بلدتي "عين الحلوة" و"كفر رمان" في جنوب لبنان.')
    assert ("كفر رمان", "City") in {(m.text, m.type) for m in r.mentions}


@pytest.mark.parametrize("text, name", [
    ("وبحث رئيس المجلس العسكري في توغو كوفي أدجو مع الوفد الأزمة.", "كوفي أدجو"),
    ("وقال المسؤول في دارفور إسحق أرباب إن القصف مستمر.", "إسحق أرباب"),
], ids=["body-then-country", "post-then-region"])
def test_a_titles_person_after_the_place_of_the_post(resolve_text, text, name):
    from kg.language.names import TYPES
    assert name in [m.text for m in resolve_text(text).mentions if m.type == TYPES.person]


def test_a_title_and_a_place_before_a_verb_name_no_one(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وقال قائد الشرطة في حلب قبل يومين إن الوضع هادئ.")
    assert not [m for m in r.mentions if m.type == TYPES.person]


@pytest.mark.parametrize("text, name", [
    ("وأكد الكولونيل ماتيو ديالو أن القوات انسحبت.", "ماتيو ديالو"),
    ("وقالت الرئيسة المولدوفية ماريا ساندو إن بلادها لن تتراجع.", "ماريا ساندو"),
    ("وطالب السيناتور توم كوستر بفرض عقوبات.", "توم كوستر"),
], ids=["foreign-rank", "feminine-title", "senator"])
def test_foreign_ranks_and_feminine_titles_introduce_a_person(resolve_text, text, name):
    from kg.language.names import TYPES
    assert name in [m.text for m in resolve_text(text).mentions if m.type == TYPES.person]


def test_the_place_of_a_post_named_before_is_not_the_persons_first_name(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("انتشر الجيش في بلدة كفرحمام. وقال رئيس بلدية كفرحمام جميل حمود إن الأهالي عادوا.")
    people = [m.text for m in r.mentions if m.type == TYPES.person]
    assert people == ["جميل حمود"], [(m.text, m.entity_id) for m in r.mentions]


@pytest.mark.parametrize("text", [
    "وسيطرت الفصائل على مواقع عدة واللواء 52 في ريف القنيطرة.",
    "وسيطرت الفصائل على اللواء 52 في ريف القنيطرة.",
], ids=["after-wa", "bare"])
def test_a_numbered_unit_after_a_proclitic_is_the_same_node_as_without(resolve_text, text):
    r = resolve_text(text)
    units = [(m.text, m.entity_id) for m in r.mentions if m.text.endswith("52")]
    assert units == [("اللواء 52", "name:اللواء_52")], units


@pytest.mark.parametrize("text, name", [
    ("واستهدف الحوثيون مدينة إيلات بطائرة مسيرة.", "مدينة إيلات"),
    ("وقصفت القوات بلدة فوهليدار بطائرات مسيرة.", "بلدة فوهليدار"),
], ids=["with-a-drone", "with-missiles"])
def test_a_word_with_a_proclitic_after_a_new_place_name_is_no_part_of_it(resolve_text, text, name):
    """قرية تاكوتي بطائرة: a rare first word may be a transliterated name, but a known word with
    its ب (بطائرة، بصواريخ) starts a phrase of its own."""
    assert name in [m.text for m in resolve_text(text).mentions]
