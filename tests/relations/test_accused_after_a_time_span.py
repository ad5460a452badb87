"""اتهم X [منذ سنوات] Y بدعم Z: the accused is found past a time span between it and the accuser,
and a capital in the accused's place stands for its state (our own sentences)."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples


@pytest.mark.parametrize("text, backer, backed", [
    ("وتتهم أرمينيا منذ سنوات أذربيجان بدعم جماعات مسلحة في المنطقة مثل حركة الشباب.", "azerbaijan", "al_shabaab"),
    ("واتهمت طهران منذ أشهر واشنطن بدعم حركة طالبان الباكستانية.", "united_states", None),
], ids=["time-span", "capital-accused"])
def test_the_accused_backs(extract_text, text, backer, backed):
    x = extract_text(text)
    sup = [c for c in x.claims if c.predicate == "SUPPORTS"]
    assert any(c.subject == backer and (backed is None or c.object == backed) for c in sup), claim_triples(x)


def test_the_accusing_participle_names_the_accused(extract_text):
    """متهما X بتسليح Y: the accusative participle of اتهم, the speaker accusing X."""
    x = extract_text("وقال قائد الشرطة إن المسلحين تدربوا في معسكرات خارج البلاد، متهما الاستخبارات الباكستانية بتسليح جماعة عسكر طيبة.")
    assert any(c.predicate == "SUPPORTS" and c.object == "lashkar_e_taiba" and c.subject.endswith("PK")
               for c in x.claims), claim_triples(x)
