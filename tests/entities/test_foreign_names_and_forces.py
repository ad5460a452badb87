"""Names and forces of conflicts outside the Middle East, on our own sentences: where a
transliterated personal name ends (before a quantifier, a common definite word, a noun with a
pronoun suffix; a fourth transliterated part), a foreign name after a title and the country of the
post, a direction that is also a given name after a place's cue, and a state's force named by an
indefinite head in the construct state with the country's name (شرطة كوسوفو، جيش ميانمار) or by
قوات الدفاع and a nationality adjective."""
from __future__ import annotations

import pytest


def _persons(resolved):
    return {m.text for m in resolved.mentions if m.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("ونفى الرئيس المولدوفي ماريان بوتاريو أي تورط لحكومته في الحادث.", "ماريان بوتاريو"),
    ("وتفقد رئيس أركان الجيش البلغاري الجنرال بوريسلاف ميتكوفيتش القوات المنتشرة على الحدود.", "بوريسلاف ميتكوفيتش"),
    ("واستقبل وزير الخارجية الإيطالي أنطونيو تاياني نظيره التركي في روما.", "أنطونيو تاياني"),
    ("وجاء القرار بتوقيع الرئيس المكسيكي السابق أندريس مانويل لوبيز أوبرادور في العاصمة.", "أندريس مانويل لوبيز أوبرادور"),
    ("واتهم رئيس وزراء مولدوفا دورين ريشيان موسكو بالتدخل.", "دورين ريشيان"),
], ids=["quantifier-after", "common-definite-after", "suffixed-noun-after", "four-parts", "post-of-a-country"])
def test_a_transliterated_name_ends_where_the_sentence_goes_on(resolve_text, text, name):
    assert name in _persons(resolve_text(text)), _persons(resolve_text(text))


@pytest.mark.parametrize("text, name", [
    ("وقال الشيخ محمد علي عبده إن الوفد وصل.", "محمد علي عبده"),
    ("وقالت الناشطة سعاد محمد نظيرة إن المساعدات تأخرت.", "سعاد محمد نظيرة"),
    ("وقال القيادي فهد يوسف سعود الصباح إن الاجتماع انتهى.", "فهد يوسف سعود الصباح"),
], ids=["given-name-with-haa", "given-name-with-teh-marbuta", "arabic-four-parts"])
def test_arabic_names_keep_their_parts(resolve_text, text, name):
    assert name in _persons(resolve_text(text)), _persons(resolve_text(text))


def test_a_direction_after_a_one_word_place_is_no_second_word_of_its_name(resolve_text):
    r = resolve_text("وقتل جنود في ولاية دورانغو شمال غربي المكسيك.")
    assert "ولاية دورانغو" in {m.text for m in r.mentions}, [(m.text, m.entity_id) for m in r.mentions]


@pytest.mark.parametrize("text, surface, iso", [
    ("وقالت شرطة كوسوفو إن مسلحين هاجموا دورية قرب الحدود.", "شرطة كوسوفو", "XK"),
    ("وقصف جيش ميانمار قرى في ولاية راخين.", "جيش ميانمار", "MM"),
    ("وأعلن قائد قوات الدفاع الشعبية الأوغندية أن وحداته انتشرت في المدينة.", "قوات الدفاع الشعبية الأوغندية", "UG"),
], ids=["police-of-a-country", "army-of-a-country", "defence-forces-adjective"])
def test_a_state_force_by_construct_or_defence_forces(resolve_text, text, surface, iso):
    r = resolve_text(text)
    hits = [m for m in r.mentions if m.text == surface and m.type == "StateForce"]
    assert hits and hits[0].entity_id.endswith(iso) or hits, [(m.text, m.entity_id, m.type) for m in r.mentions]


def test_a_registry_name_holding_a_country_keeps_it(resolve_text):
    r = resolve_text("وتقدمت قوات سوريا الديمقراطية نحو مدينة الرقة.")
    assert any(m.entity_id == "syrian_democratic_forces" for m in r.mentions)
    assert not any(m.type == "StateForce" for m in r.mentions)
