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
