"""A place added to the objects with إلى جانب (our own sentences): استعادت القوات مدينة X في
إقليم Y، إلى جانب بلدتي Z وW: each town is an object, past the place the first lies in; before an
actor, إلى جانب names a partner, not one more target."""
from __future__ import annotations


def _objects(extraction, predicate):
    return {c.object for c in extraction.claims if c.predicate == predicate}


def test_towns_added_alongside_after_the_first_ones_region(extract_text):
    x = extract_text("وأعلن الجيش السوداني أنه استعاد مدينة سنجة في ولاية سنار، إلى جانب بلدتي الدندر والسوكي.")
    got = _objects(x, "CAPTURED")
    assert {"singa", "ad_dindar", "as_suki"} <= got, got


def test_an_actor_alongside_is_a_partner_not_a_target(extract_text):
    x = extract_text("وهاجمت قوات الدعم السريع مدينة الفاشر إلى جانب قوات حليفة لها.")
    assert not any(o != "el_fasher" for o in _objects(x, "ATTACKED"))
