"""Bodies the press names in stories of shipping, of UN missions and of Suwayda: the British maritime trade
office with or without its adjective, and بعثة الأمم المتحدة in a country that has a UN mission
(the mission there, not the United Nations); الحرس الوطني in a Syrian story is Suwayda's armed
National Guard (in a Tunisian one, Tunisia's)."""
from __future__ import annotations

import pytest


def _ids(resolved, word):
    return [m.entity_id for m in resolved.mentions if word in m.text and m.source != "nested"]


@pytest.mark.parametrize("text", [
    "وأفادت هيئة عمليات التجارة البحرية البريطانية بأن قاربا صغيرا اقترب من سفينة شحن قبالة عدن.",
    "وتلقت هيئة عمليات التجارة البحرية بلاغا عن إطلاق نار على ناقلة في البحر الأحمر.",
], ids=["with-adjective", "without-adjective"])
def test_the_british_maritime_trade_office_is_one_body(resolve_text, text):
    assert _ids(resolve_text(text), "التجارة البحرية") == ["ukmto"]


@pytest.mark.parametrize("text, mission", [
    ("وأعلنت بعثة الأمم المتحدة أن قافلة مساعدات وصلت إلى مدينة تمبكتو في شمال مالي.", "minusma"),
    ("وقالت البعثة الأممية إن آلاف المدنيين لجؤوا إلى قاعدتها في ملكال بجنوب السودان.", "unmiss"),
], ids=["mali", "south-sudan"])
def test_the_un_mission_in_a_country_that_has_one_is_that_mission(resolve_text, text, mission):
    assert mission in {m.entity_id for m in resolve_text(text).mentions}


def test_the_un_mission_elsewhere_is_still_the_united_nations(resolve_text):
    r = resolve_text("وقالت بعثة الأمم المتحدة إن فريقا زار مخيما للنازحين قرب حلب.")
    assert "united_nations" in {m.entity_id for m in r.mentions}


def test_the_national_guard_in_a_syrian_story_is_suwaydas(resolve_text):
    r = resolve_text("وتجددت المواجهات في ريف السويداء جنوب سوريا. "
                     "وقال مصدر إن عناصر من الحرس الوطني انسحبوا من تلة قرب البلدة.")
    assert "suwayda_national_guard" in {m.entity_id for m in r.mentions}


def test_the_national_guard_in_a_tunisian_story_is_still_tunisias(resolve_text):
    r = resolve_text("وأعلنت وزارة الداخلية التونسية أن الحرس الوطني أوقف مهربين قرب الحدود.")
    assert "tunisian_national_guard" in {m.entity_id for m in r.mentions}
