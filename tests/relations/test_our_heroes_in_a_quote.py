"""A few nouns name fighters only with the pronoun of the first person plural (أبطالنا، رجالنا:
our_fighter_nouns): in a quote after a speaker they are the speaker's forces, like قواتنا."""
from __future__ import annotations

import pytest

from tests.relations.helpers import claim_triples as _triples, has_claim as _has


@pytest.mark.parametrize("text, subject, pred, obj", [
    ("وأكد قائد الجيش السوداني أن «أبطالنا حرروا مدينة سنجة».", "sudanese_armed_forces", "CAPTURED", "singa"),
    ("وقال الناطق باسم الجيش الوطني الليبي: «أبطالنا دخلوا مدينة ترهونة».", "libyan_national_army", "ENTERED", "tarhuna"),
    ("وقال المتحدث باسم حركة العدل والمساواة إن \"أبطالنا سيطروا على مدينة الطينة\".",
     "justice_and_equality_movement", "CAPTURED", "الطينة"),
])
def test_our_heroes_are_the_speakers_forces(extract_text, text, subject, pred, obj):
    assert _has(extract_text(text), subject, pred, obj)


def test_heroes_of_a_club_take_nothing(extract_text):
    x = extract_text("وقال رئيس نادي الأهلي المصري إن \"أبطالنا فازوا بالكأس في القاهرة\".")
    assert not any(p in ("CAPTURED", "ENTERED", "ATTACKED") for _, p, _ in _triples(x))
