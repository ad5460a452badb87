"""A backer noun (الداعم، الداعمة، الداعمين) after a name in quotes ("تحالف الراغبين" الداعم
لأوكرانيا): the quoted body SUPPORTS the actor after لـ; on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, backer, backed", [
    ('وأعلنت فرنسا استعدادها لقيادة "تحالف الراغبين" الداعم لأوكرانيا.', "تحالف الراغبين", "أوكرانيا"),
    ("وأعلنت فرنسا استعدادها لقيادة «تحالف الراغبين» الداعم لأوكرانيا.", "تحالف الراغبين", "أوكرانيا"),
    ("وقالت إيران الداعمة للحوثيين إنها لن تتدخل.", "إيران", "houthis"),
], ids=["straight-quotes", "guillemets", "no-quotes-feminine"])
def test_backer_noun_after_a_quoted_name(extract_text, text, backer, backed):
    x = extract_text(text)
    assert has_claim(x, backer, "SUPPORTS", backed), [(c.subject, c.predicate, c.object) for c in x.claims]
