"""After the cue of a site or an area, one ordinary indefinite word says what kind of site it is
(محطة كهرباء، مصفاة نفط، تلال مشرفة), and لـ on an ordinary word says what a body or a place is
for (لجنة لحصر الأضرار): no name (our own sentences). Names stay names."""
from __future__ import annotations

import pytest


def _cued(resolved):
    return {m.text for m in resolved.mentions if m.source == "cue"}


@pytest.mark.parametrize("text", [
    "قصفت المسيرات محطة كهرباء شمال المدينة فجرا.",
    "أصاب الصاروخ مصفاة نفط قرب الساحل.",
    "تحصن القناصة على تلال مشرفة على الطريق.",
    "استهدفت الغارة مستودع ذخيرة في ضواحي البلدة.",
    "شكل المحافظ لجنة لحصر الخسائر في الأحياء المتضررة.",
    "قصفت المدفعية تجمعا لمقاتلي القبائل قرب السوق.",
    "أنشأت الوزارة مركزا لإيواء النازحين.",
])
def test_a_kind_of_site_or_a_purpose_names_nothing(resolve_text, text):
    assert not _cued(resolve_text(text))


@pytest.mark.parametrize("text, name", [
    ("نقل الجرحى إلى مستشفى حمد في المدينة.", "مستشفى حمد"),        # a man's given name
    ("سيطرت الفصائل على سد تشرين بعد معارك.", "سد تشرين"),         # a month's name, rare with ال
    ("قصفت الطائرات محطة كهرباء الزارة الحرارية.", None),           # the name goes on (no claim on its end)
    ("دخلت القوات قرية مزرعة صباحا.", "قرية مزرعة"),               # a town's cue: left as it was
])
def test_names_after_such_cues_stay_names(resolve_text, text, name):
    found = {m.text for m in resolve_text(text).mentions}
    if name is None:
        assert any("الزارة" in t for t in found)
    else:
        assert name in found


@pytest.mark.parametrize("text, k, expected", [
    ("شكلت لجنة لحصر الخسائر.", 2, True),
    ("قصفت تجمعا لمقاتلي القبائل.", 2, True),
    ("أعلنت تنسيقية لجان الأحياء الإضراب.", 2, False),    # لجان: its ل is its own
    ("قال قائد لواء المدينة.", 2, False),
    ("وصل الوفد إلى قنصلية لندن.", 4, False),             # a name rare without its ل
])
def test_li_on_an_ordinary_word(sentence, text, k, expected):
    from kg.entities.cues import for_an_ordinary_word
    assert for_an_ordinary_word(sentence(text).tokens[k]) is expected


@pytest.mark.parametrize("text", [
    "صنفت الحكومة الحزب «منظمة محظورة» قبل عامين.",
    "فككت الشرطة خلية إرهابية في الضاحية.",
    "تبنت جماعة متطرفة الهجوم على الحاجز.",
    "قالت حركة مستقلة إنها ستقاطع الانتخابات.",
])
def test_a_body_described_by_an_adjective_names_nothing(resolve_text, text):
    from kg.language.names import TYPES
    resolved = resolve_text(text)
    assert not [m for m in resolved.mentions if m.source == "cue" and m.type not in (TYPES.city, TYPES.region)]


def test_a_body_named_after_its_feminine_cue_stays_named(resolve_text):
    found = {m.text for m in resolve_text("أعلنت حركة نهضة الجنوب تأسيسها في المدينة.").mentions}
    assert "حركة نهضة الجنوب" in found
