"""قال المتحدث باسم الحركة فلان إن القوات هاجمت مواقعهم: a noun of positions with the plural
pronoun never stands for the one person speaking; it stands for the body his title names (even
after في or باسم), which was attacked (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples, misread


@pytest.mark.parametrize("text, expected, absent", [
    ("وقال المتحدث باسم حركة العدل والمساواة العقيد حامد أبكر إن قوات الدعم السريع هاجمت مواقعهم قرب مدينة الطينة.",
     [("الدعم السريع", "ATTACKED", "العدل والمساواة")], [("الدعم السريع", "ATTACKED", "حامد أبكر")]),
    ("وأكد القيادي في حركة الشباب الشيخ علي طيري أن الجيش الصومالي قصف مواقعهم في إقليم جوبا الوسطى.",
     [("الجيش الصومالي", "ATTACKED", "الشباب")], [("الجيش الصومالي", "ATTACKED", "طيري")]),
    ("وأفادت الناطقة باسم الجبهة الشعبية لتحرير تيغراي فطومة حسن بأن الطائرات الإثيوبية استهدفت مواقعهم.",
     [("الإثيوبية", "ATTACKED", "تيغراي")], [("الإثيوبية", "ATTACKED", "فطومة")]),
], ids=["spokesman-basm", "leader-fi", "spokeswoman"])
def test_their_positions_are_the_bodys_not_the_speakers(extract_text, text, expected, absent):
    x = extract_text(text)
    missing, wrong = misread(x, expected, absent)
    assert not missing and not wrong, claim_triples(x)
