"""Registry places whose names are also ordinary words or phrases (عنة normalised is عنه "about
him", عنك "about you", النقاط الخمس "the five points"): in a story about another country and
with no place cue before them, they name no place (our own sentences)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("قصفت الطائرات الإسرائيلية منزلا في بلدة حولا اللبنانية، وقال صاحبه إن الكهرباء انقطعت عنه منذ أيام.", "عنه"),
    ("وقال الجيش اللبناني إن القوات الإسرائيلية ما زالت في النقاط الخمس جنوب لبنان.", "النقاط الخمس"),
    ("وقال النائب اللبناني للصحفيين في بيروت: لا أحد يتحدث عنك بسوء.", "عنك"),
])
def test_an_ordinary_word_in_another_countrys_story_names_no_place(resolve_text, text, word):
    assert word not in {m.text for m in resolve_text(text).mentions}


def test_the_town_after_its_cue_is_still_the_town(resolve_text):
    found = {m.entity_id for m in resolve_text("وسيطرت القوات اللبنانية على مدينة عنة.").mentions}
    assert "anah" in found
