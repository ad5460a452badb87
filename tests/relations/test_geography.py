"""Places in places and forces at places, on our own sentences (none taken from an article),
run end to end: each must give the relations listed (subject word, relation, object word: words
of mentions)."""
from __future__ import annotations

import pytest

from .triples import claim_triples, stated


def _has(x, s, p, o):
    """By mention text only, one direction (these cases name places, never a symmetric relation)."""
    return stated(x, claim_triples(x), s, p, o, symmetric=False, with_names=False)


CASES = [
    # a town and the named part of a country a direction gives (شمال سوريا، جنوبي سوريا)
    ("وشهدت مدينة منبج شمال سوريا اشتباكات عنيفة أمس.", [("منبج", "LOCATED_IN", "شمال سوريا")]),
    ("وعاد الهدوء إلى محافظة درعا جنوبي سوريا بعد أيام من التوتر.", [("محافظة درعا", "LOCATED_IN", "جنوبي سوريا")]),
    # towns listed in a sector of a front (القطاع الأوسط), a region of its own
    ("وانتشر الجيش في بلدات كفرحمام والهبارية وشبعا في القطاع الشرقي.",
     [("كفرحمام", "LOCATED_IN", "القطاع الشرقي"), ("الهبارية", "LOCATED_IN", "القطاع الشرقي"),
      ("شبعا", "LOCATED_IN", "القطاع الشرقي")]),
    # a quoted list (و apart before a quoted name) in a region
    ('وسقطت صواريخ في مستوطنتي "كفار عزة" و"نحال عوز" في غلاف غزة.',
     [("كفار عزة", "LOCATED_IN", "غلاف غزة"), ("نحال عوز", "LOCATED_IN", "غلاف غزة")]),
    # في before a direction and a country: the town lies in the region they name
    ("وسقط صاروخ على مدينة صفد في شمال إسرائيل.", [("صفد", "LOCATED_IN", "شمال إسرائيل")]),
    # a place, one of the places of a larger one (an ordinal before), or of a nationality
    ("وسيطرت الفصائل على مدينة حماة، رابع أكبر مدن سوريا.", [("حماة", "LOCATED_IN", "سوريا")]),
    ("وحاصرت القوات مدينة الفاشر، إحدى أكبر المدن السودانية.", [("الفاشر", "LOCATED_IN", "id:sudan")]),
    ("وسقطت قذائف على الخرطوم، العاصمة السودانية، صباح اليوم.", [("الخرطوم", "LOCATED_IN", "id:sudan")]),
    # an actor takes a place as its seat, the subject before the verb or after it
    ("وقال إن الحوثيين يتخذون من صنعاء مقرا لهم.", [("الحوثيين", "BASED_IN", "صنعاء")]),
    ("وتتخذ حركة الشباب من بلدة جلب معقلا لها.", [("الشباب", "BASED_IN", "جلب")]),
    # a where clause after a place puts the place it names in it
    ("وتأتي الغارة وسط تصاعد التوتر في جنوب لبنان، حيث تدور معارك في بلدة الخيام منذ أيام.",
     [("الخيام", "LOCATED_IN", "جنوب لبنان")]),
    # a facility, its owner, then where it lies (مقر X التابع للجيش بمدينة Y)
    ("وسيطرت القوات على مقر الفرقة التابع للجيش بمدينة كوستي.", [("مقر الفرقة", "LOCATED_IN", "كوستي")]),
    # a relative clause between a facility and where it lies; a verb of hosting in it
    ("وهبطت الطائرة في مطار بنينا الذي تسيطر عليه قوات حفتر في بنغازي.", [("مطار بنينا", "LOCATED_IN", "بنغازي")]),
    ("وقصفت الصواريخ قاعدة عين الأسد التي تستضيف قوات أمريكية في الأنبار.",
     [("عين الأسد", "LOCATED_IN", "الأنبار"), ("أمريكي", "BASED_IN", "عين الأسد")]),
    # definite presence nouns with a nationality, and the places joined after the first
    ("وتستعد القواعد الأمريكية في العراق وسوريا لهجمات محتملة.",
     [("id:united_states", "BASED_IN", "العراق"), ("id:united_states", "BASED_IN", "سوريا")]),
    # the seat of an organisation (مقر X) in a place: the organisation is based there
    ("وسقطت قذيفة قرب مقر حزب الله في مدينة صور.", [("حزب الله", "BASED_IN", "صور"), ("مقر حزب الله", "LOCATED_IN", "صور")]),
]


def test_a_position_of_an_organisation_is_no_seat(extract_text):
    x = extract_text("وأصيب جنديان في موقع الأمم المتحدة في بلدة شمع.")
    assert not any(c.predicate == "BASED_IN" for c in x.claims)


@pytest.mark.parametrize("text,expected", CASES)
def test_geography(extract_text, text, expected):
    x = extract_text(text)
    missing = [t for t in expected if not _has(x, *t)]
    got = sorted((c.subject, c.predicate, c.object) for c in x.claims)
    assert not missing, f"missing {missing}; got {got}"


def test_a_town_on_the_road_to_a_town_is_not_in_it(extract_text):
    x = extract_text("ونصب مسلحون كمينا في بلدة الفرقلس على طريق تدمر مساء الخميس.")
    assert not _has(x, "الفرقلس", "LOCATED_IN", "تدمر")


def test_a_place_after_a_longer_relative_clause_is_not_read(extract_text):
    x = extract_text("وقصفت الطائرات مطار بنينا الذي قالت مصادر محلية إن قوات حفتر تستخدمه منذ سنوات لنقل الأسلحة في بنغازي.")
    assert not _has(x, "بنينا", "LOCATED_IN", "بنغازي")


def test_an_indefinite_nationality_after_an_army_is_a_person_not_where_it_is_based(extract_text):
    x = extract_text("واعتقل الجيش الإسرائيلي فلسطينيا مطلوبا في مدينة قلقيلية.")
    assert not any(c.predicate == "BASED_IN" for c in x.claims)
