"""Constructions of our own Afghanistan/Pakistan, Caucasus and Kurdish-file sentences: a verb of
leading opening its clause with a body or state (ويقود الحزبَ ميدانياً فلان وفلان، وتقود فرنسا
التحالف)، a wing described by an adjective of its field after هو (وهو الجناح الانتحاري لـ X),
a leader's title with an adjective of state before the name (زعيم الحزب المسجون فلان)."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples, has_claim


@pytest.mark.parametrize("text, s, p, o", [
    ("ويقود حركة الشباب ميدانياً أحمد ديري أبو عبيدة منذ سنوات.", "أحمد ديري", "LEADS", "حركة الشباب"),
    ("ويتزعم هيئة تحرير الشام فعلياً أبو محمد الجولاني وعبد الرحيم عطون.", "عبد الرحيم عطون", "LEADS",
     "هيئة تحرير الشام"),
    ("وتقود فرنسا التحالف الدولي في منطقة الساحل منذ عام 2014.", "فرنسا", "LEADS", "التحالف الدولي"),
    ("وأعلنت كتيبة الفرقان، وهي الجناح الانتحاري لحركة الشباب، مقتل قيادي.", "كتيبة الفرقان", "PART_OF",
     "حركة الشباب"),
    ("وقالت منظمة الدعوة، وهي الذراع الدعوية لحزب الله، إن نشاطها مستمر.", "منظمة الدعوة", "PART_OF", "حزب الله"),
    ("وقال زعيم حزب العمال الكردستاني المسجون عبد الله أوجلان إن المرحلة تغيرت.", "عبد الله أوجلان", "LEADS",
     "حزب العمال الكردستاني"),
], ids=["body-first-then-leader", "body-first-two-leaders", "state-leads-body", "suicide-wing-after-huwa",
        "field-wing-after-hiya", "title-adjective-before-name"])
def test_own_constructions(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), claim_triples(x)


def test_a_verb_of_leading_an_action_leads_no_body(extract_text):
    x = extract_text("وقاد الجيش الباكستاني عملية في وزيرستان الشمالية.")
    assert not [t for t in claim_triples(x) if t[1] == "LEADS"]
