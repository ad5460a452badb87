"""What did not happen, or was only denied, refused, failed or asked for, is no event: negation
(لم، لن، لا), denial (نفى أن يكون قد، نفى مسؤوليته عن), failure (فشل في، لم تتمكن من), refusal,
demands (طالب بـ، دعا إلى) and threats (هددت بـ، توعدت بـ) in all their persons. What is still
going on (لا يزال يحاصر) or was achieved (تمكنت من) stays. Sentences are our own."""
from __future__ import annotations

import pytest

NOT_EVENTS = [
    "ونفى الجيش السوداني أن يكون قد قصف مدينة نيالا.",
    "ونفى الجيش أنه قصف مدينة نيالا.",
    "ونفت قوات الدعم السريع سيطرتها على مدينة بابنوسة.",
    "لم تنسحب قوات الدعم السريع من مدينة الفاشر.",
    "ولم يقصف الجيش الإسرائيلي بلدة الخيام منذ أسبوع.",
    "ولا تسيطر الحكومة على مدينة درنة.",
    "ونفى حزب الله مسؤوليته عن الهجوم على قاعدة ميرون.",
    "وفشلت قوات الدعم السريع في السيطرة على مدينة الأبيض.",
    "ولم تتمكن قوات الدعم السريع من السيطرة على مدينة الأبيض.",
    "وتوعدت قوات الدعم السريع بالسيطرة على مدينة الأبيض.",
    "وهددت إسرائيل بقصف مطار بيروت.",
    "ورفض الجيش السوداني الانسحاب من مدينة الخرطوم.",
    "وطالب مجلس الأمن قوات الدعم السريع بالانسحاب من مدينة الفاشر.",
    "ودعت الأمم المتحدة إسرائيل إلى الانسحاب من جنوب لبنان.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event_is_claimed(extract_text, text):
    assert extract_text(text).claims == ()


@pytest.mark.parametrize("text, triple", [
    ("وتمكنت قوات الدعم السريع من السيطرة على مدينة الأبيض.", ("rapid_support_forces", "CAPTURED", "el_obeid")),
    ("ولا يزال الجيش السوداني يحاصر مدينة الدلنج.", ("sudanese_armed_forces", "BESIEGED", "dilling")),
    ("وتبنت حركة الشباب مسؤولية الهجوم على فندق في مقديشو.", ("al_shabaab", "ATTACKED", "mogadishu")),
    ("وقال الجيش السوداني إنه قصف مدينة نيالا.", ("sudanese_armed_forces", "ATTACKED", "nyala")),
], ids=["achieved", "still-going-on", "claimed-responsibility", "reported"])
def test_what_happened_is_still_claimed(extract_text, text, triple):
    assert triple in {(c.subject, c.predicate, c.object) for c in extract_text(text).claims}
