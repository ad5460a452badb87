"""The entities stage: registry names through clitics, descriptions resolved by the article's
country, names introduced by a cue, and definite anaphors (المدينة، البلدة ...)."""
from __future__ import annotations

import pytest

from kg.arabic import normalise, phrase_key, proclitic_variants


def _by_text(resolved):
    """surface text -> entity id, for the mentions of an article (the first one wins)."""
    out = {}
    for m in resolved.mentions:
        out.setdefault(m.text, m.entity_id)
    return out


def _mention(resolved, entity_id, source=None):
    found = [m for m in resolved.mentions if m.entity_id == entity_id and (source is None or m.source == source)]
    assert found, f"no mention of {entity_id} ({source}) in {[(m.text, m.entity_id) for m in resolved.mentions]}"
    return found[0]


def test_mentions_point_at_their_text(resolve_text):
    text = "وانسحبت قوات النظام السوري من مواقعها بحمص، بحسب المرصد السوري لحقوق الإنسان، فيما تقدمت هيئة تحرير الشام."
    resolved = resolve_text(text)
    assert resolved.mentions
    for m in resolved.mentions:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text, surface, entity", [
    ("وانسحبت قوات النظام السوري من مواقعها.", "قوات النظام السوري", "syrian_army"),
    ("ودخلت الفصائل إلى حمص بعد انسحاب الجيش.", "حمص", "homs"),
    ("وقال مصدر بحمص إن الاشتباكات توقفت.", "حمص", "homs"),
    ("وأفاد ناشطون للمرصد السوري بسقوط قذائف.", None, "sohr"),
    ("وحزب الله أعلن مسؤوليته عن الهجوم.", "حزب الله", "hezbollah"),
    ("وبحسب وكالة رويترز فإن القصف استمر.", "وكالة رويترز", "reuters"),
], ids=["wa+verb", "ila-hums", "bi-hums", "lil-marsad", "wa-hizb", "bi-hasab-reuters"])
def test_registry_names_are_found_through_proclitics(resolve_text, text, surface, entity):
    resolved = resolve_text(text)
    m = _mention(resolved, entity)
    if surface is not None:
        assert m.text == surface, "the span starts after the clitic"
    assert m.source == "registry"


def test_mention_text_after_lil_reads_through_clitics_to_the_name(resolve_text):
    resolved = resolve_text("وأفاد ناشطون للمرصد السوري لحقوق الإنسان بسقوط قذائف.")
    m = _mention(resolved, "sohr")
    first = normalise(m.text.split()[0])
    assert "المرصد" in {stem for _, stem in proclitic_variants(first)}


@pytest.mark.parametrize("text, expected", [
    ("قال الجيش إن قواته استعادت مدينة ود مدني من قوات الدعم السريع في ولاية الجزيرة.", "sudanese_armed_forces"),
    ("قال الجيش إن وحداته انتشرت في بلدة الخيام بجنوب لبنان بعد انسحاب القوات الإسرائيلية.", "lebanese_armed_forces"),
    ("قال الجيش إن وحداته صدت هجوما في ريف حماة الشمالي قرب حلب.", "syrian_army"),
], ids=["sudan", "lebanon", "syria"])
def test_the_army_is_the_army_of_the_country_the_article_is_about(resolve_text, text, expected):
    resolved = resolve_text(text)
    army = [m for m in resolved.mentions if m.text == "الجيش"]
    assert army and army[0].entity_id == expected
    assert army[0].source == "generic"


def test_nationality_adjective_beats_the_context_country(resolve_text):
    text = "قالت قوات الدعم السريع في الخرطوم إن الجيش السوداني قصف أحياء في أم درمان، وإن الجيش اللبناني لا علاقة له."
    by_text = _by_text(resolve_text(text))
    assert by_text["الجيش السوداني"] == "sudanese_armed_forces"
    assert by_text["الجيش اللبناني"] == "lebanese_armed_forces"


@pytest.mark.parametrize("surface", ["فصائل المعارضة", "قوات المعارضة", "مقاتلو المعارضة", "المعارضة السورية المسلحة"],
                         ids=["fasail", "quwwat", "muqatilu", "musallaha"])
def test_opposition_descriptions_are_one_node(resolve_text, surface):
    resolved = resolve_text(f"قال المرصد إن {surface} تقدمت نحو حماة في سوريا.")
    assert _by_text(resolved)[surface] == "syrian_opposition"


