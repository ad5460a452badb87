"""الحكومة في + a state's capital names that state's government, as الحكومة + the nationality
adjective does (our own sentences); a city that is no capital, or a cue before it, names none."""
from __future__ import annotations


def test_the_government_in_a_capital_is_that_states(resolve_text):
    r = resolve_text("وحمّلت الحكومة في جوبا المتمردين مسؤولية الهجوم على البلدة.")
    hits = [m for m in r.mentions if m.text == "الحكومة في جوبا"]
    assert hits and hits[0].type == "Government" and hits[0].entity_id.endswith("SS"), \
        [(m.text, m.entity_id) for m in r.mentions]


def test_a_government_meeting_in_a_city_is_no_capitals_government(resolve_text):
    r = resolve_text("وعقدت الحكومة في مدينة حلب اجتماعا طارئا.")
    assert not any(m.text.startswith("الحكومة في") for m in r.mentions)
