"""Words after a place cue that describe a place, refer back to one or make a fixed phrase with
the word before: no new name (our own sentences)."""
from __future__ import annotations

import pytest


def _named(resolved):
    return [m.text for m in resolved.mentions]


# ------------------------------------------------------------------ an adjective after a place cue

@pytest.mark.parametrize("text", [
    "ولجأت العائلات إلى قرية مجاورة هربا من القصف.",
    "وطالب الأهالي بنقلهم إلى منطقة آمنة بعيدا عن الجبهة.",
    "وأقام الهلال الأحمر مستشفى ميدانيا قرب بلدة صغيرة على الطريق.",
    "وسقطت قذيفة على حي سكني مكتظ، وأصيب خمسة في مخيم مؤقت للنازحين.",
    "وانتقل القتال إلى بلدة أخرى بعد ساعات.",
], ids=["mujawira", "amina", "saghira", "sakani-muaqqat", "ukhra"])
def test_an_agreeing_common_adjective_after_a_place_cue_is_no_name(resolve_text, text):
    assert _named(resolve_text(text)) == []


@pytest.mark.parametrize("text, name", [
    ("وقصفت المدفعية بلدة مضايا في الريف.", "مضايا"),
    ("ودخلت القوات بلدة بصرى الشام فجرا.", "بصرى"),
    ("ونزح السكان من قرية كفرنبودة.", "كفرنبودة"),
], ids=["rare-word", "one-gender", "unknown"])
def test_a_place_name_after_its_cue_stays_a_name(resolve_text, text, name):
    assert any(name in n for n in _named(resolve_text(text)))


def test_the_describing_adjective_test_reads_gender():
    from kg.entities.names import is_describing_adjective
    assert is_describing_adjective("صغيرة", feminine=True)
    assert not is_describing_adjective("صغيرة", feminine=False)      # مخيم صغيرة: no agreement
    assert is_describing_adjective("سكنيا", feminine=False)
    assert not is_describing_adjective("كفرنبودة", feminine=True)


# ------------------------------------------------------------------ a place named before

@pytest.mark.parametrize("text", [
    "وتواصلت الاشتباكات في ريف المدينة الغربي حتى المساء.",
    "وحلقت الطائرات فوق ريف البلدة، ووريف القرية.",
], ids=["countryside-of-the-city", "countryside-of-the-town"])
def test_a_place_cue_before_an_anaphor_names_nothing_new(resolve_text, text):
    found = resolve_text(text).mentions
    assert not any(m.entity_id.startswith("name:") for m in found), [(m.text, m.entity_id) for m in found]


def test_a_unit_after_a_facility_cue_is_still_read(resolve_text):
    assert "مقر الفرقة 9" in _named(resolve_text("واستعاد الجيش مقر الفرقة 9 في المدينة."))


# ------------------------------------------------------------------ fixed phrases

def test_by_way_of_is_no_road(resolve_text):
    found = _named(resolve_text("ووصلت الشحنة إلى الميناء عن طريق البحر، ثم عن طريق الوسطاء."))
    assert not any("طريق" in n for n in found), found


def test_a_named_road_stays_a_place(resolve_text):
    assert any("طريق" in n for n in _named(resolve_text("وقطع المسلحون طريق الساحل قرب المدينة.")))


@pytest.mark.parametrize("text", [
    "واعتقلت السلطات اليمنية صحفيين في عدن بحجة التجسس.",
    "وأغلقت القوات العراقية الطريق بحجة أن المنطقة غير آمنة.",
], ids=["pretext-noun", "pretext-clause"])
def test_a_place_word_after_bi_before_a_noun_is_the_word(resolve_text, text):
    assert not any("حجة" in n for n in _named(resolve_text(text)))


def test_the_place_after_a_locative_stays(resolve_text):
    assert any("حجة" in n for n in _named(resolve_text("وقصف طيران التحالف مواقع في محافظة حجة اليمنية.")))


def test_an_ambiguous_place_with_its_article_after_a_noun_is_an_adjective(resolve_text):
    found = _named(resolve_text("وقال الجيش العراقي إنه استخدم الأسلحة الحديثة في المعارك."))
    assert "الحديثة" not in found


# ------------------------------------------------------------------ a title that is also a town's name

def test_a_title_before_its_holder_is_no_town(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("واستقبل الوزير السفيرة البريطانية جين ماريوت في مكتبه.")
    assert not any(m.type == TYPES.city for m in r.mentions), [(m.text, m.type) for m in r.mentions]
    assert "جين ماريوت" in [m.text for m in r.mentions if m.type == TYPES.person]


def test_the_town_named_like_a_title_stays_after_its_cue(resolve_text):
    from kg.language.names import TYPES
    r = resolve_text("وقصفت الطائرات بلدة السفيرة في ريف حلب.")
    assert any(m.type == TYPES.city and "السفيرة" in m.text for m in r.mentions)


@pytest.mark.parametrize("text, word", [
    ("وأعلنت الحكومة السودانية أن الدعم مالي وعسكري، وقال وزير المالية في الخرطوم إن الوضع صعب.", "مالي"),
    ("وتغير المشهد الميداني في ريف حلب بعد انسحاب القوات من مدينة منبج.", "المشهد"),
    ("وأدان لبنان قيام إسرائيل بقصف مدينة صور وبلدات الجنوب.", "قيام"),
], ids=["financial", "scene", "doing"])
def test_an_ordinary_word_that_names_a_far_place_is_the_word(resolve_text, text, word):
    assert word not in [m.text for m in resolve_text(text).mentions]


def test_a_name_shaped_like_an_adjective_before_a_definite_adjective_is_a_name(resolve_text):
    found = [m.text for m in resolve_text("وقصفت المدفعية بلدة جميلة الحدودية فجرا.").mentions]
    assert any("جميلة" in n for n in found), found
