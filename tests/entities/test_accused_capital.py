"""A capital after a verb of accusing (past its subject and a time span) and right before a
verbal noun with ب stands for its state, the accused (our own sentences); a capital visited stays
the city."""
from __future__ import annotations


def test_an_accused_capital_is_its_state(resolve_text):
    r = resolve_text("وتتهم نيودلهي منذ سنوات إسلام آباد بتسليح جماعات مسلحة.")
    assert any(m.text == "إسلام آباد" and m.entity_id == "pakistan" for m in r.mentions), \
        [(m.text, m.entity_id) for m in r.mentions]


def test_a_capital_visited_stays_the_city(resolve_text):
    r = resolve_text("ووصل الوزير إلى إسلام آباد بعد زيارة استمرت يومين.")
    assert any(m.text == "إسلام آباد" and m.entity_id != "pakistan" for m in r.mentions), \
        [(m.text, m.entity_id) for m in r.mentions]
