"""kg.entities.delegations.state_government_spans: السلطات with a nationality adjective names that
state's government as الحكومة does (government_heads), and is folded into the state where the
article names the state and no government body of it (own sentences)."""
from __future__ import annotations


def test_the_authorities_of_a_state_are_its_government(resolve_text):
    r = resolve_text("وتقول السلطات الباكستانية إن قادة الحركة يقيمون في ولاية كونر الأفغانية.")
    [m] = [m for m in r.mentions if m.text == "السلطات الباكستانية"]
    assert m.type == "Government" and m.entity_id == "government:PK"


def test_the_authorities_alone_name_nothing(resolve_text):
    r = resolve_text("وقالت السلطات إن الطريق أغلق أمام الشاحنات.")
    assert not [m for m in r.mentions if "السلطات" in m.text]