@pytest.mark.parametrize("surface", ["قوات النظام السوري", "القوات الحكومية", "الجيش السوري"],
                         ids=["quwwat-al-nizam", "al-quwwat-al-hukumiya", "al-jaysh-al-suri"])
def test_government_force_descriptions_are_one_node(resolve_text, surface):
    resolved = resolve_text(f"قال المرصد السوري إن {surface} انسحبت من ريف حلب الجنوبي.")
    assert _by_text(resolved)[surface] == "syrian_army"


@pytest.mark.parametrize("text, name, type_", [
    ("سيطرت الفصائل على بلدة قصرونة في سوريا.", "قصرونة", "City"),
    ("قصفت الطائرات مخيم سنديانة للنازحين في السودان.", "سنديانة", "City"),
    ("وانتشر مقاتلو جماعة سيف الحق في مخيم اليرموك.", "سيف الحق", "ArmedGroup"),
    ("أعلنت حركة سواعد الجنوب مسؤوليتها عن الهجوم في اليمن.", "سواعد الجنوب", "ArmedGroup"),
    ("وقال القيادي سالم المهري إن الهجوم فشل في اليمن.", "سالم المهري", "Person"),
], ids=["town", "camp", "group", "movement", "person"])
def test_names_introduced_by_a_cue_become_typed_nodes(resolve_text, registry, text, name, type_):
    assert not registry.lookup(phrase_key(name)), f"{name} is in the registry now: pick an unknown name"
    resolved = resolve_text(text)
    found = [m for m in resolved.mentions if name in m.text and m.source == "cue"]
    assert found, [(m.text, m.entity_id, m.source) for m in resolved.mentions]
    m = found[0]
    assert m.type == type_
    assert m.entity_id.startswith("name:") and "_".join(phrase_key(name)) in m.entity_id, \
        "the id is derived from the normalised name"
    record = {e.id: e for e in resolved.entities}[m.entity_id]
    assert record.type == type_ and name in record.name


def test_a_cue_name_is_one_node_across_sentences(resolve_text):
    resolved = resolve_text("سيطرت الفصائل على بلدة قصرونة في سوريا. وقصفت قوات النظام بلدة قصرونة لاحقا.")
    ids = {m.entity_id for m in resolved.mentions if "قصرونة" in m.text}
    assert len(ids) == 1


def test_cue_before_a_known_name_does_not_create_a_new_node(resolve_text):
    resolved = resolve_text("دخلت قوات المعارضة مدينة حمص في سوريا.")
    assert not [m for m in resolved.mentions if m.entity_id.startswith("name:")]
    assert "homs" in {m.entity_id for m in resolved.mentions}


def test_the_city_refers_back_to_the_city_just_named(resolve_text):
    text = "دخلت قوات الدعم السريع مدينة الفاشر في السودان. وقال الجيش إنه انسحب من المدينة."
    resolved = resolve_text(text)
    m = [m for m in resolved.mentions if m.text == "المدينة"]
    assert m and m[0].entity_id == "el_fasher" and m[0].source == "coreference"


def test_the_party_refers_back_to_hezbollah(resolve_text):
    resolved = resolve_text("قال حزب الله في بيان إنه استهدف موقعا إسرائيليا. وأضاف الحزب أن مقاتليه عادوا بسلام.")
    assert _by_text(resolved)["الحزب"] == "hezbollah"


def test_the_town_refers_back_to_a_town_introduced_by_a_cue(resolve_text):
    resolved = resolve_text("دخلت قوات الدعم السريع بلدة قصرونة في السودان. وانسحب الجيش من البلدة.")
    town = [m.entity_id for m in resolved.mentions if "قصرونة" in m.text]
    m = [m for m in resolved.mentions if m.text == "البلدة"]
    assert town and m and m[0].entity_id == town[0]


def test_the_city_refers_to_the_city_named_earlier_in_the_same_sentence(resolve_text):
    text = ("قصف الجيش مدينة الأبيض. ثم وصلت القوة المشتركة إلى مدينة الفاشر حيث تحاصر قوات الدعم السريع "
            "المدينة منذ أشهر.")
    m = [m for m in resolve_text(text).mentions if m.text == "المدينة"]
    assert m and m[0].entity_id == "el_fasher"


