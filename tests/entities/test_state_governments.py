"""A government noun and a nationality adjective name that state's government, a Government of
its own beside the state (our own sentences): الحكومة الباكستانية، حكومة كونغولية، للحكومة
الأذربيجانية -> government:<ISO>, or the registry's government of the state where it has one."""
from __future__ import annotations

import pytest


def _by_text(resolved):
    return {m.text: (m.entity_id, m.type) for m in resolved.mentions}


@pytest.mark.parametrize("text, name, iso", [
    ("وأعلنت الحكومة الباكستانية إغلاق المعبر أمام الشاحنات.", "الحكومة الباكستانية", "PK"),
    ("وطالبت حكومة كونغولية سابقة بفتح تحقيق.", "حكومة كونغولية", "CD"),
    ("وقال إن للحكومة الأذربيجانية موقفا واضحا من الاتفاق.", "للحكومة الأذربيجانية", "AZ"),
    ("ووصف المتحدث والحكومة الصينية الهجوم بأنه إرهابي.", "الحكومة الصينية", "CN"),
], ids=["definite", "indefinite", "after-li", "after-wa"])
def test_a_government_by_its_adjective_is_the_states_government(resolve_text, text, name, iso):
    from kg.language.names import TYPES
    found = _by_text(resolve_text(text))
    assert found.get(name) == ("government:" + iso, TYPES.government), found


def test_the_registrys_government_is_used_where_it_has_one(resolve_text):
    from kg.language.names import TYPES
    found = _by_text(resolve_text("وأكدت الحكومة السودانية التزامها بالهدنة."))
    assert found.get("الحكومة السودانية") == ("sudanese_government", TYPES.government), found


def test_the_pass_finds_nothing_without_an_adjective(sentence, registry):
    from kg.entities.delegations import state_government_spans
    spans, records = state_government_spans(sentence("وقالت الحكومة إنها سترد على الهجوم."), [], registry)
    assert spans == [] and records == {}


def test_one_node_per_state_whatever_the_head(sentence, registry):
    from kg.entities.delegations import state_government_spans
    spans, records = state_government_spans(
        sentence("واتهمت الحكومة الباكستانية حكومة إيرانية سابقة، ثم ردت حكومة باكستانية جديدة."), [], registry)
    assert [s.entity_id for s in spans] == ["government:PK", "iranian_government", "government:PK"]
    assert records["government:PK"].name == "الحكومة الباكستانية"
