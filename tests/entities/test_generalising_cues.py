"""Constructions that name places, outlets and forces in any conflict's news, written for the
construction (our own sentences, other names than the dev articles'): dual cues, quoted list
items, lists a plural's description puts off, outlets told a statement, security forces with a
nationality adjective, rivers."""
from __future__ import annotations

import pytest


def _named(resolved, etype=None):
    return [m.text for m in resolved.mentions if etype is None or m.type == etype]


# ------------------------------------------------------------------ dual cues: two names, no more

@pytest.mark.parametrize("text, names", [
    ("وقصفت المدفعية مستوطنتي «نتيف هعسراه» و«زيكيم» مساء.", ["نتيف هعسراه", "زيكيم"]),
    ("وسيطرت القوات على قريتي أم سيالة وكازقيل جنوب الأبيض.", ["أم سيالة", "كازقيل"]),
    ("وتقدمت قوات الحكومة نحو بلدتي الشقرة وأحور في أبين.", ["الشقرة", "أحور"]),
], ids=["quoted-settlements", "villages", "towns"])
def test_a_dual_cue_names_two_places(resolve_text, text, names):
    found = _named(resolve_text(text))
    assert all(n in found for n in names), found


def test_a_dual_cue_stops_after_its_second_name(resolve_text):
    found = _named(resolve_text("وفك الجيش الحصار عن مدينتي بابنوسة والمجلد، الأكبر في الولاية."))
    assert "الأكبر" not in found and "المجلد" in found


def test_a_plural_cue_reads_quoted_items(resolve_text):
    found = _named(resolve_text("وقصفت الطائرات بلدات «الحصين» و«المرير»، و«الخويلد» فجرا."), "City")
    assert found[-3:] == ["الحصين", "المرير", "الخويلد"]


# ------------------------------------------------------------------ a list put off by its description

@pytest.mark.parametrize("text, names", [
    ("وهاجم المسلحون قرى صغيرة تقع على أطراف المدينة الشرقية، مثل الكرمة ووادي العيون.", ["الكرمة", "وادي العيون"]),
    ("ودخلت القوات بلدات عدة في الريف الجنوبي منها كفرعويد وحزارين.", ["كفرعويد", "حزارين"]),
], ids=["mithl", "minha"])
def test_a_plural_cue_list_starts_after_its_introducer(resolve_text, text, names):
    found = _named(resolve_text(text))
    assert all(n in found for n in names), found


def test_an_introduced_kind_of_site_is_no_name(resolve_text):
    found = _named(resolve_text("واستهدفت الغارات مواقع عسكرية، بينها وحدات رادار ومخازن ذخيرة."))
    assert not any("وحدات" in n or "مخازن" in n for n in found)


# ------------------------------------------------------------------ outlets told a statement

@pytest.mark.parametrize("text, outlet", [
    ("وقال مسؤول في الحكومة لـ\"الوسط\" إن المفاوضات متوقفة.", "الوسط"),
    ("وأضاف القائد الميداني في تصريح لـ«المشهد الليبي» أن قواته تقدمت.", "المشهد الليبي"),
    ("وأوضحت المتحدثة في تصريح تابعته «صدى الجنوب» أن القصف مستمر.", "صدى الجنوب"),
], ids=["told", "press-noun", "followed"])
def test_a_quoted_name_told_a_statement_is_an_outlet(resolve_text, text, outlet):
    from kg.language.names import TYPES
    assert outlet in _named(resolve_text(text), TYPES.outlet)


def test_a_quoted_word_after_a_reporting_verb_is_no_outlet(resolve_text):
    from kg.language.names import TYPES
    assert _named(resolve_text("وقال القائد إن \"الهدنة\" انتهت أمس."), TYPES.outlet) == []


