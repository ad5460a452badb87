"""A withdrawal joined by a sequel link (قبل أن، ثم) to an entry earlier in the sentence leaves the
place entered (دخلت القوة بلدة X ... قبل أن تنسحب / تنسحب منها / ثم انسحبت), unless its pronoun
names a place the subject entered or took itself; another subject's withdrawal is its own.
Sentences are our own."""
from __future__ import annotations

import pytest


def _withdrawals(extract_text, text: str) -> set:
    return {(c.subject, c.object) for c in extract_text(text).claims if c.predicate == "WITHDREW_FROM"}


@pytest.mark.parametrize("text, subject, place", [
    ("توغلت قوة من الجيش الإسرائيلي في بلدة الخيام، وداهمت عددا من المنازل، قبل أن تنسحب باتجاه الحدود.",
     "israel_defense_forces", "khiam"),
    ("اقتحمت قوة إسرائيلية بلدة كفركلا ثم انسحبت.", "israel_defense_forces", "kfar_kila"),
    ("أعلن الجيش السوداني أن قواته صدت هجوما.\nوكانت قوات الدعم السريع قد دخلت مدينة بارا في ولاية شمال كردفان"
     " قبل أن تنسحب منها تحت القصف.", "rapid_support_forces", "barah"),
    ("أفاد شهود بأن قوة إسرائيلية دخلت بلدة الخيام، وأقامت حاجزا على الطريق المؤدي إلى بلدة كفركلا،"
     " قبل أن تنسحب منها بعد ساعات.", "israel_defense_forces", "khiam"),
], ids=["toward", "then", "pronoun-after-a-report", "pronoun-past-a-passing-place"])
def test_the_withdrawal_leaves_the_place_entered(extract_text, text, subject, place):
    assert (subject, place) in _withdrawals(extract_text, text)


def test_a_place_the_pronoun_names_and_the_subject_took_stays(extract_text):
    text = "دخلت قوات الدعم السريع مدينة بارا وسيطرت على مطار الأبيض قبل أن تنسحب منه."
    assert ("rapid_support_forces", "barah") not in _withdrawals(extract_text, text)


def test_another_subject_withdraws_from_its_own_place(extract_text):
    text = "دخلت قوات الدعم السريع مدينة بارا، قبل أن ينسحب الجيش السوداني من مدينة الأبيض."
    assert _withdrawals(extract_text, text) == {("sudanese_armed_forces", "el_obeid")}
