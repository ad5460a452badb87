"""A delegation named by its state's adjective is that state's delegation, one node per state;
الوفد alone is the delegation named last (our own sentences)."""
from __future__ import annotations

import pytest


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


@pytest.mark.parametrize("text, surface, eid", [
    ("ووصل وفد تركي إلى طرابلس لبحث التهدئة.", "وفد تركي", "delegation:TR"),
    ("واستقبل رئيس المجلس وفدا مصريا في بنغازي.", "وفدا مصريا", "delegation:EG"),
    ("وغادر الوفد القطري الخرطوم مساء الأحد.", "الوفد القطري", "delegation:QA"),
    ("وشارك في المحادثات وفود أمريكية وأوروبية.", "وفود أمريكية", "delegation:US"),
], ids=["indefinite", "accusative", "definite", "plural"])
def test_a_delegation_noun_and_an_adjective_name_the_states_delegation(resolve_text, text, surface, eid):
    from kg.language.names import TYPES
    r = resolve_text(text)
    assert (surface, eid) in _ids(r)
    assert next(m.type for m in r.mentions if m.entity_id == eid) == TYPES.government


def test_the_adjective_is_no_mention_of_the_state_itself(resolve_text):
    r = resolve_text("والتقى وزير الخارجية وفدا إيرانيا في مسقط.")
    assert not any(eid == "iran" for _, eid in _ids(r))


def test_the_definite_noun_alone_is_the_delegation_named_last(resolve_text):
    r = resolve_text("ووصل وفد سعودي إلى عدن. وقال الوفد إن المحادثات كانت مثمرة.")
    assert ("الوفد", "delegation:SA") in _ids(r)


def test_the_definite_noun_with_no_delegation_named_is_no_mention(resolve_text):
    r = resolve_text("وقال الوفد إن المحادثات ستستأنف غدا.")
    assert not any(t == "الوفد" for t, _ in _ids(r))


@pytest.mark.parametrize("text, surface, eid", [
    ("وأعلن الهلال الأحمر الليبي إجلاء عائلات من الحي.", "الهلال الأحمر الليبي", "red_crescent:LY"),
    ("وقالت جمعية الهلال الأحمر اليمني إن فرقها انتشلت جثثا.", "جمعية الهلال الأحمر اليمني", "red_crescent:YE"),
    ("ووزعت جمعية الهلال الأحمر المصري مساعدات في رفح.", "جمعية الهلال الأحمر المصري", "egyptian_red_crescent"),
], ids=["new-libya", "head-yemen", "registry-egypt"])
def test_a_national_society_by_its_states_adjective(resolve_text, text, surface, eid):
    ids = _ids(resolve_text(text))
    assert (surface, eid) in ids
    assert not any(e in ("libya", "yemen") for _, e in ids)
