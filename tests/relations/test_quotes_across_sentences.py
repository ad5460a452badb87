"""A quotation that runs on past the sentence that opens it (قال المتحدث: "تصدت قواتنا للهجوم.
وقد قصفت الميليشيا السوق.") keeps its speaker in the sentences up to its close; a quote never
closed within three sentences carries nothing. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation, obj):
    claims = [c for c in extract_text(text).claims if c.predicate == relation and c.object == obj]
    assert claims, [(c.subject, c.predicate, c.object) for c in extract_text(text).claims]
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, source", [
    ('وقال المتحدث باسم الجيش السوداني نبيل عبد الله: "تصدت قواتنا لهجوم واسع. وقد قصفت قوات الدعم السريع '
     'مدينة الأبيض بالمدفعية الثقيلة."', "nabil_abdallah"),
    ("وقال وزير الإعلام السوداني خالد الإعيسر إن «قوات الدعم السريع هاجمت مخيم زمزم. كما قصفت مدينة الأبيض "
     "بالمسيرات». وتواصلت المعارك في المدينة.", "khalid_al_eisir"),
    ("وقال المرصد السوري لحقوق الإنسان إن “القوات الإسرائيلية توغلت في ريف القنيطرة. وقد بقيت هناك ساعات. "
     "ثم قصفت القوات الإسرائيلية مدينة الأبيض”.", "sohr"),
], ids=["straight-after-colon", "guillemets", "curly-three-sentences"])
def test_a_quotation_keeps_its_speaker_to_its_close(extract_text, text, source):
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {source}


def test_a_sentence_after_the_close_is_the_writers(extract_text):
    text = ('وقال وزير الإعلام السوداني خالد الإعيسر إن "قوات الدعم السريع هاجمت مخيم زمزم". '
            "وقصفت قوات الدعم السريع مدينة الأبيض بالمسيرات.")
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {None}


def test_a_quote_never_closed_carries_nothing(extract_text):
    text = ('وقال وزير الإعلام السوداني خالد الإعيسر إن "قوات الدعم السريع هاجمت مخيم زمزم. '
            "وقصفت قوات الدعم السريع مدينة الأبيض. وتواصلت المعارك. وعاد الهدوء. وفتحت الأسواق. وعاد السكان.")
    assert _sources(extract_text, text, "ATTACKED", "el_obeid") == {None}
