"""نقل X عن Y: an outlet that relays a named person or a body's statement credits the one quoted;
relaying unnamed sources, it is credited itself. Sentences are our own."""
from __future__ import annotations

import pytest


def _sources(extract_text, text, relation):
    claims = [c for c in extract_text(text).claims if c.predicate == relation]
    assert claims, text
    return {c.provenance.attributed_to for c in claims}


@pytest.mark.parametrize("text, relation, source", [
    ("ونقلت وكالة رويترز عن وزير الدفاع الإسرائيلي يسرائيل كاتس قوله إن الجيش الإسرائيلي قصف بلدة الخيام.",
     "ATTACKED", "israel_katz"),
    ("ونقلت قناة الجزيرة عن بيان لقوات الدعم السريع أن الجيش السوداني قصف مدينة نيالا.",
     "ATTACKED", "rapid_support_forces"),
    ("ونقلت وكالة سبأ، الناطقة باسم الحكومة، عن بلاغ لوزارة الدفاع اليمنية أن الحوثيين هاجموا مدينة مأرب.",
     "ATTACKED", "yemeni_ministry_of_defence"),
], ids=["a-named-minister", "a-body-statement", "a-body-notice-past-an-apposition"])
def test_the_one_an_outlet_quotes_is_credited(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}


@pytest.mark.parametrize("text, relation, source", [
    ("ونقلت وكالة رويترز عن مصادر أمنية أن الجيش السوداني قصف مدينة نيالا.", "ATTACKED", "reuters"),
    ("ونقلت قناة العربية عن شهود عيان أن قوات الدعم السريع دخلت مدينة الفاشر.", "ENTERED", "al_arabiya"),
], ids=["security-sources", "eyewitnesses"])
def test_an_outlet_relaying_unnamed_sources_is_credited(extract_text, text, relation, source):
    assert _sources(extract_text, text, relation) == {source}
