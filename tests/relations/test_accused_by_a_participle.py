"""X المتهمة بدعم Y on our own sentences: a participle of being accused (المتهم، المتهمة، المتهمين،
متهم ...) right before a verbal noun with ب makes the noun it describes the one said to act (X
SUPPORTS Y, X ATTACKED Y), hedged; never the reverse that the backing phrase بدعم Y would read."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples, misread, entity_ids


@pytest.mark.parametrize("text, expected, absent", [
    ("وتواجه الإمارات المتهمة بدعم قوات الدعم السريع انتقادات متزايدة.",
     [("الإمارات", "SUPPORTS", "الدعم السريع")], [("الدعم السريع", "SUPPORTS", "الإمارات")]),
    ("وفرضت الولايات المتحدة عقوبات على ميليشيا الدعم السريع المتهمة بدعم تنظيم داعش في ليبيا.",
     [("الدعم السريع", "SUPPORTS", "داعش")], [("داعش", "SUPPORTS", "الدعم السريع")]),
    ("وطالب البرلمان بطرد مجموعة فاغنر، المتهمة بدعم جبهة تحرير أزواد، من البلاد.",
     [("فاغنر", "SUPPORTS", "أزواد")], [("أزواد", "SUPPORTS", "فاغنر")]),
    ("واستهدفت الغارات مواقع حركة النجباء المتهمين بتمويل الحوثيين.",
     [("النجباء", "SUPPORTS", "الحوثيين")], [("الحوثيين", "SUPPORTS", "النجباء")]),
    ("وتلاحق أجهزة الأمن الكينية عناصر حركة الشباب المتهمة بشن هجمات على مدينة مانديرا.",
     [("الشباب", "ATTACKED", "مانديرا")], []),
    ("ويحاكم قيادي في الحرس الثوري الإيراني المتهم باغتيال الصحفي أحمد النجار.",
     [("الحرس الثوري", "KILLED", "النجار")], [("النجار", "KILLED", "الحرس الثوري")]),
], ids=["feminine-country", "feminine-group", "comma-apposition", "masculine-plural", "attack-then-word", "killing"])
def test_the_accused_is_the_one_said_to_act(extract_text, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, claim_triples(x)
    s, p, o = expected[0]
    subjects, objects = entity_ids(x, s), entity_ids(x, o)
    assert all(c.provenance.hedged for c in x.claims
               if c.predicate == p and c.subject in subjects and c.object in objects)


def test_a_noun_kg_does_not_name_backs_no_one(extract_text):
    """شركة X المتهمة بدعم Y: the company is no entity; no one else in the sentence becomes the backer."""
    x = extract_text("وفرضت واشنطن عقوبات على شركة النور للشحن المتهمة بدعم جماعة الحوثي.")
    assert not [c for c in x.claims if c.predicate == "SUPPORTS"], claim_triples(x)
