"""Constructions read on our own sentences, end to end (ingest, entities, relations): nominal
and complex predicates, titles, passives, coordination and the weakest relation types."""
from __future__ import annotations


def _triples(x):
    return {(c.subject, c.predicate, c.object) for c in x.claims}


def _id(x, word):
    found = [m.entity_id for m in x.mentions if word in m.text]
    assert found, f"no mention of {word} in {[m.text for m in x.mentions]}"
    return found[0]


def _has(x, s, p, o):
    s, o = _id(x, s), _id(x, o)
    return (s, p, o) in _triples(x) or (o, p, s) in _triples(x) and p in ("MET_WITH", "CLASHED_WITH", "ALLIED_WITH")


def test_prisoners_freed_in_a_town_name_the_town(extract_text):
    x = extract_text("وأطلقت حركة حماس سراح أربعة أسرى إسرائيليين في مدينة خان يونس.")
    assert _has(x, "حماس", "RELEASED_PRISONERS", "خان يونس")
    x = extract_text("وأفرج الجيش السوداني عن عشرات الأسرى في مدينة الأبيض.")
    assert _has(x, "الجيش السوداني", "RELEASED_PRISONERS", "الأبيض")


def test_prisoners_released_from_a_prison_name_the_prison_not_a_country(extract_text):
    x = extract_text("وأفرجت فصائل المعارضة عن مئات المعتقلين من سجن حماة المركزي.")
    assert _has(x, "المعارضة", "RELEASED_PRISONERS", "سجن حماة")
    assert not any(p == "RELEASED_PRISONERS" and o in ("syria", "israel") for _, p, o in _triples(x))


def test_pronoun_of_release_stands_for_the_prison_before_the_town(extract_text):
    x = extract_text("خرجت الحافلات من سجن النقب قرب مدينة بئر السبع بعد تأخر الجيش الإسرائيلي في الإفراج عنهم.")
    assert not any(p == "RELEASED_PRISONERS" and o == _id(x, "بئر السبع") for _, p, o in _triples(x))


def test_meeting_held_by_a_person_and_a_titled_person(extract_text):
    x = extract_text("وعقد الرئيس اللبناني جوزاف عون ورئيس الحكومة نواف سلام اجتماعا في قصر بعبدا.")
    assert _has(x, "جوزاف عون", "MET_WITH", "نواف سلام")


def test_led_by_phrase_between_subject_and_attack_noun(extract_text):
    x = extract_text("وشنت قوات الجيش الوطني الليبي بقيادة خليفة حفتر هجوما على مدينة درنة.")
    assert _has(x, "الجيش الوطني", "ATTACKED", "درنة")
    assert _has(x, "حفتر", "LEADS", "الجيش الوطني")


def test_passive_verb_with_agent_after_the_object(extract_text):
    x = extract_text("وقصفت مدينة الفاشر من قبل قوات الدعم السريع بالمدفعية الثقيلة.")
    assert _has(x, "الدعم السريع", "ATTACKED", "الفاشر")
    x = extract_text("واستهدفت بلدة الخيام من قبل الجيش الإسرائيلي فجر اليوم.")
    assert _has(x, "الجيش الإسرائيلي", "ATTACKED", "الخيام")


def test_units_of_an_actor_act_for_it(extract_text):
    x = extract_text("ودخلت أرتال من الجيش السوري مدينة السويداء صباح الثلاثاء.")
    assert _has(x, "الجيش السوري", "ENTERED", "السويداء")
    x = extract_text("واقتحمت تعزيزات من الجيش العراقي بلدة الطارمية.")
    assert _has(x, "الجيش العراقي", "ENTERED", "الطارمية")


def test_strike_by_a_weapon_belonging_to_an_actor(extract_text):
    x = extract_text("وتعرضت مدينة كسلا لقصف بطائرات مسيرة تابعة لقوات الدعم السريع.")
    assert _has(x, "الدعم السريع", "ATTACKED", "كسلا")


def test_strike_that_resulted_in_a_killing_named_far_before_it(extract_text):
    x = extract_text("وأسفرت الغارة الإسرائيلية على مخيم جباليا عن مقتل القيادي في حماس سعيد عودة.")
    assert _has(x, "الإسرائيلية", "KILLED", "سعيد عودة")


def test_person_named_after_a_title_and_the_body_it_heads(extract_text):
    x = extract_text("والتقى رئيس جهاز المخابرات العامة السوداني أحمد إبراهيم مفضل بمسؤولين مصريين.")
    assert _has(x, "مفضل", "LEADS", "المخابرات")
    x = extract_text("وزار قائد الجيش الصومالي إبراهيم محمد محمود مدينة بيدوا.")
    assert _has(x, "إبراهيم محمد محمود", "LEADS", "الجيش الصومالي")
