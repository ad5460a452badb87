"""A new unit first named through the clitic ل (its article's alef dropped) is named with its
article (own sentences, Syria 2025)."""
import pytest


@pytest.mark.parametrize("text, name", [
    ("ووصلت تعزيزات تابعة للفرقة 54 إلى ريف إدلب الجنوبي.", "الفرقة 54"),
    ("واستهدف مسلحون حاجزاً للواء 91 على طريق حمص تدمر.", "اللواء 91"),
])
def test_a_unit_named_through_lam_keeps_its_article(extract_text, text, name):
    x = extract_text(text)
    assert name in {e.name for e in x.entities}, [e.name for e in x.entities]


@pytest.mark.parametrize("text, name", [
    ("وهاجم فصيل \"أحرار الساحل\" حاجزاً قرب مدينة بانياس.", "أحرار الساحل"),
    ("وتبنت ميليشيا \"سرايا أنصار السنة\" الهجوم على دورية في ريف جبلة.", "سرايا أنصار السنة"),
])
def test_a_describing_cue_before_a_quoted_name_is_no_word_of_the_name(extract_text, text, name):
    x = extract_text(text)
    assert name in {e.name for e in x.entities}, [e.name for e in x.entities]


def test_an_organisation_cue_before_a_quoted_name_stays_in_the_name(extract_text):
    x = extract_text("وأعلنت حركة \"شباب الساحل\" مسؤوليتها عن الهجوم.")
    assert "حركة شباب الساحل" in {e.name.replace('"', "") for e in x.entities}, [e.name for e in x.entities]


@pytest.mark.parametrize("text", [
    "واشتبك عناصر من الأمن العام مع فلول النظام السابق في أحراج ريف بانياس.",
    "وقالت مصادر محلية إن فلول نظام الأسد نصبوا كميناً لدورية في ريف القرداحة.",
])
def test_the_remnants_of_the_regime_are_an_armed_group_not_the_regime(extract_text, text):
    x = extract_text(text)
    assert "assad_regime_remnants" in {e.id for e in x.entities}, [(e.id, e.name) for e in x.entities]
    assert "assad_regime" not in {e.id for e in x.entities}
