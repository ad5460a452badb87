"""قال X ... إن: a claim a named speaker reports is credited to the speaker, whatever stands between
the speaker and the complementiser (a statement, a time, a press conference, the outlet spoken to).
Sentences are our own."""
from __future__ import annotations

import pytest

HOSTILE = ("ATTACKED", "WITHDREW_FROM")


@pytest.mark.parametrize("text, speaker", [
    ("وقال نبيل عبد الله في بيان مساء السبت إن قوات الدعم السريع هاجمت مدينة الفاشر.", "nabil_abdallah"),
    ("وقال أفيخاي أدرعي في منشور على منصة إكس صباح اليوم إن الجيش الإسرائيلي قصف بلدة عيتا الشعب.",
     "avichay_adraee"),
    ("وقال نبيل عبد الله، في مؤتمر صحفي عقده في بورتسودان، إن قوات الدعم السريع انسحبت من مدينة سنجة.",
     "nabil_abdallah"),
    ("وقال محمد عبد السلام لقناة الجزيرة أمس إن قوات الدعم السريع هاجمت مدينة الفاشر.", "mohammed_abdulsalam"),
], ids=["statement-and-time", "post-and-time", "press-conference", "told-an-outlet"])
def test_a_named_speaker_is_credited_across_what_comes_before_the_complementiser(extract_text, text, speaker):
    claims = [c for c in extract_text(text).claims if c.predicate in HOSTILE]
    assert claims and {c.provenance.attributed_to for c in claims} == {speaker}


def test_an_unnamed_source_speaking_to_an_outlet_leaves_the_credit_to_the_outlet(extract_text):
    claims = [c for c in extract_text("وقال مصدر عسكري لوكالة رويترز إن قوات الدعم السريع هاجمت مدينة الفاشر.").claims
              if c.predicate in HOSTILE]
    assert claims and {c.provenance.attributed_to for c in claims} == {"reuters"}
