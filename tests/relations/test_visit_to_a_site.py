"""زار X مقر Y: a visit to the site of a body (a facility head right before it) meets no one (no
MET_WITH with the body); a visit to a country or a meeting with a person stays (our own sentences)."""
from __future__ import annotations

from tests.relations.triples import claim_triples


def test_a_visit_to_a_units_headquarters_is_no_meeting(extract_text):
    x = extract_text("وزار قائد الجيش البلغاري الجنرال بوريسلاف ميتكوفيتش مقر اللواء الثاني في مدينة بورغاس.")
    assert not [c for c in x.claims if c.predicate == "MET_WITH"], claim_triples(x)


def test_a_visit_to_a_country_stays(extract_text):
    x = extract_text("وزار الرئيس التركي رجب طيب أردوغان قطر الأسبوع الماضي.")
    assert [c for c in x.claims if c.predicate == "MET_WITH"], claim_triples(x)