def test_a_quoted_outlet_may_hold_a_known_place(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("وأكد الضابط في تصريح لـ«صوت اليمن» أن الطريق مغلق.")
    assert "صوت اليمن" in _named(found, TYPES.outlet)


# ------------------------------------------------------------------ forces and rivers

@pytest.mark.parametrize("text, phrase", [
    ("وانتشرت قوات الأمن العراقية في شوارع الموصل.", "قوات الأمن العراقية"),
    ("واستهدف الهجوم دورية لقوات الأمن الصومالية قرب بلدوين.", "لقوات الأمن الصومالية"),
], ids=["iraq", "somalia-clitic"])
def test_security_forces_with_a_nationality_are_that_states_forces(resolve_text, text, phrase):
    from kg.language.names import TYPES
    assert any(m.text.endswith(phrase.removeprefix("ل")) and m.type == TYPES.state_force
               for m in resolve_text(text).mentions)


def test_a_river_cue_names_a_region_with_its_cue(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("وعبرت القوات نهر الخابور باتجاه الضفة الشرقية.")
    assert "نهر الخابور" in _named(found, TYPES.region)


# ------------------------------------------------------------------ compound names, tribal alliances

@pytest.mark.parametrize("text, name", [
    ("وقصفت الطائرات مديرية الحصن بن عيسى في المحافظة.", "مديرية الحصن بن عيسى"),
    ("وهاجمت كتيبة عمرو بن العاص مواقع الجيش.", "كتيبة عمرو بن العاص"),
], ids=["district", "battalion"])
def test_a_cued_name_goes_on_through_bin(resolve_text, text, name):
    assert name in _named(resolve_text(text))


def test_a_tribal_alliance_named_after_a_region_is_one_group_whatever_its_proclitic(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("واشتبك مقاتلون تابعون لحلف قبائل المهرة مع قوات حلف قبائل المهرة الأخرى.")
    ids = {m.entity_id for m in found.mentions if m.type == TYPES.armed_group}
    assert ids == {"name:حلف_قبائل_المهره"}


def test_an_ordinary_word_alone_after_a_plural_cue_names_no_place(resolve_text):
    assert _named(resolve_text("وهاجم مقاتلون مواقع القوات فجرا.")) == []


def test_an_adjective_of_the_sea_is_no_city(resolve_text):
    assert not any(m.text.endswith("البحري") for m in resolve_text("وقالت هيئة الأمن البحري إن سفينة أصيبت.").mentions)


# ------------------------------------------------------------------ state television

@pytest.mark.parametrize("text, eid", [
    ("وبث التلفزيون اليمني الرسمي صورا للمعارك قرب مأرب.", "yemeni_state_tv"),
    ("وقال الجيش الصومالي إنه استعاد البلدة. وأفاد التلفزيون الرسمي بأن القوات دخلت مقديشو.", "somali_state_tv"),
], ids=["adjective", "article-country"])
def test_state_television_is_its_states_outlet(resolve_text, text, eid):
    assert eid in {m.entity_id for m in resolve_text(text).mentions}


# ------------------------------------------------------------------ organisations and people

def test_an_organisation_quoted_with_its_cue_runs_to_the_closing_quote(resolve_text):
    found = _named(resolve_text("وذكرت صفحات محلية منها «تجمع شباب الساحل» أن القوات دخلت البلدة."))
    assert "تجمع شباب الساحل" in found


def test_an_organisations_construct_chain_runs_to_its_known_place(resolve_text):
    found = resolve_text("وقال القائد، رئيس تجمع قوى تحرير تشاد، إن قواته انسحبت.")
    assert "تجمع قوى تحرير تشاد" in _named(found)
    assert "chad" in {m.entity_id for m in found.mentions}, "the place inside the name is still named"


def test_the_post_after_a_post_holders_title_is_no_person(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("وقتل في الغارة كريم الساعدي، مسؤول تنسيق العمليات في الفصيل.")
    assert "تنسيق العمليات" not in _named(found, TYPES.person)


@pytest.mark.parametrize("text, name", [
    ("أعلن الفاتح قرشي، مستشار قائد الجيش، السيطرة على البلدة.", "الفاتح قرشي"),
    ("وقال جبريل إبراهيموف، المتحدث باسم الحركة، إن المعارك توقفت.", "جبريل إبراهيموف"),
], ids=["definite-first-word", "foreign-family-name"])
def test_a_name_set_off_before_a_title_after_a_reporting_verb_is_the_speaker(resolve_text, text, name):
    from kg.language.names import TYPES
    assert name in _named(resolve_text(text), TYPES.person)


def test_a_description_set_off_before_a_title_is_no_speaker(resolve_text):
    from kg.language.names import TYPES
    assert _named(resolve_text("وأكدت المصادر الميدانية، القائد الميداني للفصائل، أن القصف مستمر."),
                  TYPES.person) == []


# ------------------------------------------------------------------ towns joined to a known town

@pytest.mark.parametrize("text, town", [
    ("وسيطر الجيش على الدلنج وهبيلا بعد معارك.", "هبيلا"),
    ("ودخلت الفصائل كفرنبل وحاس في ريف إدلب.", "حاس"),
    ("وقطعت القوات الطريق بين بلدة القاع اللبنانية وحوش السيد علي.", None),
    ("وقصفت المدفعية الطريق بين بلدة الهرمل اللبنانية وربلة السورية.", "ربلة"),
], ids=["sudan", "syria", "no-end", "nationality-after"])
def test_a_word_joined_to_a_known_town_at_a_lists_end_is_a_town(resolve_text, text, town):
    from kg.language.names import TYPES
    found = _named(resolve_text(text), TYPES.city)
    if town is None:
        assert not any(n.startswith("حوش") for n in found)
    else:
        assert town in found


@pytest.mark.parametrize("text", [
    "وانسحب الجيش من الفاشر وتوجه إلى الشمال.",
    "وقصفت الطائرات حمص وريفها.",
    "وسيطرت القوات على بارا والمناطق المحيطة.",
], ids=["verb", "pronoun-suffix", "plural"])
def test_a_conjunct_that_is_no_name_is_no_town(resolve_text, text):
    assert not any(m.source == "cue" for m in resolve_text(text).mentions)


# ------------------------------------------------------------------ sites of known bodies

@pytest.mark.parametrize("text, site, body", [
    ("وسقطت قذيفة قرب مقر اليونيسف في المدينة.", "مقر اليونيسف", "unicef"),
    ("وأطلق الجنود النار على موقع الأمم المتحدة قرب الحدود.", "موقع الأمم المتحدة", "united_nations"),
], ids=["headquarters", "position"])
def test_a_facility_cue_before_a_known_body_names_its_site(resolve_text, text, site, body):
    from kg.language.names import TYPES
    found = resolve_text(text)
    assert site in _named(found, TYPES.facility)
    assert body in {m.entity_id for m in found.mentions}, "the body inside the site's name is still named"


def test_an_outlets_website_is_no_site(resolve_text):
    from kg.language.names import TYPES
    assert _named(resolve_text("وذكر موقع الجزيرة أن الغارة دمرت المبنى."), TYPES.facility) == []


def test_an_accusative_adjective_after_a_masculine_cue_is_no_name(resolve_text):
    assert _named(resolve_text("وقصفت الطائرات مبنى سكنيا في الحي الشرقي.")) == []


# ------------------------------------------------------------------ a capital as the agent of an action noun

@pytest.mark.parametrize("text, capital, eid", [
    ("وأدان الوزير قصف موسكو لمدن أوكرانية.", "موسكو", "russia"),
    ("وجاء الرد بعد استهداف أنقرة لمواقع الحزب.", "أنقرة", "turkiye"),
], ids=["shelling", "targeting"])
def test_a_capital_before_an_object_with_li_is_the_agent_state(resolve_text, text, capital, eid):
    assert [m.entity_id for m in resolve_text(text).mentions if m.text == capital] == [eid]


@pytest.mark.parametrize("text", ["وتواصل قصف موسكو لليوم الثالث.", "وتواصل قصف موسكو لساعات.",
                                  "وتواصل قصف موسكو منذ الصباح."], ids=["day", "hours", "no-li"])
def test_a_capital_shelled_stays_the_city(resolve_text, text):
    assert [m.type for m in resolve_text(text).mentions if m.text == "موسكو"] == ["City"]


# ------------------------------------------------------------------ a known body and its own state's adjective

def test_a_known_body_goes_on_through_its_own_states_adjective(resolve_text):
    found = resolve_text("واشتبكت القوة المشتركة للحركات المسلحة السودانية مع مسلحين قرب الحدود.")
    assert "القوة المشتركة للحركات المسلحة السودانية" in _named(found)


def test_another_states_adjective_stays_apart(resolve_text):
    found = resolve_text("وقالت حركة حماس المصرية إن الوفد وصل.")
    assert "حركة حماس المصرية" not in _named(found)


# ------------------------------------------------------------------ directorates, ordinal units, people in lists

@pytest.mark.parametrize("text, office", [
    ("وقالت مديرية الصحة في تعز إن خمسة مدنيين قتلوا.", "مديرية الصحة"),
    ("وأعلنت مديرية أمن عدن القبض على المهاجمين.", "مديرية أمن عدن"),
], ids=["health", "security-of-a-city"])
def test_a_directorate_of_a_sector_is_an_office_not_a_district(resolve_text, text, office):
    from kg.language.names import TYPES
    assert office in _named(resolve_text(text), TYPES.government)


def test_a_directorate_of_a_place_stays_a_district(resolve_text):
    from kg.language.names import TYPES
    assert "مديرية الوادي" in _named(resolve_text("وقصفت الطائرات مديرية الوادي شرق المحافظة."), TYPES.region)


@pytest.mark.parametrize("text, unit", [
    ("وانتشر الفيلق الخامس في ريف اللاذقية.", "الفيلق الخامس"),
    ("وهاجمت الكتيبة الثالثة مواقع المتمردين قرب الحدود.", "الكتيبة الثالثة"),
    ("وتقدمت قوات اللواء الحادي عشر نحو البلدة.", "اللواء الحادي عشر"),
], ids=["corps", "battalion", "two-word-ordinal"])
def test_a_unit_word_and_an_ordinal_name_a_unit(resolve_text, text, unit):
    assert unit in _named(resolve_text(text))


@pytest.mark.parametrize("text, unit", [
    ("وانسحبت الفرقة 31 من مواقعها شرق النهر.", "الفرقة 31"),
    ("وقصفت المدفعية مواقع الكتيبة 64 قرب السد.", "الكتيبة 64"),
    ("وقال إن جنود السرية 7 أسروا ثلاثة مسلحين.", "السرية 7"),
], ids=["division", "battalion-after-a-plural-cue", "company"])
def test_a_unit_word_and_a_number_name_a_unit(resolve_text, text, unit):
    from kg.language.names import TYPES
    assert unit in _named(resolve_text(text), TYPES.state_force)


def test_a_numbered_unit_after_a_site_cue_stays_in_the_sites_name(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("واستعاد الجيش مقر الفرقة 41 في المدينة.")
    assert "مقر الفرقة 41" in _named(found, TYPES.facility)
    assert "الفرقة 41" not in _named(found)


@pytest.mark.parametrize("text, name", [
    ("وهاجم المسلحون قرية بوكو تاندا فجرا.", "قرية بوكو تاندا"),
    ("واستعادت القوات بلدة فيليكا نوفوسيلكا بعد معارك.", "بلدة فيليكا نوفوسيلكا"),
    ("وفر السكان من قرية ميا زاوغي في الولاية.", "قرية ميا زاوغي"),
], ids=["sahel", "ukraine", "myanmar"])
def test_a_transliterated_place_name_of_two_words_is_read_whole(resolve_text, text, name):
    assert name in _named(resolve_text(text))


@pytest.mark.parametrize("text, name", [
    ("وقصفت الطائرات بلدة كفرسوسة صباح الأحد.", "بلدة كفرسوسة"),
    ("وتقع قرية تلعمارة تبعد خمسة كيلومترات عن الحدود.", "قرية تلعمارة"),
    ("وتقدمت القوات نحو مدينة زابوريجيا شرقا.", "مدينة زابوريجيا"),
], ids=["time-word", "verb", "adverb"])
def test_a_common_word_after_a_one_word_place_name_is_not_part_of_it(resolve_text, text, name):
    assert name in _named(resolve_text(text))


@pytest.mark.parametrize("text, name", [
    ("وقال الناطق باسم حركة تحرير أزواد إن مقاتليها انسحبوا.", "حركة تحرير أزواد"),
    ("وأعلنت جبهة تحرير كردفان مسؤوليتها عن الهجوم.", "جبهة تحرير كردفان"),
], ids=["azawad", "kordofan"])
def test_a_verbal_noun_and_a_known_region_name_a_body(resolve_text, text, name):
    assert name in _named(resolve_text(text))


def test_an_organisations_chain_of_nouns_ends_in_a_transliterated_name(resolve_text):
    assert "جبهة تحرير كيفو" in _named(resolve_text("وأعلنت جبهة تحرير كيفو مسؤوليتها عن الهجوم."))


def test_a_verb_after_an_organisations_cue_is_no_word_of_its_name(resolve_text):
    assert not any(n.startswith("حركة") for n in _named(resolve_text("وقالت حركة تقاتل الجيش إن قادتها قتلوا.")))


@pytest.mark.parametrize("text, name", [
    ("وأعلن حزب التقدم والإصلاح أن رئيسه سيترشح.", "حزب التقدم والإصلاح"),
    ("وقالت جمعية الإغاثة والإعمار إنها وزعت الطعام.", "جمعية الإغاثة والإعمار"),
], ids=["party", "society"])
def test_a_bodys_name_goes_on_with_a_definite_noun_joined_by_and(resolve_text, text, name):
    assert name in _named(resolve_text(text))


def test_a_known_actor_joined_by_and_is_not_part_of_a_bodys_name(resolve_text):
    names = _named(resolve_text("وقالت حركة النهضة والحكومة إن الاتفاق قريب."))
    assert "حركة النهضة" in names and not any("والحكومة" in n for n in names)


@pytest.mark.parametrize("text", [
    "ووزعت المنظمة الأغطية في مخيمات اللاجئين والعائدين.",
    "وتفاقمت الأوضاع في مخيمات النازحين هذا الشتاء.",
    "وقصفت المدفعية قرى الريف الجنوبي.",
], ids=["form-one-participles", "displaced", "definite-cue-word"])
def test_people_or_a_kind_of_place_after_a_plural_cue_name_no_place(resolve_text, text):
    assert _named(resolve_text(text)) == []


@pytest.mark.parametrize("text, name", [
    ("وانتشر الجيش في بلدة طيرفلسية فجرا.", "بلدة طيرفلسية"),
    ("وقصفت المدفعية قرى حيلية ودبلية.", "حيلية"),
], ids=["after-a-feminine-cue", "first-of-a-list"])
def test_a_name_shaped_like_an_adjective_that_no_word_list_knows_is_a_name(resolve_text, text, name):
    assert name in _named(resolve_text(text))


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات منطقة سكنية قرب الحدود.",
    "وفر السكان إلى قرية نائية في الجبال.",
    "وقصفت المدفعية مواقع عسكرية في الريف.",
], ids=["residential", "remote", "military-sites"])
def test_an_everyday_adjective_after_a_cue_is_no_name(resolve_text, text):
    assert _named(resolve_text(text)) == []


@pytest.mark.parametrize("text, name", [
    ("وتقدمت القوات نحو تلول الحمر شرق البلدة.", "تلول الحمر"),
    ("وقصفت المدفعية تلال الشيخ شمال المدينة.", "تلال الشيخ"),
], ids=["tulul", "tilal"])
def test_plurals_of_tell_are_part_of_the_hills_name(resolve_text, text, name):
    assert name in _named(resolve_text(text))


def test_a_list_of_places_joined_to_a_cued_region_goes_on_through_each_conjunct(resolve_text):
    names = _named(resolve_text("وسيطرت الفصائل على تلول الحمر والدلافية والمزيريب، وانسحب الجيش."))
    assert {"تلول الحمر", "الدلافية", "المزيريب"} <= set(names), names


@pytest.mark.parametrize("text", [
    "وشهدت المناطق الشرقية والغربية اشتباكات عنيفة.",
    "وسيطرت القوات على تلول الحمر والمناطق المحيطة بها.",
    "وقصفت الطائرات بلدة كفرزيتا والأحياء السكنية، وانسحب المسلحون.",
], ids=["two-adjectives", "a-plural-after", "a-plural-and-adjective"])
def test_common_words_joined_to_a_place_are_no_places(resolve_text, text):
    names = _named(resolve_text(text))
    assert not any(n.startswith(("المناطق", "الأحياء", "الغربية")) for n in names), names


def test_a_quoted_list_goes_on_after_a_quoted_name_the_registry_knows(resolve_text):
    names = _named(resolve_text('ودوت صفارات الإنذار في مستوطنتي "سديروت" و"ميفو حورون" مساء.'))
    assert "ميفو حورون" in names, names


def test_people_named_by_a_participle_plural_are_no_place_of_a_list(resolve_text):
    assert not any("المتمردين" in n for n in _named(resolve_text("وقصفت المدفعية مواقع المتمردين فجرا.")))


def test_a_given_name_the_registry_knows_as_a_place_starts_a_titled_persons_name(resolve_text):
    from kg.language.names import TYPES
    found = resolve_text("وقتل القيادي في حركة الشباب آدم حسين في غارة جوية.")
    assert "آدم حسين" in _named(found, TYPES.person)
    assert "adam" not in {m.entity_id for m in found.mentions}


def test_and_a_name_prefix_before_a_word_is_no_one_word_name(resolve_text):
    found = resolve_text("وسيطرت القوات على بارا وأم سيالة بعد معارك.")
    assert "wam" not in {m.entity_id for m in found.mentions}
    assert "أم سيالة" in _named(found)


def test_the_one_word_name_stands_before_a_verb_or_the_end(resolve_text):
    assert "wam" in {m.entity_id for m in resolve_text("وقالت وام إن الوفد وصل.").mentions}


@pytest.mark.parametrize("text, name", [
    ("وقال العميد عبد الرحيم حمدان دقلو إن القوات تقدمت.", "عبد الرحيم حمدان دقلو"),
    ("وقال العقيد أبو بكر عمر حسن إن القوات انسحبت.", "أبو بكر عمر حسن"),
], ids=["abd", "abu"])
def test_a_compound_first_name_leaves_room_for_a_fourth_word(resolve_text, text, name):
    from kg.language.names import TYPES
    assert name in _named(resolve_text(text), TYPES.person)


def test_a_plain_name_still_ends_at_three_words(resolve_text):
    from kg.language.names import TYPES
    assert "سالم علي حسن" in _named(resolve_text("وقال العقيد سالم علي حسن محمود إن القوات انسحبت."), TYPES.person)
