"""A list of places continued after a comma, and staff ranks before a name (our own sentences)."""
from __future__ import annotations

import pytest


def _named(resolved, etype=None):
    return [m.text for m in resolved.mentions if etype is None or m.type == etype]


def test_a_list_of_places_goes_on_after_a_comma(resolve_text):
    found = _named(resolve_text("واستعادت القوات قرية الحويجة، وتل شعير، وكفرعويد بعد اشتباكات."))
    assert {"تل شعير", "كفرعويد"} <= set(found), found


def test_a_clause_after_a_comma_is_no_place(resolve_text):
    found = _named(resolve_text("واستعادت القوات قرية الحويجة، وقالت المصادر إن المعارك توقفت."))
    assert not any("قالت" in n or "المصادر" in n for n in found), found


def test_a_common_word_after_a_comma_ends_the_list(resolve_text):
    found = _named(resolve_text("وقصفت الطائرات بلدة كفرعويد، وتل شعير، والحاضر في الأذهان."))
    assert "تل شعير" in found and not any("الحاضر" in n for n in found), found


@pytest.mark.parametrize("text, name", [
    ("وقال اللواء الركن ماهر السالم إن الوحدات انتشرت.", "ماهر السالم"),
    ("وأكد العميد ركن وليد الخطيب أن الهجوم صد.", "وليد الخطيب"),
    ("وأعلن الفريق الركن عادل النعيمي انتهاء العملية.", "عادل النعيمي"),
], ids=["al-rukn", "rukn", "fariq"])
def test_a_staff_rank_is_part_of_the_title(resolve_text, text, name):
    from kg.language.names import TYPES
    found = _named(resolve_text(text))
    assert name in _named(resolve_text(text), TYPES.person), found
    assert not any("ركن" in n for n in found), found


def test_a_town_named_without_its_article_is_the_same_town_with_it(resolve_text):
    r = resolve_text("وقصفت المدفعية بلدة زريقون الحدودية. وقال سكان إن القذائف سقطت على الزريقون.")
    ids = {m.entity_id for m in r.mentions if "زريقون" in m.text}
    assert len(ids) == 1 and len([m for m in r.mentions if "زريقون" in m.text]) == 2


def test_a_common_word_with_its_conjunction_ends_a_list_after_a_plural_cue(resolve_text):
    r = resolve_text("وسقطت الصواريخ على مدن إسرائيلية، بينها عسقلان وأسدود، وفق ما أعلن الجيش.")
    texts = {m.text for m in r.mentions}
    assert "فق" not in texts and "وفق" not in texts
