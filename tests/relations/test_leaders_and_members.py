"""Titles and verbs of leading on our own sentences: a title of two words before the organisation
(وهو قائد ميداني في حركة X), a leader's title of two words (مدير عام X), and a verb of leading after
a person and a relative pronoun (فلان الذي يقود X) or opening the clause (يتزعم فلان X)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("وقتل جمال الفاخوري، وهو قائد ميداني في حركة الشباب، في اشتباك مع الجيش الصومالي.",
     "جمال الفاخوري", "MEMBER_OF", "الشباب"),
    ("وأكد مدير عام الأمن العام اللبناني اللواء حسن شقير أن الحدود مضبوطة.", "حسن شقير", "LEADS", "الأمن العام"),
    ("واغتالت إسرائيل سمير الحلبي الذي يقود وحدة الصواريخ في حزب الله.", "سمير الحلبي", "LEADS", "وحدة الصواريخ"),
    ("واعتقلت الشرطة حسن العبيدي الذي يتزعم جماعة أنصار السنة في ديالى.", "حسن العبيدي", "LEADS", "أنصار السنة"),
], ids=["two-word-member-title", "two-word-leader-title", "relative-leads", "relative-heads-a-group"])
def test_titles_and_verbs_of_leading(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_verb_of_leading_an_attack_is_no_leads(extract_text):
    x = extract_text("وقاد الجيش السوداني هجوما على مدينة بارا.")
    assert not [c for c in x.claims if c.predicate == "LEADS"]
