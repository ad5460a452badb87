"""A title or a verb of leading set apart from the name by a relative and a past auxiliary (فلان، الذي
كان يقود X؛ فلان، الذي شغل منصب قائد X؛ فلان، الذي يعد من أبرز قادة X); on our own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, rel, body", [
    ("وقتل سمير الحلبي، الذي كان يقود وحدة الصواريخ في حزب الله، في غارة.", "سمير الحلبي", "LEADS", "وحدة الصواريخ"),
    ("وقتل سمير الحلبي، الذي شغل منصب قائد وحدة الصواريخ في حزب الله، في غارة.", "سمير الحلبي", "LEADS",
     "وحدة الصواريخ"),
    ("وقتل سمير الحلبي، الذي يعد من أبرز قادة حزب الله، في غارة.", "سمير الحلبي", "MEMBER_OF", "حزب الله"),
    ("واعتقلت الشرطة منى الشامي، التي كانت تعد من قيادات حركة فتح، في رام الله.", "منى الشامي", "MEMBER_OF",
     "حركة فتح"),
], ids=["relative-past-auxiliary-verb", "relative-held-the-post", "relative-counted-among-leaders",
        "feminine-relative-past-auxiliary"])
def test_title_after_a_relative(extract_text, text, person, rel, body):
    x = extract_text(text)
    assert has_claim(x, person, rel, body), [(c.subject, c.predicate, c.object) for c in x.claims]
