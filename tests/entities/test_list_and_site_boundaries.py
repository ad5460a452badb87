"""Where a name starts and ends (our own sentences): the و of a place's name prefix the
recogniser took in, a phrase after a plural place cue, a regional outlet's adjective, and the site
of a body after a place cue."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


def test_a_conjunction_before_a_place_prefix_is_no_part_of_the_name(cues):
    from kg.arabic import normalise
    from kg.entities.ner import conjunction_before_a_place_prefix
    assert conjunction_before_a_place_prefix(normalise("وعين"), cues)
    assert conjunction_before_a_place_prefix(normalise("وتل"), cues)
    assert not conjunction_before_a_place_prefix(normalise("وادي"), cues)
    assert not conjunction_before_a_place_prefix(normalise("عين"), cues)


def test_a_recognised_place_after_and_starts_at_its_prefix(resolve_text):
    found = _texts(resolve_text("وجال الوزير على ولايات باتنة وخنشلة وعين الدفلى لتفقد المشاريع."))
    assert not any(t.startswith("وعين") for t in found)


@pytest.mark.parametrize("text", [
    "وتفقد الخبراء مواقع سقوط الصواريخ وعاينوا الحفر التي خلفتها.",
    "وهي مناطق شكلت لسنوات ملاذا للمهربين.",
    "وزار المسؤول مناطق انتشار الوحدات على الشريط الحدودي.",
], ids=["verbal-noun", "verb", "verbal-noun-2"])
def test_a_common_word_after_a_plural_place_cue_names_no_place(resolve_text, text):
    from kg.language.names import TYPES
    resolved = resolve_text(text)
    assert not any(m.type in (TYPES.facility, TYPES.region, TYPES.city) and m.source == "cue"
                   for m in resolved.mentions)


def test_rare_names_after_a_plural_place_cue_still_make_a_list(resolve_text):
    found = _texts(resolve_text("وقصفت المدفعية قرى كفرنبل وحاس ومعرشورين فجرا."))
    assert {"حاس", "معرشورين"} <= found


def test_a_regional_outlet_keeps_its_adjective_after_li(resolve_text):
    found = _texts(resolve_text("وقال مدير الحماية المدنية لإذاعة قفصة الجهوية إن الحريق أخمد."))
    assert "إذاعة قفصة الجهوية" in found


def test_a_site_of_a_body_after_li_is_no_site_name(resolve_text):
    found = _texts(resolve_text("وسقطت قذيفة على موقع لقوة حفظ السلام قرب الحدود."))
    assert not any(t.startswith("موقع") for t in found)


@pytest.mark.parametrize("text, surface, eid", [
    ("ونقلت الإمدادات إلى معسكرات في الجنوب الغربي الليبي.", "الجنوب الغربي الليبي", "region:جنوب_غرب:libya"),
    ("وتنتشر الوحدات في الشمال الشرقي السوري منذ سنوات.", "الشمال الشرقي السوري", "north_east_syria"),
], ids=["compound-new", "compound-known"])
def test_a_compound_direction_and_a_state_adjective_name_one_region(resolve_text, text, surface, eid):
    found = {(m.text, m.entity_id) for m in resolve_text(text).mentions}
    assert (surface, eid) in found


def test_a_compound_direction_is_one_region_not_its_second_half(resolve_text):
    found = {m.text for m in resolve_text("وتقع المخيمات في الجنوب الغربي الجزائري قرب الحدود.").mentions}
    assert "الغربي الجزائري" not in found


def test_the_quote_that_closes_a_known_name_opens_no_place(resolve_text):
    found = {m.text for m in resolve_text(
        'وذكرت المصادر أن عناصر "هيئة تحرير الشام" شنت "هجمات متزامنة" على المواقع.').mentions}
    assert "شنت" not in found
