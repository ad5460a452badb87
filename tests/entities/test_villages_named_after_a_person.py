"""A one-word village name a feminine cue introduces and a man's given name after it make one
name when the sentence goes on with a direction, a preposition, a clause break or ends there
(our own sentences): بلدة مير علي، قرية ريمة حازم، قرية عطية سالم."""
from __future__ import annotations

import pytest


def _texts(resolved):
    return {m.text for m in resolved.mentions}


@pytest.mark.parametrize("text, name", [
    ("وداهمت الشرطة منزلا في بلدة مير علي، واعتقلت ثلاثة مطلوبين.", "بلدة مير علي"),
    ("وسقطت قذائف على قرية ريمة حازم؛ ولم تسجل إصابات.", "قرية ريمة حازم"),
    ("وانتشرت دوريات الأمن في محيط قرية عطية سالم.", "قرية عطية سالم"),
    ("وقال شهود إن الجنود أحرقوا محاصيل بلدة مير علي", "بلدة مير علي"),
    ("ونزح السكان من قرية شومة خالد شرقي المدينة.", "قرية شومة خالد"),
], ids=["comma", "semicolon", "full-stop", "end-of-text", "direction"])
def test_a_village_keeps_the_given_name_that_ends_it(resolve_text, text, name):
    assert name in _texts(resolve_text(text))


def test_a_man_of_a_village_named_after_it_is_no_part_of_its_name(resolve_text):
    found = _texts(resolve_text("وقتل في القصف شاب من قرية الجلمة محمد سليمان."))
    assert not any(t.endswith("محمد") for t in found)


def test_the_rule_reads_the_given_name_and_what_follows(sentence, cues):
    from kg.entities.cues import village_named_after_a_person
    tokens = sentence("وقصفت المدفعية قرية ريمة حازم، ثم انسحبت.").tokens
    at = [t.text for t in tokens].index("حازم")
    assert village_named_after_a_person(tokens, at, cues, [])
    tokens = sentence("وقصفت المدفعية قرية ريمة حازم الجديدة.").tokens
    assert not village_named_after_a_person(tokens, at, cues, [])
