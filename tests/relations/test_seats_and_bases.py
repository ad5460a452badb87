"""Seats and bases on our own sentences: a seat named with its command (مقر قيادة قوات X في Y), a
camp of an actor in a place named past its head word (معسكرا لقوات X في منطقة Y), and a base an
actor keeps, owns or sets up (تحتفظ X بقاعدة Y، تمتلك X قاعدة في Y، أقامت X قاعدة في Y)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, actor, place", [
    ("ويقع مقر قيادة قوات الدعم السريع في مدينة نيالا.", "rapid_support_forces", "نيالا"),   # (the seat is a facility too)
    ("واستهدفت الغارة معسكرا لقوات الحشد الشعبي في منطقة جرف الصخر.", "الحشد الشعبي", "جرف الصخر"),
    ("وتحتفظ روسيا بقاعدة حميميم الجوية في ريف اللاذقية.", "روسيا", "حميميم"),
    ("وتمتلك الولايات المتحدة قاعدة عسكرية في التنف.", "الولايات المتحدة", "التنف"),
    ("وأقامت القوات الروسية قاعدة في مطار القامشلي.", "الروسي", "القامشلي"),
], ids=["seat-of-a-command", "camp-past-a-head-word", "keeps-a-named-base", "owns-a-base-in", "set-up-a-base"])
def test_seats_and_bases(extract_text, text, actor, place):
    x = extract_text(text)
    assert has_claim(x, actor, "BASED_IN", place), claim_triples(x)


def test_keeping_something_else_is_no_base(extract_text):
    x = extract_text("وتحتفظ الحكومة السودانية بحقها في الرد على الهجوم في مدينة بورتسودان.")
    assert not [c for c in x.claims if c.predicate == "BASED_IN"]


def test_spread_since_a_time_is_a_base_not_an_entry(extract_text):
    """تنتشر القوات في X منذ ...: where a force has been stationed (BASED_IN); انتشرت القوات في X
    أمس: where it went (ENTERED)."""
    x = extract_text("وتنتشر قوات اليونيفيل في جنوب لبنان منذ عام 1978.")
    assert has_claim(x, "اليونيفيل", "BASED_IN", "جنوب لبنان")
    assert not has_claim(x, "اليونيفيل", "ENTERED", "جنوب لبنان")
    x = extract_text("وانتشرت قوات الجيش اللبناني في بلدة الخيام أمس.")
    assert has_claim(x, "الجيش اللبناني", "ENTERED", "الخيام")


@pytest.mark.parametrize("text, actor, places", [
    ("وتحتفظ القوات الروسية منذ انتهاء المعارك في الربيع الماضي بثلاثة مواقع داخل الأراضي السورية، أبرزها مطار القامشلي.",
     "الروسي", ("القامشلي", "السوري")),
    ("ويأتي ذلك في ظل احتفاظ الجيش الإسرائيلي بخمس نقاط داخل الأراضي اللبنانية، أبرزها تلة الحمامص.",
     "الجيش الإسرائيلي", ("تلة الحمامص", "اللبنانية")),
], ids=["held-past-a-time-phrase", "verbal-noun-of-holding"])
def test_bases_held_past_a_gap_and_by_a_verbal_noun(extract_text, text, actor, places):
    """يحتفظ X منذ ... بخمسة مواقع: the bases marked by بـ further on than right after the actor;
    احتفاظ X بـ...: the verbal noun of holding, its actor the genitive after it."""
    x = extract_text(text)
    for place in places:
        assert has_claim(x, actor, "BASED_IN", place), claim_triples(x)


def test_a_verbal_noun_of_holding_with_no_base_is_none(extract_text):
    x = extract_text("وأعلن الجيش اللبناني إقامة حفل تأبين في بلدة الخيام بعد انسحاب القوات الإسرائيلية.")
    assert not [c for c in x.claims if c.predicate == "BASED_IN"], claim_triples(x)


@pytest.mark.parametrize("text, actor, place", [
    ("وعززت القيادة العامة، التي يقودها المشير خليفة حفتر، حضورها العسكري في فزان.", "القيادة العامة", "فزان"),
    ("وتسعى روسيا إلى الحفاظ على وجودها العسكري في سوريا بعد سقوط النظام.", "روسيا", "سوريا"),
    ("وقالت حركة الشباب إن تواجدها في إقليم جوبا السفلى مستمر.", "الشباب", "جوبا"),
], ids=["presence", "existence", "being-found"])
def test_presence_with_a_pronoun(extract_text, text, actor, place):
    """حضورها العسكري في X / وجودها في X / تواجده في X: a noun of presence with a pronoun: the one the
    pronoun stands for BASED_IN the place."""
    x = extract_text(text)
    assert has_claim(x, actor, "BASED_IN", place), claim_triples(x)


@pytest.mark.parametrize("text, actor, place", [
    ("وقتل القيادي داخل معسكر التكبالي الذي يتخذه اللواء 444 قتال مقرا له.", "اللواء 444", "معسكر التكبالي"),
    ("وتقدمت القوات نحو مدينة جلب التي تتخذها حركة الشباب معقلا رئيسيا لها.", "الشباب", "جلب"),
], ids=["camp-taken-as-seat", "town-taken-as-stronghold"])
def test_taken_as_a_seat_in_a_relative(extract_text, text, actor, place):
    """X الذي يتخذه Y مقرا له: the place a relative clause says a body takes as its seat."""
    x = extract_text(text)
    assert has_claim(x, actor, "BASED_IN", place), claim_triples(x)


def test_a_new_administration_in_its_capital(extract_text):
    """الإدارة السورية الجديدة في دمشق: إدارة heads a government's name as حكومة does."""
    x = extract_text("وتجري مفاوضات بين قسد والإدارة السورية الجديدة في دمشق بشأن مستقبل المنطقة.")
    assert has_claim(x, "الإدارة السورية الجديدة", "BASED_IN", "دمشق"), claim_triples(x)


