"""Constructions of our own Afghanistan/Pakistan, Caucasus and Kurdish-file sentences: a verb of
leading opening its clause with a body or state (ويقود الحزبَ ميدانياً فلان وفلان، وتقود فرنسا
التحالف)، a wing described by an adjective of its field after هو (وهو الجناح الانتحاري لـ X),
a leader's title with an adjective of state before the name (زعيم الحزب المسجون فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("ويقود حركة الشباب ميدانياً أحمد ديري أبو عبيدة منذ سنوات.", "أحمد ديري", "LEADS", "حركة الشباب"),
    ("ويتزعم هيئة تحرير الشام فعلياً أبو محمد الجولاني وعبد الرحيم عطون.", "عبد الرحيم عطون", "LEADS",
     "هيئة تحرير الشام"),
    ("وتقود فرنسا التحالف الدولي في منطقة الساحل منذ عام 2014.", "فرنسا", "LEADS", "التحالف الدولي"),
    ("وأعلنت كتيبة الفرقان، وهي الجناح الانتحاري لحركة الشباب، مقتل قيادي.", "كتيبة الفرقان", "PART_OF",
     "حركة الشباب"),
    ("وقالت منظمة الدعوة، وهي الذراع الدعوية لحزب الله، إن نشاطها مستمر.", "منظمة الدعوة", "PART_OF", "حزب الله"),
    ("وقال زعيم حزب العمال الكردستاني المسجون عبد الله أوجلان إن المرحلة تغيرت.", "عبد الله أوجلان", "LEADS",
     "حزب العمال الكردستاني"),
], ids=["body-first-then-leader", "body-first-two-leaders", "state-leads-body", "suicide-wing-after-huwa",
        "field-wing-after-hiya", "title-adjective-before-name"])
def test_own_constructions(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), claim_triples(x)


def test_a_verb_of_leading_an_action_leads_no_body(extract_text):
    x = extract_text("وقاد الجيش الباكستاني عملية في وزيرستان الشمالية.")
    assert not [t for t in claim_triples(x) if t[1] == "LEADS"]


@pytest.mark.parametrize("text, s, o", [
    ("وتنشط في ولاية جوبا السفلى جماعات مسلحة عدة، أبرزها حركة الشباب بقيادة أحمد ديري، وتنظيم داعش.",
     "حركة الشباب", "ولاية جوبا السفلى"),
    ("وتنشط في ولاية جوبا السفلى جماعات مسلحة عدة، أبرزها حركة الشباب بقيادة أحمد ديري، وتنظيم داعش.",
     "تنظيم داعش", "ولاية جوبا السفلى"),
    ("وقال الجيش إن قادة حركة الشباب يقيمون في ولاية جوبا الوسطى.", "حركة الشباب", "ولاية جوبا الوسطى"),
    ("وأكد مسؤول أن حركة الشباب تنشط في ولاية جوبا الوسطى.", "حركة الشباب", "ولاية جوبا الوسطى"),
], ids=["listed-after-abrazuha-past-a-leader", "second-listed-after-a-comma", "leaders-reside",
        "body-then-verb"])
def test_bodies_active_in_a_place_are_based_there(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "BASED_IN", o), claim_triples(x)


def test_the_one_forced_to_withdraw_withdrew_not_the_one_who_forced(extract_text):
    x = extract_text("وشن الجيش الصومالي هجوماً، ما أجبر حركة الشباب على الانسحاب من مدينة بارديرا.")
    assert has_claim(x, "حركة الشباب", "WITHDREW_FROM", "بارديرا"), claim_triples(x)
    assert not has_claim(x, "الجيش الصومالي", "WITHDREW_FROM", "بارديرا"), claim_triples(x)


@pytest.mark.parametrize("text, s, o", [
    ("وقصف الجيش السوداني القرية، ما أجبر مئات السكان على الفرار من مدينة بارا.", "الجيش السوداني", "بارا"),
    ("وهاجمت حركة الشباب القرية، ما أدى إلى فرار السكان من بلدة جلب.", "حركة الشباب", "جلب"),
    ("وشنت القوات الإثيوبية هجوماً على البلدة، ما دفع أكثر من 20 ألف مدني إلى الفرار من مدينة قوندر.",
     "القوات الإثيوبية", "قوندر"),
], ids=["forced-residents", "caused-flight", "pushed-a-counted-crowd"])
def test_the_causer_of_a_flight_did_not_flee(extract_text, text, s, o):
    x = extract_text(text)
    assert not has_claim(x, s, "FLED_FROM", o), claim_triples(x)


def _credited(x, p, o_word):
    from tests.relations.helpers import mention_entity
    o = mention_entity(x, o_word)
    return {c.provenance.attributed_to for c in x.claims if c.predicate == p and c.object == o}


@pytest.mark.parametrize("text, p, o, accuser", [
    ("حماس تتهم إسرائيل بقصف مدرسة في خان يونس", "ATTACKED", "خان يونس", "hamas"),
    ("واتهمت حركة حماس، مساء الثلاثاء، الجيش الإسرائيلي بقصف مدرسة في خان يونس.", "ATTACKED", "خان يونس", "hamas"),
], ids=["headline-accuser-before-the-verb", "accuser-then-a-time-aside"])
def test_the_accuser_credits_the_claim_against_the_accused(extract_text, text, p, o, accuser):
    x = extract_text(text)
    assert accuser in _credited(x, p, o), [(c.subject, c.predicate, c.object, c.provenance.attributed_to)
                                           for c in x.claims]


@pytest.mark.parametrize("text, s, p, o", [
    ("وكانت حركة الشباب قد سيطرت العام الماضي على مدينة جلب.", "حركة الشباب", "CAPTURED", "جلب"),
    ("وكانت حركة الشباب قد انسحبت الأسبوع الماضي من مدينة جلب.", "حركة الشباب", "WITHDREW_FROM", "جلب"),
], ids=["last-year-after-the-verb", "last-week-after-the-verb"])
def test_a_time_after_the_verb_is_no_unnamed_subject(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), claim_triples(x)


def test_a_quoted_named_thing_is_the_object_not_the_place_after_it(extract_text):
    x = extract_text("وكانت حركة الشباب قد سيطرت لساعات على سفينة «ماريا ستار» في ميناء كيسمايو.")
    assert has_claim(x, "حركة الشباب", "CAPTURED", "ماريا ستار"), claim_triples(x)
    assert not has_claim(x, "حركة الشباب", "CAPTURED", "ميناء كيسمايو"), claim_triples(x)


def test_a_seized_named_ship_is_captured_not_the_sea(extract_text):
    x = extract_text("واستولى الحوثيون على السفينة «هيليوس راي» في البحر الأحمر.")
    assert has_claim(x, "الحوثيون", "CAPTURED", "هيليوس راي"), claim_triples(x)
    assert not has_claim(x, "الحوثيون", "CAPTURED", "البحر الأحمر"), claim_triples(x)
