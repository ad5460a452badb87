"""بقيادة/بزعامة/برئاسة with the leader's own title before his name (بزعامة النائب الأول للرئيس
فلان، بقيادة وزير الدفاع السابق فلان): he LEADS the body before; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("وقاتلت الحركة الشعبية بزعامة النائب الأول للرئيس رياك مشار ضد الجيش.", "رياك مشار", "الحركة الشعبية"),
    ("وهاجمت حركة العدل والمساواة بقيادة وزير المالية السابق جبريل إبراهيم مواقع الدعم السريع.", "جبريل إبراهيم",
     "حركة العدل والمساواة"),
    ("وتقدمت قوات الجيش الوطني الليبي بقيادة المشير خليفة حفتر نحو سرت.", "خليفة حفتر", "الجيش الوطني الليبي"),
], ids=["deputy-ordinal-title", "former-minister-title", "rank-only"])
def test_led_by_a_titled_leader(extract_text, text, person, body):
    x = extract_text(text)
    assert has_claim(x, person, "LEADS", body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_place_after_the_led_by_word_is_no_title(extract_text):
    x = extract_text("وتقدمت قوات الجيش بقيادة مدينة بنغازي نحو سرت.")
    assert not [c for c in x.claims if c.predicate == "LEADS"]