def test_context_country_is_the_country_the_article_is_about(resolve_text):
    assert resolve_text("سيطرت قوات الدعم السريع على الفاشر في شمال دارفور.").context_country == "SD"
    assert resolve_text("قصف الجيش الإسرائيلي بلدات في جنوب لبنان وقال حزب الله إنه رد.").context_country in ("LB", "IL")
    assert resolve_text("سيطرت الفصائل على حماة وحمص بعد انسحاب قوات النظام السوري.").context_country == "SY"


def test_the_capital_is_the_capital_of_the_articles_country(resolve_text):
    resolved = resolve_text("وصل قائد الجيش السوداني إلى بورتسودان. وقال إن قواته دخلت العاصمة بعد معارك.")
    m = [m for m in resolved.mentions if m.text == "العاصمة"]
    assert m and m[0].entity_id == "khartoum" and m[0].source == "coreference"


def test_spokesperson_name_after_the_organisation(extract_text):
    x = extract_text("قال المتحدث باسم حركة حماس حازم قاسم إن الحركة ترفض الاتهامات.")
    people = [e for e in x.entities if e.type == "Person" and "حازم قاسم" in e.name]
    assert people
    assert (people[0].id, "MEMBER_OF", "hamas") in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_node_aliases_carry_no_proclitic(extract_text):
    from kg.graph import build_graph
    g = build_graph([extract_text("وأفاد ناشطون للمرصد السوري لحقوق الإنسان بسقوط قذائف على مواقع للحوثيين في اليمن.")])
    aliases = set(g.nodes["sohr"]["aliases"]) | set(g.nodes["houthis"]["aliases"])
    assert not [a for a in aliases if a.startswith("لل")]


@pytest.mark.xfail(strict=False, reason="cited outlets vote for the article's country with their own seat (the "
                                        "SOHR is in GB, AFP in FR, and الفرنسية in the outlet's name votes too), so "
                                        "a Syrian story credited to them loses its context and الفصائل stays unresolved")
def test_cited_outlets_do_not_decide_the_articles_country(resolve_text):
    resolved = resolve_text("قال المرصد السوري لحقوق الإنسان لوكالة الصحافة الفرنسية إن الفصائل دخلت بلدة قصرونة.")
    assert resolved.context_country == "SY"
    assert _by_text(resolved).get("الفصائل") == "syrian_opposition"


def test_the_strip_is_the_gaza_strip_not_the_last_neighbourhood(resolve_text):
    text = ("وأعلنت كتائب القسام أن مقاتليها استهدفوا دبابة إسرائيلية في حي الزيتون بمدينة غزة.\n"
            "وقال الدفاع المدني إن طواقمه انتشلت جثامين في مخيم النصيرات وسط القطاع.")
    m = [m for m in resolve_text(text).mentions if m.text == "القطاع"]
    assert m and m[0].entity_id == "gaza_strip"


# ---------------------------------------------------------------- adjectives and names inside names

def _entity_ids(resolved):
    return {m.entity_id for m in resolved.mentions}


def test_a_colour_after_a_definite_noun_is_an_adjective_not_a_place(resolve_text):
    assert "el_obeid" not in _entity_ids(resolve_text("يقاتل الجيش الأبيض إلى جانب المعارضة في جنوب السودان."))
    assert "el_obeid" in _entity_ids(resolve_text("تقدمت القوات نحو مدينة الأبيض."))
    assert "el_obeid" in _entity_ids(resolve_text("وصلت القوات إلى الأبيض."))


def test_a_country_inside_another_countrys_name_is_not_mentioned(resolve_text):
    ids = _entity_ids(resolve_text("تقع المدينة في جنوب السودان."))
    assert "south_sudan" in ids and "sudan" not in ids
    ids = _entity_ids(resolve_text("تقع المدينة في جنوب لبنان."))
    assert {"south_lebanon", "lebanon"} <= ids


def test_a_title_before_a_common_phrase_names_nobody(resolve_text):
    r = resolve_text("وكان القتيل مسؤول عمليات الإنقاذ في المدينة.")
    assert not [m for m in r.mentions if m.type == "Person"]
    r = resolve_text("قال المسؤول سامر الحسن إن القوات انسحبت.")
    assert [m for m in r.mentions if m.type == "Person" and m.text.endswith("سامر الحسن")]


