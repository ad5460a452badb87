"""A participle of being backed with بـ (المدعوم بمرتزقة فاغنر، مدعومة بقوات من X، مسنودة بمقاتلي X،
مدعومة بطائرات مسيرة إماراتية), the participle set off by a comma or not: the backer SUPPORTS the
force it describes; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed", [
    ("وتقدمت قوات الجيش السوداني، مدعومة بقوات من حركة العدل والمساواة، نحو مدينة بارا.",
     "حركة العدل والمساواة", "الجيش السوداني"),
    ("وهاجمت قوات الدعم السريع مدعومة بطائرات مسيرة إماراتية مدينة الأبيض.", "united_arab_emirates",
     "قوات الدعم السريع"),
    ("وقالت مصادر إن قوات الجيش السوداني، مسنودة بمقاتلي حركة العدل والمساواة، استعادت البلدة.",
     "حركة العدل والمساواة", "الجيش السوداني"),
    ("واستعاد الجيش الوطني الليبي المدعوم بمرتزقة فاغنر مدينة سرت.", "مرتزقة فاغنر", "الجيش الوطني الليبي"),
], ids=["forces-of-after-a-comma", "drones-with-a-nationality", "fighters-of-genitive", "backer-with-bi"])
def test_backed_with_bi(extract_text, text, backer, backed):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, backer, "SUPPORTS", backed), found
    assert not has_claim(x, backed, "SUPPORTS", backer), found


def test_a_place_after_bi_is_no_backer(extract_text):
    x = extract_text("وانتشرت قوات الجيش السوداني، مدعومة بقوة في مدينة بارا، على الطريق.")
    assert not [c for c in x.claims if c.predicate == "SUPPORTS"]


def test_a_country_after_a_preposition_is_no_backer(extract_text):
    x = extract_text("وتقدمت قوات الجيش السوداني، مدعومة بقوات منتشرة في مصر، نحو مدينة بارا.")
    assert not has_claim(x, "مصر", "SUPPORTS", "الجيش السوداني")
