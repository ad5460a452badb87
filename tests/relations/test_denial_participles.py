"""The accusative participle of a verb of denying or refusing (نافيا، نافية، رافضا، منكرا)
governs the verbal noun after it as نفى does: نافيا أي دعم من X لـY states no SUPPORTS (our own
sentences); a support affirmed stays."""
from __future__ import annotations

import pytest

from tests.relations.triples import claim_triples


@pytest.mark.parametrize("text", [
    "وأعلنت فنزويلا نشر قوات إضافية على الحدود، نافية أي دعم لجيش التحرير الوطني.",
    "وقال المتحدث باسم الحكومة الإيرانية إن بلاده لا تتدخل، نافيا أي دعم من طهران لحزب الله.",
], ids=["feminine", "masculine"])
def test_a_denied_support_is_no_support(extract_text, text):
    x = extract_text(text)
    assert not [c for c in x.claims if c.predicate == "SUPPORTS"], claim_triples(x)


def test_an_affirmed_support_stays(extract_text):
    x = extract_text("وأكدت إيران دعمها لحزب الله في بيان رسمي.")
    assert [c for c in x.claims if c.predicate == "SUPPORTS"], claim_triples(x)
