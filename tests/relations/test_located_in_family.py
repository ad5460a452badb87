"""LOCATED_IN by construction, on our own sentences (none taken from an article): what a name
inside a name says (a facility named after its town, a side of a country) and what it does not;
a place at a side of البلاد (the country the story is in)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _located(x):
    return [(c.subject, c.object, c.provenance.rule) for c in x.claims if c.predicate == "LOCATED_IN"]


# A facility named after its town (سجن حمص المركزي، مطار بنغازي) or a side of a country named as
# one region (شرق الكونغو) says no more than its name: the gold leaves such a pair out or optional.
NAMED_AFTER = [
    "وهبطت الطائرة في مطار بنغازي الدولي صباح الأحد.",
    "وأفرجت السلطات عن عشرات المعتقلين من سجن حماة المركزي أمس.",
    "واستهدفت الغارة ميناء اللاذقية ومستودعات قريبة منه.",
    "وتواصلت المعارك في شرق الكونغو الديمقراطية طوال الأسبوع.",
]


@pytest.mark.parametrize("text", NAMED_AFTER, ids=[f"N{i}" for i in range(1, len(NAMED_AFTER) + 1)])
def test_a_place_inside_a_name_is_no_location(extract_text, text):
    x = extract_text(text)
    assert not [r for r in _located(x) if r[2].startswith("located_in:nested_name")], _located(x)


def test_a_known_quarter_named_by_its_town_still_lies_in_it(extract_text):
    x = extract_text("وحلقت الطائرات المسيرة فوق الضاحية الجنوبية لبيروت مساء الجمعة.")
    assert ("dahiyeh", "beirut", "located_in:nested_quarter") in _located(x)


# A place, a side word (bare, after في, with بـ, after a comma) and البلاد: the place lies in its
# country (the registry's, else the one the sentence names before it).
SIDE_OF_THE_COUNTRY = [
    ("هاجم مسلحون بلدة نيونو وسط البلاد فجر الأحد.", "نيونو", "mali"),
    ("وقصف الطيران مواقع في مدينة الضعين شرقي البلاد.", "الضعين", "sudan"),
    ("وتضررت مدينة درنة شمال شرق البلاد من السيول.", "درنة", "libya"),
    ("وانتشرت الشرطة في مدينة درنة في شرق البلاد.", "درنة", "libya"),
    ("ووصلت التعزيزات إلى مدينة الضعين بشرق البلاد.", "الضعين", "sudan"),
    ("ووصلت التعزيزات إلى مدينة الضعين، في شرق البلاد.", "الضعين", "sudan"),
]


@pytest.mark.parametrize("text, place, country", SIDE_OF_THE_COUNTRY,
                         ids=[f"S{i}" for i in range(1, len(SIDE_OF_THE_COUNTRY) + 1)])
def test_a_place_at_a_side_of_the_country(extract_text, text, place, country):
    x = extract_text(text)
    assert has_claim(x, place, "LOCATED_IN", country), _located(x)


def test_no_country_for_a_place_elsewhere_or_unknown(extract_text):
    x = extract_text("وفي ليبيا، غمرت المياه مدينة البصرة جنوب البلاد.")
    assert not [r for r in _located(x) if r[1] == "libya"], _located(x)
    x = extract_text("وقالت مصادر إن قرية تلوكندا شمال البلاد تعرضت لهجوم.")
    assert not _located(x), _located(x)


# A participle of overlooking or facing between two places (المطل على، المشرفة على، المقابلة لـ):
# the first looks onto the second, it does not lie in it; a participle of lying still places it.
OVERLOOKING = [
    "وأطلق الجنود النار في حي الزيتون المطل على مدينة نابلس.",
    "وتمركز القناصة في بلدة بيت جالا المشرفة على مدينة القدس.",
    "واستهدف القصف بلدة كفرنبل المقابلة لمدينة معرة النعمان.",
]


@pytest.mark.parametrize("text", OVERLOOKING, ids=[f"O{i}" for i in range(1, len(OVERLOOKING) + 1)])
def test_a_place_overlooking_another_is_not_in_it(extract_text, text):
    x = extract_text(text)
    assert not _located(x), _located(x)


def test_a_place_lying_on_the_edge_of_another_is_in_it(extract_text):
    x = extract_text("وتمركز القناصة في بلدة بيت جالا الواقعة على أطراف مدينة بيت لحم.")
    assert has_claim(x, "بيت جالا", "LOCATED_IN", "بيت لحم"), _located(x)


def test_a_list_with_a_country_in_it_is_a_list_of_peers(extract_text):
    """اليمن وقطاع غزة وحلب في سوريا: each named for itself; only the last lies in Syria."""
    x = extract_text("وبحث الوزيران الأوضاع في العراق ومدينة غزة ومدينة حلب في سوريا.")
    assert has_claim(x, "حلب", "LOCATED_IN", "syria"), _located(x)
    assert not has_claim(x, "غزة", "LOCATED_IN", "syria"), _located(x)


def test_a_list_of_towns_still_lies_in_its_region(extract_text):
    x = extract_text("وقصفت الطائرات بلدات مارع وتل رفعت وأعزاز في ريف حلب الشمالي.")
    for town in ("مارع", "تل رفعت", "أعزاز"):
        assert has_claim(x, town, "LOCATED_IN", "ريف حلب الشمالي"), _located(x)


# A region whose name ends with its country's name lies in it (إقليم كردستان العراق); a side of a
# country (شمال العراق، بجنوب لبنان) and a natural feature named after one (بحيرة تشاد) do not.
def test_a_region_named_with_its_country(extract_text):
    for text in ("وشهد إقليم كردستان العراق موجة من الهجمات بالطائرات المسيرة.",
                 "وتوجه الوفد إلى كردستان العراق، ثم إلى بغداد."):
        x = extract_text(text)
        assert has_claim(x, "kurdistan_region", "LOCATED_IN", "iraq"), _located(x)


@pytest.mark.parametrize("text", ["وتصاعد التوتر في شمال العراق منذ أيام.",
                                  "وتقدمت القوات في مواقع بجنوب لبنان.",
                                  "ودارت معارك في جزر بحيرة تشاد."], ids=["side", "side-bi", "lake"])
def test_a_side_or_a_feature_named_with_a_country_is_not_placed_by_its_name(extract_text, text):
    x = extract_text(text)
    assert not [r for r in _located(x) if r[2] == "located_in:country_in_name"], _located(x)


# A where-clause places what happens there (جنوب لبنان، حيث تدور اشتباكات في بلدة الخيام), not a
# topic talked about there (دمشق، حيث بحثا الأوضاع في الجنوب: topic_nouns before في).
@pytest.mark.parametrize("text", ["واجتمع الوزيران في دمشق، حيث بحثا الأوضاع في جنوب سوريا.",
                                  "والتقى الوفدان في القاهرة، حيث ناقشا التطورات في الضفة الغربية."],
                         ids=["awda", "tatawwurat"])
def test_a_topic_in_a_where_clause_is_not_placed(extract_text, text):
    x = extract_text(text)
    assert not [r for r in _located(x) if r[2] == "located_in:where_clause"], _located(x)


def test_an_event_in_a_where_clause_is_placed(extract_text):
    x = extract_text("وتتواصل المعارك في جنوب لبنان، حيث تدور اشتباكات في بلدة الخيام.")
    assert has_claim(x, "الخيام", "LOCATED_IN", "جنوب لبنان"), _located(x)
