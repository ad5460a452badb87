"""دخل الجيش البلدة بعد أن انسحبت منها مجموعات مسلحة / بعد انسحاب مسلحين منها: a noun of
fighters with no article right after a verb of movement (past منها) or after its verbal noun is
that movement's subject; when no actor is named with it, the actor named earlier in the sentence
did not move. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim

MOVES = ("WITHDREW_FROM", "FLED_FROM", "ENTERED")


@pytest.mark.parametrize("text, actor, relation", [
    ("دخل الجيش السوداني بلدة أم روابة بعد أن انسحبت منها مجموعات مسلحة.", "sudanese_armed_forces", "WITHDREW_FROM"),
    ("دخل الجيش السوداني بلدة أم روابة بعد انسحاب مسلحين منها.", "sudanese_armed_forces", "WITHDREW_FROM"),
    ("سيطر الجيش السوداني على بلدة أم روابة بعد أن فر منها مقاتلون.", "sudanese_armed_forces", "FLED_FROM"),
    ("انتشرت وحدات من الجيش السوري في بلدة القرداحة، بعدما انسحب منها عناصر مجهولون.", "syrian_army", "WITHDREW_FROM"),
    ("قصف الجيش الإسرائيلي بلدة الخيام بعد أن تسللت إليها عناصر مسلحة.", "israel_defense_forces", "ENTERED"),
], ids=["verb-after-pronoun-prep", "verbal-noun-genitive", "fled", "adjective-after", "infiltrated"])
def test_the_actor_before_did_not_move(extract_text, text, actor, relation):
    assert not [c for c in extract_text(text).claims if c.subject == actor and c.predicate == relation]


@pytest.mark.parametrize("text, s, p, o", [
    ("دخل الجيش السوداني بلدة أم روابة بعد أن انسحب منها مقاتلون من الدعم السريع.", "الدعم السريع", "WITHDREW_FROM", "أم روابة"),
    ("دخل الجيش السوداني بلدة أم روابة بعد أن انسحبت منها قوات الدعم السريع.", "الدعم السريع", "WITHDREW_FROM", "أم روابة"),
    ("دخل الجيش السوداني بلدة أم روابة ثم انسحب منها.", "الجيش السوداني", "WITHDREW_FROM", "أم روابة"),
    ("شنت إسرائيل غارات على بلدة الخيام بعد تسلل عناصر من حزب الله إليها.", "حزب الله", "ENTERED", "الخيام"),
], ids=["fighters-of-a-named-force", "named-force", "same-subject", "verbal-noun-named"])
def test_a_named_mover_still_moves(extract_text, text, s, p, o):
    assert has_claim(extract_text(text), s, p, o)
