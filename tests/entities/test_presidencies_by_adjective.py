"""Our own sentences: a presidency right before a nationality adjective (الرئاسة التشادية،
والرئاسة النيجيرية) is that state's presidency, a government body credited for what it reports,
unless the registry names it first; the word alone (تولى الرئاسة) names nothing."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, eid", [
    ("واستقبل الرئيس في العاصمة وزير الدفاع الكيني، بحسب الرئاسة التشادية.", "presidency:TD"),
    ("وأعلنت الرئاسة النيجيرية أن الجيش قتل عشرات المسلحين في ولاية بورنو.", "presidency:NG"),
    ("وقالت الرئاسة الصومالية إن حركة الشباب هاجمت قاعدة للجيش.", "presidency:SO"),
], ids=["after-bihasab", "after-a-verb", "another-state"])
def test_a_presidency_by_its_adjective(extract_text, text, eid):
    x = extract_text(text)
    assert eid in {m.entity_id for m in x.mentions if m.type == "Government"}, [(m.text, m.type, m.entity_id) for m in x.mentions]


def test_the_presidency_is_credited(extract_text):
    x = extract_text("وقالت الرئاسة النيجيرية إن مسلحين من بوكو حرام هاجموا مدينة مايدوغوري.")
    assert "presidency:NG" in {c.provenance.attributed_to for c in x.claims}, \
        [(c.subject, c.predicate, c.object, c.provenance.attributed_to) for c in x.claims]


@pytest.mark.parametrize("text", [
    "وتولى الرئاسة بعد الانتخابات الأخيرة.",
    "وزار الوفد مقر الرئاسة في المدينة.",
], ids=["alone", "no-adjective"])
def test_no_presidency_without_an_adjective(extract_text, text):
    x = extract_text(text)
    assert not [m for m in x.mentions if m.entity_id.startswith("presidency:")]


def test_a_registered_presidency_stays_registered(extract_text):
    x = extract_text("وقالت الرئاسة المصرية إن الوفد وصل إلى القاهرة.")
    assert not [m for m in x.mentions if m.entity_id.startswith("presidency:")], [(m.text, m.entity_id) for m in x.mentions]
