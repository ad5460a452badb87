"""A leader named after a title of his own: after a verb of leading and the body led (ويقود الجيشَ
رئيسُ مجلس السيادة الفريق أول فلان), after بقيادة/بزعامة (بزعامة النائب الأول للرئيس فلان،
بقيادة وزير الدفاع السابق فلان), and a commander of an area in a body (قائد منطقة X في قوة Y فلان:
MEMBER_OF Y); on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, rel, body", [
    ("ويقود الجيش السوداني رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان.", "عبد الفتاح البرهان", "LEADS",
     "الجيش السوداني"),
    ("وتقود قوات الدعم السريع نائب رئيس مجلس السيادة السابق محمد حمدان دقلو.", "محمد حمدان دقلو", "LEADS",
     "قوات الدعم السريع"),
], ids=["object-first-then-his-title", "object-first-then-a-deputy-title"])
def test_a_verb_of_leading_with_the_leader_after_his_title(extract_text, text, person, rel, body):
    x = extract_text(text)
    assert has_claim(x, person, rel, body), [(c.subject, c.predicate, c.object) for c in x.claims]
