"""A state's national security council, named by a description that holds the UN's shorter name
(our own sentences): مجلس الأمن القومي، مجلس الأمن الوطني -> one node per state (its adjective,
a known place right after it, or the article's state), never the UN Security Council."""
from __future__ import annotations

import pytest


def _by_text(resolved):
    return {m.text: m.entity_id for m in resolved.mentions}


@pytest.mark.parametrize("text, name, state", [
    ("وبحث مجلس الأمن القومي العراقي تأمين الحدود مع سوريا.", "مجلس الأمن القومي العراقي", "IQ"),
    ("وقرر مجلس الأمن الوطني في مالي تمديد حالة الطوارئ.", "مجلس الأمن الوطني", "ML"),
    ("ووافق مجلس الأمن الوطني الصومالي على خطة الانتشار.", "مجلس الأمن الوطني الصومالي", "SO"),
], ids=["adjective", "place-after", "national"])
def test_a_national_security_council_is_its_states(resolve_text, text, name, state):
    found = _by_text(resolve_text(text))
    assert found.get(name) == f"name:{state}:مجلس_الأمن_القومي", found
    assert "un_security_council" not in found.values()


def test_the_un_security_council_stays_itself(resolve_text):
    found = _by_text(resolve_text("وعقد مجلس الأمن جلسة طارئة لبحث الهجوم."))
    assert found.get("مجلس الأمن") == "un_security_council"


def test_a_longer_registry_name_keeps_its_words(resolve_text):
    found = _by_text(resolve_text("وقال مجلس الأمن القومي الإيراني إن الرد قادم."))
    assert found.get("مجلس الأمن القومي الإيراني") == "iran_supreme_national_security_council"


def test_the_pass_on_its_own(sentence, registry):
    from kg.entities.sites import state_body_spans
    spans, records = state_body_spans(sentence("وعقد مجلس الأمن القومي اجتماعا طارئا."), [], registry, "SY")
    assert [s.entity_id for s in spans] == ["name:SY:مجلس_الأمن_القومي"]
    assert records["name:SY:مجلس_الأمن_القومي"].name_en == "National Security Council (SY)"
