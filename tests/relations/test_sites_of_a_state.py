"""An attack on the sites of a state and the places they stand in (our own sentences): مراكز
عسكرية لإسرائيل في حيفا / مواقع الكيان الصهيوني في تل أبيب: the owning state is attacked, and so
are the places after في, as for an owning force (مواقع للحوثيين في المطلة)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, places", [
    ("وقصفت جماعة الحوثي مخازن أسلحة لإسرائيل في إيلات وعسقلان.", {"eilat", "ashkelon"}),
    ("وضربت المسيرات التركية مواقع سوريا في القامشلي وعامودا.", {"al_qamishli"}),
], ids=["owner-after-lam", "owner-in-construct"])
def test_the_places_of_a_states_sites_are_attacked(extract_text, text, places):
    hit = {c.object for c in extract_text(text).claims if c.predicate == "ATTACKED"}
    assert places <= hit


def test_launching_an_aggression_is_an_attack(extract_text):
    x = extract_text("وشنت القوات الأمريكية عدوانا جديدا على مواقع في محافظة الحديدة.")
    assert ("us_military", "ATTACKED") in {(c.subject, c.predicate) for c in x.claims}
