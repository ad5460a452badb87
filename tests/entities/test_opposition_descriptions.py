"""Descriptions of an opposition's fighters (قوات المعارضة المسلحة، مسلحو المعارضة) are the Syrian
opposition in a Syrian story only, not in a story about another state (our own sentences)."""
from __future__ import annotations


def _ids(resolved):
    return [(m.text, m.entity_id) for m in resolved.mentions]


def test_in_another_states_story_they_are_not_the_syrian_opposition(resolve_text):
    r = resolve_text("اندلعت اشتباكات في ولاية جونقلي بجنوب السودان بين الجيش وقوات المعارضة المسلحة.")
    assert not any(eid == "syrian_opposition" for _, eid in _ids(r))


def test_in_a_syrian_story_they_are_the_syrian_opposition(resolve_text):
    r = resolve_text("وقالت قوات المعارضة إنها تقدمت في ريف حلب السوري.")
    assert ("قوات المعارضة", "syrian_opposition") in _ids(r)
