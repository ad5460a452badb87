"""التقى فلان رئيس لجنة الإشراف على وقف إطلاق النار الجنرال الأميركي فلان: a meeting's object
that opens with a title of office, then the body the person heads (named or not, however long),
his rank and nationality, and only then his name: the person is the one met, not the body.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, a, b", [
    ("التقى رئيس الحكومة نواف سلام رئيس لجنة مراقبة وقف إطلاق النار الجنرال الأميركي جاسبر جيفرز.",
     "نواف سلام", "جاسبر جيفرز"),
    ("التقى الرئيس جوزاف عون في قصر بعبدا رئيس لجنة الإشراف على وقف إطلاق النار الجنرال الأميركي مايكل ليني.",
     "جوزاف عون", "مايكل ليني"),
    ("استقبل رئيس مجلس النواب نبيه بري قائد القوة الدولية العاملة في الجنوب الجنرال الإسباني ديوداتو أبانيارا.",
     "نبيه بري", "ديوداتو أبانيارا"),
    ("اجتمع وزير الخارجية اليمني شائع الزنداني مع رئيس بعثة الأمم المتحدة لدعم اتفاق الحديدة الجنرال الهندي أبهيجيت جوها.",
     "شائع الزنداني", "أبهيجيت جوها"),
], ids=["unnamed-body", "named-body-long-tail", "received", "met-with-prep"])
def test_the_titled_person_is_met(extract_text, text, a, b):
    assert has_claim(extract_text(text), a, "MET_WITH", b)


def test_no_person_across_a_break(extract_text):
    text = "التقى الرئيس جوزاف عون رئيس لجنة الإشراف على وقف إطلاق النار، وقال الوزير ميشال منسى إن اللقاء كان إيجابيا."
    met = {c.object for c in extract_text(text).claims if c.predicate == "MET_WITH"} | \
        {c.subject for c in extract_text(text).claims if c.predicate == "MET_WITH"}
    assert not any("منسى" in e for e in met)
