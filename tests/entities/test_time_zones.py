"""A city after a word of time zones (توقيت بيروت، بتوقيت دمشق) names a clock, not a place of the
story (kg.entities.registered.clock_of_a_city; entity_cues.json time_zone_words)."""
from __future__ import annotations


def test_a_date_line_clock_names_no_place(resolve_text):
    r = resolve_text("السبت 3 أيار 2024 14:20 توقيت القاهرة\nوصل وفد من الخرطوم إلى بورتسودان.")
    assert [m.text for m in r.mentions] == ["الخرطوم", "بورتسودان"]


def test_the_clock_drops_only_its_own_mention(resolve_text):
    r = resolve_text("وبدأت الهدنة عند السادسة صباحا بتوقيت دمشق، وقال سكان في دمشق إن الهدوء ساد.")
    assert [m.entity_id for m in r.mentions] == ["damascus"]
