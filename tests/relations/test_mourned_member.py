"""A body mourning one of its own (نعى، نعت، ينعى، تنعى) past the words it puts before the name
(الشهيد، المجاهد، القيادي، أحد قادتها، a rank, a time phrase, quotes): the person is a MEMBER_OF
the body; not for a government (a state mourns others too); on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("ونعى حزب الله القيادي وسيم الطويل الذي قتل في غارة إسرائيلية.", "وسيم الطويل", "حزب الله"),
    ("ونعت حركة الجهاد الإسلامي المجاهد خالد منصور الذي قتل في غارة إسرائيلية.", "خالد منصور",
     "حركة الجهاد الإسلامي"),
    ("وحزب الله ينعى الشهيد القائد فؤاد شكر.", "فؤاد شكر", "حزب الله"),
    ("ونعت كتائب القسام أحد قادتها محمد الضيف وأحمد الغندور.", "أحمد الغندور", "كتائب القسام"),
    ('ونعت حركة الجهاد الإسلامي في وقت لاحق "المجاهد خالد منصور" من مخيم جنين.', "خالد منصور",
     "حركة الجهاد الإسلامي"),
], ids=["verb-first-leader-title", "feminine-verb-fighter-word", "body-first-present", "one-of-its-leaders-joined",
        "time-phrase-and-quotes"])
def test_the_mourned_is_a_member(extract_text, text, person, body):
    x = extract_text(text)
    assert has_claim(x, person, "MEMBER_OF", body), [(c.subject, c.predicate, c.object) for c in x.claims]


def test_a_government_mourning_is_no_membership(extract_text):
    x = extract_text("ونعت الحكومة اللبنانية الفنان زياد الرحباني.")
    assert not [c for c in x.claims if c.predicate == "MEMBER_OF"]
