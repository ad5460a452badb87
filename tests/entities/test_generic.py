"""kg.entities.generic: descriptions of state actors resolved by an adjective or the article's
country."""
from __future__ import annotations

from kg.entities.generic import generic_spans


def test_a_description_is_the_actor_of_the_article_country(registry, sentence):
    s = sentence("قال الجيش إن وحداته صدت هجوما.")
    [span] = generic_spans(s, [], registry, "SD")
    assert span.entity_id == "sudanese_armed_forces" and span.source == "generic"


def test_a_nationality_adjective_after_it_decides_the_country(registry, sentence):
    s = sentence("قال الجيش اللبناني إن وحداته انتشرت.")
    [span] = generic_spans(s, [], registry, "SD")
    assert span.entity_id == "lebanese_armed_forces" and (span.i, span.j) == (1, 3)


def test_a_description_a_registry_name_covers_is_left_alone(registry, sentence, known):
    s, spans, _nested = known("وانسحبت قوات النظام السوري من مواقعها.")
    assert generic_spans(s, spans, registry, "SY") == []
