"""أحد/إحدى and a plural noun of a body's members, leaders or notables (أحد مشايخ قبيلة X، أحد زعماء
X، أحد ضباط الجيش، وهو أحد مقاتلي حركة X): the person named before is a MEMBER_OF the body; on our
own sentences."""
from __future__ import annotations

import pytest

from tests.relations.helpers import has_claim


@pytest.mark.parametrize("text, person, body", [
    ("وقال الشيخ سالم أبو عكر، أحد مشايخ قبيلة الترابين، إن الأهالي عادوا.", "سالم أبو عكر", "قبيلة الترابين"),
    ("وقال سالم أبو عكر، أحد زعماء قبيلة الترابين، إن الأهالي عادوا.", "سالم أبو عكر", "قبيلة الترابين"),
    ("وقتل أحمد صالح، أحد ضباط الجيش السوداني، في المعارك.", "أحمد صالح", "الجيش السوداني"),
    ("وقتل أحمد صالح، وهو أحد مقاتلي حركة الشباب، في المعارك.", "أحمد صالح", "حركة الشباب"),
], ids=["sheikhs-of-a-tribe", "leaders-of-a-tribe", "officers-of-an-army", "fighters-inside-the-name"])
def test_one_of_the_members_of_a_body(extract_text, text, person, body):
    x = extract_text(text)
    found = [(c.subject, c.predicate, c.object) for c in x.claims]
    assert has_claim(x, person, "MEMBER_OF", body), found
    assert not has_claim(x, person, "LEADS", body), found
