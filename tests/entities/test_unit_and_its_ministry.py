"""A unit named with the ministry it belongs to (اللواء X التابع لوزارة الدفاع) is two actors: the
unit and the ministry, the country's, so the one can be PART_OF the other."""
from __future__ import annotations


def _ids(resolved):
    return {m.entity_id for m in resolved.mentions if m.source != "nested"}


def test_a_libyan_brigade_and_the_ministry_it_belongs_to_are_two_actors(resolve_text):
    r = resolve_text("وتمركزت وحدات من اللواء 444 قتال التابع لوزارة الدفاع قرب طريق المطار في طرابلس.")
    assert {"brigade_444", "libyan_defence_ministry"} <= _ids(r)


def test_the_brigade_named_alone_is_still_the_brigade(resolve_text):
    r = resolve_text("وأعلن اللواء 444 قتال سيطرته على معسكر جنوب طرابلس.")
    assert "brigade_444" in _ids(r)
