"""المنطقة العازلة (the buffer zone of the Golan, the zone of the 1974 disengagement) is a place kg
knows (ontology/places.jsonl golan_buffer_zone); a force spread in it is BASED_IN it."""
from __future__ import annotations


def test_the_buffer_zone_is_a_place(resolve_text):
    r = resolve_text("وتوغلت دورية إسرائيلية في المنطقة العازلة قرب بلدة جباتا الخشب.")
    assert "golan_buffer_zone" in {m.entity_id for m in r.mentions}


def test_a_force_spread_in_the_buffer_zone_is_based_there(extract_text):
    x = extract_text("وتنتشر القوات الإسرائيلية في المنطقة العازلة منذ أكثر من عام.")
    assert ("israel_defense_forces", "BASED_IN", "golan_buffer_zone") in {(c.subject, c.predicate, c.object) for c in x.claims}
