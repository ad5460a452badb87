"""Our own sentences: a known quarter named by a town's cue with its article and the town after
لـ (الضاحية الجنوبية لبيروت) lies in that town, as ضاحية بيروت الجنوبية does; a governorate
named after its town does not."""
from __future__ import annotations

from tests.relations.helpers import has_claim


def test_the_quarter_with_the_town_after_li(extract_text):
    x = extract_text("وحلقت مسيرات إسرائيلية على علو منخفض فوق الضاحية الجنوبية لبيروت ليلا.")
    assert has_claim(x, "dahiyeh", "LOCATED_IN", "beirut"), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_governorate_named_after_its_town_is_not_in_it(extract_text):
    x = extract_text("وانتشرت وحدات الجيش في محافظة حمص.")
    assert not [c for c in x.claims if c.predicate == "LOCATED_IN" and c.subject == "homs_governorate"]