def test_a_conjunction_is_not_part_of_a_recognised_name(resolve_text):
    r = resolve_text("واستهدفت الغارة سامر الحسن، مدير مكتب رئيس هيئة الأركان، وعبدالسلام المنبهي، المرافق الخاص.")
    assert not [m for m in r.mentions if m.entity_id.startswith("name:و")]
    r = resolve_text("قال وليد جنبلاط إن الحزب لن يشارك.")
    assert any(m.text.startswith("وليد") for m in r.mentions), "وليد keeps its و (a name, or the registry's)"


def test_bare_forces_refer_to_the_forces_named_before(resolve_text):
    r = resolve_text("سيطرت قوات الدعم السريع على مدينة بارا.\n\nوقال شهود عيان إن القوات دخلت المدينة.")
    assert [m for m in r.mentions if m.sentence == 1 and m.text == "القوات" and m.entity_id == "rapid_support_forces"]
    r = resolve_text("قصف الجيش السوداني مدينة نيالا.\n\nوقالت القوات إنها تقدمت.")
    assert not [m for m in r.mentions if m.sentence == 1 and m.text == "القوات"]


@pytest.mark.parametrize("text,name", [
    ("قصف الجيش حي الشيخ مقصود في حلب.", "الشيخ مقصود"),
    ("زار الوفد منطقة السيدة زينب جنوب دمشق.", "السيدة زينب"),
])
def test_an_honorific_starts_a_place_name_after_a_cue(resolve_text, text, name):
    r = resolve_text(text)
    assert [m for m in r.mentions if m.text.endswith(name) and m.type in ("Region", "City")]


def test_a_foreign_name_after_a_title_is_a_person(resolve_text):
    r = resolve_text("اجتمع الرئيس بالمبعوث الأمريكي توماس باراك في بيروت.")
    assert [m for m in r.mentions if m.type == "Person" and "باراك" in m.text]


@pytest.mark.parametrize("text", [
    "أعلنت إسرائيل اغتيال القائد البارز في حزب الله هيثم علي الطباطبائي.",
    'أعلنت إسرائيل اغتيال "القائد الأبرز" في حزب الله هيثم علي الطباطبائي.',
])
def test_a_person_after_a_title_an_adjective_and_his_organisation(resolve_text, text):
    r = resolve_text(text)
    assert [m for m in r.mentions if m.type == "Person" and m.text == "هيثم علي الطباطبائي"]


def test_a_named_speaker_after_a_reporting_verb_is_a_person(resolve_text):
    r = resolve_text("وقال أحمد علي، وهو مقاتل في قسد، إن القوات انسحبت.")
    assert [m for m in r.mentions if m.type == "Person" and m.text == "أحمد علي"]
    r = resolve_text("وقال شهود عيان إن القوات انسحبت.")
    assert not [m for m in r.mentions if m.type == "Person"]


def test_a_name_stops_before_an_accusative_noun(resolve_text):
    r = resolve_text("استقبل الرئيس اللبناني جوزاف عون وفدا من حزب الله في بعبدا.")
    assert [m for m in r.mentions if m.type == "Person" and m.text == "جوزاف عون"]


def test_a_name_stops_before_a_prepositional_phrase(resolve_text):
    r = resolve_text("استشهد القائد في سرايا القدس محمد جابر برصاص القوات الإسرائيلية.")
    assert [m for m in r.mentions if m.type == "Person" and m.text == "محمد جابر"]
    r = resolve_text("قال المتحدث بشار الجعفري إن القوات تقدمت.")
    assert [m for m in r.mentions if m.type == "Person" and m.text == "بشار الجعفري"]


@pytest.mark.parametrize("text, anaphor, entity", [
    ("أعلنت وزارة الداخلية السورية اعتقال خلية. وقالت الوزارة إن التحقيق مستمر.", "الوزارة",
     "syrian_ministry_of_interior"),
    ("سيطرت الفصائل على سجن صيدنايا. وأطلقت سراح المعتقلين من السجن.", "السجن", "sednaya_prison"),
])
def test_a_definite_head_refers_back_to_the_entity_it_heads(resolve_text, text, anaphor, entity):
    assert _by_text(resolve_text(text))[anaphor] == entity


def test_a_definite_head_with_no_antecedent_of_its_kind_stays_unresolved(resolve_text):
    resolved = resolve_text("قصفت الطائرات مدينة حلب. وقالت الوزارة إن الضحايا مدنيون.")
    assert "الوزارة" not in _by_text(resolved)
