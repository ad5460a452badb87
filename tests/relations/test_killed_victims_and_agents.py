"""Who was killed and by whom, in constructions news of fighting uses often: the person after a
title whose organisation is followed by an aside or a rank (القيادي في سرايا القدس، الجناح
العسكري لحركة الجهاد، فلان); the person named right before a past verb of killing read as passive
(يعتقد أن القائد فلان قتل في الضربات الإسرائيلية); fighters in the accusative after a verb whose
subject came before it (إن القوات قتلت مقاتلا من كتيبة X); the killer after على يد, also through
its fighters (على يد مسلحين من حركة الشباب). Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, killer, victim, not_victim", [
    # an aside describing the organisation between two commas
    ("اغتالت إسرائيل القيادي في كتائب القسام، الجناح العسكري لحركة حماس، محمد الضيف في خان يونس.",
     "إسرائيل", "محمد الضيف", "كتائب القسام"),
    # a comma, then the rank and the name
    ("قتلت قوات الدعم السريع القائد الميداني في الجيش السوداني، العقيد أحمد علي، في الفاشر.",
     "الدعم السريع", "أحمد علي", "الجيش السوداني"),
    # a nisba agent on the weapon, the aside after the title
    ("اغتالت مسيرة إسرائيلية القيادي في سرايا القدس، الذراع العسكرية لحركة الجهاد الإسلامي، خالد منصور.",
     "إسرائيل", "خالد منصور", "سرايا القدس"),
], ids=["aside", "rank", "nisba-aside"])
def test_the_titled_person_past_an_aside_was_killed(extract_text, text, killer, victim, not_victim):
    x = extract_text(text)
    assert has_claim(x, killer, "KILLED", victim)
    assert not has_claim(x, killer, "KILLED", not_victim)


def test_members_of_a_body_with_an_aside_stay_the_body(extract_text):
    """No person after the aside: the organisation's members were killed."""
    x = extract_text("قتل الجيش الصومالي عشرين عنصرا من حركة الشباب، الموالية لتنظيم القاعدة، في إقليم شبيلي.")
    assert has_claim(x, "الجيش الصومالي", "KILLED", "حركة الشباب")


@pytest.mark.parametrize("text, killer, victim", [
    ("ويعتقد أن القيادي في حزب الله محمد ناصر قتل في الغارات الإسرائيلية على بيروت.", "إسرائيل", "محمد ناصر"),
    ("وأكدت مصادر أن قائد الحرس الثوري حسين سلامي قتل في الضربات الإسرائيلية الأولى.", "إسرائيل", "حسين سلامي"),
    ("وأفادت مصادر محلية بأن الشيخ أحمد المصري استشهد بغارة إسرائيلية على منزله في رفح.", "إسرائيل", "أحمد المصري"),
], ids=["believed", "confirmed", "martyred"])
def test_the_person_before_a_passive_killing_verb(extract_text, text, killer, victim):
    assert has_claim(extract_text(text), killer, "KILLED", victim)


def test_a_person_who_killed_is_not_read_as_killed(extract_text):
    x = extract_text("وقال المتحدث إن الجيش قتل خمسة مسلحين من حركة الشباب في إقليم جوبا.")
    assert not any(p == "KILLED" and o == s for s, p, o in ((c.subject, c.predicate, c.object) for c in x.claims))


@pytest.mark.parametrize("text, killer, victim", [
    ("قالت مصادر إن القوات الإسرائيلية قتلت مقاتلا من كتيبة جنين.", "القوات الإسرائيلية", "كتيبة جنين"),
    ("وأفادت تقارير بأن الجيش الصومالي قتل عنصرا بارزا من حركة الشباب.", "الجيش الصومالي", "حركة الشباب"),
    ("وأكد البيان أن قوات الدعم السريع قتلت جنودا من الجيش السوداني في بابنوسة.", "الدعم السريع", "الجيش السوداني"),
], ids=["fighter", "member-with-adjective", "soldiers"])
def test_accusative_fighters_after_a_verb_with_its_subject_before(extract_text, text, killer, victim):
    x = extract_text(text)
    assert has_claim(x, killer, "KILLED", victim)
    assert not has_claim(x, victim, "KILLED", killer)


@pytest.mark.parametrize("text, killer, victim", [
    ("مقتل أبو محمد الحلبي على يد قوات سوريا الديمقراطية في دير الزور.", "قوات سوريا الديمقراطية", "أبو محمد الحلبي"),
    ("قتل ثلاثة من عناصر الشرطة الصومالية على يد مسلحين من حركة الشباب في مقديشو.", "حركة الشباب", "الشرطة الصومالية"),
], ids=["person", "fighters-of-a-group"])
def test_the_killer_after_ala_yad(extract_text, text, killer, victim):
    assert has_claim(extract_text(text), killer, "KILLED", victim)


def test_qada_ala_still_reads_the_one_after_as_killed(extract_text):
    x = extract_text("قضى الجيش الإسرائيلي على القيادي في قوة الرضوان حسين فقيه.")
    assert has_claim(x, "الجيش الإسرائيلي", "KILLED", "حسين فقيه")


@pytest.mark.parametrize("text, killer, victims", [
    ("قتل الجيش الإسرائيلي القيادي في حماس محمد الضيف والقيادي رافع سلامة في غارة على خان يونس.",
     "الجيش الإسرائيلي", ("محمد الضيف", "رافع سلامة")),
    ("اغتالت إسرائيل القائد في حزب الله فؤاد شكر والقائد في الحرس الثوري محمد رضا زاهدي.",
     "إسرائيل", ("فؤاد شكر", "محمد رضا زاهدي")),
    ("شنت إسرائيل غارات على طهران، ما أدى إلى مقتل عدد من القادة، بينهم رئيس الأركان اللواء محمد باقري، "
     "والقائد العام للحرس الثوري اللواء حسين سلامي.", "إسرائيل", ("محمد باقري", "حسين سلامي")),
], ids=["verb", "verb-titles-with-bodies", "among-the-dead"])
def test_each_titled_person_joined_to_the_victim_was_killed(extract_text, text, killer, victims):
    x = extract_text(text)
    for victim in victims:
        assert has_claim(x, killer, "KILLED", victim)


def test_a_sniper_of_a_force_is_that_force(extract_text):
    x = extract_text("وأفاد مدير المستشفى بأن قناصا من الجيش الإسرائيلي قتل القيادي في كتيبة جنين أحمد الزبيدي.")
    assert has_claim(x, "الجيش الإسرائيلي", "KILLED", "أحمد الزبيدي")



@pytest.mark.parametrize("text, killer, victim", [
    ("أعلنت وزارة الدفاع الصومالية مقتل ثلاثة من عناصرها في كمين نصبته مجموعة من حركة الشباب.",
     "حركة الشباب", "وزارة الدفاع"),
    ("أعلن الجيش الصومالي مقتل ثلاثة من جنوده في هجوم لحركة الشباب.", "حركة الشباب", "الجيش الصومالي"),
    ("أطلقت قوى الأمن العام حملة تمشيط واسعة في ريف حمص، بعد مقتل ثلاثة من عناصرها في كمين نصبته مجموعة "
     "مسلحة من فلول النظام البائد.", "فلول النظام", "الأمن العام"),
], ids=["announced", "his-soldiers", "ambush-past-an-adjective"])
def test_the_dead_with_a_pronoun_are_of_the_actor_named_before(extract_text, text, killer, victim):
    x = extract_text(text)
    assert has_claim(x, killer, "KILLED", victim)
    assert not has_claim(x, victim, "KILLED", killer)
