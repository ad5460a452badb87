"""Descriptions as actors: "the rebels" are the rebels of the article's country (the registry's
generic words). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple", [
    ("قال المرصد السوري لحقوق الإنسان إن المتمردين دخلوا مدينة حماة.", ("syrian_opposition", "ENTERED", "hamah")),
    ("وقصف المتمردون الحوثيون مدينة مأرب.", ("houthis", "ATTACKED", "ma_rib")),
    ("هاجم المتمردون مدينة الفاشر في شمال دارفور.", ("rapid_support_forces", "ATTACKED", "el_fasher")),
], ids=["syria", "yemen", "sudan"])
def test_the_rebels_are_the_rebels_of_the_articles_country(extract_text, text, triple):
    assert triple in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


@pytest.mark.parametrize("text, guest", [
    ("والتقى رئيس المجلس الرئاسي الليبي محمد المنفي سفير الولايات المتحدة ريتشارد نورلاند في طرابلس.",
     "name:ريتشارد_نورلاند"),
    ("استقبل الرئيس اللبناني جوزاف عون وزير خارجية فرنسا جان نويل بارو.", "name:جان_نويل_بارو"),
], ids=["ambassador-of", "minister-of"])
def test_one_meets_the_person_a_title_names_not_the_state_of_the_title(extract_text, text, guest):
    met = {c.object for c in extract_text(text).claims if c.predicate == "MET_WITH"}
    assert met == {guest}


def test_the_target_stands_in_the_city_a_capital_with_a_nationality_names(extract_text):
    text = "نفذت القيادة المركزية الأمريكية سلسلة غارات على مواقع لجماعة الحوثيين في العاصمة اليمنية صنعاء."
    attacked = {c.object for c in extract_text(text).claims if c.predicate == "ATTACKED"}
    assert "sanaa" in attacked and "yemen" not in attacked


def test_a_ships_flag_is_not_what_is_attacked(extract_text):
    """Neither the flag's country nor the gulf the ship sails is the target (the sea is where:
    tests/relations/test_vessels_at_sea.py)."""
    text = "واستهدف الحوثيون سفينة تجارية ترفع علم ليبيريا في خليج عدن بصاروخين."
    attacked = {c.object for c in extract_text(text).claims if c.predicate == "ATTACKED"}
    assert "liberia" not in attacked and "gulf_of_aden" not in attacked


def test_a_title_word_after_a_dual_place_cue_starts_a_place(extract_text):
    x = extract_text("وانسحبت قوات سوريا الديمقراطية من حيي الشيخ مقصود والأشرفية في حلب.")
    assert not [m for m in x.mentions if m.type == "Person"]
    left = {c.object for c in x.claims if c.predicate == "WITHDREW_FROM"}
    assert left == {"name:الشيخ_مقصود", "name:الاشرفيه"}


@pytest.mark.parametrize("text, triple", [
    ("قصفت تركيا مواقع حزب العمال الكردستاني في شمال العراق.", ("turkiye", "ATTACKED", "pkk")),
    ("قصفت الطائرات السودانية مواقع قوات الدعم السريع.", ("sudan", "ATTACKED", "rapid_support_forces")),
], ids=["insurgency-abroad", "insurgency-at-home"])
def test_a_state_fights_an_insurgency_of_its_own_country(extract_text, text, triple):
    assert triple in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


def test_a_state_body_never_fights_its_own_country(extract_text):
    text = "وقال الجيش الإسرائيلي إن الحرب مع إسرائيل مستمرة."
    assert not [c for c in extract_text(text).claims if c.predicate in ("ATTACKED", "CLASHED_WITH")]


@pytest.mark.parametrize("text, triple", [
    ("ويرأس المجلس الانتقالي الجنوبي عيدروس الزبيدي.", ("aidarus_al_zubaidi", "LEADS", "southern_transitional_council")),
    ("ويتزعم حركة حماس في غزة يحيى السنوار.", ("yahya_sinwar", "LEADS", "hamas")),
], ids=["chairs", "heads"])
def test_a_leadership_verb_before_its_object_then_its_subject(extract_text, text, triple):
    claims = {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
    assert triple in claims and (triple[2], "LEADS", triple[0]) not in claims


@pytest.mark.parametrize("text, triple", [
    ("وتعد كتيبة سبل السلام إحدى الكتائب التابعة للجيش الوطني الليبي.",
     ("name:كتيبه_سبل_السلام", "PART_OF", "libyan_national_army")),
    ("يعد لواء الباقر أحد فصائل الحشد الشعبي.", ("name:لواء_الباقر", "PART_OF", "popular_mobilization_forces")),
], ids=["one-of-the-units-belonging-to", "one-of-a-named-plural"])
def test_one_of_the_units_of_an_organisation(extract_text, text, triple):
    assert triple in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}


def test_the_ends_of_a_route_lie_in_neither(extract_text):
    text = "سيطر الجيش السوداني على جسر الحلفايا الذي يربط الخرطوم بحري بأم درمان."
    assert not [c for c in extract_text(text).claims if c.predicate == "LOCATED_IN"]
    x = extract_text("وصلت القوات إلى مدينة حماة في وسط سوريا.")
    assert ("hamah", "LOCATED_IN", "syria") in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_being_present_somewhere_is_being_based_there(extract_text):
    """تواجد (form VI of و ج د) states where a force is, as تمركز does."""
    text = "وتتواجد قوات روسية في قاعدة حميميم الجوية في ريف اللاذقية."
    assert ("russian_armed_forces", "BASED_IN", "hmeimim_air_base") in {
        (c.subject, c.predicate, c.object) for c in extract_text(text).claims}