def test_a_department_in_a_governorate_is_no_seat(extract_text):
    x = extract_text("وأعلنت إدارة العمليات العسكرية في حلب السيطرة على المطار.")
    assert not [c for c in x.claims if c.predicate == "BASED_IN"], claim_triples(x)


def test_deployed_with_the_subject_first_is_based_there(extract_text):
    """قال البيان إن وحدات من X انتشرت في Y: the subject named before the past verb of deploying:
    where the force now stands (BASED_IN) as well as where it went (ENTERED)."""
    x = extract_text("وأضاف البيان أن وحدات من الكتيبة 128 مشاة انتشرت في محيط بلدة القطرون لتأمين الطرق.")
    assert has_claim(x, "الكتيبة 128 مشاة", "BASED_IN", "القطرون"), claim_triples(x)
    assert has_claim(x, "الكتيبة 128 مشاة", "ENTERED", "القطرون"), claim_triples(x)


def test_deployed_with_the_verb_first_is_the_move_only(extract_text):
    x = extract_text("وانتشرت وحدات من الجيش اللبناني في بلدة الخيام صباح اليوم.")
    assert has_claim(x, "الجيش اللبناني", "ENTERED", "الخيام"), claim_triples(x)
    assert not has_claim(x, "الجيش اللبناني", "BASED_IN", "الخيام"), claim_triples(x)


def test_a_relative_set_off_by_a_comma_has_the_actor_before_it(extract_text):
    """قوات X، التي تتمركز في Y، ...: the relative clause after a comma is on the actor named
    before the comma (its subject), as it is with no comma."""
    x = extract_text("واشتبكت قوات الدفاع الرواندية، التي تتمركز في إقليم كابو ديلغادو، مع المتمردين.")
    assert has_claim(x, "قوات الدفاع الرواندية", "BASED_IN", "كابو ديلغادو"), claim_triples(x)
