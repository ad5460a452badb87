"""Our own sentences: a force or fighters noun with one indefinite adjective before من and the
body (توغلت قوة مؤللة من الجيش الإسرائيلي، هاجم مسلحون ملثمون من الحركة): the body acts."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("وتوغلت قوة مدرعة من الجيش الإسرائيلي في بلدة كفرشوبا.", "الجيش الإسرائيلي", "ENTERED", "كفرشوبا"),
    ("وهاجم مسلحون ملثمون من تنظيم داعش نقطة للجيش العراقي في ديالى.", "داعش", "ATTACKED", "iraqi_army"),
    ("ودخلت قوة راجلة من الجيش السوري قرية البصة.", "الجيش السوري", "ENTERED", "البصة"),
], ids=["armoured-force", "masked-gunmen", "infantry-force"])
def test_fighters_with_an_adjective_before_min(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_definite_word_after_the_force_is_not_its_adjective(extract_text):
    x = extract_text("وتوغلت القوة الإسرائيلية من الجهة الشرقية في بلدة كفرشوبا.")
    assert not [c for c in x.claims if c.predicate == "ENTERED" and c.subject.startswith("name:")]
