"""وقال المصدر إن ... / وأضافت المصادر أن ... / وذكر البيان أن ...: an anaphoric source noun after a
reporting verb refers to the source last named, even past sentences that credit no one. Sentences
are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, triple, source", [
    ("قال مصدر عسكري لوكالة رويترز إن قوات الدعم السريع هاجمت مدينة الأبيض فجر اليوم.\n"
     "وتقع المدينة في وسط البلاد وتضم مطارا عسكريا.\n"
     "وقال المصدر إن قوات الدعم السريع قصفت مدينة بارا بالمسيرات.",
     ("rapid_support_forces", "ATTACKED", "barah"), "reuters"),
    ("ونقلت قناة الجزيرة عن مصادر محلية أن الجيش الإسرائيلي توغل في بلدة كفركلا.\n"
     "ويسكن البلدة نحو عشرة آلاف نسمة.\n"
     "وأضافت المصادر أن الجيش الإسرائيلي قصف بلدة الخيام.",
     ("israel_defense_forces", "ATTACKED", "khiam"), "al_jazeera"),
    ("وقال المرصد السوري لحقوق الإنسان إن الطيران الروسي قصف مدينة إدلب.\n"
     "وتعد المدينة أكبر مدن الشمال الغربي.\n"
     "وذكر المصدر أن القوات التركية قصفت مدينة تل رفعت.",
     ("turkish_armed_forces", "ATTACKED", "tall_rifat"), "sohr"),
], ids=["the-source", "the-sources", "after-a-monitor"])
def test_an_anaphoric_source_goes_on_past_a_sentence_of_no_source(extract_text, text, triple, source):
    claims = [c for c in extract_text(text).claims if (c.subject, c.predicate, c.object) == triple]
    assert claims and {c.provenance.attributed_to for c in claims} == {source}
