"""After an indefinite organisation cue, a common word that starts with a preposition (ب، ل) or
with the present tense's ي opens a phrase or a clause about the body, never its name (our own
sentences): فصيل بقيادة فلان، جماعة باستخدام مسيرات، فصيل يقوده فلان، فصيل بايع التنظيم; a
given name (كتيبة بلال، جماعة يوسف ...) still names it."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


@pytest.mark.parametrize("text", [
    "وانشق عن الجيش فصيل بقيادة ضابط سابق.",
    "وهاجمت جماعة باستخدام طائرات مسيرة مقر الشرطة.",
    "وأعلن فصيل يقوده قيادي محلي انضمامه إلى التحالف.",
    "وقال شهود إن فصيل بايع التنظيم العام الماضي.",
], ids=["bi-qiyada", "bi-istikhdam", "yaquduhu", "baya"])
def test_no_body_is_named_by_a_phrase_or_clause(resolve_text, text):
    assert not any(t.startswith(("فصيل", "جماعة")) for t in _texts(resolve_text(text)))


@pytest.mark.parametrize("text, name", [
    ("وأعلنت كتيبة بلال الحبشي مسؤوليتها عن الهجوم.", "كتيبة بلال"),
    ("وأعلنت حركة بدر مشاركتها في العملية.", "حركة بدر"),
    ("وقالت تنسيقية لجان مقاومة الحي إن القصف طال المنازل.", "تنسيقية لجان"),
], ids=["given-name", "known-name-part", "body-noun"])
def test_a_name_starting_with_those_letters_still_names_the_body(resolve_text, text, name):
    assert any(t.startswith(name) for t in _texts(resolve_text(text)))


def test_the_rule_on_its_own(sentence, cues, registry):
    from kg.entities.cues import a_clause_after_an_organisation_cue
    tokens = sentence("فصيل بقيادة ضابط وفصيل يقوده قيادي وكتيبة بلال").tokens
    assert a_clause_after_an_organisation_cue(tokens[1], cues, registry)
    assert a_clause_after_an_organisation_cue(tokens[4], cues, registry)
    assert not a_clause_after_an_organisation_cue(tokens[7], cues, registry)
