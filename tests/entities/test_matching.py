"""kg.entities.matching: the token-trie matcher, on hand-built indexes."""
from __future__ import annotations

from kg.entities.matching import StartIndex, match_at, reading_in


def _tokens(sentence, text):
    return sentence(text).tokens


def test_the_longest_key_wins_and_is_read_through_proclitics(sentence):
    tokens = _tokens(sentence, "وقال المرصد السوري لحقوق الإنسان إن القصف استمر.")
    index = {("المرصد",): "short", ("المرصد", "السوري", "لحقوق", "الانسان"): "long"}
    length, prefix, value = match_at(tokens, 1, index, 4, StartIndex(index))
    assert (length, prefix, value) == (4, "", "long")
    tokens = _tokens(sentence, "وأفاد ناشطون للمرصد السوري بسقوط قذائف.")
    length, prefix, value = match_at(tokens, 2, index, 4, StartIndex(index))
    assert value == "short" and length == 1 and prefix.endswith("ل")


def test_no_key_starts_at_a_word_outside_the_index(sentence):
    tokens = _tokens(sentence, "وقال المرصد السوري إن القصف استمر.")
    index = {("القصف", "الجوي"): "x"}
    assert match_at(tokens, 1, index, 2, StartIndex(index)) is None
    assert match_at(tokens, 4, index, 2, StartIndex(index)) is None    # القصف alone is no key


def test_a_dash_inside_a_name_is_skipped(sentence):
    tokens = _tokens(sentence, "وقالت الحركة الشعبية - شمال إن المعارك توقفت.")
    index = {("الحركه", "الشعبيه", "شمال"): "splm_n"}
    length, _prefix, value = match_at(tokens, 1, index, 3, StartIndex(index))
    assert value == "splm_n" and length == 4


def test_reading_in_gives_the_proclitic_and_the_stem():
    table = {"بلده": "City"}
    assert reading_in("وبلده", table) == ("و", "بلده")
    assert reading_in("بلدات", table) is None
