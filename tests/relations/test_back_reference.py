"""A sentence that only credits the one before it (وأفادت وكالة رويترز بذلك، وهو ما أكدته وكالة سبأ،
جاء ذلك في بيان لـX) gives that sentence its source; one that refers back but reports news of its
own (يأتي ذلك في ظل انسحاب ...، وفقا لـX) or another report (وقالت X إن ...) does not.
Sentences are our own."""
from __future__ import annotations

import pytest

HOSTILE = ("ATTACKED", "CAPTURED", "WITHDREW_FROM")


def _credits(extract_text, text: str, subject: str) -> set:
    claims = [c for c in extract_text(text).claims if c.subject == subject and c.predicate in HOSTILE]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, subject, source", [
    ("سيطرت قوات الدعم السريع على مدينة الفاشر.\nوأفادت وكالة رويترز بذلك نقلا عن شهود عيان.",
     "rapid_support_forces", "reuters"),
    ("قصف الجيش الإسرائيلي بلدة عيتا الشعب.\nوأكدت وكالة رويترز ذلك.", "israel_defense_forces", "reuters"),
    ("هاجمت جماعة الحوثي سفينة إسرائيلية في البحر الأحمر.\nوهو ما أكدته وكالة سبأ.", "houthis", "saba_news_agency"),
    ("قصف الجيش الإسرائيلي بلدة عيتا الشعب.\nجاء ذلك في بيان للمرصد السوري لحقوق الإنسان.",
     "israel_defense_forces", "sohr"),
], ids=["reported-that", "confirmed-that", "relative-which", "came-in-a-statement"])
def test_a_sentence_referring_back_credits_the_one_before(extract_text, text, subject, source):
    assert _credits(extract_text, text, subject) == {source}


@pytest.mark.parametrize("text", [
    # the later sentence reports news of its own: its source is its own
    "قصف الجيش الإسرائيلي بلدة عيتا الشعب.\nيأتي ذلك في ظل انسحاب الجيش اللبناني من بلدة الخيام، وفقا لوكالة رويترز.",
    # another report, with its complementiser: not a credit of the sentence before
    "قصف الجيش الإسرائيلي بلدة عيتا الشعب.\nوقالت وكالة رويترز إن الجيش اللبناني انسحب من بلدة الخيام.",
    # no back reference (and more than a short credit line)
    "قصف الجيش الإسرائيلي بلدة عيتا الشعب.\nوأفادت وكالة رويترز بارتفاع أسعار الوقود في الأسواق المحلية خلال الأسبوع الماضي.",
], ids=["own-news", "own-report", "no-reference"])
def test_the_sentence_before_keeps_no_source(extract_text, text):
    assert _credits(extract_text, text, "israel_defense_forces") == {None}


def test_a_sentence_with_its_own_source_keeps_it(extract_text):
    text = "وذكرت قناة الجزيرة أن قوات الدعم السريع انسحبت من مدينة سنجة.\nوأكدت وكالة رويترز ذلك."
    assert _credits(extract_text, text, "rapid_support_forces") == {"al_jazeera"}


@pytest.mark.parametrize("text, source", [
    ("وذكرت شبكات محلية، منها المرصد السوري لحقوق الإنسان، أن فصائل المعارضة دخلت مدينة حماة.", "sohr"),
    ("وأفادت وسائل إعلام، بينها قناة الجزيرة، بأن قوات الدعم السريع انسحبت من مدينة سنجة.", "al_jazeera"),
], ids=["among-them", "between-them"])
def test_the_source_named_among_several_is_credited(extract_text, text, source):
    claims = [c for c in extract_text(text).claims if c.predicate in HOSTILE + ("ENTERED",)]
    assert claims and {c.provenance.attributed_to for c in claims} == {source}
