"""Membership and backing told with nouns (our own sentences): يعد X جزءا من Y (PART_OF), a
backer noun after the backer or heading an apposition (إيران الداعمة للحوثيين، روسيا، أكبر داعم
للنظام؛ الصين، الجارة الشمالية لميانمار وأكبر داعم للمجلس العسكري), and harbouring (إيواء) as
backing."""
from __future__ import annotations

import pytest


def _pairs(extraction, predicate):
    return {(c.subject, c.object) for c in extraction.claims if c.predicate == predicate}


@pytest.mark.parametrize("text", [
    "وتعد حركة طالبان باكستان جزءا من حركة طالبان بحسب محللين.",
    "ويعتبر جيش تحرير تانغ الوطني جزءاً من تحالف الإخوة الثلاثة.",
], ids=["taliban", "tnla"])
def test_a_part_noun_between_two_bodies(extract_text, text):
    got = _pairs(extract_text(text), "PART_OF")
    assert got & {("tehrik_i_taliban_pakistan", "taliban"), ("tnla", "three_brotherhood_alliance")}


@pytest.mark.parametrize("text, backer, backed", [
    ("وقالت إيران الداعمة للحوثيين إن الهجوم عدوان سافر.", "iran", "houthis"),
    ("وقالت روسيا، أكبر داعم للنظام السوري، إنها لن تتدخل.", "russia", "assad_regime"),
    ("وحذرت تركيا، الجارة الشمالية لسوريا وأبرز داعم للفصائل المعارضة، من التصعيد.", "turkiye", "syrian_opposition"),
], ids=["attributive", "apposition", "joined-apposition"])
def test_a_backer_noun_names_the_backer(extract_text, text, backer, backed):
    assert (backer, backed) in _pairs(extract_text(text), "SUPPORTS")


def test_a_neighbour_named_inside_the_apposition_is_not_the_backer(extract_text):
    got = _pairs(extract_text("وحذرت تركيا، الجارة الشمالية لسوريا وأبرز داعم للفصائل المعارضة، من التصعيد."), "SUPPORTS")
    assert not any(s == "syria" for s, _ in got)


def test_harbouring_a_group_is_backing_it(extract_text):
    got = _pairs(extract_text("واتهمت كابل جماعة مسلحة بإيواء عناصر حركة طالبان باكستان قرب الحدود. "
                              "وقالت الحكومة الباكستانية إن حكومة طالبان تؤوي حركة طالبان باكستان."), "SUPPORTS")
    assert ("taliban_government", "tehrik_i_taliban_pakistan") in got
