"""Our own sentences on killings and credits in whole articles: the named victims a list after
بينهم / من بينهم introduces, past a member's title (قتل X عناصر، بينهم القيادي فلان); a background
sentence (يذكر أن ...) carries on no earlier speaker; and a reporting verb inside a comment on the
event (في خطوة قال الوزير إنها ...) is not the sentence's source."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


def _claims(x):
    return [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]


@pytest.mark.parametrize("text, s, o", [
    ("وقتل الجيش العراقي عشرة من مسلحي داعش، بينهم القيادي أبو خطاب الجبوري.", "الجيش العراقي",
     "أبو خطاب الجبوري"),
    ("واغتالت إسرائيل ثلاثة من عناصر حزب الله، من بينهم القائد الميداني علي حسن برجي.", "إسرائيل", "علي حسن برجي"),
], ids=["baynahum-title", "min-baynahum-two-word-title"])
def test_named_victims_among_the_killed(extract_text, text, s, o):
    x = extract_text(text)
    assert has_claim(x, s, "KILLED", o), _claims(x)


def test_a_background_sentence_carries_no_speaker(extract_text):
    x = extract_text("وقالت وزارة الصحة في غزة إن الحصيلة ارتفعت. "
                     "يذكر أن الجيش الإسرائيلي قصف مدينة رفح منذ أيار الماضي.")
    hits = [c for c in x.claims if c.predicate == "ATTACKED" and "rafah" in c.object]
    assert hits and all(c.provenance.attributed_to is None for c in hits), _claims(x)


def test_a_continued_report_still_carries_its_speaker(extract_text):
    x = extract_text("وقالت وزارة الصحة في غزة إن الحصيلة ارتفعت. "
                     "وأضافت أن الجيش الإسرائيلي قصف مدينة رفح.")
    hits = [c for c in x.claims if c.predicate == "ATTACKED" and "rafah" in c.object]
    assert hits and all(c.provenance.attributed_to is not None for c in hits), _claims(x)


def test_a_comment_on_the_event_is_not_its_source(extract_text):
    x = extract_text("وقصف الطيران الإسرائيلي مطار المزة العسكري، في خطوة قال رئيس الوزراء الإسرائيلي "
                     "بنيامين نتنياهو إنها رسالة إلى دمشق.")
    hits = [c for c in x.claims if c.predicate == "ATTACKED"]
    assert hits and all(c.provenance.attributed_to is None for c in hits), _claims(x)
