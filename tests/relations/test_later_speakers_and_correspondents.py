"""A later speaker whose name an apposition set off by commas describes (فيما قالت كتائب القسام،
الجناح العسكري لحركة حماس، إن ...) still speaks for what follows, the apposition being the writer's;
and the correspondent (وأضاف المراسل أن ...) goes on with the outlet last credited. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation, obj=None):
    claims = [c for c in extract_text(text).claims if c.predicate == relation and (obj is None or c.object == obj)]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, source", [
    ("وأعلنت سرايا القدس أن مقاتليها فجروا عبوة ناسفة، فيما قالت كتائب القسام، الجناح العسكري لحركة حماس، "
     "إن الجيش الإسرائيلي قصف مدينة جنين.", "qassam_brigades"),
    ("وذكرت وكالة رويترز أن الاشتباكات استمرت ساعات، بينما قال الجيش السوداني، الذي يقاتل منذ عامين، "
     "إن قوات الدعم السريع قصفت مدينة الأبيض.", "sudanese_armed_forces"),
    ("أكد الجيش الصومالي أن قواته تقدمت، في حين أعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، "
     "أن الجيش الكيني قصف بلدة بلدوين.", "al_shabaab"),
], ids=["qassam-wing", "army-relative", "shabaab-affiliated"])
def test_a_later_speaker_past_an_apposition_speaks(extract_text, text, source):
    assert _sources(extract_text, text, "ATTACKED") == {source}


def test_the_apposition_of_a_later_speaker_is_the_writers(extract_text):
    text = ("وأعلنت سرايا القدس أن مقاتليها فجروا عبوة ناسفة، فيما قالت كتائب القسام، الجناح العسكري لحركة "
            "حماس، إن الجيش الإسرائيلي قصف مدينة جنين.")
    assert _sources(extract_text, text, "PART_OF") == {None}


def test_a_comma_without_a_closing_one_is_no_apposition(extract_text):
    """فيما قالت X، ...: with no second comma before the complementiser the words after the name are
    not an apposition; nothing changes (the first speaker keeps the sentence)."""
    text = "وأعلن الجيش اللبناني أن إسرائيل قصفت بلدة الخيام، فيما قالت مصادر محلية إن الغارات توقفت."
    assert _sources(extract_text, text, "ATTACKED") == {"lebanese_armed_forces"}


@pytest.mark.parametrize("text", [
    "وقال مراسل الجزيرة إن قوات الدعم السريع هاجمت بلدة بارا. وأضاف المراسل أن الجيش السوداني قصف مدينة نيالا.",
    "وقال مراسل الجزيرة إن قوات الدعم السريع هاجمت بلدة بارا. وأوضح المراسل أن الجيش السوداني قصف مدينة نيالا.",
    "وقال مراسل الجزيرة إن قوات الدعم السريع هاجمت بلدة بارا. وأشار المراسل إلى أن الجيش السوداني قصف مدينة نيالا.",
    "أفاد مراسل الجزيرة بأن قوات الدعم السريع هاجمت بلدة بارا. وتصاعدت حدة المعارك. "
    "وقال المراسل إن الجيش السوداني قصف مدينة نيالا.",
], ids=["added", "explained", "pointed-out", "past-a-sentence"])
def test_the_correspondent_goes_on_with_the_outlet(extract_text, text):
    assert _sources(extract_text, text, "ATTACKED", "nyala") == {"al_jazeera"}


def test_a_correspondent_with_no_outlet_before_credits_no_one(extract_text):
    text = "وقصفت طائرات مسيرة مدينة الأبيض. وأوضح المراسل أن قوات الدعم السريع هاجمت بلدة بارا."
    assert _sources(extract_text, text, "ATTACKED", "barah") == {None}
