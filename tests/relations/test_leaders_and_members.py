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
    ("وقال مني أركو مناوي، الذي يقود حركة تحرير السودان، إن قواته تقاتل إلى جانب الجيش.", "مناوي", "LEADS",
     "حركة تحرير السودان"),
], ids=["two-word-member-title", "two-word-leader-title", "relative-leads", "relative-heads-a-group",
        "relative-after-a-comma"])
def test_titles_and_verbs_of_leading(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_verb_of_leading_an_attack_is_no_leads(extract_text):
    x = extract_text("وقاد الجيش السوداني هجوما على مدينة بارا.")
    assert not [c for c in x.claims if c.predicate == "LEADS"]


@pytest.mark.parametrize("text, s, p, o", [
    ("وقتل خالد العبيدي، وهو قيادي في الصف الأول في كتائب سيد الشهداء، بغارة.", "خالد العبيدي", "MEMBER_OF",
     "سيد الشهداء"),
    ("واتهمت الحكومة السودانية قوات الدعم السريع بتلقي الأسلحة من الإمارات.", "الإمارات", "SUPPORTS", "الدعم السريع"),
    ("وتتهم واشنطن حزب الله بالحصول على تمويل من إيران.", "إيران", "SUPPORTS", "حزب الله"),
], ids=["rank-phrase-in-a-title", "receiving-as-a-verbal-noun", "obtaining-as-a-verbal-noun"])
def test_a_rank_inside_a_title_and_support_received_as_a_verbal_noun(extract_text, text, s, p, o):
    x = extract_text(text)
    assert has_claim(x, s, p, o), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_body_joining_a_body_is_part_of_it_never_a_member(extract_text):
    """MEMBER_OF is a person's (kg.ttl): انضمت قوات درع السودان إلى الجيش gives PART_OF."""
    x = extract_text("سيطر الجيش السوداني على مدينة سنار. وأعلنت قوات درع السودان انضمامها إلى الجيش، "
                     "وانضمت قوات درع السودان إلى الجيش السوداني في أكتوبر.")
    found = {(c.subject, c.predicate, c.object) for c in x.claims}
    assert not [t for t in found if t[1] == "MEMBER_OF" and t[0] == "sudan_shield_forces"]
    assert ("sudan_shield_forces", "PART_OF", "sudanese_armed_forces") in found
