"""فجرت القوة منزلين قبل أن تنسحب إلى موقع X / قصفت المدفعية منزلين ثم تقدمت القوات نحو X: a
sequel link (قبل أن، ثم) opens the next act; a place after it is that act's object, never the
object of the trigger before it. Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, s, o", [
    ("دخلت قوة إسرائيلية بلدة يارون وفجرت منزلين قبل أن تنسحب إلى موقع جبل بلاط.", "قوة إسرائيلية", "جبل بلاط"),
    ("قصفت المدفعية الإسرائيلية منزلين ثم تقدمت القوات نحو بلدة الخيام.", "الإسرائيلية", "الخيام"),
], ids=["before-it", "then"])
def test_no_attack_on_the_next_acts_place(extract_text, text, s, o):
    assert not has_claim(extract_text(text), s, "ATTACKED", o)


def test_the_next_act_keeps_its_place(extract_text):
    x = extract_text("قصفت المدفعية الإسرائيلية منزلين ثم تقدمت القوات نحو بلدة الخيام.")
    assert has_claim(x, "الإسرائيلية", "ADVANCED_TOWARD", "الخيام")


def test_an_object_before_the_link_stays(extract_text):
    x = extract_text("قصف الجيش الإسرائيلي بلدة حولا ثم انسحبت قواته من محيطها.")
    assert has_claim(x, "الجيش الإسرائيلي", "ATTACKED", "حولا")
